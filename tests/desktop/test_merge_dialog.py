"""Duplicates and merging: the dialogs on real databases, the merge written, undo restoring it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from db import Message
from db import models as m
from desktop.dialogs.duplicates import DuplicatesDialog
from desktop.dialogs.merge import MergeDialog
from desktop.dialogs.merge_comparison import both_value, moves_text


@dataclass
class Pair:
    plain: str  # Åsa Öberg, nothing linked
    linked: str  # Åsa Öberg, with an organisation, an activity and a note
    organisation: str
    activity: str


def create(backend, record) -> str:
    result = []
    backend.write(lambda kb: kb.service(_table(record)).create(record), on_done=result.append)
    return result[0].record.id


def _table(record) -> str:
    return {m.Contact: "contact", m.Organisation: "organisation", m.Activity: "activity",
            m.Affiliation: "affiliation", m.ActivityLink: "activity_link"}[type(record)]


@pytest.fixture
def pair(backend) -> Pair:
    plain = create(backend, m.Contact(first_name="Åsa", last_name="Öberg", title="Strateg",
                                      emails=["asa.oberg@example.se"]))
    linked = create(backend, m.Contact(first_name="Åsa", last_name="Öberg", title="Enhetschef",
                                       emails=["asa@example.se"], municipality="Uppsala"))
    organisation = create(backend, m.Organisation(name="Exempelregionen Öst", kind="region"))
    create(backend, m.Affiliation(contact_id=linked, organisation_id=organisation))
    activity = create(backend, m.Activity(title="Workshop i Åby", starts="2022-10-27T09:00", kind="workshop"))
    create(backend, m.ActivityLink(activity_id=activity, contact_id=linked))
    backend.write(lambda kb: kb.notes.add("contact", linked, "Ringde om sensorerna."))
    return Pair(plain, linked, organisation, activity)


def merge_dialog(qtbot, backend, a_id, b_id=None) -> MergeDialog:
    dialog = MergeDialog(backend, "contact", a_id, b_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def field(dialog: MergeDialog, name: str):
    return next(choice for choice in dialog.fields if choice.name == name)


def has_both(dialog: MergeDialog, name: str) -> bool:
    return "both" in field(dialog, name).buttons


def live(backend, row_id: str) -> bool:
    return backend.kb.contacts.get(row_id).deleted_at is None


# --- the merge dialog --------------------------------------------------------------------------------


def test_the_two_records_side_by_side_with_the_more_linked_one_kept(qtbot, backend, pair):
    dialog = merge_dialog(qtbot, backend, pair.plain, pair.linked)
    assert dialog.keep_side() == "b" and dialog.keep_id() == pair.linked
    names = [choice.name for choice in dialog.fields]
    assert names == ["title", "emails", "municipality"]  # first and last name are equal: shown plainly
    assert has_both(dialog, "emails") and field(dialog, "emails").chosen() == "both"
    assert field(dialog, "title").chosen() == "b"  # the kept record's own value
    assert field(dialog, "municipality").chosen() == "b"
    assert "Nothing is linked" in dialog.summary.text()
    dialog.choose_keep("a")
    assert field(dialog, "title").chosen() == "a"
    assert field(dialog, "municipality").chosen() == "b"  # the kept one has none: the other's value
    assert "1 organisation link" in dialog.summary.text() and "1 activity" in dialog.summary.text()
    assert "1 note" in dialog.summary.text()


def test_merge_with_the_chosen_values_then_undo(qtbot, backend, pair):
    dialog = merge_dialog(qtbot, backend, pair.plain, pair.linked)
    dialog.choose_keep("a")
    dialog.choose("title", "b")
    dialog.choose("emails", "both")
    assert dialog.choices() == {"title": "Enhetschef", "emails": ["asa.oberg@example.se", "asa@example.se"],
                                "municipality": "Uppsala"}
    with qtbot.waitSignal(dialog.merged, timeout=5000) as blocker:
        dialog.merge_button.click()
    entity, keep_id, op_id = blocker.args
    assert (entity, keep_id) == ("contact", pair.plain) and op_id
    kept = backend.kb.contacts.get(pair.plain)
    assert (kept.title, kept.municipality) == ("Enhetschef", "Uppsala")
    assert kept.emails == ["asa.oberg@example.se", "asa@example.se"]
    assert not live(backend, pair.linked)
    from db import details

    moved = details(backend.kb, "contact", pair.plain)
    assert pair.activity in {a.id for a in moved.activities}
    assert pair.organisation in {link.entity_id for link in moved.links}
    assert [n.text for n in moved.notes] == ["Ringde om sensorerna."]
    assert not dialog.isVisible()

    from db.undo import undo_operation

    backend.write(lambda kb: undo_operation(kb, op_id))
    assert live(backend, pair.linked)
    restored = backend.kb.contacts.get(pair.plain)
    assert (restored.title, restored.emails, restored.municipality) == ("Strateg", ["asa.oberg@example.se"], None)
    assert pair.activity in {a.id for a in details(backend.kb, "contact", pair.linked).activities}


def test_a_failed_merge_is_shown_and_the_dialog_stays(qtbot, backend, pair, swedish):
    dialog = merge_dialog(qtbot, backend, pair.plain, pair.linked)
    backend.write(lambda kb: kb.contacts.delete(pair.linked))  # deleted elsewhere meanwhile
    dialog.merge_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("Posterna slogs inte ihop")
    assert dialog.merge_button.isEnabled()
    assert backend.kb.contacts.get(pair.plain).title == "Strateg"


def test_the_other_record_is_picked_in_the_dialog(qtbot, backend, pair):
    dialog = merge_dialog(qtbot, backend, pair.plain)
    assert dialog.picker_row.isVisible() and not dialog.merge_button.isEnabled()
    dialog.picker.suggest("öberg")
    assert (("contact", pair.linked) in {(e, i) for e, i, _t in dialog.picker.suggestions()})
    assert pair.plain not in {i for _e, i, _t in dialog.picker.suggestions()}  # not itself
    dialog.set_other(pair.linked)
    assert not dialog.picker_row.isVisible() and dialog.merge_button.isEnabled()
    assert [choice.name for choice in dialog.fields] == ["title", "emails", "municipality"]


def test_the_merge_dialog_in_swedish(qtbot, backend, pair, swedish):
    dialog = merge_dialog(qtbot, backend, pair.plain, pair.linked)
    assert dialog.windowTitle() == "Slå ihop kontakter"
    assert dialog.merge_button.text() == "&Slå ihop"
    dialog.choose_keep("a")
    assert dialog.summary.text() == ("Åsa Öberg (asa.oberg@example.se) behålls; Åsa Öberg (asa@example.se) tas bort.\n"
                                     "Flyttas till Åsa Öberg (asa.oberg@example.se): 1 organisationskoppling, "
                                     "1 aktivitet, 1 anteckning.")


def test_organisations_merge_too(qtbot, backend):
    first = create(backend, m.Organisation(name="Exempelkommunen Åby", kind="kommun", org_number="212000-9994"))
    second = create(backend, m.Organisation(name="Åby kommun", kind="kommun", municipality="Åby"))
    dialog = MergeDialog(backend, "organisation", first, second)
    qtbot.addWidget(dialog)
    dialog.choose_keep("a")
    dialog.choose("name", "b")
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        dialog.merge()
    kept = backend.kb.organisations.get(first)
    assert (kept.name, kept.org_number, kept.municipality) == ("Åby kommun", "212000-9994", "Åby")


def test_values_for_both():
    assert both_value("list", ["a@example.se"], ["A@example.se", "b@example.se"]) == ["a@example.se",
                                                                                     "b@example.se"]
    assert both_value("multiline", "Första.", "Andra.") == "Första.\n\nAndra."
    assert moves_text({"activity": 3, "note": 2}) == "3 activities, 2 notes"


# --- the duplicates dialog ---------------------------------------------------------------------------------


def test_duplicates_are_listed_and_a_double_click_opens_the_merge(qtbot, backend, pair):
    dialog = DuplicatesDialog(backend)
    qtbot.addWidget(dialog)
    dialog.show()
    found = {(p.a_id, p.b_id) for p in dialog.pairs} | {(p.b_id, p.a_id) for p in dialog.pairs}
    assert (pair.plain, pair.linked) in found
    certain = [p.certain for p in dialog.pairs]
    assert certain == sorted(certain, reverse=True)  # certain pairs first
    row = next(i for i, p in enumerate(dialog.pairs) if {p.a_id, p.b_id} == {pair.plain, pair.linked})
    dialog.table.selectRow(row)
    assert dialog.table.item(row, 2).text() == "same name"
    dialog.table.doubleClicked.emit(dialog.table.model().index(row, 0))
    merge = dialog.merge_dialog
    assert isinstance(merge, MergeDialog) and set(merge.ids.values()) == {pair.plain, pair.linked}
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        merge.merge()
    assert {pair.plain, pair.linked} not in [{p.a_id, p.b_id} for p in dialog.pairs]  # searched again


def test_the_type_selector_finds_organisations(qtbot, backend):
    create(backend, m.Organisation(name="Exempelkommunen Åby", kind="kommun", org_number="212000-9994"))
    create(backend, m.Organisation(name="Åby kommun (gamla)", kind="kommun", org_number="212000-9994"))
    dialog = DuplicatesDialog(backend)
    qtbot.addWidget(dialog)
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("organisation"))
    assert any(p.certain and p.reason == Message("same_org_number") for p in dialog.pairs)
    assert dialog.table.rowCount() == len(dialog.pairs)


# --- the main window ---------------------------------------------------------------------------------------


def test_merge_from_the_record_page_opens_the_kept_record_and_offers_undo(qtbot, backend, pair):
    from desktop.window.main_window import MainWindow

    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    window.open_record("contact", pair.plain)
    window.record_page.merge_action.trigger()
    dialog = next(w for w in window.findChildren(MergeDialog) if w.isVisible())
    dialog.set_other(pair.linked)
    dialog.choose_keep("b")
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        dialog.merge()
    assert window.record_page.place() == ("contact", pair.linked)
    offer = window.undo_offer
    assert offer is not None and offer.button.isVisible()
    assert not live(backend, pair.plain)
    with qtbot.waitSignal(offer.undone, timeout=5000):
        offer.action.trigger()
    assert live(backend, pair.plain)
    assert not offer.action.isEnabled()


def test_find_duplicates_is_in_the_edit_menu(qtbot, backend, swedish):
    from desktop.window.main_window import MainWindow

    window = MainWindow(backend)
    qtbot.addWidget(window)
    edit_menu = window.menuBar().actions()[1].menu()
    action = next(a for a in edit_menu.actions() if a.text() == "Hitta &dubbletter…")
    action.trigger()
    assert isinstance(window.duplicates_dialog, DuplicatesDialog) and window.duplicates_dialog.isVisible()
    assert window.duplicates_dialog.windowTitle() == "Hitta dubbletter"
    window.duplicates_dialog.close()


# --- the messages of duplicates, merge, undo and the demo in both languages --------------------------------

MESSAGE_SAMPLES = [
    (Message("same_email"), "samma e-postadress"),
    (Message("same_phone"), "samma telefonnummer"),
    (Message("same_org_number"), "samma organisationsnummer"),
    (Message("same_name_same_org"), "samma namn i samma organisation"),
    (Message("same_name"), "samma namn"),
    (Message("similar_name_same_org"), "liknande namn i samma organisation"),
    (Message("similar_name"), "liknande namn"),
    (Message("merge_not_mergeable", {"entity": "project", "entities": ["contact", "organisation"]}),
     "bara poster av dessa slag kan slås ihop: kontakt, organisation (inte projekt)"),
    (Message("merge_with_itself", {"entity": "contact"}), "en post (kontakt) kan inte slås ihop med sig själv"),
    (Message("merge_different_kinds", {"entity": "contact", "other_entity": "organisation"}),
     "posterna är av olika slag (organisation och kontakt): bara två poster av samma slag kan slås ihop"),
    (Message("merge_kept_deleted", {"entity": "contact"}),
     "posten som ska behållas (kontakt) är borttagen; återställ den innan ni slår ihop"),
    (Message("merge_dropped_deleted", {"entity": "organisation"}),
     "posten som ska slås ihop med den andra (organisation) är borttagen; återställ den först"),
    (Message("merge_unknown_field", {"entity": "contact", "value": "shoe_size"}),
     "en post (kontakt) har inget fält ”shoe_size” att välja"),
    (Message("undo_no_such_operation", {"id": "7"}), "det finns ingen ändring med id 7"),
    (Message("undo_unknown_entity", {"entity": "audit"}), "ändringar av audit kan inte ångras"),
    (Message("undo_unsupported_action", {"action": "erase", "entity": "contact"}),
     "den här ändringen (erase, kontakt) kan inte ångras"),
    (Message("undo_changed_since", {"entity": "contact"}),
     "kan inte ångras: en post (kontakt) som ändringen rörde har ändrats sedan dess"),
    (Message("undo_created_record_in_use", {"entity": "organisation", "used_by_entity": "project"}),
     "kan inte ångras: posten (organisation) som åtgärden skapade används nu på annat håll (projekt)"),
    (Message("demo_needs_empty_knowledge_base", {"records": 3, "entities": ["contact", "organisation"]}),
     "demodata läggs bara in i en tom kunskapsbank; den här innehåller redan 3 poster (kontakt, organisation)"),
]


def test_every_code_of_dedupe_undo_and_the_demo_has_a_sample():
    from desktop.messages import dedupe, demo

    assert {message.code for message, _ in MESSAGE_SAMPLES} == set(dedupe.TEXT) | set(demo.TEXT)


def test_the_messages_in_swedish_and_in_the_command_lines_english(swedish):
    from cli.messages import describe
    from desktop.messages import translate_message

    for message, expected in MESSAGE_SAMPLES:
        assert translate_message(message) == expected, message
        assert describe(message) != message.code  # the command line has a text of its own


def test_the_messages_unchanged_in_english(qapp):
    from cli.messages import describe
    from desktop.messages import translate_message

    for message, _ in MESSAGE_SAMPLES:
        assert translate_message(message) == describe(message), message


def test_a_refused_undo_is_shown_in_swedish(qtbot, backend, swedish):
    """The status bar's undo offer, when the undo is refused: the reason, in Swedish."""
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from desktop.dialogs.undo_offer import UndoOffer

    window = QMainWindow()
    qtbot.addWidget(window)
    offer = UndoOffer(window, backend, "no-such-op", "Klart.")
    offer.action.trigger()
    box = offer.error_box
    assert isinstance(box, QMessageBox)
    assert box.text() == "Det gick inte att ångra: det finns ingen ändring med id no-such-op"
    assert not offer.action.isEnabled()
