<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="71" />
        <source>Something went wrong: %1

Details are in the log file:
%2</source>
        <translation>Något gick fel: %1

Mer information finns i loggfilen:
%2</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="18" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="19" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="21" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="22" />
        <source>Need area</source>
        <translation>Behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="23" />
        <source>Need areas</source>
        <translation>Behovsområden</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="24" />
        <source>Opens</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="25" />
        <source>Closes</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="26" />
        <source>Decision by</source>
        <translation>Beslut senast</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="27" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="29" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="36" />
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="37" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="38" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="39" />
        <location filename="../../desktop/dialogs/contact.py" line="40" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="39" />
        <source>name@example.com</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="41" />
        <location filename="../../desktop/dialogs/contact.py" line="42" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="43" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="44" />
        <source>Programme office staff</source>
        <translation>Programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="45" />
        <source>Works in the programme office</source>
        <translation>Arbetar på programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="46" />
        <location filename="../../desktop/dialogs/contact.py" line="47" />
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="48" />
        <source>Type an organisation's name to add it…</source>
        <translation>Skriv en organisations namn för att lägga till den…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="49" />
        <source>Works at</source>
        <translation>Arbetar på</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="50" />
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="51" />
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="52" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="52" />
        <source>Where the details come from</source>
        <translation>Var uppgifterna kommer ifrån</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="53" />
        <source>Informed on</source>
        <translation>Informerad den</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="54" />
        <source>Keep until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="55" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/dialogs/__init__.py" line="62" />
        <location filename="../../desktop/dialogs/__init__.py" line="72" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/__init__.py" line="63" />
        <source>Delete the {kind} “{title}”?

You can undo this afterwards.</source>
        <translation>Ta bort ”{title}” ({kind})?

Du kan ångra det efteråt.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/__init__.py" line="71" />
        <source>Could not delete: {error}</source>
        <translation>Kunde inte ta bort: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="155" />
        <location filename="../../desktop/dialogs/picker.py" line="402" />
        <source>Type a name to add…</source>
        <translation>Skriv ett namn för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="159" />
        <source>{name}: chosen</source>
        <translation>{name}: valda</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="169" />
        <location filename="../../desktop/dialogs/picker.py" line="352" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="170" />
        <source>{name}: remove the chosen one</source>
        <translation>{name}: ta bort den valda</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="253" />
        <source>Type to find…</source>
        <translation>Skriv för att söka…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="334" />
        <location filename="../../desktop/dialogs/picker.py" line="389" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="336" />
        <source>Role of {name}</source>
        <translation>Roll för {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="342" />
        <location filename="../../desktop/dialogs/picker.py" line="391" />
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="342" />
        <location filename="../../desktop/dialogs/picker.py" line="391" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="343" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="345" />
        <source>{label} date for {name}</source>
        <translation>{label}-datum för {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="353" />
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="389" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="403" />
        <source>{name}: add</source>
        <translation>{name}: lägg till</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="417" />
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="426" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="427" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="442" />
        <source>New {kind}</source>
        <translation>Skapa {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="443" />
        <source>Edit {kind}: {title}</source>
        <translation>Redigera {kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="485" />
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ÅÅÅÅ-MM-DD TT:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="485" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="518" />
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="520" />
        <source>Not ready to save yet: Ctrl+S shows what is missing.</source>
        <translation>Kan inte sparas än: Ctrl+S visar vad som saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="611" />
        <source>Could not save: please correct the marked fields.</source>
        <translation>Kunde inte spara: rätta de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="615" />
        <source>Could not save: {error}</source>
        <translation>Kunde inte spara: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="628" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="629" />
        <source>Save the changes to this {kind}?</source>
        <translation>Spara ändringarna i den här posten ({kind})?</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="79" />
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="80" />
        <source>Follow-up {n}: what</source>
        <translation>Uppföljning {n}: vad</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="88" />
        <source>Follow-up {n}: owner</source>
        <translation>Uppföljning {n}: ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="90" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="92" />
        <source>Follow-up {n}: due date</source>
        <translation>Uppföljning {n}: klart senast</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="95" />
        <source>Remove this follow-up</source>
        <translation>Ta bort den här uppföljningen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="96" />
        <source>Remove follow-up {n}</source>
        <translation>Ta bort uppföljning {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="132" />
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="132" />
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="132" />
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="142" />
        <source>Add follow-up</source>
        <translation>Lägg till uppföljning</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="13" />
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="14" />
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="15" />
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="16" />
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="17" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="18" />
        <source>Calls</source>
        <translation>Utlysningar</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="19" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="22" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="23" />
        <location filename="../../desktop/labels.py" line="33" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="24" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="25" />
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="26" />
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27" />
        <location filename="../../desktop/labels.py" line="42" />
        <source>Call</source>
        <translation>Utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="31" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="32" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="34" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="35" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="36" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="37" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="38" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39" />
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40" />
        <source>Org. number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="43" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="44" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="45" />
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="47" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="48" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49" />
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="50" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="51" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52" />
        <source>Attendance</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="53" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="54" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="55" />
        <source>Opens</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="56" />
        <source>Closes</source>
        <translation>Stänger</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/list_page.py" line="33" />
        <location filename="../../desktop/list_page.py" line="38" />
        <location filename="../../desktop/list_page.py" line="46" />
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="34" />
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="36" />
        <source>All calls</source>
        <translation>Alla utlysningar</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="40" />
        <location filename="../../desktop/list_page.py" line="42" />
        <source>All networks</source>
        <translation>Alla nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="44" />
        <source>Everyone</source>
        <translation>Alla personer</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="45" />
        <source>Programme office staff</source>
        <translation>Programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="63" />
        <source>Type to filter %1</source>
        <translation>Skriv för att filtrera %1</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="64" />
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
        <location filename="../../desktop/main_window.py" line="51" />
        <source>Kunskapsbanken – %1</source>
        <translation>Kunskapsbanken – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="112" />
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114" />
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="143" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="144" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="145" />
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="146" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="147" />
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Sök överallt…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="148" />
        <source>&amp;New record…</source>
        <translation>&amp;Ny post…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="149" />
        <source>Log a &amp;meeting…</source>
        <translation>&amp;Logga möte…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="151" />
        <source>&amp;Edit record…</source>
        <translation>&amp;Redigera post…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="152" />
        <source>&amp;Delete record…</source>
        <translation>&amp;Ta bort post…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153" />
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="154" />
        <source>&amp;Forward</source>
        <translation>&amp;Framåt</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="155" />
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="159" />
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="160" />
        <source>Re&amp;build the search index</source>
        <translation>&amp;Bygg om sökindexet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="161" />
        <source>&amp;Settings…</source>
        <translation>In&amp;ställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="162" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="163" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="164" />
        <source>&amp;About Kunskapsbanken</source>
        <translation>&amp;Om Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284" />
        <source>About Kunskapsbanken</source>
        <translation>Om Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="285" />
        <source>Kunskapsbanken – the knowledge base of IoT Sverige's programme office.
Database: %1</source>
        <translation>Kunskapsbanken – kunskapsbanken för IoT Sveriges programkontor.
Databas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="295" />
        <source>Loading the demo data…</source>
        <translation>Läser in demodata…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="301" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="301" />
        <source>Kunskapsbanken export (*.json)</source>
        <translation>Export från Kunskapsbanken (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="310" />
        <source>An export can only be restored into an empty knowledge base.</source>
        <translation>En export kan bara läsas in i en tom kunskapsbank.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="312" />
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="317" />
        <source>Rebuilding the search index…</source>
        <translation>Bygger om sökindexet…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="319" />
        <source>Search index rebuilt: %1 documents</source>
        <translation>Sökindexet har byggts om: %1 dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="324" />
        <source>Kunskapsbanken</source>
        <translation>Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="331" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="336" />
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="196" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="197" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="197" />
        <source>What the meeting was about, in a few words</source>
        <translation>Vad mötet handlade om, med några ord</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="198" />
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="199" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="200" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="201" />
        <source>Online</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="201" />
        <source>Held online</source>
        <translation>Hölls digitalt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="202" />
        <source>Attendance</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="202" />
        <source>Number of people (events)</source>
        <translation>Antal vid evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="204" />
        <source>Who and what</source>
        <translation>Deltagare och ämnen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="205" />
        <location filename="../../desktop/dialogs/activity.py" line="207" />
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="206" />
        <source>Type a person or an organisation to add…</source>
        <translation>Skriv en person eller en organisation för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="208" />
        <location filename="../../desktop/dialogs/activity.py" line="209" />
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="208" />
        <source>Type a project or a network to add…</source>
        <translation>Skriv ett projekt eller ett nätverk för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="210" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="212" />
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="218" />
        <source>Log a meeting</source>
        <translation>Logga möte</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/messages.py" line="27" />
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="28" />
        <source>short_name</source>
        <translation>kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="29" />
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="30" />
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="31" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="32" />
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="33" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="34" />
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="35" />
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="36" />
        <source>first_name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="37" />
        <source>last_name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="38" />
        <source>emails</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="39" />
        <source>phones</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="40" />
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="41" />
        <source>county</source>
        <translation>län</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="42" />
        <source>website</source>
        <translation>webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="43" />
        <source>org_number</source>
        <translation>organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="44" />
        <source>legal_basis</source>
        <translation>rättslig grund</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="45" />
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="46" />
        <source>informed_at</source>
        <translation>informerad den</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="47" />
        <source>retain_until</source>
        <translation>sparas till</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="48" />
        <source>need_areas</source>
        <translation>behovsområden</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="49" />
        <source>need_area</source>
        <translation>behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="50" />
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="51" />
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="52" />
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="53" />
        <source>opens</source>
        <translation>öppningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="54" />
        <source>closes</source>
        <translation>stängningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="55" />
        <source>decision_by</source>
        <translation>beslut senast</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="56" />
        <source>budget_sek</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="57" />
        <source>start_date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="58" />
        <source>end_date</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="59" />
        <source>total_budget_sek</source>
        <translation>total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="60" />
        <source>grant_sek</source>
        <translation>bidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="61" />
        <source>starts</source>
        <translation>starttid</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="62" />
        <source>ends</source>
        <translation>sluttid</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="63" />
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="64" />
        <source>attendance</source>
        <translation>antal deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="65" />
        <source>minutes</source>
        <translation>minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="66" />
        <source>from_date</source>
        <translation>från-datum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="67" />
        <source>to_date</source>
        <translation>till-datum</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="68" />
        <source>due</source>
        <translation>klart senast</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="69" />
        <source>done_at</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="70" />
        <source>parent_id</source>
        <translation>del av</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="71" />
        <source>call_id</source>
        <translation>utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="72" />
        <source>coordinator_id</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="73" />
        <source>contact_id</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="74" />
        <source>organisation_id</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="75" />
        <source>project_id</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="76" />
        <source>network_id</source>
        <translation>nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="77" />
        <source>activity_id</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="78" />
        <source>owner_id</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="79" />
        <source>tag_id</source>
        <translation>tagg</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="80" />
        <source>entity_type</source>
        <translation>posttyp</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="81" />
        <source>entity_id</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="83" />
        <source>entity type</source>
        <translation>posttyp</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="84" />
        <source>entity</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="85" />
        <source>tag id</source>
        <translation>tagg</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="86" />
        <source>entity id</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="88" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="89" />
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="90" />
        <source>call</source>
        <translation>utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="91" />
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="92" />
        <source>network</source>
        <translation>nätverk</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="93" />
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="94" />
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="95" />
        <source>tag</source>
        <translation>tagg</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="96" />
        <source>tagging</source>
        <translation>taggning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="97" />
        <source>affiliation</source>
        <translation>anknytning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="98" />
        <source>project_party</source>
        <translation>projektpart</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="99" />
        <source>membership</source>
        <translation>medlemskap</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="100" />
        <source>activity_link</source>
        <translation>aktivitetskoppling</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="101" />
        <source>follow_up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="102" />
        <source>affiliations</source>
        <translation>arbetar på</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="103" />
        <source>parties</source>
        <translation>parter</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="104" />
        <source>members</source>
        <translation>medlemmar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="105" />
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="106" />
        <source>topics</source>
        <translation>ämnen</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="107" />
        <source>links</source>
        <translation>kopplingar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="108" />
        <source>follow_ups</source>
        <translation>uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="138" />
        <source>'%1' is not an organisationsnummer (NNNNNN-NNNN, ten digits)</source>
        <translation>”%1” är inget organisationsnummer (NNNNNN-NNNN, tio siffror)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="140" />
        <source>'%1' is not an organisationsnummer (the third digit must be 2 or more)</source>
        <translation>”%1” är inget organisationsnummer (den tredje siffran måste vara 2 eller högre)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="143" />
        <source>'%1' has a wrong check digit (Luhn)</source>
        <translation>”%1” har fel kontrollsiffra (Luhn)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="145" />
        <source>'%1' is not a valid e-mail address</source>
        <translation>”%1” är ingen giltig e-postadress</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="146" />
        <source>'%1' is not a phone number</source>
        <translation>”%1” är inget telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="148" />
        <source>'%1' is not a valid phone number</source>
        <translation>”%1” är inget giltigt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="150" />
        <source>'%1' is not an ISO date (YYYY-MM-DD)</source>
        <translation>”%1” är inget datum i formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="152" />
        <source>'%1' is not a date in the calendar</source>
        <translation>”%1” är inget datum som finns i kalendern</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="154" />
        <source>'%1' is not an ISO date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>”%1” är ingen tidpunkt i formen ÅÅÅÅ-MM-DD TT:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="156" />
        <source>'%1' is not a date and time in the calendar</source>
        <translation>”%1” är ingen tidpunkt som finns i kalendern</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="158" />
        <source>'%1' is not a whole number of kronor</source>
        <translation>”%1” är inget helt antal kronor</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="160" />
        <source>%1 is negative; amounts are 0 kr or more</source>
        <translation>%1 är negativt; belopp är 0 kr eller mer</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="161" />
        <source>%1 kr is too large</source>
        <translation>%1 kr är ett för stort belopp</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="164" />
        <source>a first or last name is required</source>
        <translation>förnamn eller efternamn måste anges</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="165" />
        <source>a start date is required</source>
        <translation>ett startdatum måste anges</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="166" />
        <source>%1 is required</source>
        <translation>%1 måste anges</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="167" />
        <source>%1 has the wrong type</source>
        <translation>%1 har fel typ</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="169" />
        <source>'%1' is not a year between 1990 and 2100</source>
        <translation>”%1” är inget årtal mellan 1990 och 2100</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="171" />
        <source>the grant (%1) exceeds the total budget (%2)</source>
        <translation>bidraget (%1) är större än den totala budgeten (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="173" />
        <source>co-financing is %1 % of the total budget; the programme requires at least 50 %</source>
        <translation>medfinansieringen är %1 % av den totala budgeten; programmet kräver minst 50 %</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="175" />
        <source>a network cannot be its own parent</source>
        <translation>ett nätverk kan inte ingå i sig självt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="177" />
        <source>'%1' is not a count of people (0 or more)</source>
        <translation>”%1” är inget antal personer (0 eller fler)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="179" />
        <source>exactly one of %1 must be set</source>
        <translation>exakt en av %1 måste anges</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="180" />
        <source>a tag is at most 60 characters</source>
        <translation>en tagg får vara högst 60 tecken</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="181" />
        <source>%1 is before %2 %3</source>
        <translation>%1 är tidigare än %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="183" />
        <source>'%1' is not one of: %2</source>
        <translation>”%1” är inte något av: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="185" />
        <source>no %1 with id %2</source>
        <translation>%1 med id %2 finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="187" />
        <source>%1 lies below this %2: a parent cannot also be a descendant</source>
        <translation>%1 ligger under den här posten (%2): en överordnad post kan inte samtidigt vara underordnad</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="190" />
        <source>conflicts with an existing %1: %2</source>
        <translation>krockar med en befintlig post (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="192" />
        <source>there is already a tag named '%1'</source>
        <translation>det finns redan en tagg som heter ”%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="195" />
        <source>the search index could not be read; it is being rebuilt</source>
        <translation>sökindexet gick inte att läsa; det byggs om nu</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="196" />
        <source>the search failed</source>
        <translation>sökningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="202" />
        <source>%1 (row %2)</source>
        <translation>%1 (rad %2)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="28" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="29" />
        <source>Type to find the network this one is part of…</source>
        <translation>Skriv för att hitta nätverket som det här ingår i…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="32" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="33" />
        <source>Type to find the coordinator…</source>
        <translation>Skriv för att hitta koordinatorn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="34" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="35" />
        <location filename="../../desktop/dialogs/network.py" line="37" />
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="36" />
        <source>Type a person or an organisation to add…</source>
        <translation>Skriv en person eller en organisation för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="38" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="73" />
        <source>Pick one from the list, or clear the field</source>
        <translation>Välj i listan eller töm fältet</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="19" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="20" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="21" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="22" />
        <source>Org. number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="23" />
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="24" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="25" />
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="26" />
        <source>Type to find the parent organisation…</source>
        <translation>Skriv för att hitta den överordnade organisationen…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="29" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="30" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="62" />
        <source>Pick an organisation from the list, or clear the field</source>
        <translation>Välj en organisation i listan eller töm fältet</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/overview_page.py" line="20" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="23" />
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="25" />
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="38" />
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="51" />
        <source>Projects by kind</source>
        <translation>Projekt per typ</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="52" />
        <source>Projects by status</source>
        <translation>Projekt per status</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="59" />
        <source>Activities by kind</source>
        <translation>Aktiviteter per typ</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="9" />
        <source>Attendance at events</source>
        <translation>Deltagare vid evenemang</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="10" />
        <source>Co-financing</source>
        <translation>Medfinansiering</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="11" />
        <source>Grants</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="12" />
        <source>Open follow-ups</source>
        <translation>Öppna uppföljningar</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="13" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="14" />
        <source>overdue</source>
        <translation>försenade</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="35" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="36" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="36" />
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="37" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="39" />
        <source>Call</source>
        <translation>Utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="42" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="43" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="44" />
        <source>Money</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="45" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="46" />
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="52" />
        <source>Co-financing share</source>
        <translation>Andel medfinansiering</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="54" />
        <source>Who</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="55" />
        <source>Type to find the coordinator…</source>
        <translation>Skriv för att hitta koordinatorn…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="56" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="57" />
        <location filename="../../desktop/dialogs/project.py" line="60" />
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="59" />
        <source>Type an organisation or a person to add…</source>
        <translation>Skriv en organisation eller en person för att lägga till…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="61" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="62" />
        <source>Need area</source>
        <translation>Behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="63" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="108" />
        <source>Co-financing: {share} % ({amount})</source>
        <translation>Medfinansiering: {share} % ({amount})</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="111" />
        <source>Co-financing: –</source>
        <translation>Medfinansiering: –</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="131" />
        <source>Pick an organisation from the list, or clear the field</source>
        <translation>Välj en organisation i listan eller töm fältet</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/record_page.py" line="51" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="52" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="53" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="54" />
        <location filename="../../desktop/record_page.py" line="67" />
        <location filename="../../desktop/record_page.py" line="93" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="55" />
        <source>Programme office staff</source>
        <translation>Programkontoret</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="56" />
        <location filename="../../desktop/record_page.py" line="70" />
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="57" />
        <source>Legal basis (GDPR)</source>
        <translation>Rättslig grund (GDPR)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="58" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="59" />
        <source>Informed</source>
        <translation>Informerad</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="60" />
        <source>Keep until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="63" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="64" />
        <location filename="../../desktop/record_page.py" line="84" />
        <location filename="../../desktop/record_page.py" line="103" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="65" />
        <source>Org. number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="66" />
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="68" />
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="69" />
        <location filename="../../desktop/record_page.py" line="98" />
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="73" />
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="74" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="75" />
        <source>Need areas</source>
        <translation>Behovsområden</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="76" />
        <source>Opens</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="77" />
        <source>Closes</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="78" />
        <source>Decision by</source>
        <translation>Beslut senast</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="79" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="80" />
        <location filename="../../desktop/record_page.py" line="95" />
        <location filename="../../desktop/record_page.py" line="100" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="83" />
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="85" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="86" />
        <source>Call</source>
        <translation>Utlysning</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="87" />
        <location filename="../../desktop/record_page.py" line="99" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="88" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="89" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="90" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="91" />
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="92" />
        <source>Co-financing</source>
        <translation>Medfinansiering</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="94" />
        <source>Need area</source>
        <translation>Behovsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="104" />
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="105" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="106" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="107" />
        <source>Online</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="108" />
        <source>Attendance</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="109" />
        <source>Logged by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="110" />
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="183" />
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="184" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="185" />
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="186" />
        <source>Log meeting</source>
        <translation>Logga möte</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="190" />
        <location filename="../../desktop/record_page.py" line="328" />
        <source>Select a record in a list or search (Ctrl+K) to see it here.</source>
        <translation>Välj en post i en lista eller sök (Ctrl+K) så visas den här.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="259" />
        <source>Record details</source>
        <translation>Postens uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="262" />
        <location filename="../../desktop/record_page.py" line="283" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="265" />
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Skriv en anteckning… (Ctrl+Enter lägger till den)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="266" />
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="270" />
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="271" />
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Lägg till anteckningen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="346" />
        <source>This record does not exist (any more).</source>
        <translation>Posten finns inte (längre).</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="356" />
        <source>(no name)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="361" />
        <source>Deleted %1. It is hidden from lists and search until restored.</source>
        <translation>Borttagen %1. Posten syns inte i listor och sökningar förrän den återställs.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="417" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="417" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="514" />
        <source>Created %1 · changed %2 by %3</source>
        <translation>Skapad %1 · ändrad %2 av %3</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="524" />
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="586" />
        <source>The note was not saved: %1</source>
        <translation>Anteckningen sparades inte: %1</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="15" />
        <source>%1 done</source>
        <translation>%1 klara</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="16" />
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="17" />
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="18" />
        <source>No notes yet.</source>
        <translation>Inga anteckningar än.</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="19" />
        <source>Open follow-ups</source>
        <translation>Öppna uppföljningar</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="20" />
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="21" />
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop/search_page.py" line="26" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/search_popup.py" line="279" />
        <source>Search contacts, organisations, projects, notes…</source>
        <translation>Sök bland kontakter, organisationer, projekt, anteckningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="281" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="328" />
        <source>Show more</source>
        <translation>Visa fler</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="384" />
        <source>Show more (%1 left)</source>
        <translation>Visa fler (%1 till)</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="392" />
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="400" />
        <source>Type to search. Tip: type:project, org:RISE, "smart cities".</source>
        <translation>Skriv för att söka. Tips: typ:projekt, org:RISE, "smarta städer".</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="403" />
        <source>The search is not available right now: %1</source>
        <translation>Sökningen fungerar inte just nu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="406" />
        <source>No results for “%1”.</source>
        <translation>Inga träffar för ”%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="409" />
        <source>Did you mean: %1?</source>
        <translation>Menade du: %1?</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/search_popup.py" line="465" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="24" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="26" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="27" />
        <source>Follow the system</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="36" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="52" />
        <location filename="../../desktop/small_dialogs.py" line="55" />
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="54" />
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="54" />
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="65" />
        <source>Everything can be done from the keyboard:</source>
        <translation>Allt går att göra från tangentbordet:</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../desktop/trash_page.py" line="23" />
        <source>Deleted record</source>
        <translation>Borttagen post</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="23" />
        <source>Deleted at</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="24" />
        <source>Deleted records</source>
        <translation>Borttagna poster</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="27" />
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="28" />
        <source>Restore the selected record</source>
        <translation>Återställ den markerade posten</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="30" />
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/welcome_page.py" line="16" />
        <source>Welcome to Kunskapsbanken</source>
        <translation>Välkommen till Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="18" />
        <source>The knowledge base is empty. Start with the demo data (facts from IoT Sverige's annual report 2022), bring in an export, or create your first record.</source>
        <translation>Kunskapsbanken är tom. Börja med demodata (uppgifter ur IoT Sveriges årsrapport 2022), läs in en export eller skapa din första post.</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="22" />
        <source>Load the &amp;demo data</source>
        <translation>Läs in &amp;demodata</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="23" />
        <source>&amp;Import a file…</source>
        <translation>&amp;Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="24" />
        <source>Create the first &amp;contact</source>
        <translation>Skapa den första &amp;kontakten</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="25" />
        <source>Create the first &amp;organisation</source>
        <translation>Skapa den första &amp;organisationen</translation>
    </message>
</context>
</TS>
