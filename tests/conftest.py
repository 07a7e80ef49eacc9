import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db import KnowledgeBase


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kb.db"


@pytest.fixture
def kb(db_path):
    """A fresh knowledge base on a real SQLite file, per test."""
    base = KnowledgeBase.open(db_path, user="testare")
    yield base
    base.close()
