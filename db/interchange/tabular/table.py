"""A spreadsheet's header and rows as text, the same whether it came from a CSV file or a workbook:
empty lines dropped, a row with another number of columns than the header rejected (a Problem,
the other rows still import), unnamed empty columns dropped, and every whole-file problem an
ImportFileError naming the line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import Message
from db.interchange.incoming_records import ImportFileError, Problem


@dataclass
class Table:
    """A file's header and rows as text, with the line (CSV) or row (Excel) each row starts on."""
    path: Path
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str = "utf-8"
    delimiter: str | None = None          # None for an Excel workbook
    sheet: str | None = None              # the sheet read (Excel only)
    rejected: list[Problem] = field(default_factory=list)
    header_line: int = 1



def trim(cells: list[str], width: int) -> list[str]:
    """Cells beyond the header's width that are empty are not extra columns."""
    if len(cells) <= width:
        return cells
    end = len(cells)
    while end > width and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def build_table(path: Path, records: list[tuple[int, list[str]]], *, pad_short: bool,
                 column_name: Callable[[int], str], what: str = "file") -> Table:
    """Header, rows and rejected rows from raw records (shared by CSV and Excel)."""
    records = [(line, cells) for line, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise ImportFileError(path, Message("sheet_without_data" if what == "sheet" else "file_without_data"))
    header_line, header = records[0]
    names = [h.strip() for h in header]
    while names and not names[-1]:
        names.pop()
    _check_duplicates(path, names, header_line)
    width = len(names)
    rows: list[tuple[int, list[str]]] = []
    rejected: list[Problem] = []
    for line, cells in records[1:]:
        cells = trim(cells, width)
        if pad_short and len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        if len(cells) != width:
            rejected.append(Problem(line, "(row)", Message("wrong_column_count", {"count": len(cells),
                                                                                  "expected": width})))
        else:
            rows.append((line, cells))
    total = len(rows) + len(rejected)
    if rejected and len(rejected) * 2 > total:
        reason = Message("most_rows_wrong_width", {"count": len(rejected), "total": total, "width": width})
        raise ImportFileError(path, reason, line=rejected[0].line)
    names, rows = _drop_unnamed_empty_columns(path, names, rows, header_line, column_name)
    if not rows:
        raise ImportFileError(path, Message("header_without_rows"), line=header_line)
    return Table(path=path, headers=names, rows=rows, rejected=rejected, header_line=header_line)


def _drop_unnamed_empty_columns(path: Path, names: list[str], rows: list[tuple[int, list[str]]], header_line: int,
                                column_name: Callable[[int], str]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A column without a name is dropped when it is empty everywhere (a spacer column, or the
    sheet's empty first columns); with data in it, it is an error."""
    unnamed = [i for i, name in enumerate(names) if not name]
    if not unnamed:
        return names, rows
    for i in unnamed:
        filled = next((line for line, cells in rows if cells[i].strip()), None)
        if filled is not None:
            reason = Message("unnamed_column_with_data", {"column": column_name(i), "first_line": filled})
            raise ImportFileError(path, reason, line=header_line)
    keep = [i for i, name in enumerate(names) if name]
    return [names[i] for i in keep], [(line, [cells[i] for i in keep]) for line, cells in rows]


def _check_duplicates(path: Path, names: list[str], header_line: int) -> None:
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        if not name:
            continue
        key = name.casefold()
        if key in seen:
            reason = Message("duplicate_column", {"column": name, "first": seen[key] + 1, "second": i + 1})
            raise ImportFileError(path, reason, line=header_line)
        seen[key] = i

