<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
    <context>
        <name>Attachments</name>
        <message>
            <location filename="../../ui/attachments.py" line="70" />
            <source> MB</source>
            <translation> МБ</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="134" />
            <source>&amp;Add…</source>
            <translation>&amp;Қосу…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="138" />
            <source>&amp;Open</source>
            <translation>А&amp;шу</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="143" />
            <source>&amp;Remove</source>
            <translation>Алы&amp;п тастау</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="141" />
            <source>&amp;Save as…</source>
            <translation>&amp;Басқаша сақтау…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="238" />
            <source>All files (*)</source>
            <translation>Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="147" />
            <source>Attach again a file removed from this record</source>
            <translation>Осы жазбадан алынған файлды қайта тіркеу</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="238" />
            <source>Attach files</source>
            <translation>Файлдарды тіркеу</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="136" />
            <source>Attach files from this computer (or drop them here)</source>
            <translation>Осы компьютерден файлдарды тіркеу (немесе оларды осында сүйреңіз)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="65" />
            <location filename="../../ui/attachments.py" line="118" />
            <source>Attached files</source>
            <translation>Тіркелген файлдар</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="75" />
            <location filename="../../ui/attachments.py" line="76" />
            <source>Files are kept in the database, so everyone on a shared server sees them and backups include them; a larger file is refused.</source>
            <translation>Файлдар дерекқорда сақталады: ортақ серверде жұмыс істейтіндердің бәрі оларды көреді және олар сақтық көшірмелерге кіреді; бұдан үлкен файл қабылданбайды.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="417" />
            <source>First page (text)</source>
            <translation>Бірінші бет (мәтін)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="73" />
            <source>Largest file to attach:</source>
            <translation>Тіркелетін файлдың ең үлкен өлшемі:</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="122" />
            <source>No files yet. Drop files here, or choose Add…</source>
            <translation>Әзірге файл жоқ. Файлдарды осында сүйреңіз немесе «Қосу…» батырмасын басыңыз</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="423" />
            <source>No preview for this kind of file; open it.</source>
            <translation>Мұндай файлды алдын ала қарау мүмкін емес; файлды ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="265" />
            <source>No program on this computer opens {name}; use Save as….</source>
            <translation>Бұл компьютерде {name} файлын ашатын бағдарлама жоқ; «Басқаша сақтау…» пайдаланыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="139" />
            <source>Open the file with the program this computer uses for it</source>
            <translation>Файлды осы компьютер мұндай файлдарға қолданатын бағдарламамен ашу</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="167" />
            <location filename="../../ui/attachments.py" line="413" />
            <source>Preview</source>
            <translation>Алдын ала қарау</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="146" />
            <source>Put &amp;back…</source>
            <translation>Қайта&amp;ру…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="279" />
            <source>Save a copy</source>
            <translation>Көшірмесін сақтау</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="291" />
            <source>Saved as {path}.</source>
            <translation>{path} ретінде сақталды.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="144" />
            <source>Take the file off this record (it can be put back)</source>
            <translation>Файлды осы жазбадан алып тастау (оны қайтаруға болады)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="421" />
            <source>This PDF has no text to preview (a scan?); open it.</source>
            <translation>Бұл PDF-те алдын ала қарауға мәтін жоқ (скан ба?); оны ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="365" />
            <source>{name} (removed {date})</source>
            <translation>{name} ({date} алынған)</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../ui/charts.py" line="40" />
            <source>Nothing to show yet</source>
            <translation>Әзірге көрсететін ештеңе жоқ</translation>
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
            <translation>&amp;Өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bulk_change.py" line="39" />
            <source>Change selected milestones</source>
            <translation>Таңдалған кезеңдерді өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bulk_change.py" line="59" />
            <location filename="../../ui/dialogs/bulk_change.py" line="60" />
            <source>Milestones selected: {count}. Tick what to change; the rest stays as each has it.</source>
            <translation>Таңдалған кезеңдер: {count}. Нені өзгерту керегін белгілеңіз; қалғаны әрқайсысында сол күйінде қалады.</translation>
        </message>
    </context>
    <context>
        <name>CalendarAction</name>
        <message>
            <location filename="../../ui/calendar_action.py" line="33" />
            <location filename="../../ui/calendar_action.py" line="75" />
            <source>Export calendar</source>
            <translation>Күнтізбені экспорттау</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="89" />
            <location filename="../../ui/calendar_action.py" line="90" />
            <source>Import it into Outlook or Google Calendar; importing a newer export updates the events instead of adding them twice.</source>
            <translation>Оны Outlook немесе Google Календарьға импорттаңыз; жаңарақ экспортты импорттау оқиғаларды қайта қоспай, жаңартады.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="94" />
            <source>Open folder</source>
            <translation>Қалтаны ашу</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="85" />
            <source>The calendar is saved as {name}.</source>
            <translation>Күнтізбе {name} ретінде сақталды.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="108" />
            <source>The calendar was not saved.</source>
            <translation>Күнтізбе сақталмады.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="35" />
            <source>iCalendar file (*.ics)</source>
            <translation>iCalendar файлы (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="114" />
            <source>&amp;Overwrite with mine</source>
            <translation>Менің мәндерімді &amp;жазу</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="109" />
            <source>&amp;Reload theirs</source>
            <translation>Олардың нұсқасын жү&amp;ктеу</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="88" />
            <location filename="../../ui/dialogs/conflict.py" line="89" />
            <source>(empty)</source>
            <translation>(бос)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="60" />
            <source>Changed by someone else</source>
            <translation>Басқа пайдаланушы өзгерткен</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="111" />
            <source>Drop your changes and show the record as now saved</source>
            <translation>Өз өзгерістеріңізден бас тартып, жазбаны сақталған күйінде көрсету</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="116" />
            <source>Save your values over theirs</source>
            <translation>Сіздің мәндеріңізді олардың мәндерінің орнына сақтау</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="72" />
            <source>Someone else saved this {kind} after you opened it.</source>
            <translation>Сіз ашқаннан кейін бұл жазбаны ({kind}) басқа біреу сақтады.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Their value</source>
            <translation>Олардың мәні</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="65" />
            <source>These fields now hold their values; yours differ:</source>
            <translation>Бұл өрістерде енді олардың мәндері тұр; сіздікі басқаша:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="67" />
            <location filename="../../ui/dialogs/conflict.py" line="68" />
            <source>They changed other fields than you did. Overwriting saves your changes and keeps theirs.</source>
            <translation>Олар сіз өзгерткен өрістерден басқа өрістерді өзгертті. Қайта жазғанда сіздің де, олардың да өзгерістері сақталады.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Your value</source>
            <translation>Сіздің мәніңіз</translation>
        </message>
    </context>
    <context>
        <name>ConnectionForm</name>
        <message>
            <location filename="../../ui/connection_dialog.py" line="282" />
            <source>&amp;Connect</source>
            <translation>&amp;Қосылу</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="116" />
            <source>&amp;Database:</source>
            <translation>&amp;Дерекқор:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="122" />
            <source>&amp;Password:</source>
            <translation>&amp;Құпиясөз:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="295" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Баптаулар…</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="299" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="113" />
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="93" />
            <source>&amp;Test connection</source>
            <translation>Қосылымды &amp;тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="117" />
            <source>&amp;User:</source>
            <translation>&amp;Пайдаланушы:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="319" />
            <source>Cannot connect yet: {problem}.</source>
            <translation>Әзірге қосылу мүмкін емес: {problem}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="203" />
            <source>Cannot test yet: {problem}.</source>
            <translation>Әзірге тексеру мүмкін емес: {problem}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="211" />
            <source>Connected.</source>
            <translation>Қосылды.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="208" />
            <source>Connecting…</source>
            <translation>Қосылуда…</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="268" />
            <source>Correct the server's details, test them, and connect:</source>
            <translation>Сервер деректерін түзетіп, тексеріп, қосылыңыз:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="181" />
            <source>From {pgpass}</source>
            <translation>{pgpass} файлынан</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="187" />
            <source>Not kept: {reason}. Put it in {pgpass}, or type it at each start.</source>
            <translation>Сақталмайды: {reason}. Оны {pgpass} файлына жазыңыз немесе әр іске қосқанда енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="289" />
            <source>Open the &amp;local database</source>
            <translation>&amp;Жергілікті дерекқорды ашу</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="109" />
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="88" />
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="125" />
            <source>SS&amp;L:</source>
            <translation>SS&amp;L:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="176" />
            <source>Saved; type a new one to replace it</source>
            <translation>Сақталған; ауыстыру үшін жаңасын енгізіңіз</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="292" />
            <source>The file in your user data folder, for this run</source>
            <translation>Деректер қалтаңыздағы файл, тек осы іске қосу үшін</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="182" />
            <source>The password comes from libpq's password file, {pgpass}.</source>
            <translation>Құпиясөз libpq құпиясөздер файлынан алынады, {pgpass}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="177" />
            <source>The password is kept in the system keyring ({keyring}).</source>
            <translation>Құпиясөз жүйелік құпиясөз қоймасында сақталады ({keyring}).</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="192" />
            <source>The password will be kept in the system keyring ({keyring}).</source>
            <translation>Құпиясөз жүйелік құпиясөз қоймасында сақталатын болады ({keyring}).</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="221" />
            <source>The test failed: {error}</source>
            <translation>Тексеру сәтсіз аяқталды: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="282" />
            <source>Try &amp;again</source>
            <translation>Қайта &amp;көру</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="59" />
            <source>allow: encrypt if the server insists</source>
            <translation>allow: сервер талап етсе, шифрлау</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="78" />
            <source>db.example.kz or 10.0.0.5</source>
            <translation>db.example.kz немесе 10.0.0.5</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="58" />
            <source>disable: never encrypt</source>
            <translation>disable: ешқашан шифрламау</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="247" />
            <source>kztracker cannot open its database</source>
            <translation>kztracker дерекқорды аша алмады</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="60" />
            <source>prefer: encrypt when the server can</source>
            <translation>prefer: сервер мүмкіндік берсе, шифрлау</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="61" />
            <source>require: always encrypt</source>
            <translation>require: әрқашан шифрлау</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="62" />
            <source>verify-ca: encrypt, check the server's certificate</source>
            <translation>verify-ca: шифрлау, сервер сертификатын тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="63" />
            <source>verify-full: encrypt, check the certificate and the name</source>
            <translation>verify-full: шифрлау, сертификат пен атауды тексеру</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <location filename="../../ui/dashboard.py" line="311" />
            <source>%n other areas</source>
            <translation>
                <numerusform>тағы %n бағыт</numerusform>
                <numerusform>тағы %n бағыт</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="159" />
            <source>Dashboard</source>
            <translation>Шолу</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="152" />
            <source>Due in the next 30 days</source>
            <translation>Алдағы 30 күнде мерзімі келетіндер</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="131" />
            <location filename="../../ui/dashboard.py" line="135" />
            <source>Due {date}</source>
            <translation>Мерзімі: {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="147" />
            <source>Memoranda by status</source>
            <translation>Меморандумдар мәртебесі бойынша</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="153" />
            <source>Memoranda near the end of their validity</source>
            <translation>Мерзімі аяқталатын меморандумдар</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="149" />
            <source>Milestones by focus area</source>
            <translation>Кезеңдер басым бағыттар бойынша</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="148" />
            <source>Milestones by status</source>
            <translation>Кезеңдер мәртебесі бойынша</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="306" />
            <source>No focus area</source>
            <translation>Басым бағыты жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="140" />
            <source>No memorandum reaches the end of its validity in the next 90 days.</source>
            <translation>Алдағы 90 күнде бірде-бір меморандумның қолданылу мерзімі аяқталмайды.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="135" />
            <source>Nothing is due in the next 30 days.</source>
            <translation>Алдағы 30 күнде мерзімі келетін ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="131" />
            <source>Nothing is overdue.</source>
            <translation>Мерзімі өткен ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="151" />
            <source>Overdue milestones</source>
            <translation>Мерзімі өткен кезеңдер</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="249" />
            <source>Today is {date}</source>
            <translation>Бүгін {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="139" />
            <source>Valid until {date}</source>
            <translation>{date} дейін қолданылады</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="271" />
            <source>{count} in all</source>
            <translation>Барлығы: {count}</translation>
        </message>
    </context>
    <context>
        <name>DeleteConfirmation</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="59" />
            <source>%n focus area(s)</source>
            <translation>
                <numerusform>%n басым бағыт</numerusform>
                <numerusform>%n басым бағыт</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="60" />
            <source>%n memorandum(s)</source>
            <translation>
                <numerusform>%n меморандум</numerusform>
                <numerusform>%n меморандум</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="61" />
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n кезең</numerusform>
                <numerusform>%n кезең</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="63" />
            <source>%n other spelling(s)</source>
            <translation>
                <numerusform>%n басқа жазылу</numerusform>
                <numerusform>%n басқа жазылу</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="57" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n серіктес</numerusform>
                <numerusform>%n серіктес</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="58" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n тұлға</numerusform>
                <numerusform>%n тұлға</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="62" />
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n дереккөз</numerusform>
                <numerusform>%n дереккөз</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="130" />
            <source>&amp;Delete</source>
            <translation>&amp;Жою</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="35" />
            <source>Alias</source>
            <translation>Басқа жазылуы</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="101" />
            <source>Delete {kind}</source>
            <translation>Жою: {kind}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="104" />
            <source>Delete “{label}”?</source>
            <translation>«{label}» жойылсын ба?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="117" />
            <source>Deleted with it</source>
            <translation>Жазбамен бірге жойылады</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="85" />
            <source>Deleting “{label}” also deletes {deleted} and unlinks {unlinked}, which stay.</source>
            <translation>«{label}» жойылғанда мыналар да жойылады: {deleted}; сақталады, бірақ байланысы үзіледі: {unlinked}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="87" />
            <source>Deleting “{label}” also deletes {deleted}.</source>
            <translation>«{label}» жойылғанда мыналар да жойылады: {deleted}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="91" />
            <source>Deleting “{label}” touches no other record.</source>
            <translation>«{label}» жойылуы басқа жазбаларға әсер етпейді.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="89" />
            <source>Deleting “{label}” unlinks {unlinked}, which stay.</source>
            <translation>«{label}» жойылғанда сақталады, бірақ байланысы үзіледі: {unlinked}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="109" />
            <source>Edit ▸ Undo ({keys}) brings it all back.</source>
            <translation>Өңдеу ▸ Болдырмау ({keys}) бәрін қайтарады.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="118" />
            <source>Kept, but no longer linked to it</source>
            <translation>Сақталады, бірақ жазбамен енді байланыспайды</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Link</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="54" />
            <source>alias</source>
            <translation>басқа жазылуы</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="53" />
            <source>cites it</source>
            <translation>жазбаға сілтеме жасайды</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="50" />
            <source>focus area</source>
            <translation>басым бағыт</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="52" />
            <source>memorandum</source>
            <translation>меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="46" />
            <source>organization</source>
            <translation>ұйым</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="51" />
            <source>parent area</source>
            <translation>жоғары тұрған бағыт</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="47" />
            <source>parent organization</source>
            <translation>жоғары тұрған ұйым</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="45" />
            <source>party</source>
            <translation>тарап</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="49" />
            <source>responsible person</source>
            <translation>жауапты тұлға</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="48" />
            <source>signatory</source>
            <translation>қол қоюшы</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="74" />
            <source>{items} and {last}</source>
            <translation>{items} және {last}</translation>
        </message>
    </context>
    <context>
        <name>DeletedRecords</name>
        <message>
            <location filename="../../ui/deleted_records.py" line="96" />
            <source>&amp;Restore</source>
            <translation>&amp;Қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>By</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Deleted</source>
            <translation>Жойылды</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="84" />
            <source>Deleted records</source>
            <translation>Жойылған жазбалар</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="137" />
            <source>Not brought back: {items}.</source>
            <translation>Қалпына келтірілмеді: {items}.</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="117" />
            <source>Nothing has been deleted, or all of it is back.</source>
            <translation>Ештеңе жойылмаған немесе бәрі қалпына келтірілген.</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="142" />
            <source>Restore</source>
            <translation>Қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="135" />
            <source>“{name}” is back.</source>
            <translation>«{name}» қалпына келтірілді.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../ui/detail_pane.py" line="109" />
            <source>&amp;Details</source>
            <translation>&amp;Мәліметтер</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="146" />
            <source>(none)</source>
            <translation>(жоқ)</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Changed</source>
            <translation>Өзгертілді</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Created</source>
            <translation>Құрылды</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Deleted</source>
            <translation>Жойылды</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="168" />
            <source>Deletes what it created and removes the links and aliases it added.</source>
            <translation>Ол жасаған жазбаларды жояды және ол қосқан байланыстар мен басқа жазылуларын алып тастайды.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="102" />
            <source>Details</source>
            <translation>Мәліметтер</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="115" />
            <location filename="../../ui/detail_pane.py" line="279" />
            <source>Fi&amp;les</source>
            <translation>Фай&amp;лдар</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail_pane.py" line="145" />
            <location filename="../../ui/detail_pane.py" line="279" />
            <source>Fi&amp;les (%n)</source>
            <translation>
                <numerusform>Фай&amp;лдар (%n)</numerusform>
                <numerusform>Фай&amp;лдар (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="110" />
            <source>Histor&amp;y</source>
            <translation>&amp;Тарих</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="104" />
            <source>History</source>
            <translation>Тарих</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="267" />
            <source>No changes have been recorded for this record.</source>
            <translation>Бұл жазбаның өзгерістері тіркелмеген.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="171" />
            <source>Remove this import…</source>
            <translation>Бұл импортты алып тастау…</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="73" />
            <source>Select a record to see its details.</source>
            <translation>Мәліметтерін көру үшін жазбаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="273" />
            <source>The history cannot be shown: {error}</source>
            <translation>Тарихты көрсету мүмкін емес: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="318" />
            <source>This record was deleted.</source>
            <translation>Бұл жазба жойылған.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail_html.py" line="166" />
            <source>and %n more</source>
            <translation>
                <numerusform>тағы %n</numerusform>
                <numerusform>тағы %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="205" />
            <source>due {date}</source>
            <translation>мерзімі {date}</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../../ui/editing.py" line="421" />
            <source>&amp;Delete anyway</source>
            <translation>Бәрібір &amp;жою</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="288" />
            <source>Change</source>
            <translation>Өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="118" />
            <source>Delete {kind} “{label}”</source>
            <translation>Жою: {kind} «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="57" />
            <source>Edit {kind} “{label}”</source>
            <translation>Өңдеу: {kind} «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="277" />
            <source>Mark done</source>
            <translation>Орындалды деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="118" />
            <source>New {kind} “{label}”</source>
            <translation>Жаңа {kind}: «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="397" />
            <source>Restored, with a few things left out</source>
            <translation>Толық қалпына келтірілмеді</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="398" />
            <source>The {kind} “{label}” is back. Not brought back:</source>
            <translation>«{label}» жазбасы ({kind}) қалпына келтірілді. Қайтарылмағандар:</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="418" />
            <source>Undoing now would delete it with their changes.</source>
            <translation>Қазір болдырмасаңыз, жазба олардың өзгерістерімен бірге жойылады.</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../ui/views/empty_state.py" line="60" />
            <location filename="../../ui/views/empty_state.py" line="61" />
            <source>Each announcement you import (File › Import announcements…, Ctrl+I) becomes a source.</source>
            <translation>Импортталған әр хабарлама (Файл › Хабарламаларды импорттау…, Ctrl+I) дереккөзге айналады.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="46" />
            <source>Esc in the search box clears it.</source>
            <translation>Іздеу өрісіндегі Esc оны тазартады.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="51" />
            <source>Esc in the search box clears the search; Clear filters shows every record.</source>
            <translation>Іздеу өрісіндегі Esc іздеуді тазартады; «Сүзгілерді тазарту» барлық жазбаны көрсетеді.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="69" />
            <location filename="../../ui/views/empty_state.py" line="70" />
            <source>New… (Ctrl+N) adds a record; File › Import announcements… (Ctrl+I) reads them from an announcement.</source>
            <translation>«Жаңа…» (Ctrl+N) жазба қосады; Файл › Хабарламаларды импорттау… (Ctrl+I) жазбаларды хабарламадан алады.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="59" />
            <source>No sources yet.</source>
            <translation>Әзірге дереккөздер жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="68" />
            <source>Nothing here yet.</source>
            <translation>Әзірге жазбалар жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="50" />
            <source>Nothing matches the search or the filters.</source>
            <translation>Іздеу мен сүзгілерге сәйкес ештеңе табылмады.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="46" />
            <source>Nothing matches the search.</source>
            <translation>Іздеуге сәйкес ештеңе табылмады.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/error_dialog.py" line="108" />
            <location filename="../../ui/error_dialog.py" line="138" />
            <source>&amp;Copy details</source>
            <translation>Толығырақ &amp;көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="206" />
            <source>Another program has kept the database file {file} locked for too long.</source>
            <translation>Басқа бағдарлама {file} дерекқор файлын тым ұзақ құлыптап тұр.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="135" />
            <source>Copied</source>
            <translation>Көшірілді</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="224" />
            <location filename="../../ui/error_dialog.py" line="225" />
            <source>Nothing was saved yet, and what you entered is kept: put the file back where it was and try again, or open it where it is now (File &gt; Open database).</source>
            <translation>Әзірге ештеңе сақталған жоқ, ал енгізгеніңіз жоғалмайды: файлды бұрынғы орнына қайтарып, қайталап көріңіз немесе оны қазіргі орнынан ашыңыз (Файл &gt; Дерекқорды ашу).</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="211" />
            <location filename="../../ui/error_dialog.py" line="212" />
            <source>Nothing was saved yet, and what you entered is kept: try again once the other program is done (an import running elsewhere, or a database tool left open).</source>
            <translation>Әзірге ештеңе сақталған жоқ, ал енгізгеніңіз жоғалмайды: басқа бағдарлама жұмысын аяқтаған соң қайталап көріңіз (басқа жерде жүріп жатқан импорт немесе ашық қалған дерекқор құралы).</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="237" />
            <location filename="../../ui/error_dialog.py" line="238" />
            <source>Nothing was saved yet, and what you entered is kept: try again once the server or the network is back. ({reason})</source>
            <translation>Әзірге ештеңе сақталмады, ал енгізгеніңіз жоғалмайды: сервер не желі қалпына келгенде қайталап көріңіз. ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="113" />
            <source>Open log &amp;folder</source>
            <translation>Журнал &amp;қалтасын ашу</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="161" />
            <source>Something unexpected went wrong: {error}</source>
            <translation>Күтпеген қате орын алды: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="232" />
            <source>The connection to the database server {server} was lost.</source>
            <translation>{server} дерекқор серверімен байланыс үзілді.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="219" />
            <source>The database file {file} was deleted, moved or replaced while it was open.</source>
            <translation>{file} дерекқор файлы ашық тұрғанда жойылды, жылжытылды немесе ауыстырылды.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="91" />
            <source>The details are in the log file:</source>
            <translation>Толығырақ журнал файлында:</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="110" />
            <source>The error's details, versions and platform, to paste</source>
            <translation>Қатенің егжей-тегжейі, нұсқалар мен платформа — хатқа қою үшін</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="99" />
            <location filename="../../ui/error_dialog.py" line="100" />
            <source>Your work up to the last save is kept. If this happens again, send the details to whoever supports kztracker for you.</source>
            <translation>Соңғы сақтауға дейінгі жұмысыңыз сақталды. Бұл қайталанса, толығырақ ақпаратты kztracker-ді сүйемелдейтін маманға жіберіңіз.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="230" />
            <source>kztracker: connection lost</source>
            <translation>kztracker: байланыс үзілді</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="204" />
            <source>kztracker: database busy</source>
            <translation>kztracker: дерекқор бос емес</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="217" />
            <source>kztracker: database file missing</source>
            <translation>kztracker: дерекқор файлы табылмады</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="77" />
            <source>kztracker: something went wrong</source>
            <translation>kztracker: қате орын алды</translation>
        </message>
    </context>
    <context>
        <name>ExportAction</name>
        <message>
            <location filename="../../ui/export_action.py" line="100" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="69" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="69" />
            <location filename="../../ui/export_action.py" line="101" />
            <location filename="../../ui/export_action.py" line="167" />
            <location filename="../../ui/export_action.py" line="189" />
            <location filename="../../ui/export_action.py" line="201" />
            <source>Export to Excel</source>
            <translation>Excel-ге экспорттау</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="202" />
            <source>No program could open {path}.</source>
            <translation>{path} файлын ашатын бағдарлама табылмады.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="170" />
            <source>Open file</source>
            <translation>Файлды ашу</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="171" />
            <source>Open folder</source>
            <translation>Қалтаны ашу</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="100" />
            <source>Preparing the export…</source>
            <translation>Экспорт дайындалуда…</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="168" />
            <source>The workbook is saved as {name}.</source>
            <translation>Кітап {name} ретінде сақталды.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="190" />
            <source>The workbook was not saved.</source>
            <translation>Кітап сақталмады.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="152" />
            <source>Writing rows: {done} of {total}</source>
            <translation>Жолдар жазылуда: {total} ішінен {done}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="153" />
            <source>Any focus area</source>
            <translation>Кез келген басым бағыт</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="151" />
            <source>Any memorandum</source>
            <translation>Кез келген меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="152" />
            <source>Any partner</source>
            <translation>Кез келген серіктес</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="143" />
            <source>Any status</source>
            <translation>Кез келген мәртебе</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="154" />
            <source>Anyone responsible</source>
            <translation>Кез келген жауапты тұлға</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="199" />
            <source>Clear filters</source>
            <translation>Сүзгілерді тазарту</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="155" />
            <source>Due any time</source>
            <translation>Мерзімі: кез келген</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="170" />
            <source>Due before today</source>
            <translation>Мерзімі: бүгінге дейін</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="176" />
            <source>Due between…</source>
            <translation>Мерзімі: аралықта…</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="186" />
            <source>Due from</source>
            <translation>Мерзімі (басы)</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="171" />
            <source>Due in the next 30 days</source>
            <translation>Алдағы 30 күнде мерзімі келетіндер</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="173" />
            <source>Due next month</source>
            <translation>Мерзімі: келесі айда</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="175" />
            <source>Due next year</source>
            <translation>Мерзімі: келесі жылы</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="172" />
            <source>Due this month</source>
            <translation>Мерзімі: осы айда</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="174" />
            <source>Due this year</source>
            <translation>Мерзімі: биыл</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="187" />
            <source>Due until</source>
            <translation>Мерзімі (соңы)</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="145" />
            <source>Open (planned or in progress)</source>
            <translation>Ашық (жоспарланған немесе орындалып жатқан)</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="200" />
            <source>Show every record again</source>
            <translation>Барлық жазбаларды қайта көрсету</translation>
        </message>
    </context>
    <context>
        <name>ImportAction</name>
        <message>
            <location filename="../../ui/import_action.py" line="121" />
            <source>Already imported</source>
            <translation>Бұрын импортталған</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="154" />
            <source>Import pasted text</source>
            <translation>Қойылған мәтінді импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="127" />
            <source>Open the earlier source instead?</source>
            <translation>Оның орнына бұрын импортталған дереккөзді ашу керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="157" />
            <source>Paste the announcement's text here.</source>
            <translation>Хабарлама мәтінін осында қойыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="163" />
            <source>Review</source>
            <translation>Тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="171" />
            <source>The proposals are shown for review before anything is saved.</source>
            <translation>Ұсыныстар ештеңе сақталмай тұрып тексеруге көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="123" />
            <source>This text was already imported as “{title}” {when}.</source>
            <translation>Бұл мәтін «{title}» ретінде {when} импортталған.</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="124" />
            <source>on {date}</source>
            <translation>{date}</translation>
        </message>
    </context>
    <context>
        <name>ImportReviewDialog</name>
        <message>
            <location filename="../../ui/import_proposals.py" line="59" />
            <location filename="../../ui/import_review.py" line="170" />
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="71" />
            <location filename="../../ui/import_fields.py" line="76" />
            <source>Aliases</source>
            <translation>Басқа жазылулары</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="141" />
            <source>Aliases it records</source>
            <translation>Жазылатын басқа жазылулары</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="480" />
            <source>Already imported</source>
            <translation>Бұрын импортталған</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="123" />
            <source>Apply</source>
            <translation>Қолдану</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="384" />
            <source>Close without importing? Your changes to the proposals are lost.</source>
            <translation>Импорттамай жабу керек пе? Ұсыныстарға енгізген түзетулеріңіз жоғалады.</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="68" />
            <source>Country</source>
            <translation>Елі</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Create</source>
            <translation>Жасау</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="41" />
            <source>DD.MM.YYYY, MM.YYYY or YYYY</source>
            <translation>КК.АА.ЖЖЖЖ, АА.ЖЖЖЖ немесе ЖЖЖЖ</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="87" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="425" />
            <location filename="../../ui/import_review.py" line="426" />
            <source>Dates read again against {date}: {count} proposals changed; your edits are kept.</source>
            <translation>Күндер {date} бойынша қайта оқылды: өзгерген ұсыныстар — {count}; сіздің түзетулеріңіз сақталды.</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="59" />
            <source>Existing record</source>
            <translation>Бар жазба</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="84" />
            <source>Focus areas</source>
            <translation>Басым бағыттар</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="106" />
            <location filename="../../ui/import_review.py" line="107" />
            <source>Keys: A link, M merge (link and remember the spelling), C create, S skip, Ctrl+Enter apply.</source>
            <translation>Пернелер: A — байланыстыру, M — біріктіру (байланыстырып, жазылуын есте сақтау), C — жасау, S — өткізіп жіберу, Ctrl+Enter — қолдану.</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="67" />
            <location filename="../../ui/import_fields.py" line="79" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Link</source>
            <translation>Байланыстыру</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="171" />
            <source>Link to</source>
            <translation>Байланысатын жазба</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="90" />
            <source>Memorandum</source>
            <translation>Меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="123" />
            <source>Merge</source>
            <translation>Біріктіру</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="166" />
            <source>Merge: remember this spelling as an alias</source>
            <translation>Біріктіру: бұл жазылуды балама ретінде есте сақтау</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="168" />
            <location filename="../../ui/import_review.py" line="231" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="169" />
            <source>Names separated by semicolons</source>
            <translation>Атаулар нүктелі үтірмен бөлінеді</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="161" />
            <source>No memorandum</source>
            <translation>Меморандумсыз</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="481" />
            <source>Open the earlier source?</source>
            <translation>Бұрын импортталған дереккөзді ашу керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="75" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="70" />
            <source>Part of</source>
            <translation>Құрамында</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="82" />
            <source>Parties</source>
            <translation>Тараптар</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="89" />
            <source>Partners</source>
            <translation>Серіктестер</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="74" />
            <source>Position</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="59" />
            <source>Proposal</source>
            <translation>Ұсыныс</translation>
        </message>
        <message>
            <location filename="../../ui/import_published.py" line="49" />
            <source>Published on</source>
            <translation>Жарияланған күні</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="399" />
            <source>Reading the dates again…</source>
            <translation>Күндер қайта оқылуда…</translation>
        </message>
        <message>
            <location filename="../../ui/import_published.py" line="46" />
            <source>Relative dates in the text (yesterday, next year) are read against this date</source>
            <translation>Мәтіндегі салыстырмалы күндер («кеше», «келесі жылы») осы күннен бастап есептеледі</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="244" />
            <location filename="../../ui/import_published.py" line="66" />
            <location filename="../../ui/import_review.py" line="79" />
            <location filename="../../ui/import_review.py" line="383" />
            <source>Review import</source>
            <translation>Импортты тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="156" />
            <source>Selected proposal</source>
            <translation>Таңдалған ұсыныс</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="69" />
            <source>Short name</source>
            <translation>Қысқаша атауы</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="83" />
            <source>Signatories</source>
            <translation>Қол қоюшылар</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="80" />
            <source>Signed on</source>
            <translation>Қол қойылған күні</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Skip</source>
            <translation>Өткізіп жіберу</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="88" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="158" />
            <source>The memorandum this milestone serves; empty for none</source>
            <translation>Бұл кезең қатысты меморандум; бос болса — ешқайсысына</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="231" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/import_targets.py" line="35" />
            <source>Type to search existing records</source>
            <translation>Бар жазбалардан іздеу үшін теріңіз</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="81" />
            <source>Valid until</source>
            <translation>Қолданылу мерзімі</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="126" />
            <source>Write the records (Ctrl+Enter)</source>
            <translation>Жазбаларды жазу (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="160" />
            <source>closest: {name} ({score})</source>
            <translation>ең жақыны: {name} ({score})</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="154" />
            <source>for {memorandum}</source>
            <translation>«{memorandum}» үшін</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="147" />
            <source>new</source>
            <translation>жаңа жазба</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="147" />
            <source>new, under {parent}</source>
            <translation>жаңа жазба, құрамында: {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="427" />
            <source>no date</source>
            <translation>күні жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="183" />
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="187" />
            <location filename="../../ui/import_review.py" line="188" />
            <source>{link} to link, {create} to create, {skip} skipped. Nothing is saved until you apply.</source>
            <translation>Байланыстыру: {link}, жасау: {create}, өткізіп жіберу: {skip}. «Қолдану» батырмасын баспайынша ештеңе сақталмайды.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../ui/import_summary.py" line="104" />
            <source>Aliases learned</source>
            <translation>Есте сақталған басқа жазылулары</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="89" />
            <source>Created ({count})</source>
            <translation>Жасалды ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="53" />
            <source>Edit &gt; Undo, or Remove this import, takes the whole import back.</source>
            <translation>Түзету &gt; Болдырмау немесе «Бұл импортты алып тастау» бүкіл импортты толығымен қайтарады.</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="43" />
            <source>Import applied</source>
            <translation>Импорт орындалды</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="46" />
            <source>Imported “{title}”. Click a record to open it.</source>
            <translation>«{title}» импортталды. Жазбаны ашу үшін оны басыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="90" />
            <source>Linked to ({count})</source>
            <translation>Барларымен байланыстырылды ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="57" />
            <source>Remove this import…</source>
            <translation>Бұл импортты алып тастау…</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="94" />
            <source>none</source>
            <translation>жоқ</translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message>
            <location filename="../../ui/import_undo.py" line="117" />
            <source>Import removed</source>
            <translation>Импорт алып тасталды</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="32" />
            <source>Import “{title}”</source>
            <translation>«{title}» импорты</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="80" />
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="67" />
            <source>Remove the import “{title}”?</source>
            <translation>«{title}» импортын алып тастау керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="66" />
            <source>Remove this import</source>
            <translation>Импортты алып тастау</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="118" />
            <source>The import is removed. Kept because they were used or changed since:</source>
            <translation>Импорт алып тасталды. Содан бері қолданылғандықтан немесе өзгертілгендіктен қалдырылды:</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="69" />
            <location filename="../../ui/import_undo.py" line="70" />
            <source>The source and the {created} records it created are deleted; the links and {aliases} aliases it added to {linked} existing records are removed. What was changed since stays. The history keeps all of it.</source>
            <translation>Дереккөз және ол жасаған жазбалар ({created}) жойылады; ол бар жазбаларға ({linked}) қосқан байланыстар мен басқа жазылулары ({aliases}) алынып тасталады. Содан бері өзгертілгендер қалады. Тарих бәрін сақтайды.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/i18n.py" line="137" />
            <source>As the system ({language})</source>
            <translation>Жүйедегідей ({language})</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="154" />
            <location filename="../../ui/preferences.py" line="210" />
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="141" />
            <source>The language of the window and of the workbooks it exports</source>
            <translation>Терезенің және экспортталатын Excel кітаптарының тілі</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="155" />
            <source>The window will use the new language the next time kztracker starts.</source>
            <translation>Жаңа тіл kztracker келесі рет іске қосылғанда қолданылады.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/window_actions.py" line="188" />
            <source>&amp;About kztracker</source>
            <translation>kztracker &amp;туралы</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="140" />
            <source>&amp;Backup…</source>
            <translation>&amp;Сақтық көшірме…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="167" />
            <source>&amp;Delete…</source>
            <translation>Жо&amp;ю…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="221" />
            <source>&amp;Edit</source>
            <translation>Ө&amp;ңдеу</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="160" />
            <source>&amp;Edit…</source>
            <translation>&amp;Өңдеу…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="133" />
            <source>&amp;Export to Excel…</source>
            <translation>Excel-ге &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="206" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="180" />
            <source>&amp;Find</source>
            <translation>&amp;Іздеу</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="237" />
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="120" />
            <source>&amp;Import announcements…</source>
            <translation>Хабарламаларды &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="196" />
            <source>&amp;My milestones</source>
            <translation>&amp;Менің кезеңдерім</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="152" />
            <source>&amp;New…</source>
            <translation>&amp;Жаңа…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="146" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Баптаулар…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="174" />
            <source>&amp;Quick milestone…</source>
            <translation>Кезеңді жыл&amp;дам қосу…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="148" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="104" />
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="101" />
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="231" />
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="22" />
            <location filename="../../ui/about_box.py" line="23" />
            <source>&lt;p&gt;&lt;b&gt;kztracker&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Memoranda, partners, people, focus areas and milestones of Kazakhstan's international partnerships, in one place.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;kztracker&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Қазақстанның халықаралық ынтымақтастығының меморандумдары, серіктестері, тұлғалары, басым бағыттары мен кезеңдері — бір жерде.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="26" />
            <source>&lt;p&gt;Version {version}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Нұсқасы {version}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="19" />
            <source>About kztracker</source>
            <translation>kztracker туралы</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="177" />
            <source>Add a milestone, prefilled from the selected record</source>
            <translation>Таңдалған жазба бойынша толтырылған кезең қосу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="375" />
            <source>Announcements (*.txt *.html *.htm *.docx *.pdf);;All files (*)</source>
            <translation>Хабарламалар (*.txt *.html *.htm *.docx *.pdf);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="30" />
            <source>Backup saved: {path}</source>
            <translation>Сақтық көшірме сақталды: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="155" />
            <source>Create a record of the kind shown</source>
            <translation>Көрсетілген түрдегі жазба жасау</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="32" />
            <source>Dashboard</source>
            <translation>Шолу</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="170" />
            <source>Delete the selected record (asks first)</source>
            <translation>Таңдалған жазбаны жою (алдымен сұралады)</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="163" />
            <source>Edit the selected record</source>
            <translation>Таңдалған жазбаны өңдеу</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="190" />
            <source>Export &amp;calendar…</source>
            <translation>&amp;Күнтізбені экспорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="136" />
            <source>Export the whole database to an Excel workbook</source>
            <translation>Бүкіл дерекқорды Excel кітабына экспорттау</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="127" />
            <source>Import &amp;pasted text…</source>
            <translation>&amp;Қойылған мәтінді импорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="130" />
            <source>Import an announcement pasted from the clipboard</source>
            <translation>Алмасу буферінен қойылған хабарламаны импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>Import announcements</source>
            <translation>Хабарламаларды импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="123" />
            <source>Import announcements from files (text, web pages, Word, PDF)</source>
            <translation>Хабарламаларды файлдардан импорттау (мәтін, веб-беттер, Word, PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="32" />
            <source>Its licence and those of the libraries it is built on are in the details.</source>
            <translation>Бағдарламаның лицензиясы мен ол негізделген кітапханалардың лицензиялары толығырақ бөлімінде.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="349" />
            <source>Loading…</source>
            <translation>Жүктелуде…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="243" />
            <source>Main toolbar</source>
            <translation>Негізгі құралдар тақтасы</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="225" />
            <source>New &amp;record</source>
            <translation>Жаңа жа&amp;зба</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="113" />
            <source>New {kind}…</source>
            <translation>Жаңа {kind}…</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="40" />
            <source>Read-only</source>
            <translation>Тек оқу</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="23" />
            <source>Save a backup in</source>
            <translation>Сақтық көшірмені сақтау орны</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="143" />
            <source>Save a copy of the database to a folder you choose</source>
            <translation>Дерекқордың көшірмесін таңдалған қалтаға сақтау</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="32" />
            <source>Saving a backup…</source>
            <translation>Сақтық көшірме сақталуда…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="132" />
            <source>Something unexpected went wrong while opening the database: {error}</source>
            <translation>Дерекқорды ашқанда күтпеген қате орын алды: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="115" />
            <source>The daily backup failed: {error}</source>
            <translation>Күнделікті сақтық көшірме жасалмады: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="34" />
            <source>The database in use</source>
            <translation>Пайдаланылып отырған дерекқор</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="95" />
            <source>The database is damaged</source>
            <translation>Дерекқор зақымдалған</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="199" />
            <source>The open milestones you are responsible for (who you are: Preferences)</source>
            <translation>Сіз жауапты ашық кезеңдер (сіз кімсіз — баптауларда)</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="43" />
            <location filename="../../ui/database_status.py" line="44" />
            <source>This database can only be read here: the file or its folder may not be written. Copy it to a folder you may write to, or ask for access.</source>
            <translation>Бұл дерекқорды мұнда тек оқуға болады: файлға немесе оның қалтасына жазуға рұқсат жоқ. Оны жазуға болатын қалтаға көшіріңіз немесе рұқсат сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>This database is read-only here: nothing can be changed.</source>
            <translation>Бұл дерекқор мұнда тек оқуға арналған: ештеңені өзгертуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="92" />
            <source>Views</source>
            <translation>Бөлімдер</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>Working</source>
            <translation>Орындалуда</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="193" />
            <source>Write the milestones to a calendar file (.ics) for Outlook or Google Calendar</source>
            <translation>Кезеңдерді Outlook немесе Google Календарьға арналған күнтізбе файлына (.ics) жазу</translation>
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
            <translation>{total} ішінен {shown} көрсетілген ({name})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>{title} (read-only)</source>
            <translation>{title} (тек оқу)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="354" />
            <source>{total} {name}</source>
            <translation>Жазбалар: {total} ({name})</translation>
        </message>
    </context>
    <context>
        <name>MilestoneActions</name>
        <message>
            <location filename="../../ui/milestone_actions.py" line="77" />
            <source>C&amp;hange selected milestones…</source>
            <translation>Таңдалған кезеңдерді ө&amp;згерту…</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="71" />
            <source>Mark &amp;done</source>
            <translation>&amp;Орындалды деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="128" />
            <location filename="../../ui/milestone_actions.py" line="162" />
            <location filename="../../ui/milestone_actions.py" line="207" />
            <source>Mark done</source>
            <translation>Орындалды деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="164" />
            <source>Set the selected milestone to Done, completed today</source>
            <translation>Таңдалған кезеңді бүгінгі күнмен орындалды деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="74" />
            <source>Set the selected milestones to Done, completed today</source>
            <translation>Таңдалған кезеңдерді бүгінгі күнмен орындалды деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="80" />
            <source>Set the status, responsible person, due date or memorandum of all selected</source>
            <translation>Барлық таңдалғандарға мәртебе, жауапты адам, мерзім немесе меморандум беру</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="130" />
            <source>Set this milestone to Done, completed today</source>
            <translation>Осы кезеңді бүгінгі күнмен орындалды деп белгілеу</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabase</name>
        <message>
            <location filename="../../ui/open_database.py" line="158" />
            <source>&amp;Deleted records…</source>
            <translation>&amp;Жойылған жазбалар…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="150" />
            <source>&amp;Open database…</source>
            <translation>Дерекқорды &amp;ашу…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="153" />
            <source>&amp;Recent databases</source>
            <translation>Соңғы &amp;дерекқорлар</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="193" />
            <source>(none yet)</source>
            <translation>(әзірге жоқ)</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="104" />
            <source>A server database is restored by its administrator (pg_restore from a dump).</source>
            <translation>Сервердегі дерекқорды оның әкімшісі қалпына келтіреді (дамптан pg_restore).</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="110" />
            <source>Backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Сақтық көшірмелер (*.sqlite3 *.sqlite *.db);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="159" />
            <source>Bring back records deleted from this database</source>
            <translation>Осы дерекқордан жойылған жазбаларды қайтару</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="66" />
            <location filename="../../ui/open_database.py" line="83" />
            <source>Open database</source>
            <translation>Дерекқорды ашу</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="156" />
            <source>Put a backup in place of this database</source>
            <translation>Осы дерекқордың орнына сақтық көшірмені қою</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="117" />
            <location filename="../../ui/open_database.py" line="118" />
            <source>Replace the records in this database with those of {file}? The current database is kept beside it under another name.</source>
            <translation>Осы дерекқордағы жазбаларды {file} жазбаларымен ауыстыру керек пе? Қазіргі дерекқор жанында басқа атаумен сақталады.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="155" />
            <source>Res&amp;tore backup…</source>
            <translation>Сақтық көшірмеден қалпына &amp;келтіру…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="103" />
            <location filename="../../ui/open_database.py" line="110" />
            <location filename="../../ui/open_database.py" line="116" />
            <location filename="../../ui/open_database.py" line="132" />
            <source>Restore backup</source>
            <translation>Сақтық көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="136" />
            <source>Restored {file}.</source>
            <translation>{file} файлынан қалпына келтірілді.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="138" />
            <source>The replaced database was kept as {name}.</source>
            <translation>Ауыстырылған дерекқор {name} ретінде сақталды.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="151" />
            <source>Work on another database file; this window switches to it</source>
            <translation>Басқа дерекқор файлымен жұмыс істеу; терезе соған ауысады</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="85" />
            <source>kztracker databases ({patterns});;All files (*)</source>
            <translation>kztracker дерекқорлары ({patterns});;Барлық файлдар (*)</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations.py" line="348" />
            <source>Something went wrong: {error}. Nothing was saved.</source>
            <translation>Қате орын алды: {error}. Ештеңе сақталмады.</translation>
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
            <translation>&amp;Орналасуы:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="150" />
            <source>A &amp;file on this computer</source>
            <translation>Осы компьютердегі &amp;файл</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="122" />
            <source>A copy of the database is saved the first time it is opened each day</source>
            <translation>Дерекқордың көшірмесі күн сайын алғаш ашылғанда сақталады</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="130" />
            <source>A database file, or a shared server: postgresql+psycopg://user@host/database</source>
            <translation>Дерекқор файлы немесе ортақ сервер: postgresql+psycopg://user@host/database</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="151" />
            <source>A team's &amp;server (PostgreSQL)</source>
            <translation>Топтың &amp;сервері (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="196" />
            <source>Backups</source>
            <translation>Сақтық көшірмелер</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="133" />
            <source>Choose &amp;file…</source>
            <translation>&amp;Файлды таңдау…</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="198" />
            <source>Daily backups to keep:</source>
            <translation>Сақталатын күнделікті көшірмелер:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="160" />
            <location filename="../../ui/preferences.py" line="226" />
            <source>Database</source>
            <translation>Дерекқор</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="248" />
            <source>Database file</source>
            <translation>Дерекқор файлы</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="229" />
            <source>Files</source>
            <translation>Файлдар</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="227" />
            <source>General</source>
            <translation>Жалпы</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="182" />
            <location filename="../../ui/preferences.py" line="183" />
            <source>Leave the file empty for the one in your user data folder. A change applies the next time kztracker starts; --db and KZTRACKER_DATABASE_URL take precedence.</source>
            <translation>Деректер қалтаңыздағы файлды пайдалану үшін файлды бос қалдырыңыз. Өзгеріс kztracker келесі іске қосылғанда күшіне енеді; --db және KZTRACKER_DATABASE_URL басым.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="120" />
            <source>No automatic backups</source>
            <translation>Автоматты көшірмесіз</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="140" />
            <source>Open the view I used last</source>
            <translation>Соңғы ашылған бөлімді ашу</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="116" />
            <location filename="../../ui/preferences.py" line="285" />
            <source>Preferences</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="228" />
            <source>Reminders</source>
            <translation>Еске салғыштар</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="212" />
            <source>Start-up</source>
            <translation>Іске қосу</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="200" />
            <location filename="../../ui/preferences.py" line="201" />
            <source>The first time the database is opened each day, a copy is saved beside it (a database file only; for a server, use File › Backup…).</source>
            <translation>Дерекқор күн сайын алғаш ашылғанда, оның жанына көшірмесі сақталады (тек дерекқор файлы үшін; сервер үшін Файл › Сақтық көшірме… пәрменін пайдаланыңыз).</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="250" />
            <source>kztracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>kztracker дерекқорлары (*.sqlite3 *.db);;Барлық файлдар (*)</translation>
        </message>
    </context>
    <context>
        <name>QuickMilestoneDialog</name>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="36" />
            <source>&amp;Due:</source>
            <translation>&amp;Мерзімі:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="40" />
            <source>&amp;Memorandum:</source>
            <translation>Мемо&amp;рандум:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="42" />
            <source>&amp;Partners:</source>
            <translation>Серік&amp;тестер:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="35" />
            <source>&amp;Title:</source>
            <translation>&amp;Атауы:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="45" />
            <source>All &amp;fields…</source>
            <translation>Барлық &amp;өрістер…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="46" />
            <source>Continue in the full milestone form with what is typed so far</source>
            <translation>Енгізілген деректермен кезеңнің толық формасында жалғастыру</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="68" />
            <source>Milestone — {name}</source>
            <translation>Кезең — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="42" />
            <source>Partner</source>
            <translation>Серіктес</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="68" />
            <source>Quick milestone</source>
            <translation>Кезеңді жылдам қосу</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="38" />
            <source>Stat&amp;us:</source>
            <translation>М&amp;әртебесі:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="35" />
            <source>What happens or is due</source>
            <translation>Не болады немесе не орындалуы тиіс</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="23" />
            <location filename="../../ui/dialogs/person.py" line="19" />
            <source>&amp;Also known as:</source>
            <translation>&amp;Басқа жазылулары:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="22" />
            <source>&amp;Completed:</source>
            <translation>&amp;Орындалды:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="21" />
            <source>&amp;Country:</source>
            <translation>&amp;Елі:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="16" />
            <source>&amp;Description:</source>
            <translation>Си&amp;паттамасы:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="21" />
            <source>&amp;Due:</source>
            <translation>&amp;Мерзімі:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="26" />
            <source>&amp;Focus area:</source>
            <translation>Басым &amp;бағыт:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="41" />
            <source>&amp;Focus areas:</source>
            <translation>Басым &amp;бағыттар:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="18" />
            <location filename="../../ui/dialogs/partner.py" line="19" />
            <source>&amp;Kind:</source>
            <translation>&amp;Түрі:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="25" />
            <source>&amp;Memorandum:</source>
            <translation>Мемо&amp;рандум:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="14" />
            <location filename="../../ui/dialogs/partner.py" line="16" />
            <source>&amp;Name:</source>
            <translation>&amp;Атауы:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="24" />
            <source>&amp;Notes:</source>
            <translation>&amp;Ескертпелер:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="16" />
            <source>&amp;Organization:</source>
            <translation>&amp;Ұйым:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="15" />
            <location filename="../../ui/dialogs/partner.py" line="22" />
            <source>&amp;Part of:</source>
            <translation>Құ&amp;рамында:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="29" />
            <source>&amp;Parties:</source>
            <translation>Тара&amp;птар:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="29" />
            <source>&amp;Partners:</source>
            <translation>Серік&amp;тестер:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="18" />
            <source>&amp;Phone:</source>
            <translation>&amp;Телефоны:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="25" />
            <location filename="../../ui/dialogs/milestone.py" line="23" />
            <source>&amp;Responsible:</source>
            <translation>&amp;Жауапты тұлға:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="406" />
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="16" />
            <location filename="../../ui/dialogs/milestone.py" line="16" />
            <source>&amp;Title:</source>
            <translation>&amp;Атауы:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="24" />
            <source>&amp;Valid until:</source>
            <translation>Қолданылу &amp;мерзімі:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="215" />
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="394" />
            <source>Discard changes?</source>
            <translation>Өзгерістерден бас тартасыз ба?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="17" />
            <source>E&amp;mail:</source>
            <translation>Эл. &amp;пошта:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="42" />
            <source>Focus area</source>
            <translation>Басым бағыт</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="19" />
            <source>Focus area — {name}</source>
            <translation>Басым бағыт — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="14" />
            <source>Full &amp;name:</source>
            <translation>&amp;Аты-жөні:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="47" />
            <source>Memorandum — {name}</source>
            <translation>Меморандум — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="35" />
            <source>Milestone — {name}</source>
            <translation>Кезең — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="24" />
            <source>N&amp;otes:</source>
            <translation>Ес&amp;кертпелер:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="19" />
            <source>New focus area</source>
            <translation>Жаңа басым бағыт</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="47" />
            <source>New memorandum</source>
            <translation>Жаңа меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="35" />
            <source>New milestone</source>
            <translation>Жаңа кезең</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="27" />
            <source>New partner</source>
            <translation>Жаңа серіктес</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="23" />
            <source>New person</source>
            <translation>Жаңа тұлға</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="305" />
            <source>Not a date: type a year (2026), a month (10.2024) or a day (17.10.2024).</source>
            <translation>Бұл күн емес: жылды (2026), айды (10.2024) немесе күнді (17.10.2024) енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="20" />
            <source>Not&amp;es:</source>
            <translation>&amp;Ескертпелер:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="179" />
            <source>Nothing in the list is called “{text}”: pick a name from the list.</source>
            <translation>Тізімде «{text}» жоқ: тізімнен атауды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="154" />
            <source>One other name or spelling per line</source>
            <translation>Әр жолға бір басқа атау немесе жазылу</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="340" />
            <source>Open it</source>
            <translation>Жазбаны ашу</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="30" />
            <location filename="../../ui/dialogs/milestone.py" line="30" />
            <source>Partner</source>
            <translation>Серіктес</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="27" />
            <source>Partner — {name}</source>
            <translation>Серіктес — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="36" />
            <source>Person</source>
            <translation>Тұлға</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="23" />
            <source>Person — {name}</source>
            <translation>Тұлға — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="231" />
            <source>Pick a day</source>
            <translation>Күнді таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="230" />
            <source>Pick a day from a calendar</source>
            <translation>Күнтізбеден күнді таңдау</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="15" />
            <source>Posi&amp;tion:</source>
            <translation>&amp;Лауазымы:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="236" />
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="219" />
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="105" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Сақтау (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="406" />
            <source>Saving…</source>
            <translation>Сақталуда…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="17" />
            <source>Short na&amp;me:</source>
            <translation>&amp;Қысқаша атауы:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="35" />
            <source>Si&amp;gnatories:</source>
            <translation>Қол &amp;қоюшылар:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="23" />
            <source>Signe&amp;d on:</source>
            <translation>Қол қойылған &amp;күні:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="20" />
            <source>St&amp;art:</source>
            <translation>Баста&amp;луы:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="21" />
            <location filename="../../ui/dialogs/milestone.py" line="18" />
            <source>Stat&amp;us:</source>
            <translation>М&amp;әртебесі:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="26" />
            <source>Su&amp;mmary:</source>
            <translation>Қысқаша ма&amp;змұны:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="95" />
            <source>Type a name or pick from the list</source>
            <translation>Атауын теріңіз немесе тізімнен таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="223" />
            <source>Type a year, a month (10.2024) or a day (17.10.2024), as precisely as it is known.</source>
            <translation>Жылды, айды (10.2024) немесе күнді (17.10.2024) белгілі дәлдікпен енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="395" />
            <source>What you typed in this form is not saved yet. Close it and lose it?</source>
            <translation>Бұл пішінге енгізгеніңіз әлі сақталған жоқ. Оны жауып, енгізгеніңізді жоғалтасыз ба?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="15" />
            <source>e.g. Minister of Health</source>
            <translation>мысалы, денсаулық сақтау министрі</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="261" />
            <source>year, month or day</source>
            <translation>жыл, ай немесе күн</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <location filename="../../ui/views/table_model.py" line="456" />
            <source>known to the month</source>
            <translation>ай дәлдігімен белгілі</translation>
        </message>
        <message>
            <location filename="../../ui/views/table_model.py" line="456" />
            <source>known to the year</source>
            <translation>жыл дәлдігімен белгілі</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="145" />
            <location filename="../../ui/views/table_model.py" line="449" />
            <source>{status} · overdue</source>
            <translation>{status} · мерзімі өткен</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <location filename="../../ui/views/record_view.py" line="378" />
            <source>Delete…</source>
            <translation>Жою…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="372" />
            <source>Edit…</source>
            <translation>Өңдеу…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="123" />
            <source>Export the rows shown to an Excel workbook</source>
            <translation>Көрсетілген жолдарды Excel кітабына экспорттау</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="390" />
            <source>Export the rows shown…</source>
            <translation>Көрсетілген жолдарды экспорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="122" />
            <source>Export…</source>
            <translation>Экспорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="388" />
            <source>New milestone here…</source>
            <translation>Осында жаңа кезең…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="385" />
            <source>New {kind}…</source>
            <translation>Жаңа {kind}…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="369" />
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_layout.py" line="93" />
            <source>Reset columns</source>
            <translation>Бағандарды қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="121" />
            <source>Search</source>
            <translation>Іздеу</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="64" />
            <source>Search focus areas: name, description…</source>
            <translation>Бағыттарды іздеу: атауы, сипаттамасы…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="61" />
            <source>Search memoranda: title, summary, parties, focus areas…</source>
            <translation>Меморандумдарды іздеу: атауы, мазмұны, тараптар, бағыттар…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="60" />
            <source>Search milestones: title, notes, memorandum, partner, person…</source>
            <translation>Кезеңдерді іздеу: атауы, ескертпелер, меморандум, серіктес, тұлға…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="62" />
            <source>Search partners: name, short name, other names, notes…</source>
            <translation>Серіктестерді іздеу: атауы, қысқаша атауы, басқа атаулары, ескертпелер…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="63" />
            <source>Search people: name, other names, position, organization…</source>
            <translation>Тұлғаларды іздеу: аты-жөні, басқа жазылулары, лауазымы, ұйым…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="65" />
            <source>Search sources: title, outlet, address…</source>
            <translation>Дереккөздерді іздеу: атауы, басылым, мекенжайы…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="415" />
            <source>filtered</source>
            <translation>сүзілген</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="413" />
            <source>search “{text}”</source>
            <translation>іздеу «{text}»</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders.py" line="99" />
            <source> days</source>
            <translation> күн</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="158" />
            <source>%n of your milestones are due within {days} days</source>
            <translation>
                <numerusform>Алдағы {days} күнде мерзімі жететін %n кезеңіңіз бар</numerusform>
                <numerusform>Алдағы {days} күнде мерзімі жететін %n кезеңіңіз бар</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="157" />
            <source>%n of your milestones are overdue</source>
            <translation>
                <numerusform>%n кезеңіңіздің мерзімі өтті</numerusform>
                <numerusform>%n кезеңіңіздің мерзімі өтті</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="331" />
            <source>Choose who you are in Preferences › Reminders to see your milestones.</source>
            <translation>Өз кезеңдеріңізді көру үшін «Баптаулар › Еске салғыштар» бөлімінде кім екеніңізді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="209" />
            <source>Due soon</source>
            <translation>Мерзімі жақын</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="94" />
            <source>I am</source>
            <translation>Мен</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="102" />
            <source>I am:</source>
            <translation>Мен:</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="95" />
            <source>No one (no reminders)</source>
            <translation>Ешкім (еске салусыз)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="105" />
            <location filename="../../ui/reminders.py" line="106" />
            <source>On start and once a day while kztracker is open, a notification lists your overdue milestones and those due soon. Nothing runs when it is closed.</source>
            <translation>Іске қосылғанда және kztracker ашық тұрғанда күніне бір рет хабарлама мерзімі өткен және мерзімі жақын кезеңдеріңізді тізеді. Бағдарлама жабық кезде ештеңе іске қосылмайды.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="221" />
            <source>Open this milestone</source>
            <translation>Осы кезеңді ашу</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="209" />
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="153" />
            <source>Overdue: {overdue}; due within {days} days: {soon}</source>
            <translation>Мерзімі өткені: {overdue}; {days} күн ішінде мерзімі жететіні: {soon}</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="103" />
            <source>Remind me of milestones due within:</source>
            <translation>Мерзімі мына аралықтағы кезеңдерді еске салу:</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="90" />
            <source>Reminders</source>
            <translation>Еске салғыштар</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="196" />
            <source>Show all my milestones</source>
            <translation>Барлық кезеңдерімді көрсету</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="183" />
            <source>Your milestones</source>
            <translation>Сіздің кезеңдеріңіз</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="170" />
            <source>and %n more</source>
            <translation>
                <numerusform>тағы %n</numerusform>
                <numerusform>тағы %n</numerusform>
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
            <translation>Төмен немесе Enter — нәтижелерге өту (Enter тағы басылса, жазба ашылады) · Esc — іздеуді тазарту</translation>
        </message>
    </context>
    <context>
        <name>SheetChanges</name>
        <message>
            <location filename="../../ui/sheet_changes.py" line="173" />
            <source>Changed in the database since the export</source>
            <translation>Экспорттан кейін дерекқорда өзгертілген</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="125" />
            <location filename="../../ui/sheet_changes.py" line="126" />
            <source>Changed records: {updated}, new: {created}, removed in the sheet: {removed}, conflicts: {conflicts}. Tick a removed record to delete it, and a conflict's field to take the sheet's value; otherwise the database keeps its own.</source>
            <translation>Өзгертілген жазбалар: {updated}, жаңа: {created}, кестеде жойылған: {removed}, қайшылықтар: {conflicts}. Жойылған жазбаны жою үшін, ал қайшылық өрісін кестедегі мәнді алу үшін белгілеңіз; әйтпесе дерекқор өз мәнін сақтайды.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="63" />
            <source>Changes from an edited export</source>
            <translation>Өңделген экспорттағы өзгерістер</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="233" />
            <source>Changes from “{file}”</source>
            <translation>«{file}» файлындағы өзгерістер</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>In the database</source>
            <translation>Дерекқорда</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>In the sheet</source>
            <translation>Кестеде</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>Record and field</source>
            <translation>Жазба және өріс</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="70" />
            <source>The sheet and the database agree: there is nothing to apply.</source>
            <translation>Кесте мен дерекқор сәйкес келеді: қолданатын ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="167" />
            <source>{field}: conflict, tick to take the sheet's value</source>
            <translation>{field}: қайшылық, кестедегі мәнді алу үшін белгілеңіз</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="139" />
            <source>{sheet}, row {row}: new {kind} “{label}”</source>
            <translation>{sheet}, {row}-жол: жаңа жазба ({kind}) «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="143" />
            <source>{sheet}, row {row}: {kind} “{label}”</source>
            <translation>{sheet}, {row}-жол: {kind} «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="152" />
            <source>{sheet}: {kind} “{label}”: removed in the sheet; tick to delete it</source>
            <translation>{sheet}: {kind} «{label}»: кестеде жойылған; жою үшін белгілеңіз</translation>
        </message>
    </context>
    <context>
        <name>SheetImport</name>
        <message numerus="yes">
            <location filename="../../ui/sheet_import.py" line="162" />
            <source>%n row(s) cannot be used and will be left out:</source>
            <translation>
                <numerusform>%n жолды пайдалану мүмкін емес, ол өткізіліп жіберіледі:</numerusform>
                <numerusform>%n жолды пайдалану мүмкін емес, олар өткізіліп жіберіледі:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="130" />
            <source>Already imported</source>
            <translation>Бұрын импортталған</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="33" />
            <source>Import &amp;spreadsheet…</source>
            <translation>&amp;Кестені импорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="34" />
            <source>Import partners, people, memoranda or milestones from a spreadsheet</source>
            <translation>Серіктестерді, тұлғаларды, меморандумдарды немесе кезеңдерді кестеден импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="44" />
            <source>Import spreadsheet</source>
            <translation>Кестені импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="134" />
            <source>Open the earlier import instead?</source>
            <translation>Оның орнына бұрынғы импортты ашу керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="151" />
            <source>Review spreadsheet import</source>
            <translation>Кесте импортын тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="46" />
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
            <translation>Кестелер (*.xlsx *.xlsm *.xls *.ods *.csv);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="132" />
            <source>These rows were already imported as “{title}”.</source>
            <translation>Бұл жолдар «{title}» ретінде бұрын импортталған.</translation>
        </message>
    </context>
    <context>
        <name>SheetMapping</name>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="147" />
            <source>(do not import)</source>
            <translation>(импорттамау)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="91" />
            <source>(no header)</source>
            <translation>(тақырыбы жоқ)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="165" />
            <source>Choose the column that holds the {field}.</source>
            <translation>«{field}» тұрған бағанды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Header</source>
            <translation>Тақырып</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="67" />
            <source>Import spreadsheet: columns</source>
            <translation>Кестені импорттау: бағандар</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="117" />
            <source>Review</source>
            <translation>Тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="71" />
            <location filename="../../ui/sheet_mapping.py" line="72" />
            <source>Sheet “{sheet}”: {rows} rows. Check what each column holds; the records are shown for review before anything is saved.</source>
            <translation>«{sheet}» парағы, жолдар: {rows}. Әр бағанда не тұрғанын тексеріңіз; жазбалар сақталмас бұрын тексеруге көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="82" />
            <source>The rows are:</source>
            <translation>Жолдар:</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="169" />
            <source>Two columns fill the same field; choose one of them.</source>
            <translation>Екі баған бір өрісті толтырады; біреуін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Values</source>
            <translation>Мәндер</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <location filename="../../ui/user_guide.py" line="49" />
            <source>&amp;User guide</source>
            <translation>&amp;Пайдаланушы нұсқаулығы</translation>
        </message>
        <message>
            <location filename="../../ui/user_guide.py" line="53" />
            <source>How to do the daily tasks, with pictures</source>
            <translation>Күнделікті тапсырмаларды орындау жолы, суреттерімен</translation>
        </message>
        <message>
            <location filename="../../ui/user_guide.py" line="36" />
            <source>User guide</source>
            <translation>Пайдаланушы нұсқаулығы</translation>
        </message>
    </context>
    <context>
        <name>WindowFit</name>
        <message>
            <location filename="../../ui/window_fit.py" line="44" />
            <source>&amp;Detail pane</source>
            <translation>&amp;Мәліметтер панелі</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="93" />
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="92" />
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="93" />
            <source>Redo: {change}</source>
            <translation>Қайталау: {change}</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="47" />
            <source>Show or hide the details beside the table</source>
            <translation>Кесте жанындағы мәліметтерді көрсету немесе жасыру</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="92" />
            <source>Undo: {change}</source>
            <translation>Болдырмау: {change}</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <location filename="../../ui/views/columns.py" line="136" />
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="82" />
            <source>Completed</source>
            <translation>Орындалған күні</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="105" />
            <source>Country</source>
            <translation>Елі</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="122" />
            <source>Description</source>
            <translation>Сипаттамасы</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="72" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="114" />
            <source>Email</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="80" />
            <source>Focus area</source>
            <translation>Басым бағыт</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="91" />
            <source>Focus areas</source>
            <translation>Бағыттар</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="111" />
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="98" />
            <source>How many milestones serve this memorandum</source>
            <translation>Осы меморандумға қатысты кезеңдер саны</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="134" />
            <source>How many records this source supports</source>
            <translation>Осы дереккөз растайтын жазбалар саны</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="87" />
            <location filename="../../ui/views/columns.py" line="104" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="128" />
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="107" />
            <location filename="../../ui/views/columns.py" line="120" />
            <source>Memoranda</source>
            <translation>Меморандумдар</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="73" />
            <source>Memorandum</source>
            <translation>Меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="64" />
            <source>Milestone</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="95" />
            <location filename="../../ui/views/columns.py" line="108" />
            <location filename="../../ui/views/columns.py" line="121" />
            <source>Milestones</source>
            <translation>Кезеңдер</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="102" />
            <location filename="../../ui/views/columns.py" line="118" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="113" />
            <source>Organization</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="126" />
            <source>Outlet</source>
            <translation>Басылым</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="70" />
            <source>Overdue: still open after the last day its due date can mean</source>
            <translation>Мерзімі өткен: кезең мерзімі білдіруі мүмкін соңғы күннен кейін де ашық</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="106" />
            <location filename="../../ui/views/columns.py" line="119" />
            <source>Part of</source>
            <translation>Құрамында</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="90" />
            <source>Parties</source>
            <translation>Тараптар</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="76" />
            <source>Partners</source>
            <translation>Серіктестер</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="115" />
            <source>Phone</source>
            <translation>Телефоны</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="112" />
            <source>Position</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="127" />
            <source>Published</source>
            <translation>Жарияланған күні</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="131" />
            <source>Records</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="81" />
            <location filename="../../ui/views/columns.py" line="92" />
            <source>Responsible</source>
            <translation>Жауапты тұлға</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="103" />
            <source>Short name</source>
            <translation>Қысқа атауы</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="88" />
            <source>Signed</source>
            <translation>Қол қойылған күні</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="67" />
            <location filename="../../ui/views/columns.py" line="86" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="78" />
            <source>The milestone's own partners and the parties of its memorandum</source>
            <translation>Кезеңнің өз серіктестері және оның меморандумының тараптары</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="85" />
            <location filename="../../ui/views/columns.py" line="125" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="89" />
            <source>Valid until</source>
            <translation>Қолданылу мерзімі</translation>
        </message>
    </context>
</TS>
