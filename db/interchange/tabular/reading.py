"""CSV and Excel files for import: read a table, guess what its columns mean, make incoming records.

    table = read_table(Path("kontakter.csv"))          # encoding, delimiter, header, rows, bad rows
    mapping = guess_mapping(table.headers, "contact")  # column index -> field (column_mapping.py)
    result = to_incoming(table, "contact", mapping)    # IncomingContact per row, with its line (row_records.py)

A reader never touches the database: db.interchange.import_pipeline validates the values and writes them.
"""

from __future__ import annotations

from pathlib import Path

from db.errors import Message
from db.interchange.incoming_records import ImportFileError, check_size, unsupported
from db.interchange.tabular.csv_files import read_csv
from db.interchange.tabular.excel_files import read_xlsx
from db.interchange.tabular.table import Table

CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """A CSV (.csv .txt .tsv) or Excel (.xlsx) file as a Table; ImportFileError if it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(path, Message("xls_workbook"))
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise unsupported(path, CSV_SUFFIXES + XLSX_SUFFIXES)
    check_size(path)
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path, sheet)
    return read_csv(path)

