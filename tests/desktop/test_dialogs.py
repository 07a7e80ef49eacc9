"""The edit dialogs and the meeting log, driven through their widgets on a copy of the demo."""

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from db import FieldError, ValidationError, models, operations
from desktop import editors as dialogs
from desktop import settings as app_settings
from desktop.backend import Backend
from desktop.editors import open_editor
from desktop.editors.activity import now_rounded

ENTITIES = ("contact", "organisation", "project", "network", "call", "activity")
INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QCheckBox, QListWidget)


@pytest.fixture(autouse=True)
def settings(tmp_path, monkeypatch):
    """Dialog geometry goes to a file of the test's own."""
    path = str(tmp_path / "settings.ini")
    monkeypatch.setattr(app_settings, "store", lambda: QSettings(path, QSettings.Format.IniFormat))
    return path


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """QMessageBox.question answers from a list (then Discard, as when a test's dialog is closed
    at teardown); the questions asked are kept."""
    asked, queue = [], []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return queue.pop(0) if queue else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, queue


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()  # offscreen: activateWindow() alone leaves it inactive
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_text(qtbot, widget, text):
    """qtbot.keyClicks, but safe for every character: QTest aborts the process on ä and ö
    (qasciikey.cpp asserts on them; Å, Ä, Ö and å happen to pass), so those are sent as events
    that carry the text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         char))


def first(backend, entity, **where):
    return backend.kb.service(entity).list(where or None)[0]


def by_name(backend, entity, text):
    return backend.kb.service(entity).list(text=text)[0]


def save(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved, timeout=2000) as signal:
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return signal.args


def pick(qtbot, line, text):
    """Type into a search line and take the first suggestion with Enter."""
    type_text(qtbot, line, text)
    assert line.suggestions(), f"no suggestion for {text!r}"
    qtbot.keyClick(line, Qt.Key.Key_Return)


def inputs(dialog):
    return [w for w in dialog.findChildren(QWidget) if isinstance(w, INPUTS) and w.isVisible() and w.isEnabled()]


def error_text(dialog, name):
    return dialog.fields[name].box.error.text() if dialog.fields[name].box.error.isVisible() else ""


# --- every dialog ----------------------------------------------------------------------------


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_dialog_opens_clean_with_labelled_inputs(qtbot, backend, entity):
    record = first(backend, entity)
    dialog = show(qtbot, open_editor(backend, entity, record.id))
    assert dialog.save_button.isEnabled(), dialog._errors
    assert not dialog.is_dirty()
    unnamed = [w for w in inputs(dialog) if not w.accessibleName()]
    assert unnamed == []
    dialog.grab().save(f"/tmp/dlg-{entity}.png")


@pytest.mark.parametrize("entity", ENTITIES)
def test_tab_reaches_every_input_top_down(qtbot, backend, entity):
    record = first(backend, entity)
    prefill = [("contact", first(backend, "contact").id)] if entity == "activity" else None
    dialog = show(qtbot, open_editor(backend, entity, record.id if entity != "activity" else None, prefill=prefill))
    if entity == "activity":
        dialog.follow_ups.add_button.click()
    widgets = inputs(dialog)
    widgets[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widgets[0])
    seen = []
    for _ in range(300):
        focused = QApplication.focusWidget()
        if focused in seen:
            break
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    missing = [w.accessibleName() for w in widgets if w not in seen]
    assert missing == []
    assert dialog.cancel_button in seen
    assert dialog.save_button in seen or not dialog.save_button.isEnabled()
    order = [w for w in seen if w in widgets]
    ys = [w.mapTo(dialog.body, w.rect().topLeft()).y() for w in order if dialog.body.isAncestorOf(w)]
    assert ys == sorted(ys), "tab order goes down the form"


NAMED_OPERATIONS = {"contact": "save_contact", "organisation": "save_organisation", "project": "save_project",
                    "network": "save_network", "call": "save_call", "activity": "log_activity"}


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_dialog_saves_through_its_named_operation(qtbot, backend, monkeypatch, entity):
    name = NAMED_OPERATIONS[entity]
    real, calls = getattr(operations, name), []

    def counted(kb, *args, **kwargs):
        calls.append(args)
        return real(kb, *args, **kwargs)

    monkeypatch.setattr(operations, name, counted)
    dialog = show(qtbot, open_editor(backend, entity, first(backend, entity).id))
    dialog.save()
    assert not dialog.isVisible()
    assert len(calls) == 1 and calls[0][0].id == dialog.record_id


def test_geometry_is_remembered(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "call"))
    dialog.resize(700, 480)
    dialog.reject()
    again = show(qtbot, open_editor(backend, "call"))
    assert (again.width(), again.height()) == (700, 480)


# --- organisation ------------------------------------------------------------------------------


def test_create_organisation(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "organisation"))
    assert not dialog.save_button.isEnabled()  # a name is required
    assert error_text(dialog, "name") == ""  # ... but not shouted before anything was typed
    type_text(qtbot, dialog.name, "Ånge kommun")
    dialog.kind.setCurrentIndex(dialog.kind.findData("kommun"))
    type_text(qtbot, dialog.org_number, "2120000142")
    entity, record_id = save(qtbot, dialog)
    assert entity == "organisation"
    stored = backend.kb.organisations.get(record_id)
    assert (stored.name, stored.kind, stored.org_number) == ("Ånge kommun", "kommun", "212000-0142")
    assert not dialog.isVisible()


def test_wrong_check_digit_blocks_save_and_says_why(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "organisation", first(backend, "organisation").id))
    type_text(qtbot, dialog.org_number, "5560160681")
    assert not dialog.save_button.isEnabled()
    assert "wrong check digit" in error_text(dialog, "org_number")
    dialog.org_number.setText("556016-0680")
    assert dialog.save_button.isEnabled()
    assert error_text(dialog, "org_number") == ""


def test_ctrl_s_on_an_invalid_new_form_shows_every_problem(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "organisation"))
    assert dialog.hint.text()
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert error_text(dialog, "name") == "Name is required"
    assert dialog.isVisible()


def test_enter_in_a_field_does_not_save(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "organisation", first(backend, "organisation").id))
    type_text(qtbot, dialog.short_name, "XYZ")
    qtbot.keyClick(dialog.short_name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.is_dirty()


# --- contact -------------------------------------------------------------------------------------


def test_contact_with_emails_phones_and_an_affiliation(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "contact"))
    type_text(qtbot, dialog.first_name, "Anna")
    type_text(qtbot, dialog.last_name, "Ek")
    type_text(qtbot, dialog.emails.edits[0], "anna.ek@example.se")
    type_text(qtbot, dialog.emails.edits[1], "anna@ek.nu")
    type_text(qtbot, dialog.phones.edits[0], "070 123 45 67")
    pick(qtbot, dialog.affiliations.search, "Uppsala univ")
    row = dialog.affiliations.row_widgets()[0]
    type_text(qtbot, row.role, "forskare")
    type_text(qtbot, row.dates[0], "2023-01-01")
    _, contact_id = save(qtbot, dialog)
    contact = backend.kb.contacts.get(contact_id)
    assert contact.emails == ["anna.ek@example.se", "anna@ek.nu"]
    assert contact.phones == ["+46701234567"]
    assert contact.legal_basis == "allmänt intresse"
    [affiliation] = backend.kb.affiliations.list({"contact_id": contact_id})
    assert backend.kb.organisations.get(affiliation.organisation_id).name == "Uppsala universitet"
    assert (affiliation.role, affiliation.from_date) == ("forskare", "2023-01-01")

    # Edit: the phone shows the Swedish way; removing the affiliation soft-deletes it.
    dialog = show(qtbot, open_editor(backend, "contact", contact_id))
    assert dialog.phones.edits[0].text() == "070-123 45 67"
    assert not dialog.is_dirty()
    dialog.affiliations.row_widgets()[0].remove.click()
    save(qtbot, dialog)
    assert backend.kb.affiliations.list({"contact_id": contact_id}) == []
    assert backend.kb.affiliations.get(affiliation.id).deleted_at is not None


def test_a_link_added_elsewhere_while_the_dialog_was_open_is_kept(qtbot, backend):
    contact = by_name(backend, "contact", "Bergdahl")
    dialog = show(qtbot, open_editor(backend, "contact", contact.id))
    shown = {row.row.link_id for row in dialog.affiliations.row_widgets()}
    organisation = by_name(backend, "organisation", "Uppsala universitet")
    other = backend.kb.affiliations.create(models.Affiliation(contact_id=contact.id,
                                                              organisation_id=organisation.id)).record
    for row in dialog.affiliations.row_widgets():
        row.remove.click()
    save(qtbot, dialog)
    assert [a.id for a in backend.kb.affiliations.list({"contact_id": contact.id})] == [other.id]
    assert all(backend.kb.affiliations.get(link_id).deleted_at for link_id in shown)


def test_an_email_without_at_marks_its_own_row(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "contact", first(backend, "contact").id))
    type_text(qtbot, dialog.emails.edits[0], "ok@example.se")
    type_text(qtbot, dialog.emails.edits[1], "fel.example.se")
    assert not dialog.save_button.isEnabled()
    assert not dialog.emails.errors[0].isVisible()
    assert dialog.emails.errors[1].isVisible()
    assert "not a valid e-mail address" in dialog.emails.errors[1].text()


def test_an_affiliation_date_error_marks_its_row(qtbot, backend):
    contact = by_name(backend, "contact", "Bergdahl")
    dialog = show(qtbot, open_editor(backend, "contact", contact.id))
    row = dialog.affiliations.row_widgets()[0]
    type_text(qtbot, row.dates[1], "2021-01-01")  # before from 2022-01-01
    assert not dialog.save_button.isEnabled()
    assert "before from_date" in row.error.text()


# --- project ----------------------------------------------------------------------------------


def test_cofinancing_share_updates_as_you_type(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "project"))
    type_text(qtbot, dialog.title_edit, "Sensorer i Ånge")
    type_text(qtbot, dialog.total, "1000000")
    assert dialog.share.text() == "Co-financing: –"
    type_text(qtbot, dialog.grant, "450000")
    assert dialog.share.text() == "Co-financing: 55 % (550\u00a0000\u00a0kr)"
    assert dialog.save_button.isEnabled()
    assert not dialog.warnings.isVisible()
    dialog.grant.setText("600 000 kr")
    assert dialog.share.text().startswith("Co-financing: 40 %")
    assert dialog.warnings.isVisible() and "40 %" in dialog.warnings.text()
    assert dialog.save_button.isEnabled()  # a warning does not block
    dialog.grant.setText("1 200 000")
    assert not dialog.save_button.isEnabled()
    assert "exceeds the total budget" in error_text(dialog, "grant_sek")


def test_project_with_call_coordinator_and_parties(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "project"))
    type_text(qtbot, dialog.title_edit, "Smarta vattenmätare")
    call = by_name(backend, "call", "2022")
    dialog.call.setCurrentIndex(dialog.call.findData(call.id))
    dialog.status.setCurrentIndex(dialog.status.findData("beviljad"))
    type_text(qtbot, dialog.total, "2 000 000")
    type_text(qtbot, dialog.grant, "900000")
    pick(qtbot, dialog.coordinator.search, "RISE")
    pick(qtbot, dialog.parties.search, "RISE")
    pick(qtbot, dialog.parties.search, "Bergdahl")
    rows = dialog.parties.row_widgets()
    rows[0].role.setCurrentIndex(rows[0].role.findData("koordinator"))
    rows[1].role.setCurrentIndex(rows[1].role.findData("kontaktperson"))
    _, project_id = save(qtbot, dialog)
    project = backend.kb.projects.get(project_id)
    assert (project.call_id, project.status, project.total_budget_sek, project.grant_sek) == (
        call.id, "beviljad", 2_000_000, 900_000)
    assert backend.kb.organisations.get(project.coordinator_id).name.startswith("RISE")
    parties = {(p.role, bool(p.organisation_id), bool(p.contact_id))
               for p in backend.kb.project_parties.list({"project_id": project_id})}
    assert parties == {("koordinator", True, False), ("kontaktperson", False, True)}
    # Opened again: the amounts read the office's way, nothing counts as changed.
    dialog = show(qtbot, open_editor(backend, "project", project_id))
    assert dialog.total.text() == "2\u00a0000\u00a0000\u00a0kr"
    assert not dialog.is_dirty()


def test_a_name_typed_but_not_picked_is_an_error(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "project", first(backend, "project").id))
    dialog.coordinator.search.clear()
    type_text(qtbot, dialog.coordinator.search, "Nobody at all")
    assert not dialog.save_button.isEnabled()
    assert "Pick an organisation" in error_text(dialog, "coordinator_id")


# --- network, call ----------------------------------------------------------------------------


def test_network_with_parent_coordinator_and_members(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "network"))
    type_text(qtbot, dialog.name, "Vattennätverket")
    pick(qtbot, dialog.parent.search, "Smart City Lab")
    pick(qtbot, dialog.coordinator.search, "RISE")
    pick(qtbot, dialog.members.search, "Bergdahl")
    row = dialog.members.row_widgets()[0]
    type_text(qtbot, row.role, "ordförande")
    type_text(qtbot, row.dates[0], "2023-02-01")
    _, network_id = save(qtbot, dialog)
    network = backend.kb.networks.get(network_id)
    assert backend.kb.networks.get(network.parent_id).name == "Smart City Lab"
    [member] = backend.kb.memberships.list({"network_id": network_id})
    assert (member.role, member.from_date, bool(member.contact_id)) == ("ordförande", "2023-02-01", True)


def test_call_with_need_areas_and_a_bad_year(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "call"))
    type_text(qtbot, dialog.name, "Utlysning 2024")
    type_text(qtbot, dialog.year, "24")
    assert "not a year between 1990 and 2100" in error_text(dialog, "year")
    assert not dialog.save_button.isEnabled()
    dialog.year.setText("2024")
    type_text(qtbot, dialog.need_areas.edits[0], "vatten")
    type_text(qtbot, dialog.need_areas.edits[1], "energi")
    type_text(qtbot, dialog.budget, "10 000 000 kr")
    _, call_id = save(qtbot, dialog)
    call = backend.kb.calls.get(call_id)
    assert (call.year, call.need_areas, call.budget_sek) == (2024, ["vatten", "energi"], 10_000_000)


# --- the meeting log ---------------------------------------------------------------------------


def test_now_rounded_to_the_quarter_hour():
    assert now_rounded(datetime(2024, 5, 13, 10, 7, 59)) == "2024-05-13 10:00"
    assert now_rounded(datetime(2024, 5, 13, 10, 8)) == "2024-05-13 10:15"
    assert now_rounded(datetime(2024, 5, 13, 23, 53)) == "2024-05-14 00:00"


def test_log_a_meeting_in_one_go_and_find_it(qtbot, backend):
    olle = by_name(backend, "contact", "Bergdahl")
    project = first(backend, "project")
    staff = by_name(backend, "contact", "Kempe")
    dialog = show(qtbot, open_editor(backend, "activity", prefill=[("contact", olle.id)]))
    assert dialog.windowTitle() == "Log a meeting"
    assert dialog.starts.text() == now_rounded()
    assert dialog.participants.values() == [("contact", olle.id)]
    assert not dialog.is_dirty()
    type_text(qtbot, dialog.title_edit, "Avstämning vattenprojekt")
    pick(qtbot, dialog.participants.search, "Uppsala univ")
    pick(qtbot, dialog.topics.search, project.title[:8])
    type_text(qtbot, dialog.minutes, "Vi diskuterade grundvattensensorerna och nästa steg.")
    dialog.follow_ups.add_button.click()
    row = dialog.follow_ups.row_widgets()[0]
    type_text(qtbot, row.text, "Skicka offert")
    row.owner.setCurrentIndex(row.owner.findData(staff.id))
    type_text(qtbot, row.due, "2030-01-31")
    _, activity_id = save(qtbot, dialog)

    activity = backend.kb.activities.get(activity_id)
    assert (activity.kind, activity.logged_by) == ("möte", "testare")
    links = backend.kb.activity_links.list({"activity_id": activity_id})
    assert {(link.contact_id or link.organisation_id or link.project_id, link.role) for link in links} == {
        (olle.id, "deltagare"), (by_name(backend, "organisation", "Uppsala universitet").id, "deltagare"),
        (project.id, "ämne")}
    [follow_up] = backend.kb.follow_ups.list({"activity_id": activity_id})
    assert (follow_up.text, follow_up.owner_id, follow_up.due) == ("Skicka offert", staff.id, "2030-01-31")
    results = []
    backend.search("grundvattensensorerna", results.append)
    assert [hit.id for hit in results[0].hits] == [activity_id]


def test_follow_up_owner_is_chosen_among_staff(qtbot, backend):
    dialog = show(qtbot, open_editor(backend, "activity"))
    dialog.follow_ups.add_button.click()
    owners = dialog.follow_ups.row_widgets()[0].owner
    names = {owners.itemText(i) for i in range(1, owners.count())}
    assert names == {c.full_name for c in backend.kb.contacts.list({"is_staff": True})}


def test_editing_a_meeting_keeps_other_roles_and_removes_links(qtbot, backend):
    activity = by_name(backend, "activity", "ödesfråga")
    before = backend.kb.activity_links.list({"activity_id": activity.id})
    dialog = show(qtbot, open_editor(backend, "activity", activity.id))
    assert not dialog.is_dirty()
    dialog.topics.chips.setCurrentRow(0)
    qtbot.keyClick(dialog.topics.chips, Qt.Key.Key_Delete)
    dialog.follow_ups.add_button.click()
    type_text(qtbot, dialog.follow_ups.row_widgets()[0].due, "2030-02-30")
    assert not dialog.save_button.isEnabled()
    assert "not a date in the calendar" in dialog.follow_ups.row_widgets()[0].error.text()
    dialog.follow_ups.row_widgets()[0].remove.click()
    save(qtbot, dialog)
    after = backend.kb.activity_links.list({"activity_id": activity.id})
    assert len(after) == len(before) - 1
    assert {link.role for link in after} == {link.role for link in before if not link.project_id}
    assert backend.kb.follow_ups.list({"activity_id": activity.id}) == []


def test_a_click_on_a_chips_cross_removes_it(qtbot, backend):
    contact, organisation = first(backend, "contact"), first(backend, "organisation")
    dialog = show(qtbot, open_editor(backend, "activity", prefill=[("contact", contact.id),
                                                                     ("organisation", organisation.id)]))
    chips = dialog.participants.chips
    rect = chips.visualItemRect(chips.item(0))
    qtbot.mouseClick(chips.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() - QPoint(rect.width() // 3, 0))
    assert len(dialog.participants.values()) == 2  # a click on the name only selects it
    qtbot.mouseClick(chips.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 8, rect.center().y()))
    assert dialog.participants.values() == [("organisation", organisation.id)]


def test_pick_from_the_popup_with_the_keyboard(qtbot, backend):
    """Pick from the popup with the arrow keys: the completer's own path."""
    dialog = show(qtbot, open_editor(backend, "activity"))
    line = dialog.participants.search
    line.setFocus()
    type_text(qtbot, line, "Bergd")
    popup = line.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert [entity for entity, _ in dialog.participants.values()] == ["contact"]
    assert line.text() == ""


# --- failures, closing, deleting -------------------------------------------------------------


def test_a_failed_save_keeps_every_typed_value(qtbot, backend, monkeypatch):
    def refuse(record):
        raise ValidationError([FieldError("name", "there is already one by that name"),
                               FieldError("organisation", "conflicts with something")])

    monkeypatch.setattr(backend._write_kb.organisations, "create", refuse)
    dialog = show(qtbot, open_editor(backend, "organisation"))
    type_text(qtbot, dialog.name, "Kommunen")
    type_text(qtbot, dialog.municipality, "Ånge")
    dialog.save()
    assert dialog.isVisible()
    assert (dialog.name.text(), dialog.municipality.text()) == ("Kommunen", "Ånge")
    assert dialog.banner.isVisible() and "conflicts with something" in dialog.banner.text()
    assert error_text(dialog, "name") == "There is already one by that name"

    monkeypatch.setattr(backend._write_kb.organisations, "create", lambda record: 1 / 0)
    type_text(qtbot, dialog.name, " AB")
    dialog.save()
    assert "division by zero" in dialog.banner.text()
    assert dialog.name.text() == "Kommunen AB" and dialog.save_button.isEnabled()
    assert backend.kb.organisations.count(text="Kommunen") == 0


def test_a_failing_link_row_is_marked_and_nothing_is_written(qtbot, backend, monkeypatch):
    def refuse(record):
        raise ValidationError([FieldError("role", "no such role today")])

    monkeypatch.setattr(backend._write_kb.affiliations, "create", refuse)
    dialog = show(qtbot, open_editor(backend, "contact"))
    type_text(qtbot, dialog.last_name, "Ek")
    pick(qtbot, dialog.affiliations.search, "Uppsala univ")
    dialog.save()
    assert "No such role today" in dialog.affiliations.row_widgets()[0].error.text()
    assert dialog.isVisible() and dialog.last_name.text() == "Ek"
    assert [c for c in backend.kb.contacts.list() if c.last_name == "Ek"] == []


def test_closing_with_unsaved_changes_asks(qtbot, backend, answers):
    asked, queue = answers
    organisation = first(backend, "organisation")
    dialog = show(qtbot, open_editor(backend, "organisation", organisation.id))
    type_text(qtbot, dialog.short_name, "ÖÄ")
    queue.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog.short_name, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    queue.append(QMessageBox.StandardButton.Discard)
    dialog.close()
    assert not dialog.isVisible()
    assert backend.kb.organisations.get(organisation.id).short_name == organisation.short_name

    dialog = show(qtbot, open_editor(backend, "organisation", organisation.id))
    type_text(qtbot, dialog.short_name, "ÖÄ")
    queue.append(QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved):
        dialog.reject()
    assert backend.kb.organisations.get(organisation.id).short_name == "ÖÄ"

    asked.clear()
    dialog = show(qtbot, open_editor(backend, "organisation", organisation.id))
    dialog.reject()  # nothing typed: no question
    assert asked == [] and not dialog.isVisible()


def test_delete_asks_and_can_be_undone(qtbot, backend, answers):
    asked, queue = answers
    project = first(backend, "project")
    queue.append(QMessageBox.StandardButton.No)
    assert not dialogs.confirm_delete(backend, "project", project.id, None)
    assert backend.kb.projects.get(project.id).deleted_at is None
    assert project.title in asked[0]

    dialog = show(qtbot, open_editor(backend, "project", project.id))
    queue.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.deleted) as signal:
        dialog.delete_button.click()
    assert signal.args == ["project", project.id]
    assert not dialog.isVisible()
    assert backend.kb.projects.get(project.id).deleted_at is not None

    restored = []
    dialogs.restore(backend, "project", project.id, restored.append)
    assert restored and backend.kb.projects.get(project.id).deleted_at is None


def test_saving_through_the_worker_thread(qtbot, demo_path):
    """With the real serial worker the write runs off the UI thread; the dialog closes when it is done."""
    threaded = Backend(demo_path, user="testare")
    try:
        dialog = show(qtbot, open_editor(threaded, "organisation"))
        type_text(qtbot, dialog.name, "Trådad förening")
        with qtbot.waitSignal(dialog.saved, timeout=10_000) as signal:
            dialog.save()
            assert dialog._saving and not dialog.save_button.isEnabled()
            dialog.reject()  # no closing half-way through a save
            assert dialog.isVisible()
        assert threaded.kb.organisations.get(signal.args[1]).name == "Trådad förening"
        assert not dialog.isVisible()
    finally:
        threaded.close()


def test_unknown_entity_is_refused(backend):
    with pytest.raises(ValueError):
        open_editor(backend, "tag")
