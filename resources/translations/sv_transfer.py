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

    # --- import wizard (ImportWizard and its pages) -------------------------------------------------------------
    ("ImportWizard", "New"): "Ny",
    ("ImportWizard", "Update"): "Uppdateras",
    ("ImportWizard", "Unchanged"): "Oförändrad",
    ("ImportWizard", "Possible duplicate"): "Möjlig dubblett",
    ("ImportWizard", "Rejected"): "Avvisad",
    "New records": "Nya poster",
    ("ImportWizard", "Updates"): "Uppdateringar",
    "Unchanged records": "Oförändrade poster",
    "Possible duplicates": "Möjliga dubbletter",
    "Rejected rows": "Avvisade rader",
    ("ImportWizard", "Skip"): "Hoppa över",
    "Import as new": "Importera som ny",
    "Update the existing record": "Uppdatera den befintliga posten",
    "Middle name": "Mellannamn",
    "Whole name (first and last)": "Hela namnet (för- och efternamn)",
    "Department": "Avdelning",
    ("ImportWizard", "Line"): "Rad",
    ("ImportWizard", "Reason"): "Orsak",
    ("ImportWizard", "Decision"): "Beslut",
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
    ("MappingPage", "Record type"): "Posttyp",
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
    ("ImportWizard", "&Import"): "&Importera",
    ("ImportWizard", "Close"): "Stäng",
    "Importable files (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)":
        "Filer som kan importeras (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)",
    ("FilePage", "Contacts (*.vcf *.vcard)"): "Kontakter (*.vcf *.vcard)",
    "Spreadsheets (*.csv *.txt *.tsv *.xlsx)": "Kalkylark (*.csv *.txt *.tsv *.xlsx)",
    "All files (*)": "Alla filer (*)",
    "Reading %1…": "Läser %1…",
    ("MappingPage", "%1 rows"): "%1 rader",
    "encoding %1": "teckenkodning %1",
    ("MappingPage", "semicolon"): "semikolon",
    ("MappingPage", "comma"): "komma",
    ("MappingPage", "tab"): "tabb",
    ("MappingPage", "bar"): "lodstreck",
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
    ("ImportWizard", "Cancelled."): "Avbrutet.",

    # --- the data layer's import messages (desktop/messages/interchange.py; English source -> Swedish) ---
    "no such file": "filen finns inte",
    "cannot be read ({detail})": "kan inte läsas ({detail})",
    "is a folder, not a file": "är en mapp, inte en fil",
    "the file is empty": "filen är tom",
    "the file is {size_mb} MB; the largest file that can be imported is {limit_mb} MB (split it, or export without "
    "photos)":
        "filen är {size_mb} MB; den största fil som kan importeras är {limit_mb} MB (dela upp den, eller exportera "
        "utan foton)",
    "unsupported file type '{suffix}' (supported: {supported})":
        "filtypen ”{suffix}” kan inte importeras (de som kan: {supported})",
    "the file name has no suffix, so its type is unknown (supported: {supported})":
        "filnamnet har ingen ändelse, så filtypen är okänd (de som kan importeras: {supported})",
    "an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel workbook (.xlsx) or as CSV":
        "en Excel 97–2003-arbetsbok (.xls) kan inte läsas; spara den som Excel-arbetsbok (.xlsx) eller som CSV",
    "no column could be matched to a {entity} field": "ingen kolumn kunde paras ihop med ett fält för {entity}",
    "is a binary file, not text": "är en binärfil, inte text",
    "mixes UTF-8 text with bytes that are not UTF-8; save the file again as UTF-8 CSV":
        "blandar UTF-8-text med byte som inte är UTF-8; spara filen igen som UTF-8-CSV",
    "is neither UTF-8 nor Windows-1252 text (byte {byte} cannot be read); save it as UTF-8 CSV":
        "är varken UTF-8- eller Windows-1252-text (byte {byte} kan inte läsas); spara den som UTF-8-CSV",
    "starts as {encoding} text but is broken at byte {byte} (a truncated or damaged file)":
        "börjar som {encoding}-text men är trasig vid byte {byte} (en avklippt eller skadad fil)",
    "is a zip file (an Excel workbook?), not CSV text; an Excel workbook must end in .xlsx":
        "är en zip-fil (en Excel-arbetsbok?), inte CSV-text; en Excel-arbetsbok ska sluta på .xlsx",
    "is an Excel 97-2003 or other Office file, not CSV text; save it as CSV or .xlsx":
        "är en Excel 97–2003-fil eller annan Office-fil, inte CSV-text; spara den som CSV eller .xlsx",
    "is UTF-16 text without a byte-order mark; save it as UTF-8 CSV":
        "är UTF-16-text utan byteordningsmärke; spara den som UTF-8-CSV",
    "is a binary file, not CSV text": "är en binärfil, inte CSV-text",
    "a quoted field is never closed (a \" is missing); the rest of the file cannot be read":
        "ett citerat fält avslutas aldrig (ett \" saknas); resten av filen kan inte läsas",
    "a quoted field is followed by more text before the next delimiter (a stray \")":
        "ett citerat fält följs av mer text före nästa avgränsare (ett \" för mycket)",
    "a field is longer than {limit} characters (probably a \" that is never closed)":
        "ett fält är längre än {limit} tecken (troligen ett \" som aldrig avslutas)",
    "the CSV cannot be read ({detail})": "CSV-filen kan inte läsas ({detail})",
    "is an Excel 97-2003 workbook or a password-protected one; save it as an unprotected .xlsx or as CSV":
        "är en Excel 97–2003-arbetsbok eller en lösenordsskyddad arbetsbok; spara den som oskyddad .xlsx eller som "
        "CSV",
    "is not a valid Excel workbook (.xlsx): it is not a zip file":
        "är ingen giltig Excel-arbetsbok (.xlsx): den är ingen zip-fil",
    "is not a valid Excel workbook (.xlsx): {detail}": "är ingen giltig Excel-arbetsbok (.xlsx): {detail}",
    "unpacks to more than {limit_mb} MB, the most that can be imported (a small file that expands this much is "
    "refused as a decompression bomb); split it, or save it as CSV":
        "packas upp till mer än {limit_mb} MB, det mesta som kan importeras (en liten fil som växer så mycket "
        "avvisas som en dekomprimeringsbomb); dela upp den, eller spara den som CSV",
    "is not a valid Excel workbook (.xlsx): its part {part} does not unpack to the size the zip file declares":
        "är ingen giltig Excel-arbetsbok (.xlsx): dess del {part} packas inte upp till den storlek som zip-filen "
        "anger",
    "is refused: its part {part} holds an XML document type declaration, which Excel never writes and which can "
    "make a small file expand without limit":
        "avvisas: dess del {part} innehåller en XML-dokumenttypdeklaration, som Excel aldrig skriver och som kan få "
        "en liten fil att växa utan gräns",
    "is not a workbook as Excel writes it: its part {part} is compressed with zip method {method}; save it again "
    "from Excel":
        "är ingen arbetsbok som Excel skriver den: dess del {part} är komprimerad med zip-metod {method}; spara den "
        "igen från Excel",
    "has rows beyond row {maximum}, the last row an Excel sheet can have":
        "har rader efter rad {maximum}, den sista rad ett Excel-blad kan ha",
    "cell {cell} holds more than {limit} characters, more than any field takes":
        "cell {cell} innehåller mer än {limit} tecken, mer än något fält rymmer",
    "has no sheet named '{sheet}' (sheets: {sheets})": "har inget blad som heter ”{sheet}” (bladen: {sheets})",
    "the sheet '{sheet}' is a chart, not a table": "bladet ”{sheet}” är ett diagram, ingen tabell",
    "has no worksheet": "har inget kalkylblad",
    "the file holds no data (only empty lines)": "filen innehåller inga data (bara tomma rader)",
    "the sheet holds no data (only empty lines)": "bladet innehåller inga data (bara tomma rader)",
    "has {count} columns; the header has {expected}": "har {count} kolumner; rubrikraden har {expected}",
    "{count} of {total} rows do not have the header's {width} columns, starting with this one (probably a wrong "
    "delimiter or broken quoting)":
        "{count} av {total} rader har inte rubrikradens {width} kolumner, från och med den här (troligen fel "
        "avgränsare eller trasiga citattecken)",
    "has a header but no rows": "har en rubrikrad men inga rader",
    "column {column} of the header has no name, but holds data (first on line {first_line})":
        "kolumn {column} i rubrikraden saknar namn men innehåller data (först på rad {first_line})",
    "the header has the column '{column}' twice (columns {first} and {second}); every column needs its own name":
        "rubrikraden har kolumnen ”{column}” två gånger (kolumn {first} och {second}); varje kolumn behöver ett eget "
        "namn",
    "is not UTF-8 text (byte {byte})": "är inte UTF-8-text (byte {byte})",
    "invalid JSON (column {column}: {detail})": "ogiltig JSON (kolumn {column}: {detail})",
    "a mapping is a JSON object: {{\"type\": \"contact\", \"columns\": {{...}}}}":
        "en mappning är ett JSON-objekt: {{\"type\": \"contact\", \"columns\": {{...}}}}",
    "unknown key '{key}' (a mapping has \"type\" and \"columns\")":
        "okänd nyckel ”{key}” (en mappning har ”type” och ”columns”)",
    "unknown type {value} (use contact, organisation or project)":
        "okänd typ {value} (använd contact, organisation eller project)",
    "\"columns\" must be an object of column name -> field": "”columns” ska vara ett objekt med kolumnnamn -> fält",
    "unknown field {value} for the column '{column}' (fields of a {entity}: {allowed})":
        "okänt fält {value} för kolumnen ”{column}” (fälten för {entity}: {allowed})",
    "the column '{column}' is mapped twice": "kolumnen ”{column}” är mappad två gånger",
    "the column '{column}' matches several columns of the file: {matches}":
        "kolumnen ”{column}” passar flera av filens kolumner: {matches}",
    "the column '{column}' is not in the file's header": "kolumnen ”{column}” finns inte i filens rubrikrad",
    "no name (a first or last name is required)": "inget namn (förnamn eller efternamn måste anges)",
    "no name (an organisation's name is required)": "inget namn (organisationens namn måste anges)",
    "no title (a project's title is required)": "ingen titel (projektets titel måste anges)",
    "columns with data that are not imported (no matching field): {columns}":
        "kolumner med data som inte importeras (inget motsvarande fält): {columns}",
    "columns with data that are not imported (no matching field): {columns} and {more} more":
        "kolumner med data som inte importeras (inget motsvarande fält): {columns} och {more} till",
    "the file says it is UTF-16, but its text cannot be decoded as UTF-16":
        "filen säger att den är UTF-16, men texten går inte att avkoda som UTF-16",
    "not a vCard file: it holds binary data, not text": "ingen vCard-fil: den innehåller binära data, inte text",
    "not a vCard file (it has no BEGIN:VCARD line)": "ingen vCard-fil (den har ingen rad BEGIN:VCARD)",
    "the vCard that starts on line {start_line} has no END:VCARD; the file seems cut off":
        "vCard-kortet som börjar på rad {start_line} har ingen END:VCARD; filen verkar avklippt",
    "has no END:VCARD before the next BEGIN:VCARD on line {next_line}; the vCard is skipped":
        "saknar END:VCARD före nästa BEGIN:VCARD på rad {next_line}; vCard-kortet hoppas över",
    "the text is neither UTF-8 nor Windows-1252, so the file's encoding cannot be recognised (save it as UTF-8 and "
    "try again)":
        "texten är varken UTF-8 eller Windows-1252, så filens teckenkodning går inte att känna igen (spara den som "
        "UTF-8 och försök igen)",
    "cannot be read ({reason}); the vCard that starts on line {start_line} is skipped":
        "kan inte läsas ({reason}); vCard-kortet som börjar på rad {start_line} hoppas över",
    "it is not of the form NAME;PARAMETERS:VALUE": "raden har inte formen NAMN;PARAMETRAR:VÄRDE",
    "its quoted-printable value is neither UTF-8 nor Windows-1252 text":
        "dess quoted-printable-värde är varken UTF-8- eller Windows-1252-text",
    "the vCard has no name (N or FN) and no e-mail address; it is skipped":
        "vCard-kortet har inget namn (N eller FN) och ingen e-postadress; det hoppas över",
    "photos skipped (Kunskapsbanken does not store photos): {count}":
        "foton som hoppades över (Kunskapsbanken sparar inga foton): {count}",
    "birthdays not imported (Kunskapsbanken stores no birthdays): {count}":
        "födelsedagar som inte importerades (Kunskapsbanken sparar inga födelsedagar): {count}",
    "this is not a text file (it looks binary); an iCalendar file is text":
        "det här är ingen textfil (den ser binär ut); en iCalendar-fil är text",
    "not {encoding} text (byte {byte}); save the calendar again as UTF-8":
        "inte {encoding}-text (byte {byte}); spara kalendern igen som UTF-8",
    "this is a vCard file (contacts), not an iCalendar file":
        "det här är en vCard-fil (kontakter), inte en iCalendar-fil",
    "not an iCalendar file: it should start with BEGIN:VCALENDAR":
        "ingen iCalendar-fil: den ska börja med BEGIN:VCALENDAR",
    "BEGIN: without a component name": "BEGIN: utan namn på komponenten",
    "BEGIN:{component} outside BEGIN:VCALENDAR ... END:VCALENDAR":
        "BEGIN:{component} utanför BEGIN:VCALENDAR ... END:VCALENDAR",
    "END:{component} without a BEGIN:{component} before it": "END:{component} utan någon BEGIN:{component} före",
    "END:{component} where END:{expected} was expected (BEGIN:{expected} is on line {begin_line})":
        "END:{component} där END:{expected} väntades (BEGIN:{expected} står på rad {begin_line})",
    "BEGIN:{component} has no END:{component}: the file looks truncated":
        "BEGIN:{component} saknar END:{component}: filen verkar avklippt",
    "line {line}: text after END:VCALENDAR was ignored": "rad {line}: text efter END:VCALENDAR hoppades över",
    "'{text}' is not an iCalendar line (NAME:value)": "”{text}” är ingen iCalendar-rad (NAMN:värde)",
    "line {line}: unknown time zone '{zone}'; its times were taken as Swedish time":
        "rad {line}: okänd tidszon ”{zone}”; tiderna tolkades som svensk tid",
    "'{value}' is not an iCalendar date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS)":
        "”{value}” är inget iCalendar-datum (ÅÅÅÅMMDD) eller datum och tid (ÅÅÅÅMMDDTttmmss)",
    "'{value}' is too far in the past or future": "”{value}” ligger för långt bak eller fram i tiden",
    "the end is too far in the future": "sluttiden ligger för långt fram i tiden",
    "'{value}' is not an iCalendar duration (like PT1H30M)":
        "”{value}” är ingen varaktighet i iCalendar-form (som PT1H30M)",
    "the event ends ({ends}) before it starts ({starts})": "händelsen slutar ({ends}) innan den börjar ({starts})",
    "the event has no title (SUMMARY)": "händelsen har ingen titel (SUMMARY)",
    "the event has no start (DTSTART)": "händelsen har ingen starttid (DTSTART)",
    "tasks and journal entries (VTODO, VJOURNAL) ignored, only events are imported: {count}":
        "uppgifter och journalanteckningar (VTODO, VJOURNAL) som hoppades över, bara händelser importeras: {count}",
    "recurring events of which only the first occurrence was imported: {count}":
        "återkommande händelser där bara det första tillfället importerades: {count}",
    "cancelled events skipped: {count}": "inställda händelser som hoppades över: {count}",
    "same id": "samma id",
    "same calendar UID": "samma kalender-UID",
    "same title and start": "samma titel och starttid",
    "same reference": "samma diarienummer",
    "same title": "samma titel",
    "same as line {line} ({reason})": "samma som rad {line} ({reason})",
    "same as line {line}": "samma som rad {line}",
    "{reason}: line {line}": "{reason}: rad {line}",
    "line {line}: {count} participant(s) not in the knowledge base were not linked (no contact is created from an "
    "invitation)":
        "rad {line}: {count} deltagare som inte finns i kunskapsbanken kopplades inte (inga kontakter skapas från en "
        "inbjudan)",
    "the import was cancelled; nothing was written": "importen avbröts; ingenting sparades",
    "the knowledge base changed after the preview (another window or program wrote to it): {count} row(s) were "
    "matched again just before writing; the figures above are what was written":
        "kunskapsbanken ändrades efter förhandsgranskningen (ett annat fönster eller program skrev i den): {count} "
        "rad(er) matchades på nytt strax före skrivningen; siffrorna ovan är det som skrevs",
    "line {line}: the record chosen to be updated was deleted meanwhile; the row was skipped":
        "rad {line}: posten som valdes att uppdateras har tagits bort under tiden; raden hoppades över",
    "line {line}: after the preview the knowledge base got a record this row resembles; the row was skipped as a "
    "possible duplicate":
        "rad {line}: efter förhandsgranskningen fick kunskapsbanken en post som raden liknar; raden hoppades över "
        "som möjlig dubblett",
    "{path}: no such file": "{path}: filen finns inte",
    "{path}: not UTF-8 text (byte {byte})": "{path}: inte UTF-8-text (byte {byte})",
    "{path}: invalid JSON at line {line}, column {column}: {detail}":
        "{path}: ogiltig JSON på rad {line}, kolumn {column}: {detail}",
    "{path}: nested too deeply to be a Kunskapsbanken export":
        "{path}: för djupt nästlad för att vara en export från Kunskapsbanken",
    "{path}: cannot be read as JSON: {detail}": "{path}: kan inte läsas som JSON: {detail}",
    "{path}: not a Kunskapsbanken export (missing \"format\": \"{format}\")":
        "{path}: ingen export från Kunskapsbanken (”format”: ”{format}” saknas)",
    "{path}: export of schema version {version}; this app reads version {expected}":
        "{path}: export av schemaversion {version}; den här appen läser version {expected}",
    "{path}: \"tables\" is missing or not an object": "{path}: ”tables” saknas eller är inget objekt",
    "{path}: unknown table \"{table}\"": "{path}: okänd tabell ”{table}”",
    "{path}: table \"{table}\" is not a list": "{path}: tabellen ”{table}” är ingen lista",
    "{path}: {table} row {row}: not an object": "{path}: {table} rad {row}: inget objekt",
    "{path}: {table} row {row}: unknown field \"{key}\"": "{path}: {table} rad {row}: okänt fält ”{key}”",
    "{path}: {table} row {row}: missing field \"{key}\"": "{path}: {table} rad {row}: fältet ”{key}” saknas",
    "{path}: {table} row {row}: field \"{key}\" must be non-empty text":
        "{path}: {table} rad {row}: fältet ”{key}” måste vara text och får inte vara tomt",
    "{path}: {table} row {row} (id {id}): {field}: {reason}": "{path}: {table} rad {row} (id {id}): {field}: {reason}",
    "{path}: {table} row {row} (id {id}): {detail}": "{path}: {table} rad {row} (id {id}): {detail}",
    "{path}: {table} row {row}: field \"{key}\" refers to a missing {target_entity}":
        "{path}: {table} rad {row}: fältet ”{key}” pekar på en post ({target_entity}) som saknas",
    "{path}: table \"{table}\" has a duplicate {key}": "{path}: tabellen ”{table}” har samma {key} två gånger",
}
