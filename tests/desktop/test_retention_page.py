"""The retention review (Gallring): the years setting, the candidates, erasing the ticked ones."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from db import models as m
from db.care.audit import audit_entries
from db.care.retention import retention_years
from desktop.window.main_window import MainWindow
from tests.desktop.test_dialogs import type_text

FUTURE = date.today() + timedelta(days=4 * 366)  # seen from here, everyone created today is 4 years old




@pytest.fixture
def people(empty_backend):
    """Invented people: three to review, one in a recent activity, one staff member, one kept on purpose."""
    ids = {}

    def create(kb):
        with kb.batch():
            org = kb.organisations.create(m.Organisation(name="Fiktiva kommunen", kind="kommun")).record
            kept = {"retain_until": (FUTURE + timedelta(days=30)).isoformat()}
            for first, last, extra in (("Åsa", "Öberg", {}), ("Bo", "Ekström", {}), ("Cilla", "Ärlig", {}),
                                       ("Dan", "Aktiv", {}), ("Eva", "Personal", {"is_staff": True}),
                                       ("Frida", "Sparad", kept)):
                ids[last] = kb.contacts.create(m.Contact(first_name=first, last_name=last, **extra)).record.id
            kb.affiliations.create(m.Affiliation(contact_id=ids["Öberg"], organisation_id=org.id))
            recent = kb.activities.create(m.Activity(kind="möte", title="Uppföljning",
                                                     starts=(FUTURE - timedelta(days=30)).isoformat())).record
            kb.activity_links.create(m.ActivityLink(activity_id=recent.id, contact_id=ids["Aktiv"]))

    empty_backend.write(create)
    return ids


@pytest.fixture
def dialog(qtbot, empty_backend, people):
    window = MainWindow(empty_backend)
    qtbot.addWidget(window)
    window.show()
    opened = window.open_retention()
    opened.page.today = FUTURE
    opened.page.refresh()
    return opened


def names(page) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def test_the_page_lists_the_people_to_review(dialog, people):
    page = dialog.page
    assert page.years.value() == 3
    assert sorted(names(page)) == ["Bo Ekström", "Cilla Ärlig", "Åsa Öberg"]
    row = names(page).index("Åsa Öberg")
    assert page.table.item(row, 1).text() == "Fiktiva kommunen"
    assert page.table.item(row, 2).text() == "none"
    assert page.table.item(row, 3).text() == date.today().isoformat()
    assert page.count_label.text() == "0 of 3 ticked" and not page.erase_button.isEnabled()


def test_the_years_are_saved_and_change_the_list(qtbot, dialog, empty_backend):
    page = dialog.page
    page.years.setValue(5)  # created 4 years before FUTURE: nobody is old enough
    assert names(page) == [] and page.empty_label.isVisible()
    assert "5 years" in page.empty_label.text()
    qtbot.waitUntil(lambda: retention_years(empty_backend.kb) == 5, timeout=3000)
    assert page.saved_label.text() == "Saved."
    assert audit_entries(empty_backend.kb, limit=1)[0]["details"] == {"years": 5}
    page.years.setValue(2)
    dialog.close()  # a value typed just before closing is saved too
    assert retention_years(empty_backend.kb) == 2


def test_erasing_the_ticked_people(qtbot, dialog, empty_backend, people):
    page = dialog.page
    page.set_checked(people["Öberg"])
    page.set_checked(people["Ärlig"])
    assert page.count_label.text() == "2 of 3 ticked" and page.erase_button.isEnabled()
    confirm = page.erase_checked()
    assert confirm.phrase == "2"
    confirm.windowHandle().requestActivate()
    type_text(qtbot, confirm.phrase_edit, "3")
    assert not confirm.erase_button.isEnabled()
    confirm.phrase_edit.clear()
    type_text(qtbot, confirm.phrase_edit, "2")
    confirm.erase_button.click()

    kb = empty_backend.kb
    assert not kb.contacts.exists(people["Öberg"]) and not kb.contacts.exists(people["Ärlig"])
    assert kb.contacts.exists(people["Ekström"])
    assert names(page) == ["Bo Ekström"]
    assert page.checked_ids() == []
    assert [e["action"] for e in audit_entries(kb)].count("erase") == 2


def test_tick_all_and_none_and_open_a_person(dialog, people):
    page = dialog.page
    page.set_all_checked(True)
    assert len(page.checked_ids()) == 3
    page.set_all_checked(False)
    assert page.checked_ids() == []
    opened = []
    page.open_record.connect(lambda entity, row_id: opened.append((entity, row_id)))
    row = names(page).index("Bo Ekström")
    page.table.cellDoubleClicked.emit(row, 0)
    assert opened == [("contact", people["Ekström"])]
    assert page.table.item(row, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_the_list_follows_changes(dialog, empty_backend, people):
    empty_backend.write(lambda kb: kb.contacts.delete(people["Ekström"]))
    assert "Bo Ekström" not in names(dialog.page)
