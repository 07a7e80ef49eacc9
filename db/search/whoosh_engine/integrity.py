"""What a damaged index looks like: the errors Whoosh raises from damaged files, turned into
CorruptIndexError, and a quick read of every part of a segment (a truncated segment opens
fine and fails only when read)."""

from __future__ import annotations

import pickle
import struct
import zlib
from pathlib import Path

from whoosh import index as wi

from db.search.contract import CorruptIndexError

# Errors that Whoosh raises from damaged files (truncated segment, garbage bytes).
CORRUPTION = (EOFError, struct.error, zlib.error, pickle.UnpicklingError, wi.IndexError, OSError,
              UnicodeDecodeError)


def touch(reader) -> None:
    """Read a little of everything a search reads from one segment: term dictionaries,
    postings, stored fields and the type column."""
    count = reader.doc_count_all()
    if count == 0:
        return
    for name in ("key", "type", "name", "name_ng", "body", "body_f"):
        for i, term in enumerate(reader.lexicon(name)):
            if i >= 2:
                break
            for _ in reader.postings(name, term).all_ids():
                pass
    for docnum in (0, count - 1):
        reader.stored_fields(docnum)
    if reader.has_column("type"):
        column = reader.column_reader("type")
        _ = column[0], column[count - 1]


def touch_lengths(reader) -> None:
    """Every field-length column a segment should have is there (scoring reads them: a
    missing one fails every search that matches in its field)."""
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is None or not hasattr(perdoc, "has_column"):
        return
    for name, field_type in reader.schema.items():
        if field_type.scorable and reader.field_length(name) > 0 and not perdoc.has_column(f"_{name}_len"):
            raise CorruptIndexError("index_field_lengths_missing", column=name)


class corruption_guard:
    """Turn Whoosh's errors from damaged files into CorruptIndexError."""

    def __init__(self, folder: Path):
        self.folder = folder

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is not None and isinstance(exc, CORRUPTION) and not isinstance(exc, CorruptIndexError):
            raise CorruptIndexError("index_damaged", folder=self.folder.name, error=kind.__name__) from exc
        return False

