"""Swedish for sharing the knowledge base between computers (merged into sv_strings.SV): the texts
of db/sharing's codes (desktop/messages/sharing.py)."""

SV: dict[str | tuple[str, str], str] = {
    "wrong passphrase for the shared knowledge base in {folder}":
        "fel lösenfras för den delade kunskapsbanken i {folder}",
    "the shared knowledge base in {folder} needs its passphrase":
        "den delade kunskapsbanken i {folder} behöver sin lösenfras",
    "the passphrase must have at least {minimum} characters": "lösenfrasen måste ha minst {minimum} tecken",
    "{file} was written by a newer version of the app (format {version}; this app reads {supported}): update the "
    "app; nothing was applied":
        "{file} skrevs av en nyare version av programmet (format {version}; det här programmet läser "
        "{supported}): uppdatera programmet; inget har lagts in",
    "the shared folder {folder} cannot be used now ({detail}); local work goes on":
        "den delade mappen {folder} går inte att använda nu ({detail}); arbetet fortsätter lokalt",
    "{file} is not complete yet (still being copied?); it is retried next time":
        "{file} är inte komplett än (kopieras den fortfarande?); den prövas igen nästa gång",
    "{file} fails authentication (damaged, forged or another key); it is never applied":
        "{file} klarar inte äkthetskontrollen (skadad, förfalskad eller en annan nyckel); den läggs aldrig in",
    "{file} does not read as change-log entries ({detail}); it is never applied":
        "{file} går inte att läsa som ändringsloggposter ({detail}); den läggs aldrig in",
    "{file} is missing; the files after it wait for it": "{file} saknas; filerna efter den väntar på den",
    "computer {device} writes times {hours} hours ahead of this computer's clock":
        "datorn {device} skriver tider {hours} timmar före den här datorns klocka",
    "the shared folder's description (kunskapsbanken.json) is damaged ({part})":
        "den delade mappens beskrivning (kunskapsbanken.json) är skadad ({part})",
    "{folder} holds change files but no kunskapsbanken.json (not synced yet?)":
        "{folder} innehåller ändringsfiler men ingen kunskapsbanken.json (inte synkad än?)",
    "{folder} is not a shared knowledge base (no kunskapsbanken.json)":
        "{folder} är ingen delad kunskapsbank (kunskapsbanken.json saknas)",
    "{folder} is not empty; a shared knowledge base is created in an empty folder":
        "{folder} är inte tom; en delad kunskapsbank skapas i en tom mapp",
    "this database is not part of the shared knowledge base in {folder}; join it with a new database":
        "den här databasen hör inte till den delade kunskapsbanken i {folder}; anslut med en ny databas",
    "{folder} holds another shared knowledge base than this database's":
        "{folder} innehåller en annan delad kunskapsbank än den här databasens",
    "this database is already shared (in {folder})": "den här databasen delas redan (i {folder})",
    "{db} already holds data; a computer joins with a new, empty database":
        "{db} innehåller redan data; en dator ansluter med en ny, tom databas",
    "this database's device id {device} cannot be used in a shared folder":
        "den här databasens enhets-id {device} kan inte användas i en delad mapp",
    "another database writes as this computer ({device}) in the shared folder (a copied database file?); nothing "
    "was sent":
        "en annan databas skriver som den här datorn ({device}) i den delade mappen (en kopierad databasfil?); "
        "inget har skickats",
    "this computer's change files up to number {number} are gone from the shared folder ({device}); nothing was "
    "sent":
        "den här datorns ändringsfiler till och med nummer {number} har försvunnit ur den delade mappen "
        "({device}); inget har skickats",
}
