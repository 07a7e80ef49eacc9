"""Excel workbooks (.xlsx .xlsm) as a Table: the first sheet or a named one, every value as the text
a CSV would hold (ISO dates, "12" for 12.0). Read with openpyxl, imported only when a workbook is.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from pathlib import Path

from db.errors import Message
from db.interchange.incoming_records import ImportFileError
from db.interchange.tabular.table import Table, build_table

log = logging.getLogger(__name__)


def read_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(path, Message("xls_or_protected_workbook"))
    if not head.startswith(b"PK"):
        raise ImportFileError(path, Message("workbook_not_a_zip"))
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
            records = [(number, [_cell_text(v) for v in values])
                       for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1)]
        except Exception as exc:
            raise ImportFileError(path, _invalid(exc)) from None
        title = worksheet.title
    finally:
        workbook.close()
    table = build_table(path, records, pad_short=True, column_name=get_column_letter, what="sheet")
    table.sheet, table.delimiter, table.encoding = title, None, "utf-8"
    log.debug("read an Excel table: %d rows, %d rejected", len(table.rows), len(table.rejected))
    return table


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

