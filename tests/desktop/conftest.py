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


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path):
    """QSettings in a temporary folder, empty for every test (never the user's own)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()


@pytest.fixture
def swedish(qapp):
    """The Swedish translation for one test; the translators (and locale) from before come back."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop import i18n

    before, locale = list(i18n._installed), QLocale()
    i18n.install("sv")
    yield
    app = QCoreApplication.instance()
    for translator in i18n._installed:
        app.removeTranslator(translator)
    i18n._installed[:] = before
    for translator in before:
        app.installTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot, backend):
    """The main window on a copy of the demo, shown."""
    from desktop.window.main_window import MainWindow

    win = MainWindow(backend)
    qtbot.addWidget(win)
    win.show()
    return win
