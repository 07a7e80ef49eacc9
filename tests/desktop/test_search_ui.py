"""The search popup and the search page on the demo data (the inline backend searches at once)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop import labels
from desktop.pages.search_page import SearchPage
from desktop.pages.search_popup import SearchPopup
from desktop.pages.search_results import HTML_ROLE, ID_ROLE, KIND_ROLE, TYPE_ROLE, subtitle_of


@pytest.fixture
def popup(qtbot, backend):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    widget = SearchPopup(backend, window)
    widget.popup()
    yield widget  # (the generator keeps the parent window alive)
    widget.close()


@pytest.fixture
def search_page(qtbot, backend):
    widget = SearchPage(backend)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def one(backend, entity, text):
    return backend.kb.service(entity).list(text=text)[0]


def rows(view):
    """(kind, type, text) per row: a header's text, or a hit's id."""
    model = view.model()
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        out.append((index.data(KIND_ROLE), index.data(TYPE_ROLE), index.data(HTML_ROLE)))
    return out


def test_typing_palm_shows_klas_palm_first_under_contacts(qtbot, popup, backend):
    klas = one(backend, "contact", "Palm")
    qtbot.keyClicks(popup.field, "palm")
    shown = rows(popup.results)
    assert shown[0][0] == "header"
    assert shown[0][2].startswith(labels.entity_plural("contact"))
    assert shown[0][2].endswith("(1)")
    assert popup.results.hits[0].title == "Klas Palm"
    assert popup.results.selected_hit() == ("contact", klas.id)
    assert "<b>Palm</b>" in shown[1][2][0]  # the matched word is marked in the title
    assert popup.panel.filter_buttons["contact"].text().endswith("1")


def test_down_and_enter_open_the_selected_hit_and_close(qtbot, popup):
    qtbot.keyClicks(popup.field, "palm")
    second = popup.results.hits[1]
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    assert popup.results.selected_hit() == (second.type, second.id)
    assert popup.field.hasFocus() or not popup.results.hasFocus()  # the focus stays in the field
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)  # stays on the first hit, over the header
    assert popup.results.selected_hit()[1] == popup.results.hits[0].id
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(popup.open_record) as signal:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert signal.args == [second.type, second.id]
    assert not popup.isVisible()


def test_clicking_a_hit_opens_it(qtbot, popup, backend):
    klas = one(backend, "contact", "Palm")
    qtbot.keyClicks(popup.field, "palm")
    rect = popup.results.visualRect(popup.results.model().index(1, 0))
    with qtbot.waitSignal(popup.open_record) as signal:
        qtbot.mouseClick(popup.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["contact", klas.id]


def test_clicking_a_header_opens_nothing(qtbot, popup):
    qtbot.keyClicks(popup.field, "palm")
    rect = popup.results.visualRect(popup.results.model().index(0, 0))
    with qtbot.assertNotEmitted(popup.open_record):
        qtbot.mouseClick(popup.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_escape_closes(qtbot, popup):
    assert popup.isVisible()
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_reopening_keeps_the_query_selected(qtbot, popup):
    qtbot.keyClicks(popup.field, "palm")
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)
    popup.popup()
    assert popup.field.selectedText() == "palm"


def test_a_misspelling_offers_the_suggestion_and_clicking_it_searches_again(qtbot, popup):
    qtbot.keyClicks(popup.field, "Bergdal")
    assert popup.panel.suggestion() == "Bergdahl"
    status = popup.panel.status
    assert status.isVisible()
    assert "Bergdahl" in status.text() and "href='suggest'" in status.text()
    status.linkActivated.emit("suggest")  # what a click on the link does
    assert popup.field.text() == "Bergdahl"
    assert popup.results.hits[0].title == "Olle Bergdahl"
    assert popup.panel.suggestion() is None


def test_no_results_state_and_enter_takes_the_suggestion(qtbot, popup):
    qtbot.keyClicks(popup.field, "xyzzyqq")
    assert popup.results.hits == []
    assert "xyzzyqq" in popup.panel.status.text()
    assert popup.panel.suggestion() is None
    popup.field.clear()
    qtbot.keyClicks(popup.field, "Bergdal Palm")
    assert popup.results.hits == []
    assert "Bergdal Palm" in popup.panel.status.text()  # no results for it
    assert popup.panel.suggestion() == "Bergdahl Palm"
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)  # nothing to open: take the suggestion
    assert popup.field.text() == "Bergdahl Palm"
    assert popup.results.hits  # the conference both took part in
    assert popup.isVisible()


def test_type_filter_narrows_the_results(qtbot, popup):
    qtbot.keyClicks(popup.field, "palm")
    everything = len(popup.results.hits)
    qtbot.mouseClick(popup.panel.filter_buttons["activity"], Qt.MouseButton.LeftButton)
    assert popup.results.hits and {h.type for h in popup.results.hits} == {"activity"}
    assert len(popup.results.hits) < everything
    assert [r[1] for r in rows(popup.results) if r[0] == "header"] == ["activity"]
    assert popup.panel.filter_buttons["activity"].isChecked()
    qtbot.mouseClick(popup.panel.filter_buttons[None], Qt.MouseButton.LeftButton)
    assert len(popup.results.hits) == everything


def test_a_note_hit_opens_the_record_it_is_about(qtbot, popup, backend):
    klas = one(backend, "contact", "Palm")
    backend.write(lambda kb: kb.notes.add("contact", klas.id, "Pratade om zebrafinkar och sensorer"))
    qtbot.keyClicks(popup.field, "zebrafinkar")
    assert [h.type for h in popup.results.hits] == ["note"]
    with qtbot.waitSignal(popup.open_record) as signal:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert signal.args == ["contact", klas.id]


def test_an_empty_field_shows_the_tip_and_no_hits(qtbot, popup):
    qtbot.keyClicks(popup.field, "palm")
    popup.field.clear()
    assert popup.results.hits == []
    assert popup.panel.status.isVisible()


def test_a_hit_shows_its_details_in_the_interface_language(qtbot, popup, backend, swedish):
    """db/search stores data; the results label it in Swedish (as the index once held it)."""
    from db import models as m

    klas = one(backend, "contact", "Palm")
    project = one(backend, "project", "")
    backend.write(lambda kb: kb.notes.add("project", project.id, "Zebrafinkar i projektet"))
    backend.write(lambda kb: kb.notes.add("contact", klas.id, "Zebrafinkar hos Klas"))
    backend.write(lambda kb: kb.activities.create(m.Activity(kind="webbinarium", title="Zebrafinkwebbinariet",
                                                             starts="2022-11-01T10:00", online=True)))
    qtbot.keyClicks(popup.field, "zebrafinkar")
    shown = {subtitle_of(hit)[0].rsplit(", ", 1)[0] for hit in popup.results.hits}
    assert shown == {f"anteckning, om projektet {project.title}", "anteckning, om Klas Palm"}
    popup.field.clear()
    qtbot.keyClicks(popup.field, "zebrafinkwebbinariet")
    (hit,) = popup.results.hits
    assert subtitle_of(hit)[0] == "webbinarium, 2022-11-01, online"
    call = backend.kb.calls.list()[0]
    popup.field.setText(call.name)
    hit = next(h for h in popup.results.hits if h.id == call.id)
    assert subtitle_of(hit)[0].startswith("utlysning, ")


def test_the_matched_words_are_marked_in_the_line_under_the_title(qtbot, popup):
    qtbot.keyClicks(popup.field, "goteborg")
    hit = next(h for h in popup.results.hits if ("place", "Göteborg") in [(d.field, d.value) for d in h.details])
    text, spans = subtitle_of(hit)
    assert "Göteborg" in [text[a:b] for a, b in spans]
    model = popup.results.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == hit.id)
    assert "<b>Göteborg</b>" in model.index(row, 0).data(HTML_ROLE)[1]


def test_a_search_error_and_a_busy_index_are_told_in_swedish(qtbot, popup, swedish):
    from db import Message
    from db.search import IndexBusyError, SearchResult
    from desktop.messages import translate_error

    popup.field.setText("palm")
    popup.panel._on_result(SearchResult("palm", [], 0, {}, error=Message("search_index_rebuilding")))
    assert "sökindexet gick inte att läsa; det byggs om nu" in popup.panel.status.text()
    assert translate_error(IndexBusyError("index_busy", folder="kb.db.index")) == (
        "kb.db.index: ett annat program eller Kunskapsbanken-fönster skriver till sökindexet; försök igen om en stund")


def test_titles_are_escaped_in_the_results(qtbot, popup, backend):
    from db import models as m

    backend.write(lambda kb: kb.contacts.create(m.Contact(first_name="<i>Qvintus</i>", last_name="& Co")))
    qtbot.keyClicks(popup.field, "qvintus")
    title_html = rows(popup.results)[1][2][0]
    assert "&lt;i&gt;" in title_html and "<i>" not in title_html


def test_search_page_searches_pages_and_opens(qtbot, search_page, backend):
    search_page.panel.page_size = 4
    search_page.set_query("välfärdsteknik")
    total = search_page.panel.result.total
    assert total > 8
    assert len(search_page.results.hits) == 4
    assert search_page.panel.more_button.isVisible()
    qtbot.mouseClick(search_page.panel.more_button, Qt.MouseButton.LeftButton)
    assert len(search_page.results.hits) == 8
    while search_page.panel.more_button.isVisible():
        qtbot.mouseClick(search_page.panel.more_button, Qt.MouseButton.LeftButton)
    assert len(search_page.results.hits) == total
    assert len({(h.type, h.id) for h in search_page.results.hits}) == total
    first = search_page.results.selected_hit()
    with qtbot.waitSignal(search_page.open_record) as signal:
        qtbot.keyClick(search_page.field, Qt.Key.Key_Return)
    assert signal.args == list(first)
    assert search_page.isVisible()


def test_search_page_list_takes_the_keyboard_too(qtbot, search_page):
    search_page.set_query("palm")
    search_page.results.setFocus()
    qtbot.keyClick(search_page.results, Qt.Key.Key_Down)
    second = search_page.results.hits[1]
    with qtbot.waitSignal(search_page.open_record) as signal:
        qtbot.keyClick(search_page.results, Qt.Key.Key_Return)
    assert signal.args == [second.type, second.id]


def test_search_page_type_filter_and_escape(qtbot, search_page):
    search_page.set_query("palm")
    search_page.set_type("contact")
    assert [h.title for h in search_page.results.hits] == ["Klas Palm"]
    qtbot.keyClick(search_page.field, Qt.Key.Key_Escape)
    assert search_page.field.text() == ""
    assert search_page.isVisible()


def test_results_arrive_from_the_worker_thread(qtbot, demo_path):
    from desktop.backend import Backend

    backend = Backend(demo_path, user="testare")  # a real worker thread
    try:
        page = SearchPage(backend)
        qtbot.addWidget(page)
        qtbot.keyClicks(page.field, "palm")
        qtbot.waitUntil(lambda: page.panel.result is not None and page.panel.result.query == "palm", timeout=10_000)
        assert page.results.hits[0].title == "Klas Palm"
    finally:
        backend.close()
