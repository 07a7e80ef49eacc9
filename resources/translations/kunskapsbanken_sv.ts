<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="100" />
        <source>Something went wrong: %1

Details are in the log file:
%2</source>
        <translation>Något gick fel: %1

Mer information finns i loggfilen:
%2</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="35" />
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="36" />
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="37" />
        <source>Restored from a backup</source>
        <translation>Återställd från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="38" />
        <source>Retention period changed</source>
        <translation>Gallringstiden ändrad</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="41" />
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="42" />
        <source>rows removed</source>
        <translation>rader borttagna</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="43" />
        <source>texts cleaned</source>
        <translation>texter rensade</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="44" />
        <source>history entries cleaned</source>
        <translation>historikposter rensade</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="45" />
        <source>backups cleaned</source>
        <translation>säkerhetskopior rensade</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="46" />
        <source>backups not cleaned</source>
        <translation>säkerhetskopior som inte gick att rensa</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="47" />
        <source>backup</source>
        <translation>i säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="48" />
        <source>taken</source>
        <translation>tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="49" />
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="50" />
        <source>left to do</source>
        <translation>återstår</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="51" />
        <source>finished</source>
        <translation>slutförd</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="76" />
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="86" />
        <location filename="../../desktop/dialogs/audit.py" line="93" />
        <source>Log of register extracts and erasures</source>
        <translation>Logg över registerutdrag och raderingar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="87" />
        <source>Register extracts, erasures, restores and changes of the retention period, newest first. Records are named by id only.</source>
        <translation>Registerutdrag, raderingar, återställningar och ändringar av gallringstiden, de senaste först. Poster anges bara med id.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="91" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="91" />
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="91" />
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="92" />
        <source>Record id</source>
        <translation>Post-id</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="92" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="103" />
        <source>Nothing has been logged yet.</source>
        <translation>Inget har loggats ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="105" />
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../desktop/window/background.py" line="140" />
        <source>Search index repaired: %1 documents</source>
        <translation>Sökindexet reparerat: %1 dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/window/background.py" line="151" />
        <source>The automatic backup failed</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="52" />
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="53" />
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="54" />
        <source>Before an import</source>
        <translation>Före import</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="55" />
        <source>Before a restore</source>
        <translation>Före återställning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="56" />
        <source>Before an upgrade</source>
        <translation>Före uppgradering</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="78" />
        <source>d MMMM yyyy 'at' HH:mm</source>
        <translation>d MMMM yyyy 'kl.' HH:mm</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="62" />
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="70" />
        <source>Close Kunskapsbanken's other open windows first (save or discard what you typed).</source>
        <translation>Stäng först Kunskapsbankens andra öppna fönster (spara eller släng det du har skrivit).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="76" />
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="119" />
        <source>The database could not be opened again: %1</source>
        <translation>Databasen gick inte att öppna igen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="126" />
        <source>The backup was not restored; the database is unchanged.

%1</source>
        <translation>Säkerhetskopian återställdes inte; databasen är oförändrad.

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="135" />
        <source>The backup from %1 was restored.</source>
        <translation>Säkerhetskopian från %1 är återställd.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="141" />
        <source>Persons erased after the backup was taken, erased again: %1.</source>
        <translation>Personer som raderats efter att kopian togs och som har raderats igen: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="144" />
        <source>Erasing again the persons erased after the backup…</source>
        <translation>Raderar igen personer som raderats efter kopian…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="108" />
        <location filename="../../desktop/dialogs/backups.py" line="159" />
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="110" />
        <source>Kunskapsbanken backs up the database by itself when it starts (at most once a day) and every six hours while it is open. Old backups are thinned out: one a day is kept for a week, one a week for a month and one a month for a year.</source>
        <translation>Kunskapsbanken säkerhetskopierar databasen av sig själv när appen startar (högst en gång per dygn) och var sjätte timme medan den är öppen. Gamla kopior gallras: en per dag sparas i en vecka, en per vecka i en månad och en per månad i ett år.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="116" />
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="117" />
        <source>&amp;Choose folder…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="119" />
        <source>&amp;Default folder</source>
        <translation>&amp;Standardmapp</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="120" />
        <source>Back up into the user data folder again</source>
        <translation>Säkerhetskopiera till användarens datamapp igen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="122" />
        <source>&amp;Open the folder</source>
        <translation>&amp;Öppna mappen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="125" />
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="132" />
        <source>There are no backups in this folder yet.</source>
        <translation>Det finns inga säkerhetskopior i den här mappen ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="137" />
        <source>&amp;Back up now</source>
        <translation>&amp;Ta säkerhetskopia nu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="139" />
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="158" />
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="158" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="158" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="158" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="208" />
        <source>Choose the backup folder</source>
        <translation>Välj mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="225" />
        <source>The folder could not be created: %1</source>
        <translation>Mappen gick inte att skapa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="234" />
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="235" />
        <source>Backing up the database…</source>
        <translation>Säkerhetskopierar databasen…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="247" />
        <source>The backup was written but failed its check: %1</source>
        <translation>Säkerhetskopian skrevs men klarade inte kontrollen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="249" />
        <source>Backup taken and checked: %1 (%2).</source>
        <translation>Säkerhetskopian är tagen och kontrollerad: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="257" />
        <source>The backup failed: %1</source>
        <translation>Säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="275" />
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="276" />
        <source>Restore the backup from %1?</source>
        <translation>Återställa säkerhetskopian från %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="278" />
        <source>The database is replaced by the backup: everything changed after %1 is lost. The database as it is now is backed up first, so the restore can be undone from this list.

Persons erased after the backup was taken are erased again.</source>
        <translation>Databasen ersätts av kopian: allt som har ändrats efter %1 försvinner. Först tas en säkerhetskopia av databasen som den är nu, så att återställningen kan ångras från den här listan.

Personer som har raderats efter att kopian togs raderas igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="281" />
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../desktop/editors/call.py" line="20" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="21" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="23" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="24" />
        <source>Need area</source>
        <translation>Behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="25" />
        <source>Need areas</source>
        <translation>Behovsområden</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="26" />
        <source>Opens</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="27" />
        <source>Closes</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="28" />
        <source>Decision by</source>
        <translation>Beslut senast</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="29" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="31" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>ConfirmEraseDialog</name>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="71" />
        <location filename="../../desktop/window/data_protection.py" line="90" />
        <source>Erase permanently</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="72" />
        <source>This cannot be undone.</source>
        <translation>Det här går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="77" />
        <source>%1 is erased everywhere:</source>
        <translation>%1 raderas överallt:</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="78" />
        <source>%1 persons are erased everywhere:</source>
        <translation>%1 personer raderas överallt:</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="83" />
        <source>To confirm, type the person's name: %1</source>
        <translation>Bekräfta genom att skriva personens namn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="84" />
        <source>To confirm, type the number of persons: %1</source>
        <translation>Bekräfta genom att skriva antalet personer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="113" />
        <source>from the database: the contact details, affiliations, roles, notes and tags</source>
        <translation>ur databasen: kontaktuppgifterna, anknytningar, roller, anteckningar och taggar</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="114" />
        <source>from the search index</source>
        <translation>ur sökindexet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="115" />
        <source>from every backup of the database (they are cleaned too)</source>
        <translation>ur alla säkerhetskopior av databasen (de rensas också)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="116" />
        <source>the name, e-mail addresses and phone numbers are removed from other records' texts and from the change history</source>
        <translation>namnet, e-postadresserna och telefonnumren tas bort ur andra posters texter och ur ändringshistoriken</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="120" />
        <source>Activities the person took part in remain; the participant is shown as “%1”.</source>
        <translation>Aktiviteter som personen deltog i finns kvar; där visas deltagaren som ”%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="121" />
        <source>If the person has asked for a register extract, save it first.</source>
        <translation>Om personen har begärt ett registerutdrag: spara det först.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="123" />
        <source>Activities they took part in remain; each of them is shown as “%1”.</source>
        <translation>Aktiviteter som de deltog i finns kvar; där visas var och en av dem som ”%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="124" />
        <source>If someone has asked for a register extract, save it first.</source>
        <translation>Om någon av dem har begärt ett registerutdrag: spara det först.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="132" />
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/editors/contact.py" line="26" />
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="27" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="28" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="29" />
        <location filename="../../desktop/editors/contact.py" line="30" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="29" />
        <source>name@example.com</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="31" />
        <location filename="../../desktop/editors/contact.py" line="32" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="33" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="34" />
        <source>Programme office staff</source>
        <translation>Programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="35" />
        <source>Works in the programme office</source>
        <translation>Arbetar på programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="36" />
        <location filename="../../desktop/editors/contact.py" line="37" />
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="38" />
        <source>Type an organisation's name to add it…</source>
        <translation>Skriv en organisations namn för att lägga till den…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="39" />
        <source>Works at</source>
        <translation>Arbetar på</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="40" />
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="41" />
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="42" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="42" />
        <source>Where the details come from</source>
        <translation>Var uppgifterna kommer ifrån</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="43" />
        <source>Informed on</source>
        <translation>Informerad den</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="44" />
        <source>Keep until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="45" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <location filename="../../desktop/labels.py" line="32" />
        <source>erased person</source>
        <translation>raderad person</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="174" />
        <location filename="../../desktop/window/data_protection.py" line="277" />
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="200" />
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="201" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="203" />
        <source>Save the register extract</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="215" />
        <source>The register extract was saved: %1</source>
        <translation>Registerutdraget sparades: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="219" />
        <source>Writing the register extract…</source>
        <translation>Skriver registerutdraget…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="249" />
        <source>Erasing…</source>
        <translation>Raderar…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="264" />
        <source>The erasure is not finished: %1 left (see the message).</source>
        <translation>Raderingen är inte klar: %1 kvar (se meddelandet).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="269" />
        <source>The person was erased permanently (backups cleaned: %1).</source>
        <translation>Personen är raderad permanent (rensade säkerhetskopior: %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="271" />
        <source>%2 persons were erased permanently (backups cleaned: %1).</source>
        <translation>%2 personer är raderade permanent (rensade säkerhetskopior: %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="278" />
        <source>The person is erased from the database, but the erasure is not finished everywhere. What is left:</source>
        <translation>Personen är raderad ur databasen, men raderingen är inte klar överallt. Det här återstår:</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="281" />
        <source>Kunskapsbanken finishes it the next time it starts, once what is in the way is gone (a disk with room, a folder that can be written, the backup disk plugged in).</source>
        <translation>Kunskapsbanken gör klart det nästa gång den startar, när det som står i vägen är borta (en disk med ledigt utrymme, en mapp som går att skriva i, säkerhetskopiedisken inkopplad).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="299" />
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="301" />
        <source>Register extract…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="302" />
        <source>Erase the person permanently…</source>
        <translation>Radera personen permanent…</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="9" />
        <source>register-extract</source>
        <translation>registerutdrag</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="70" />
        <source>Export activities</source>
        <translation>Exportera aktiviteter</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="71" />
        <source>&amp;All activities</source>
        <translation>&amp;Alla aktiviteter</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="72" />
        <source>Activities &amp;between</source>
        <translation>Aktiviteter &amp;mellan</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="77" />
        <source>From date</source>
        <translation>Från och med datum</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="78" />
        <source>To date</source>
        <translation>Till och med datum</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="87" />
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="92" />
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="94" />
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="99" />
        <source>Which activities should the calendar file hold?</source>
        <translation>Vilka aktiviteter ska kalenderfilen innehålla?</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="118" />
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/editors/deletion.py" line="33" />
        <location filename="../../desktop/editors/deletion.py" line="43" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/deletion.py" line="34" />
        <source>Delete the {kind} “{title}”?

You can undo this afterwards.</source>
        <translation>Ta bort ”{title}” ({kind})?

Du kan ångra det efteråt.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/deletion.py" line="42" />
        <source>Could not delete: {error}</source>
        <translation>Kunde inte ta bort: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="127" />
        <location filename="../../desktop/editors/picker.py" line="154" />
        <source>Type a name to add…</source>
        <translation>Skriv ett namn för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/picker.py" line="158" />
        <source>{name}: chosen</source>
        <translation>{name}: valda</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="77" />
        <location filename="../../desktop/editors/picker.py" line="168" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/picker.py" line="169" />
        <source>{name}: remove the chosen one</source>
        <translation>{name}: ta bort den valda</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/picker.py" line="252" />
        <source>Type to find…</source>
        <translation>Skriv för att söka…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="59" />
        <location filename="../../desktop/editors/link_rows.py" line="114" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="61" />
        <source>Role of {name}</source>
        <translation>Roll för {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="67" />
        <location filename="../../desktop/editors/link_rows.py" line="116" />
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="67" />
        <location filename="../../desktop/editors/link_rows.py" line="116" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="68" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="70" />
        <source>{label} date for {name}</source>
        <translation>{label}-datum för {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="78" />
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="114" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="128" />
        <source>{name}: add</source>
        <translation>{name}: lägg till</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="100" />
        <source>Find duplicates</source>
        <translation>Hitta dubbletter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="105" />
        <source>Record type</source>
        <translation>Posttyp</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="107" />
        <source>&amp;Look among:</source>
        <translation>&amp;Leta bland:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="117" />
        <source>&amp;Merge…</source>
        <translation>&amp;Slå ihop…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="120" />
        <source>&amp;Search again</source>
        <translation>Sök &amp;igen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="122" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="131" />
        <source>Certain pairs (the same e-mail, phone or organisation number) come first. Double-click a pair to compare and merge the two records.</source>
        <translation>Säkra par (samma e-postadress, telefonnummer eller organisationsnummer) visas först. Dubbelklicka på ett par för att jämföra och slå ihop de två posterna.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="144" />
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="144" />
        <source>Other record</source>
        <translation>Andra posten</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="144" />
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="145" />
        <source>Score</source>
        <translation>Likhet</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="145" />
        <source>Certainty</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="146" />
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="173" />
        <location filename="../../desktop/dialogs/duplicates.py" line="176" />
        <source>Looking for duplicates…</source>
        <translation>Letar efter dubbletter…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="188" />
        <source>%1 pairs</source>
        <translation>%1 par</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="189" />
        <source>1 pair</source>
        <translation>1 par</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="192" />
        <source>No duplicates found.</source>
        <translation>Inga dubbletter hittades.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="198" />
        <source>certain</source>
        <translation>säker</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="198" />
        <source>possible</source>
        <translation>möjlig</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="216" />
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/editors/base.py" line="163" />
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="172" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="173" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="188" />
        <source>New {kind}</source>
        <translation>Skapa {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="189" />
        <source>Edit {kind}: {title}</source>
        <translation>Redigera {kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="217" />
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ÅÅÅÅ-MM-DD TT:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="217" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="250" />
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="252" />
        <source>Not ready to save yet: Ctrl+S shows what is missing.</source>
        <translation>Kan inte sparas än: Ctrl+S visar vad som saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="337" />
        <source>Could not save: please correct the marked fields.</source>
        <translation>Kunde inte spara: rätta de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="341" />
        <source>Could not save: {error}</source>
        <translation>Kunde inte spara: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="354" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="355" />
        <source>Save the changes to this {kind}?</source>
        <translation>Spara ändringarna i den här posten ({kind})?</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="140" />
        <source>&amp;Contacts as vCard…</source>
        <translation>&amp;Kontakter som vCard…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="141" />
        <source>&amp;Activities as a calendar (.ics)…</source>
        <translation>&amp;Aktiviteter som kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="142" />
        <source>The current list as &amp;CSV…</source>
        <translation>Aktuell lista som &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="143" />
        <source>The current list as &amp;Excel…</source>
        <translation>Aktuell lista som &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="144" />
        <source>Everything as &amp;JSON…</source>
        <translation>Allt som &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="153" />
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="171" />
        <source>Export the list of %1 as shown</source>
        <translation>Exportera listan med %1 som den visas</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="180" />
        <source>contacts</source>
        <translation>kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="191" />
        <source>Exporting contacts…</source>
        <translation>Exporterar kontakter…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="191" />
        <source>%1 contacts exported to %2</source>
        <translation>%1 kontakter exporterade till %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="205" />
        <source>Export activities</source>
        <translation>Exportera aktiviteter</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="205" />
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="206" />
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="216" />
        <source>Exporting activities…</source>
        <translation>Exporterar aktiviteter…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="216" />
        <source>%1 activities exported to %2</source>
        <translation>%1 aktiviteter exporterade till %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="222" />
        <source>Open a list first (Contacts, Organisations, Projects …): the list shown is what is exported.</source>
        <translation>Öppna en lista först (Kontakter, Organisationer, Projekt …): det är listan som visas som exporteras.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="228" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="228" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="229" />
        <source>Export the list</source>
        <translation>Exportera listan</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="244" />
        <source>Exporting the list…</source>
        <translation>Exporterar listan…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="244" />
        <location filename="../../desktop/window/export_actions.py" line="261" />
        <source>%1 rows exported to %2</source>
        <translation>%1 rader exporterade till %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="250" />
        <source>Export everything</source>
        <translation>Exportera allt</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="250" />
        <source>Kunskapsbanken export (*.json)</source>
        <translation>Export från Kunskapsbanken (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="261" />
        <source>Exporting everything…</source>
        <translation>Exporterar allt…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="293" />
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="293" />
        <source>vCard 3.0, for older programs and phones (*.vcf)</source>
        <translation>vCard 3.0, för äldre program och telefoner (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="294" />
        <source>Export contacts</source>
        <translation>Exportera kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="309" />
        <source>The export failed: %1</source>
        <translation>Exporten misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="313" />
        <source>no permission to write %1</source>
        <translation>behörighet saknas att skriva %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="315" />
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="325" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="22" />
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="23" />
        <source>Import contacts from a vCard file (.vcf), contacts, organisations or projects from a spreadsheet (.csv, .xlsx), or meetings from a calendar file (.ics). You see what will happen before anything is written. A Kunskapsbanken export (.json) is restored into an empty knowledge base.</source>
        <translation>Importera kontakter från en vCard-fil (.vcf), kontakter, organisationer eller projekt från ett kalkylark (.csv, .xlsx) eller möten från en kalenderfil (.ics). Du ser vad som kommer att hända innan något sparas. En export från Kunskapsbanken (.json) återställs i en tom kunskapsbank.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="30" />
        <source>No file chosen (or drop a file here)</source>
        <translation>Ingen fil vald (eller släpp en fil här)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="31" />
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="32" />
        <source>&amp;Choose a file…</source>
        <translation>&amp;Välj en fil…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="52" />
        <source>Importable files (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)</source>
        <translation>Filer som kan importeras (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="53" />
        <source>Contacts (*.vcf *.vcard)</source>
        <translation>Kontakter (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="53" />
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Kalkylark (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="54" />
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="54" />
        <source>Kunskapsbanken export (*.json)</source>
        <translation>Export från Kunskapsbanken (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="54" />
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="55" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="71" />
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="74" />
        <source>An export can only be restored into an empty knowledge base.</source>
        <translation>En export kan bara läsas in i en tom kunskapsbank.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../desktop/editors/activity.py" line="74" />
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="75" />
        <source>Follow-up {n}: what</source>
        <translation>Uppföljning {n}: vad</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="83" />
        <source>Follow-up {n}: owner</source>
        <translation>Uppföljning {n}: ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="85" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="87" />
        <source>Follow-up {n}: due date</source>
        <translation>Uppföljning {n}: klart senast</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="90" />
        <source>Remove this follow-up</source>
        <translation>Ta bort den här uppföljningen</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="91" />
        <source>Remove follow-up {n}</source>
        <translation>Ta bort uppföljning {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="127" />
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="127" />
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="127" />
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="137" />
        <source>Add follow-up</source>
        <translation>Lägg till uppföljning</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="18" />
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="19" />
        <source>Update</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="20" />
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="21" />
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="22" />
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="25" />
        <source>New records</source>
        <translation>Nya poster</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="26" />
        <source>Updates</source>
        <translation>Uppdateringar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="27" />
        <source>Unchanged records</source>
        <translation>Oförändrade poster</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="28" />
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="29" />
        <source>Rejected rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="32" />
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="33" />
        <source>Import as new</source>
        <translation>Importera som ny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="34" />
        <source>Update the existing record</source>
        <translation>Uppdatera den befintliga posten</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="37" />
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="38" />
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="39" />
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="43" />
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="44" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="45" />
        <source>Middle name</source>
        <translation>Mellannamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="46" />
        <source>Whole name (first and last)</source>
        <translation>Hela namnet (för- och efternamn)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="47" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="48" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="49" />
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="50" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="51" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="52" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="53" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="54" />
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="55" />
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="32" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="56" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="57" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="58" />
        <source>Org. number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="59" />
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="60" />
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="61" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="62" />
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="63" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="64" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="65" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="66" />
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="67" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="68" />
        <source>Call</source>
        <translation>Utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="69" />
        <source>Need area</source>
        <translation>Behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="70" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="32" />
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="33" />
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="34" />
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="54" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="73" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="74" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="75" />
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="76" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="77" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="128" />
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen avbröts; ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="129" />
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="37" />
        <location filename="../../desktop/pages/list_page.py" line="42" />
        <location filename="../../desktop/pages/list_page.py" line="50" />
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="38" />
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="40" />
        <source>All calls</source>
        <translation>Alla utlysningar</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="44" />
        <location filename="../../desktop/pages/list_page.py" line="46" />
        <source>All networks</source>
        <translation>Alla nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="48" />
        <source>Everyone</source>
        <translation>Alla personer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="49" />
        <source>Programme office staff</source>
        <translation>Programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="73" />
        <source>Type to filter %1</source>
        <translation>Skriv för att filtrera %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="74" />
        <source>Filter the list</source>
        <translation>Filtrera listan</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../desktop/tasks.py" line="26" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks.py" line="49" />
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="50" />
        <source>Kunskapsbanken – %1</source>
        <translation>Kunskapsbanken – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/navigation.py" line="43" />
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location filename="../../desktop/window/navigation.py" line="26" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/window/navigation.py" line="26" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/window/navigation.py" line="27" />
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="46" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="47" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="48" />
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="49" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="50" />
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Sök överallt…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="52" />
        <source>&amp;New record…</source>
        <translation>&amp;Ny post…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="54" />
        <source>Log a &amp;meeting…</source>
        <translation>&amp;Logga möte…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="55" />
        <source>&amp;Edit record…</source>
        <translation>&amp;Redigera post…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="56" />
        <source>&amp;Delete record…</source>
        <translation>&amp;Ta bort post…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="58" />
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="59" />
        <source>&amp;Forward</source>
        <translation>&amp;Framåt</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="60" />
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="64" />
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="66" />
        <source>Find &amp;duplicates…</source>
        <translation>Hitta &amp;dubbletter…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="67" />
        <source>Re&amp;build the search index</source>
        <translation>&amp;Bygg om sökindexet</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="68" />
        <source>Back&amp;ups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="69" />
        <source>Re&amp;tention review…</source>
        <translation>&amp;Gallring…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="70" />
        <source>&amp;Settings…</source>
        <translation>In&amp;ställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="71" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="72" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="73" />
        <source>&amp;Log of register extracts and erasures…</source>
        <translation>&amp;Logg över registerutdrag och raderingar…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="75" />
        <source>&amp;About Kunskapsbanken</source>
        <translation>&amp;Om Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="83" />
        <source>About Kunskapsbanken</source>
        <translation>Om Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="84" />
        <source>Kunskapsbanken – the knowledge base of IoT Sverige's programme office.
Database: %1</source>
        <translation>Kunskapsbanken – kunskapsbanken för IoT Sveriges programkontor.
Databas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="90" />
        <source>Loading the demo data…</source>
        <translation>Läser in demodata…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/record_actions.py" line="96" />
        <source>The records were merged.</source>
        <translation>Posterna slogs ihop.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="99" />
        <source>Rebuilding the search index…</source>
        <translation>Bygger om sökindexet…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="96" />
        <source>Search index rebuilt: %1 documents</source>
        <translation>Sökindexet har byggts om: %1 dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="103" />
        <source>Kunskapsbanken</source>
        <translation>Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="211" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="217" />
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="39" />
        <source>Match the columns</source>
        <translation>Para ihop kolumnerna</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="45" />
        <source>Record type</source>
        <translation>Posttyp</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="52" />
        <source>&amp;Record type:</source>
        <translation>&amp;Posttyp:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="66" />
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="66" />
        <source>First values</source>
        <translation>Första värdena</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="66" />
        <source>Import as</source>
        <translation>Importera som</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="67" />
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="91" />
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="93" />
        <source>encoding %1</source>
        <translation>teckenkodning %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="95" />
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="95" />
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="95" />
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="95" />
        <source>bar</source>
        <translation>lodstreck</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="96" />
        <source>separated by %1</source>
        <translation>avgränsat med %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="98" />
        <source>sheet %1</source>
        <translation>bladet %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="100" />
        <source>%1 rows could not be read</source>
        <translation>%1 rader kunde inte läsas</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="118" />
        <source>(no header)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="129" />
        <source>(ignore)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="132" />
        <source>Import the column %1 as</source>
        <translation>Importera kolumnen %1 som</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="163" />
        <source>No file has been read.</source>
        <translation>Ingen fil har lästs.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="166" />
        <source>Choose a field for at least one column.</source>
        <translation>Välj ett fält för minst en kolumn.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="170" />
        <source>Choose the column that holds the name (%1).</source>
        <translation>Välj kolumnen som innehåller namnet (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="183" />
        <source>Comparing with the knowledge base…</source>
        <translation>Jämför med kunskapsbanken…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/editors/activity.py" line="191" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="192" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="192" />
        <source>What the meeting was about, in a few words</source>
        <translation>Vad mötet handlade om, med några ord</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="193" />
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="194" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="195" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="196" />
        <source>Online</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="196" />
        <source>Held online</source>
        <translation>Hölls digitalt</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="197" />
        <source>Attendance</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="197" />
        <source>Number of people (events)</source>
        <translation>Antal vid evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="199" />
        <source>Who and what</source>
        <translation>Deltagare och ämnen</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="200" />
        <location filename="../../desktop/editors/activity.py" line="202" />
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="201" />
        <source>Type a person or an organisation to add…</source>
        <translation>Skriv en person eller en organisation för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="203" />
        <location filename="../../desktop/editors/activity.py" line="204" />
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="203" />
        <source>Type a project or a network to add…</source>
        <translation>Skriv ett projekt eller ett nätverk för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="205" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="207" />
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="213" />
        <source>Log a meeting</source>
        <translation>Logga möte</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="35" />
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="36" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="37" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="38" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="39" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="40" />
        <location filename="../../desktop/dialogs/merge_comparison.py" line="54" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="41" />
        <source>Programme office staff</source>
        <translation>Programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="42" />
        <location filename="../../desktop/dialogs/merge_comparison.py" line="57" />
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="43" />
        <source>Legal basis (GDPR)</source>
        <translation>Rättslig grund (GDPR)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="44" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="45" />
        <source>Informed</source>
        <translation>Informerad</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="46" />
        <source>Keep until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="49" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="50" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="51" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="52" />
        <source>Org. number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="53" />
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="55" />
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="56" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="62" />
        <source>1 organisation link</source>
        <translation>1 organisationskoppling</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="63" />
        <source>%1 organisation links</source>
        <translation>%1 organisationskopplingar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="64" />
        <source>1 contact link</source>
        <translation>1 kontaktkoppling</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="65" />
        <source>%1 contact links</source>
        <translation>%1 kontaktkopplingar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="66" />
        <source>1 project</source>
        <translation>1 projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="66" />
        <source>%1 projects</source>
        <translation>%1 projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="67" />
        <source>1 network</source>
        <translation>1 nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="67" />
        <source>%1 networks</source>
        <translation>%1 nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="68" />
        <source>1 activity</source>
        <translation>1 aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="68" />
        <source>%1 activities</source>
        <translation>%1 aktiviteter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="69" />
        <source>1 note</source>
        <translation>1 anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="69" />
        <source>%1 notes</source>
        <translation>%1 anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="70" />
        <source>1 follow-up</source>
        <translation>1 uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="70" />
        <source>%1 follow-ups</source>
        <translation>%1 uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="71" />
        <source>1 tag</source>
        <translation>1 tagg</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="71" />
        <source>%1 tags</source>
        <translation>%1 taggar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="74" />
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="75" />
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="76" />
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="77" />
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="78" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="79" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="80" />
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="81" />
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="50" />
        <source>Merge contacts</source>
        <translation>Slå ihop kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="50" />
        <source>Merge organisations</source>
        <translation>Slå ihop organisationer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="61" />
        <source>Choose what the merged record keeps. Activities, notes, links and tags of both records end up on the kept one; the other one is deleted.</source>
        <translation>Välj vad den sammanslagna posten ska behålla. Aktiviteter, anteckningar, kopplingar och taggar från båda posterna hamnar på den som behålls; den andra tas bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="92" />
        <source>Type a name to find the other record…</source>
        <translation>Skriv ett namn för att hitta den andra posten…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="93" />
        <source>The record to merge with</source>
        <translation>Posten att slå ihop med</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="98" />
        <source>Merge with:</source>
        <translation>Slå ihop med:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="103" />
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="106" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="116" />
        <source>Find the record to merge %1 with.</source>
        <translation>Hitta posten som %1 ska slås ihop med.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="208" />
        <source>Keep %1</source>
        <translation>Behåll %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="235" />
        <source>created %1</source>
        <translation>skapad %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="254" />
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="260" />
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="285" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="285" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="296" />
        <source>Linked to</source>
        <translation>Kopplad till</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="185" />
        <source>%1 is kept; %2 is deleted.</source>
        <translation>%1 behålls; %2 tas bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="187" />
        <source>Moved to %1: %2.</source>
        <translation>Flyttas till %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="189" />
        <source>Nothing is linked to %1.</source>
        <translation>Inget är kopplat till %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="232" />
        <source>The records were not merged: %1</source>
        <translation>Posterna slogs inte ihop: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/messages/names.py" line="13" />
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="14" />
        <source>short_name</source>
        <translation>kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="15" />
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="16" />
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="17" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="18" />
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="19" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="20" />
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="21" />
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="22" />
        <source>first_name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="23" />
        <source>last_name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="24" />
        <source>emails</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="25" />
        <source>phones</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="26" />
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="27" />
        <source>county</source>
        <translation>län</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="28" />
        <source>website</source>
        <translation>webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="29" />
        <source>org_number</source>
        <translation>organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="30" />
        <source>legal_basis</source>
        <translation>rättslig grund</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="31" />
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="32" />
        <source>informed_at</source>
        <translation>informerad den</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="33" />
        <source>retain_until</source>
        <translation>sparas till</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="34" />
        <source>need_areas</source>
        <translation>behovsområden</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="35" />
        <source>need_area</source>
        <translation>behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="36" />
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="37" />
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="38" />
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="39" />
        <source>opens</source>
        <translation>öppningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="40" />
        <source>closes</source>
        <translation>stängningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="41" />
        <source>decision_by</source>
        <translation>beslut senast</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="42" />
        <source>budget_sek</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="43" />
        <source>start_date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="44" />
        <source>end_date</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="45" />
        <source>total_budget_sek</source>
        <translation>total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="46" />
        <source>grant_sek</source>
        <translation>bidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="47" />
        <source>starts</source>
        <translation>starttid</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="48" />
        <source>ends</source>
        <translation>sluttid</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="49" />
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="50" />
        <source>attendance</source>
        <translation>antal deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="51" />
        <source>minutes</source>
        <translation>minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="52" />
        <source>from_date</source>
        <translation>från-datum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="53" />
        <source>to_date</source>
        <translation>till-datum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="54" />
        <source>due</source>
        <translation>klart senast</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="55" />
        <source>done_at</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="56" />
        <source>parent_id</source>
        <translation>del av</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="57" />
        <source>call_id</source>
        <translation>utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="58" />
        <source>coordinator_id</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="59" />
        <source>contact_id</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="60" />
        <source>organisation_id</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="61" />
        <source>project_id</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="62" />
        <source>network_id</source>
        <translation>nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="63" />
        <source>activity_id</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="64" />
        <source>owner_id</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="65" />
        <source>tag_id</source>
        <translation>tagg</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="66" />
        <source>entity_type</source>
        <translation>posttyp</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="67" />
        <source>entity_id</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="69" />
        <source>entity type</source>
        <translation>posttyp</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="70" />
        <source>entity</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="71" />
        <source>tag id</source>
        <translation>tagg</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="72" />
        <source>entity id</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="74" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="75" />
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="76" />
        <source>call</source>
        <translation>utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="77" />
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="78" />
        <source>network</source>
        <translation>nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="79" />
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="80" />
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="81" />
        <source>tag</source>
        <translation>tagg</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="82" />
        <source>tagging</source>
        <translation>taggning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="83" />
        <source>affiliation</source>
        <translation>anknytning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="84" />
        <source>project_party</source>
        <translation>projektpart</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="85" />
        <source>membership</source>
        <translation>medlemskap</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="86" />
        <source>activity_link</source>
        <translation>aktivitetskoppling</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="87" />
        <source>follow_up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="88" />
        <source>affiliations</source>
        <translation>arbetar på</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="89" />
        <source>parties</source>
        <translation>parter</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="90" />
        <source>members</source>
        <translation>medlemmar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="91" />
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="92" />
        <source>topics</source>
        <translation>ämnen</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="93" />
        <source>links</source>
        <translation>kopplingar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="94" />
        <source>follow_ups</source>
        <translation>uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="7" />
        <source>'{value}' is not an organisationsnummer (NNNNNN-NNNN, ten digits)</source>
        <translation>”{value}” är inget organisationsnummer (NNNNNN-NNNN, tio siffror)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="9" />
        <source>'{value}' is not an organisationsnummer (the third digit must be 2 or more)</source>
        <translation>”{value}” är inget organisationsnummer (den tredje siffran måste vara 2 eller högre)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="11" />
        <source>'{value}' has a wrong check digit (Luhn)</source>
        <translation>”{value}” har fel kontrollsiffra (Luhn)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="12" />
        <source>'{value}' is not a valid e-mail address</source>
        <translation>”{value}” är ingen giltig e-postadress</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="13" />
        <source>'{value}' is not a phone number</source>
        <translation>”{value}” är inget telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="14" />
        <source>'{value}' is not a valid phone number</source>
        <translation>”{value}” är inget giltigt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="15" />
        <source>'{value}' is not an ISO date (YYYY-MM-DD)</source>
        <translation>”{value}” är inget datum i formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="16" />
        <source>'{value}' is not a date in the calendar</source>
        <translation>”{value}” är inget datum som finns i kalendern</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="17" />
        <source>'{value}' is not an ISO date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>”{value}” är ingen tidpunkt i formen ÅÅÅÅ-MM-DD TT:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="18" />
        <source>'{value}' is not a date and time in the calendar</source>
        <translation>”{value}” är ingen tidpunkt som finns i kalendern</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="19" />
        <source>'{value}' is not a whole number of kronor</source>
        <translation>”{value}” är inget helt antal kronor</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="20" />
        <source>{value} is negative; amounts are 0 kr or more</source>
        <translation>{value} är negativt; belopp är 0 kr eller mer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="21" />
        <source>{value} kr is too large (at most {maximum_sek})</source>
        <translation>{value} kr är ett för stort belopp (högst {maximum_sek})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="22" />
        <source>'{value}' is not between {minimum} and {maximum}</source>
        <translation>”{value}” ligger inte mellan {minimum} och {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="23" />
        <source>{value} is more than {maximum}</source>
        <translation>{value} är mer än {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="25" />
        <source>contains a control character (U+{code})</source>
        <translation>innehåller ett styrtecken (U+{code})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="26" />
        <source>contains an unpaired surrogate (U+{code}), which is not text</source>
        <translation>innehåller ett ensamt surrogattecken (U+{code}), som inte är text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="28" />
        <source>contains an invisible formatting character (U+{code}) that can disguise the text</source>
        <translation>innehåller ett osynligt formateringstecken (U+{code}) som kan dölja vad texten säger</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="30" />
        <source>{value} is not text</source>
        <translation>{value} är ingen text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="31" />
        <source>{value} is not a whole number</source>
        <translation>{value} är inget heltal</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="32" />
        <source>{value} is not true or false</source>
        <translation>{value} är varken sant eller falskt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="33" />
        <source>{value} is not a list of texts</source>
        <translation>{value} är ingen lista av texter</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="34" />
        <source>at most {maximum} entries</source>
        <translation>högst {maximum} poster</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="35" />
        <source>'{value}' is not a record id (a UUID: 8-4-4-4-12 lowercase hexadecimal digits)</source>
        <translation>”{value}” är inget post-id (ett UUID: 8-4-4-4-12 hexadecimala siffror, gemener)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="37" />
        <source>'{value}' is not a time stamp (YYYY-MM-DDTHH:MM:SS.sssZ, 1900-2100)</source>
        <translation>”{value}” är ingen tidsstämpel (YYYY-MM-DDTHH:MM:SS.sssZ, 1900–2100)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="40" />
        <source>nested too deeply</source>
        <translation>för djupt nästlad</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="41" />
        <source>not a JSON object ({detail})</source>
        <translation>inget JSON-objekt ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="42" />
        <source>'{value}' does not have the expected form</source>
        <translation>”{value}” har inte den väntade formen</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="43" />
        <source>'{value}' is not a change-log clock (13 digits.5 digits.device)</source>
        <translation>”{value}” är ingen klocka i ändringsloggen (13 siffror.5 siffror.enhet)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="44" />
        <source>change-log entry {id}: {field}: {reason}</source>
        <translation>post {id} i ändringsloggen: {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="46" />
        <source>{field} is required</source>
        <translation>{field} måste anges</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="47" />
        <source>a first or last name is required</source>
        <translation>förnamn eller efternamn måste anges</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="48" />
        <source>a start date is required</source>
        <translation>ett startdatum måste anges</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="49" />
        <source>{value} has the wrong type</source>
        <translation>{value} har fel typ</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="50" />
        <source>'{value}' is not a year between {minimum} and {maximum}</source>
        <translation>”{value}” är inget årtal mellan {minimum} och {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="51" />
        <source>the grant ({grant_sek}) exceeds the total budget ({total_budget_sek})</source>
        <translation>bidraget ({grant_sek}) är större än den totala budgeten ({total_budget_sek})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="53" />
        <source>co-financing is {share} % of the total budget; the programme requires at least {minimum} %</source>
        <translation>medfinansieringen är {share} % av den totala budgeten; programmet kräver minst {minimum} %</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="56" />
        <source>'{value}' is not a count of people (0 or more)</source>
        <translation>”{value}” är inget antal personer (0 eller fler)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="57" />
        <source>exactly one of {fields} must be set</source>
        <translation>exakt en av {fields} måste anges</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="58" />
        <source>at most {maximum} characters</source>
        <translation>högst {maximum} tecken</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="59" />
        <source>{value} is before {other_field} {other_value}</source>
        <translation>{value} är tidigare än {other_field} ({other_value})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="60" />
        <source>'{value}' is not one of: {allowed}</source>
        <translation>”{value}” är inte något av: {allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="62" />
        <source>no {entity} with id {id}</source>
        <translation>{entity} med id {id} finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="63" />
        <source>{value} lies below this {entity}: a parent cannot also be a descendant</source>
        <translation>{value} ligger under den här posten ({entity}): en överordnad post kan inte samtidigt vara underordnad</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="65" />
        <source>conflicts with an existing {entity}: {detail}</source>
        <translation>krockar med en befintlig post ({entity}): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="66" />
        <source>there is already a tag named '{name}'</source>
        <translation>det finns redan en tagg som heter ”{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="68" />
        <source>{path} is not a Kunskapsbanken database ({detail})</source>
        <translation>{path} är ingen Kunskapsbanken-databas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="70" />
        <source>{path} holds tables of another program; it is not a Kunskapsbanken database</source>
        <translation>{path} innehåller tabeller från ett annat program; det är ingen Kunskapsbanken-databas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="72" />
        <source>{path} does not exist</source>
        <translation>{path} finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="74" />
        <source>{path} has schema version {version}, newer than this app understands ({supported}); update the app. The file was not changed.</source>
        <translation>{path} har schemaversion {version}, nyare än den här versionen av appen förstår ({supported}); uppdatera appen. Filen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="77" />
        <source>{path} could not be opened: {detail}</source>
        <translation>{path} gick inte att öppna: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="79" />
        <source>the database file is read-only (mode {mode}): {path}; nothing was changed. Reading it works (the command line's search, export and check); to change it, make the file writable (chmod u+w)</source>
        <translation>databasfilen är skrivskyddad (läge {mode}): {path}; ingenting ändrades. Den går att läsa (kommandoradens search, export och check); gör filen skrivbar (chmod u+w) för att ändra i den</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="82" />
        <source>the folder {folder} is not writable: the database needs to write its journal there ({path}); nothing was changed</source>
        <translation>mappen {folder} går inte att skriva i: databasen behöver skriva sin journal där ({path}); ingenting ändrades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="85" />
        <source>{path} is read-only and has schema version {version}: it must be writable once to be migrated to version {supported}; it was not changed</source>
        <translation>{path} är skrivskyddad och har schemaversion {version}: filen måste vara skrivbar en gång för att uppdateras till version {supported}; den ändrades inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="88" />
        <source>{path}: the database file is damaged: run restore from a backup ({detail})</source>
        <translation>{path}: databasfilen är skadad: återställ den från en säkerhetskopia ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="90" />
        <source>{path} is read-only and holds a transaction a stopped program left unfinished: it must be writable once so that it can be rolled back; it was not changed</source>
        <translation>{path} är skrivskyddad och innehåller en transaktion som ett avbrutet program lämnade ofullbordad: filen måste vara skrivbar en gång så att den kan rullas tillbaka; den ändrades inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="55" />
        <source>a network cannot be its own parent</source>
        <translation>ett nätverk kan inte ingå i sig självt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="7" />
        <source>the search index could not be read; it is being rebuilt</source>
        <translation>sökindexet gick inte att läsa; det byggs om nu</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="8" />
        <source>the search failed</source>
        <translation>sökningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="9" />
        <source>page {page} with {page_size} hits a page: the page must be 1 or more and the hits a page 1 to {maximum}</source>
        <translation>sida {page} med {page_size} träffar per sida: sidan måste vara 1 eller mer och träffarna per sida 1 till {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="12" />
        <source>the search index needs a database file</source>
        <translation>sökindexet behöver en databasfil</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="14" />
        <source>{folder}: another program or Kunskapsbanken window is writing to the search index; try again in a moment</source>
        <translation>{folder}: ett annat program eller Kunskapsbanken-fönster skriver till sökindexet; försök igen om en stund</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="17" />
        <source>{folder}: the search index was replaced while waiting to write to it</source>
        <translation>{folder}: sökindexet byttes ut medan skrivningen väntade</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="19" />
        <source>{folder}: no search index of schema version {schema}</source>
        <translation>{folder}: inget sökindex med schemaversion {schema}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="20" />
        <source>{folder}: the search index cannot be opened ({error})</source>
        <translation>{folder}: sökindexet går inte att öppna ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="21" />
        <source>{folder}: the search index is damaged ({error})</source>
        <translation>{folder}: sökindexet är skadat ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="22" />
        <source>{folder}: the search index is missing</source>
        <translation>{folder}: sökindexet saknas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="23" />
        <source>{folder}: the search index cannot be written ({error})</source>
        <translation>{folder}: sökindexet går inte att skriva ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="24" />
        <source>{folder}: writing the search index failed ({error})</source>
        <translation>{folder}: skrivningen till sökindexet misslyckades ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="25" />
        <source>the search index's version column of {documents} documents holds {values}</source>
        <translation>sökindexets versionskolumn för {documents} dokument innehåller {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="27" />
        <source>the search index lacks the field lengths of {column}</source>
        <translation>sökindexet saknar fältlängderna för {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="29" />
        <source>the search index belongs to another database or a later state</source>
        <translation>sökindexet hör till en annan databas eller ett senare läge</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="31" />
        <source>the search index needs a rebuild</source>
        <translation>sökindexet behöver byggas om</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="7" />
        <source>same e-mail</source>
        <translation>samma e-postadress</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="8" />
        <source>same phone</source>
        <translation>samma telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="9" />
        <source>same organisation number</source>
        <translation>samma organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="10" />
        <source>same name in the same organisation</source>
        <translation>samma namn i samma organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="11" />
        <source>same name</source>
        <translation>samma namn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="12" />
        <source>similar name in the same organisation</source>
        <translation>liknande namn i samma organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="13" />
        <source>similar name</source>
        <translation>liknande namn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="15" />
        <source>only records of these kinds can be merged: {entities} (not {entity})</source>
        <translation>bara poster av dessa slag kan slås ihop: {entities} (inte {entity})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="17" />
        <source>a record ({entity}) cannot be merged with itself</source>
        <translation>en post ({entity}) kan inte slås ihop med sig själv</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="18" />
        <source>the two records are of different kinds ({other_entity} and {entity}): only two records of the same kind can be merged</source>
        <translation>posterna är av olika slag ({other_entity} och {entity}): bara två poster av samma slag kan slås ihop</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="21" />
        <source>the record to keep ({entity}) is deleted; restore it before merging</source>
        <translation>posten som ska behållas ({entity}) är borttagen; återställ den innan ni slår ihop</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="23" />
        <source>the record to merge into the other ({entity}) is deleted; restore it before merging</source>
        <translation>posten som ska slås ihop med den andra ({entity}) är borttagen; återställ den först</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="25" />
        <source>a record ({entity}) has no field '{value}' to choose</source>
        <translation>en post ({entity}) har inget fält ”{value}” att välja</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="27" />
        <source>there is no operation with id {id}</source>
        <translation>det finns ingen ändring med id {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="28" />
        <source>changes to {entity} cannot be undone</source>
        <translation>ändringar av {entity} kan inte ångras</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="29" />
        <source>this change ({action}, {entity}) cannot be undone</source>
        <translation>den här ändringen ({action}, {entity}) kan inte ångras</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="30" />
        <source>cannot undo: a record ({entity}) that this operation changed has been changed since</source>
        <translation>kan inte ångras: en post ({entity}) som ändringen rörde har ändrats sedan dess</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="32" />
        <source>cannot undo: the record ({entity}) that this operation created is now used elsewhere ({used_by_entity})</source>
        <translation>kan inte ångras: posten ({entity}) som åtgärden skapade används nu på annat håll ({used_by_entity})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="161" />
        <source>same id</source>
        <translation>samma id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="162" />
        <source>same calendar UID</source>
        <translation>samma kalender-UID</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="163" />
        <source>same title and start</source>
        <translation>samma titel och starttid</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="164" />
        <source>same reference</source>
        <translation>samma diarienummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="165" />
        <source>same title</source>
        <translation>samma titel</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="99" />
        <source>no name (a first or last name is required)</source>
        <translation>inget namn (förnamn eller efternamn måste anges)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="100" />
        <source>no name (an organisation's name is required)</source>
        <translation>inget namn (organisationens namn måste anges)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="101" />
        <source>no title (a project's title is required)</source>
        <translation>ingen titel (projektets titel måste anges)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="123" />
        <source>the vCard has no name (N or FN) and no e-mail address; it is skipped</source>
        <translation>vCard-kortet har inget namn (N eller FN) och ingen e-postadress; det hoppas över</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="135" />
        <source>BEGIN: without a component name</source>
        <translation>BEGIN: utan namn på komponenten</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="136" />
        <source>BEGIN:{component} outside BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>BEGIN:{component} utanför BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="138" />
        <source>END:{component} without a BEGIN:{component} before it</source>
        <translation>END:{component} utan någon BEGIN:{component} före</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="139" />
        <source>END:{component} where END:{expected} was expected (BEGIN:{expected} is on line {begin_line})</source>
        <translation>END:{component} där END:{expected} väntades (BEGIN:{expected} står på rad {begin_line})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="141" />
        <source>BEGIN:{component} has no END:{component}: the file looks truncated</source>
        <translation>BEGIN:{component} saknar END:{component}: filen verkar avklippt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="143" />
        <source>line {line}: text after END:VCALENDAR was ignored</source>
        <translation>rad {line}: text efter END:VCALENDAR hoppades över</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="144" />
        <source>'{text}' is not an iCalendar line (NAME:value)</source>
        <translation>”{text}” är ingen iCalendar-rad (NAMN:värde)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="145" />
        <source>line {line}: unknown time zone '{zone}'; its times were taken as Swedish time</source>
        <translation>rad {line}: okänd tidszon ”{zone}”; tiderna tolkades som svensk tid</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="147" />
        <source>'{value}' is not an iCalendar date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS)</source>
        <translation>”{value}” är inget iCalendar-datum (ÅÅÅÅMMDD) eller datum och tid (ÅÅÅÅMMDDTttmmss)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="149" />
        <source>'{value}' is too far in the past or future</source>
        <translation>”{value}” ligger för långt bak eller fram i tiden</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="150" />
        <source>the end is too far in the future</source>
        <translation>sluttiden ligger för långt fram i tiden</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="151" />
        <source>'{value}' is not an iCalendar duration (like PT1H30M)</source>
        <translation>”{value}” är ingen varaktighet i iCalendar-form (som PT1H30M)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="152" />
        <source>the event ends ({ends}) before it starts ({starts})</source>
        <translation>händelsen slutar ({ends}) innan den börjar ({starts})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="153" />
        <source>the event has no title (SUMMARY)</source>
        <translation>händelsen har ingen titel (SUMMARY)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="154" />
        <source>the event has no start (DTSTART)</source>
        <translation>händelsen har ingen starttid (DTSTART)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="28" />
        <location filename="../../desktop/messages/interchange.py" line="8" />
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="29" />
        <location filename="../../desktop/messages/interchange.py" line="11" />
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="10" />
        <source>is a folder, not a file</source>
        <translation>är en mapp, inte en fil</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="18" />
        <source>an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>en Excel 97–2003-arbetsbok (.xls) kan inte läsas; spara den som Excel-arbetsbok (.xlsx) eller som CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="22" />
        <source>is a binary file, not text</source>
        <translation>är en binärfil, inte text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="47" />
        <source>is not a valid Excel workbook (.xlsx): it is not a zip file</source>
        <translation>är ingen giltig Excel-arbetsbok (.xlsx): den är ingen zip-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="75" />
        <source>has a header but no rows</source>
        <translation>har en rubrikrad men inga rader</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="69" />
        <source>the file holds no data (only empty lines)</source>
        <translation>filen innehåller inga data (bara tomma rader)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="110" />
        <source>not a vCard file (it has no BEGIN:VCARD line)</source>
        <translation>ingen vCard-fil (den har ingen rad BEGIN:VCARD)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="109" />
        <source>not a vCard file: it holds binary data, not text</source>
        <translation>ingen vCard-fil: den innehåller binära data, inte text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="9" />
        <source>cannot be read ({detail})</source>
        <translation>kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="12" />
        <source>the file is {size_mb} MB; the largest file that can be imported is {limit_mb} MB (split it, or export without photos)</source>
        <translation>filen är {size_mb} MB; den största fil som kan importeras är {limit_mb} MB (dela upp den, eller exportera utan foton)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="15" />
        <source>unsupported file type '{suffix}' (supported: {supported})</source>
        <translation>filtypen ”{suffix}” kan inte importeras (de som kan: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="16" />
        <source>the file name has no suffix, so its type is unknown (supported: {supported})</source>
        <translation>filnamnet har ingen ändelse, så filtypen är okänd (de som kan importeras: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="20" />
        <source>no column could be matched to a {entity} field</source>
        <translation>ingen kolumn kunde paras ihop med ett fält för {entity}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="23" />
        <source>mixes UTF-8 text with bytes that are not UTF-8; save the file again as UTF-8 CSV</source>
        <translation>blandar UTF-8-text med byte som inte är UTF-8; spara filen igen som UTF-8-CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="25" />
        <source>is neither UTF-8 nor Windows-1252 text (byte {byte} cannot be read); save it as UTF-8 CSV</source>
        <translation>är varken UTF-8- eller Windows-1252-text (byte {byte} kan inte läsas); spara den som UTF-8-CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="27" />
        <source>starts as {encoding} text but is broken at byte {byte} (a truncated or damaged file)</source>
        <translation>börjar som {encoding}-text men är trasig vid byte {byte} (en avklippt eller skadad fil)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="29" />
        <source>is a zip file (an Excel workbook?), not CSV text; an Excel workbook must end in .xlsx</source>
        <translation>är en zip-fil (en Excel-arbetsbok?), inte CSV-text; en Excel-arbetsbok ska sluta på .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="31" />
        <source>is an Excel 97-2003 or other Office file, not CSV text; save it as CSV or .xlsx</source>
        <translation>är en Excel 97–2003-fil eller annan Office-fil, inte CSV-text; spara den som CSV eller .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="33" />
        <source>is UTF-16 text without a byte-order mark; save it as UTF-8 CSV</source>
        <translation>är UTF-16-text utan byteordningsmärke; spara den som UTF-8-CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="35" />
        <source>is a binary file, not CSV text</source>
        <translation>är en binärfil, inte CSV-text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="36" />
        <source>a quoted field is never closed (a " is missing); the rest of the file cannot be read</source>
        <translation>ett citerat fält avslutas aldrig (ett " saknas); resten av filen kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="38" />
        <source>a quoted field is followed by more text before the next delimiter (a stray ")</source>
        <translation>ett citerat fält följs av mer text före nästa avgränsare (ett " för mycket)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="40" />
        <source>a field is longer than {limit} characters (probably a " that is never closed)</source>
        <translation>ett fält är längre än {limit} tecken (troligen ett " som aldrig avslutas)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="42" />
        <source>the CSV cannot be read ({detail})</source>
        <translation>CSV-filen kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="44" />
        <source>is an Excel 97-2003 workbook or a password-protected one; save it as an unprotected .xlsx or as CSV</source>
        <translation>är en Excel 97–2003-arbetsbok eller en lösenordsskyddad arbetsbok; spara den som oskyddad .xlsx eller som CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="48" />
        <source>is not a valid Excel workbook (.xlsx): {detail}</source>
        <translation>är ingen giltig Excel-arbetsbok (.xlsx): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="49" />
        <source>unpacks to more than {limit_mb} MB, the most that can be imported (a small file that expands this much is refused as a decompression bomb); split it, or save it as CSV</source>
        <translation>packas upp till mer än {limit_mb} MB, det mesta som kan importeras (en liten fil som växer så mycket avvisas som en dekomprimeringsbomb); dela upp den, eller spara den som CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="52" />
        <source>is not a valid Excel workbook (.xlsx): its part {part} does not unpack to the size the zip file declares</source>
        <translation>är ingen giltig Excel-arbetsbok (.xlsx): dess del {part} packas inte upp till den storlek som zip-filen anger</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="55" />
        <source>is refused: its part {part} holds an XML document type declaration, which Excel never writes and which can make a small file expand without limit</source>
        <translation>avvisas: dess del {part} innehåller en XML-dokumenttypdeklaration, som Excel aldrig skriver och som kan få en liten fil att växa utan gräns</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="58" />
        <source>is not a workbook as Excel writes it: its part {part} is compressed with zip method {method}; save it again from Excel</source>
        <translation>är ingen arbetsbok som Excel skriver den: dess del {part} är komprimerad med zip-metod {method}; spara den igen från Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="61" />
        <source>has rows beyond row {maximum}, the last row an Excel sheet can have</source>
        <translation>har rader efter rad {maximum}, den sista rad ett Excel-blad kan ha</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="63" />
        <source>cell {cell} holds more than {limit} characters, more than any field takes</source>
        <translation>cell {cell} innehåller mer än {limit} tecken, mer än något fält rymmer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="65" />
        <source>has no sheet named '{sheet}' (sheets: {sheets})</source>
        <translation>har inget blad som heter ”{sheet}” (bladen: {sheets})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="66" />
        <source>the sheet '{sheet}' is a chart, not a table</source>
        <translation>bladet ”{sheet}” är ett diagram, ingen tabell</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="67" />
        <source>has no worksheet</source>
        <translation>har inget kalkylblad</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="70" />
        <source>the sheet holds no data (only empty lines)</source>
        <translation>bladet innehåller inga data (bara tomma rader)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="71" />
        <source>has {count} columns; the header has {expected}</source>
        <translation>har {count} kolumner; rubrikraden har {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="72" />
        <source>{count} of {total} rows do not have the header's {width} columns, starting with this one (probably a wrong delimiter or broken quoting)</source>
        <translation>{count} av {total} rader har inte rubrikradens {width} kolumner, från och med den här (troligen fel avgränsare eller trasiga citattecken)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="76" />
        <source>column {column} of the header has no name, but holds data (first on line {first_line})</source>
        <translation>kolumn {column} i rubrikraden saknar namn men innehåller data (först på rad {first_line})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="78" />
        <source>the header has the column '{column}' twice (columns {first} and {second}); every column needs its own name</source>
        <translation>rubrikraden har kolumnen ”{column}” två gånger (kolumn {first} och {second}); varje kolumn behöver ett eget namn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="82" />
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>är inte UTF-8-text (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="83" />
        <source>invalid JSON (column {column}: {detail})</source>
        <translation>ogiltig JSON (kolumn {column}: {detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="84" />
        <source>a mapping is a JSON object: {{"type": "contact", "columns": {{...}}}}</source>
        <translation>en mappning är ett JSON-objekt: {{"type": "contact", "columns": {{...}}}}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="86" />
        <source>unknown key '{key}' (a mapping has "type" and "columns")</source>
        <translation>okänd nyckel ”{key}” (en mappning har ”type” och ”columns”)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="88" />
        <source>unknown type {value} (use contact, organisation or project)</source>
        <translation>okänd typ {value} (använd contact, organisation eller project)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="90" />
        <source>"columns" must be an object of column name -&gt; field</source>
        <translation>”columns” ska vara ett objekt med kolumnnamn -&gt; fält</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="92" />
        <source>unknown field {value} for the column '{column}' (fields of a {entity}: {allowed})</source>
        <translation>okänt fält {value} för kolumnen ”{column}” (fälten för {entity}: {allowed})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="94" />
        <source>the column '{column}' is mapped twice</source>
        <translation>kolumnen ”{column}” är mappad två gånger</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="95" />
        <source>the column '{column}' matches several columns of the file: {matches}</source>
        <translation>kolumnen ”{column}” passar flera av filens kolumner: {matches}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="97" />
        <source>the column '{column}' is not in the file's header</source>
        <translation>kolumnen ”{column}” finns inte i filens rubrikrad</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="102" />
        <source>columns with data that are not imported (no matching field): {columns}</source>
        <translation>kolumner med data som inte importeras (inget motsvarande fält): {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="104" />
        <source>columns with data that are not imported (no matching field): {columns} and {more} more</source>
        <translation>kolumner med data som inte importeras (inget motsvarande fält): {columns} och {more} till</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="107" />
        <source>the file says it is UTF-16, but its text cannot be decoded as UTF-16</source>
        <translation>filen säger att den är UTF-16, men texten går inte att avkoda som UTF-16</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="111" />
        <source>the vCard that starts on line {start_line} has no END:VCARD; the file seems cut off</source>
        <translation>vCard-kortet som börjar på rad {start_line} har ingen END:VCARD; filen verkar avklippt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="113" />
        <source>has no END:VCARD before the next BEGIN:VCARD on line {next_line}; the vCard is skipped</source>
        <translation>saknar END:VCARD före nästa BEGIN:VCARD på rad {next_line}; vCard-kortet hoppas över</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="115" />
        <source>the text is neither UTF-8 nor Windows-1252, so the file's encoding cannot be recognised (save it as UTF-8 and try again)</source>
        <translation>texten är varken UTF-8 eller Windows-1252, så filens teckenkodning går inte att känna igen (spara den som UTF-8 och försök igen)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="118" />
        <source>cannot be read ({reason}); the vCard that starts on line {start_line} is skipped</source>
        <translation>kan inte läsas ({reason}); vCard-kortet som börjar på rad {start_line} hoppas över</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="120" />
        <source>it is not of the form NAME;PARAMETERS:VALUE</source>
        <translation>raden har inte formen NAMN;PARAMETRAR:VÄRDE</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="121" />
        <source>its quoted-printable value is neither UTF-8 nor Windows-1252 text</source>
        <translation>dess quoted-printable-värde är varken UTF-8- eller Windows-1252-text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="125" />
        <source>photos skipped (Kunskapsbanken does not store photos): {count}</source>
        <translation>foton som hoppades över (Kunskapsbanken sparar inga foton): {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="126" />
        <source>birthdays not imported (Kunskapsbanken stores no birthdays): {count}</source>
        <translation>födelsedagar som inte importerades (Kunskapsbanken sparar inga födelsedagar): {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="131" />
        <source>not {encoding} text (byte {byte}); save the calendar again as UTF-8</source>
        <translation>inte {encoding}-text (byte {byte}); spara kalendern igen som UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="133" />
        <source>this is a vCard file (contacts), not an iCalendar file</source>
        <translation>det här är en vCard-fil (kontakter), inte en iCalendar-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="134" />
        <source>not an iCalendar file: it should start with BEGIN:VCALENDAR</source>
        <translation>ingen iCalendar-fil: den ska börja med BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="155" />
        <source>tasks and journal entries (VTODO, VJOURNAL) ignored, only events are imported: {count}</source>
        <translation>uppgifter och journalanteckningar (VTODO, VJOURNAL) som hoppades över, bara händelser importeras: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="157" />
        <source>recurring events of which only the first occurrence was imported: {count}</source>
        <translation>återkommande händelser där bara det första tillfället importerades: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="159" />
        <source>cancelled events skipped: {count}</source>
        <translation>inställda händelser som hoppades över: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="166" />
        <source>same as line {line} ({reason})</source>
        <translation>samma som rad {line} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="167" />
        <source>same as line {line}</source>
        <translation>samma som rad {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="168" />
        <source>{reason}: line {line}</source>
        <translation>{reason}: rad {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="169" />
        <source>line {line}: {count} participant(s) not in the knowledge base were not linked (no contact is created from an invitation)</source>
        <translation>rad {line}: {count} deltagare som inte finns i kunskapsbanken kopplades inte (inga kontakter skapas från en inbjudan)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="173" />
        <source>the knowledge base changed after the preview (another window or program wrote to it): {count} row(s) were matched again just before writing; the figures above are what was written</source>
        <translation>kunskapsbanken ändrades efter förhandsgranskningen (ett annat fönster eller program skrev i den): {count} rad(er) matchades på nytt strax före skrivningen; siffrorna ovan är det som skrevs</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="177" />
        <source>line {line}: the record chosen to be updated was deleted meanwhile; the row was skipped</source>
        <translation>rad {line}: posten som valdes att uppdateras har tagits bort under tiden; raden hoppades över</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="180" />
        <source>line {line}: after the preview the knowledge base got a record this row resembles; the row was skipped as a possible duplicate</source>
        <translation>rad {line}: efter förhandsgranskningen fick kunskapsbanken en post som raden liknar; raden hoppades över som möjlig dubblett</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="185" />
        <source>{path}: no such file</source>
        <translation>{path}: filen finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="186" />
        <source>{path}: not UTF-8 text (byte {byte})</source>
        <translation>{path}: inte UTF-8-text (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="187" />
        <source>{path}: invalid JSON at line {line}, column {column}: {detail}</source>
        <translation>{path}: ogiltig JSON på rad {line}, kolumn {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="189" />
        <source>{path}: nested too deeply to be a Kunskapsbanken export</source>
        <translation>{path}: för djupt nästlad för att vara en export från Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="191" />
        <source>{path}: cannot be read as JSON: {detail}</source>
        <translation>{path}: kan inte läsas som JSON: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="192" />
        <source>{path}: not a Kunskapsbanken export (missing "format": "{format}")</source>
        <translation>{path}: ingen export från Kunskapsbanken (”format”: ”{format}” saknas)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="194" />
        <source>{path}: export of schema version {version}; this app reads version {expected}</source>
        <translation>{path}: export av schemaversion {version}; den här appen läser version {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="196" />
        <source>{path}: "tables" is missing or not an object</source>
        <translation>{path}: ”tables” saknas eller är inget objekt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="197" />
        <source>{path}: unknown table "{table}"</source>
        <translation>{path}: okänd tabell ”{table}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="198" />
        <source>{path}: table "{table}" is not a list</source>
        <translation>{path}: tabellen ”{table}” är ingen lista</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="199" />
        <source>{path}: {table} row {row}: not an object</source>
        <translation>{path}: {table} rad {row}: inget objekt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="200" />
        <source>{path}: {table} row {row}: unknown field "{key}"</source>
        <translation>{path}: {table} rad {row}: okänt fält ”{key}”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="201" />
        <source>{path}: {table} row {row}: missing field "{key}"</source>
        <translation>{path}: {table} rad {row}: fältet ”{key}” saknas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="202" />
        <source>{path}: {table} row {row}: field "{key}" must be non-empty text</source>
        <translation>{path}: {table} rad {row}: fältet ”{key}” måste vara text och får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="204" />
        <source>{path}: {table} row {row} (id {id}): {field}: {reason}</source>
        <translation>{path}: {table} rad {row} (id {id}): {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="205" />
        <source>{path}: {table} row {row} (id {id}): {detail}</source>
        <translation>{path}: {table} rad {row} (id {id}): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="206" />
        <source>{path}: {table} row {row}: field "{key}" refers to a missing {target_entity}</source>
        <translation>{path}: {table} rad {row}: fältet ”{key}” pekar på en post ({target_entity}) som saknas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="208" />
        <source>{path}: table "{table}" has a duplicate {key}</source>
        <translation>{path}: tabellen ”{table}” har samma {key} två gånger</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="129" />
        <source>this is not a text file (it looks binary); an iCalendar file is text</source>
        <translation>det här är ingen textfil (den ser binär ut); en iCalendar-fil är text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="172" />
        <source>the import was cancelled; nothing was written</source>
        <translation>importen avbröts; ingenting sparades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="13" />
        <source>the database is busy: another program or Kunskapsbanken window is writing to it; try again in a moment</source>
        <translation>databasen är upptagen: ett annat program eller Kunskapsbanken-fönster skriver i den; försök igen om en stund</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="16" />
        <source>the database file is read-only; nothing can be saved</source>
        <translation>databasfilen är skrivskyddad; inget kan sparas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="17" />
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="18" />
        <source>the disk could not be read or written (disk I/O error); check the disk and try again</source>
        <translation>disken kunde inte läsas eller skrivas (in/ut-fel); kontrollera disken och försök igen</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="20" />
        <source>the database file is damaged: run restore from a backup</source>
        <translation>databasfilen är skadad: återställ den från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="21" />
        <source>the database's files could not be opened (the file, or its -wal and -shm files beside it); check the folder's permissions</source>
        <translation>databasens filer kunde inte öppnas (filen eller dess -wal- och -shm-filer bredvid den); kontrollera mappens behörigheter</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="24" />
        <location filename="../../desktop/messages/care.py" line="25" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="26" />
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="31" />
        <source>the file is damaged ({detail})</source>
        <translation>filen är skadad ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="32" />
        <source>the file is damaged (integrity_check: {detail})</source>
        <translation>filen är skadad (integrity_check: {detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="35" />
        <source>its schema version {version} is newer than this app understands ({supported}); update the app first</source>
        <translation>dess schemaversion {version} är nyare än den här appen förstår ({supported}); uppdatera appen först</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="39" />
        <source>{path}: no such database file</source>
        <translation>{path}: databasfilen finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="40" />
        <source>{path}: no such folder</source>
        <translation>{path}: mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="41" />
        <source>{path}: the file already exists; choose another name</source>
        <translation>{path}: filen finns redan; välj ett annat namn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="42" />
        <source>the backup of {database} could not be written in {folder}: {reason}</source>
        <translation>säkerhetskopian av {database} gick inte att skriva i {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="44" />
        <source>the backup of {database} failed its check ({problems}); nothing was kept</source>
        <translation>säkerhetskopian av {database} klarade inte kontrollen ({problems}); inget sparades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="46" />
        <source>the backup of {database} failed: {reason}; nothing was kept</source>
        <translation>säkerhetskopieringen av {database} misslyckades: {reason}; inget sparades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="47" />
        <source>{path}: the database stayed locked by another program; try again later</source>
        <translation>{path}: databasen förblev låst av ett annat program; försök igen senare</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="50" />
        <source>{path}: no such backup file</source>
        <translation>{path}: säkerhetskopian finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="51" />
        <source>{path} is the database itself; choose a backup file</source>
        <translation>{path} är själva databasen; välj en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="52" />
        <source>{path} cannot be restored: {problems}. Nothing was changed</source>
        <translation>{path} går inte att återställa: {problems}. Inget ändrades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="53" />
        <source>the copy of {path} failed its check ({problems}). Nothing was changed</source>
        <translation>kopian av {path} klarade inte kontrollen ({problems}). Inget ändrades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="55" />
        <source>restoring {path} failed: {reason}</source>
        <translation>återställningen av {path} misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="56" />
        <source>{path}: the database is in use; close the app first</source>
        <translation>{path}: databasen används av ett annat program eller Kunskapsbanken-fönster; stäng det först</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="57" />
        <source>{path} is not a Kunskapsbanken database (it belongs to another program); it was not replaced</source>
        <translation>{path} är ingen Kunskapsbanken-databas (den hör till ett annat program); den ersattes inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="59" />
        <source>the safety backup of {database} could not be written in {folder}: {reason}. Nothing was changed</source>
        <translation>säkerhetskopian av {database} före återställningen gick inte att skriva i {folder}: {reason}. Inget ändrades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="62" />
        <source>no person given: use a contact id, an e-mail address or the full name</source>
        <translation>ingen person angiven: ange ett kontakt-id, en e-postadress eller hela namnet</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="64" />
        <source>no contact has the e-mail address '{value}' (use a contact id, an e-mail address or the exact full name)</source>
        <translation>ingen kontakt har e-postadressen ”{value}” (ange ett kontakt-id, en e-postadress eller exakt hela namnet)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="67" />
        <source>no contact has the name '{value}' (use a contact id, an e-mail address or the exact full name)</source>
        <translation>ingen kontakt heter ”{value}” (ange ett kontakt-id, en e-postadress eller exakt hela namnet)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="69" />
        <source>{count} contacts have the e-mail address '{value}': {candidates}. Nothing was done; use the id to choose one.</source>
        <translation>{count} kontakter har e-postadressen ”{value}”: {candidates}. Inget gjordes; välj en med hjälp av id:t.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="72" />
        <source>{count} contacts have the name '{value}': {candidates}. Nothing was done; use the id to choose one.</source>
        <translation>{count} kontakter heter ”{value}”: {candidates}. Inget gjordes; välj en med hjälp av id:t.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="75" />
        <source>{id} {name} ({where})</source>
        <translation>{id} {name} ({where})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="76" />
        <source>{id} {name} ({where}, deleted)</source>
        <translation>{id} {name} ({where}, borttagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="77" />
        <source>no organisation</source>
        <translation>ingen organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="80" />
        <source>{path}: unsupported extract format '{suffix}' (use .json or .html)</source>
        <translation>{path}: formatet ”{suffix}” stöds inte för registerutdrag (använd .json eller .html)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="82" />
        <source>the backup {path} could not be cleaned: {reason}</source>
        <translation>säkerhetskopian {path} gick inte att rensa: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="83" />
        <source>the search index {folder} still holds the erased data and could not be rebuilt or removed ({reason}); it is finished the next time the database is opened</source>
        <translation>sökindexet {folder} innehåller fortfarande de raderade uppgifterna och gick inte att bygga om eller ta bort ({reason}); det görs klart nästa gång databasen öppnas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="86" />
        <source>the rebuild failed</source>
        <translation>ombyggnaden misslyckades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="87" />
        <source>the backup folder {path} is not there (an unplugged disk?); the backups in it are cleaned the next time the database is opened with the folder there</source>
        <translation>säkerhetskopiemappen {path} finns inte (en urkopplad disk?); kopiorna i den rensas nästa gång databasen öppnas när mappen finns</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="90" />
        <source>the database file could not be compacted (another program had it open, or the disk is full): old pages may still hold the erased data until the next time the database is opened</source>
        <translation>databasfilen gick inte att komprimera (ett annat program hade den öppen, eller disken är full): gamla sidor kan innehålla de raderade uppgifterna tills databasen öppnas nästa gång</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="94" />
        <source>the erasure was interrupted before the search index, the backups and the file were done; they are done the next time the database is opened</source>
        <translation>raderingen avbröts innan sökindexet, säkerhetskopiorna och filen var klara; de görs klart nästa gång databasen öppnas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="97" />
        <source>the retention period must be a whole number of years, not {value}</source>
        <translation>gallringstiden måste vara ett helt antal år, inte {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="99" />
        <source>the retention period must be {minimum}-{maximum} years, not {value}</source>
        <translation>gallringstiden måste vara {minimum}–{maximum} år, inte {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="30" />
        <source>not a SQLite database file</source>
        <translation>ingen SQLite-databasfil</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="33" />
        <source>not a Kunskapsbanken database (it belongs to another program or is empty)</source>
        <translation>ingen Kunskapsbanken-databas (den hör till ett annat program eller är tom)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="78" />
        <source>the placeholder for erased persons holds no one's data</source>
        <translation>platshållaren för raderade personer innehåller ingen persons uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/__init__.py" line="31" />
        <source>{field} (row {row})</source>
        <translation>{field} (rad {row})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/__init__.py" line="82" />
        <source>{file}, line {line}</source>
        <translation>{file}, rad {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/__init__.py" line="84" />
        <source>{where}, field {field}</source>
        <translation>{where}, fältet {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/__init__.py" line="86" />
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/demo.py" line="6" />
        <source>the demo data goes into an empty knowledge base; this one already holds {records} records ({entities})</source>
        <translation>demodata läggs bara in i en tom kunskapsbank; den här innehåller redan {records} poster ({entities})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="6" />
        <source>wrong passphrase for the shared knowledge base in {folder}</source>
        <translation>fel lösenfras för den delade kunskapsbanken i {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="8" />
        <source>the shared knowledge base in {folder} needs its passphrase</source>
        <translation>den delade kunskapsbanken i {folder} behöver sin lösenfras</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="10" />
        <source>the passphrase must have at least {minimum} characters</source>
        <translation>lösenfrasen måste ha minst {minimum} tecken</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="12" />
        <source>{file} was written by a newer version of the app (format {version}; this app reads {supported}): update the app; nothing was applied</source>
        <translation>{file} skrevs av en nyare version av programmet (format {version}; det här programmet läser {supported}): uppdatera programmet; inget har lagts in</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="15" />
        <source>the shared folder {folder} cannot be used now ({detail}); local work goes on</source>
        <translation>den delade mappen {folder} går inte att använda nu ({detail}); arbetet fortsätter lokalt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="17" />
        <source>{file} is not complete yet (still being copied?); it is retried next time</source>
        <translation>{file} är inte komplett än (kopieras den fortfarande?); den prövas igen nästa gång</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="19" />
        <source>{file} fails authentication (damaged, forged or another key); it is never applied</source>
        <translation>{file} klarar inte äkthetskontrollen (skadad, förfalskad eller en annan nyckel); den läggs aldrig in</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="21" />
        <source>{file} does not read as change-log entries ({detail}); it is never applied</source>
        <translation>{file} går inte att läsa som ändringsloggposter ({detail}); den läggs aldrig in</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="23" />
        <source>{file} is missing; the files after it wait for it</source>
        <translation>{file} saknas; filerna efter den väntar på den</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="24" />
        <source>computer {device} writes times {hours} hours ahead of this computer's clock</source>
        <translation>datorn {device} skriver tider {hours} timmar före den här datorns klocka</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="26" />
        <source>the shared folder's description (kunskapsbanken.json) is damaged ({part})</source>
        <translation>den delade mappens beskrivning (kunskapsbanken.json) är skadad ({part})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="28" />
        <source>{folder} holds change files but no kunskapsbanken.json (not synced yet?)</source>
        <translation>{folder} innehåller ändringsfiler men ingen kunskapsbanken.json (inte synkad än?)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="30" />
        <source>{folder} is not a shared knowledge base (no kunskapsbanken.json)</source>
        <translation>{folder} är ingen delad kunskapsbank (kunskapsbanken.json saknas)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="32" />
        <source>{folder} is not empty; a shared knowledge base is created in an empty folder</source>
        <translation>{folder} är inte tom; en delad kunskapsbank skapas i en tom mapp</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="34" />
        <source>this database is not part of the shared knowledge base in {folder}; join it with a new database</source>
        <translation>den här databasen hör inte till den delade kunskapsbanken i {folder}; anslut med en ny databas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="36" />
        <source>{folder} holds another shared knowledge base than this database's</source>
        <translation>{folder} innehåller en annan delad kunskapsbank än den här databasens</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="38" />
        <source>this database is already shared (in {folder})</source>
        <translation>den här databasen delas redan (i {folder})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="39" />
        <source>{db} already holds data; a computer joins with a new, empty database</source>
        <translation>{db} innehåller redan data; en dator ansluter med en ny, tom databas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="41" />
        <source>this database's device id {device} cannot be used in a shared folder</source>
        <translation>den här databasens enhets-id {device} kan inte användas i en delad mapp</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="43" />
        <source>another database writes as this computer ({device}) in the shared folder (a copied database file?); nothing was sent</source>
        <translation>en annan databas skriver som den här datorn ({device}) i den delade mappen (en kopierad databasfil?); inget har skickats</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="46" />
        <source>this computer's change files up to number {number} are gone from the shared folder ({device}); nothing was sent</source>
        <translation>den här datorns ändringsfiler till och med nummer {number} har försvunnit ur den delade mappen ({device}); inget har skickats</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../desktop/editors/network.py" line="23" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="24" />
        <source>Type to find the network this one is part of…</source>
        <translation>Skriv för att hitta nätverket som det här ingår i…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="27" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="28" />
        <source>Type to find the coordinator…</source>
        <translation>Skriv för att hitta koordinatorn…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="29" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="30" />
        <location filename="../../desktop/editors/network.py" line="32" />
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="31" />
        <source>Type a person or an organisation to add…</source>
        <translation>Skriv en person eller en organisation för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="33" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="69" />
        <source>Pick one from the list, or clear the field</source>
        <translation>Välj i listan eller töm fältet</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="31" />
        <location filename="../../desktop/pages/notes_panel.py" line="56" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="34" />
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Skriv en anteckning… (Ctrl+Enter lägger till den)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="35" />
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="39" />
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="40" />
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Lägg till anteckningen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="103" />
        <source>The note was not saved: %1</source>
        <translation>Anteckningen sparades inte: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="21" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="22" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="23" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="24" />
        <source>Org. number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="25" />
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="26" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="27" />
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="28" />
        <source>Type to find the parent organisation…</source>
        <translation>Skriv för att hitta den överordnade organisationen…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="31" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="32" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="64" />
        <source>Pick an organisation from the list, or clear the field</source>
        <translation>Välj en organisation i listan eller töm fältet</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="23" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="26" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="28" />
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="45" />
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="57" />
        <source>Projects by kind</source>
        <translation>Projekt per typ</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="58" />
        <source>Projects by status</source>
        <translation>Projekt per status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="65" />
        <source>Activities by kind</source>
        <translation>Aktiviteter per typ</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="10" />
        <source>Attendance at events</source>
        <translation>Deltagare vid evenemang</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="11" />
        <source>Co-financing</source>
        <translation>Medfinansiering</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="12" />
        <source>Grants</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="13" />
        <source>Open follow-ups</source>
        <translation>Öppna uppföljningar</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="14" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="15" />
        <source>overdue</source>
        <translation>försenade</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="52" />
        <source>What the import will do</source>
        <translation>Det här gör importen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="55" />
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="93" />
        <source>Decision for every possible duplicate</source>
        <translation>Beslut för alla möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="94" />
        <source>Set for &amp;all</source>
        <translation>Sätt för &amp;alla</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="100" />
        <source>Possible duplicates:</source>
        <translation>Möjliga dubbletter:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="124" />
        <source>What importing %1 will do</source>
        <translation>Det här händer om du importerar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="161" />
        <source>Restore %1</source>
        <translation>Återställ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="168" />
        <source>A Kunskapsbanken export with %1 rows. It is restored into this empty knowledge base, exactly as it was exported.</source>
        <translation>En export från Kunskapsbanken med %1 rader. Den återställs i den här tomma kunskapsbanken, precis som den exporterades.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="175" />
        <source>field %1: %2</source>
        <translation>fältet %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="182" />
        <source>existing: %1</source>
        <translation>befintlig: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="184" />
        <source>adds %1</source>
        <translation>lägger till %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="191" />
        <source>Decision for line %1</source>
        <translation>Beslut för rad %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="220" />
        <source>1 record will be written.</source>
        <translation>1 post sparas.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="220" />
        <source>%1 records will be written.</source>
        <translation>%1 poster sparas.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="222" />
        <source>Nothing to import yet: choose what to do with the possible duplicates.</source>
        <translation>Inget att importera ännu: välj vad som ska hända med de möjliga dubbletterna.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="224" />
        <source>Nothing can be imported: every row is rejected.</source>
        <translation>Inget kan importeras: alla rader är avvisade.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="226" />
        <source>Nothing to import: the knowledge base already holds all of it.</source>
        <translation>Inget att importera: kunskapsbanken har redan allt i filen.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="228" />
        <source>Rejected rows are not imported.</source>
        <translation>Avvisade rader importeras inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="243" />
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="245" />
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../desktop/editors/project.py" line="26" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="27" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="27" />
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="28" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="29" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="30" />
        <source>Call</source>
        <translation>Utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="33" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="34" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="35" />
        <source>Money</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="36" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="37" />
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="43" />
        <source>Co-financing share</source>
        <translation>Andel medfinansiering</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="45" />
        <source>Who</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="46" />
        <source>Type to find the coordinator…</source>
        <translation>Skriv för att hitta koordinatorn…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="47" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="48" />
        <location filename="../../desktop/editors/project.py" line="51" />
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="50" />
        <source>Type an organisation or a person to add…</source>
        <translation>Skriv en organisation eller en person för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="52" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="53" />
        <source>Need area</source>
        <translation>Behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="54" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="99" />
        <source>Co-financing: {share} % ({amount})</source>
        <translation>Medfinansiering: {share} % ({amount})</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="102" />
        <source>Co-financing: –</source>
        <translation>Medfinansiering: –</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="122" />
        <source>Pick an organisation from the list, or clear the field</source>
        <translation>Välj en organisation i listan eller töm fältet</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="30" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="31" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="32" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="33" />
        <location filename="../../desktop/pages/record_html.py" line="46" />
        <location filename="../../desktop/pages/record_html.py" line="72" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="34" />
        <source>Programme office staff</source>
        <translation>Programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="35" />
        <location filename="../../desktop/pages/record_html.py" line="49" />
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="36" />
        <source>Legal basis (GDPR)</source>
        <translation>Rättslig grund (GDPR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="37" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="38" />
        <source>Informed</source>
        <translation>Informerad</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="39" />
        <source>Keep until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="42" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="43" />
        <location filename="../../desktop/pages/record_html.py" line="63" />
        <location filename="../../desktop/pages/record_html.py" line="82" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="44" />
        <source>Org. number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="45" />
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="47" />
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="48" />
        <location filename="../../desktop/pages/record_html.py" line="77" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="52" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="53" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="54" />
        <source>Need areas</source>
        <translation>Behovsområden</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="55" />
        <source>Opens</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="56" />
        <source>Closes</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="57" />
        <source>Decision by</source>
        <translation>Beslut senast</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="58" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="59" />
        <location filename="../../desktop/pages/record_html.py" line="74" />
        <location filename="../../desktop/pages/record_html.py" line="79" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="62" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="64" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="65" />
        <source>Call</source>
        <translation>Utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="66" />
        <location filename="../../desktop/pages/record_html.py" line="78" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="67" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="68" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="69" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="70" />
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="71" />
        <source>Co-financing</source>
        <translation>Medfinansiering</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="73" />
        <source>Need area</source>
        <translation>Behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="83" />
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="84" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="85" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="86" />
        <source>Online</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="87" />
        <source>Attendance</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="88" />
        <source>Logged by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="89" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="68" />
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="69" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="70" />
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="71" />
        <source>Log meeting</source>
        <translation>Logga möte</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="73" />
        <location filename="../../desktop/pages/record_page.py" line="267" />
        <source>Export vCard…</source>
        <translation>Exportera vCard…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="74" />
        <source>Merge with…</source>
        <translation>Slå ihop med…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="75" />
        <source>Register extract…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="76" />
        <source>Erase the person permanently…</source>
        <translation>Radera personen permanent…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="79" />
        <location filename="../../desktop/pages/record_page.py" line="210" />
        <source>Select a record in a list or search (Ctrl+K) to see it here.</source>
        <translation>Välj en post i en lista eller sök (Ctrl+K) så visas den här.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="117" />
        <source>Record details</source>
        <translation>Postens uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="180" />
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="181" />
        <source>More actions for this record</source>
        <translation>Fler åtgärder för den här posten</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="229" />
        <source>This record does not exist (any more).</source>
        <translation>Posten finns inte (längre).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="239" />
        <source>(no name)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="244" />
        <source>Deleted %1. It is hidden from lists and search until restored.</source>
        <translation>Borttagen %1. Posten syns inte i listor och sökningar förrän den återställs.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="266" />
        <source>Add to calendar (.ics)…</source>
        <translation>Lägg till i kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="210" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="210" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="181" />
        <source>Created %1 · changed %2 by %3</source>
        <translation>Skapad %1 · ändrad %2 av %3</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="193" />
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="16" />
        <source>%1 done</source>
        <translation>%1 klara</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="17" />
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="18" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="19" />
        <source>No notes yet.</source>
        <translation>Inga anteckningar än.</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="20" />
        <source>Open follow-ups</source>
        <translation>Öppna uppföljningar</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="21" />
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="289" />
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="24" />
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="29" />
        <source>&amp;Undo the import</source>
        <translation>&amp;Ångra importen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="46" />
        <source>The export was restored: %1 rows.</source>
        <translation>Exporten återställdes: %1 rader.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="51" />
        <source>%1 new</source>
        <translation>%1 nya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="52" />
        <source>%1 updated</source>
        <translation>%1 uppdaterade</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="53" />
        <source>%1 unchanged</source>
        <translation>%1 oförändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="54" />
        <source>%1 possible duplicates skipped</source>
        <translation>%1 möjliga dubbletter hoppades över</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="55" />
        <source>%1 rejected</source>
        <translation>%1 avvisade</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="57" />
        <source>%1 was imported: %2.</source>
        <translation>%1 har importerats: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="59" />
        <source>New organisations: %1.</source>
        <translation>Nya organisationer: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="61" />
        <source>New links: %1.</source>
        <translation>Nya kopplingar: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="65" />
        <source>A backup was taken before the import: %1</source>
        <translation>En säkerhetskopia togs före importen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="81" />
        <source>The import was undone.</source>
        <translation>Importen har ångrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="89" />
        <source>The import could not be undone: %1</source>
        <translation>Importen kunde inte ångras: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="223" />
        <source>Retention review</source>
        <translation>Gallring</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="63" />
        <source>Contact persons who are not programme staff, are not marked to be kept longer (Keep until) and have taken part in no activity during the retention period. Review them and erase those who are no longer needed; double-click a row to open the person.</source>
        <translation>Kontaktpersoner som inte är personal på programkontoret, inte är markerade att sparas längre (Sparas till) och som inte har deltagit i någon aktivitet under gallringstiden. Gå igenom dem och radera dem som inte längre behövs; dubbelklicka på en rad för att öppna personen.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="69" />
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="71" />
        <source>Retention period in years</source>
        <translation>Gallringstid i år</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="75" />
        <source>&amp;Retention period:</source>
        <translation>&amp;Gallringstid:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="87" />
        <source>Tick &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="89" />
        <source>Tick &amp;none</source>
        <translation>Markera &amp;ingen</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="91" />
        <source>&amp;Erase the ticked…</source>
        <translation>&amp;Radera markerade…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="110" />
        <source>Last activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="110" />
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="111" />
        <source>Persons to review</source>
        <translation>Personer att gå igenom</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="138" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="144" />
        <source>No contact person is due for review with a retention period of %1 years.</source>
        <translation>Ingen kontaktperson behöver gallras med gallringstiden %1 år.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="169" />
        <source>%1 of %2 ticked</source>
        <translation>%1 av %2 markerade</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="201" />
        <source>Saved.</source>
        <translation>Sparad.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="205" />
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop/pages/search_page.py" line="27" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="67" />
        <source>Search contacts, organisations, projects, notes…</source>
        <translation>Sök bland kontakter, organisationer, projekt, anteckningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="69" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="91" />
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="175" />
        <source>Show more (%1 left)</source>
        <translation>Visa fler (%1 till)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="183" />
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="191" />
        <source>Type to search. Tip: type:project, org:RISE, "smart cities".</source>
        <translation>Skriv för att söka. Tips: typ:projekt, org:RISE, "smarta städer".</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="194" />
        <source>The search is not available right now: %1</source>
        <translation>Sökningen fungerar inte just nu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="197" />
        <source>No results for “%1”.</source>
        <translation>Inga träffar för ”%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="200" />
        <source>Did you mean: %1?</source>
        <translation>Menade du: %1?</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/pages/search_popup.py" line="24" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="57" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="59" />
        <source>about the organisation %1</source>
        <translation>om organisationen %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="60" />
        <source>about the call %1</source>
        <translation>om utlysningen %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="61" />
        <source>about the project %1</source>
        <translation>om projektet %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="62" />
        <source>about the network %1</source>
        <translation>om nätverket %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="63" />
        <source>about the activity %1</source>
        <translation>om aktiviteten %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="65" />
        <source>about %1</source>
        <translation>om %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="13" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="15" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="16" />
        <source>Follow the system</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="25" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="13" />
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="16" />
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="15" />
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="15" />
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="26" />
        <source>Everything can be done from the keyboard:</source>
        <translation>Allt går att göra från tangentbordet:</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="27" />
        <source>Deleted record</source>
        <translation>Borttagen post</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="27" />
        <source>Deleted at</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="28" />
        <source>Deleted records</source>
        <translation>Borttagna poster</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="31" />
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="32" />
        <source>Restore the selected record</source>
        <translation>Återställ den markerade posten</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="34" />
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <location filename="../../desktop/dialogs/undo_offer.py" line="36" />
        <source>Undo the merge</source>
        <translation>Ångra sammanslagningen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/undo_offer.py" line="70" />
        <source>Undone.</source>
        <translation>Ångrat.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/undo_offer.py" line="79" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/undo_offer.py" line="80" />
        <source>It could not be undone: %1</source>
        <translation>Det gick inte att ångra: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="16" />
        <source>Welcome to Kunskapsbanken</source>
        <translation>Välkommen till Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="18" />
        <source>The knowledge base is empty. Start with the demo data (facts from IoT Sverige's annual report 2022), bring in an export, or create your first record.</source>
        <translation>Kunskapsbanken är tom. Börja med demodata (uppgifter ur IoT Sveriges årsrapport 2022), läs in en export eller skapa din första post.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="22" />
        <source>Load the &amp;demo data</source>
        <translation>Läs in &amp;demodata</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="23" />
        <source>&amp;Import a file…</source>
        <translation>&amp;Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="24" />
        <source>Create the first &amp;contact</source>
        <translation>Skapa den första &amp;kontakten</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="25" />
        <source>Create the first &amp;organisation</source>
        <translation>Skapa den första &amp;organisationen</translation>
    </message>
</context>
</TS>
