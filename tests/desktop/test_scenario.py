"""The issue's "done when", as a new user would do it, with the keyboard alone, on the demo:
find Klas Palm by typing "palm", open him, follow the link to his organisation, log a meeting
with him and two others with a follow-up, find it by a word of its minutes, and edit a
project's budget with the co-financing share updating live."""

import pytest
from PySide6.QtCore import Qt

from desktop.editors.base import EditDialog
from desktop.pages.record_html import parse_record_url
from tests.desktop.test_dialogs import pick, type_text


@pytest.fixture
def window(qtbot, window):
    """The shared window (conftest.py), on screen: the shortcuts need an exposed window."""
    qtbot.waitExposed(window)
    return window


def active_dialog(qtbot, window):
    """The dialog the last shortcut opened, made the active window (offscreen needs asking)."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(EditDialog)))
    dialog = next(d for d in window.findChildren(EditDialog) if d.isVisible())
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_whole_errand_by_keyboard(qtbot, window, backend):
    kb = backend.kb
    palm = kb.contacts.list({"last_name": "Palm"})[0]
    uppsala = kb.organisations.list({"name": "Uppsala universitet"})[0]

    # Ctrl+K, "palm", Enter: Klas Palm's record.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    qtbot.keyClicks(popup.field, "palm")
    qtbot.waitUntil(lambda: bool(popup.results.hits))
    assert popup.results.hits[0].id == palm.id
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert window.history.current() == ("contact", palm.id)

    # Tab to the link of his organisation, Enter.
    browser = window.record_page.browser
    browser.setFocus()
    for _ in range(10):
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        anchor = browser.textCursor().charFormat().anchorHref()
        if anchor and parse_record_url(anchor) == ("organisation", uppsala.id):
            break
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert window.history.current() == ("organisation", uppsala.id)

    # Back to Klas Palm (Alt+Left), Ctrl+M: the meeting log, with him already a participant.
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.history.current() == ("contact", palm.id)
    window.record_page.setFocus()
    qtbot.keyClick(window.record_page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = active_dialog(qtbot, window)
    assert ("contact", palm.id) in dialog.participants.values()
    type_text(qtbot, dialog.title_edit, "Uppföljning IoT Implementering")
    pick(qtbot, dialog.participants.search, "Bergdahl")
    pick(qtbot, dialog.participants.search, "Evensson")
    type_text(qtbot, dialog.minutes, "Vi planerade implementeringsstudien och en gemensam workshop.")
    qtbot.keyClick(dialog.follow_ups.add_button, Qt.Key.Key_Space)
    row = dialog.follow_ups.row_widgets()[0]
    type_text(qtbot, row.text, "Boka workshop")
    row.owner.setFocus()
    qtbot.keyClick(row.owner, Qt.Key.Key_Down)
    type_text(qtbot, row.due, "2030-02-01")
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    activity_id = saved.args[1]
    participants = {link.contact_id for link in kb.activity_links.list({"activity_id": activity_id})}
    assert len(participants - {None}) == 3
    assert len(kb.follow_ups.list({"activity_id": activity_id})) == 1

    # Find it by a word of its minutes.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup.field.selectAll()
    qtbot.keyClicks(popup.field, "implementeringsstudien")
    qtbot.waitUntil(lambda: bool(popup.results.hits) and popup.results.hits[0].id == activity_id)
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)

    # A project's budget, with the co-financing share live, saved with Ctrl+S.
    project = kb.projects.list({"title": "Hemsjukhuset 3.0"})[0]
    window.open_record("project", project.id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.record_page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = active_dialog(qtbot, window)
    editor.fields["total_budget_sek"].box.widget.selectAll()
    type_text(qtbot, editor.fields["total_budget_sek"].box.widget, "2000000")
    editor.fields["grant_sek"].box.widget.selectAll()
    type_text(qtbot, editor.fields["grant_sek"].box.widget, "800000")
    assert "60 %" in editor.share.text()
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved_project = kb.projects.get(project.id)
    assert (saved_project.total_budget_sek, saved_project.grant_sek) == (2_000_000, 800_000)
