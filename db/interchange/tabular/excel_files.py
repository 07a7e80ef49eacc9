"""Excel workbooks (.xlsx .xlsm) as a Table: the first sheet or a named one, every value as the text
a CSV would hold (ISO dates, "12" for 12.0). Read with openpyxl, imported only when a workbook is.

The import limit holds for what a workbook expands to: its zip archive is checked before openpyxl
opens it (db.interchange.tabular.workbook_archive), and the table read from the sheet is counted as
it grows (shared strings can repeat one long text in every cell; empty rows and columns up to a far
cell are filled in), so a small file that would become a huge table is refused before it does.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from pathlib import Path

from db.errors import Message
from db.interchange.incoming_records import MAX_IMPORT_BYTES, ImportFileError
from db.interchange.tabular.table import Table, build_table
from db.interchange.tabular.workbook_archive import check_archive, too_large

log = logging.getLogger(__name__)

# The last row an Excel sheet can have; a row number beyond it is no workbook Excel wrote.
EXCEL_MAX_ROWS = 1_048_576
# The longest cell read: the longest CSV field (csv.field_size_limit()'s default), more than any
# field of a record takes.
MAX_CELL_CHARS = 131_072
# What one cell's place in the table costs in memory (a pointer), counted against the limit.
_SLOT_BYTES = 8


def read_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(path, Message("xls_or_protected_workbook"))
    if not head.startswith(b"PK"):
        raise ImportFileError(path, Message("workbook_not_a_zip"))
    check_archive(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(path, _invalid(exc)) from None
    try:
        names = workbook.sheetnames
        if sheet is not None:
            if sheet not in names:
                raise ImportFileError(path, Message("no_such_sheet", {"sheet": sheet, "sheets": list(names)}))
            worksheet = workbook[sheet]
            if not hasattr(worksheet, "iter_rows"):
                raise ImportFileError(path, Message("chart_sheet", {"sheet": sheet}))
        else:
            if not workbook.worksheets:
                raise ImportFileError(path, Message("no_worksheet"))
            worksheet = workbook.worksheets[0]
        # Some programs write a wrong size into the sheet; read every row there is.
        worksheet.reset_dimensions()
        try:
            records = _records(path, worksheet)
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(path, _invalid(exc)) from None
        title = worksheet.title
    finally:
        workbook.close()
    table = build_table(path, records, pad_short=True, column_name=get_column_letter, what="sheet")
    table.sheet, table.delimiter, table.encoding = title, None, "utf-8"
    log.debug("read an Excel table: %d rows, %d rejected", len(table.rows), len(table.rejected))
    return table


def _records(path: Path, worksheet) -> list[tuple[int, list[str]]]:
    """The sheet's non-empty rows as text with their row numbers, counted against the import limit
    as they are read: every value openpyxl yields (the filled-in ones too), every cell kept and its
    text. Trailing empty cells are not kept (the table pads short rows to the header's width)."""
    from openpyxl.utils import get_column_letter

    budget = MAX_IMPORT_BYTES
    records: list[tuple[int, list[str]]] = []
    for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1):
        if number > EXCEL_MAX_ROWS:
            raise ImportFileError(path, Message("workbook_too_many_rows", {"maximum": EXCEL_MAX_ROWS}))
        budget -= len(values) + 1
        if budget < 0:
            raise too_large(path)
        cells = [_cell_text(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        for column, text in enumerate(cells, 1):
            if len(text) > MAX_CELL_CHARS:
                reason = Message("cell_too_long", {"cell": f"{get_column_letter(column)}{number}",
                                                   "limit": MAX_CELL_CHARS})
                raise ImportFileError(path, reason, line=number)
            budget -= len(text) + _SLOT_BYTES
        if budget < 0:
            raise too_large(path)
        records.append((number, cells))
    return records


def _invalid(exc: Exception) -> Message:
    """A damaged workbook, with the first line of what openpyxl said."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return Message("invalid_workbook", {"detail": text[:200]})


def _cell_text(value: object) -> str:
    """An Excel value as the text a CSV would hold: ISO dates, '12' for 12.0."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes" if value.second == 0 and value.microsecond == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)

