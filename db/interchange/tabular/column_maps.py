"""Which spreadsheet column means which field: header names per entity, and how headers are compared.

Data only (plus `normalise_header`). Each table lists, per target field of db.interchange.incoming_records's
Incoming* records, the header names that mean it, best first: when two columns could fill a
single-valued field, the one whose header comes earlier here wins (Outlook's "Job Title" beats its
"Title", which there is the honorific "Dr."). Headers are compared by `normalise_header`, so
"E-mail 2 Address", "e-mail 3 address" and "Email 1 Address" are one entry, as are
"Org.nr", "Org nr" and "ORGNR", and "Ort (arbete)" and "Ort, arbete".

Sources: Outlook's CSV export (English and Swedish), Google Contacts' CSV export (the current
"Google CSV", the older one with "Given Name" and "Group Membership", and the Swedish one),
Kunskapsbanken's own exports (db.interchange.list_export), and common names people type themselves.
"""

from __future__ import annotations

import re
import unicodedata

# Fields that take several columns (and several values per cell); every other field takes one.
MULTI_FIELDS = frozenset({"emails", "phones", "tags"})
# Contact fields that are not fields of IncomingContact: a whole name split into first and last
# name, and a middle name appended to the first name.
CONTACT_PSEUDO_FIELDS = ("full_name", "middle_name")

_NOTES = ("Notes", "Note", "Anteckningar", "Anteckning", "Noteringar", "Kommentar", "Kommentarer", "Comments",
          "Comment", "Övrigt")
_TAGS = ("Taggar", "Tags", "Tagg", "Tag", "Etiketter", "Labels", "Kategorier", "Categories", "Group Membership",
         "Gruppmedlemskap", "Grupper", "Groups")

CONTACT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("first_name", ("First Name", "Förnamn", "Given Name", "Firstname", "Tilltalsnamn")),
    ("last_name", ("Last Name", "Efternamn", "Family Name", "Surname", "Lastname")),
    ("middle_name", ("Middle Name", "Mellannamn", "Additional Name", "Andranamn")),
    ("full_name", ("Namn", "Name", "Full Name", "Fullständigt namn", "Display Name", "Visningsnamn",
                   "Kontaktperson", "Contact", "Contact Name", "Person")),
    # Job titles first; "Title"/"Titel" last, because Outlook's "Title" is the honorific.
    ("title", ("Job Title", "Befattning", "Organization Title", "Organization 1 - Title", "Organisationstitel",
               "Organisation 1 - Titel", "Organisation 1 - Befattning", "Yrkestitel", "Tjänstetitel", "Roll",
               "Role", "Position", "Titel", "Title")),
    ("organisation", ("Organisation", "Organization", "Company", "Företag", "Organization Name",
                      "Organization 1 - Name", "Organisationsnamn", "Organisation 1 - Namn", "Företagsnamn",
                      "Arbetsgivare", "Employer", "Organisation name")),
    ("department", ("Department", "Avdelning", "Organization Department", "Organization 1 - Department",
                    "Organisationsavdelning", "Organisation 1 - Avdelning", "Enhet")),
    # Work and personal addresses of someone at work; Outlook's and Google's home address columns
    # and home phones are left out (data minimisation: the office keeps work contact details).
    ("emails", ("E-post", "E-postadress", "E-postadress 2", "E-post 2 adress", "E-post 1 - Värde",
                "E-post 1 - Adress", "E-mail", "Email", "E-mail Address", "E-mail 2 Address",
                "Email Address", "E-mail 1 - Value", "Email 1 - Value", "Mejl", "Mejladress", "Mail",
                "Work Email", "Primary Email", "E-post (arbete)", "E-postadress (arbete)")),
    ("phones", ("Telefon", "Telefonnummer", "Phone", "Telephone", "Phone Number", "Mobil", "Mobile",
                "Mobiltelefon", "Mobilnummer", "Mobile Phone", "Business Phone", "Business Phone 2",
                "Primary Phone", "Arbetstelefon", "Arbetstelefon 2", "Telefon (arbete)", "Telefon 2 (arbete)",
                "Arbete telefon", "Primär telefon", "Huvudtelefon", "Phone 1 - Value", "Telefon 1 - Värde",
                "Direktnummer", "Work Phone", "Cell Phone")),
    ("municipality", ("Kommun", "Municipality", "Ort (arbete)", "Stad (arbete)", "Postort (arbete)",
                      "Arbete ort", "Arbetsort", "Business City", "Address 1 - City", "Adress 1 - Ort",
                      "Adress 1 - Stad", "Ort", "Stad", "Postort", "City")),
    ("notes", _NOTES),
    ("tags", _TAGS),
)

ORGANISATION: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("name", ("Namn", "Name", "Organisation", "Organisationsnamn", "Organisation name", "Organization",
              "Organization Name", "Företag", "Företagsnamn", "Company", "Company Name", "Myndighet", "Aktör")),
    ("short_name", ("Kortnamn", "Kort namn", "Short name", "Förkortning", "Abbreviation", "Akronym", "Acronym")),
    ("kind", ("Typ", "Kind", "Type", "Organisationstyp", "Organisation type", "Organization type",
              "Typ av organisation", "Organisationsform", "Kategori", "Category")),
    ("org_number", ("Organisationsnummer", "Org.nr", "Orgnr", "Org.nummer", "Organisationsnr",
                    "Org. number", "Organisation number", "Organization number", "Org number", "Org no",
                    "Corporate identity number", "Registration number", "Identitetsnummer")),
    ("website", ("Webbplats", "Hemsida", "Webbsida", "Webb", "Webbadress", "Website", "Web site", "Web page",
                 "Homepage", "URL")),
    ("municipality", ("Kommun", "Municipality", "Säte", "Ort", "Stad", "Postort", "City")),
    ("county", ("Län", "County", "Region")),
    ("notes", _NOTES),
    ("tags", _TAGS),
)

PROJECT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("Titel", "Title", "Projekttitel", "Projektnamn", "Project title", "Project name", "Projekt",
               "Project", "Namn", "Name")),
    ("reference", ("Diarienummer", "Diarienr", "Dnr", "Reference", "Referens", "Reference number",
                   "Ärendenummer", "Projektnummer", "Project number", "Ref")),
    ("kind", ("Typ", "Kind", "Type", "Projekttyp", "Project type", "Projektform")),
    ("status", ("Status", "Projektstatus", "Project status")),
    ("start_date", ("Startdatum", "Start", "Start date", "Projektstart", "Starts", "Från", "From")),
    ("end_date", ("Slutdatum", "Slut", "End date", "End", "Projektslut", "Ends", "Till", "To")),
    ("total_budget_sek", ("Total budget", "Totalbudget", "Budget", "Total budget (kr)", "Budget (kr)",
                          "Budget SEK", "Projektbudget", "Total projektbudget", "Total kostnad", "Total cost",
                          "Total budget sek")),
    ("grant_sek", ("Bidrag", "Grant", "Bidrag (kr)", "Beviljat bidrag", "Beviljat belopp", "Beviljat",
                   "Stöd", "Grant sek", "Bidrag sek")),
    ("coordinator", ("Koordinator", "Coordinator", "Koordinerande organisation", "Koordinerande part",
                     "Coordinating organisation", "Coordinating organization", "Projektägare",
                     "Huvudsökande", "Sökande", "Lead partner")),
    ("call", ("Utlysning", "Call", "Utlysningsnamn", "Utlysningsomgång", "Call for proposals")),
    ("municipality", ("Kommun", "Municipality", "Ort", "Plats")),
    ("need_area", ("Behovsområde", "Need area", "Fokusområde", "Focus area", "Område", "Tema", "Theme")),
    ("description", ("Beskrivning", "Description", "Projektbeskrivning", "Sammanfattning", "Summary", "Abstract",
                     *_NOTES)),
    ("tags", _TAGS),
)

TABLES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "contact": CONTACT,
    "organisation": ORGANISATION,
    "project": PROJECT,
}

# The type names a mapping file may use ({"type": "kontakt", ...}).
ENTITY_NAMES = {
    "contact": "contact", "contacts": "contact", "kontakt": "contact", "kontakter": "contact",
    "person": "contact", "personer": "contact",
    "organisation": "organisation", "organisations": "organisation", "organization": "organisation",
    "organizations": "organisation", "organisationer": "organisation",
    "project": "project", "projects": "project", "projekt": "project",
}

# The field that a row must fill (the importer rejects a row without it). For a contact, any
# one of the name fields will do.
REQUIRED = {
    "contact": ("first_name", "last_name", "full_name"),
    "organisation": ("name",),
    "project": ("title",),
}

_NOT_ALNUM = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


def normalise_header(header: str) -> str:
    """A header as compared: case, accents, spaces and punctuation ignored, any number as '#'.

    "E-mail 2 Address" -> "email#address", "Org.nr" -> "orgnr", "Förnamn" -> "fornamn"."""
    text = unicodedata.normalize("NFKD", header.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _DIGITS.sub("#", _NOT_ALNUM.sub("", text))
