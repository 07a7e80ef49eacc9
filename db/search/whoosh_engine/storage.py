"""The index's files as its owner's alone: Whoosh's FileStorage, but every file it creates (segments,
the table of contents, the write lock) is made 0600 and every folder (its temporary sort storage)
0700, whatever the process's umask. Whoosh itself opens files with the umask's mode and the lock
with os.open's default 0777, so under the app's umask 077 the lock came out 0700 (executable) and
without one every file 0644.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from whoosh import index as wi
from whoosh.fields import Schema
from whoosh.filedb.filestore import FileStorage, ReadOnlyError
from whoosh.filedb.structfile import StructFile
from whoosh.util import random_name

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def owner_only(path: Path | str, mode: int = FILE_MODE) -> None:
    """Take away what `mode` does not allow (never adds a permission a stricter mode lacks)."""
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
        if current & ~mode:
            os.chmod(path, current & mode)
    except OSError as exc:
        log.warning("could not restrict permissions of %s: %s", Path(path).name, exc)


class PrivateStorage(FileStorage):
    """A FileStorage whose files are 0600 and folders 0700."""

    def create(self) -> PrivateStorage:
        existed = os.path.isdir(self.folder)
        super().create()
        if not existed:
            owner_only(self.folder, FOLDER_MODE)
        return self

    def create_file(self, name, excl=False, mode="wb", **kwargs):
        if self.readonly:
            raise ReadOnlyError
        path = self._fpath(name)
        if excl:
            flags = os.O_CREAT | os.O_EXCL | os.O_RDWR
        else:
            flags = os.O_CREAT | os.O_TRUNC | (os.O_RDWR if "+" in mode else os.O_WRONLY)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0), FILE_MODE)
        return StructFile(os.fdopen(fd, mode), name=name, **kwargs)

    def lock(self, name):
        """Whoosh's flock file, created 0600 before Whoosh opens it (it would use 0777 & ~umask);
        one left by an older version loses its execute bits."""
        path = self._fpath(name)
        try:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
        except OSError:
            pass    # Whoosh's own open says what is wrong
        else:
            owner_only(path)
        return super().lock(name)

    def temp_storage(self, name=None):
        name = name or f"{random_name()}.tmp"
        return PrivateStorage(os.path.join(self.folder, name)).create()


def create_index(folder: Path, schema: Schema) -> wi.Index:
    return PrivateStorage(str(folder)).create().create_index(schema)


def open_index(folder: Path) -> wi.Index:
    return PrivateStorage(str(folder)).open_index()
