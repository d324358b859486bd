<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Attachments</name>
        <message>
            <location filename="../../ui/attachments.py" line="70" />
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="134" />
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="138" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="143" />
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="141" />
            <source>&amp;Save as…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="238" />
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="147" />
            <source>Attach again a file removed from this record</source>
            <translation>Attach again a file removed from this record</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="238" />
            <source>Attach files</source>
            <translation>Attach files</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="136" />
            <source>Attach files from this computer (or drop them here)</source>
            <translation>Attach files from this computer (or drop them here)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="65" />
            <location filename="../../ui/attachments.py" line="118" />
            <source>Attached files</source>
            <translation>Attached files</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="75" />
            <location filename="../../ui/attachments.py" line="76" />
            <source>Files are kept in the database, so everyone on a shared server sees them and backups include them; a larger file is refused.</source>
            <translation>Files are kept in the database, so everyone on a shared server sees them and backups include them; a larger file is refused.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="417" />
            <source>First page (text)</source>
            <translation>First page (text)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="73" />
            <source>Largest file to attach:</source>
            <translation>Largest file to attach:</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="122" />
            <source>No files yet. Drop files here, or choose Add…</source>
            <translation>No files yet. Drop files here, or choose Add…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="423" />
            <source>No preview for this kind of file; open it.</source>
            <translation>No preview for this kind of file; open it.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="265" />
            <source>No program on this computer opens {name}; use Save as….</source>
            <translation>No program on this computer opens {name}; use Save as….</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="139" />
            <source>Open the file with the program this computer uses for it</source>
            <translation>Open the file with the program this computer uses for it</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="167" />
            <location filename="../../ui/attachments.py" line="413" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="146" />
            <source>Put &amp;back…</source>
            <translation>Put &amp;back…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="279" />
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="291" />
            <source>Saved as {path}.</source>
            <translation>Saved as {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="144" />
            <source>Take the file off this record (it can be put back)</source>
            <translation>Take the file off this record (it can be put back)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="421" />
            <source>This PDF has no text to preview (a scan?); open it.</source>
            <translation>This PDF has no text to preview (a scan?); open it.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="365" />
            <source>{name} (removed {date})</source>
            <translation>{name} (removed {date})</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../ui/charts.py" line="40" />
            <source>Nothing to show yet</source>
            <translation>Nothing to show yet</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="157" />
            <source>{label}: {count} ({percent}%)</source>
            <translation>{label}: {count} ({percent}%)</translation>
        </message>
    </context>
    <context>
        <name>BulkChange</name>
        <message>
            <location filename="../../ui/dialogs/bulk_change.py" line="68" />
            <source>&amp;Change</source>
            <translation>&amp;Change</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bulk_change.py" line="39" />
            <source>Change selected milestones</source>
            <translation>Change selected milestones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bulk_change.py" line="59" />
            <location filename="../../ui/dialogs/bulk_change.py" line="60" />
            <source>Milestones selected: {count}. Tick what to change; the rest stays as each has it.</source>
            <translation>Milestones selected: {count}. Tick what to change; the rest stays as each has it.</translation>
        </message>
    </context>
    <context>
        <name>CalendarAction</name>
        <message>
            <location filename="../../ui/calendar_action.py" line="33" />
            <location filename="../../ui/calendar_action.py" line="75" />
            <source>Export calendar</source>
            <translation>Export calendar</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="89" />
            <location filename="../../ui/calendar_action.py" line="90" />
            <source>Import it into Outlook or Google Calendar; importing a newer export updates the events instead of adding them twice.</source>
            <translation>Import it into Outlook or Google Calendar; importing a newer export updates the events instead of adding them twice.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="94" />
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="85" />
            <source>The calendar is saved as {name}.</source>
            <translation>The calendar is saved as {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="108" />
            <source>The calendar was not saved.</source>
            <translation>The calendar was not saved.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="35" />
            <source>iCalendar file (*.ics)</source>
            <translation>iCalendar file (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="114" />
            <source>&amp;Overwrite with mine</source>
            <translation>&amp;Overwrite with mine</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="109" />
            <source>&amp;Reload theirs</source>
            <translation>&amp;Reload theirs</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="88" />
            <location filename="../../ui/dialogs/conflict.py" line="89" />
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="60" />
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="111" />
            <source>Drop your changes and show the record as now saved</source>
            <translation>Drop your changes and show the record as now saved</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="116" />
            <source>Save your values over theirs</source>
            <translation>Save your values over theirs</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="72" />
            <source>Someone else saved this {kind} after you opened it.</source>
            <translation>Someone else saved this {kind} after you opened it.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Their value</source>
            <translation>Their value</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="65" />
            <source>These fields now hold their values; yours differ:</source>
            <translation>These fields now hold their values; yours differ:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="67" />
            <location filename="../../ui/dialogs/conflict.py" line="68" />
            <source>They changed other fields than you did. Overwriting saves your changes and keeps theirs.</source>
            <translation>They changed other fields than you did. Overwriting saves your changes and keeps theirs.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Your value</source>
            <translation>Your value</translation>
        </message>
    </context>
    <context>
        <name>ConnectionForm</name>
        <message>
            <location filename="../../ui/connection_dialog.py" line="282" />
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="116" />
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="122" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="295" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="299" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="113" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="93" />
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="117" />
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="319" />
            <source>Cannot connect yet: {problem}.</source>
            <translation>Cannot connect yet: {problem}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="203" />
            <source>Cannot test yet: {problem}.</source>
            <translation>Cannot test yet: {problem}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="211" />
            <source>Connected.</source>
            <translation>Connected.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="208" />
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="268" />
            <source>Correct the server's details, test them, and connect:</source>
            <translation>Correct the server's details, test them, and connect:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="181" />
            <source>From {pgpass}</source>
            <translation>From {pgpass}</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="187" />
            <source>Not kept: {reason}. Put it in {pgpass}, or type it at each start.</source>
            <translation>Not kept: {reason}. Put it in {pgpass}, or type it at each start.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="289" />
            <source>Open the &amp;local database</source>
            <translation>Open the &amp;local database</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="109" />
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="88" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="125" />
            <source>SS&amp;L:</source>
            <translation>SS&amp;L:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="176" />
            <source>Saved; type a new one to replace it</source>
            <translation>Saved; type a new one to replace it</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="292" />
            <source>The file in your user data folder, for this run</source>
            <translation>The file in your user data folder, for this run</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="182" />
            <source>The password comes from libpq's password file, {pgpass}.</source>
            <translation>The password comes from libpq's password file, {pgpass}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="177" />
            <source>The password is kept in the system keyring ({keyring}).</source>
            <translation>The password is kept in the system keyring ({keyring}).</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="192" />
            <source>The password will be kept in the system keyring ({keyring}).</source>
            <translation>The password will be kept in the system keyring ({keyring}).</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="221" />
            <source>The test failed: {error}</source>
            <translation>The test failed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="282" />
            <source>Try &amp;again</source>
            <translation>Try &amp;again</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="59" />
            <source>allow: encrypt if the server insists</source>
            <translation>allow: encrypt if the server insists</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="78" />
            <source>db.example.kz or 10.0.0.5</source>
            <translation>db.example.kz or 10.0.0.5</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="58" />
            <source>disable: never encrypt</source>
            <translation>disable: never encrypt</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="247" />
            <source>kztracker cannot open its database</source>
            <translation>kztracker cannot open its database</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="60" />
            <source>prefer: encrypt when the server can</source>
            <translation>prefer: encrypt when the server can</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="61" />
            <source>require: always encrypt</source>
            <translation>require: always encrypt</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="62" />
            <source>verify-ca: encrypt, check the server's certificate</source>
            <translation>verify-ca: encrypt, check the server's certificate</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="63" />
            <source>verify-full: encrypt, check the certificate and the name</source>
            <translation>verify-full: encrypt, check the certificate and the name</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <location filename="../../ui/dashboard.py" line="311" />
            <source>%n other areas</source>
            <translation>
                <numerusform>%n other area</numerusform>
                <numerusform>%n other areas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="159" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="152" />
            <source>Due in the next 30 days</source>
            <translation>Due in the next 30 days</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="131" />
            <location filename="../../ui/dashboard.py" line="135" />
            <source>Due {date}</source>
            <translation>Due {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="147" />
            <source>Memoranda by status</source>
            <translation>Memoranda by status</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="153" />
            <source>Memoranda near the end of their validity</source>
            <translation>Memoranda near the end of their validity</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="149" />
            <source>Milestones by focus area</source>
            <translation>Milestones by focus area</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="148" />
            <source>Milestones by status</source>
            <translation>Milestones by status</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="306" />
            <source>No focus area</source>
            <translation>No focus area</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="140" />
            <source>No memorandum reaches the end of its validity in the next 90 days.</source>
            <translation>No memorandum reaches the end of its validity in the next 90 days.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="135" />
            <source>Nothing is due in the next 30 days.</source>
            <translation>Nothing is due in the next 30 days.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="131" />
            <source>Nothing is overdue.</source>
            <translation>Nothing is overdue.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="151" />
            <source>Overdue milestones</source>
            <translation>Overdue milestones</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="249" />
            <source>Today is {date}</source>
            <translation>Today is {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="139" />
            <source>Valid until {date}</source>
            <translation>Valid until {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="271" />
            <source>{count} in all</source>
            <translation>{count} in all</translation>
        </message>
    </context>
    <context>
        <name>DeleteConfirmation</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="59" />
            <source>%n focus area(s)</source>
            <translation>
                <numerusform>%n focus area</numerusform>
                <numerusform>%n focus areas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="60" />
            <source>%n memorandum(s)</source>
            <translation>
                <numerusform>%n memorandum</numerusform>
                <numerusform>%n memoranda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="61" />
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="63" />
            <source>%n other spelling(s)</source>
            <translation>
                <numerusform>%n other spelling</numerusform>
                <numerusform>%n other spellings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="57" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="58" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="62" />
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n source</numerusform>
                <numerusform>%n sources</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="130" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="35" />
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="101" />
            <source>Delete {kind}</source>
            <translation>Delete {kind}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="104" />
            <source>Delete “{label}”?</source>
            <translation>Delete “{label}”?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="117" />
            <source>Deleted with it</source>
            <translation>Deleted with it</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="85" />
            <source>Deleting “{label}” also deletes {deleted} and unlinks {unlinked}, which stay.</source>
            <translation>Deleting “{label}” also deletes {deleted} and unlinks {unlinked}, which stay.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="87" />
            <source>Deleting “{label}” also deletes {deleted}.</source>
            <translation>Deleting “{label}” also deletes {deleted}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="91" />
            <source>Deleting “{label}” touches no other record.</source>
            <translation>Deleting “{label}” touches no other record.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="89" />
            <source>Deleting “{label}” unlinks {unlinked}, which stay.</source>
            <translation>Deleting “{label}” unlinks {unlinked}, which stay.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="109" />
            <source>Edit ▸ Undo ({keys}) brings it all back.</source>
            <translation>Edit ▸ Undo ({keys}) brings it all back.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="118" />
            <source>Kept, but no longer linked to it</source>
            <translation>Kept, but no longer linked to it</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="54" />
            <source>alias</source>
            <translation>alias</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="53" />
            <source>cites it</source>
            <translation>cites it</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="50" />
            <source>focus area</source>
            <translation>focus area</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="52" />
            <source>memorandum</source>
            <translation>memorandum</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="46" />
            <source>organization</source>
            <translation>organization</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="51" />
            <source>parent area</source>
            <translation>parent area</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="47" />
            <source>parent organization</source>
            <translation>parent organization</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="45" />
            <source>party</source>
            <translation>party</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="49" />
            <source>responsible person</source>
            <translation>responsible person</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="48" />
            <source>signatory</source>
            <translation>signatory</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="74" />
            <source>{items} and {last}</source>
            <translation>{items} and {last}</translation>
        </message>
    </context>
    <context>
        <name>DeletedRecords</name>
        <message>
            <location filename="../../ui/deleted_records.py" line="96" />
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="84" />
            <source>Deleted records</source>
            <translation>Deleted records</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="137" />
            <source>Not brought back: {items}.</source>
            <translation>Not brought back: {items}.</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="117" />
            <source>Nothing has been deleted, or all of it is back.</source>
            <translation>Nothing has been deleted, or all of it is back.</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="142" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="135" />
            <source>“{name}” is back.</source>
            <translation>“{name}” is back.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../ui/detail_pane.py" line="109" />
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="146" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="168" />
            <source>Deletes what it created and removes the links and aliases it added.</source>
            <translation>Deletes what it created and removes the links and aliases it added.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="102" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="115" />
            <location filename="../../ui/detail_pane.py" line="279" />
            <source>Fi&amp;les</source>
            <translation>Fi&amp;les</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail_pane.py" line="145" />
            <location filename="../../ui/detail_pane.py" line="279" />
            <source>Fi&amp;les (%n)</source>
            <translation>
                <numerusform>Fi&amp;les (%n)</numerusform>
                <numerusform>Fi&amp;les (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="110" />
            <source>Histor&amp;y</source>
            <translation>Histor&amp;y</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="104" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="267" />
            <source>No changes have been recorded for this record.</source>
            <translation>No changes have been recorded for this record.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="171" />
            <source>Remove this import…</source>
            <translation>Remove this import…</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="73" />
            <source>Select a record to see its details.</source>
            <translation>Select a record to see its details.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="273" />
            <source>The history cannot be shown: {error}</source>
            <translation>The history cannot be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="318" />
            <source>This record was deleted.</source>
            <translation>This record was deleted.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail_html.py" line="166" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="205" />
            <source>due {date}</source>
            <translation>due {date}</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../../ui/editing.py" line="421" />
            <source>&amp;Delete anyway</source>
            <translation>&amp;Delete anyway</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="288" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="118" />
            <source>Delete {kind} “{label}”</source>
            <translation>Delete {kind} “{label}”</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="57" />
            <source>Edit {kind} “{label}”</source>
            <translation>Edit {kind} “{label}”</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="277" />
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="118" />
            <source>New {kind} “{label}”</source>
            <translation>New {kind} “{label}”</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="397" />
            <source>Restored, with a few things left out</source>
            <translation>Restored, with a few things left out</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="398" />
            <source>The {kind} “{label}” is back. Not brought back:</source>
            <translation>The {kind} “{label}” is back. Not brought back:</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="418" />
            <source>Undoing now would delete it with their changes.</source>
            <translation>Undoing now would delete it with their changes.</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../ui/views/empty_state.py" line="60" />
            <location filename="../../ui/views/empty_state.py" line="61" />
            <source>Each announcement you import (File › Import announcements…, Ctrl+I) becomes a source.</source>
            <translation>Each announcement you import (File › Import announcements…, Ctrl+I) becomes a source.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="46" />
            <source>Esc in the search box clears it.</source>
            <translation>Esc in the search box clears it.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="51" />
            <source>Esc in the search box clears the search; Clear filters shows every record.</source>
            <translation>Esc in the search box clears the search; Clear filters shows every record.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="69" />
            <location filename="../../ui/views/empty_state.py" line="70" />
            <source>New… (Ctrl+N) adds a record; File › Import announcements… (Ctrl+I) reads them from an announcement.</source>
            <translation>New… (Ctrl+N) adds a record; File › Import announcements… (Ctrl+I) reads them from an announcement.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="59" />
            <source>No sources yet.</source>
            <translation>No sources yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="68" />
            <source>Nothing here yet.</source>
            <translation>Nothing here yet.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="50" />
            <source>Nothing matches the search or the filters.</source>
            <translation>Nothing matches the search or the filters.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="46" />
            <source>Nothing matches the search.</source>
            <translation>Nothing matches the search.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/error_dialog.py" line="108" />
            <location filename="../../ui/error_dialog.py" line="138" />
            <source>&amp;Copy details</source>
            <translation>&amp;Copy details</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="206" />
            <source>Another program has kept the database file {file} locked for too long.</source>
            <translation>Another program has kept the database file {file} locked for too long.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="135" />
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="224" />
            <location filename="../../ui/error_dialog.py" line="225" />
            <source>Nothing was saved yet, and what you entered is kept: put the file back where it was and try again, or open it where it is now (File &gt; Open database).</source>
            <translation>Nothing was saved yet, and what you entered is kept: put the file back where it was and try again, or open it where it is now (File &gt; Open database).</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="211" />
            <location filename="../../ui/error_dialog.py" line="212" />
            <source>Nothing was saved yet, and what you entered is kept: try again once the other program is done (an import running elsewhere, or a database tool left open).</source>
            <translation>Nothing was saved yet, and what you entered is kept: try again once the other program is done (an import running elsewhere, or a database tool left open).</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="237" />
            <location filename="../../ui/error_dialog.py" line="238" />
            <source>Nothing was saved yet, and what you entered is kept: try again once the server or the network is back. ({reason})</source>
            <translation>Nothing was saved yet, and what you entered is kept: try again once the server or the network is back. ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="113" />
            <source>Open log &amp;folder</source>
            <translation>Open log &amp;folder</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="161" />
            <source>Something unexpected went wrong: {error}</source>
            <translation>Something unexpected went wrong: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="232" />
            <source>The connection to the database server {server} was lost.</source>
            <translation>The connection to the database server {server} was lost.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="219" />
            <source>The database file {file} was deleted, moved or replaced while it was open.</source>
            <translation>The database file {file} was deleted, moved or replaced while it was open.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="91" />
            <source>The details are in the log file:</source>
            <translation>The details are in the log file:</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="110" />
            <source>The error's details, versions and platform, to paste</source>
            <translation>The error's details, versions and platform, to paste</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="99" />
            <location filename="../../ui/error_dialog.py" line="100" />
            <source>Your work up to the last save is kept. If this happens again, send the details to whoever supports kztracker for you.</source>
            <translation>Your work up to the last save is kept. If this happens again, send the details to whoever supports kztracker for you.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="230" />
            <source>kztracker: connection lost</source>
            <translation>kztracker: connection lost</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="204" />
            <source>kztracker: database busy</source>
            <translation>kztracker: database busy</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="217" />
            <source>kztracker: database file missing</source>
            <translation>kztracker: database file missing</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="77" />
            <source>kztracker: something went wrong</source>
            <translation>kztracker: something went wrong</translation>
        </message>
    </context>
    <context>
        <name>ExportAction</name>
        <message>
            <location filename="../../ui/export_action.py" line="100" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="69" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="69" />
            <location filename="../../ui/export_action.py" line="101" />
            <location filename="../../ui/export_action.py" line="167" />
            <location filename="../../ui/export_action.py" line="189" />
            <location filename="../../ui/export_action.py" line="201" />
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="202" />
            <source>No program could open {path}.</source>
            <translation>No program could open {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="170" />
            <source>Open file</source>
            <translation>Open file</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="171" />
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="100" />
            <source>Preparing the export…</source>
            <translation>Preparing the export…</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="168" />
            <source>The workbook is saved as {name}.</source>
            <translation>The workbook is saved as {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="190" />
            <source>The workbook was not saved.</source>
            <translation>The workbook was not saved.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="152" />
            <source>Writing rows: {done} of {total}</source>
            <translation>Writing rows: {done} of {total}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="153" />
            <source>Any focus area</source>
            <translation>Any focus area</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="151" />
            <source>Any memorandum</source>
            <translation>Any memorandum</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="152" />
            <source>Any partner</source>
            <translation>Any partner</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="143" />
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="154" />
            <source>Anyone responsible</source>
            <translation>Anyone responsible</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="199" />
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="155" />
            <source>Due any time</source>
            <translation>Due any time</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="170" />
            <source>Due before today</source>
            <translation>Due before today</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="176" />
            <source>Due between…</source>
            <translation>Due between…</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="186" />
            <source>Due from</source>
            <translation>Due from</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="171" />
            <source>Due in the next 30 days</source>
            <translation>Due in the next 30 days</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="173" />
            <source>Due next month</source>
            <translation>Due next month</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="175" />
            <source>Due next year</source>
            <translation>Due next year</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="172" />
            <source>Due this month</source>
            <translation>Due this month</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="174" />
            <source>Due this year</source>
            <translation>Due this year</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="187" />
            <source>Due until</source>
            <translation>Due until</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="145" />
            <source>Open (planned or in progress)</source>
            <translation>Open (planned or in progress)</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="200" />
            <source>Show every record again</source>
            <translation>Show every record again</translation>
        </message>
    </context>
    <context>
        <name>ImportAction</name>
        <message>
            <location filename="../../ui/import_action.py" line="121" />
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="154" />
            <source>Import pasted text</source>
            <translation>Import pasted text</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="127" />
            <source>Open the earlier source instead?</source>
            <translation>Open the earlier source instead?</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="157" />
            <source>Paste the announcement's text here.</source>
            <translation>Paste the announcement's text here.</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="163" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="171" />
            <source>The proposals are shown for review before anything is saved.</source>
            <translation>The proposals are shown for review before anything is saved.</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="123" />
            <source>This text was already imported as “{title}” {when}.</source>
            <translation>This text was already imported as “{title}” {when}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="124" />
            <source>on {date}</source>
            <translation>on {date}</translation>
        </message>
    </context>
    <context>
        <name>ImportReviewDialog</name>
        <message>
            <location filename="../../ui/import_proposals.py" line="59" />
            <location filename="../../ui/import_review.py" line="170" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="71" />
            <location filename="../../ui/import_fields.py" line="76" />
            <source>Aliases</source>
            <translation>Aliases</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="141" />
            <source>Aliases it records</source>
            <translation>Aliases it records</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="480" />
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="123" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="384" />
            <source>Close without importing? Your changes to the proposals are lost.</source>
            <translation>Close without importing? Your changes to the proposals are lost.</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="68" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="41" />
            <source>DD.MM.YYYY, MM.YYYY or YYYY</source>
            <translation>DD.MM.YYYY, MM.YYYY or YYYY</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="87" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="425" />
            <location filename="../../ui/import_review.py" line="426" />
            <source>Dates read again against {date}: {count} proposals changed; your edits are kept.</source>
            <translation>Dates read again against {date}: {count} proposals changed; your edits are kept.</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="59" />
            <source>Existing record</source>
            <translation>Existing record</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="84" />
            <source>Focus areas</source>
            <translation>Focus areas</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="106" />
            <location filename="../../ui/import_review.py" line="107" />
            <source>Keys: A link, M merge (link and remember the spelling), C create, S skip, Ctrl+Enter apply.</source>
            <translation>Keys: A link, M merge (link and remember the spelling), C create, S skip, Ctrl+Enter apply.</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="67" />
            <location filename="../../ui/import_fields.py" line="79" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="171" />
            <source>Link to</source>
            <translation>Link to</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="90" />
            <source>Memorandum</source>
            <translation>Memorandum</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="123" />
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="166" />
            <source>Merge: remember this spelling as an alias</source>
            <translation>Merge: remember this spelling as an alias</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="168" />
            <location filename="../../ui/import_review.py" line="231" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="169" />
            <source>Names separated by semicolons</source>
            <translation>Names separated by semicolons</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="161" />
            <source>No memorandum</source>
            <translation>No memorandum</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="481" />
            <source>Open the earlier source?</source>
            <translation>Open the earlier source?</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="75" />
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="70" />
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="82" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="89" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="74" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="59" />
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <location filename="../../ui/import_published.py" line="49" />
            <source>Published on</source>
            <translation>Published on</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="399" />
            <source>Reading the dates again…</source>
            <translation>Reading the dates again…</translation>
        </message>
        <message>
            <location filename="../../ui/import_published.py" line="46" />
            <source>Relative dates in the text (yesterday, next year) are read against this date</source>
            <translation>Relative dates in the text (yesterday, next year) are read against this date</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="244" />
            <location filename="../../ui/import_published.py" line="66" />
            <location filename="../../ui/import_review.py" line="79" />
            <location filename="../../ui/import_review.py" line="383" />
            <source>Review import</source>
            <translation>Review import</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="156" />
            <source>Selected proposal</source>
            <translation>Selected proposal</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="69" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="83" />
            <source>Signatories</source>
            <translation>Signatories</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="80" />
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="88" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="158" />
            <source>The memorandum this milestone serves; empty for none</source>
            <translation>The memorandum this milestone serves; empty for none</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="231" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/import_targets.py" line="35" />
            <source>Type to search existing records</source>
            <translation>Type to search existing records</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="81" />
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="126" />
            <source>Write the records (Ctrl+Enter)</source>
            <translation>Write the records (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="160" />
            <source>closest: {name} ({score})</source>
            <translation>closest: {name} ({score})</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="154" />
            <source>for {memorandum}</source>
            <translation>for {memorandum}</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="147" />
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="147" />
            <source>new, under {parent}</source>
            <translation>new, under {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="427" />
            <source>no date</source>
            <translation>no date</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="183" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="187" />
            <location filename="../../ui/import_review.py" line="188" />
            <source>{link} to link, {create} to create, {skip} skipped. Nothing is saved until you apply.</source>
            <translation>{link} to link, {create} to create, {skip} skipped. Nothing is saved until you apply.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../ui/import_summary.py" line="104" />
            <source>Aliases learned</source>
            <translation>Aliases learned</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="89" />
            <source>Created ({count})</source>
            <translation>Created ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="53" />
            <source>Edit &gt; Undo, or Remove this import, takes the whole import back.</source>
            <translation>Edit &gt; Undo, or Remove this import, takes the whole import back.</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="43" />
            <source>Import applied</source>
            <translation>Import applied</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="46" />
            <source>Imported “{title}”. Click a record to open it.</source>
            <translation>Imported “{title}”. Click a record to open it.</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="90" />
            <source>Linked to ({count})</source>
            <translation>Linked to ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="57" />
            <source>Remove this import…</source>
            <translation>Remove this import…</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="94" />
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message>
            <location filename="../../ui/import_undo.py" line="117" />
            <source>Import removed</source>
            <translation>Import removed</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="32" />
            <source>Import “{title}”</source>
            <translation>Import “{title}”</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="80" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="67" />
            <source>Remove the import “{title}”?</source>
            <translation>Remove the import “{title}”?</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="66" />
            <source>Remove this import</source>
            <translation>Remove this import</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="118" />
            <source>The import is removed. Kept because they were used or changed since:</source>
            <translation>The import is removed. Kept because they were used or changed since:</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="69" />
            <location filename="../../ui/import_undo.py" line="70" />
            <source>The source and the {created} records it created are deleted; the links and {aliases} aliases it added to {linked} existing records are removed. What was changed since stays. The history keeps all of it.</source>
            <translation>The source and the {created} records it created are deleted; the links and {aliases} aliases it added to {linked} existing records are removed. What was changed since stays. The history keeps all of it.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/i18n.py" line="137" />
            <source>As the system ({language})</source>
            <translation>As the system ({language})</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="154" />
            <location filename="../../ui/preferences.py" line="210" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="141" />
            <source>The language of the window and of the workbooks it exports</source>
            <translation>The language of the window and of the workbooks it exports</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="155" />
            <source>The window will use the new language the next time kztracker starts.</source>
            <translation>The window will use the new language the next time kztracker starts.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/window_actions.py" line="188" />
            <source>&amp;About kztracker</source>
            <translation>&amp;About kztracker</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="140" />
            <source>&amp;Backup…</source>
            <translation>&amp;Backup…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="167" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="221" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="160" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="133" />
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Export to Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="206" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="180" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="237" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="120" />
            <source>&amp;Import announcements…</source>
            <translation>&amp;Import announcements…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="196" />
            <source>&amp;My milestones</source>
            <translation>&amp;My milestones</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="152" />
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="146" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="174" />
            <source>&amp;Quick milestone…</source>
            <translation>&amp;Quick milestone…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="148" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="104" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="101" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="231" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="22" />
            <location filename="../../ui/about_box.py" line="23" />
            <source>&lt;p&gt;&lt;b&gt;kztracker&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Memoranda, partners, people, focus areas and milestones of Kazakhstan's international partnerships, in one place.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;kztracker&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Memoranda, partners, people, focus areas and milestones of Kazakhstan's international partnerships, in one place.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="26" />
            <source>&lt;p&gt;Version {version}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Version {version}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="19" />
            <source>About kztracker</source>
            <translation>About kztracker</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="177" />
            <source>Add a milestone, prefilled from the selected record</source>
            <translation>Add a milestone, prefilled from the selected record</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="375" />
            <source>Announcements (*.txt *.html *.htm *.docx *.pdf);;All files (*)</source>
            <translation>Announcements (*.txt *.html *.htm *.docx *.pdf);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="30" />
            <source>Backup saved: {path}</source>
            <translation>Backup saved: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="155" />
            <source>Create a record of the kind shown</source>
            <translation>Create a record of the kind shown</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="32" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="170" />
            <source>Delete the selected record (asks first)</source>
            <translation>Delete the selected record (asks first)</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="163" />
            <source>Edit the selected record</source>
            <translation>Edit the selected record</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="190" />
            <source>Export &amp;calendar…</source>
            <translation>Export &amp;calendar…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="136" />
            <source>Export the whole database to an Excel workbook</source>
            <translation>Export the whole database to an Excel workbook</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="127" />
            <source>Import &amp;pasted text…</source>
            <translation>Import &amp;pasted text…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="130" />
            <source>Import an announcement pasted from the clipboard</source>
            <translation>Import an announcement pasted from the clipboard</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>Import announcements</source>
            <translation>Import announcements</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="123" />
            <source>Import announcements from files (text, web pages, Word, PDF)</source>
            <translation>Import announcements from files (text, web pages, Word, PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="32" />
            <source>Its licence and those of the libraries it is built on are in the details.</source>
            <translation>Its licence and those of the libraries it is built on are in the details.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="349" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="243" />
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="225" />
            <source>New &amp;record</source>
            <translation>New &amp;record</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="113" />
            <source>New {kind}…</source>
            <translation>New {kind}…</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="40" />
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="23" />
            <source>Save a backup in</source>
            <translation>Save a backup in</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="143" />
            <source>Save a copy of the database to a folder you choose</source>
            <translation>Save a copy of the database to a folder you choose</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="32" />
            <source>Saving a backup…</source>
            <translation>Saving a backup…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="132" />
            <source>Something unexpected went wrong while opening the database: {error}</source>
            <translation>Something unexpected went wrong while opening the database: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="115" />
            <source>The daily backup failed: {error}</source>
            <translation>The daily backup failed: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="34" />
            <source>The database in use</source>
            <translation>The database in use</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="95" />
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="199" />
            <source>The open milestones you are responsible for (who you are: Preferences)</source>
            <translation>The open milestones you are responsible for (who you are: Preferences)</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="43" />
            <location filename="../../ui/database_status.py" line="44" />
            <source>This database can only be read here: the file or its folder may not be written. Copy it to a folder you may write to, or ask for access.</source>
            <translation>This database can only be read here: the file or its folder may not be written. Copy it to a folder you may write to, or ask for access.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>This database is read-only here: nothing can be changed.</source>
            <translation>This database is read-only here: nothing can be changed.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="92" />
            <source>Views</source>
            <translation>Views</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>Working</source>
            <translation>Working</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="193" />
            <source>Write the milestones to a calendar file (.ics) for Outlook or Google Calendar</source>
            <translation>Write the milestones to a calendar file (.ics) for Outlook or Google Calendar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="58" />
            <source>kztracker</source>
            <translation>kztracker</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="254" />
            <source>{page} — kztracker</source>
            <translation>{page} — kztracker</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="358" />
            <source>{shown} of {total} {name}</source>
            <translation>{shown} of {total} {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>{title} (read-only)</source>
            <translation>{title} (read-only)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="354" />
            <source>{total} {name}</source>
            <translation>{total} {name}</translation>
        </message>
    </context>
    <context>
        <name>MilestoneActions</name>
        <message>
            <location filename="../../ui/milestone_actions.py" line="77" />
            <source>C&amp;hange selected milestones…</source>
            <translation>C&amp;hange selected milestones…</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="71" />
            <source>Mark &amp;done</source>
            <translation>Mark &amp;done</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="128" />
            <location filename="../../ui/milestone_actions.py" line="162" />
            <location filename="../../ui/milestone_actions.py" line="207" />
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="164" />
            <source>Set the selected milestone to Done, completed today</source>
            <translation>Set the selected milestone to Done, completed today</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="74" />
            <source>Set the selected milestones to Done, completed today</source>
            <translation>Set the selected milestones to Done, completed today</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="80" />
            <source>Set the status, responsible person, due date or memorandum of all selected</source>
            <translation>Set the status, responsible person, due date or memorandum of all selected</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="130" />
            <source>Set this milestone to Done, completed today</source>
            <translation>Set this milestone to Done, completed today</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabase</name>
        <message>
            <location filename="../../ui/open_database.py" line="158" />
            <source>&amp;Deleted records…</source>
            <translation>&amp;Deleted records…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="150" />
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="153" />
            <source>&amp;Recent databases</source>
            <translation>&amp;Recent databases</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="193" />
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="104" />
            <source>A server database is restored by its administrator (pg_restore from a dump).</source>
            <translation>A server database is restored by its administrator (pg_restore from a dump).</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="110" />
            <source>Backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Backups (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="159" />
            <source>Bring back records deleted from this database</source>
            <translation>Bring back records deleted from this database</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="66" />
            <location filename="../../ui/open_database.py" line="83" />
            <source>Open database</source>
            <translation>Open database</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="156" />
            <source>Put a backup in place of this database</source>
            <translation>Put a backup in place of this database</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="117" />
            <location filename="../../ui/open_database.py" line="118" />
            <source>Replace the records in this database with those of {file}? The current database is kept beside it under another name.</source>
            <translation>Replace the records in this database with those of {file}? The current database is kept beside it under another name.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="155" />
            <source>Res&amp;tore backup…</source>
            <translation>Res&amp;tore backup…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="103" />
            <location filename="../../ui/open_database.py" line="110" />
            <location filename="../../ui/open_database.py" line="116" />
            <location filename="../../ui/open_database.py" line="132" />
            <source>Restore backup</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="136" />
            <source>Restored {file}.</source>
            <translation>Restored {file}.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="138" />
            <source>The replaced database was kept as {name}.</source>
            <translation>The replaced database was kept as {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="151" />
            <source>Work on another database file; this window switches to it</source>
            <translation>Work on another database file; this window switches to it</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="85" />
            <source>kztracker databases ({patterns});;All files (*)</source>
            <translation>kztracker databases ({patterns});;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations.py" line="348" />
            <source>Something went wrong: {error}. Nothing was saved.</source>
            <translation>Something went wrong: {error}. Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../ui/operations.py" line="345" />
            <source>kztracker</source>
            <translation>kztracker</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences.py" line="167" />
            <source>&amp;Location:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="150" />
            <source>A &amp;file on this computer</source>
            <translation>A &amp;file on this computer</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="122" />
            <source>A copy of the database is saved the first time it is opened each day</source>
            <translation>A copy of the database is saved the first time it is opened each day</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="130" />
            <source>A database file, or a shared server: postgresql+psycopg://user@host/database</source>
            <translation>A database file, or a shared server: postgresql+psycopg://user@host/database</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="151" />
            <source>A team's &amp;server (PostgreSQL)</source>
            <translation>A team's &amp;server (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="196" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="133" />
            <source>Choose &amp;file…</source>
            <translation>Choose &amp;file…</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="198" />
            <source>Daily backups to keep:</source>
            <translation>Daily backups to keep:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="160" />
            <location filename="../../ui/preferences.py" line="226" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="248" />
            <source>Database file</source>
            <translation>Database file</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="229" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="227" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="182" />
            <location filename="../../ui/preferences.py" line="183" />
            <source>Leave the file empty for the one in your user data folder. A change applies the next time kztracker starts; --db and KZTRACKER_DATABASE_URL take precedence.</source>
            <translation>Leave the file empty for the one in your user data folder. A change applies the next time kztracker starts; --db and KZTRACKER_DATABASE_URL take precedence.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="120" />
            <source>No automatic backups</source>
            <translation>No automatic backups</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="140" />
            <source>Open the view I used last</source>
            <translation>Open the view I used last</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="116" />
            <location filename="../../ui/preferences.py" line="285" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="228" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="212" />
            <source>Start-up</source>
            <translation>Start-up</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="200" />
            <location filename="../../ui/preferences.py" line="201" />
            <source>The first time the database is opened each day, a copy is saved beside it (a database file only; for a server, use File › Backup…).</source>
            <translation>The first time the database is opened each day, a copy is saved beside it (a database file only; for a server, use File › Backup…).</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="250" />
            <source>kztracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>kztracker databases (*.sqlite3 *.db);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>QuickMilestoneDialog</name>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="36" />
            <source>&amp;Due:</source>
            <translation>&amp;Due:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="40" />
            <source>&amp;Memorandum:</source>
            <translation>&amp;Memorandum:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="42" />
            <source>&amp;Partners:</source>
            <translation>&amp;Partners:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="35" />
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="45" />
            <source>All &amp;fields…</source>
            <translation>All &amp;fields…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="46" />
            <source>Continue in the full milestone form with what is typed so far</source>
            <translation>Continue in the full milestone form with what is typed so far</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="68" />
            <source>Milestone — {name}</source>
            <translation>Milestone — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="42" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="68" />
            <source>Quick milestone</source>
            <translation>Quick milestone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="38" />
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="35" />
            <source>What happens or is due</source>
            <translation>What happens or is due</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="23" />
            <location filename="../../ui/dialogs/person.py" line="19" />
            <source>&amp;Also known as:</source>
            <translation>&amp;Also known as:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="22" />
            <source>&amp;Completed:</source>
            <translation>&amp;Completed:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="21" />
            <source>&amp;Country:</source>
            <translation>&amp;Country:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="16" />
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="21" />
            <source>&amp;Due:</source>
            <translation>&amp;Due:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="26" />
            <source>&amp;Focus area:</source>
            <translation>&amp;Focus area:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="41" />
            <source>&amp;Focus areas:</source>
            <translation>&amp;Focus areas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="18" />
            <location filename="../../ui/dialogs/partner.py" line="19" />
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="25" />
            <source>&amp;Memorandum:</source>
            <translation>&amp;Memorandum:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="14" />
            <location filename="../../ui/dialogs/partner.py" line="16" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="24" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="16" />
            <source>&amp;Organization:</source>
            <translation>&amp;Organization:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="15" />
            <location filename="../../ui/dialogs/partner.py" line="22" />
            <source>&amp;Part of:</source>
            <translation>&amp;Part of:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="29" />
            <source>&amp;Parties:</source>
            <translation>&amp;Parties:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="29" />
            <source>&amp;Partners:</source>
            <translation>&amp;Partners:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="18" />
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="25" />
            <location filename="../../ui/dialogs/milestone.py" line="23" />
            <source>&amp;Responsible:</source>
            <translation>&amp;Responsible:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="406" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="16" />
            <location filename="../../ui/dialogs/milestone.py" line="16" />
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="24" />
            <source>&amp;Valid until:</source>
            <translation>&amp;Valid until:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="215" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="394" />
            <source>Discard changes?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="17" />
            <source>E&amp;mail:</source>
            <translation>E&amp;mail:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="42" />
            <source>Focus area</source>
            <translation>Focus area</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="19" />
            <source>Focus area — {name}</source>
            <translation>Focus area — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="14" />
            <source>Full &amp;name:</source>
            <translation>Full &amp;name:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="47" />
            <source>Memorandum — {name}</source>
            <translation>Memorandum — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="35" />
            <source>Milestone — {name}</source>
            <translation>Milestone — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="24" />
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="19" />
            <source>New focus area</source>
            <translation>New focus area</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="47" />
            <source>New memorandum</source>
            <translation>New memorandum</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="35" />
            <source>New milestone</source>
            <translation>New milestone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="27" />
            <source>New partner</source>
            <translation>New partner</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="23" />
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="305" />
            <source>Not a date: type a year (2026), a month (10.2024) or a day (17.10.2024).</source>
            <translation>Not a date: type a year (2026), a month (10.2024) or a day (17.10.2024).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="20" />
            <source>Not&amp;es:</source>
            <translation>Not&amp;es:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="179" />
            <source>Nothing in the list is called “{text}”: pick a name from the list.</source>
            <translation>Nothing in the list is called “{text}”: pick a name from the list.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="154" />
            <source>One other name or spelling per line</source>
            <translation>One other name or spelling per line</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="340" />
            <source>Open it</source>
            <translation>Open it</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="30" />
            <location filename="../../ui/dialogs/milestone.py" line="30" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="27" />
            <source>Partner — {name}</source>
            <translation>Partner — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="36" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="23" />
            <source>Person — {name}</source>
            <translation>Person — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="231" />
            <source>Pick a day</source>
            <translation>Pick a day</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="230" />
            <source>Pick a day from a calendar</source>
            <translation>Pick a day from a calendar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="15" />
            <source>Posi&amp;tion:</source>
            <translation>Posi&amp;tion:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="236" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="219" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="105" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="406" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="17" />
            <source>Short na&amp;me:</source>
            <translation>Short na&amp;me:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="35" />
            <source>Si&amp;gnatories:</source>
            <translation>Si&amp;gnatories:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="23" />
            <source>Signe&amp;d on:</source>
            <translation>Signe&amp;d on:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="20" />
            <source>St&amp;art:</source>
            <translation>St&amp;art:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="21" />
            <location filename="../../ui/dialogs/milestone.py" line="18" />
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="26" />
            <source>Su&amp;mmary:</source>
            <translation>Su&amp;mmary:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="95" />
            <source>Type a name or pick from the list</source>
            <translation>Type a name or pick from the list</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="223" />
            <source>Type a year, a month (10.2024) or a day (17.10.2024), as precisely as it is known.</source>
            <translation>Type a year, a month (10.2024) or a day (17.10.2024), as precisely as it is known.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="395" />
            <source>What you typed in this form is not saved yet. Close it and lose it?</source>
            <translation>What you typed in this form is not saved yet. Close it and lose it?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="15" />
            <source>e.g. Minister of Health</source>
            <translation>e.g. Minister of Health</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="261" />
            <source>year, month or day</source>
            <translation>year, month or day</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <location filename="../../ui/views/table_model.py" line="456" />
            <source>known to the month</source>
            <translation>known to the month</translation>
        </message>
        <message>
            <location filename="../../ui/views/table_model.py" line="456" />
            <source>known to the year</source>
            <translation>known to the year</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="145" />
            <location filename="../../ui/views/table_model.py" line="449" />
            <source>{status} · overdue</source>
            <translation>{status} · overdue</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <location filename="../../ui/views/record_view.py" line="378" />
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="372" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="123" />
            <source>Export the rows shown to an Excel workbook</source>
            <translation>Export the rows shown to an Excel workbook</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="390" />
            <source>Export the rows shown…</source>
            <translation>Export the rows shown…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="122" />
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="388" />
            <source>New milestone here…</source>
            <translation>New milestone here…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="385" />
            <source>New {kind}…</source>
            <translation>New {kind}…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="369" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_layout.py" line="93" />
            <source>Reset columns</source>
            <translation>Reset columns</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="121" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="64" />
            <source>Search focus areas: name, description…</source>
            <translation>Search focus areas: name, description…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="61" />
            <source>Search memoranda: title, summary, parties, focus areas…</source>
            <translation>Search memoranda: title, summary, parties, focus areas…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="60" />
            <source>Search milestones: title, notes, memorandum, partner, person…</source>
            <translation>Search milestones: title, notes, memorandum, partner, person…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="62" />
            <source>Search partners: name, short name, other names, notes…</source>
            <translation>Search partners: name, short name, other names, notes…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="63" />
            <source>Search people: name, other names, position, organization…</source>
            <translation>Search people: name, other names, position, organization…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="65" />
            <source>Search sources: title, outlet, address…</source>
            <translation>Search sources: title, outlet, address…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="415" />
            <source>filtered</source>
            <translation>filtered</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="413" />
            <source>search “{text}”</source>
            <translation>search “{text}”</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders.py" line="99" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="158" />
            <source>%n of your milestones are due within {days} days</source>
            <translation>
                <numerusform>%n of your milestones is due within {days} days</numerusform>
                <numerusform>%n of your milestones are due within {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="157" />
            <source>%n of your milestones are overdue</source>
            <translation>
                <numerusform>%n of your milestones is overdue</numerusform>
                <numerusform>%n of your milestones are overdue</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="331" />
            <source>Choose who you are in Preferences › Reminders to see your milestones.</source>
            <translation>Choose who you are in Preferences › Reminders to see your milestones.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="209" />
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="94" />
            <source>I am</source>
            <translation>I am</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="102" />
            <source>I am:</source>
            <translation>I am:</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="95" />
            <source>No one (no reminders)</source>
            <translation>No one (no reminders)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="105" />
            <location filename="../../ui/reminders.py" line="106" />
            <source>On start and once a day while kztracker is open, a notification lists your overdue milestones and those due soon. Nothing runs when it is closed.</source>
            <translation>On start and once a day while kztracker is open, a notification lists your overdue milestones and those due soon. Nothing runs when it is closed.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="221" />
            <source>Open this milestone</source>
            <translation>Open this milestone</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="209" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="153" />
            <source>Overdue: {overdue}; due within {days} days: {soon}</source>
            <translation>Overdue: {overdue}; due within {days} days: {soon}</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="103" />
            <source>Remind me of milestones due within:</source>
            <translation>Remind me of milestones due within:</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="90" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="196" />
            <source>Show all my milestones</source>
            <translation>Show all my milestones</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="183" />
            <source>Your milestones</source>
            <translation>Your milestones</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="170" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="305" />
            <source>kztracker</source>
            <translation>kztracker</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="162" />
            <source>{title} — {date}</source>
            <translation>{title} — {date}</translation>
        </message>
    </context>
    <context>
        <name>SearchKeys</name>
        <message>
            <location filename="../../ui/search_keys.py" line="28" />
            <source>Down or Enter: go to the results (Enter again opens one) · Esc: clear the search</source>
            <translation>Down or Enter: go to the results (Enter again opens one) · Esc: clear the search</translation>
        </message>
    </context>
    <context>
        <name>SheetChanges</name>
        <message>
            <location filename="../../ui/sheet_changes.py" line="173" />
            <source>Changed in the database since the export</source>
            <translation>Changed in the database since the export</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="125" />
            <location filename="../../ui/sheet_changes.py" line="126" />
            <source>Changed records: {updated}, new: {created}, removed in the sheet: {removed}, conflicts: {conflicts}. Tick a removed record to delete it, and a conflict's field to take the sheet's value; otherwise the database keeps its own.</source>
            <translation>Changed records: {updated}, new: {created}, removed in the sheet: {removed}, conflicts: {conflicts}. Tick a removed record to delete it, and a conflict's field to take the sheet's value; otherwise the database keeps its own.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="63" />
            <source>Changes from an edited export</source>
            <translation>Changes from an edited export</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="233" />
            <source>Changes from “{file}”</source>
            <translation>Changes from “{file}”</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>In the database</source>
            <translation>In the database</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>In the sheet</source>
            <translation>In the sheet</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>Record and field</source>
            <translation>Record and field</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="70" />
            <source>The sheet and the database agree: there is nothing to apply.</source>
            <translation>The sheet and the database agree: there is nothing to apply.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="167" />
            <source>{field}: conflict, tick to take the sheet's value</source>
            <translation>{field}: conflict, tick to take the sheet's value</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="139" />
            <source>{sheet}, row {row}: new {kind} “{label}”</source>
            <translation>{sheet}, row {row}: new {kind} “{label}”</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="143" />
            <source>{sheet}, row {row}: {kind} “{label}”</source>
            <translation>{sheet}, row {row}: {kind} “{label}”</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="152" />
            <source>{sheet}: {kind} “{label}”: removed in the sheet; tick to delete it</source>
            <translation>{sheet}: {kind} “{label}”: removed in the sheet; tick to delete it</translation>
        </message>
    </context>
    <context>
        <name>SheetImport</name>
        <message numerus="yes">
            <location filename="../../ui/sheet_import.py" line="162" />
            <source>%n row(s) cannot be used and will be left out:</source>
            <translation>
                <numerusform>%n row cannot be used and will be left out:</numerusform>
                <numerusform>%n rows cannot be used and will be left out:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="130" />
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="33" />
            <source>Import &amp;spreadsheet…</source>
            <translation>Import &amp;spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="34" />
            <source>Import partners, people, memoranda or milestones from a spreadsheet</source>
            <translation>Import partners, people, memoranda or milestones from a spreadsheet</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="44" />
            <source>Import spreadsheet</source>
            <translation>Import spreadsheet</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="134" />
            <source>Open the earlier import instead?</source>
            <translation>Open the earlier import instead?</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="151" />
            <source>Review spreadsheet import</source>
            <translation>Review spreadsheet import</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="46" />
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="132" />
            <source>These rows were already imported as “{title}”.</source>
            <translation>These rows were already imported as “{title}”.</translation>
        </message>
    </context>
    <context>
        <name>SheetMapping</name>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="147" />
            <source>(do not import)</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="91" />
            <source>(no header)</source>
            <translation>(no header)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="165" />
            <source>Choose the column that holds the {field}.</source>
            <translation>Choose the column that holds the {field}.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="67" />
            <source>Import spreadsheet: columns</source>
            <translation>Import spreadsheet: columns</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="117" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="71" />
            <location filename="../../ui/sheet_mapping.py" line="72" />
            <source>Sheet “{sheet}”: {rows} rows. Check what each column holds; the records are shown for review before anything is saved.</source>
            <translation>Sheet “{sheet}”: {rows} rows. Check what each column holds; the records are shown for review before anything is saved.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="82" />
            <source>The rows are:</source>
            <translation>The rows are:</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="169" />
            <source>Two columns fill the same field; choose one of them.</source>
            <translation>Two columns fill the same field; choose one of them.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Values</source>
            <translation>Values</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <location filename="../../ui/user_guide.py" line="49" />
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../../ui/user_guide.py" line="53" />
            <source>How to do the daily tasks, with pictures</source>
            <translation>How to do the daily tasks, with pictures</translation>
        </message>
        <message>
            <location filename="../../ui/user_guide.py" line="36" />
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
    </context>
    <context>
        <name>WindowFit</name>
        <message>
            <location filename="../../ui/window_fit.py" line="44" />
            <source>&amp;Detail pane</source>
            <translation>&amp;Detail pane</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="93" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="92" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="93" />
            <source>Redo: {change}</source>
            <translation>Redo: {change}</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="47" />
            <source>Show or hide the details beside the table</source>
            <translation>Show or hide the details beside the table</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="92" />
            <source>Undo: {change}</source>
            <translation>Undo: {change}</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <location filename="../../ui/views/columns.py" line="136" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="82" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="105" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="122" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="72" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="114" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="80" />
            <source>Focus area</source>
            <translation>Focus area</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="91" />
            <source>Focus areas</source>
            <translation>Focus areas</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="111" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="98" />
            <source>How many milestones serve this memorandum</source>
            <translation>How many milestones serve this memorandum</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="134" />
            <source>How many records this source supports</source>
            <translation>How many records this source supports</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="87" />
            <location filename="../../ui/views/columns.py" line="104" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="128" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="107" />
            <location filename="../../ui/views/columns.py" line="120" />
            <source>Memoranda</source>
            <translation>Memoranda</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="73" />
            <source>Memorandum</source>
            <translation>Memorandum</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="64" />
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="95" />
            <location filename="../../ui/views/columns.py" line="108" />
            <location filename="../../ui/views/columns.py" line="121" />
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="102" />
            <location filename="../../ui/views/columns.py" line="118" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="113" />
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="126" />
            <source>Outlet</source>
            <translation>Outlet</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="70" />
            <source>Overdue: still open after the last day its due date can mean</source>
            <translation>Overdue: still open after the last day its due date can mean</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="106" />
            <location filename="../../ui/views/columns.py" line="119" />
            <source>Part of</source>
            <translation>Part of</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="90" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="76" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="115" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="112" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="127" />
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="131" />
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="81" />
            <location filename="../../ui/views/columns.py" line="92" />
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="103" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="88" />
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="67" />
            <location filename="../../ui/views/columns.py" line="86" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="78" />
            <source>The milestone's own partners and the parties of its memorandum</source>
            <translation>The milestone's own partners and the parties of its memorandum</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="85" />
            <location filename="../../ui/views/columns.py" line="125" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="89" />
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
    </context>
</TS>
