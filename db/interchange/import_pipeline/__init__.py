"""Importing contacts, organisations, projects and activities from vCard, CSV/Excel and iCalendar.

Three steps, each usable on its own (the desktop shows the plan before anything is written):

    result = read_file(path)                 # the file's records, or ImportFileError (file_reading.py)
    plan = plan_import(kb, result)           # every row: new / update / unchanged / duplicate / rejected
    report = apply_import(kb, plan)          # all accepted rows in one transaction, or nothing

plan.py holds what a plan and a report are; planning.py matches the rows to records (reads only);
record_filling.py says how a row fills a known record; applying.py writes, through the services
and the change log.
"""

from db.interchange.import_pipeline.applying import apply_import
from db.interchange.import_pipeline.file_reading import SUFFIXES, read_file
from db.interchange.import_pipeline.plan import DECISIONS, STATUSES, ImportPlan, ImportReport, RowPlan
from db.interchange.import_pipeline.planning import plan_import

__all__ = ["DECISIONS", "STATUSES", "SUFFIXES", "ImportPlan", "ImportReport", "RowPlan", "apply_import",
           "plan_import", "read_file"]
