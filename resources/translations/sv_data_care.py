"""Swedish for backup, restore, data protection and two-instance strings (merged into sv_strings.SV)."""

SV: dict[str | tuple[str, str], str] = {
    # --- menus (MainWindow) ------------------------------------------------------------------
    "Back&ups…": "Säkerhets&kopior…",
    "Re&tention review…": "&Gallring…",
    "&Log of register extracts and erasures…": "&Logg över registerutdrag och raderingar…",
    # --- the status bar (desktop/window/background.py) --------------------------------------------------------
    "Search index repaired: %1 documents": "Sökindexet reparerat: %1 dokument",
    "The automatic backup failed": "Den automatiska säkerhetskopieringen misslyckades",
    # --- backups (desktop/dialogs/backups.py) --------------------------------------------------------
    "Automatic": "Automatisk",
    "Manual": "Manuell",
    "Before an import": "Före import",
    "Before a restore": "Före återställning",
    "Before an upgrade": "Före uppgradering",
    "d MMMM yyyy 'at' HH:mm": "d MMMM yyyy 'kl.' HH:mm",
    "Restore a backup": "Återställ en säkerhetskopia",
    "Close Kunskapsbanken's other open windows first (save or discard what you typed).":
        "Stäng först Kunskapsbankens andra öppna fönster (spara eller släng det du har skrivit).",
    "Restoring the backup…": "Återställer säkerhetskopian…",
    "The database could not be opened again: %1": "Databasen gick inte att öppna igen: %1",
    "The backup was not restored; the database is unchanged.\n\n%1":
        "Säkerhetskopian återställdes inte; databasen är oförändrad.\n\n%1",
    "The backup from %1 was restored.": "Säkerhetskopian från %1 är återställd.",
    "Persons erased after the backup was taken, erased again: %1.":
        "Personer som raderats efter att kopian togs och som har raderats igen: %1.",
    "Erasing again the persons erased after the backup…": "Raderar igen personer som raderats efter kopian…",
    ("BackupsDialog", "Backups"): "Säkerhetskopior",
    "Kunskapsbanken backs up the database by itself when it starts (at most once a day) and every six hours "
    "while it is open. Old backups are thinned out: one a day is kept for a week, one a week for a month and "
    "one a month for a year.":
        "Kunskapsbanken säkerhetskopierar databasen av sig själv när appen startar (högst en gång per dygn) "
        "och var sjätte timme medan den är öppen. Gamla kopior gallras: en per dag sparas i en vecka, en per "
        "vecka i en månad och en per månad i ett år.",
    "Backup folder": "Mapp för säkerhetskopior",
    "&Choose folder…": "&Välj mapp…",
    "&Default folder": "&Standardmapp",
    "Back up into the user data folder again": "Säkerhetskopiera till användarens datamapp igen",
    "&Open the folder": "&Öppna mappen",
    "Folder:": "Mapp:",
    "There are no backups in this folder yet.": "Det finns inga säkerhetskopior i den här mappen ännu.",
    "&Back up now": "&Ta säkerhetskopia nu",
    "&Restore…": "&Återställ…",
    "Taken": "Tagen",
    "Size": "Storlek",
    "File": "Fil",
    "Choose the backup folder": "Välj mapp för säkerhetskopior",
    "The folder could not be created: %1": "Mappen gick inte att skapa: %1",
    "Backing up…": "Säkerhetskopierar…",
    "Backing up the database…": "Säkerhetskopierar databasen…",
    "The backup was written but failed its check: %1": "Säkerhetskopian skrevs men klarade inte kontrollen: %1",
    "Backup taken and checked: %1 (%2).": "Säkerhetskopian är tagen och kontrollerad: %1 (%2).",
    "The backup failed: %1": "Säkerhetskopieringen misslyckades: %1",
    "Restore the backup from %1?": "Återställa säkerhetskopian från %1?",
    "The database is replaced by the backup: everything changed after %1 is lost. The database as it is now "
    "is backed up first, so the restore can be undone from this list.\n\n"
    "Persons erased after the backup was taken are erased again.":
        "Databasen ersätts av kopian: allt som har ändrats efter %1 försvinner. Först tas en säkerhetskopia "
        "av databasen som den är nu, så att återställningen kan ångras från den här listan.\n\n"
        "Personer som har raderats efter att kopian togs raderas igen.",
    # --- erasure and register extract (desktop/window/data_protection.py, record page) -----------------------
    "Erase permanently": "Radera permanent",
    "This cannot be undone.": "Det här går inte att ångra.",
    "%1 is erased everywhere:": "%1 raderas överallt:",
    "%1 persons are erased everywhere:": "%1 personer raderas överallt:",
    "To confirm, type the person's name: %1": "Bekräfta genom att skriva personens namn: %1",
    "To confirm, type the number of persons: %1": "Bekräfta genom att skriva antalet personer: %1",
    "from the database: the contact details, affiliations, roles, notes and tags":
        "ur databasen: kontaktuppgifterna, anknytningar, roller, anteckningar och taggar",
    "from the search index": "ur sökindexet",
    "from every backup of the database (they are cleaned too)":
        "ur alla säkerhetskopior av databasen (de rensas också)",
    "the name, e-mail addresses and phone numbers are removed from other records' texts and from the "
    "change history":
        "namnet, e-postadresserna och telefonnumren tas bort ur andra posters texter och ur ändringshistoriken",
    "Activities the person took part in remain; the participant is shown as “%1”.":
        "Aktiviteter som personen deltog i finns kvar; där visas deltagaren som ”%1”.",
    "If the person has asked for a register extract, save it first.":
        "Om personen har begärt ett registerutdrag: spara det först.",
    "Activities they took part in remain; each of them is shown as “%1”.":
        "Aktiviteter som de deltog i finns kvar; där visas var och en av dem som ”%1”.",
    "If someone has asked for a register extract, save it first.":
        "Om någon av dem har begärt ett registerutdrag: spara det först.",
    "and %1 more": "och %1 till",
    "erased person": "raderad person",
    "Web page (*.html)": "Webbsida (*.html)",
    "JSON (*.json)": "JSON (*.json)",
    "Save the register extract": "Spara registerutdraget",
    "The register extract was saved: %1": "Registerutdraget sparades: %1",
    "Writing the register extract…": "Skriver registerutdraget…",
    "Erasing…": "Raderar…",
    "The person was erased permanently (backups cleaned: %1).":
        "Personen är raderad permanent (rensade säkerhetskopior: %1).",
    "%2 persons were erased permanently (backups cleaned: %1).":
        "%2 personer är raderade permanent (rensade säkerhetskopior: %1).",
    "The erasure is not finished: %1 left (see the message).": "Raderingen är inte klar: %1 kvar (se meddelandet).",
    "The person is erased from the database, but the erasure is not finished everywhere. What is left:":
        "Personen är raderad ur databasen, men raderingen är inte klar överallt. Det här återstår:",
    "Kunskapsbanken finishes it the next time it starts, once what is in the way is gone (a disk with room, a "
    "folder that can be written, the backup disk plugged in).":
        "Kunskapsbanken gör klart det nästa gång den startar, när det som står i vägen är borta (en disk med "
        "ledigt utrymme, en mapp som går att skriva i, säkerhetskopiedisken inkopplad).",
    ("DataProtection", "Open"): "Öppna",
    "Register extract…": "Registerutdrag…",
    "Erase the person permanently…": "Radera personen permanent…",
    "register-extract": "registerutdrag",
    # --- retention review (desktop/pages/retention_page.py) -----------------------------------------------
    "Retention review": "Gallring",
    "Contact persons who are not programme staff, are not marked to be kept longer (Keep until) and have "
    "taken part in no activity during the retention period. Review them and erase those who are no longer "
    "needed; double-click a row to open the person.":
        "Kontaktpersoner som inte är personal på programkontoret, inte är markerade att sparas längre "
        "(Sparas till) och som inte har deltagit i någon aktivitet under gallringstiden. Gå igenom dem och "
        "radera dem som inte längre behövs; dubbelklicka på en rad för att öppna personen.",
    " years": " år",
    "Retention period in years": "Gallringstid i år",
    "&Retention period:": "&Gallringstid:",
    "Tick &all": "Markera &alla",
    "Tick &none": "Markera &ingen",
    "&Erase the ticked…": "&Radera markerade…",
    "Last activity": "Senaste aktivitet",
    "Created": "Skapad",
    "Persons to review": "Personer att gå igenom",
    "none": "ingen",
    "No contact person is due for review with a retention period of %1 years.":
        "Ingen kontaktperson behöver gallras med gallringstiden %1 år.",
    "%1 of %2 ticked": "%1 av %2 markerade",
    "Saved.": "Sparad.",
    "Not saved: %1": "Inte sparad: %1",
    # --- the audit list (desktop/dialogs/audit.py) ---------------------------------------------------
    ("AuditDialog", "Register extract"): "Registerutdrag",
    "Erasure": "Radering",
    "Restored from a backup": "Återställd från säkerhetskopia",
    "Retention period changed": "Gallringstiden ändrad",
    "format": "format",
    "rows removed": "rader borttagna",
    "texts cleaned": "texter rensade",
    "history entries cleaned": "historikposter rensade",
    "backups cleaned": "säkerhetskopior rensade",
    "backups not cleaned": "säkerhetskopior som inte gick att rensa",
    "left to do": "återstår",
    "finished": "slutförd",
    "nothing": "inget",
    "backup": "i säkerhetskopia",
    "taken": "tagen",
    "years": "år",
    "Log of register extracts and erasures": "Logg över registerutdrag och raderingar",
    "Register extracts, erasures, restores and changes of the retention period, newest first. Records are "
    "named by id only.":
        "Registerutdrag, raderingar, återställningar och ändringar av gallringstiden, de senaste först. Poster "
        "anges bara med id.",
    "Time": "Tid",
    ("AuditDialog", "Who"): "Vem",
    "Event": "Händelse",
    "Record id": "Post-id",
    "Details": "Detaljer",
    "Nothing has been logged yet.": "Inget har loggats ännu.",
    # --- db/care's codes (desktop/messages/care.py) --------------------------------------------------------
    "the database is busy: another program or Kunskapsbanken window is writing to it; try again in a moment":
        "databasen är upptagen: ett annat program eller Kunskapsbanken-fönster skriver i den; försök igen om "
        "en stund",
    "the database file is read-only; nothing can be saved": "databasfilen är skrivskyddad; inget kan sparas",
    "the disk is full": "disken är full",
    "the disk could not be read or written (disk I/O error); check the disk and try again":
        "disken kunde inte läsas eller skrivas (in/ut-fel); kontrollera disken och försök igen",
    "the database file is damaged: run restore from a backup":
        "databasfilen är skadad: återställ den från en säkerhetskopia",
    "the database's files could not be opened (the file, or its -wal and -shm files beside it); "
    "check the folder's permissions":
        "databasens filer kunde inte öppnas (filen eller dess -wal- och -shm-filer bredvid den); "
        "kontrollera mappens behörigheter",
    "{detail}": "{detail}",
    "{path}: {detail}": "{path}: {detail}",
    "no such file": "filen finns inte",
    "the file is empty": "filen är tom",
    "not a SQLite database file": "ingen SQLite-databasfil",
    "the file is damaged ({detail})": "filen är skadad ({detail})",
    "the file is damaged (integrity_check: {detail})": "filen är skadad (integrity_check: {detail})",
    "not a Kunskapsbanken database (it belongs to another program or is empty)":
        "ingen Kunskapsbanken-databas (den hör till ett annat program eller är tom)",
    "its schema version {version} is newer than this app understands ({supported}); update the app first":
        "dess schemaversion {version} är nyare än den här appen förstår ({supported}); uppdatera appen först",
    "{path}: no such database file": "{path}: databasfilen finns inte",
    "{path}: no such folder": "{path}: mappen finns inte",
    "{path}: the file already exists; choose another name": "{path}: filen finns redan; välj ett annat namn",
    "the backup of {database} could not be written in {folder}: {reason}":
        "säkerhetskopian av {database} gick inte att skriva i {folder}: {reason}",
    "the backup of {database} failed its check ({problems}); nothing was kept":
        "säkerhetskopian av {database} klarade inte kontrollen ({problems}); inget sparades",
    "the backup of {database} failed: {reason}; nothing was kept":
        "säkerhetskopieringen av {database} misslyckades: {reason}; inget sparades",
    "{path}: the database stayed locked by another program; try again later":
        "{path}: databasen förblev låst av ett annat program; försök igen senare",
    "{path}: no such backup file": "{path}: säkerhetskopian finns inte",
    "{path} is the database itself; choose a backup file": "{path} är själva databasen; välj en säkerhetskopia",
    "{path} cannot be restored: {problems}. Nothing was changed": "{path} går inte att återställa: {problems}. "
                                                                  "Inget ändrades",
    "the copy of {path} failed its check ({problems}). Nothing was changed":
        "kopian av {path} klarade inte kontrollen ({problems}). Inget ändrades",
    "restoring {path} failed: {reason}": "återställningen av {path} misslyckades: {reason}",
    "{path}: the database is in use; close the app first":
        "{path}: databasen används av ett annat program eller Kunskapsbanken-fönster; stäng det först",
    "{path} is not a Kunskapsbanken database (it belongs to another program); it was not replaced":
        "{path} är ingen Kunskapsbanken-databas (den hör till ett annat program); den ersattes inte",
    "the safety backup of {database} could not be written in {folder}: {reason}. Nothing was changed":
        "säkerhetskopian av {database} före återställningen gick inte att skriva i {folder}: {reason}. "
        "Inget ändrades",
    "no person given: use a contact id, an e-mail address or the full name":
        "ingen person angiven: ange ett kontakt-id, en e-postadress eller hela namnet",
    "no contact has the e-mail address '{value}' (use a contact id, an e-mail address or the exact full name)":
        "ingen kontakt har e-postadressen ”{value}” (ange ett kontakt-id, en e-postadress eller exakt hela "
        "namnet)",
    "no contact has the name '{value}' (use a contact id, an e-mail address or the exact full name)":
        "ingen kontakt heter ”{value}” (ange ett kontakt-id, en e-postadress eller exakt hela namnet)",
    "{count} contacts have the e-mail address '{value}': {candidates}. Nothing was done; use the id to choose one.":
        "{count} kontakter har e-postadressen ”{value}”: {candidates}. Inget gjordes; välj en med hjälp av "
        "id:t.",
    "{count} contacts have the name '{value}': {candidates}. Nothing was done; use the id to choose one.":
        "{count} kontakter heter ”{value}”: {candidates}. Inget gjordes; välj en med hjälp av id:t.",
    "{id} {name} ({where})": "{id} {name} ({where})",
    "{id} {name} ({where}, deleted)": "{id} {name} ({where}, borttagen)",
    "no organisation": "ingen organisation",
    "the placeholder for erased persons holds no one's data":
        "platshållaren för raderade personer innehåller ingen persons uppgifter",
    "{path}: unsupported extract format '{suffix}' (use .json or .html)":
        "{path}: formatet ”{suffix}” stöds inte för registerutdrag (använd .json eller .html)",
    "the backup {path} could not be cleaned: {reason}": "säkerhetskopian {path} gick inte att rensa: {reason}",
    "the search index {folder} still holds the erased data and could not be rebuilt or "
    "removed ({reason}); it is finished the next time the database is opened":
        "sökindexet {folder} innehåller fortfarande de raderade uppgifterna och gick inte att "
        "bygga om eller ta bort ({reason}); det görs klart nästa gång databasen öppnas",
    "the rebuild failed":
        "ombyggnaden misslyckades",
    "the backup folder {path} is not there (an unplugged disk?); the backups in it are "
    "cleaned the next time the database is opened with the folder there":
        "säkerhetskopiemappen {path} finns inte (en urkopplad disk?); kopiorna i den rensas nästa "
        "gång databasen öppnas när mappen finns",
    "the database file could not be compacted (another program had it open, or the disk is "
    "full): old pages may still hold the erased data until the next time the database is "
    "opened":
        "databasfilen gick inte att komprimera (ett annat program hade den öppen, eller disken är "
        "full): gamla sidor kan innehålla de raderade uppgifterna tills databasen öppnas nästa "
        "gång",
    "the erasure was interrupted before the search index, the backups and the file were done; "
    "they are done the next time the database is opened":
        "raderingen avbröts innan sökindexet, säkerhetskopiorna och filen var klara; de görs "
        "klart nästa gång databasen öppnas",
    "the retention period must be a whole number of years, not {value}":
        "gallringstiden måste vara ett helt antal år, inte {value}",
    "the retention period must be {minimum}-{maximum} years, not {value}":
        "gallringstiden måste vara {minimum}–{maximum} år, inte {value}",
}
