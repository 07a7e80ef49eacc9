"""The interface translations: the shipped .ts/.qm are complete and current, the language switch
changes what is shown, and the data layer's messages come out in Swedish."""

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator

from cli.messages import describe
from db import InvalidValue, Message, ValidationError, limits
from db import models as m
from db import validation as v
from desktop import i18n, labels, settings
from desktop.messages import core, translate_error, translate_field_error, translate_message

TRANSLATIONS = i18n.TRANSLATIONS
PLACEHOLDER = re.compile(r"%\d|\{\w*\}")


def load_update():
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"kunskapsbanken_{language}.ts").getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]




@pytest.fixture
def language(qapp):
    """i18n.install for one test; the translators (and locale) from before come back afterwards."""
    before, locale = list(i18n._installed), QLocale()
    yield i18n.install
    app = QCoreApplication.instance()
    for translator in i18n._installed:
        app.removeTranslator(translator)
    i18n._installed[:] = before
    for translator in before:
        app.installTranslator(translator)
    QLocale.setDefault(locale)


# --- (a) the shipped .ts -------------------------------------------------------------------------------


def test_every_swedish_message_is_finished_and_keeps_its_placeholders():
    found = messages("sv")
    assert len(found) > 300
    for context, source, translation in found:
        assert translation is not None and translation.get("type") is None, (context, source)
        assert translation.text and translation.text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(translation.text)) == sorted(PLACEHOLDER.findall(source)), (context, source)
        assert source.count("&") == translation.text.count("&"), (context, source)  # an accelerator stays


def test_every_english_message_is_finished_and_its_own_source():
    for context, source, translation in messages("en"):
        assert translation.get("type") is None and translation.text == source, (context, source)


# --- (b) the .qm files are compiled from the .ts, and nothing is left untranslated ----------------------


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_qm_holds_every_translation_of_the_ts(qapp, language):
    translator = QTranslator()
    assert translator.load(f"kunskapsbanken_{language}", str(TRANSLATIONS))
    for context, source, translation in messages(language):
        assert translator.translate(context, source) == translation.text, (context, source)


def test_entity_and_column_labels_follow_the_interface_language(language):
    assert labels.entity_plural("contact") == "Contacts"  # no translation installed: the English source
    language("sv")
    assert (labels.entity_plural("contact"), labels.entity_singular("call"), labels.column("email")) == (
        "Kontakter", "Utlysning", "E-post")
    language("en")
    assert (labels.entity_plural("contact"), labels.entity_singular("call"), labels.column("email")) == (
        "Contacts", "Call", "E-mail")


def test_a_handful_of_swedish_translations_in_the_qm(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "kunskapsbanken_sv.qm"))
    assert translator.translate("MainWindow", "&File") == "&Arkiv"
    assert translator.translate("MainWindow", "Trash") == "Papperskorg"
    assert translator.translate("SearchPanel", "Did you mean: %1?") == "Menade du: %1?"
    assert translator.translate("EditDialog", "Save") == "Spara"
    assert translator.translate("RecordPage", "Tags") == "Taggar"  # inside an f-string: found by update.py
    assert (translator.translate("Messages", "'{value}' is not a valid e-mail address")
            == "”{value}” är ingen giltig e-postadress")


@pytest.mark.skipif(not (Path(sys.executable).parent / "pyside6-lupdate").exists()
                    and not shutil.which("pyside6-lupdate"), reason="pyside6-lupdate is not installed")
def test_no_source_string_is_missing_from_the_shipped_translations(tmp_path):
    """lupdate over today's sources (into a temporary file) finds nothing the shipped .ts lacks:
    a string added without running resources/translations/update.py fails here."""
    update = load_update()
    scan = update.extract(tmp_path / "fresh_sv.ts", "sv", tmp_path / "hints.py")
    assert scan.problems == []
    fresh = set(update.read_ts(tmp_path / "fresh_sv.ts"))
    shipped = {(context, source) for context, source, _ in messages("sv")}
    assert fresh - shipped == set(), "run .venv/bin/python resources/translations/update.py"
    assert set(scan.found) <= shipped  # f-strings included


# --- (c) the language switch ---------------------------------------------------------------------------


def _window(qtbot, backend):
    from desktop.window.main_window import MainWindow

    window = MainWindow(backend)
    qtbot.addWidget(window)
    return window


def _nav(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def _menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_language_switch_changes_the_visible_text(qtbot, backend, language):
    language("sv")
    window = _window(qtbot, backend)
    assert _nav(window)[:3] == ["Sök", "Kontakter", "Organisationer"]
    assert "Papperskorg" in _nav(window)
    assert _menus(window) == ["&Arkiv", "&Redigera", "&Gå", "&Hjälp"]
    assert window.lists["contact"].model.headerData(0, Qt.Orientation.Horizontal) == "Namn"
    assert window.lists["contact"].filter_edit.placeholderText() == "Skriv för att filtrera kontakter"

    language("en")
    window = _window(qtbot, backend)
    assert _nav(window)[:3] == ["Search", "Contacts", "Organisations"]
    assert _menus(window) == ["&File", "&Edit", "&Go", "&Help"]


def test_swedish_accelerators_do_not_clash_within_a_menu(qtbot, backend, language):
    language("sv")
    window = _window(qtbot, backend)

    def keys(texts):
        return [t[t.index("&") + 1].lower() for t in texts if "&" in t]

    assert len(set(keys(_menus(window)))) == len(_menus(window))
    for menu_action in window.menuBar().actions():
        letters = keys(a.text() for a in menu_action.menu().actions())
        assert len(letters) == len(set(letters)), (menu_action.text(), letters)


# --- (d) the data layer's messages ---------------------------------------------------------------------


def _raised(function, *args) -> Message:
    with pytest.raises(InvalidValue) as info:
        function(*args)
    return info.value.message


def _errors(validate, record) -> list[Message]:
    with pytest.raises(ValidationError) as info:
        validate(record)
    return [e.message for e in info.value.errors]


def samples(kb) -> list[tuple[Message, str]]:
    """Messages db/ itself writes (or, where a real one is hard to provoke, built by hand) and the
    Swedish the desktop must show for each."""
    project = m.Project(title="P", total_budget_sek=100, grant_sek=60)
    return [
        (_raised(v.parse_org_number, "12345"), "”12345” är inget organisationsnummer (NNNNNN-NNNN, tio siffror)"),
        (_raised(v.parse_org_number, "551000-0000"),
         "”551000-0000” är inget organisationsnummer (den tredje siffran måste vara 2 eller högre)"),
        (_raised(v.parse_org_number, "556000-0000"), "”556000-0000” har fel kontrollsiffra (Luhn)"),
        (_raised(v.parse_email, "anna@"), "”anna@” är ingen giltig e-postadress"),
        (_raised(v.parse_phone, "hej"), "”hej” är inget telefonnummer"),
        (_raised(v.parse_phone, "0701"), "”0701” är inget giltigt telefonnummer"),
        (_raised(v.parse_date, "27/10"), "”27/10” är inget datum i formen ÅÅÅÅ-MM-DD"),
        (_raised(v.parse_date, "2023-02-30"), "”2023-02-30” är inget datum som finns i kalendern"),
        (_raised(v.parse_datetime, "imorgon"), "”imorgon” är ingen tidpunkt i formen ÅÅÅÅ-MM-DD TT:MM"),
        (_raised(v.parse_datetime, "2023-02-30T10:00"), "”2023-02-30T10:00” är ingen tidpunkt som finns i kalendern"),
        (_raised(v.parse_amount, "mycket"), "”mycket” är inget helt antal kronor"),
        (_raised(v.parse_amount, -5), "-5 är negativt; belopp är 0 kr eller mer"),
        (_raised(v.parse_amount, 2**63),
         f"{2**63} kr är ett för stort belopp (högst 1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0kr)"),
        # db/limits.py
        (_raised(v.parse_date, "9999-12-31"), "”9999-12-31” ligger inte mellan 1900-01-01 och 2100-12-31"),
        (_errors(v.validate_activity, m.Activity(title="M", starts="2024-01-01", attendance=10**7))[0],
         "10000000 är mer än 1000000"),
        (_errors(v.validate_contact, m.Contact(first_name="A\x00"))[0], "innehåller ett styrtecken (U+0000)"),
        (_errors(v.validate_contact, m.Contact(first_name="\ud800"))[0],
         "innehåller ett ensamt surrogattecken (U+D800), som inte är text"),
        (_errors(v.validate_contact, m.Contact(first_name="A\u202e"))[0],
         "innehåller ett osynligt formateringstecken (U+202E) som kan dölja vad texten säger"),
        (_errors(v.validate_contact, m.Contact(first_name=7))[0], "7 är ingen text"),
        (_errors(v.validate_call, m.Call(name="U", year="2022"))[0], "'2022' är inget heltal"),
        (_errors(v.validate_contact, m.Contact(first_name="A", is_staff="ja"))[0], "'ja' är varken sant eller falskt"),
        (_errors(v.validate_contact, m.Contact(first_name="A", emails="a@b.se"))[0],
         "'a@b.se' är ingen lista av texter"),
        (_errors(v.validate_contact, m.Contact(first_name="A", emails=["a@b.se"] * 51))[0], "högst 50 poster"),
        (_raised(limits.parse_id, "x"), "”x” är inget post-id (ett UUID: 8-4-4-4-12 hexadecimala siffror, gemener)"),
        (_raised(limits.parse_stamp, "igår"),
         "”igår” är ingen tidsstämpel (YYYY-MM-DDTHH:MM:SS.sssZ, 1900–2100)"),
        (Message("too_deeply_nested"), "för djupt nästlad"),
        (Message("not_a_json_object", {"detail": "[1]"}), "inget JSON-objekt ([1])"),
        (Message("wrong_form", {"value": "a b"}), "”a b” har inte den väntade formen"),
        (Message("not_a_clock", {"value": "x"}), "”x” är ingen klocka i ändringsloggen (13 siffror.5 siffror.enhet)"),
        (Message("invalid_log_entry", {"id": "e1", "field": "row_id", "reason": Message("not_an_id", {"value": "x"})}),
         "post e1 i ändringsloggen: row_id: ”x” är inget post-id (ett UUID: 8-4-4-4-12 hexadecimala siffror, gemener)"),
        (_errors(v.validate_organisation, m.Organisation(name=""))[0], "namn måste anges"),
        (_errors(v.validate_note, m.Note(entity_id="x", text="t"))[0], "posttyp måste anges"),
        (_errors(v.validate_contact, m.Contact())[0], "förnamn eller efternamn måste anges"),
        (_errors(v.validate_activity, m.Activity(title="Möte", kind="möte"))[0], "ett startdatum måste anges"),
        (Message("wrong_type", {"value": "[1, 2]"}), "[1, 2] har fel typ"),
        (_errors(v.validate_call, m.Call(name="U", year=1800))[0], "”1800” är inget årtal mellan 1990 och 2100"),
        (_errors(v.validate_project, m.Project(title="P", total_budget_sek=100, grant_sek=200))[0],
         "bidraget (200\u00a0kr) är större än den totala budgeten (100\u00a0kr)"),
        (v.validate_project(project)[1][0],
         "medfinansieringen är 40 % av den totala budgeten; programmet kräver minst 50 %"),
        (_errors(v.validate_network, m.Network(id="n1", name="N", parent_id="n1"))[0],
         "ett nätverk kan inte ingå i sig självt"),
        (_errors(v.validate_activity, m.Activity(title="M", kind="möte", starts="2024-01-01", attendance=-1))[0],
         "”-1” är inget antal personer (0 eller fler)"),
        (_errors(v.validate_project_party, m.ProjectParty(project_id="p", role="partner"))[0],
         "exakt en av organisation, kontakt måste anges"),
        (_errors(v.validate_tag, m.Tag(name="x" * 61))[0], "högst 60 tecken"),
        (_errors(v.validate_affiliation, m.Affiliation(contact_id="c", organisation_id="o", from_date="2022-01-01",
                                                       to_date="2021-01-01"))[0],
         "2021-01-01 är tidigare än från-datum (2022-01-01)"),
        (_errors(v.validate_organisation, m.Organisation(name="O", kind="bolag"))[0],
         f"”bolag” är inte något av: {', '.join(m.ORGANISATION_KINDS)}"),
        (_errors(kb.projects.validate, m.Project(title="P", call_id="saknas"))[0],
         "utlysning med id saknas finns inte"),
        (Message("parent_is_descendant", {"value": "x1", "entity": "network"}),
         "x1 ligger under den här posten (nätverk): en överordnad post kan inte samtidigt vara underordnad"),
        (Message("conflicts_with_existing", {"entity": "membership",
                                             "detail": "UNIQUE constraint failed: membership.id"}),
         "krockar med en befintlig post (medlemskap): UNIQUE constraint failed: membership.id"),
        (Message("tag_exists", {"name": "viktig"}), "det finns redan en tagg som heter ”viktig”"),
        (Message("not_a_database", {"path": "x.db", "detail": "file is not a database"}),
         "x.db är ingen Kunskapsbanken-databas (file is not a database)"),
        (Message("foreign_database", {"path": "recept.db"}),
         "recept.db innehåller tabeller från ett annat program; det är ingen Kunskapsbanken-databas"),
        (Message("no_such_database", {"path": "saknas.db"}), "saknas.db finns inte"),
        (Message("schema_too_new", {"path": "ny.db", "version": 9, "supported": 3}),
         "ny.db har schemaversion 9, nyare än den här versionen av appen förstår (3); uppdatera appen. "
         "Filen ändrades inte."),
        (Message("cannot_open_database", {"path": "x.db", "detail": "disk I/O error"}),
         "x.db gick inte att öppna: disk I/O error"),
        (Message("database_file_read_only", {"path": "x.db", "mode": "0400"}),
         "databasfilen är skrivskyddad (läge 0400): x.db; ingenting ändrades. Den går att läsa (kommandoradens "
         "search, export och check); gör filen skrivbar (chmod u+w) för att ändra i den"),
        (Message("database_folder_not_writable", {"folder": "/media/cd", "path": "/media/cd/x.db"}),
         "mappen /media/cd går inte att skriva i: databasen behöver skriva sin journal där (/media/cd/x.db); "
         "ingenting ändrades"),
        (Message("database_read_only_old_schema", {"path": "x.db", "version": 2, "supported": 3}),
         "x.db är skrivskyddad och har schemaversion 2: filen måste vara skrivbar en gång för att uppdateras "
         "till version 3; den ändrades inte"),
        (Message("database_read_only_unfinished", {"path": "x.db"}),
         "x.db är skrivskyddad och innehåller en transaktion som ett avbrutet program lämnade ofullbordad: "
         "filen måste vara skrivbar en gång så att den kan rullas tillbaka; den ändrades inte"),
        (Message("database_damaged_at", {"path": "x.db", "detail": "database disk image is malformed"}),
         "x.db: databasfilen är skadad: återställ den från en säkerhetskopia (database disk image is malformed)"),
    ]


def test_every_core_code_has_a_sample(kb):
    assert set(core.TEXT) <= {message.code for message, _ in samples(kb)}


def test_db_messages_in_swedish_and_in_the_command_lines_english(kb, language):
    cases = samples(kb)
    for message, _ in cases:
        assert translate_message(message) == describe(message)  # no translator: the English source
    language("sv")
    for message, swedish in cases:
        assert translate_message(message) == swedish, message
    assert translate_message("something new from db/") == "something new from db/"
    language("en")
    for message, _ in cases:
        assert translate_message(message) == describe(message)


def test_a_real_validation_error_comes_out_swedish(backend, language):
    language("sv")
    with pytest.raises(ValidationError) as info:
        backend.kb.contacts.validate(m.Contact(first_name="Anna", emails=["anna@", "ok@exempel.se"]))
    (error,) = info.value.errors
    assert translate_message(error.message) == "”anna@” är ingen giltig e-postadress"
    assert translate_field_error(error) == "e-post (rad 1): ”anna@” är ingen giltig e-postadress"
    assert translate_error(info.value) == "e-post (rad 1): ”anna@” är ingen giltig e-postadress"


def test_an_edit_dialog_shows_the_db_messages_in_swedish(qtbot, backend, language, tmp_path, monkeypatch):
    from desktop.editors import open_editor

    monkeypatch.setattr(settings, "store", lambda: QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat))
    language("sv")
    dialog = open_editor(backend, "contact")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Skapa kontakt"
    assert dialog.save_button.text() == "Spara"
    dialog.first_name.setText("Anna")
    dialog.emails.edits[0].setText("anna@")
    dialog.save()
    assert dialog.emails.errors[0].text() == "”anna@” är ingen giltig e-postadress"
    assert "e-post (rad 1)" in dialog.save_button.toolTip()

    project = open_editor(backend, "project")
    qtbot.addWidget(project)
    project.title_edit.setText("Smarta lekplatser")
    project.total.setText("100 000 kr")
    project.grant.setText("60 000 kr")
    assert project.warnings.text() == "Medfinansieringen är 40 % av den totala budgeten; programmet kräver minst 50 %"
    assert project.start_date.placeholderText() == "ÅÅÅÅ-MM-DD"
    for widget in (dialog, project):
        widget._clean_state = widget.state()  # no unsaved-changes question at teardown
