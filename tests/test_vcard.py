"""vCard import (Outlook 2.1, Google 3.0, Apple 3.0, 4.0) and export (4.0, 3.0)."""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import models as m
from db.errors import Message
from db.interchange.incoming_records import ImportFileError, IncomingContact
from db.interchange.vcard import export_vcards, read_vcards, vcard_text

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def _begin_lines(path: Path) -> list[int]:
    return [n for n, line in enumerate(path.read_bytes().splitlines(), 1) if line == b"BEGIN:VCARD"]


def _by_last_name(records) -> dict[str, IncomingContact]:
    return {r.last_name or r.first_name: r for r in records}


def _vcf(tmp_path: Path, text: str | bytes, name: str = "kontakter.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(("BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD")) + "\r\n"


# --- the three fixtures ---------------------------------------------------------------------------


def test_outlook_fixture_really_holds_cp1252_and_quoted_printable():
    data = (FIXTURES / "outlook_21.vcf").read_bytes()
    assert "Ärlig".encode("cp1252") in data                  # raw Windows-1252 bytes
    assert b"ENCODING=QUOTED-PRINTABLE:=D6berg;=C5sa" in data  # Öberg;Åsa, quoted-printable cp1252
    assert b"=\r\n" in data                                    # soft line breaks
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_outlook_21():
    path = FIXTURES / "outlook_21.vcf"
    result = read_vcards(path)
    assert result.entity == "contact" and result.rejected == []
    assert [r.line for r in result.records] == _begin_lines(path)
    people = _by_last_name(result.records)
    assert set(people) == {"Testsson", "Ångström", "Ärlig", "Öberg"}

    asa = people["Öberg"]
    assert (asa.first_name, asa.last_name) == ("Åsa", "Öberg")
    assert asa.emails == ["asa.oberg@example.se", "asa.privat@example.com"]   # EMAIL;PREF first
    assert asa.phones == ["018-123 45 67", "070-123 45 67"]
    assert (asa.organisation, asa.department) == ("Region Uppsala", "IT-avdelningen")
    assert asa.title == "Enhetschef för digitalisering"
    assert asa.municipality == "Uppsala"
    assert asa.notes == ("Träffades på IoT Sverige-dagen i Göteborg. Ansvarar för kommunens arbete med "
                         "sensorer i äldreboenden och vill söka pengar i nästa utlysning.\n"
                         "Uppföljning: skicka information om förberedelseprojekt före årsskiftet.")

    jorgen = people["Ärlig"]
    assert (jorgen.first_name, jorgen.last_name) == ("Jörgen", "Ärlig")
    assert jorgen.emails == ["jorgen.arlig@example.se"]
    assert jorgen.phones == ["0920-12 34 56", "070-765 43 21", "0920-12 34 99"]
    assert jorgen.organisation == "Luleå testkommun"
    assert jorgen.department == "Stadsbyggnadsförvaltningen, Smarta städer"
    assert jorgen.title == "Utvecklingsstrateg, IoT"
    assert jorgen.municipality == "Luleå"      # the work address, not the home address before it

    test = people["Testsson"]
    assert (test.first_name, test.emails, test.phones) == ("Test", ["test.testsson@example.com"], ["08-123 456 78"])
    assert (test.organisation, test.department, test.title, test.municipality) == ("Testbolaget AB", None, "VD", None)

    marta = people["Ångström"]
    assert marta.first_name == "Märta Lovisa"     # given and additional names
    assert marta.organisation == "Högskolan i Testköping"
    assert marta.phones == ["+46 70 111 22 33"]
    assert marta.tags == ["Forskning", "Nätverk Hälsa"]
    assert result.warnings == [Message("photos_skipped", {"count": 1}), Message("birthdays_skipped", {"count": 1})]


def test_google_30():
    path = FIXTURES / "google_30.vcf"
    result = read_vcards(path)
    assert result.rejected == [] and result.warnings == []
    assert [r.line for r in result.records] == _begin_lines(path)
    people = _by_last_name(result.records)

    karin = people["Älvström"]
    assert karin.first_name == "Karin"
    # item1.EMAIL (grouped, with an X-ABLabel) is kept, in file order
    assert karin.emails == ["karin.alvstrom@example.se", "karin.a@example.com", "k.alvstrom@example.org"]
    assert karin.phones == ["070-123 45 68", "021-12 34 56", "+46 8 123 456 79"]
    assert (karin.organisation, karin.department) == ("Mälardalens testregion", "Avdelningen för samhällsbyggnad")
    assert karin.title == "Miljöstrateg"
    assert karin.municipality == "Västerås"
    # a folded NOTE (one fold right after a space), with \; \, and \n escapes
    assert karin.notes == ("Träffades på Smart City Lab-mötet i Västerås. Intresserad av nätverket för vatten "
                           "och miljö; vill bli kontaktad, gärna inför nästa utlysning.\nRing helst förmiddagar.")
    assert karin.tags == ["Kollegor"]          # Google's own group myContacts is no tag

    orjan = people["Åkesson"]
    assert (orjan.first_name, orjan.emails) == ("Örjan", ["orjan.akesson@example.com"])
    assert orjan.phones == ["070-234 56 78", "0709-876 543"]
    assert orjan.organisation == "Testföretaget Sensor & Co AB"
    assert orjan.title == "Säljansvarig, Norrland"
    assert orjan.municipality == "Sundsvall"   # item1.ADR: the first address when none is marked work
    assert orjan.tags == ["Kollegor", "Leverantörer"]   # trimmed, deduplicated whatever the case

    lisa = people["Nyström"]
    assert lisa.emails == ["lisa@example.com", "lisa.nystrom@example.se"]   # TYPE=pref first
    assert (lisa.organisation, lisa.title, lisa.tags) == ("Uppsala testuniversitet", "Innovationsrådgivare", [])


def test_apple_30_photos_are_skipped_with_a_warning():
    path = FIXTURES / "apple_30_photo.vcf"
    assert path.read_bytes().count(b"\r\n ") > 40      # the base64 photo is folded over many lines
    result = read_vcards(path)
    assert result.rejected == []
    assert [r.line for r in result.records] == _begin_lines(path)
    assert result.warnings == [Message("photos_skipped", {"count": 2})]
    people = _by_last_name(result.records)

    soren = people["Ek"]
    assert soren.first_name == "Sören"
    assert soren.emails == ["soren.ek@example.se", "soren@example.com"]
    assert soren.phones == ["070-345 67 89", "031-12 34 56"]
    assert (soren.organisation, soren.department) == ("Testinstitutet Sensorlabb", "Sensorsystem")
    assert (soren.title, soren.municipality) == ("Forskare", "Göteborg")
    assert soren.uid == "5d3c8f0e-1a2b-4c3d-9e8f-0123456789ab"

    ylva = people["Öst"]
    assert (ylva.first_name, ylva.emails, ylva.phones) == ("Ylva", ["ylva.ost@example.se"], ["070-456 78 90"])
    assert (ylva.organisation, ylva.department, ylva.title) == ("Region Testland", None, "Digitaliseringsstrateg")
    assert ylva.municipality == "Gävle"        # item3.ADR labelled _$!<Work>!$_ beats the home address
    assert ylva.notes == "Kontaktperson för Testlands IoT-nätverk."

    ake = people["Åke"]                        # N:;;;; -> the name comes from FN
    assert (ake.first_name, ake.last_name, ake.emails) == ("Åke", "", ["ake@example.com"])


# --- encodings and line structure -------------------------------------------------------------------


def test_21_quoted_printable_in_utf8_and_cp1252_with_soft_line_breaks(tmp_path):
    text = (b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
            b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96berg;=C3=85sa\r\n"
            b"ORG;CHARSET=Windows-1252;QUOTED-PRINTABLE:Sm=E5l=E4nningens test=\r\nkommun\r\n"
            b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:F=F6rsta raden=0D=0A=\r\n"
            b"andra raden med =3D tecken=\r\n"
            b" och ett mellanslag\r\n"
            b"EMAIL;PREF;INTERNET:asa@example.se\r\n"
            b"END:VCARD\r\n")
    [asa] = read_vcards(_vcf(tmp_path, text)).records
    assert (asa.first_name, asa.last_name) == ("Åsa", "Öberg")
    assert asa.organisation == "Smålänningens testkommun"
    assert asa.notes == "Första raden\nandra raden med = tecken och ett mellanslag"


def test_whole_file_in_cp1252_without_charset(tmp_path):
    text = _card("N:Ärlig;Jörgen", "FN:Jörgen Ärlig", "ORG:Luleå testkommun", "TITLE:Förvaltningschef",
                 "EMAIL:jorgen@example.se", version="2.1")
    [jorgen] = read_vcards(_vcf(tmp_path, text.encode("cp1252"))).records
    assert (jorgen.first_name, jorgen.last_name, jorgen.organisation, jorgen.title) == (
        "Jörgen", "Ärlig", "Luleå testkommun", "Förvaltningschef")


def test_declared_charset_is_used_when_the_bytes_are_not_utf8(tmp_path):
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-2:" + "Łukasiewicz;Józef".encode("iso-8859-2")
            + b"\r\nFN;QUOTED-PRINTABLE;CHARSET=unicode_escape:\\ud800=E5\r\nEND:VCARD\r\n")
    [card] = read_vcards(_vcf(tmp_path, data)).records
    assert (card.first_name, card.last_name) == ("Józef", "Łukasiewicz")   # not cp1252's "£ukasiewicz"


def test_a_declared_codec_that_makes_broken_text_is_not_used(tmp_path):
    data = b"BEGIN:VCARD\r\nFN;QUOTED-PRINTABLE;CHARSET=unicode_escape:\\ud800 =E5\r\nEND:VCARD\r\n"
    [card] = read_vcards(_vcf(tmp_path, data)).records
    assert (card.first_name, card.last_name) == ("\\ud800", "å")   # Windows-1252, no lone surrogate


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_utf8_and_utf16_with_bom(tmp_path, encoding):
    text = _card("N:Öberg;Åsa", "FN:Åsa Öberg", "EMAIL:asa@example.se") * 2
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    result = read_vcards(_vcf(tmp_path, data))
    assert [(r.line, r.first_name, r.last_name) for r in result.records] == [(1, "Åsa", "Öberg"),
                                                                              (7, "Åsa", "Öberg")]


def test_lf_line_endings_tab_folding_and_a_fold_inside_a_utf8_character(tmp_path):
    name = "Märta Ödlund".encode()
    cut = name.index("Ö".encode()) + 1              # between the two bytes of Ö
    data = (b"BEGIN:VCARD\nVERSION:3.0\nFN:" + name[:cut] + b"\n " + name[cut:] + b"\n"
            b"N:\xc3\x96dlund;M\xc3\xa4rta;;;\nNOTE:Ett l\xc3\xa5ngt\n\tnamn\nEND:VCARD\n")
    [marta] = read_vcards(_vcf(tmp_path, data)).records
    assert (marta.first_name, marta.last_name, marta.notes) == ("Märta", "Ödlund", "Ett långtnamn")


def test_fn_only_is_split_on_the_last_word(tmp_path):
    text = _card("FN:Anna Maria Testsson", "EMAIL:anna@example.se") + _card("FN:Åsa")
    first, second = read_vcards(_vcf(tmp_path, text)).records
    assert (first.first_name, first.last_name) == ("Anna Maria", "Testsson")
    assert (second.first_name, second.last_name) == ("Åsa", "")


def test_vcard_40_preference_prefixes_categories_and_uid(tmp_path):
    text = _card("FN:Åsa Öberg", "N:Öberg;Åsa;;;",
                 "EMAIL;TYPE=home:mailto:asa.hem@example.com",
                 "EMAIL;PREF=2;TYPE=work: asa.andra@example.se ",
                 "EMAIL;PREF=1;TYPE=work:asa.oberg@example.se",
                 'TEL;VALUE=uri;TYPE="voice,work":tel:+46-18-123-45-67',
                 "TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+46701234567",
                 "EMAIL:",
                 "CATEGORIES:Nätverk,  Hälsa\\, vård ,nätverk",
                 "CATEGORIES:Kollegor",
                 "UID:urn:uuid:0b9f3c2e-7d1a-4c55-9a1e-2f4b6c8d0e1f",
                 version="4.0")
    [asa] = read_vcards(_vcf(tmp_path, text)).records
    assert asa.emails == ["asa.oberg@example.se", "asa.andra@example.se", "asa.hem@example.com"]
    assert asa.phones == ["+46701234567", "+46-18-123-45-67"]
    assert asa.tags == ["Nätverk", "Hälsa, vård", "Kollegor"]
    assert asa.uid == "0b9f3c2e-7d1a-4c55-9a1e-2f4b6c8d0e1f"


def test_begin_inside_a_note_value_is_not_a_card_start(tmp_path):
    folded = _card("FN:Åsa Öberg", "NOTE:Så här ser en vCard ut:\\n", " BEGIN:VCARD\\nFN:Ingen", "EMAIL:asa@example.se")
    quoted = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Testsson;Test\r\n"
              "NOTE;ENCODING=QUOTED-PRINTABLE:Exempel=0D=0A=\r\nBEGIN:VCARD\r\n"
              "EMAIL:test@example.se\r\nEND:VCARD\r\n")
    result = read_vcards(_vcf(tmp_path, folded + quoted))
    assert result.rejected == []
    assert [(r.line, r.last_name, r.notes) for r in result.records] == [
        (1, "Öberg", "Så här ser en vCard ut:\nBEGIN:VCARD\nFN:Ingen"),
        (8, "Testsson", "Exempel\nBEGIN:VCARD"),
    ]


# --- files that cannot be read ---------------------------------------------------------------------


def test_truncated_card_names_its_line(tmp_path):
    text = _card("FN:Åsa Öberg") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jörgen Ärlig\r\nEMAIL:jor"
    with pytest.raises(ImportFileError) as caught:
        read_vcards(_vcf(tmp_path, text, "avklippt.vcf"))
    assert caught.value.line == 5
    assert caught.value.reason == Message("vcard_cut_off", {"start_line": 5})
    assert str(caught.value).startswith("avklippt.vcf, line 5: ")


def test_empty_missing_and_folder(tmp_path):
    with pytest.raises(ImportFileError, match=r"^tom\.vcf: file_empty$"):
        read_vcards(_vcf(tmp_path, b"", "tom.vcf"))
    with pytest.raises(ImportFileError, match=r"^saknas\.vcf: no_such_file$"):
        read_vcards(tmp_path / "saknas.vcf")
    with pytest.raises(ImportFileError, match="is_a_folder"):
        read_vcards(tmp_path)


def test_binary_file(tmp_path):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(ImportFileError, match=r"^bild\.vcf: vcard_binary$"):
        read_vcards(_vcf(tmp_path, data, "bild.vcf"))


def test_text_file_that_is_not_a_vcard(tmp_path):
    text = "Förnamn;Efternamn;E-post\r\nÅsa;Öberg;asa@example.se\r\n"
    with pytest.raises(ImportFileError, match=r"^lista\.csv: not_a_vcard_file$"):
        read_vcards(_vcf(tmp_path, text, "lista.csv"))
    with pytest.raises(ImportFileError, match=r"^blank\.vcf: not_a_vcard_file$"):
        read_vcards(_vcf(tmp_path, "   \r\n\r\n", "blank.vcf"))


def test_undecodable_text_names_line_and_field(tmp_path):
    # 0x81 is neither UTF-8 nor Windows-1252
    data = _card("FN:Åsa Öberg").encode() + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Test \x81\x81\r\nEND:VCARD\r\n"
    with pytest.raises(ImportFileError) as caught:
        read_vcards(_vcf(tmp_path, data))
    assert (caught.value.line, caught.value.field) == (7, "FN")
    assert caught.value.reason == Message("vcard_unknown_encoding")


def test_card_without_name_or_email_is_rejected_and_others_are_read(tmp_path):
    text = (_card("FN:Åsa Öberg")
            + _card("ORG:Testbolaget AB", "TEL:070-123 45 67")          # line 5
            + _card("EMAIL:bara.adress@example.se"))                    # kept: the importer decides
    result = read_vcards(_vcf(tmp_path, text))
    assert [r.line for r in result.records] == [1, 10]
    [problem] = result.rejected
    assert (problem.line, problem.field) == (5, "name")
    assert problem.reason == Message("vcard_without_name")


def test_card_vobject_cannot_parse_is_rejected_and_others_are_read(tmp_path):
    text = (_card("FN:Åsa Öberg")
            + _card("FN:Jörgen Ärlig", 'EMAIL;TYPE="work:jorgen@example.se')   # unterminated quote, line 8
            + _card("FN:Test Testsson", "X-TRASIG;=:ignoreras"))            # a line we never read is no harm
    result = read_vcards(_vcf(tmp_path, text))
    assert [r.first_name for r in result.records] == ["Åsa", "Test"]
    [problem] = result.rejected
    assert (problem.line, problem.field) == (8, "EMAIL")
    assert problem.reason == Message("vcard_property_unreadable",
                                     {"reason": Message("vcard_line_malformed"), "start_line": 5})


def test_card_without_end_before_the_next_begin(tmp_path):
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åsa Öberg\r\n" + _card("FN:Test Testsson")
    result = read_vcards(_vcf(tmp_path, text))
    assert [r.line for r in result.records] == [4]
    assert [(p.line, p.field) for p in result.rejected] == [(1, "vCard")]
    assert result.rejected[0].reason == Message("vcard_without_end", {"next_line": 4})


# --- export -------------------------------------------------------------------------------------------


@pytest.fixture
def people(kb):
    """Contacts with å ä ö everywhere, a current and an ended affiliation, tags, and one deleted."""
    with kb.batch():
        region = kb.organisations.create(m.Organisation(name="Region Testland; IT, digitalisering",
                                                        kind="region")).record
        old = kb.organisations.create(m.Organisation(name="Gamla Arbetsgivaren AB", kind="företag")).record
        asa = kb.contacts.create(m.Contact(
            first_name="Åsa", last_name="Öberg", title="Enhetschef, IoT", municipality="Västerås",
            emails=["asa.oberg@example.se", "asa@example.com"], phones=["070-123 45 67", "018-123 45 67"],
            notes="Första raden; med semikolon, komma och \\ snedstreck.\nAndra raden " + "lång text " * 12,
        )).record
        kb.affiliations.create(m.Affiliation(contact_id=asa.id, organisation_id=old.id, from_date="2015-01-01",
                                             to_date="2020-12-31"))
        kb.affiliations.create(m.Affiliation(contact_id=asa.id, organisation_id=region.id, from_date="2021-01-01"))
        kb.tags.tag("contact", asa.id, "Nätverk Hälsa")
        kb.tags.tag("contact", asa.id, "Kollegor")
        arlig = kb.contacts.create(m.Contact(first_name="Jörgen", last_name="Ärlig",
                                             emails=["jorgen.arlig@example.se"])).record
        akesson = kb.contacts.create(m.Contact(first_name="Örjan", last_name="Åkesson",
                                               phones=["08-123 456 78"])).record
        zetterlund = kb.contacts.create(m.Contact(first_name="Zacke", last_name="Zetterlund")).record
        gone = kb.contacts.create(m.Contact(first_name="Borttagen", last_name="Testsson")).record
    kb.contacts.delete(gone.id)
    return {"asa": asa.id, "arlig": arlig.id, "akesson": akesson.id, "zetterlund": zetterlund.id,
            "gone": gone.id, "region": region.name}


def _stored(kb, contact_id: str, organisation: str | None) -> dict:
    c = kb.contacts.get(contact_id)
    return {"first_name": c.first_name, "last_name": c.last_name, "title": c.title, "emails": c.emails,
            "phones": c.phones, "organisation": organisation, "municipality": c.municipality, "notes": c.notes,
            "tags": kb.tags.names_for("contact", contact_id)}


def _read_back(record: IncomingContact) -> dict:
    return {k: getattr(record, k) for k in ("first_name", "last_name", "title", "emails", "phones", "organisation",
                                            "municipality", "notes", "tags")}


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_export_then_read_back_equals_stored_data(kb, people, tmp_path, version):
    path = tmp_path / f"export-{version}.vcf"
    assert export_vcards(kb, path, version=version) == 4
    result = read_vcards(path)
    assert result.rejected == [] and result.warnings == []
    # Swedish order: Z before Å before Ä before Ö; the deleted contact is left out
    assert [r.last_name for r in result.records] == ["Zetterlund", "Åkesson", "Ärlig", "Öberg"]
    for record in result.records:
        organisation = people["region"] if record.uid == people["asa"] else None
        assert _read_back(record) == _stored(kb, record.uid, organisation)
    asa = result.records[-1]
    assert asa.organisation == "Region Testland; IT, digitalisering"   # the current one, not the ended one
    assert asa.notes.startswith("Första raden; med semikolon, komma och \\ snedstreck.\nAndra raden")
    text = path.read_bytes().decode("utf-8")
    assert (f"UID:urn:uuid:{people['asa']}" in text) == (version == "4.0")
    assert f"VERSION:{version}\r\n" in text


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_exported_text_passes_vobject_and_has_crlf_lines_of_at_most_75_octets(kb, people, version):
    text = vcard_text(kb, version=version)
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)           # the long note is folded
    cards = list(vobject.readComponents(text))
    assert [card.fn.value for card in cards] == ["Zacke Zetterlund", "Örjan Åkesson", "Jörgen Ärlig", "Åsa Öberg"]
    asa = cards[-1]
    assert asa.n.value.family == "Öberg" and asa.org.value == ["Region Testland; IT, digitalisering"]
    assert [e.value for e in asa.email_list] == ["asa.oberg@example.se", "asa@example.com"]
    tel = asa.tel_list[0]
    assert tel.params["TYPE"] == ["cell"] if version == "4.0" else tel.params["TYPE"] == ["CELL"]
    assert tel.value == ("tel:+46701234567" if version == "4.0" else "+46701234567")


def test_export_given_ids_in_swedish_order_and_atomically(kb, people, tmp_path):
    path = tmp_path / "urval.vcf"
    path.write_text("gammalt innehåll", encoding="utf-8")
    ids = [people["asa"], people["gone"], people["arlig"], people["zetterlund"], "finns-inte"]
    assert export_vcards(kb, path, ids, version="3.0") == 3
    assert [r.last_name for r in read_vcards(path).records] == ["Zetterlund", "Ärlig", "Öberg"]
    assert os.listdir(tmp_path).count("urval.vcf") == 1
    assert [name for name in os.listdir(tmp_path) if name.endswith(".tmp")] == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_export_refuses_other_versions(kb, tmp_path):
    with pytest.raises(ValueError, match=r"vCard version '2\.1' cannot be written"):
        export_vcards(kb, tmp_path / "x.vcf", version="2.1")
    assert not (tmp_path / "x.vcf").exists()


# Invisible formatting characters (Cf) are refused in one-line fields (db/limits.py).
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp"), blacklist_characters="\ufffe\uffff"),
                min_size=1, max_size=60)
# A name that is only spaces is no name: the services refuse to store it (first_or_last_name_required).
_NAME = _TEXT.filter(str.strip)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=_NAME, last=_TEXT, title=_TEXT, org=_NAME, place=_TEXT,
       notes=st.lists(_TEXT, min_size=1, max_size=3).map("\n".join), version=st.sampled_from(["4.0", "3.0"]))
def test_round_trip_of_arbitrary_text(kb, first, last, title, org, place, notes, version):
    with kb.batch():
        organisation = kb.organisations.create(m.Organisation(name=org)).record
        contact = kb.contacts.create(m.Contact(first_name=first, last_name=last, title=title, municipality=place,
                                               notes=notes, emails=["test@example.se"])).record
        kb.affiliations.create(m.Affiliation(contact_id=contact.id, organisation_id=organisation.id))
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "rund.vcf"
            export_vcards(kb, path, [contact.id], version=version)
            [record] = read_vcards(path).records
        assert _read_back(record) == _stored(kb, contact.id, organisation.name)
    finally:
        with kb.batch():
            kb.contacts.delete(contact.id)


# --- hypothesis: nothing but ImportFileError ---------------------------------------------------------


def _read_or_file_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "slump.vcf"
        path.write_bytes(data)
        try:
            result = read_vcards(path)
        except ImportFileError as exc:
            assert exc.path == path and isinstance(exc.reason, Message)
            return
    for record in result.records:
        assert record.line >= 1 and (record.first_name or record.last_name or record.emails)
        repr(record).encode("utf-8")        # no lone surrogates: the text can be stored
    assert all(problem.line >= 1 for problem in result.rejected)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_nothing_but_import_file_error(data):
    _read_or_file_error(data)


_LINES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "begin:vcard", "VERSION:2.1", "VERSION:4.0", "N:Öberg;Åsa;;;", "FN:Åsa Öberg",
    "N:;;;;", "FN:", "EMAIL;PREF;INTERNET:asa@example.se", "item1.EMAIL;type=pref:mailto:x", "item1.X-ABLabel:Jobb",
    "TEL;PREF=99999999999999:tel:+46701234567", "TEL;PREF=²:1", "ORG:a\\;b;c\\", "CATEGORIES:a,b\\,c,\\",
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:r=E4d=", "NOTE;QUOTED-PRINTABLE;CHARSET=base64:=FF=",
    "FN;CHARSET=unicode_escape:\\ud800", "FN;QUOTED-PRINTABLE;CHARSET=unicode_escape:\\ud800=FF",
    "N;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-16:=00", "ADR;WORK:;;;Köping",
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ", "BDAY:1975-03-12", " fortsättning", "\tflik", "", "=", ":", ";",
    'TEL;TYPE="x:1', "UID:urn:uuid:", "ADR:;", "X-MS-OL-DESIGN;CHARSET=utf-8:<card/>",
])


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(_LINES | st.text(max_size=30), max_size=40),
       newline=st.sampled_from(["\r\n", "\n", "\r"]),
       encoding=st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"]))
def test_arbitrary_text_with_vcard_lines_raises_nothing_but_import_file_error(lines, newline, encoding):
    _read_or_file_error(newline.join(lines).encode(encoding, errors="replace"))
