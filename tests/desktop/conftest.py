import shutil

import pytest

from db import KnowledgeBase
from db.demo import create_demo
from desktop.backend import Backend


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo database built once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with KnowledgeBase.open(path, user="mall", search=False) as kb:
        create_demo(kb)
        kb.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_path(tmp_path, demo_template):
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def backend(qapp, demo_path):
    """The app's data access on a copy of the demo, writes run inline (synchronously)."""
    instance = Backend(demo_path, user="testare", inline=True)
    yield instance
    instance.close()


@pytest.fixture
def empty_backend(qapp, tmp_path):
    instance = Backend(tmp_path / "empty.db", user="testare", inline=True)
    yield instance
    instance.close()
