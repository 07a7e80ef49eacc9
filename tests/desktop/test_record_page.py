"""The record page on the demo data: fields, links that open records, notes, the deleted state."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from db import models as m
from desktop import labels
from desktop.pages.record_html import parse_record_url, record_url
from desktop.pages.record_page import RecordPage

NBSP = "\u00a0"


@pytest.fixture
def page(qtbot, backend):
    widget = RecordPage(backend)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def one(backend, entity, text):
    found = backend.kb.service(entity).list(text=text)
    assert found, f"no {entity} matching {text!r} in the demo"
    return found[0]


def create(backend, record):
    saved = []
    backend.write(lambda kb: kb.service(type(record).__name__.lower()).create(record), saved.append)
    return saved[0].record


def hrefs(browser):
    """Every link in a text browser, in document order."""
    found, block = [], browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href and (not found or found[-1][0] != href):
                found.append((href, fragment.text(), fragment.position()))
            it += 1
        block = block.next()
    return found


def click_link(qtbot, browser, href):
    position = next(pos for h, _text, pos in hrefs(browser) if h == href)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position + 1)
    browser.ensureCursorVisible()
    browser.setTextCursor(cursor)
    point = browser.cursorRect(cursor).center() - QPoint(2, 0)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_empty_state_until_a_record_is_shown(page):
    assert page.stack.currentIndex() == 0
    assert not page.edit_action.isEnabled() and not page.delete_action.isEnabled()


def test_unknown_id_shows_the_empty_state(page):
    page.show_record("contact", "no-such-id")
    assert page.stack.currentIndex() == 0
    assert "not exist" in page.empty_label.text()


def test_contact_page_shows_fields_links_and_activities(page, backend):
    klas = one(backend, "contact", "Palm")
    uppsala = one(backend, "organisation", "Uppsala universitet")
    page.show_record("contact", klas.id)
    assert page.stack.currentIndex() == 1
    assert page.title_label.text() == "Klas Palm"
    assert "Uppsala universitet" in page.subtitle_label.text()
    text = page.browser.toPlainText()
    for expected in ("forskare", "allmänt intresse", "IoT Sveriges årsrapport 2022", "Uppsala universitet",
                     "IoT Sveriges årskonferens 2022", "2022-10-27"):
        assert expected in text
    links = [h for h, _text, _pos in hrefs(page.browser)]
    assert record_url("organisation", uppsala.id) in links
    assert any(h.startswith("record:activity:") for h in links)
    assert page.log_meeting_action.isEnabled() and page.edit_action.isEnabled()


def test_contact_phone_and_email_are_formatted(page, backend):
    anna = create(backend, m.Contact(first_name="Anna", last_name="Ek", phones=["070-123 45 67"],
                                     emails=["anna@example.se"], is_staff=True))
    page.show_record("contact", anna.id)
    text = page.browser.toPlainText()
    assert "070-123 45 67" in text
    assert "anna@example.se" in text
    assert ("mailto:anna@example.se", "anna@example.se") in [(h, t) for h, t, _pos in hrefs(page.browser)]


def test_organisation_page_links_people_and_parent(page, backend):
    uppsala = one(backend, "organisation", "Uppsala universitet")
    klas = one(backend, "contact", "Palm")
    page.show_record("organisation", uppsala.id)
    assert page.title_label.text() == "Uppsala universitet"
    links = {h: t for h, t, _pos in hrefs(page.browser)}
    assert links[record_url("contact", klas.id)] == "Klas Palm"
    iot = one(backend, "organisation", "IoT Sverige")
    assert iot.parent_id == uppsala.id
    assert links[record_url("organisation", iot.id)] == "IoT Sverige"  # a part of Uppsala universitet
    assert "Uppsala län" in page.browser.toPlainText()
    page.show_record("organisation", iot.id)
    assert "Part of" in page.browser.toPlainText()
    assert record_url("organisation", uppsala.id) in [h for h, _text, _pos in hrefs(page.browser)]


def test_project_page_formats_amounts_and_links_its_parties(page, backend):
    call = create(backend, m.Call(name="Utlysning 2024", year=2024))
    rise = one(backend, "organisation", "RISE")
    klas = one(backend, "contact", "Palm")
    project = create(backend, m.Project(title="Smarta vattenmätare", call_id=call.id, status="beviljad",
                                        start_date="2024-01-01", end_date="2025-12-31",
                                        total_budget_sek=83_500_000, grant_sek=40_000_000, coordinator_id=rise.id))
    backend.write(lambda kb: kb.project_parties.create(m.ProjectParty(project_id=project.id, contact_id=klas.id,
                                                                      role="projektledare")))
    page.show_record("project", project.id)
    assert f"83{NBSP}500{NBSP}000{NBSP}kr" in page.browser.toHtml()
    text = page.browser.toPlainText()  # (shows the no-break spaces as spaces)
    assert "83 500 000 kr" in text
    assert "43 500 000 kr" in text  # co-financing
    assert "2024-01-01" in text and "2025-12-31" in text
    links = {h: t for h, t, _pos in hrefs(page.browser)}
    assert links[record_url("call", call.id)] == "Utlysning 2024"
    assert links[record_url("organisation", rise.id)] == rise.name
    assert links[record_url("contact", klas.id)] == "Klas Palm"
    assert "projektledare" in text


def test_demo_project_shows_its_tags(page, backend):
    project = one(backend, "project", "API:er i välfärdsteknik")
    page.show_record("project", project.id)
    assert "välfärdsteknik" in page.browser.toPlainText()
    assert page.browser.toPlainText().count("Inera") >= 1


@pytest.mark.parametrize("entity", ["contact", "organisation", "project", "network", "activity", "call"])
def test_every_entity_page_opens_on_the_demo(page, backend, entity):
    for record in backend.kb.service(entity).list():
        page.show_record(entity, record.id)
        assert page.stack.currentIndex() == 1
        assert page.title_label.text()
        assert labels.entity_singular(entity) in page.subtitle_label.text()


def test_activity_page_links_participants(page, backend):
    activity = one(backend, "activity", "årskonferens")
    page.show_record("activity", activity.id)
    names = {t for h, t, _pos in hrefs(page.browser) if h.startswith("record:contact:")}
    assert {"Klas Palm", "Olle Bergdahl"} <= names
    assert "175" in page.browser.toPlainText()
    assert not page.log_meeting_button.isVisible()  # an activity is not the topic of another


def test_clicking_a_link_opens_the_linked_record(qtbot, page, backend):
    klas = one(backend, "contact", "Palm")
    uppsala = one(backend, "organisation", "Uppsala universitet")
    page.show_record("contact", klas.id)
    with qtbot.waitSignal(page.open_record) as signal:
        click_link(qtbot, page.browser, record_url("organisation", uppsala.id))
    assert signal.args == ["organisation", uppsala.id]


def test_tab_and_enter_open_a_link_from_the_keyboard(qtbot, page, backend):
    klas = one(backend, "contact", "Palm")
    page.show_record("contact", klas.id)
    first = hrefs(page.browser)[0][0]
    page.browser.setFocus()
    qtbot.keyClick(page.browser, Qt.Key.Key_Tab)
    with qtbot.waitSignal(page.open_record) as signal:
        qtbot.keyClick(page.browser, Qt.Key.Key_Return)
    assert signal.args == list(parse_record_url(first))


def test_adding_a_note_puts_it_on_top_with_the_author(qtbot, page, backend):
    klas = one(backend, "contact", "Palm")
    backend.write(lambda kb: kb.notes.add("contact", klas.id, "En äldre anteckning"))
    page.show_record("contact", klas.id)
    qtbot.keyClicks(page.notes.edit, "Ringde om årskonferensen")
    qtbot.keyClick(page.notes.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    notes = page.notes.view.toPlainText()
    assert notes.index("Ringde om årskonferensen") < notes.index("En äldre anteckning")
    first_line = notes.splitlines()[0]
    assert "testare" in first_line
    assert page.notes.edit.toPlainText() == ""
    assert backend.kb.notes.for_entity("contact", klas.id)[0].text == "Ringde om årskonferensen"


def test_the_add_button_adds_a_note_and_an_empty_box_adds_nothing(qtbot, page, backend):
    org = one(backend, "organisation", "Inera")
    page.show_record("organisation", org.id)
    qtbot.mouseClick(page.notes.add_button, Qt.MouseButton.LeftButton)
    assert backend.kb.notes.for_entity("organisation", org.id) == []
    page.notes.edit.setPlainText("Första raden\nAndra raden")
    qtbot.mouseClick(page.notes.add_button, Qt.MouseButton.LeftButton)
    assert "Första raden\nAndra raden" in page.notes.view.toPlainText()


def test_deleted_record_shows_the_banner_and_restore(qtbot, page, backend):
    org = one(backend, "organisation", "Inera")
    page.show_record("organisation", org.id)
    assert not page.banner.isVisible()
    backend.write(lambda kb: kb.organisations.delete(org.id))  # the page hears backend.changed
    assert page.banner.isVisible()
    assert page.restore_action.isEnabled()
    assert not page.edit_action.isEnabled() and not page.notes.edit.isEnabled()
    with qtbot.waitSignal(page.restore_requested) as signal:
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["organisation", org.id]
    backend.write(lambda kb: kb.organisations.restore(org.id))
    assert not page.banner.isVisible()
    assert page.edit_action.isEnabled()


def test_requests_carry_the_record(qtbot, page, backend):
    klas = one(backend, "contact", "Palm")
    page.show_record("contact", klas.id)
    for action, signal in ((page.edit_action, page.edit_requested), (page.delete_action, page.delete_requested),
                           (page.log_meeting_action, page.log_meeting_requested)):
        with qtbot.waitSignal(signal) as caught:
            action.trigger()
        assert caught.args == ["contact", klas.id]
    assert page.edit_action.shortcut().toString() == "Ctrl+E"
    assert page.log_meeting_action.shortcut().toString() == "Ctrl+M"


def test_the_page_follows_changes_to_linked_records(page, backend):
    klas = one(backend, "contact", "Palm")
    uppsala = one(backend, "organisation", "Uppsala universitet")
    page.show_record("contact", klas.id)
    uppsala.name = "Uppsala universitet (UU)"
    backend.write(lambda kb: kb.organisations.update(uppsala))
    assert "Uppsala universitet (UU)" in page.browser.toPlainText()


def test_values_are_html_escaped(page, backend):
    odd = create(backend, m.Contact(first_name="<b>Eva</b>", last_name="& <Co>", title="<i>chef</i>",
                                    notes="<script>alert(1)</script>\nrad två"))
    backend.write(lambda kb: kb.notes.add("contact", odd.id, "<a href='record:contact:x'>klick</a> & mer"))
    page.show_record("contact", odd.id)
    assert page.title_label.text() == "<b>Eva</b> & <Co>"
    text = page.browser.toPlainText()
    assert "<i>chef</i>" in text and "<script>alert(1)</script>" in text
    assert "<a href='record:contact:x'>klick</a> & mer" in page.notes.view.toPlainText()
    assert hrefs(page.notes.view) == []
