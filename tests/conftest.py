import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path

import pytest

from db import KnowledgeBase
from tests.helpers import populate


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """The app's user data folder (logs, default backups) in a temporary folder, never the
    real home of whoever runs the tests."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("KUNSKAPSBANKEN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kb.db"


@pytest.fixture
def kb(db_path):
    """A fresh knowledge base on a real SQLite file, per test."""
    base = KnowledgeBase.open(db_path, user="testare")
    yield base
    base.close()


@pytest.fixture(scope="session")
def populated_template(tmp_path_factory) -> Path:
    """One of everything (tests.helpers.populate), built once, checkpointed into the file alone."""
    path = tmp_path_factory.mktemp("template") / "kb.db"
    with KnowledgeBase.open(path, user="testare", search=False) as kb:
        populate(kb)
        kb.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def database(tmp_path, populated_template) -> Path:
    """A copy of the populated template in a folder of its own (tmp_path/data/kb.db)."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "kb.db"
    shutil.copy(populated_template, path)
    return path
