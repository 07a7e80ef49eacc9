<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="100" />
        <source>Something went wrong: %1

Details are in the log file:
%2</source>
        <translation>Something went wrong: %1

Details are in the log file:
%2</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="35" />
        <source>Register extract</source>
        <translation>Register extract</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="36" />
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="37" />
        <source>Restored from a backup</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="38" />
        <source>Retention period changed</source>
        <translation>Retention period changed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="41" />
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="42" />
        <source>rows removed</source>
        <translation>rows removed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="43" />
        <source>texts cleaned</source>
        <translation>texts cleaned</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="44" />
        <source>history entries cleaned</source>
        <translation>history entries cleaned</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="45" />
        <source>backups cleaned</source>
        <translation>backups cleaned</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="46" />
        <source>backups not cleaned</source>
        <translation>backups not cleaned</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="47" />
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="48" />
        <source>taken</source>
        <translation>taken</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="49" />
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="50" />
        <source>left to do</source>
        <translation>left to do</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="51" />
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="76" />
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="86" />
        <location filename="../../desktop/dialogs/audit.py" line="93" />
        <source>Log of register extracts and erasures</source>
        <translation>Log of register extracts and erasures</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="87" />
        <source>Register extracts, erasures, restores and changes of the retention period, newest first. Records are named by id only.</source>
        <translation>Register extracts, erasures, restores and changes of the retention period, newest first. Records are named by id only.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="91" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="91" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="91" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="92" />
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="92" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="103" />
        <source>Nothing has been logged yet.</source>
        <translation>Nothing has been logged yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit.py" line="105" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../desktop/window/background.py" line="140" />
        <source>Search index repaired: %1 documents</source>
        <translation>Search index repaired: %1 documents</translation>
    </message>
    <message>
        <location filename="../../desktop/window/background.py" line="151" />
        <source>The automatic backup failed</source>
        <translation>The automatic backup failed</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="52" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="53" />
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="54" />
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="55" />
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="56" />
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="78" />
        <source>d MMMM yyyy 'at' HH:mm</source>
        <translation>d MMMM yyyy 'at' HH:mm</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="62" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="70" />
        <source>Close Kunskapsbanken's other open windows first (save or discard what you typed).</source>
        <translation>Close Kunskapsbanken's other open windows first (save or discard what you typed).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="76" />
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="119" />
        <source>The database could not be opened again: %1</source>
        <translation>The database could not be opened again: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="126" />
        <source>The backup was not restored; the database is unchanged.

%1</source>
        <translation>The backup was not restored; the database is unchanged.

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="135" />
        <source>The backup from %1 was restored.</source>
        <translation>The backup from %1 was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="141" />
        <source>Persons erased after the backup was taken, erased again: %1.</source>
        <translation>Persons erased after the backup was taken, erased again: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/restore_backup.py" line="144" />
        <source>Erasing again the persons erased after the backup…</source>
        <translation>Erasing again the persons erased after the backup…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="108" />
        <location filename="../../desktop/dialogs/backups.py" line="159" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="110" />
        <source>Kunskapsbanken backs up the database by itself when it starts (at most once a day) and every six hours while it is open. Old backups are thinned out: one a day is kept for a week, one a week for a month and one a month for a year.</source>
        <translation>Kunskapsbanken backs up the database by itself when it starts (at most once a day) and every six hours while it is open. Old backups are thinned out: one a day is kept for a week, one a week for a month and one a month for a year.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="116" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="117" />
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="119" />
        <source>&amp;Default folder</source>
        <translation>&amp;Default folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="120" />
        <source>Back up into the user data folder again</source>
        <translation>Back up into the user data folder again</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="122" />
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="125" />
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="132" />
        <source>There are no backups in this folder yet.</source>
        <translation>There are no backups in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="137" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="139" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="158" />
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="158" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="158" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="158" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="208" />
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="225" />
        <source>The folder could not be created: %1</source>
        <translation>The folder could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="234" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="235" />
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="247" />
        <source>The backup was written but failed its check: %1</source>
        <translation>The backup was written but failed its check: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="249" />
        <source>Backup taken and checked: %1 (%2).</source>
        <translation>Backup taken and checked: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="257" />
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="275" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="276" />
        <source>Restore the backup from %1?</source>
        <translation>Restore the backup from %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="278" />
        <source>The database is replaced by the backup: everything changed after %1 is lost. The database as it is now is backed up first, so the restore can be undone from this list.

Persons erased after the backup was taken are erased again.</source>
        <translation>The database is replaced by the backup: everything changed after %1 is lost. The database as it is now is backed up first, so the restore can be undone from this list.

Persons erased after the backup was taken are erased again.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/backups.py" line="281" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../desktop/editors/call.py" line="20" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="21" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="23" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="24" />
        <source>Need area</source>
        <translation>Need area</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="25" />
        <source>Need areas</source>
        <translation>Need areas</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="26" />
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="27" />
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="28" />
        <source>Decision by</source>
        <translation>Decision by</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="29" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/call.py" line="31" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ConfirmEraseDialog</name>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="71" />
        <location filename="../../desktop/window/data_protection.py" line="90" />
        <source>Erase permanently</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="72" />
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="77" />
        <source>%1 is erased everywhere:</source>
        <translation>%1 is erased everywhere:</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="78" />
        <source>%1 persons are erased everywhere:</source>
        <translation>%1 persons are erased everywhere:</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="83" />
        <source>To confirm, type the person's name: %1</source>
        <translation>To confirm, type the person's name: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="84" />
        <source>To confirm, type the number of persons: %1</source>
        <translation>To confirm, type the number of persons: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="113" />
        <source>from the database: the contact details, affiliations, roles, notes and tags</source>
        <translation>from the database: the contact details, affiliations, roles, notes and tags</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="114" />
        <source>from the search index</source>
        <translation>from the search index</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="115" />
        <source>from every backup of the database (they are cleaned too)</source>
        <translation>from every backup of the database (they are cleaned too)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="116" />
        <source>the name, e-mail addresses and phone numbers are removed from other records' texts and from the change history</source>
        <translation>the name, e-mail addresses and phone numbers are removed from other records' texts and from the change history</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="120" />
        <source>Activities the person took part in remain; the participant is shown as “%1”.</source>
        <translation>Activities the person took part in remain; the participant is shown as “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="121" />
        <source>If the person has asked for a register extract, save it first.</source>
        <translation>If the person has asked for a register extract, save it first.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="123" />
        <source>Activities they took part in remain; each of them is shown as “%1”.</source>
        <translation>Activities they took part in remain; each of them is shown as “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="124" />
        <source>If someone has asked for a register extract, save it first.</source>
        <translation>If someone has asked for a register extract, save it first.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="132" />
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/editors/contact.py" line="26" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="27" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="28" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="29" />
        <location filename="../../desktop/editors/contact.py" line="30" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="29" />
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="31" />
        <location filename="../../desktop/editors/contact.py" line="32" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="33" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="34" />
        <source>Programme office staff</source>
        <translation>Programme office staff</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="35" />
        <source>Works in the programme office</source>
        <translation>Works in the programme office</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="36" />
        <location filename="../../desktop/editors/contact.py" line="37" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="38" />
        <source>Type an organisation's name to add it…</source>
        <translation>Type an organisation's name to add it…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="39" />
        <source>Works at</source>
        <translation>Works at</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="40" />
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="41" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="42" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="42" />
        <source>Where the details come from</source>
        <translation>Where the details come from</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="43" />
        <source>Informed on</source>
        <translation>Informed on</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="44" />
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/contact.py" line="45" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <location filename="../../desktop/labels.py" line="32" />
        <source>erased person</source>
        <translation>erased person</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="174" />
        <location filename="../../desktop/window/data_protection.py" line="277" />
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="200" />
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="201" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="203" />
        <source>Save the register extract</source>
        <translation>Save the register extract</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="215" />
        <source>The register extract was saved: %1</source>
        <translation>The register extract was saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="219" />
        <source>Writing the register extract…</source>
        <translation>Writing the register extract…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="249" />
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="264" />
        <source>The erasure is not finished: %1 left (see the message).</source>
        <translation>The erasure is not finished: %1 left (see the message).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="269" />
        <source>The person was erased permanently (backups cleaned: %1).</source>
        <translation>The person was erased permanently (backups cleaned: %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="271" />
        <source>%2 persons were erased permanently (backups cleaned: %1).</source>
        <translation>%2 persons were erased permanently (backups cleaned: %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="278" />
        <source>The person is erased from the database, but the erasure is not finished everywhere. What is left:</source>
        <translation>The person is erased from the database, but the erasure is not finished everywhere. What is left:</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="281" />
        <source>Kunskapsbanken finishes it the next time it starts, once what is in the way is gone (a disk with room, a folder that can be written, the backup disk plugged in).</source>
        <translation>Kunskapsbanken finishes it the next time it starts, once what is in the way is gone (a disk with room, a folder that can be written, the backup disk plugged in).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="299" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="301" />
        <source>Register extract…</source>
        <translation>Register extract…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/data_protection.py" line="302" />
        <source>Erase the person permanently…</source>
        <translation>Erase the person permanently…</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="9" />
        <source>register-extract</source>
        <translation>register-extract</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="70" />
        <source>Export activities</source>
        <translation>Export activities</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="71" />
        <source>&amp;All activities</source>
        <translation>&amp;All activities</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="72" />
        <source>Activities &amp;between</source>
        <translation>Activities &amp;between</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="77" />
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="78" />
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="87" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="92" />
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="94" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="99" />
        <source>Which activities should the calendar file hold?</source>
        <translation>Which activities should the calendar file hold?</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="118" />
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/editors/deletion.py" line="33" />
        <location filename="../../desktop/editors/deletion.py" line="43" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/deletion.py" line="34" />
        <source>Delete the {kind} “{title}”?

You can undo this afterwards.</source>
        <translation>Delete the {kind} “{title}”?

You can undo this afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/deletion.py" line="42" />
        <source>Could not delete: {error}</source>
        <translation>Could not delete: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="127" />
        <location filename="../../desktop/editors/picker.py" line="154" />
        <source>Type a name to add…</source>
        <translation>Type a name to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/picker.py" line="158" />
        <source>{name}: chosen</source>
        <translation>{name}: chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="77" />
        <location filename="../../desktop/editors/picker.py" line="168" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/picker.py" line="169" />
        <source>{name}: remove the chosen one</source>
        <translation>{name}: remove the chosen one</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/picker.py" line="252" />
        <source>Type to find…</source>
        <translation>Type to find…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="59" />
        <location filename="../../desktop/editors/link_rows.py" line="114" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="61" />
        <source>Role of {name}</source>
        <translation>Role of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="67" />
        <location filename="../../desktop/editors/link_rows.py" line="116" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="67" />
        <location filename="../../desktop/editors/link_rows.py" line="116" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="68" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="70" />
        <source>{label} date for {name}</source>
        <translation>{label} date for {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="78" />
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="114" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/link_rows.py" line="128" />
        <source>{name}: add</source>
        <translation>{name}: add</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="100" />
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="105" />
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="107" />
        <source>&amp;Look among:</source>
        <translation>&amp;Look among:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="117" />
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="120" />
        <source>&amp;Search again</source>
        <translation>&amp;Search again</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="122" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="131" />
        <source>Certain pairs (the same e-mail, phone or organisation number) come first. Double-click a pair to compare and merge the two records.</source>
        <translation>Certain pairs (the same e-mail, phone or organisation number) come first. Double-click a pair to compare and merge the two records.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="144" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="144" />
        <source>Other record</source>
        <translation>Other record</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="144" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="145" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="145" />
        <source>Certainty</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="146" />
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="173" />
        <location filename="../../desktop/dialogs/duplicates.py" line="176" />
        <source>Looking for duplicates…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="188" />
        <source>%1 pairs</source>
        <translation>%1 pairs</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="189" />
        <source>1 pair</source>
        <translation>1 pair</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="192" />
        <source>No duplicates found.</source>
        <translation>No duplicates found.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="198" />
        <source>certain</source>
        <translation>certain</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="198" />
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/duplicates.py" line="216" />
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/editors/base.py" line="163" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="172" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="173" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="188" />
        <source>New {kind}</source>
        <translation>New {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="189" />
        <source>Edit {kind}: {title}</source>
        <translation>Edit {kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="217" />
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="217" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="250" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="252" />
        <source>Not ready to save yet: Ctrl+S shows what is missing.</source>
        <translation>Not ready to save yet: Ctrl+S shows what is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="337" />
        <source>Could not save: please correct the marked fields.</source>
        <translation>Could not save: please correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="341" />
        <source>Could not save: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="354" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/base.py" line="355" />
        <source>Save the changes to this {kind}?</source>
        <translation>Save the changes to this {kind}?</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="140" />
        <source>&amp;Contacts as vCard…</source>
        <translation>&amp;Contacts as vCard…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="141" />
        <source>&amp;Activities as a calendar (.ics)…</source>
        <translation>&amp;Activities as a calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="142" />
        <source>The current list as &amp;CSV…</source>
        <translation>The current list as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="143" />
        <source>The current list as &amp;Excel…</source>
        <translation>The current list as &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="144" />
        <source>Everything as &amp;JSON…</source>
        <translation>Everything as &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="153" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="171" />
        <source>Export the list of %1 as shown</source>
        <translation>Export the list of %1 as shown</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="180" />
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="191" />
        <source>Exporting contacts…</source>
        <translation>Exporting contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="191" />
        <source>%1 contacts exported to %2</source>
        <translation>%1 contacts exported to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="205" />
        <source>Export activities</source>
        <translation>Export activities</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="205" />
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="206" />
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="216" />
        <source>Exporting activities…</source>
        <translation>Exporting activities…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="216" />
        <source>%1 activities exported to %2</source>
        <translation>%1 activities exported to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="222" />
        <source>Open a list first (Contacts, Organisations, Projects …): the list shown is what is exported.</source>
        <translation>Open a list first (Contacts, Organisations, Projects …): the list shown is what is exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="228" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="228" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="229" />
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="244" />
        <source>Exporting the list…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="244" />
        <location filename="../../desktop/window/export_actions.py" line="261" />
        <source>%1 rows exported to %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="250" />
        <source>Export everything</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="250" />
        <source>Kunskapsbanken export (*.json)</source>
        <translation>Kunskapsbanken export (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="261" />
        <source>Exporting everything…</source>
        <translation>Exporting everything…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="293" />
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="293" />
        <source>vCard 3.0, for older programs and phones (*.vcf)</source>
        <translation>vCard 3.0, for older programs and phones (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="294" />
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="309" />
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="313" />
        <source>no permission to write %1</source>
        <translation>no permission to write %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/export_actions.py" line="315" />
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
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
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="23" />
        <source>Import contacts from a vCard file (.vcf), contacts, organisations or projects from a spreadsheet (.csv, .xlsx), or meetings from a calendar file (.ics). You see what will happen before anything is written. A Kunskapsbanken export (.json) is restored into an empty knowledge base.</source>
        <translation>Import contacts from a vCard file (.vcf), contacts, organisations or projects from a spreadsheet (.csv, .xlsx), or meetings from a calendar file (.ics). You see what will happen before anything is written. A Kunskapsbanken export (.json) is restored into an empty knowledge base.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="30" />
        <source>No file chosen (or drop a file here)</source>
        <translation>No file chosen (or drop a file here)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="31" />
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="32" />
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="52" />
        <source>Importable files (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)</source>
        <translation>Importable files (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="53" />
        <source>Contacts (*.vcf *.vcard)</source>
        <translation>Contacts (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="53" />
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="54" />
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="54" />
        <source>Kunskapsbanken export (*.json)</source>
        <translation>Kunskapsbanken export (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="54" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="55" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="71" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/file_page.py" line="74" />
        <source>An export can only be restored into an empty knowledge base.</source>
        <translation>An export can only be restored into an empty knowledge base.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../desktop/editors/activity.py" line="74" />
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="75" />
        <source>Follow-up {n}: what</source>
        <translation>Follow-up {n}: what</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="83" />
        <source>Follow-up {n}: owner</source>
        <translation>Follow-up {n}: owner</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="85" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="87" />
        <source>Follow-up {n}: due date</source>
        <translation>Follow-up {n}: due date</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="90" />
        <source>Remove this follow-up</source>
        <translation>Remove this follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="91" />
        <source>Remove follow-up {n}</source>
        <translation>Remove follow-up {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="127" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="127" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="127" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="137" />
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="18" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="19" />
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="20" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="21" />
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="22" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="25" />
        <source>New records</source>
        <translation>New records</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="26" />
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="27" />
        <source>Unchanged records</source>
        <translation>Unchanged records</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="28" />
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="29" />
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="32" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="33" />
        <source>Import as new</source>
        <translation>Import as new</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="34" />
        <source>Update the existing record</source>
        <translation>Update the existing record</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="37" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="38" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="39" />
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="43" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="44" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="45" />
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="46" />
        <source>Whole name (first and last)</source>
        <translation>Whole name (first and last)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="47" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="48" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="49" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="50" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="51" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="52" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="53" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="54" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="55" />
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="32" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="56" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="57" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="58" />
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="59" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="60" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="61" />
        <source>Reference</source>
        <translation>Reference</translation>
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
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="65" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="66" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="67" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="68" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="69" />
        <source>Need area</source>
        <translation>Need area</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/field_texts.py" line="70" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="32" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="33" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/plan_model.py" line="34" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="54" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="73" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="74" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="75" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="76" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="77" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="128" />
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/wizard.py" line="129" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="37" />
        <location filename="../../desktop/pages/list_page.py" line="42" />
        <location filename="../../desktop/pages/list_page.py" line="50" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="38" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="40" />
        <source>All calls</source>
        <translation>All calls</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="44" />
        <location filename="../../desktop/pages/list_page.py" line="46" />
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="48" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="49" />
        <source>Programme office staff</source>
        <translation>Programme office staff</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="73" />
        <source>Type to filter %1</source>
        <translation>Type to filter %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/list_page.py" line="74" />
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../desktop/tasks.py" line="26" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/tasks.py" line="49" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/window/navigation.py" line="26" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/window/navigation.py" line="26" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/window/navigation.py" line="27" />
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="46" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="47" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="48" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="49" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="50" />
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Search everywhere…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="52" />
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="54" />
        <source>Log a &amp;meeting…</source>
        <translation>Log a &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="55" />
        <source>&amp;Edit record…</source>
        <translation>&amp;Edit record…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="56" />
        <source>&amp;Delete record…</source>
        <translation>&amp;Delete record…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="58" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="59" />
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="60" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="64" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="66" />
        <source>Find &amp;duplicates…</source>
        <translation>Find &amp;duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="67" />
        <source>Re&amp;build the search index</source>
        <translation>Re&amp;build the search index</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="68" />
        <source>Back&amp;ups…</source>
        <translation>Back&amp;ups…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="69" />
        <source>Re&amp;tention review…</source>
        <translation>Re&amp;tention review…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="70" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="71" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="72" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="73" />
        <source>&amp;Log of register extracts and erasures…</source>
        <translation>&amp;Log of register extracts and erasures…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="75" />
        <source>&amp;About Kunskapsbanken</source>
        <translation>&amp;About Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="83" />
        <source>About Kunskapsbanken</source>
        <translation>About Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="84" />
        <source>Kunskapsbanken – the knowledge base of IoT Sverige's programme office.
Database: %1</source>
        <translation>Kunskapsbanken – the knowledge base of IoT Sverige's programme office.
Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="90" />
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/record_actions.py" line="96" />
        <source>The records were merged.</source>
        <translation>The records were merged.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="99" />
        <source>Rebuilding the search index…</source>
        <translation>Rebuilding the search index…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="96" />
        <source>Search index rebuilt: %1 documents</source>
        <translation>Search index rebuilt: %1 documents</translation>
    </message>
    <message>
        <location filename="../../desktop/window/tool_dialogs.py" line="103" />
        <source>Kunskapsbanken</source>
        <translation>Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="211" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="217" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="39" />
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="45" />
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="52" />
        <source>&amp;Record type:</source>
        <translation>&amp;Record type:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="66" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="66" />
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="66" />
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="67" />
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="91" />
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="93" />
        <source>encoding %1</source>
        <translation>encoding %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="95" />
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="95" />
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="95" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="95" />
        <source>bar</source>
        <translation>bar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="96" />
        <source>separated by %1</source>
        <translation>separated by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="98" />
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="100" />
        <source>%1 rows could not be read</source>
        <translation>%1 rows could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="118" />
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="129" />
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="132" />
        <source>Import the column %1 as</source>
        <translation>Import the column %1 as</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="163" />
        <source>No file has been read.</source>
        <translation>No file has been read.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="166" />
        <source>Choose a field for at least one column.</source>
        <translation>Choose a field for at least one column.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="170" />
        <source>Choose the column that holds the name (%1).</source>
        <translation>Choose the column that holds the name (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/mapping_page.py" line="183" />
        <source>Comparing with the knowledge base…</source>
        <translation>Comparing with the knowledge base…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/editors/activity.py" line="191" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="192" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="192" />
        <source>What the meeting was about, in a few words</source>
        <translation>What the meeting was about, in a few words</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="193" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="194" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="195" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="196" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="196" />
        <source>Held online</source>
        <translation>Held online</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="197" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="197" />
        <source>Number of people (events)</source>
        <translation>Number of people (events)</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="199" />
        <source>Who and what</source>
        <translation>Who and what</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="200" />
        <location filename="../../desktop/editors/activity.py" line="202" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="201" />
        <source>Type a person or an organisation to add…</source>
        <translation>Type a person or an organisation to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="203" />
        <location filename="../../desktop/editors/activity.py" line="204" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="203" />
        <source>Type a project or a network to add…</source>
        <translation>Type a project or a network to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="205" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="207" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/activity.py" line="213" />
        <source>Log a meeting</source>
        <translation>Log a meeting</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="35" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="36" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="37" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="38" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="39" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="40" />
        <location filename="../../desktop/dialogs/merge_comparison.py" line="54" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="41" />
        <source>Programme office staff</source>
        <translation>Programme office staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="42" />
        <location filename="../../desktop/dialogs/merge_comparison.py" line="57" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="43" />
        <source>Legal basis (GDPR)</source>
        <translation>Legal basis (GDPR)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="44" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="45" />
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="46" />
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="49" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="50" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="51" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="52" />
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="53" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="55" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="56" />
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="62" />
        <source>1 organisation link</source>
        <translation>1 organisation link</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="63" />
        <source>%1 organisation links</source>
        <translation>%1 organisation links</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="64" />
        <source>1 contact link</source>
        <translation>1 contact link</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="65" />
        <source>%1 contact links</source>
        <translation>%1 contact links</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="66" />
        <source>1 project</source>
        <translation>1 project</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="66" />
        <source>%1 projects</source>
        <translation>%1 projects</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="67" />
        <source>1 network</source>
        <translation>1 network</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="67" />
        <source>%1 networks</source>
        <translation>%1 networks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="68" />
        <source>1 activity</source>
        <translation>1 activity</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="68" />
        <source>%1 activities</source>
        <translation>%1 activities</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="69" />
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="69" />
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="70" />
        <source>1 follow-up</source>
        <translation>1 follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="70" />
        <source>%1 follow-ups</source>
        <translation>%1 follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="71" />
        <source>1 tag</source>
        <translation>1 tag</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="71" />
        <source>%1 tags</source>
        <translation>%1 tags</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="74" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="75" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="76" />
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="77" />
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="78" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="79" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="80" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="81" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="50" />
        <source>Merge contacts</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="50" />
        <source>Merge organisations</source>
        <translation>Merge organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="61" />
        <source>Choose what the merged record keeps. Activities, notes, links and tags of both records end up on the kept one; the other one is deleted.</source>
        <translation>Choose what the merged record keeps. Activities, notes, links and tags of both records end up on the kept one; the other one is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="92" />
        <source>Type a name to find the other record…</source>
        <translation>Type a name to find the other record…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="93" />
        <source>The record to merge with</source>
        <translation>The record to merge with</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="98" />
        <source>Merge with:</source>
        <translation>Merge with:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="103" />
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="106" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="116" />
        <source>Find the record to merge %1 with.</source>
        <translation>Find the record to merge %1 with.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="208" />
        <source>Keep %1</source>
        <translation>Keep %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="235" />
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="254" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="260" />
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="285" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="285" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_comparison.py" line="296" />
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="185" />
        <source>%1 is kept; %2 is deleted.</source>
        <translation>%1 is kept; %2 is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="187" />
        <source>Moved to %1: %2.</source>
        <translation>Moved to %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="189" />
        <source>Nothing is linked to %1.</source>
        <translation>Nothing is linked to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge.py" line="232" />
        <source>The records were not merged: %1</source>
        <translation>The records were not merged: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/messages/names.py" line="13" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="14" />
        <source>short_name</source>
        <translation>short_name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="15" />
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="16" />
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="17" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="18" />
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="19" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="20" />
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="21" />
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="22" />
        <source>first_name</source>
        <translation>first_name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="23" />
        <source>last_name</source>
        <translation>last_name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="24" />
        <source>emails</source>
        <translation>emails</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="25" />
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="26" />
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="27" />
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="28" />
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="29" />
        <source>org_number</source>
        <translation>org_number</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="30" />
        <source>legal_basis</source>
        <translation>legal_basis</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="31" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="32" />
        <source>informed_at</source>
        <translation>informed_at</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="33" />
        <source>retain_until</source>
        <translation>retain_until</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="34" />
        <source>need_areas</source>
        <translation>need_areas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="35" />
        <source>need_area</source>
        <translation>need_area</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="36" />
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="37" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="38" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="39" />
        <source>opens</source>
        <translation>opens</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="40" />
        <source>closes</source>
        <translation>closes</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="41" />
        <source>decision_by</source>
        <translation>decision_by</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="42" />
        <source>budget_sek</source>
        <translation>budget_sek</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="43" />
        <source>start_date</source>
        <translation>start_date</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="44" />
        <source>end_date</source>
        <translation>end_date</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="45" />
        <source>total_budget_sek</source>
        <translation>total_budget_sek</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="46" />
        <source>grant_sek</source>
        <translation>grant_sek</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="47" />
        <source>starts</source>
        <translation>starts</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="48" />
        <source>ends</source>
        <translation>ends</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="49" />
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="50" />
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="51" />
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="52" />
        <source>from_date</source>
        <translation>from_date</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="53" />
        <source>to_date</source>
        <translation>to_date</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="54" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="55" />
        <source>done_at</source>
        <translation>done_at</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="56" />
        <source>parent_id</source>
        <translation>parent_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="57" />
        <source>call_id</source>
        <translation>call_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="58" />
        <source>coordinator_id</source>
        <translation>coordinator_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="59" />
        <source>contact_id</source>
        <translation>contact_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="60" />
        <source>organisation_id</source>
        <translation>organisation_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="61" />
        <source>project_id</source>
        <translation>project_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="62" />
        <source>network_id</source>
        <translation>network_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="63" />
        <source>activity_id</source>
        <translation>activity_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="64" />
        <source>owner_id</source>
        <translation>owner_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="65" />
        <source>tag_id</source>
        <translation>tag_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="66" />
        <source>entity_type</source>
        <translation>entity_type</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="67" />
        <source>entity_id</source>
        <translation>entity_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="69" />
        <source>entity type</source>
        <translation>entity type</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="70" />
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="71" />
        <source>tag id</source>
        <translation>tag id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="72" />
        <source>entity id</source>
        <translation>entity id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="74" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="75" />
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="76" />
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="77" />
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="78" />
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="79" />
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="80" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="81" />
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="82" />
        <source>tagging</source>
        <translation>tagging</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="83" />
        <source>affiliation</source>
        <translation>affiliation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="84" />
        <source>project_party</source>
        <translation>project_party</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="85" />
        <source>membership</source>
        <translation>membership</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="86" />
        <source>activity_link</source>
        <translation>activity_link</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="87" />
        <source>follow_up</source>
        <translation>follow_up</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="88" />
        <source>affiliations</source>
        <translation>affiliations</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="89" />
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="90" />
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="91" />
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="92" />
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="93" />
        <source>links</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/names.py" line="94" />
        <source>follow_ups</source>
        <translation>follow_ups</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="7" />
        <source>'{value}' is not an organisationsnummer (NNNNNN-NNNN, ten digits)</source>
        <translation>'{value}' is not an organisationsnummer (NNNNNN-NNNN, ten digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="9" />
        <source>'{value}' is not an organisationsnummer (the third digit must be 2 or more)</source>
        <translation>'{value}' is not an organisationsnummer (the third digit must be 2 or more)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="11" />
        <source>'{value}' has a wrong check digit (Luhn)</source>
        <translation>'{value}' has a wrong check digit (Luhn)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="12" />
        <source>'{value}' is not a valid e-mail address</source>
        <translation>'{value}' is not a valid e-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="13" />
        <source>'{value}' is not a phone number</source>
        <translation>'{value}' is not a phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="14" />
        <source>'{value}' is not a valid phone number</source>
        <translation>'{value}' is not a valid phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="15" />
        <source>'{value}' is not an ISO date (YYYY-MM-DD)</source>
        <translation>'{value}' is not an ISO date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="16" />
        <source>'{value}' is not a date in the calendar</source>
        <translation>'{value}' is not a date in the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="17" />
        <source>'{value}' is not an ISO date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>'{value}' is not an ISO date and time (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="18" />
        <source>'{value}' is not a date and time in the calendar</source>
        <translation>'{value}' is not a date and time in the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="19" />
        <source>'{value}' is not a whole number of kronor</source>
        <translation>'{value}' is not a whole number of kronor</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="20" />
        <source>{value} is negative; amounts are 0 kr or more</source>
        <translation>{value} is negative; amounts are 0 kr or more</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="21" />
        <source>{value} kr is too large (at most {maximum_sek})</source>
        <translation>{value} kr is too large (at most {maximum_sek})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="22" />
        <source>'{value}' is not between {minimum} and {maximum}</source>
        <translation>'{value}' is not between {minimum} and {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="23" />
        <source>{value} is more than {maximum}</source>
        <translation>{value} is more than {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="25" />
        <source>contains a control character (U+{code})</source>
        <translation>contains a control character (U+{code})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="26" />
        <source>contains an unpaired surrogate (U+{code}), which is not text</source>
        <translation>contains an unpaired surrogate (U+{code}), which is not text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="28" />
        <source>contains an invisible formatting character (U+{code}) that can disguise the text</source>
        <translation>contains an invisible formatting character (U+{code}) that can disguise the text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="30" />
        <source>{value} is not text</source>
        <translation>{value} is not text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="31" />
        <source>{value} is not a whole number</source>
        <translation>{value} is not a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="32" />
        <source>{value} is not true or false</source>
        <translation>{value} is not true or false</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="33" />
        <source>{value} is not a list of texts</source>
        <translation>{value} is not a list of texts</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="34" />
        <source>at most {maximum} entries</source>
        <translation>at most {maximum} entries</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="35" />
        <source>'{value}' is not a record id (a UUID: 8-4-4-4-12 lowercase hexadecimal digits)</source>
        <translation>'{value}' is not a record id (a UUID: 8-4-4-4-12 lowercase hexadecimal digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="37" />
        <source>'{value}' is not a time stamp (YYYY-MM-DDTHH:MM:SS.sssZ, 1900-2100)</source>
        <translation>'{value}' is not a time stamp (YYYY-MM-DDTHH:MM:SS.sssZ, 1900-2100)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="40" />
        <source>nested too deeply</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="41" />
        <source>not a JSON object ({detail})</source>
        <translation>not a JSON object ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="42" />
        <source>'{value}' does not have the expected form</source>
        <translation>'{value}' does not have the expected form</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="43" />
        <source>'{value}' is not a change-log clock (13 digits.5 digits.device)</source>
        <translation>'{value}' is not a change-log clock (13 digits.5 digits.device)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="44" />
        <source>change-log entry {id}: {field}: {reason}</source>
        <translation>change-log entry {id}: {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="46" />
        <source>{field} is required</source>
        <translation>{field} is required</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="47" />
        <source>a first or last name is required</source>
        <translation>a first or last name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="48" />
        <source>a start date is required</source>
        <translation>a start date is required</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="49" />
        <source>{value} has the wrong type</source>
        <translation>{value} has the wrong type</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="50" />
        <source>'{value}' is not a year between {minimum} and {maximum}</source>
        <translation>'{value}' is not a year between {minimum} and {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="51" />
        <source>the grant ({grant_sek}) exceeds the total budget ({total_budget_sek})</source>
        <translation>the grant ({grant_sek}) exceeds the total budget ({total_budget_sek})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="53" />
        <source>co-financing is {share} % of the total budget; the programme requires at least {minimum} %</source>
        <translation>co-financing is {share} % of the total budget; the programme requires at least {minimum} %</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="56" />
        <source>'{value}' is not a count of people (0 or more)</source>
        <translation>'{value}' is not a count of people (0 or more)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="57" />
        <source>exactly one of {fields} must be set</source>
        <translation>exactly one of {fields} must be set</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="58" />
        <source>at most {maximum} characters</source>
        <translation>at most {maximum} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="59" />
        <source>{value} is before {other_field} {other_value}</source>
        <translation>{value} is before {other_field} {other_value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="60" />
        <source>'{value}' is not one of: {allowed}</source>
        <translation>'{value}' is not one of: {allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="62" />
        <source>no {entity} with id {id}</source>
        <translation>no {entity} with id {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="63" />
        <source>{value} lies below this {entity}: a parent cannot also be a descendant</source>
        <translation>{value} lies below this {entity}: a parent cannot also be a descendant</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="65" />
        <source>conflicts with an existing {entity}: {detail}</source>
        <translation>conflicts with an existing {entity}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="66" />
        <source>there is already a tag named '{name}'</source>
        <translation>there is already a tag named '{name}'</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="68" />
        <source>{path} is not a Kunskapsbanken database ({detail})</source>
        <translation>{path} is not a Kunskapsbanken database ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="70" />
        <source>{path} holds tables of another program; it is not a Kunskapsbanken database</source>
        <translation>{path} holds tables of another program; it is not a Kunskapsbanken database</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="72" />
        <source>{path} does not exist</source>
        <translation>{path} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="74" />
        <source>{path} has schema version {version}, newer than this app understands ({supported}); update the app. The file was not changed.</source>
        <translation>{path} has schema version {version}, newer than this app understands ({supported}); update the app. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="77" />
        <source>{path} could not be opened: {detail}</source>
        <translation>{path} could not be opened: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="79" />
        <source>the database file is read-only (mode {mode}): {path}; nothing was changed. Reading it works (the command line's search, export and check); to change it, make the file writable (chmod u+w)</source>
        <translation>the database file is read-only (mode {mode}): {path}; nothing was changed. Reading it works (the command line's search, export and check); to change it, make the file writable (chmod u+w)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="82" />
        <source>the folder {folder} is not writable: the database needs to write its journal there ({path}); nothing was changed</source>
        <translation>the folder {folder} is not writable: the database needs to write its journal there ({path}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="85" />
        <source>{path} is read-only and has schema version {version}: it must be writable once to be migrated to version {supported}; it was not changed</source>
        <translation>{path} is read-only and has schema version {version}: it must be writable once to be migrated to version {supported}; it was not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="88" />
        <source>{path}: the database file is damaged: run restore from a backup ({detail})</source>
        <translation>{path}: the database file is damaged: run restore from a backup ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="90" />
        <source>{path} is read-only and holds a transaction a stopped program left unfinished: it must be writable once so that it can be rolled back; it was not changed</source>
        <translation>{path} is read-only and holds a transaction a stopped program left unfinished: it must be writable once so that it can be rolled back; it was not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/core.py" line="55" />
        <source>a network cannot be its own parent</source>
        <translation>a network cannot be its own parent</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="7" />
        <source>the search index could not be read; it is being rebuilt</source>
        <translation>the search index could not be read; it is being rebuilt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="8" />
        <source>the search failed</source>
        <translation>the search failed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="9" />
        <source>page {page} with {page_size} hits a page: the page must be 1 or more and the hits a page 1 to {maximum}</source>
        <translation>page {page} with {page_size} hits a page: the page must be 1 or more and the hits a page 1 to {maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="12" />
        <source>the search index needs a database file</source>
        <translation>the search index needs a database file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="14" />
        <source>{folder}: another program or Kunskapsbanken window is writing to the search index; try again in a moment</source>
        <translation>{folder}: another program or Kunskapsbanken window is writing to the search index; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="17" />
        <source>{folder}: the search index was replaced while waiting to write to it</source>
        <translation>{folder}: the search index was replaced while waiting to write to it</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="19" />
        <source>{folder}: no search index of schema version {schema}</source>
        <translation>{folder}: no search index of schema version {schema}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="20" />
        <source>{folder}: the search index cannot be opened ({error})</source>
        <translation>{folder}: the search index cannot be opened ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="21" />
        <source>{folder}: the search index is damaged ({error})</source>
        <translation>{folder}: the search index is damaged ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="22" />
        <source>{folder}: the search index is missing</source>
        <translation>{folder}: the search index is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="23" />
        <source>{folder}: the search index cannot be written ({error})</source>
        <translation>{folder}: the search index cannot be written ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="24" />
        <source>{folder}: writing the search index failed ({error})</source>
        <translation>{folder}: writing the search index failed ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="25" />
        <source>the search index's version column of {documents} documents holds {values}</source>
        <translation>the search index's version column of {documents} documents holds {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="27" />
        <source>the search index lacks the field lengths of {column}</source>
        <translation>the search index lacks the field lengths of {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="29" />
        <source>the search index belongs to another database or a later state</source>
        <translation>the search index belongs to another database or a later state</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/search.py" line="31" />
        <source>the search index needs a rebuild</source>
        <translation>the search index needs a rebuild</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="7" />
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="8" />
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="9" />
        <source>same organisation number</source>
        <translation>same organisation number</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="10" />
        <source>same name in the same organisation</source>
        <translation>same name in the same organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="11" />
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="12" />
        <source>similar name in the same organisation</source>
        <translation>similar name in the same organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="13" />
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="15" />
        <source>only records of these kinds can be merged: {entities} (not {entity})</source>
        <translation>only records of these kinds can be merged: {entities} (not {entity})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="17" />
        <source>a record ({entity}) cannot be merged with itself</source>
        <translation>a record ({entity}) cannot be merged with itself</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="18" />
        <source>the two records are of different kinds ({other_entity} and {entity}): only two records of the same kind can be merged</source>
        <translation>the two records are of different kinds ({other_entity} and {entity}): only two records of the same kind can be merged</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="21" />
        <source>the record to keep ({entity}) is deleted; restore it before merging</source>
        <translation>the record to keep ({entity}) is deleted; restore it before merging</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="23" />
        <source>the record to merge into the other ({entity}) is deleted; restore it before merging</source>
        <translation>the record to merge into the other ({entity}) is deleted; restore it before merging</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="25" />
        <source>a record ({entity}) has no field '{value}' to choose</source>
        <translation>a record ({entity}) has no field '{value}' to choose</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="27" />
        <source>there is no operation with id {id}</source>
        <translation>there is no operation with id {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="28" />
        <source>changes to {entity} cannot be undone</source>
        <translation>changes to {entity} cannot be undone</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="29" />
        <source>this change ({action}, {entity}) cannot be undone</source>
        <translation>this change ({action}, {entity}) cannot be undone</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="30" />
        <source>cannot undo: a record ({entity}) that this operation changed has been changed since</source>
        <translation>cannot undo: a record ({entity}) that this operation changed has been changed since</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/dedupe.py" line="32" />
        <source>cannot undo: the record ({entity}) that this operation created is now used elsewhere ({used_by_entity})</source>
        <translation>cannot undo: the record ({entity}) that this operation created is now used elsewhere ({used_by_entity})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="161" />
        <source>same id</source>
        <translation>same id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="162" />
        <source>same calendar UID</source>
        <translation>same calendar UID</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="163" />
        <source>same title and start</source>
        <translation>same title and start</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="164" />
        <source>same reference</source>
        <translation>same reference</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="165" />
        <source>same title</source>
        <translation>same title</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="99" />
        <source>no name (a first or last name is required)</source>
        <translation>no name (a first or last name is required)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="100" />
        <source>no name (an organisation's name is required)</source>
        <translation>no name (an organisation's name is required)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="101" />
        <source>no title (a project's title is required)</source>
        <translation>no title (a project's title is required)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="123" />
        <source>the vCard has no name (N or FN) and no e-mail address; it is skipped</source>
        <translation>the vCard has no name (N or FN) and no e-mail address; it is skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="135" />
        <source>BEGIN: without a component name</source>
        <translation>BEGIN: without a component name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="136" />
        <source>BEGIN:{component} outside BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>BEGIN:{component} outside BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="138" />
        <source>END:{component} without a BEGIN:{component} before it</source>
        <translation>END:{component} without a BEGIN:{component} before it</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="139" />
        <source>END:{component} where END:{expected} was expected (BEGIN:{expected} is on line {begin_line})</source>
        <translation>END:{component} where END:{expected} was expected (BEGIN:{expected} is on line {begin_line})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="141" />
        <source>BEGIN:{component} has no END:{component}: the file looks truncated</source>
        <translation>BEGIN:{component} has no END:{component}: the file looks truncated</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="143" />
        <source>line {line}: text after END:VCALENDAR was ignored</source>
        <translation>line {line}: text after END:VCALENDAR was ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="144" />
        <source>'{text}' is not an iCalendar line (NAME:value)</source>
        <translation>'{text}' is not an iCalendar line (NAME:value)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="145" />
        <source>line {line}: unknown time zone '{zone}'; its times were taken as Swedish time</source>
        <translation>line {line}: unknown time zone '{zone}'; its times were taken as Swedish time</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="147" />
        <source>'{value}' is not an iCalendar date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS)</source>
        <translation>'{value}' is not an iCalendar date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="149" />
        <source>'{value}' is too far in the past or future</source>
        <translation>'{value}' is too far in the past or future</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="150" />
        <source>the end is too far in the future</source>
        <translation>the end is too far in the future</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="151" />
        <source>'{value}' is not an iCalendar duration (like PT1H30M)</source>
        <translation>'{value}' is not an iCalendar duration (like PT1H30M)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="152" />
        <source>the event ends ({ends}) before it starts ({starts})</source>
        <translation>the event ends ({ends}) before it starts ({starts})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="153" />
        <source>the event has no title (SUMMARY)</source>
        <translation>the event has no title (SUMMARY)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="154" />
        <source>the event has no start (DTSTART)</source>
        <translation>the event has no start (DTSTART)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="28" />
        <location filename="../../desktop/messages/interchange.py" line="8" />
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="29" />
        <location filename="../../desktop/messages/interchange.py" line="11" />
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="10" />
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="18" />
        <source>an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel workbook (.xlsx) or as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="22" />
        <source>is a binary file, not text</source>
        <translation>is a binary file, not text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="47" />
        <source>is not a valid Excel workbook (.xlsx): it is not a zip file</source>
        <translation>is not a valid Excel workbook (.xlsx): it is not a zip file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="75" />
        <source>has a header but no rows</source>
        <translation>has a header but no rows</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="69" />
        <source>the file holds no data (only empty lines)</source>
        <translation>the file holds no data (only empty lines)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="110" />
        <source>not a vCard file (it has no BEGIN:VCARD line)</source>
        <translation>not a vCard file (it has no BEGIN:VCARD line)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="109" />
        <source>not a vCard file: it holds binary data, not text</source>
        <translation>not a vCard file: it holds binary data, not text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="9" />
        <source>cannot be read ({detail})</source>
        <translation>cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="12" />
        <source>the file is {size_mb} MB; the largest file that can be imported is {limit_mb} MB (split it, or export without photos)</source>
        <translation>the file is {size_mb} MB; the largest file that can be imported is {limit_mb} MB (split it, or export without photos)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="15" />
        <source>unsupported file type '{suffix}' (supported: {supported})</source>
        <translation>unsupported file type '{suffix}' (supported: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="16" />
        <source>the file name has no suffix, so its type is unknown (supported: {supported})</source>
        <translation>the file name has no suffix, so its type is unknown (supported: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="20" />
        <source>no column could be matched to a {entity} field</source>
        <translation>no column could be matched to a {entity} field</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="23" />
        <source>mixes UTF-8 text with bytes that are not UTF-8; save the file again as UTF-8 CSV</source>
        <translation>mixes UTF-8 text with bytes that are not UTF-8; save the file again as UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="25" />
        <source>is neither UTF-8 nor Windows-1252 text (byte {byte} cannot be read); save it as UTF-8 CSV</source>
        <translation>is neither UTF-8 nor Windows-1252 text (byte {byte} cannot be read); save it as UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="27" />
        <source>starts as {encoding} text but is broken at byte {byte} (a truncated or damaged file)</source>
        <translation>starts as {encoding} text but is broken at byte {byte} (a truncated or damaged file)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="29" />
        <source>is a zip file (an Excel workbook?), not CSV text; an Excel workbook must end in .xlsx</source>
        <translation>is a zip file (an Excel workbook?), not CSV text; an Excel workbook must end in .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="31" />
        <source>is an Excel 97-2003 or other Office file, not CSV text; save it as CSV or .xlsx</source>
        <translation>is an Excel 97-2003 or other Office file, not CSV text; save it as CSV or .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="33" />
        <source>is UTF-16 text without a byte-order mark; save it as UTF-8 CSV</source>
        <translation>is UTF-16 text without a byte-order mark; save it as UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="35" />
        <source>is a binary file, not CSV text</source>
        <translation>is a binary file, not CSV text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="36" />
        <source>a quoted field is never closed (a " is missing); the rest of the file cannot be read</source>
        <translation>a quoted field is never closed (a " is missing); the rest of the file cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="38" />
        <source>a quoted field is followed by more text before the next delimiter (a stray ")</source>
        <translation>a quoted field is followed by more text before the next delimiter (a stray ")</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="40" />
        <source>a field is longer than {limit} characters (probably a " that is never closed)</source>
        <translation>a field is longer than {limit} characters (probably a " that is never closed)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="42" />
        <source>the CSV cannot be read ({detail})</source>
        <translation>the CSV cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="44" />
        <source>is an Excel 97-2003 workbook or a password-protected one; save it as an unprotected .xlsx or as CSV</source>
        <translation>is an Excel 97-2003 workbook or a password-protected one; save it as an unprotected .xlsx or as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="48" />
        <source>is not a valid Excel workbook (.xlsx): {detail}</source>
        <translation>is not a valid Excel workbook (.xlsx): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="49" />
        <source>unpacks to more than {limit_mb} MB, the most that can be imported (a small file that expands this much is refused as a decompression bomb); split it, or save it as CSV</source>
        <translation>unpacks to more than {limit_mb} MB, the most that can be imported (a small file that expands this much is refused as a decompression bomb); split it, or save it as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="52" />
        <source>is not a valid Excel workbook (.xlsx): its part {part} does not unpack to the size the zip file declares</source>
        <translation>is not a valid Excel workbook (.xlsx): its part {part} does not unpack to the size the zip file declares</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="55" />
        <source>is refused: its part {part} holds an XML document type declaration, which Excel never writes and which can make a small file expand without limit</source>
        <translation>is refused: its part {part} holds an XML document type declaration, which Excel never writes and which can make a small file expand without limit</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="58" />
        <source>is not a workbook as Excel writes it: its part {part} is compressed with zip method {method}; save it again from Excel</source>
        <translation>is not a workbook as Excel writes it: its part {part} is compressed with zip method {method}; save it again from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="61" />
        <source>has rows beyond row {maximum}, the last row an Excel sheet can have</source>
        <translation>has rows beyond row {maximum}, the last row an Excel sheet can have</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="63" />
        <source>cell {cell} holds more than {limit} characters, more than any field takes</source>
        <translation>cell {cell} holds more than {limit} characters, more than any field takes</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="65" />
        <source>has no sheet named '{sheet}' (sheets: {sheets})</source>
        <translation>has no sheet named '{sheet}' (sheets: {sheets})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="66" />
        <source>the sheet '{sheet}' is a chart, not a table</source>
        <translation>the sheet '{sheet}' is a chart, not a table</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="67" />
        <source>has no worksheet</source>
        <translation>has no worksheet</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="70" />
        <source>the sheet holds no data (only empty lines)</source>
        <translation>the sheet holds no data (only empty lines)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="71" />
        <source>has {count} columns; the header has {expected}</source>
        <translation>has {count} columns; the header has {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="72" />
        <source>{count} of {total} rows do not have the header's {width} columns, starting with this one (probably a wrong delimiter or broken quoting)</source>
        <translation>{count} of {total} rows do not have the header's {width} columns, starting with this one (probably a wrong delimiter or broken quoting)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="76" />
        <source>column {column} of the header has no name, but holds data (first on line {first_line})</source>
        <translation>column {column} of the header has no name, but holds data (first on line {first_line})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="78" />
        <source>the header has the column '{column}' twice (columns {first} and {second}); every column needs its own name</source>
        <translation>the header has the column '{column}' twice (columns {first} and {second}); every column needs its own name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="82" />
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>is not UTF-8 text (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="83" />
        <source>invalid JSON (column {column}: {detail})</source>
        <translation>invalid JSON (column {column}: {detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="84" />
        <source>a mapping is a JSON object: {{"type": "contact", "columns": {{...}}}}</source>
        <translation>a mapping is a JSON object: {{"type": "contact", "columns": {{...}}}}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="86" />
        <source>unknown key '{key}' (a mapping has "type" and "columns")</source>
        <translation>unknown key '{key}' (a mapping has "type" and "columns")</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="88" />
        <source>unknown type {value} (use contact, organisation or project)</source>
        <translation>unknown type {value} (use contact, organisation or project)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="90" />
        <source>"columns" must be an object of column name -&gt; field</source>
        <translation>"columns" must be an object of column name -&gt; field</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="92" />
        <source>unknown field {value} for the column '{column}' (fields of a {entity}: {allowed})</source>
        <translation>unknown field {value} for the column '{column}' (fields of a {entity}: {allowed})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="94" />
        <source>the column '{column}' is mapped twice</source>
        <translation>the column '{column}' is mapped twice</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="95" />
        <source>the column '{column}' matches several columns of the file: {matches}</source>
        <translation>the column '{column}' matches several columns of the file: {matches}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="97" />
        <source>the column '{column}' is not in the file's header</source>
        <translation>the column '{column}' is not in the file's header</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="102" />
        <source>columns with data that are not imported (no matching field): {columns}</source>
        <translation>columns with data that are not imported (no matching field): {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="104" />
        <source>columns with data that are not imported (no matching field): {columns} and {more} more</source>
        <translation>columns with data that are not imported (no matching field): {columns} and {more} more</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="107" />
        <source>the file says it is UTF-16, but its text cannot be decoded as UTF-16</source>
        <translation>the file says it is UTF-16, but its text cannot be decoded as UTF-16</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="111" />
        <source>the vCard that starts on line {start_line} has no END:VCARD; the file seems cut off</source>
        <translation>the vCard that starts on line {start_line} has no END:VCARD; the file seems cut off</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="113" />
        <source>has no END:VCARD before the next BEGIN:VCARD on line {next_line}; the vCard is skipped</source>
        <translation>has no END:VCARD before the next BEGIN:VCARD on line {next_line}; the vCard is skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="115" />
        <source>the text is neither UTF-8 nor Windows-1252, so the file's encoding cannot be recognised (save it as UTF-8 and try again)</source>
        <translation>the text is neither UTF-8 nor Windows-1252, so the file's encoding cannot be recognised (save it as UTF-8 and try again)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="118" />
        <source>cannot be read ({reason}); the vCard that starts on line {start_line} is skipped</source>
        <translation>cannot be read ({reason}); the vCard that starts on line {start_line} is skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="120" />
        <source>it is not of the form NAME;PARAMETERS:VALUE</source>
        <translation>it is not of the form NAME;PARAMETERS:VALUE</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="121" />
        <source>its quoted-printable value is neither UTF-8 nor Windows-1252 text</source>
        <translation>its quoted-printable value is neither UTF-8 nor Windows-1252 text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="125" />
        <source>photos skipped (Kunskapsbanken does not store photos): {count}</source>
        <translation>photos skipped (Kunskapsbanken does not store photos): {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="126" />
        <source>birthdays not imported (Kunskapsbanken stores no birthdays): {count}</source>
        <translation>birthdays not imported (Kunskapsbanken stores no birthdays): {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="131" />
        <source>not {encoding} text (byte {byte}); save the calendar again as UTF-8</source>
        <translation>not {encoding} text (byte {byte}); save the calendar again as UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="133" />
        <source>this is a vCard file (contacts), not an iCalendar file</source>
        <translation>this is a vCard file (contacts), not an iCalendar file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="134" />
        <source>not an iCalendar file: it should start with BEGIN:VCALENDAR</source>
        <translation>not an iCalendar file: it should start with BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="155" />
        <source>tasks and journal entries (VTODO, VJOURNAL) ignored, only events are imported: {count}</source>
        <translation>tasks and journal entries (VTODO, VJOURNAL) ignored, only events are imported: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="157" />
        <source>recurring events of which only the first occurrence was imported: {count}</source>
        <translation>recurring events of which only the first occurrence was imported: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="159" />
        <source>cancelled events skipped: {count}</source>
        <translation>cancelled events skipped: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="166" />
        <source>same as line {line} ({reason})</source>
        <translation>same as line {line} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="167" />
        <source>same as line {line}</source>
        <translation>same as line {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="168" />
        <source>{reason}: line {line}</source>
        <translation>{reason}: line {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="169" />
        <source>line {line}: {count} participant(s) not in the knowledge base were not linked (no contact is created from an invitation)</source>
        <translation>line {line}: {count} participant(s) not in the knowledge base were not linked (no contact is created from an invitation)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="173" />
        <source>the knowledge base changed after the preview (another window or program wrote to it): {count} row(s) were matched again just before writing; the figures above are what was written</source>
        <translation>the knowledge base changed after the preview (another window or program wrote to it): {count} row(s) were matched again just before writing; the figures above are what was written</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="177" />
        <source>line {line}: the record chosen to be updated was deleted meanwhile; the row was skipped</source>
        <translation>line {line}: the record chosen to be updated was deleted meanwhile; the row was skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="180" />
        <source>line {line}: after the preview the knowledge base got a record this row resembles; the row was skipped as a possible duplicate</source>
        <translation>line {line}: after the preview the knowledge base got a record this row resembles; the row was skipped as a possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="185" />
        <source>{path}: no such file</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="186" />
        <source>{path}: not UTF-8 text (byte {byte})</source>
        <translation>{path}: not UTF-8 text (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="187" />
        <source>{path}: invalid JSON at line {line}, column {column}: {detail}</source>
        <translation>{path}: invalid JSON at line {line}, column {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="189" />
        <source>{path}: nested too deeply to be a Kunskapsbanken export</source>
        <translation>{path}: nested too deeply to be a Kunskapsbanken export</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="191" />
        <source>{path}: cannot be read as JSON: {detail}</source>
        <translation>{path}: cannot be read as JSON: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="192" />
        <source>{path}: not a Kunskapsbanken export (missing "format": "{format}")</source>
        <translation>{path}: not a Kunskapsbanken export (missing "format": "{format}")</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="194" />
        <source>{path}: export of schema version {version}; this app reads version {expected}</source>
        <translation>{path}: export of schema version {version}; this app reads version {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="196" />
        <source>{path}: "tables" is missing or not an object</source>
        <translation>{path}: "tables" is missing or not an object</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="197" />
        <source>{path}: unknown table "{table}"</source>
        <translation>{path}: unknown table "{table}"</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="198" />
        <source>{path}: table "{table}" is not a list</source>
        <translation>{path}: table "{table}" is not a list</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="199" />
        <source>{path}: {table} row {row}: not an object</source>
        <translation>{path}: {table} row {row}: not an object</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="200" />
        <source>{path}: {table} row {row}: unknown field "{key}"</source>
        <translation>{path}: {table} row {row}: unknown field "{key}"</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="201" />
        <source>{path}: {table} row {row}: missing field "{key}"</source>
        <translation>{path}: {table} row {row}: missing field "{key}"</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="202" />
        <source>{path}: {table} row {row}: field "{key}" must be non-empty text</source>
        <translation>{path}: {table} row {row}: field "{key}" must be non-empty text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="204" />
        <source>{path}: {table} row {row} (id {id}): {field}: {reason}</source>
        <translation>{path}: {table} row {row} (id {id}): {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="205" />
        <source>{path}: {table} row {row} (id {id}): {detail}</source>
        <translation>{path}: {table} row {row} (id {id}): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="206" />
        <source>{path}: {table} row {row}: field "{key}" refers to a missing {target_entity}</source>
        <translation>{path}: {table} row {row}: field "{key}" refers to a missing {target_entity}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="208" />
        <source>{path}: table "{table}" has a duplicate {key}</source>
        <translation>{path}: table "{table}" has a duplicate {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="129" />
        <source>this is not a text file (it looks binary); an iCalendar file is text</source>
        <translation>this is not a text file (it looks binary); an iCalendar file is text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/interchange.py" line="172" />
        <source>the import was cancelled; nothing was written</source>
        <translation>the import was cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="13" />
        <source>the database is busy: another program or Kunskapsbanken window is writing to it; try again in a moment</source>
        <translation>the database is busy: another program or Kunskapsbanken window is writing to it; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="16" />
        <source>the database file is read-only; nothing can be saved</source>
        <translation>the database file is read-only; nothing can be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="17" />
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="18" />
        <source>the disk could not be read or written (disk I/O error); check the disk and try again</source>
        <translation>the disk could not be read or written (disk I/O error); check the disk and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="20" />
        <source>the database file is damaged: run restore from a backup</source>
        <translation>the database file is damaged: run restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="21" />
        <source>the database's files could not be opened (the file, or its -wal and -shm files beside it); check the folder's permissions</source>
        <translation>the database's files could not be opened (the file, or its -wal and -shm files beside it); check the folder's permissions</translation>
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
        <translation>the file is damaged ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="32" />
        <source>the file is damaged (integrity_check: {detail})</source>
        <translation>the file is damaged (integrity_check: {detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="35" />
        <source>its schema version {version} is newer than this app understands ({supported}); update the app first</source>
        <translation>its schema version {version} is newer than this app understands ({supported}); update the app first</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="39" />
        <source>{path}: no such database file</source>
        <translation>{path}: no such database file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="40" />
        <source>{path}: no such folder</source>
        <translation>{path}: no such folder</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="41" />
        <source>{path}: the file already exists; choose another name</source>
        <translation>{path}: the file already exists; choose another name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="42" />
        <source>the backup of {database} could not be written in {folder}: {reason}</source>
        <translation>the backup of {database} could not be written in {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="44" />
        <source>the backup of {database} failed its check ({problems}); nothing was kept</source>
        <translation>the backup of {database} failed its check ({problems}); nothing was kept</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="46" />
        <source>the backup of {database} failed: {reason}; nothing was kept</source>
        <translation>the backup of {database} failed: {reason}; nothing was kept</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="47" />
        <source>{path}: the database stayed locked by another program; try again later</source>
        <translation>{path}: the database stayed locked by another program; try again later</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="50" />
        <source>{path}: no such backup file</source>
        <translation>{path}: no such backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="51" />
        <source>{path} is the database itself; choose a backup file</source>
        <translation>{path} is the database itself; choose a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="52" />
        <source>{path} cannot be restored: {problems}. Nothing was changed</source>
        <translation>{path} cannot be restored: {problems}. Nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="53" />
        <source>the copy of {path} failed its check ({problems}). Nothing was changed</source>
        <translation>the copy of {path} failed its check ({problems}). Nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="55" />
        <source>restoring {path} failed: {reason}</source>
        <translation>restoring {path} failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="56" />
        <source>{path}: the database is in use; close the app first</source>
        <translation>{path}: the database is in use; close the app first</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="57" />
        <source>{path} is not a Kunskapsbanken database (it belongs to another program); it was not replaced</source>
        <translation>{path} is not a Kunskapsbanken database (it belongs to another program); it was not replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="59" />
        <source>the safety backup of {database} could not be written in {folder}: {reason}. Nothing was changed</source>
        <translation>the safety backup of {database} could not be written in {folder}: {reason}. Nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="62" />
        <source>no person given: use a contact id, an e-mail address or the full name</source>
        <translation>no person given: use a contact id, an e-mail address or the full name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="64" />
        <source>no contact has the e-mail address '{value}' (use a contact id, an e-mail address or the exact full name)</source>
        <translation>no contact has the e-mail address '{value}' (use a contact id, an e-mail address or the exact full name)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="67" />
        <source>no contact has the name '{value}' (use a contact id, an e-mail address or the exact full name)</source>
        <translation>no contact has the name '{value}' (use a contact id, an e-mail address or the exact full name)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="69" />
        <source>{count} contacts have the e-mail address '{value}': {candidates}. Nothing was done; use the id to choose one.</source>
        <translation>{count} contacts have the e-mail address '{value}': {candidates}. Nothing was done; use the id to choose one.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="72" />
        <source>{count} contacts have the name '{value}': {candidates}. Nothing was done; use the id to choose one.</source>
        <translation>{count} contacts have the name '{value}': {candidates}. Nothing was done; use the id to choose one.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="75" />
        <source>{id} {name} ({where})</source>
        <translation>{id} {name} ({where})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="76" />
        <source>{id} {name} ({where}, deleted)</source>
        <translation>{id} {name} ({where}, deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="77" />
        <source>no organisation</source>
        <translation>no organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="80" />
        <source>{path}: unsupported extract format '{suffix}' (use .json or .html)</source>
        <translation>{path}: unsupported extract format '{suffix}' (use .json or .html)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="82" />
        <source>the backup {path} could not be cleaned: {reason}</source>
        <translation>the backup {path} could not be cleaned: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="83" />
        <source>the search index {folder} still holds the erased data and could not be rebuilt or removed ({reason}); it is finished the next time the database is opened</source>
        <translation>the search index {folder} still holds the erased data and could not be rebuilt or removed ({reason}); it is finished the next time the database is opened</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="86" />
        <source>the rebuild failed</source>
        <translation>the rebuild failed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="87" />
        <source>the backup folder {path} is not there (an unplugged disk?); the backups in it are cleaned the next time the database is opened with the folder there</source>
        <translation>the backup folder {path} is not there (an unplugged disk?); the backups in it are cleaned the next time the database is opened with the folder there</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="90" />
        <source>the database file could not be compacted (another program had it open, or the disk is full): old pages may still hold the erased data until the next time the database is opened</source>
        <translation>the database file could not be compacted (another program had it open, or the disk is full): old pages may still hold the erased data until the next time the database is opened</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="94" />
        <source>the erasure was interrupted before the search index, the backups and the file were done; they are done the next time the database is opened</source>
        <translation>the erasure was interrupted before the search index, the backups and the file were done; they are done the next time the database is opened</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="97" />
        <source>the retention period must be a whole number of years, not {value}</source>
        <translation>the retention period must be a whole number of years, not {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="99" />
        <source>the retention period must be {minimum}-{maximum} years, not {value}</source>
        <translation>the retention period must be {minimum}-{maximum} years, not {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="30" />
        <source>not a SQLite database file</source>
        <translation>not a SQLite database file</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="33" />
        <source>not a Kunskapsbanken database (it belongs to another program or is empty)</source>
        <translation>not a Kunskapsbanken database (it belongs to another program or is empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/care.py" line="78" />
        <source>the placeholder for erased persons holds no one's data</source>
        <translation>the placeholder for erased persons holds no one's data</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/__init__.py" line="31" />
        <source>{field} (row {row})</source>
        <translation>{field} (row {row})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/__init__.py" line="82" />
        <source>{file}, line {line}</source>
        <translation>{file}, line {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/__init__.py" line="84" />
        <source>{where}, field {field}</source>
        <translation>{where}, field {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/__init__.py" line="86" />
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/demo.py" line="6" />
        <source>the demo data goes into an empty knowledge base; this one already holds {records} records ({entities})</source>
        <translation>the demo data goes into an empty knowledge base; this one already holds {records} records ({entities})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="6" />
        <source>wrong passphrase for the shared knowledge base in {folder}</source>
        <translation>wrong passphrase for the shared knowledge base in {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="8" />
        <source>the shared knowledge base in {folder} needs its passphrase</source>
        <translation>the shared knowledge base in {folder} needs its passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="10" />
        <source>the passphrase must have at least {minimum} characters</source>
        <translation>the passphrase must have at least {minimum} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="12" />
        <source>{file} was written by a newer version of the app (format {version}; this app reads {supported}): update the app; nothing was applied</source>
        <translation>{file} was written by a newer version of the app (format {version}; this app reads {supported}): update the app; nothing was applied</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="15" />
        <source>the shared folder {folder} cannot be used now ({detail}); local work goes on</source>
        <translation>the shared folder {folder} cannot be used now ({detail}); local work goes on</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="17" />
        <source>{file} is not complete yet (still being copied?); it is retried next time</source>
        <translation>{file} is not complete yet (still being copied?); it is retried next time</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="19" />
        <source>{file} fails authentication (damaged, forged or another key); it is never applied</source>
        <translation>{file} fails authentication (damaged, forged or another key); it is never applied</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="21" />
        <source>{file} does not read as change-log entries ({detail}); it is never applied</source>
        <translation>{file} does not read as change-log entries ({detail}); it is never applied</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="23" />
        <source>{file} is missing; the files after it wait for it</source>
        <translation>{file} is missing; the files after it wait for it</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="24" />
        <source>computer {device} writes times {hours} hours ahead of this computer's clock</source>
        <translation>computer {device} writes times {hours} hours ahead of this computer's clock</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="26" />
        <source>the shared folder's description (kunskapsbanken.json) is damaged ({part})</source>
        <translation>the shared folder's description (kunskapsbanken.json) is damaged ({part})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="28" />
        <source>{folder} holds change files but no kunskapsbanken.json (not synced yet?)</source>
        <translation>{folder} holds change files but no kunskapsbanken.json (not synced yet?)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="30" />
        <source>{folder} is not a shared knowledge base (no kunskapsbanken.json)</source>
        <translation>{folder} is not a shared knowledge base (no kunskapsbanken.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="32" />
        <source>{folder} is not empty; a shared knowledge base is created in an empty folder</source>
        <translation>{folder} is not empty; a shared knowledge base is created in an empty folder</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="34" />
        <source>this database is not part of the shared knowledge base in {folder}; join it with a new database</source>
        <translation>this database is not part of the shared knowledge base in {folder}; join it with a new database</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="36" />
        <source>{folder} holds another shared knowledge base than this database's</source>
        <translation>{folder} holds another shared knowledge base than this database's</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="38" />
        <source>this database is already shared (in {folder})</source>
        <translation>this database is already shared (in {folder})</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="39" />
        <source>{db} already holds data; a computer joins with a new, empty database</source>
        <translation>{db} already holds data; a computer joins with a new, empty database</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="41" />
        <source>this database's device id {device} cannot be used in a shared folder</source>
        <translation>this database's device id {device} cannot be used in a shared folder</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="43" />
        <source>another database writes as this computer ({device}) in the shared folder (a copied database file?); nothing was sent</source>
        <translation>another database writes as this computer ({device}) in the shared folder (a copied database file?); nothing was sent</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sharing.py" line="46" />
        <source>this computer's change files up to number {number} are gone from the shared folder ({device}); nothing was sent</source>
        <translation>this computer's change files up to number {number} are gone from the shared folder ({device}); nothing was sent</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../desktop/editors/network.py" line="23" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="24" />
        <source>Type to find the network this one is part of…</source>
        <translation>Type to find the network this one is part of…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="27" />
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="28" />
        <source>Type to find the coordinator…</source>
        <translation>Type to find the coordinator…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="29" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="30" />
        <location filename="../../desktop/editors/network.py" line="32" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="31" />
        <source>Type a person or an organisation to add…</source>
        <translation>Type a person or an organisation to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="33" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/network.py" line="69" />
        <source>Pick one from the list, or clear the field</source>
        <translation>Pick one from the list, or clear the field</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="31" />
        <location filename="../../desktop/pages/notes_panel.py" line="56" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="34" />
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Write a note… (Ctrl+Enter adds it)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="35" />
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="39" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="40" />
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Add the note (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/notes_panel.py" line="103" />
        <source>The note was not saved: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="21" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="22" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="23" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="24" />
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="25" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="26" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="27" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="28" />
        <source>Type to find the parent organisation…</source>
        <translation>Type to find the parent organisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="31" />
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="32" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/organisation.py" line="64" />
        <source>Pick an organisation from the list, or clear the field</source>
        <translation>Pick an organisation from the list, or clear the field</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="23" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="26" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="28" />
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="45" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="57" />
        <source>Projects by kind</source>
        <translation>Projects by kind</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="58" />
        <source>Projects by status</source>
        <translation>Projects by status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/overview_page.py" line="65" />
        <source>Activities by kind</source>
        <translation>Activities by kind</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="10" />
        <source>Attendance at events</source>
        <translation>Attendance at events</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="11" />
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="12" />
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="13" />
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="14" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="15" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="52" />
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="55" />
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="93" />
        <source>Decision for every possible duplicate</source>
        <translation>Decision for every possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="94" />
        <source>Set for &amp;all</source>
        <translation>Set for &amp;all</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="100" />
        <source>Possible duplicates:</source>
        <translation>Possible duplicates:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="124" />
        <source>What importing %1 will do</source>
        <translation>What importing %1 will do</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="161" />
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="168" />
        <source>A Kunskapsbanken export with %1 rows. It is restored into this empty knowledge base, exactly as it was exported.</source>
        <translation>A Kunskapsbanken export with %1 rows. It is restored into this empty knowledge base, exactly as it was exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="175" />
        <source>field %1: %2</source>
        <translation>field %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="182" />
        <source>existing: %1</source>
        <translation>existing: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="184" />
        <source>adds %1</source>
        <translation>adds %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="191" />
        <source>Decision for line %1</source>
        <translation>Decision for line %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="220" />
        <source>1 record will be written.</source>
        <translation>1 record will be written.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="220" />
        <source>%1 records will be written.</source>
        <translation>%1 records will be written.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="222" />
        <source>Nothing to import yet: choose what to do with the possible duplicates.</source>
        <translation>Nothing to import yet: choose what to do with the possible duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="224" />
        <source>Nothing can be imported: every row is rejected.</source>
        <translation>Nothing can be imported: every row is rejected.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="226" />
        <source>Nothing to import: the knowledge base already holds all of it.</source>
        <translation>Nothing to import: the knowledge base already holds all of it.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="228" />
        <source>Rejected rows are not imported.</source>
        <translation>Rejected rows are not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="243" />
        <location filename="../../desktop/dialogs/import_wizard/preview_page.py" line="245" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../desktop/editors/project.py" line="26" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="27" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="27" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="28" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="29" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="30" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="33" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="34" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="35" />
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="36" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="37" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="43" />
        <source>Co-financing share</source>
        <translation>Co-financing share</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="45" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="46" />
        <source>Type to find the coordinator…</source>
        <translation>Type to find the coordinator…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="47" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="48" />
        <location filename="../../desktop/editors/project.py" line="51" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="50" />
        <source>Type an organisation or a person to add…</source>
        <translation>Type an organisation or a person to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="52" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="53" />
        <source>Need area</source>
        <translation>Need area</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="54" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="99" />
        <source>Co-financing: {share} % ({amount})</source>
        <translation>Co-financing: {share} % ({amount})</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="102" />
        <source>Co-financing: –</source>
        <translation>Co-financing: –</translation>
    </message>
    <message>
        <location filename="../../desktop/editors/project.py" line="122" />
        <source>Pick an organisation from the list, or clear the field</source>
        <translation>Pick an organisation from the list, or clear the field</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="30" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="31" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="32" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="33" />
        <location filename="../../desktop/pages/record_html.py" line="46" />
        <location filename="../../desktop/pages/record_html.py" line="72" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="34" />
        <source>Programme office staff</source>
        <translation>Programme office staff</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="35" />
        <location filename="../../desktop/pages/record_html.py" line="49" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="36" />
        <source>Legal basis (GDPR)</source>
        <translation>Legal basis (GDPR)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="37" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="38" />
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="39" />
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="42" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="43" />
        <location filename="../../desktop/pages/record_html.py" line="63" />
        <location filename="../../desktop/pages/record_html.py" line="82" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="44" />
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="45" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="47" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="48" />
        <location filename="../../desktop/pages/record_html.py" line="77" />
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="52" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="53" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="54" />
        <source>Need areas</source>
        <translation>Need areas</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="55" />
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="56" />
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="57" />
        <source>Decision by</source>
        <translation>Decision by</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="62" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="64" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="65" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="66" />
        <location filename="../../desktop/pages/record_html.py" line="78" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="67" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="68" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="69" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="70" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="71" />
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="73" />
        <source>Need area</source>
        <translation>Need area</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="83" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="84" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="85" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="86" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="87" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="88" />
        <source>Logged by</source>
        <translation>Logged by</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="89" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="68" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="69" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="70" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="71" />
        <source>Log meeting</source>
        <translation>Log meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="73" />
        <location filename="../../desktop/pages/record_page.py" line="267" />
        <source>Export vCard…</source>
        <translation>Export vCard…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="74" />
        <source>Merge with…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="75" />
        <source>Register extract…</source>
        <translation>Register extract…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="76" />
        <source>Erase the person permanently…</source>
        <translation>Erase the person permanently…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="79" />
        <location filename="../../desktop/pages/record_page.py" line="210" />
        <source>Select a record in a list or search (Ctrl+K) to see it here.</source>
        <translation>Select a record in a list or search (Ctrl+K) to see it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="117" />
        <source>Record details</source>
        <translation>Record details</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="180" />
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="181" />
        <source>More actions for this record</source>
        <translation>More actions for this record</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="229" />
        <source>This record does not exist (any more).</source>
        <translation>This record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="239" />
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="244" />
        <source>Deleted %1. It is hidden from lists and search until restored.</source>
        <translation>Deleted %1. It is hidden from lists and search until restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_page.py" line="266" />
        <source>Add to calendar (.ics)…</source>
        <translation>Add to calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="210" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="210" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="181" />
        <source>Created %1 · changed %2 by %3</source>
        <translation>Created %1 · changed %2 by %3</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="193" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="16" />
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="17" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="18" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="19" />
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="20" />
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="21" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/record_html.py" line="289" />
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="24" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="29" />
        <source>&amp;Undo the import</source>
        <translation>&amp;Undo the import</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="46" />
        <source>The export was restored: %1 rows.</source>
        <translation>The export was restored: %1 rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="51" />
        <source>%1 new</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="52" />
        <source>%1 updated</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="53" />
        <source>%1 unchanged</source>
        <translation>%1 unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="54" />
        <source>%1 possible duplicates skipped</source>
        <translation>%1 possible duplicates skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="55" />
        <source>%1 rejected</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="57" />
        <source>%1 was imported: %2.</source>
        <translation>%1 was imported: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="59" />
        <source>New organisations: %1.</source>
        <translation>New organisations: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="61" />
        <source>New links: %1.</source>
        <translation>New links: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="65" />
        <source>A backup was taken before the import: %1</source>
        <translation>A backup was taken before the import: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="81" />
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_wizard/result_page.py" line="89" />
        <source>The import could not be undone: %1</source>
        <translation>The import could not be undone: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="223" />
        <source>Retention review</source>
        <translation>Retention review</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="63" />
        <source>Contact persons who are not programme staff, are not marked to be kept longer (Keep until) and have taken part in no activity during the retention period. Review them and erase those who are no longer needed; double-click a row to open the person.</source>
        <translation>Contact persons who are not programme staff, are not marked to be kept longer (Keep until) and have taken part in no activity during the retention period. Review them and erase those who are no longer needed; double-click a row to open the person.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="69" />
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="71" />
        <source>Retention period in years</source>
        <translation>Retention period in years</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="75" />
        <source>&amp;Retention period:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="87" />
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="89" />
        <source>Tick &amp;none</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="91" />
        <source>&amp;Erase the ticked…</source>
        <translation>&amp;Erase the ticked…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="110" />
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="110" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="111" />
        <source>Persons to review</source>
        <translation>Persons to review</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="138" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="144" />
        <source>No contact person is due for review with a retention period of %1 years.</source>
        <translation>No contact person is due for review with a retention period of %1 years.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="169" />
        <source>%1 of %2 ticked</source>
        <translation>%1 of %2 ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="201" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/retention_page.py" line="205" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop/pages/search_page.py" line="27" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="67" />
        <source>Search contacts, organisations, projects, notes…</source>
        <translation>Search contacts, organisations, projects, notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="69" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="91" />
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="175" />
        <source>Show more (%1 left)</source>
        <translation>Show more (%1 left)</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="183" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="191" />
        <source>Type to search. Tip: type:project, org:RISE, "smart cities".</source>
        <translation>Type to search. Tip: type:project, org:RISE, "smart cities".</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="194" />
        <source>The search is not available right now: %1</source>
        <translation>The search is not available right now: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="197" />
        <source>No results for “%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_panel.py" line="200" />
        <source>Did you mean: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/pages/search_popup.py" line="24" />
        <source>Search</source>
        <translation>Search</translation>
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
        <translation>about the organisation %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="60" />
        <source>about the call %1</source>
        <translation>about the call %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="61" />
        <source>about the project %1</source>
        <translation>about the project %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="62" />
        <source>about the network %1</source>
        <translation>about the network %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="63" />
        <source>about the activity %1</source>
        <translation>about the activity %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/search_results.py" line="65" />
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="13" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="15" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="16" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/settings_dialog.py" line="25" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="13" />
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="16" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="15" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="15" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="26" />
        <source>Everything can be done from the keyboard:</source>
        <translation>Everything can be done from the keyboard:</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="27" />
        <source>Deleted record</source>
        <translation>Deleted record</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="27" />
        <source>Deleted at</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="28" />
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="31" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="32" />
        <source>Restore the selected record</source>
        <translation>Restore the selected record</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/trash_page.py" line="34" />
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <location filename="../../desktop/dialogs/undo_offer.py" line="36" />
        <source>Undo the merge</source>
        <translation>Undo the merge</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/undo_offer.py" line="70" />
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/undo_offer.py" line="79" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/undo_offer.py" line="80" />
        <source>It could not be undone: %1</source>
        <translation>It could not be undone: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="16" />
        <source>Welcome to Kunskapsbanken</source>
        <translation>Welcome to Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="18" />
        <source>The knowledge base is empty. Start with the demo data (facts from IoT Sverige's annual report 2022), bring in an export, or create your first record.</source>
        <translation>The knowledge base is empty. Start with the demo data (facts from IoT Sverige's annual report 2022), bring in an export, or create your first record.</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="22" />
        <source>Load the &amp;demo data</source>
        <translation>Load the &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="23" />
        <source>&amp;Import a file…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="24" />
        <source>Create the first &amp;contact</source>
        <translation>Create the first &amp;contact</translation>
    </message>
    <message>
        <location filename="../../desktop/pages/welcome_page.py" line="25" />
        <source>Create the first &amp;organisation</source>
        <translation>Create the first &amp;organisation</translation>
    </message>
</context>
</TS>
