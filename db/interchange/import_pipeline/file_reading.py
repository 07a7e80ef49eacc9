"""Reading any importable file into incoming records: the reader by the file's suffix (vCard,
iCalendar, CSV/Excel with its columns mapped); a JSON export is restored, not read here
(db.interchange.json_restore).
"""

from __future__ import annotations

from pathlib import Path

from db.errors import Message
from db.interchange import tabular
from db.interchange.ical import read_ics
from db.interchange.incoming_records import ImportFileError, ReadResult, unsupported
from db.interchange.vcard import read_vcards

SUFFIXES = (".vcf", ".vcard", ".csv", ".txt", ".tsv", ".xlsx", ".ics", ".json")


def read_file(path: Path, *, entity: str | None = None, mapping: dict[int, str] | None = None,
              mapping_file: Path | None = None, sheet: str | None = None) -> ReadResult:
    """Read any supported file into incoming records. For CSV/Excel the columns are mapped by
    `mapping` (column index -> field), a MAPPING.json file, or guessed from the header."""
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return read_vcards(path)
    if suffix == ".ics":
        return read_ics(path)
    if suffix in (".csv", ".txt", ".tsv", ".xlsx"):
        table = tabular.read_table(path, sheet=sheet)
        if mapping_file is not None:
            entity, mapping = tabular.load_mapping(mapping_file, table.headers)
        entity = entity or tabular.guess_entity(table.headers)
        if mapping is None:
            mapping = tabular.guess_mapping(table.headers, entity)
        if not mapping:
            raise ImportFileError(path, Message("no_column_matched", {"entity": entity}), line=1)
        return tabular.to_incoming(table, entity, mapping)
    if suffix == ".xls":
        raise ImportFileError(path, Message("xls_workbook"))
    raise unsupported(path, SUFFIXES)
