"""A workbook's zip archive checked before openpyxl opens it: what it expands to, not only its size.

A .xlsx is a zip of XML parts. 100 kB on disk can hold a part that unpacks to gigabytes (one cell
of 100 million characters compresses to about 100 kB), so the import limit (MAX_IMPORT_BYTES) is
held for what the parts expand to:

- the zip's central directory must be small (every entry is an object in memory once it is read);
- the parts' declared uncompressed sizes must add up to at most the limit;
- every part is then decompressed here, in small steps, counting the bytes it really yields: a part
  that yields more than it declares (a lying header) or more than the limit in all is refused at
  the first step past it, so memory never grows with the bomb. Because openpyxl reads the same bytes
  through zipfile, which stops at the declared size, nothing it reads later can be larger;
- no part may hold an XML document type declaration: Excel never writes one, and its entities are
  the other way a small XML file expands (the "billion laughs").
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from db.errors import Message
from db.interchange.incoming_records import MAX_IMPORT_BYTES, ImportFileError

# The central directory zipfile reads into memory (about 500 bytes of objects per entry of at least
# 46 bytes): a real workbook's is a few kB; 1 MB is ~20,000 parts.
MAX_DIRECTORY_BYTES = 1024 * 1024
_STEP = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
# A document type declaration in each encoding an XML parser could read a part in (expat takes
# only ASCII-compatible encodings besides UTF-16, so these three cover every way to write it).
_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_OVERLAP = max(len(d) for d in _DOCTYPES) - 1


def too_large(path: Path) -> ImportFileError:
    """The workbook (or its table) expands to more than the import limit."""
    return ImportFileError(path, Message("workbook_expands_too_far", {"limit_mb": MAX_IMPORT_BYTES // 1024 // 1024}))


def check_archive(path: Path) -> None:
    """Refuse a workbook whose parts expand to more than the import limit, whose zip headers lie
    about the sizes, or that holds an XML document type declaration. Reads at most the limit."""
    try:
        with path.open("rb") as handle:
            _check_directory(path, handle)
            with zipfile.ZipFile(handle) as archive:
                infos = archive.infolist()
                _check_declared(path, infos)
                total = 0
                for info in infos:
                    total = _check_part(path, handle, info, total)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error, ValueError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ImportFileError(path, Message("invalid_workbook", {"detail": detail[:200]})) from None
    except OSError as exc:
        raise ImportFileError(path, Message("file_unreadable", {"detail": exc.strerror or str(exc)})) from None


def _check_directory(path: Path, handle: BinaryIO) -> None:
    """The central directory's size from the end record, before zipfile reads the directory."""
    end_record = getattr(zipfile, "_EndRecData", None)   # the very function zipfile reads it with
    if end_record is None:
        return
    record = end_record(handle)
    if record is not None and record[zipfile._ECD_SIZE] > MAX_DIRECTORY_BYTES:   # None: zipfile says why
        raise too_large(path)


def _check_declared(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportFileError(path, Message("xls_or_protected_workbook"))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ImportFileError(path, Message("workbook_compression", {"part": _shown(info.filename),
                                                                        "method": info.compress_type}))
    if sum(info.file_size for info in infos) > MAX_IMPORT_BYTES:
        raise too_large(path)


def _check_part(path: Path, handle: BinaryIO, info: zipfile.ZipInfo, total: int) -> int:
    """Decompress one part in steps, counting what it yields; the new running total."""
    handle.seek(info.header_offset)
    header = _LOCAL_HEADER.unpack(handle.read(_LOCAL_HEADER.size))
    if header[0] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {_shown(info.filename)}")
    handle.seek(info.header_offset + _LOCAL_HEADER.size + header[10] + header[11])
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, size, tail = info.compress_size, 0, b""
    while True:
        if inflater is not None and inflater.unconsumed_tail:
            pending = inflater.unconsumed_tail
        elif left > 0:
            pending = handle.read(min(_STEP, left))
            if not pending:
                raise EOFError(f"{_shown(info.filename)} is cut off")
            left -= len(pending)
        else:
            break
        chunk = pending if inflater is None else inflater.decompress(pending, _STEP)
        size += len(chunk)
        if total + size > MAX_IMPORT_BYTES:
            raise too_large(path)
        if size <= info.file_size:   # past its declared size it is refused below; only counted
            window = tail + chunk
            if any(doctype in window for doctype in _DOCTYPES):
                raise ImportFileError(path, Message("workbook_part_unsafe", {"part": _shown(info.filename)}))
            tail = window[-_OVERLAP:]
    if inflater is not None:
        size += len(inflater.flush())
        if not inflater.eof:
            raise ImportFileError(path, Message("workbook_part_damaged", {"part": _shown(info.filename)}))
    if size != info.file_size:
        raise ImportFileError(path, Message("workbook_part_damaged", {"part": _shown(info.filename)}))
    return total + size


def _shown(name: str) -> str:
    """A part's name for a message: printable and short (it comes from the file)."""
    name = "".join(ch if ch.isprintable() else "?" for ch in name)
    return name if len(name) <= 60 else name[:59] + "…"
