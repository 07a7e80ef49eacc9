"""Swedish for import, export, duplicate and merge strings (merged into sv_strings.SV).

Short, generic words are keyed by (context, source) so that another feature's Swedish for the
same English word cannot change these.
"""

SV: dict[str | tuple[str, str], str] = {
    # --- main window, record page -----------------------------------------------------------
    "Find &duplicates…": "Hitta &dubbletter…",
    "The records were merged.": "Posterna slogs ihop.",
    "Export vCard…": "Exportera vCard…",
    "Add to calendar (.ics)…": "Lägg till i kalender (.ics)…",
    "Merge with…": "Slå ihop med…",
    ("RecordPage", "More"): "Mer",
    "More actions for this record": "Fler åtgärder för den här posten",

    # --- export (ExportActions, DateRangeDialog) ---------------------------------------------------
    ("ExportActions", "&Export"): "&Exportera",
    "&Contacts as vCard…": "&Kontakter som vCard…",
    "&Activities as a calendar (.ics)…": "&Aktiviteter som kalender (.ics)…",
    "The current list as &CSV…": "Aktuell lista som &CSV…",
    "The current list as &Excel…": "Aktuell lista som &Excel…",
    "Everything as &JSON…": "Allt som &JSON…",
    "Export the list of %1 as shown": "Exportera listan med %1 som den visas",
    ("ExportActions", "contacts"): "kontakter",
    ("ExportActions", "activities"): "aktiviteter",
    "Exporting contacts…": "Exporterar kontakter…",
    "%1 contacts exported to %2": "%1 kontakter exporterade till %2",
    "Export activities": "Exportera aktiviteter",
    "Calendar (*.ics)": "Kalender (*.ics)",
    "Exporting activities…": "Exporterar aktiviteter…",
    "%1 activities exported to %2": "%1 aktiviteter exporterade till %2",
    "Open a list first (Contacts, Organisations, Projects …): the list shown is what is exported.":
        "Öppna en lista först (Kontakter, Organisationer, Projekt …): det är listan som visas som exporteras.",
    "CSV for Excel (*.csv)": "CSV för Excel (*.csv)",
    "Excel workbook (*.xlsx)": "Excel-arbetsbok (*.xlsx)",
    "Export the list": "Exportera listan",
    "Exporting the list…": "Exporterar listan…",
    "%1 rows exported to %2": "%1 rader exporterade till %2",
    "Export everything": "Exportera allt",
    "Exporting everything…": "Exporterar allt…",
    "vCard 4.0 (*.vcf)": "vCard 4.0 (*.vcf)",
    "vCard 3.0, for older programs and phones (*.vcf)": "vCard 3.0, för äldre program och telefoner (*.vcf)",
    "Export contacts": "Exportera kontakter",
    "The export failed: %1": "Exporten misslyckades: %1",
    "no permission to write %1": "behörighet saknas att skriva %1",
    "the folder %1 does not exist": "mappen %1 finns inte",
    ("ExportActions", "Export"): "Export",
    "&All activities": "&Alla aktiviteter",
    "Activities &between": "Aktiviteter &mellan",
    "From date": "Från och med datum",
    "To date": "Till och med datum",
    ("DateRangeDialog", "Export…"): "Exportera…",
    ("DateRangeDialog", "from"): "från",
    ("DateRangeDialog", "to"): "till",
    "Which activities should the calendar file hold?": "Vilka aktiviteter ska kalenderfilen innehålla?",
    "The end date is before the start date.": "Slutdatumet är före startdatumet.",

    # --- import wizard (ImportDialog) -------------------------------------------------------------
    ("ImportDialog", "New"): "Ny",
    ("ImportDialog", "Update"): "Uppdateras",
    ("ImportDialog", "Unchanged"): "Oförändrad",
    ("ImportDialog", "Possible duplicate"): "Möjlig dubblett",
    ("ImportDialog", "Rejected"): "Avvisad",
    "New records": "Nya poster",
    ("ImportDialog", "Updates"): "Uppdateringar",
    "Unchanged records": "Oförändrade poster",
    "Possible duplicates": "Möjliga dubbletter",
    "Rejected rows": "Avvisade rader",
    ("ImportDialog", "Skip"): "Hoppa över",
    "Import as new": "Importera som ny",
    "Update the existing record": "Uppdatera den befintliga posten",
    "Middle name": "Mellannamn",
    "Whole name (first and last)": "Hela namnet (för- och efternamn)",
    "Department": "Avdelning",
    ("ImportDialog", "Line"): "Rad",
    ("ImportDialog", "Reason"): "Orsak",
    ("ImportDialog", "Decision"): "Beslut",
    "Import contacts from a vCard file (.vcf), contacts, organisations or projects from a spreadsheet (.csv, "
    ".xlsx), or meetings from a calendar file (.ics). You see what will happen before anything is written. "
    "A Kunskapsbanken export (.json) is restored into an empty knowledge base.":
        "Importera kontakter från en vCard-fil (.vcf), kontakter, organisationer eller projekt från ett "
        "kalkylark (.csv, .xlsx) eller möten från en kalenderfil (.ics). Du ser vad som kommer att hända innan "
        "något sparas. En export från Kunskapsbanken (.json) återställs i en tom kunskapsbank.",
    "No file chosen (or drop a file here)": "Ingen fil vald (eller släpp en fil här)",
    "File to import": "Fil att importera",
    "&Choose a file…": "&Välj en fil…",
    "Choose a file": "Välj en fil",
    ("ImportDialog", "Record type"): "Posttyp",
    "&Record type:": "&Posttyp:",
    "Column in the file": "Kolumn i filen",
    "First values": "Första värdena",
    "Import as": "Importera som",
    "Columns of the file": "Filens kolumner",
    "Match the columns": "Para ihop kolumnerna",
    "What the import will do": "Det här gör importen",
    "Rows of the file": "Filens rader",
    "Decision for every possible duplicate": "Beslut för alla möjliga dubbletter",
    "Set for &all": "Sätt för &alla",
    "Possible duplicates:": "Möjliga dubbletter:",
    "&Undo the import": "&Ångra importen",
    "Import finished": "Importen är klar",
    "< &Back": "< &Tillbaka",
    "&Next >": "&Nästa >",
    ("ImportDialog", "&Import"): "&Importera",
    ("ImportDialog", "Close"): "Stäng",
    "Importable files (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)":
        "Filer som kan importeras (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)",
    ("ImportDialog", "Contacts (*.vcf *.vcard)"): "Kontakter (*.vcf *.vcard)",
    "Spreadsheets (*.csv *.txt *.tsv *.xlsx)": "Kalkylark (*.csv *.txt *.tsv *.xlsx)",
    "All files (*)": "Alla filer (*)",
    "Reading %1…": "Läser %1…",
    ("ImportDialog", "%1 rows"): "%1 rader",
    "encoding %1": "teckenkodning %1",
    ("ImportDialog", "semicolon"): "semikolon",
    ("ImportDialog", "comma"): "komma",
    ("ImportDialog", "tab"): "tabb",
    ("ImportDialog", "bar"): "lodstreck",
    "separated by %1": "avgränsat med %1",
    "sheet %1": "bladet %1",
    "%1 rows could not be read": "%1 rader kunde inte läsas",
    "(no header)": "(ingen rubrik)",
    "(ignore)": "(importeras inte)",
    "Import the column %1 as": "Importera kolumnen %1 som",
    "No file has been read.": "Ingen fil har lästs.",
    "Choose a field for at least one column.": "Välj ett fält för minst en kolumn.",
    "Choose the column that holds the name (%1).": "Välj kolumnen som innehåller namnet (%1).",
    "Comparing with the knowledge base…": "Jämför med kunskapsbanken…",
    "What importing %1 will do": "Det här händer om du importerar %1",
    "Decision for line %1": "Beslut för rad %1",
    "1 record will be written.": "1 post sparas.",
    "%1 records will be written.": "%1 poster sparas.",
    "Nothing to import: the knowledge base already holds all of it.":
        "Inget att importera: kunskapsbanken har redan allt i filen.",
    "Rejected rows are not imported.": "Avvisade rader importeras inte.",
    "Nothing to import yet: choose what to do with the possible duplicates.":
        "Inget att importera ännu: välj vad som ska hända med de möjliga dubbletterna.",
    "Nothing can be imported: every row is rejected.": "Inget kan importeras: alla rader är avvisade.",
    "field %1: %2": "fältet %1: %2",
    "existing: %1": "befintlig: %1",
    "adds %1": "lägger till %1",
    "Restore %1": "Återställ %1",
    "A Kunskapsbanken export with %1 rows. It is restored into this empty knowledge base, exactly as it was "
    "exported.":
        "En export från Kunskapsbanken med %1 rader. Den återställs i den här tomma kunskapsbanken, precis som "
        "den exporterades.",
    "The export was restored: %1 rows.": "Exporten återställdes: %1 rader.",
    "%1 new": "%1 nya",
    "%1 updated": "%1 uppdaterade",
    "%1 unchanged": "%1 oförändrade",
    "%1 possible duplicates skipped": "%1 möjliga dubbletter hoppades över",
    "%1 rejected": "%1 avvisade",
    "%1 was imported: %2.": "%1 har importerats: %2.",
    "New organisations: %1.": "Nya organisationer: %1.",
    "New links: %1.": "Nya kopplingar: %1.",
    "A backup was taken before the import: %1": "En säkerhetskopia togs före importen: %1",
    "The import was undone.": "Importen har ångrats.",
    "The import could not be undone: %1": "Importen kunde inte ångras: %1",
    "The import was cancelled; nothing was written.": "Importen avbröts; ingenting sparades.",
    ("ImportDialog", "Cancelled."): "Avbrutet.",

    # --- the data layer's messages (desktop/messages.py TRANSFER_TEMPLATES) -------------------------
    "same id": "samma id",
    "same calendar UID": "samma kalender-UID",
    "same title and start": "samma titel och starttid",
    "same reference": "samma diarienummer",
    "same title": "samma titel",
    "same as line %1 (%2)": "samma som rad %1 (%2)",
    "no name (a first or last name is required)": "inget namn (förnamn eller efternamn måste anges)",
    "no name (an organisation's name is required)": "inget namn (organisationens namn måste anges)",
    "no title (a project's title is required)": "ingen titel (projektets titel måste anges)",
    "has %1 columns; the header has %2": "har %1 kolumner; rubrikraden har %2",
    "the vCard has no name (N or FN) and no e-mail address; it is skipped":
        "vCard-kortet har inget namn (N eller FN) och ingen e-postadress; det hoppas över",
    "the event has no start (DTSTART)": "händelsen har ingen starttid (DTSTART)",
    "%1 columns with data are not imported (no matching field): %2":
        "%1 kolumner med data importeras inte (inget motsvarande fält): %2",
    "line %1: %2 participant(s) not in the knowledge base were not linked (no contact is created from an "
    "invitation)":
        "rad %1: %2 deltagare som inte finns i kunskapsbanken kopplades inte (inga kontakter skapas från en "
        "inbjudan)",
    "1 photo skipped (Kunskapsbanken does not store photos)": "1 foto hoppades över (Kunskapsbanken sparar inga foton)",
    "%1 photos skipped (Kunskapsbanken does not store photos)":
        "%1 foton hoppades över (Kunskapsbanken sparar inga foton)",
    "1 birthday not imported (Kunskapsbanken stores no birthdays)":
        "1 födelsedag importerades inte (Kunskapsbanken sparar inga födelsedagar)",
    "%1 birthdays not imported (Kunskapsbanken stores no birthdays)":
        "%1 födelsedagar importerades inte (Kunskapsbanken sparar inga födelsedagar)",
    "1 recurring event: only the first occurrence was imported":
        "1 återkommande händelse: bara det första tillfället importerades",
    "%1 recurring events: only the first occurrence was imported":
        "%1 återkommande händelser: bara det första tillfället importerades",
    "1 cancelled event was skipped": "1 inställd händelse hoppades över",
    "%1 cancelled events were skipped": "%1 inställda händelser hoppades över",
    "1 task or journal entry (VTODO, VJOURNAL) ignored: only events are imported":
        "1 uppgift eller journalanteckning (VTODO, VJOURNAL) hoppades över: bara händelser importeras",
    "%1 tasks and journal entries (VTODO, VJOURNAL) ignored: only events are imported":
        "%1 uppgifter och journalanteckningar (VTODO, VJOURNAL) hoppades över: bara händelser importeras",
    "line %1: text after END:VCALENDAR was ignored": "rad %1: text efter END:VCALENDAR hoppades över",
    "line %1: unknown time zone '%2'; its times were taken as Swedish time":
        "rad %1: okänd tidszon ”%2”; tiderna tolkades som svensk tid",
    "no such file": "filen finns inte",
    "the file is empty": "filen är tom",
    "is a folder, not a file": "är en mapp, inte en fil",
    "unsupported file type '%1' (supported: %2)": "filtypen ”%1” kan inte importeras (de som kan: %2)",
    "an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel workbook (.xlsx) or as CSV":
        "en Excel 97–2003-arbetsbok (.xls) kan inte läsas; spara den som Excel-arbetsbok (.xlsx) eller som CSV",
    "old Excel files (.xls) cannot be read; save it as .xlsx or .csv":
        "gamla Excel-filer (.xls) kan inte läsas; spara filen som .xlsx eller .csv",
    "is a binary file, not text": "är en binärfil, inte text",
    "is not a valid Excel workbook (.xlsx): it is not a zip file":
        "är ingen giltig Excel-arbetsbok (.xlsx): den är ingen zip-fil",
    "has a header but no rows": "har en rubrikrad men inga rader",
    "the file holds no data (only empty lines)": "filen innehåller inga data (bara tomma rader)",
    "the header has the column '%1' twice (columns %2 and %3); every column needs its own name":
        "rubrikraden har kolumnen ”%1” två gånger (kolumn %2 och %3); varje kolumn behöver ett eget namn",
    "not a vCard file (it has no BEGIN:VCARD line)": "ingen vCard-fil (den har ingen rad BEGIN:VCARD)",
    "not a vCard file: it holds binary data, not text": "ingen vCard-fil: den innehåller binära data, inte text",
    "this is a vCard file (contacts), not an iCalendar file":
        "det här är en vCard-fil (kontakter), inte en iCalendar-fil",
    "not an iCalendar file: it should start with BEGIN:VCALENDAR":
        "ingen iCalendar-fil: den ska börja med BEGIN:VCALENDAR",
    "this is not a text file (it looks binary); an iCalendar file is text":
        "det här är ingen textfil (den ser binär ut); en iCalendar-fil är text",
    "the file is %1 MB; the largest file that can be imported is %2 MB (split it, or export without photos)":
        "filen är %1 MB; den största fil som kan importeras är %2 MB (dela upp den, eller exportera utan foton)",
    "%1: no such file": "%1: filen finns inte",
    '%1: not a Kunskapsbanken export (missing "format": "%2")':
        "%1: ingen export från Kunskapsbanken (”format”: ”%2” saknas)",
    "%1: invalid JSON at line %2, column %3: %4": "%1: ogiltig JSON på rad %2, kolumn %3: %4",
    "the import was cancelled; nothing was written": "importen avbröts; ingenting sparades",
    "%1: line %2": "%1: rad %2",
}
