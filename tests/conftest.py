import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db import KnowledgeBase


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
