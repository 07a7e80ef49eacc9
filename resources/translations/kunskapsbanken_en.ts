<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="71" />
        <source>Something went wrong: %1

Details are in the log file:
%2</source>
        <translation>Something went wrong: %1

Details are in the log file:
%2</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="18" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="19" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="21" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="22" />
        <source>Need area</source>
        <translation>Need area</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="23" />
        <source>Need areas</source>
        <translation>Need areas</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="24" />
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="25" />
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="26" />
        <source>Decision by</source>
        <translation>Decision by</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="27" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/call.py" line="29" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="36" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="37" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="38" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="39" />
        <location filename="../../desktop/dialogs/contact.py" line="40" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="39" />
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="41" />
        <location filename="../../desktop/dialogs/contact.py" line="42" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="43" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="44" />
        <source>Programme office staff</source>
        <translation>Programme office staff</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="45" />
        <source>Works in the programme office</source>
        <translation>Works in the programme office</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="46" />
        <location filename="../../desktop/dialogs/contact.py" line="47" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="48" />
        <source>Type an organisation's name to add it…</source>
        <translation>Type an organisation's name to add it…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="49" />
        <source>Works at</source>
        <translation>Works at</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="50" />
        <source>Data protection</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="51" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="52" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="52" />
        <source>Where the details come from</source>
        <translation>Where the details come from</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="53" />
        <source>Informed on</source>
        <translation>Informed on</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="54" />
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/contact.py" line="55" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/dialogs/__init__.py" line="62" />
        <location filename="../../desktop/dialogs/__init__.py" line="72" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/__init__.py" line="63" />
        <source>Delete the {kind} “{title}”?

You can undo this afterwards.</source>
        <translation>Delete the {kind} “{title}”?

You can undo this afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/__init__.py" line="71" />
        <source>Could not delete: {error}</source>
        <translation>Could not delete: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="155" />
        <location filename="../../desktop/dialogs/picker.py" line="402" />
        <source>Type a name to add…</source>
        <translation>Type a name to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="159" />
        <source>{name}: chosen</source>
        <translation>{name}: chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="169" />
        <location filename="../../desktop/dialogs/picker.py" line="352" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="170" />
        <source>{name}: remove the chosen one</source>
        <translation>{name}: remove the chosen one</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="253" />
        <source>Type to find…</source>
        <translation>Type to find…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="334" />
        <location filename="../../desktop/dialogs/picker.py" line="389" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="336" />
        <source>Role of {name}</source>
        <translation>Role of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="342" />
        <location filename="../../desktop/dialogs/picker.py" line="391" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="342" />
        <location filename="../../desktop/dialogs/picker.py" line="391" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="343" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="345" />
        <source>{label} date for {name}</source>
        <translation>{label} date for {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="353" />
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="389" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/picker.py" line="403" />
        <source>{name}: add</source>
        <translation>{name}: add</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="417" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="426" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="427" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="442" />
        <source>New {kind}</source>
        <translation>New {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="443" />
        <source>Edit {kind}: {title}</source>
        <translation>Edit {kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="485" />
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="485" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="518" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="520" />
        <source>Not ready to save yet: Ctrl+S shows what is missing.</source>
        <translation>Not ready to save yet: Ctrl+S shows what is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="611" />
        <source>Could not save: please correct the marked fields.</source>
        <translation>Could not save: please correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="615" />
        <source>Could not save: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="628" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/base.py" line="629" />
        <source>Save the changes to this {kind}?</source>
        <translation>Save the changes to this {kind}?</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="79" />
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="80" />
        <source>Follow-up {n}: what</source>
        <translation>Follow-up {n}: what</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="88" />
        <source>Follow-up {n}: owner</source>
        <translation>Follow-up {n}: owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="90" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="92" />
        <source>Follow-up {n}: due date</source>
        <translation>Follow-up {n}: due date</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="95" />
        <source>Remove this follow-up</source>
        <translation>Remove this follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="96" />
        <source>Remove follow-up {n}</source>
        <translation>Remove follow-up {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="132" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="132" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="132" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="142" />
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="13" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="14" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="15" />
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="16" />
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="17" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="18" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="19" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="22" />
        <source>Contact</source>
        <translation>Contact</translation>
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
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="25" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="26" />
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27" />
        <location filename="../../desktop/labels.py" line="42" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="31" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="32" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="34" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="35" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="36" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="37" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="38" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="40" />
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="43" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="44" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="45" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="47" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="48" />
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="50" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="51" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="52" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="53" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="54" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="55" />
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="56" />
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../desktop/list_page.py" line="33" />
        <location filename="../../desktop/list_page.py" line="38" />
        <location filename="../../desktop/list_page.py" line="46" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="34" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="36" />
        <source>All calls</source>
        <translation>All calls</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="40" />
        <location filename="../../desktop/list_page.py" line="42" />
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="44" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="45" />
        <source>Programme office staff</source>
        <translation>Programme office staff</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="63" />
        <source>Type to filter %1</source>
        <translation>Type to filter %1</translation>
    </message>
    <message>
        <location filename="../../desktop/list_page.py" line="64" />
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
        <location filename="../../desktop/main_window.py" line="51" />
        <source>Kunskapsbanken – %1</source>
        <translation>Kunskapsbanken – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="112" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="114" />
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="143" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="144" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="145" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="146" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="147" />
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Search everywhere…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="148" />
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="149" />
        <source>Log a &amp;meeting…</source>
        <translation>Log a &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="151" />
        <source>&amp;Edit record…</source>
        <translation>&amp;Edit record…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="152" />
        <source>&amp;Delete record…</source>
        <translation>&amp;Delete record…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="154" />
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="155" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="159" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="160" />
        <source>Re&amp;build the search index</source>
        <translation>Re&amp;build the search index</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="161" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="162" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="163" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="164" />
        <source>&amp;About Kunskapsbanken</source>
        <translation>&amp;About Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284" />
        <source>About Kunskapsbanken</source>
        <translation>About Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="285" />
        <source>Kunskapsbanken – the knowledge base of IoT Sverige's programme office.
Database: %1</source>
        <translation>Kunskapsbanken – the knowledge base of IoT Sverige's programme office.
Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="295" />
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="301" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="301" />
        <source>Kunskapsbanken export (*.json)</source>
        <translation>Kunskapsbanken export (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="310" />
        <source>An export can only be restored into an empty knowledge base.</source>
        <translation>An export can only be restored into an empty knowledge base.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="312" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="317" />
        <source>Rebuilding the search index…</source>
        <translation>Rebuilding the search index…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="319" />
        <source>Search index rebuilt: %1 documents</source>
        <translation>Search index rebuilt: %1 documents</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="324" />
        <source>Kunskapsbanken</source>
        <translation>Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="331" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="336" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="196" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="197" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="197" />
        <source>What the meeting was about, in a few words</source>
        <translation>What the meeting was about, in a few words</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="198" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="199" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="200" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="201" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="201" />
        <source>Held online</source>
        <translation>Held online</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="202" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="202" />
        <source>Number of people (events)</source>
        <translation>Number of people (events)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="204" />
        <source>Who and what</source>
        <translation>Who and what</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="205" />
        <location filename="../../desktop/dialogs/activity.py" line="207" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="206" />
        <source>Type a person or an organisation to add…</source>
        <translation>Type a person or an organisation to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="208" />
        <location filename="../../desktop/dialogs/activity.py" line="209" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="208" />
        <source>Type a project or a network to add…</source>
        <translation>Type a project or a network to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="210" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="212" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/activity.py" line="218" />
        <source>Log a meeting</source>
        <translation>Log a meeting</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/messages.py" line="27" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="28" />
        <source>short_name</source>
        <translation>short_name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="29" />
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="30" />
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="31" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="32" />
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="33" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="34" />
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="35" />
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="36" />
        <source>first_name</source>
        <translation>first_name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="37" />
        <source>last_name</source>
        <translation>last_name</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="38" />
        <source>emails</source>
        <translation>emails</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="39" />
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="40" />
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="41" />
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="42" />
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="43" />
        <source>org_number</source>
        <translation>org_number</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="44" />
        <source>legal_basis</source>
        <translation>legal_basis</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="45" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="46" />
        <source>informed_at</source>
        <translation>informed_at</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="47" />
        <source>retain_until</source>
        <translation>retain_until</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="48" />
        <source>need_areas</source>
        <translation>need_areas</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="49" />
        <source>need_area</source>
        <translation>need_area</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="50" />
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="51" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="52" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="53" />
        <source>opens</source>
        <translation>opens</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="54" />
        <source>closes</source>
        <translation>closes</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="55" />
        <source>decision_by</source>
        <translation>decision_by</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="56" />
        <source>budget_sek</source>
        <translation>budget_sek</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="57" />
        <source>start_date</source>
        <translation>start_date</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="58" />
        <source>end_date</source>
        <translation>end_date</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="59" />
        <source>total_budget_sek</source>
        <translation>total_budget_sek</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="60" />
        <source>grant_sek</source>
        <translation>grant_sek</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="61" />
        <source>starts</source>
        <translation>starts</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="62" />
        <source>ends</source>
        <translation>ends</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="63" />
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="64" />
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="65" />
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="66" />
        <source>from_date</source>
        <translation>from_date</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="67" />
        <source>to_date</source>
        <translation>to_date</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="68" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="69" />
        <source>done_at</source>
        <translation>done_at</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="70" />
        <source>parent_id</source>
        <translation>parent_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="71" />
        <source>call_id</source>
        <translation>call_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="72" />
        <source>coordinator_id</source>
        <translation>coordinator_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="73" />
        <source>contact_id</source>
        <translation>contact_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="74" />
        <source>organisation_id</source>
        <translation>organisation_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="75" />
        <source>project_id</source>
        <translation>project_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="76" />
        <source>network_id</source>
        <translation>network_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="77" />
        <source>activity_id</source>
        <translation>activity_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="78" />
        <source>owner_id</source>
        <translation>owner_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="79" />
        <source>tag_id</source>
        <translation>tag_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="80" />
        <source>entity_type</source>
        <translation>entity_type</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="81" />
        <source>entity_id</source>
        <translation>entity_id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="83" />
        <source>entity type</source>
        <translation>entity type</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="84" />
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="85" />
        <source>tag id</source>
        <translation>tag id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="86" />
        <source>entity id</source>
        <translation>entity id</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="88" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="89" />
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="90" />
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="91" />
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="92" />
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="93" />
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="94" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="95" />
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="96" />
        <source>tagging</source>
        <translation>tagging</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="97" />
        <source>affiliation</source>
        <translation>affiliation</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="98" />
        <source>project_party</source>
        <translation>project_party</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="99" />
        <source>membership</source>
        <translation>membership</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="100" />
        <source>activity_link</source>
        <translation>activity_link</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="101" />
        <source>follow_up</source>
        <translation>follow_up</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="102" />
        <source>affiliations</source>
        <translation>affiliations</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="103" />
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="104" />
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="105" />
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="106" />
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="107" />
        <source>links</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="108" />
        <source>follow_ups</source>
        <translation>follow_ups</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="138" />
        <source>'%1' is not an organisationsnummer (NNNNNN-NNNN, ten digits)</source>
        <translation>'%1' is not an organisationsnummer (NNNNNN-NNNN, ten digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="140" />
        <source>'%1' is not an organisationsnummer (the third digit must be 2 or more)</source>
        <translation>'%1' is not an organisationsnummer (the third digit must be 2 or more)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="143" />
        <source>'%1' has a wrong check digit (Luhn)</source>
        <translation>'%1' has a wrong check digit (Luhn)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="145" />
        <source>'%1' is not a valid e-mail address</source>
        <translation>'%1' is not a valid e-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="146" />
        <source>'%1' is not a phone number</source>
        <translation>'%1' is not a phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="148" />
        <source>'%1' is not a valid phone number</source>
        <translation>'%1' is not a valid phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="150" />
        <source>'%1' is not an ISO date (YYYY-MM-DD)</source>
        <translation>'%1' is not an ISO date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="152" />
        <source>'%1' is not a date in the calendar</source>
        <translation>'%1' is not a date in the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="154" />
        <source>'%1' is not an ISO date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>'%1' is not an ISO date and time (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="156" />
        <source>'%1' is not a date and time in the calendar</source>
        <translation>'%1' is not a date and time in the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="158" />
        <source>'%1' is not a whole number of kronor</source>
        <translation>'%1' is not a whole number of kronor</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="160" />
        <source>%1 is negative; amounts are 0 kr or more</source>
        <translation>%1 is negative; amounts are 0 kr or more</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="161" />
        <source>%1 kr is too large</source>
        <translation>%1 kr is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="164" />
        <source>a first or last name is required</source>
        <translation>a first or last name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="165" />
        <source>a start date is required</source>
        <translation>a start date is required</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="166" />
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="167" />
        <source>%1 has the wrong type</source>
        <translation>%1 has the wrong type</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="169" />
        <source>'%1' is not a year between 1990 and 2100</source>
        <translation>'%1' is not a year between 1990 and 2100</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="171" />
        <source>the grant (%1) exceeds the total budget (%2)</source>
        <translation>the grant (%1) exceeds the total budget (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="173" />
        <source>co-financing is %1 % of the total budget; the programme requires at least 50 %</source>
        <translation>co-financing is %1 % of the total budget; the programme requires at least 50 %</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="175" />
        <source>a network cannot be its own parent</source>
        <translation>a network cannot be its own parent</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="177" />
        <source>'%1' is not a count of people (0 or more)</source>
        <translation>'%1' is not a count of people (0 or more)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="179" />
        <source>exactly one of %1 must be set</source>
        <translation>exactly one of %1 must be set</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="180" />
        <source>a tag is at most 60 characters</source>
        <translation>a tag is at most 60 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="181" />
        <source>%1 is before %2 %3</source>
        <translation>%1 is before %2 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="183" />
        <source>'%1' is not one of: %2</source>
        <translation>'%1' is not one of: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="185" />
        <source>no %1 with id %2</source>
        <translation>no %1 with id %2</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="187" />
        <source>%1 lies below this %2: a parent cannot also be a descendant</source>
        <translation>%1 lies below this %2: a parent cannot also be a descendant</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="190" />
        <source>conflicts with an existing %1: %2</source>
        <translation>conflicts with an existing %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="192" />
        <source>there is already a tag named '%1'</source>
        <translation>there is already a tag named '%1'</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="195" />
        <source>the search index could not be read; it is being rebuilt</source>
        <translation>the search index could not be read; it is being rebuilt</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="196" />
        <source>the search failed</source>
        <translation>the search failed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="202" />
        <source>%1 (row %2)</source>
        <translation>%1 (row %2)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="28" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="29" />
        <source>Type to find the network this one is part of…</source>
        <translation>Type to find the network this one is part of…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="32" />
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="33" />
        <source>Type to find the coordinator…</source>
        <translation>Type to find the coordinator…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="34" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="35" />
        <location filename="../../desktop/dialogs/network.py" line="37" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="36" />
        <source>Type a person or an organisation to add…</source>
        <translation>Type a person or an organisation to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="38" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/network.py" line="73" />
        <source>Pick one from the list, or clear the field</source>
        <translation>Pick one from the list, or clear the field</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="19" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="20" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="21" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="22" />
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="23" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="24" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="25" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="26" />
        <source>Type to find the parent organisation…</source>
        <translation>Type to find the parent organisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="29" />
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="30" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/organisation.py" line="62" />
        <source>Pick an organisation from the list, or clear the field</source>
        <translation>Pick an organisation from the list, or clear the field</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/overview_page.py" line="20" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="23" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="25" />
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="38" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="51" />
        <source>Projects by kind</source>
        <translation>Projects by kind</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="52" />
        <source>Projects by status</source>
        <translation>Projects by status</translation>
    </message>
    <message>
        <location filename="../../desktop/overview_page.py" line="59" />
        <source>Activities by kind</source>
        <translation>Activities by kind</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="9" />
        <source>Attendance at events</source>
        <translation>Attendance at events</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="10" />
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="11" />
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="12" />
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="13" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="14" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="35" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="36" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="36" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="37" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="38" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="39" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="42" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="43" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="44" />
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="45" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="46" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="52" />
        <source>Co-financing share</source>
        <translation>Co-financing share</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="54" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="55" />
        <source>Type to find the coordinator…</source>
        <translation>Type to find the coordinator…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="56" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="57" />
        <location filename="../../desktop/dialogs/project.py" line="60" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="59" />
        <source>Type an organisation or a person to add…</source>
        <translation>Type an organisation or a person to add…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="61" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="62" />
        <source>Need area</source>
        <translation>Need area</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="63" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="108" />
        <source>Co-financing: {share} % ({amount})</source>
        <translation>Co-financing: {share} % ({amount})</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="111" />
        <source>Co-financing: –</source>
        <translation>Co-financing: –</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/project.py" line="131" />
        <source>Pick an organisation from the list, or clear the field</source>
        <translation>Pick an organisation from the list, or clear the field</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/record_page.py" line="51" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="52" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="53" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="54" />
        <location filename="../../desktop/record_page.py" line="67" />
        <location filename="../../desktop/record_page.py" line="93" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="55" />
        <source>Programme office staff</source>
        <translation>Programme office staff</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="56" />
        <location filename="../../desktop/record_page.py" line="70" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="57" />
        <source>Legal basis (GDPR)</source>
        <translation>Legal basis (GDPR)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="58" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="59" />
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="60" />
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="63" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="64" />
        <location filename="../../desktop/record_page.py" line="84" />
        <location filename="../../desktop/record_page.py" line="103" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="65" />
        <source>Org. number</source>
        <translation>Org. number</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="66" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="68" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="69" />
        <location filename="../../desktop/record_page.py" line="98" />
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="73" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="74" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="75" />
        <source>Need areas</source>
        <translation>Need areas</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="76" />
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="77" />
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="78" />
        <source>Decision by</source>
        <translation>Decision by</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="83" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="85" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="86" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="87" />
        <location filename="../../desktop/record_page.py" line="99" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="88" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="89" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="90" />
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="91" />
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="92" />
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="94" />
        <source>Need area</source>
        <translation>Need area</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="104" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="105" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="106" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="107" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="108" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="109" />
        <source>Logged by</source>
        <translation>Logged by</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="110" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="183" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="184" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="185" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="186" />
        <source>Log meeting</source>
        <translation>Log meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="190" />
        <location filename="../../desktop/record_page.py" line="328" />
        <source>Select a record in a list or search (Ctrl+K) to see it here.</source>
        <translation>Select a record in a list or search (Ctrl+K) to see it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="259" />
        <source>Record details</source>
        <translation>Record details</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="262" />
        <location filename="../../desktop/record_page.py" line="283" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="265" />
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Write a note… (Ctrl+Enter adds it)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="266" />
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="270" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="271" />
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Add the note (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="346" />
        <source>This record does not exist (any more).</source>
        <translation>This record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="356" />
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="361" />
        <source>Deleted %1. It is hidden from lists and search until restored.</source>
        <translation>Deleted %1. It is hidden from lists and search until restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="417" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="417" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="514" />
        <source>Created %1 · changed %2 by %3</source>
        <translation>Created %1 · changed %2 by %3</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="524" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/record_page.py" line="586" />
        <source>The note was not saved: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="15" />
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="16" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="17" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="18" />
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="19" />
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="20" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="lupdate_hints.py" line="21" />
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop/search_page.py" line="26" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/search_popup.py" line="279" />
        <source>Search contacts, organisations, projects, notes…</source>
        <translation>Search contacts, organisations, projects, notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="281" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="328" />
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="384" />
        <source>Show more (%1 left)</source>
        <translation>Show more (%1 left)</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="392" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="400" />
        <source>Type to search. Tip: type:project, org:RISE, "smart cities".</source>
        <translation>Type to search. Tip: type:project, org:RISE, "smart cities".</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="403" />
        <source>The search is not available right now: %1</source>
        <translation>The search is not available right now: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="406" />
        <source>No results for “%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/search_popup.py" line="409" />
        <source>Did you mean: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../desktop/search_popup.py" line="465" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="24" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="26" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="27" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="36" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="52" />
        <location filename="../../desktop/small_dialogs.py" line="55" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="54" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="54" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/small_dialogs.py" line="65" />
        <source>Everything can be done from the keyboard:</source>
        <translation>Everything can be done from the keyboard:</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../desktop/trash_page.py" line="23" />
        <source>Deleted record</source>
        <translation>Deleted record</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="23" />
        <source>Deleted at</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="24" />
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="27" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="28" />
        <source>Restore the selected record</source>
        <translation>Restore the selected record</translation>
    </message>
    <message>
        <location filename="../../desktop/trash_page.py" line="30" />
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/welcome_page.py" line="16" />
        <source>Welcome to Kunskapsbanken</source>
        <translation>Welcome to Kunskapsbanken</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="18" />
        <source>The knowledge base is empty. Start with the demo data (facts from IoT Sverige's annual report 2022), bring in an export, or create your first record.</source>
        <translation>The knowledge base is empty. Start with the demo data (facts from IoT Sverige's annual report 2022), bring in an export, or create your first record.</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="22" />
        <source>Load the &amp;demo data</source>
        <translation>Load the &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="23" />
        <source>&amp;Import a file…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="24" />
        <source>Create the first &amp;contact</source>
        <translation>Create the first &amp;contact</translation>
    </message>
    <message>
        <location filename="../../desktop/welcome_page.py" line="25" />
        <source>Create the first &amp;organisation</source>
        <translation>Create the first &amp;organisation</translation>
    </message>
</context>
</TS>
