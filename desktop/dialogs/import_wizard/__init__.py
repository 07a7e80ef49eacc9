"""The import wizard (Arkiv > Importera…, Ctrl+I): a QWizard with one page per step.

1. file_page     – choose (or drop) a .vcf, .csv/.txt/.tsv, .xlsx, .ics or .json file.
2. mapping_page  – CSV/Excel only: the record type, and per column of the file its header, the first
                   values and the field it goes to (pre-filled by db.interchange.tabular.guess_mapping).
3. preview_page  – the plan (db.interchange.import_pipeline.plan_import, computed on the worker,
                   cancellable): counts, one row per record with its status and reason, a decision per
                   possible duplicate and "set all", the warnings. Nothing is written before "Import".
4. result_page   – what was written, with "Undo the import" (db.undo.undo_operation on the report's op id).

A JSON file (a Kunskapsbanken export) is restored into an empty knowledge base. Reading, planning and
writing all run as ProgressTasks on the worker (worker_steps.py); every error is shown on the page,
which keeps the chosen file. wizard.py holds the pages together; field_texts.py and plan_model.py the
words and the table the pages share.
"""

from desktop.dialogs.import_wizard.page_ids import PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT
from desktop.dialogs.import_wizard.plan_model import PlanModel
from desktop.dialogs.import_wizard.wizard import ImportWizard

__all__ = ["PAGE_FILE", "PAGE_MAPPING", "PAGE_PREVIEW", "PAGE_RESULT", "ImportWizard", "PlanModel"]
