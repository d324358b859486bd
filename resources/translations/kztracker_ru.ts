<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="138" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="143" />
            <source>&amp;Remove</source>
            <translation>&amp;Убрать</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="141" />
            <source>&amp;Save as…</source>
            <translation>Со&amp;хранить как…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="238" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="147" />
            <source>Attach again a file removed from this record</source>
            <translation>Снова прикрепить файл, убранный из этой записи</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="238" />
            <source>Attach files</source>
            <translation>Прикрепить файлы</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="136" />
            <source>Attach files from this computer (or drop them here)</source>
            <translation>Прикрепить файлы с этого компьютера (или перетащите их сюда)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="65" />
            <location filename="../../ui/attachments.py" line="118" />
            <source>Attached files</source>
            <translation>Прикреплённые файлы</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="75" />
            <location filename="../../ui/attachments.py" line="76" />
            <source>Files are kept in the database, so everyone on a shared server sees them and backups include them; a larger file is refused.</source>
            <translation>Файлы хранятся в базе данных: их видят все, кто работает с общим сервером, и они входят в резервные копии; файл большего размера не принимается.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="417" />
            <source>First page (text)</source>
            <translation>Первая страница (текст)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="73" />
            <source>Largest file to attach:</source>
            <translation>Наибольший размер файла:</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="122" />
            <source>No files yet. Drop files here, or choose Add…</source>
            <translation>Файлов пока нет. Перетащите файлы сюда или нажмите «Добавить…»</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="423" />
            <source>No preview for this kind of file; open it.</source>
            <translation>Для файлов такого типа нет предпросмотра; откройте файл.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="265" />
            <source>No program on this computer opens {name}; use Save as….</source>
            <translation>На этом компьютере нет программы, открывающей {name}; используйте «Сохранить как…».</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="139" />
            <source>Open the file with the program this computer uses for it</source>
            <translation>Открыть файл программой, которую этот компьютер использует для таких файлов</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="167" />
            <location filename="../../ui/attachments.py" line="413" />
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="146" />
            <source>Put &amp;back…</source>
            <translation>Вер&amp;нуть…</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="279" />
            <source>Save a copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="291" />
            <source>Saved as {path}.</source>
            <translation>Сохранено как {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="144" />
            <source>Take the file off this record (it can be put back)</source>
            <translation>Убрать файл из этой записи (его можно вернуть)</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="421" />
            <source>This PDF has no text to preview (a scan?); open it.</source>
            <translation>В этом PDF нет текста для предпросмотра (скан?); откройте его.</translation>
        </message>
        <message>
            <location filename="../../ui/attachments.py" line="365" />
            <source>{name} (removed {date})</source>
            <translation>{name} (убран {date})</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../ui/charts.py" line="40" />
            <source>Nothing to show yet</source>
            <translation>Пока нечего показать</translation>
        </message>
        <message>
            <location filename="../../ui/charts.py" line="157" />
            <source>{label}: {count} ({percent}%)</source>
            <translation>{label}: {count} ({percent} %)</translation>
        </message>
    </context>
    <context>
        <name>BulkChange</name>
        <message>
            <location filename="../../ui/dialogs/bulk_change.py" line="68" />
            <source>&amp;Change</source>
            <translation>&amp;Изменить</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bulk_change.py" line="39" />
            <source>Change selected milestones</source>
            <translation>Изменить выбранные этапы</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bulk_change.py" line="59" />
            <location filename="../../ui/dialogs/bulk_change.py" line="60" />
            <source>Milestones selected: {count}. Tick what to change; the rest stays as each has it.</source>
            <translation>Выбрано этапов: {count}. Отметьте, что изменить; остальное у каждого останется как есть.</translation>
        </message>
    </context>
    <context>
        <name>CalendarAction</name>
        <message>
            <location filename="../../ui/calendar_action.py" line="33" />
            <location filename="../../ui/calendar_action.py" line="75" />
            <source>Export calendar</source>
            <translation>Экспорт календаря</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="89" />
            <location filename="../../ui/calendar_action.py" line="90" />
            <source>Import it into Outlook or Google Calendar; importing a newer export updates the events instead of adding them twice.</source>
            <translation>Импортируйте его в Outlook или Google Календарь; импорт более нового экспорта обновит события, а не добавит их повторно.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="94" />
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="85" />
            <source>The calendar is saved as {name}.</source>
            <translation>Календарь сохранён как {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="108" />
            <source>The calendar was not saved.</source>
            <translation>Календарь не сохранён.</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_action.py" line="35" />
            <source>iCalendar file (*.ics)</source>
            <translation>Файл iCalendar (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="114" />
            <source>&amp;Overwrite with mine</source>
            <translation>&amp;Записать мои значения</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="109" />
            <source>&amp;Reload theirs</source>
            <translation>За&amp;грузить их версию</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="88" />
            <location filename="../../ui/dialogs/conflict.py" line="89" />
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="60" />
            <source>Changed by someone else</source>
            <translation>Изменено другим пользователем</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="111" />
            <source>Drop your changes and show the record as now saved</source>
            <translation>Отказаться от своих изменений и показать запись в сохранённом виде</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="116" />
            <source>Save your values over theirs</source>
            <translation>Сохранить ваши значения поверх их значений</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="72" />
            <source>Someone else saved this {kind} after you opened it.</source>
            <translation>Кто-то другой сохранил эту запись ({kind}) после того, как вы её открыли.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Their value</source>
            <translation>Их значение</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="65" />
            <source>These fields now hold their values; yours differ:</source>
            <translation>В этих полях теперь их значения; ваши отличаются:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="67" />
            <location filename="../../ui/dialogs/conflict.py" line="68" />
            <source>They changed other fields than you did. Overwriting saves your changes and keeps theirs.</source>
            <translation>Они изменили другие поля, чем вы. При перезаписи сохранятся и ваши, и их изменения.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/conflict.py" line="78" />
            <source>Your value</source>
            <translation>Ваше значение</translation>
        </message>
    </context>
    <context>
        <name>ConnectionForm</name>
        <message>
            <location filename="../../ui/connection_dialog.py" line="282" />
            <source>&amp;Connect</source>
            <translation>&amp;Подключиться</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="116" />
            <source>&amp;Database:</source>
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="122" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="295" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="299" />
            <source>&amp;Quit</source>
            <translation>&amp;Выйти</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="113" />
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="93" />
            <source>&amp;Test connection</source>
            <translation>&amp;Проверить подключение</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="117" />
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="319" />
            <source>Cannot connect yet: {problem}.</source>
            <translation>Подключиться пока нельзя: {problem}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="203" />
            <source>Cannot test yet: {problem}.</source>
            <translation>Проверить пока нельзя: {problem}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="211" />
            <source>Connected.</source>
            <translation>Подключено.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="208" />
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="268" />
            <source>Correct the server's details, test them, and connect:</source>
            <translation>Исправьте данные сервера, проверьте их и подключитесь:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="181" />
            <source>From {pgpass}</source>
            <translation>Из {pgpass}</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="187" />
            <source>Not kept: {reason}. Put it in {pgpass}, or type it at each start.</source>
            <translation>Не сохраняется: {reason}. Укажите его в {pgpass} или вводите при каждом запуске.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="289" />
            <source>Open the &amp;local database</source>
            <translation>Открыть &amp;локальную базу</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="109" />
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="88" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="125" />
            <source>SS&amp;L:</source>
            <translation>SS&amp;L:</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="176" />
            <source>Saved; type a new one to replace it</source>
            <translation>Сохранён; введите новый, чтобы заменить</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="292" />
            <source>The file in your user data folder, for this run</source>
            <translation>Файл в вашей папке данных, только для этого запуска</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="182" />
            <source>The password comes from libpq's password file, {pgpass}.</source>
            <translation>Пароль берётся из файла паролей libpq, {pgpass}.</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="177" />
            <source>The password is kept in the system keyring ({keyring}).</source>
            <translation>Пароль хранится в системном хранилище паролей ({keyring}).</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="192" />
            <source>The password will be kept in the system keyring ({keyring}).</source>
            <translation>Пароль будет храниться в системном хранилище паролей ({keyring}).</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="221" />
            <source>The test failed: {error}</source>
            <translation>Проверка не удалась: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="282" />
            <source>Try &amp;again</source>
            <translation>Попробовать &amp;снова</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="59" />
            <source>allow: encrypt if the server insists</source>
            <translation>allow: шифровать, если требует сервер</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="78" />
            <source>db.example.kz or 10.0.0.5</source>
            <translation>db.example.kz или 10.0.0.5</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="58" />
            <source>disable: never encrypt</source>
            <translation>disable: никогда не шифровать</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="247" />
            <source>kztracker cannot open its database</source>
            <translation>kztracker не может открыть базу данных</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="60" />
            <source>prefer: encrypt when the server can</source>
            <translation>prefer: шифровать, когда сервер может</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="61" />
            <source>require: always encrypt</source>
            <translation>require: всегда шифровать</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="62" />
            <source>verify-ca: encrypt, check the server's certificate</source>
            <translation>verify-ca: шифровать, проверять сертификат сервера</translation>
        </message>
        <message>
            <location filename="../../ui/connection_dialog.py" line="63" />
            <source>verify-full: encrypt, check the certificate and the name</source>
            <translation>verify-full: шифровать, проверять сертификат и имя</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message numerus="yes">
            <location filename="../../ui/dashboard.py" line="311" />
            <source>%n other areas</source>
            <translation>
                <numerusform>ещё %n направление</numerusform>
                <numerusform>ещё %n направления</numerusform>
                <numerusform>ещё %n направлений</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="159" />
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="152" />
            <source>Due in the next 30 days</source>
            <translation>Срок в ближайшие 30 дней</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="131" />
            <location filename="../../ui/dashboard.py" line="135" />
            <source>Due {date}</source>
            <translation>Срок: {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="147" />
            <source>Memoranda by status</source>
            <translation>Меморандумы по статусам</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="153" />
            <source>Memoranda near the end of their validity</source>
            <translation>Меморандумы с истекающим сроком действия</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="149" />
            <source>Milestones by focus area</source>
            <translation>Этапы по приоритетным направлениям</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="148" />
            <source>Milestones by status</source>
            <translation>Этапы по статусам</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="306" />
            <source>No focus area</source>
            <translation>Без приоритетного направления</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="140" />
            <source>No memorandum reaches the end of its validity in the next 90 days.</source>
            <translation>В ближайшие 90 дней срок действия ни одного меморандума не истекает.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="135" />
            <source>Nothing is due in the next 30 days.</source>
            <translation>В ближайшие 30 дней сроков нет.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="131" />
            <source>Nothing is overdue.</source>
            <translation>Просроченных нет.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="151" />
            <source>Overdue milestones</source>
            <translation>Просроченные этапы</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="249" />
            <source>Today is {date}</source>
            <translation>Сегодня {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="139" />
            <source>Valid until {date}</source>
            <translation>Действует до {date}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="271" />
            <source>{count} in all</source>
            <translation>Всего: {count}</translation>
        </message>
    </context>
    <context>
        <name>DeleteConfirmation</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="59" />
            <source>%n focus area(s)</source>
            <translation>
                <numerusform>%n приоритетное направление</numerusform>
                <numerusform>%n приоритетных направления</numerusform>
                <numerusform>%n приоритетных направлений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="60" />
            <source>%n memorandum(s)</source>
            <translation>
                <numerusform>%n меморандум</numerusform>
                <numerusform>%n меморандума</numerusform>
                <numerusform>%n меморандумов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="61" />
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n этап</numerusform>
                <numerusform>%n этапа</numerusform>
                <numerusform>%n этапов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="63" />
            <source>%n other spelling(s)</source>
            <translation>
                <numerusform>%n другое написание</numerusform>
                <numerusform>%n других написания</numerusform>
                <numerusform>%n других написаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="57" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n партнёр</numerusform>
                <numerusform>%n партнёра</numerusform>
                <numerusform>%n партнёров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="58" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n лицо</numerusform>
                <numerusform>%n лица</numerusform>
                <numerusform>%n лиц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/delete.py" line="62" />
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n источник</numerusform>
                <numerusform>%n источника</numerusform>
                <numerusform>%n источников</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="130" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="35" />
            <source>Alias</source>
            <translation>Другое написание</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="101" />
            <source>Delete {kind}</source>
            <translation>Удаление: {kind}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="104" />
            <source>Delete “{label}”?</source>
            <translation>Удалить «{label}»?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="117" />
            <source>Deleted with it</source>
            <translation>Удаляется вместе с записью</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="85" />
            <source>Deleting “{label}” also deletes {deleted} and unlinks {unlinked}, which stay.</source>
            <translation>При удалении «{label}» также удаляются: {deleted}; сохраняются, но теряют связь: {unlinked}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="87" />
            <source>Deleting “{label}” also deletes {deleted}.</source>
            <translation>При удалении «{label}» также удаляются: {deleted}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="91" />
            <source>Deleting “{label}” touches no other record.</source>
            <translation>Удаление «{label}» не затрагивает другие записи.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="89" />
            <source>Deleting “{label}” unlinks {unlinked}, which stay.</source>
            <translation>При удалении «{label}» сохраняются, но теряют связь: {unlinked}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="109" />
            <source>Edit ▸ Undo ({keys}) brings it all back.</source>
            <translation>Правка ▸ Отменить ({keys}) вернёт всё обратно.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="118" />
            <source>Kept, but no longer linked to it</source>
            <translation>Сохраняется, но больше не связано с записью</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Link</source>
            <translation>Связь</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="114" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="54" />
            <source>alias</source>
            <translation>другое написание</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="53" />
            <source>cites it</source>
            <translation>ссылается на запись</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="50" />
            <source>focus area</source>
            <translation>приоритетное направление</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="52" />
            <source>memorandum</source>
            <translation>меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="46" />
            <source>organization</source>
            <translation>организация</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="51" />
            <source>parent area</source>
            <translation>вышестоящее направление</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="47" />
            <source>parent organization</source>
            <translation>вышестоящая организация</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="45" />
            <source>party</source>
            <translation>сторона</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="49" />
            <source>responsible person</source>
            <translation>ответственное лицо</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="48" />
            <source>signatory</source>
            <translation>подписант</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/delete.py" line="74" />
            <source>{items} and {last}</source>
            <translation>{items} и {last}</translation>
        </message>
    </context>
    <context>
        <name>DeletedRecords</name>
        <message>
            <location filename="../../ui/deleted_records.py" line="96" />
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="84" />
            <source>Deleted records</source>
            <translation>Удалённые записи</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="48" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="137" />
            <source>Not brought back: {items}.</source>
            <translation>Не восстановлено: {items}.</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="117" />
            <source>Nothing has been deleted, or all of it is back.</source>
            <translation>Ничего не удалялось, или всё уже восстановлено.</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="142" />
            <source>Restore</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <location filename="../../ui/deleted_records.py" line="135" />
            <source>“{name}” is back.</source>
            <translation>«{name}» восстановлено.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../ui/detail_pane.py" line="109" />
            <source>&amp;Details</source>
            <translation>&amp;Сведения</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="146" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="282" />
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="168" />
            <source>Deletes what it created and removes the links and aliases it added.</source>
            <translation>Удаляет созданные им записи и убирает добавленные им связи и другие написания.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="102" />
            <source>Details</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="115" />
            <location filename="../../ui/detail_pane.py" line="279" />
            <source>Fi&amp;les</source>
            <translation>Фай&amp;лы</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail_pane.py" line="145" />
            <location filename="../../ui/detail_pane.py" line="279" />
            <source>Fi&amp;les (%n)</source>
            <translation>
                <numerusform>Фай&amp;лы (%n)</numerusform>
                <numerusform>Фай&amp;лы (%n)</numerusform>
                <numerusform>Фай&amp;лы (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="110" />
            <source>Histor&amp;y</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="104" />
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="267" />
            <source>No changes have been recorded for this record.</source>
            <translation>Изменений этой записи не зафиксировано.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="171" />
            <source>Remove this import…</source>
            <translation>Отменить этот импорт…</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="73" />
            <source>Select a record to see its details.</source>
            <translation>Выберите запись, чтобы увидеть сведения о ней.</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="273" />
            <source>The history cannot be shown: {error}</source>
            <translation>Не удаётся показать историю: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/detail_pane.py" line="318" />
            <source>This record was deleted.</source>
            <translation>Эта запись удалена.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail_html.py" line="166" />
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail_html.py" line="205" />
            <source>due {date}</source>
            <translation>срок {date}</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../../ui/editing.py" line="421" />
            <source>&amp;Delete anyway</source>
            <translation>Всё равно &amp;удалить</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="288" />
            <source>Change</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="118" />
            <source>Delete {kind} “{label}”</source>
            <translation>Удаление: {kind} «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="57" />
            <source>Edit {kind} “{label}”</source>
            <translation>Изменение: {kind} «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="277" />
            <source>Mark done</source>
            <translation>Отметить выполненным</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="118" />
            <source>New {kind} “{label}”</source>
            <translation>Создание: {kind} «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="397" />
            <source>Restored, with a few things left out</source>
            <translation>Восстановлено не полностью</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="398" />
            <source>The {kind} “{label}” is back. Not brought back:</source>
            <translation>Запись «{label}» ({kind}) восстановлена. Не удалось вернуть:</translation>
        </message>
        <message>
            <location filename="../../ui/editing.py" line="418" />
            <source>Undoing now would delete it with their changes.</source>
            <translation>Если отменить сейчас, запись будет удалена вместе с их изменениями.</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../ui/views/empty_state.py" line="60" />
            <location filename="../../ui/views/empty_state.py" line="61" />
            <source>Each announcement you import (File › Import announcements…, Ctrl+I) becomes a source.</source>
            <translation>Каждое импортированное сообщение (Файл › Импорт сообщений…, Ctrl+I) становится источником.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="46" />
            <source>Esc in the search box clears it.</source>
            <translation>Esc в поле поиска очищает его.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="51" />
            <source>Esc in the search box clears the search; Clear filters shows every record.</source>
            <translation>Esc в поле поиска очищает поиск; «Сбросить фильтры» показывает все записи.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="69" />
            <location filename="../../ui/views/empty_state.py" line="70" />
            <source>New… (Ctrl+N) adds a record; File › Import announcements… (Ctrl+I) reads them from an announcement.</source>
            <translation>«Создать…» (Ctrl+N) добавляет запись; Файл › Импорт сообщений… (Ctrl+I) берёт записи из сообщения.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="59" />
            <source>No sources yet.</source>
            <translation>Источников пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="68" />
            <source>Nothing here yet.</source>
            <translation>Записей пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="50" />
            <source>Nothing matches the search or the filters.</source>
            <translation>Ничего не найдено по запросу и фильтрам.</translation>
        </message>
        <message>
            <location filename="../../ui/views/empty_state.py" line="46" />
            <source>Nothing matches the search.</source>
            <translation>Ничего не найдено по запросу.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../ui/error_dialog.py" line="108" />
            <location filename="../../ui/error_dialog.py" line="138" />
            <source>&amp;Copy details</source>
            <translation>&amp;Копировать подробности</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="206" />
            <source>Another program has kept the database file {file} locked for too long.</source>
            <translation>Другая программа слишком долго держит файл базы данных {file} заблокированным.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="135" />
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="224" />
            <location filename="../../ui/error_dialog.py" line="225" />
            <source>Nothing was saved yet, and what you entered is kept: put the file back where it was and try again, or open it where it is now (File &gt; Open database).</source>
            <translation>Ничего ещё не сохранено, а введённое вами не потеряно: верните файл на прежнее место и попробуйте снова или откройте его там, где он теперь (Файл &gt; Открыть базу данных).</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="211" />
            <location filename="../../ui/error_dialog.py" line="212" />
            <source>Nothing was saved yet, and what you entered is kept: try again once the other program is done (an import running elsewhere, or a database tool left open).</source>
            <translation>Ничего ещё не сохранено, а введённое вами не потеряно: попробуйте снова, когда другая программа закончит работу (импорт, запущенный в другом месте, или оставленная открытой программа для работы с базами данных).</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="237" />
            <location filename="../../ui/error_dialog.py" line="238" />
            <source>Nothing was saved yet, and what you entered is kept: try again once the server or the network is back. ({reason})</source>
            <translation>Ничего ещё не сохранено, а введённое вами не потеряно: попробуйте снова, когда сервер или сеть вернутся. ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="113" />
            <source>Open log &amp;folder</source>
            <translation>Открыть &amp;папку журнала</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="161" />
            <source>Something unexpected went wrong: {error}</source>
            <translation>Произошла непредвиденная ошибка: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="232" />
            <source>The connection to the database server {server} was lost.</source>
            <translation>Соединение с сервером базы данных {server} потеряно.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="219" />
            <source>The database file {file} was deleted, moved or replaced while it was open.</source>
            <translation>Файл базы данных {file} был удалён, перемещён или заменён, пока был открыт.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="91" />
            <source>The details are in the log file:</source>
            <translation>Подробности записаны в журнал:</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="110" />
            <source>The error's details, versions and platform, to paste</source>
            <translation>Подробности ошибки, версии и платформа — чтобы вставить в письмо</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="99" />
            <location filename="../../ui/error_dialog.py" line="100" />
            <source>Your work up to the last save is kept. If this happens again, send the details to whoever supports kztracker for you.</source>
            <translation>Всё сохранённое до этого момента цело. Если это повторится, отправьте подробности тому, кто поддерживает kztracker у вас.</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="230" />
            <source>kztracker: connection lost</source>
            <translation>kztracker: соединение потеряно</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="204" />
            <source>kztracker: database busy</source>
            <translation>kztracker: база данных занята</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="217" />
            <source>kztracker: database file missing</source>
            <translation>kztracker: файл базы данных не найден</translation>
        </message>
        <message>
            <location filename="../../ui/error_dialog.py" line="77" />
            <source>kztracker: something went wrong</source>
            <translation>kztracker: произошла ошибка</translation>
        </message>
    </context>
    <context>
        <name>ExportAction</name>
        <message>
            <location filename="../../ui/export_action.py" line="100" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="69" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="69" />
            <location filename="../../ui/export_action.py" line="101" />
            <location filename="../../ui/export_action.py" line="167" />
            <location filename="../../ui/export_action.py" line="189" />
            <location filename="../../ui/export_action.py" line="201" />
            <source>Export to Excel</source>
            <translation>Экспорт в Excel</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="202" />
            <source>No program could open {path}.</source>
            <translation>Ни одна программа не смогла открыть {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="170" />
            <source>Open file</source>
            <translation>Открыть файл</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="171" />
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="100" />
            <source>Preparing the export…</source>
            <translation>Подготовка экспорта…</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="168" />
            <source>The workbook is saved as {name}.</source>
            <translation>Книга сохранена как {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="190" />
            <source>The workbook was not saved.</source>
            <translation>Книга не сохранена.</translation>
        </message>
        <message>
            <location filename="../../ui/export_action.py" line="152" />
            <source>Writing rows: {done} of {total}</source>
            <translation>Запись строк: {done} из {total}</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="153" />
            <source>Any focus area</source>
            <translation>Любое направление</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="151" />
            <source>Any memorandum</source>
            <translation>Любой меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="152" />
            <source>Any partner</source>
            <translation>Любой партнёр</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="143" />
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="154" />
            <source>Anyone responsible</source>
            <translation>Любой ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="199" />
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="155" />
            <source>Due any time</source>
            <translation>Срок: любой</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="170" />
            <source>Due before today</source>
            <translation>Срок: до сегодняшнего дня</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="176" />
            <source>Due between…</source>
            <translation>Срок: в интервале…</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="186" />
            <source>Due from</source>
            <translation>Срок с</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="171" />
            <source>Due in the next 30 days</source>
            <translation>Срок в ближайшие 30 дней</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="173" />
            <source>Due next month</source>
            <translation>Срок: в следующем месяце</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="175" />
            <source>Due next year</source>
            <translation>Срок: в следующем году</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="172" />
            <source>Due this month</source>
            <translation>Срок: в этом месяце</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="174" />
            <source>Due this year</source>
            <translation>Срок: в этом году</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="187" />
            <source>Due until</source>
            <translation>Срок по</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="145" />
            <source>Open (planned or in progress)</source>
            <translation>Открытые (запланированные или выполняемые)</translation>
        </message>
        <message>
            <location filename="../../ui/views/filter_bar.py" line="200" />
            <source>Show every record again</source>
            <translation>Снова показать все записи</translation>
        </message>
    </context>
    <context>
        <name>ImportAction</name>
        <message>
            <location filename="../../ui/import_action.py" line="121" />
            <source>Already imported</source>
            <translation>Уже импортировано</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="154" />
            <source>Import pasted text</source>
            <translation>Импорт вставленного текста</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="127" />
            <source>Open the earlier source instead?</source>
            <translation>Открыть вместо этого ранее импортированный источник?</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="157" />
            <source>Paste the announcement's text here.</source>
            <translation>Вставьте сюда текст сообщения.</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="163" />
            <source>Review</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="171" />
            <source>The proposals are shown for review before anything is saved.</source>
            <translation>Предложения показываются для проверки до того, как что-либо будет сохранено.</translation>
        </message>
        <message>
            <location filename="../../ui/import_action.py" line="123" />
            <source>This text was already imported as “{title}” {when}.</source>
            <translation>Этот текст уже импортирован как «{title}» {when}.</translation>
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
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="71" />
            <location filename="../../ui/import_fields.py" line="76" />
            <source>Aliases</source>
            <translation>Другие написания</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="141" />
            <source>Aliases it records</source>
            <translation>Новые варианты написания</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="480" />
            <source>Already imported</source>
            <translation>Уже импортировано</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="123" />
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="384" />
            <source>Close without importing? Your changes to the proposals are lost.</source>
            <translation>Закрыть без импорта? Ваши правки предложений будут потеряны.</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="68" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="41" />
            <source>DD.MM.YYYY, MM.YYYY or YYYY</source>
            <translation>ДД.ММ.ГГГГ, ММ.ГГГГ или ГГГГ</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="87" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="425" />
            <location filename="../../ui/import_review.py" line="426" />
            <source>Dates read again against {date}: {count} proposals changed; your edits are kept.</source>
            <translation>Даты прочитаны заново от {date}: изменено предложений — {count}; ваши правки сохранены.</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="59" />
            <source>Existing record</source>
            <translation>Существующая запись</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="84" />
            <source>Focus areas</source>
            <translation>Приоритетные направления</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="106" />
            <location filename="../../ui/import_review.py" line="107" />
            <source>Keys: A link, M merge (link and remember the spelling), C create, S skip, Ctrl+Enter apply.</source>
            <translation>Клавиши: A — связать, M — объединить (связать и запомнить написание), C — создать, S — пропустить, Ctrl+Enter — применить.</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="67" />
            <location filename="../../ui/import_fields.py" line="79" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Link</source>
            <translation>Связать</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="171" />
            <source>Link to</source>
            <translation>Связать с</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="90" />
            <source>Memorandum</source>
            <translation>Меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="123" />
            <source>Merge</source>
            <translation>Объединить</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="166" />
            <source>Merge: remember this spelling as an alias</source>
            <translation>Объединить: запомнить это написание как вариант</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="168" />
            <location filename="../../ui/import_review.py" line="231" />
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="169" />
            <source>Names separated by semicolons</source>
            <translation>Имена через точку с запятой</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="161" />
            <source>No memorandum</source>
            <translation>Без меморандума</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="481" />
            <source>Open the earlier source?</source>
            <translation>Открыть ранее импортированный источник?</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="75" />
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="70" />
            <source>Part of</source>
            <translation>Входит в</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="82" />
            <source>Parties</source>
            <translation>Стороны</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="89" />
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="74" />
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="59" />
            <source>Proposal</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <location filename="../../ui/import_published.py" line="49" />
            <source>Published on</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="399" />
            <source>Reading the dates again…</source>
            <translation>Даты читаются заново…</translation>
        </message>
        <message>
            <location filename="../../ui/import_published.py" line="46" />
            <source>Relative dates in the text (yesterday, next year) are read against this date</source>
            <translation>Относительные даты в тексте («вчера», «в следующем году») отсчитываются от этой даты</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="244" />
            <location filename="../../ui/import_published.py" line="66" />
            <location filename="../../ui/import_review.py" line="79" />
            <location filename="../../ui/import_review.py" line="383" />
            <source>Review import</source>
            <translation>Проверка импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="156" />
            <source>Selected proposal</source>
            <translation>Выбранное предложение</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="69" />
            <source>Short name</source>
            <translation>Краткое наименование</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="83" />
            <source>Signatories</source>
            <translation>Подписанты</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="80" />
            <source>Signed on</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="38" />
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="88" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="158" />
            <source>The memorandum this milestone serves; empty for none</source>
            <translation>Меморандум, к которому относится этап; пусто — ни к какому</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="231" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/import_targets.py" line="35" />
            <source>Type to search existing records</source>
            <translation>Введите текст для поиска среди записей</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="81" />
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="126" />
            <source>Write the records (Ctrl+Enter)</source>
            <translation>Записать (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="160" />
            <source>closest: {name} ({score})</source>
            <translation>ближайшее: {name} ({score})</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="154" />
            <source>for {memorandum}</source>
            <translation>для «{memorandum}»</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="147" />
            <source>new</source>
            <translation>новая запись</translation>
        </message>
        <message>
            <location filename="../../ui/import_proposals.py" line="147" />
            <source>new, under {parent}</source>
            <translation>новая запись, в составе: {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="427" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location filename="../../ui/import_fields.py" line="183" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../ui/import_review.py" line="187" />
            <location filename="../../ui/import_review.py" line="188" />
            <source>{link} to link, {create} to create, {skip} skipped. Nothing is saved until you apply.</source>
            <translation>Связать: {link}, создать: {create}, пропустить: {skip}. Ничего не сохраняется, пока вы не нажмёте «Применить».</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../../ui/import_summary.py" line="104" />
            <source>Aliases learned</source>
            <translation>Запомненные написания</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="89" />
            <source>Created ({count})</source>
            <translation>Создано ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="53" />
            <source>Edit &gt; Undo, or Remove this import, takes the whole import back.</source>
            <translation>Правка &gt; Отменить или «Отменить этот импорт» отменяет весь импорт целиком.</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="43" />
            <source>Import applied</source>
            <translation>Импорт выполнен</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="46" />
            <source>Imported “{title}”. Click a record to open it.</source>
            <translation>Импортировано «{title}». Нажмите на запись, чтобы открыть её.</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="90" />
            <source>Linked to ({count})</source>
            <translation>Связано с существующими ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="57" />
            <source>Remove this import…</source>
            <translation>Отменить этот импорт…</translation>
        </message>
        <message>
            <location filename="../../ui/import_summary.py" line="94" />
            <source>none</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message>
            <location filename="../../ui/import_undo.py" line="117" />
            <source>Import removed</source>
            <translation>Импорт отменён</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="32" />
            <source>Import “{title}”</source>
            <translation>Импорт «{title}»</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="80" />
            <source>Remove</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="67" />
            <source>Remove the import “{title}”?</source>
            <translation>Отменить импорт «{title}»?</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="66" />
            <source>Remove this import</source>
            <translation>Отмена импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="118" />
            <source>The import is removed. Kept because they were used or changed since:</source>
            <translation>Импорт отменён. Оставлено, потому что с тех пор использовалось или изменялось:</translation>
        </message>
        <message>
            <location filename="../../ui/import_undo.py" line="69" />
            <location filename="../../ui/import_undo.py" line="70" />
            <source>The source and the {created} records it created are deleted; the links and {aliases} aliases it added to {linked} existing records are removed. What was changed since stays. The history keeps all of it.</source>
            <translation>Источник и созданные им записи ({created}) удаляются; добавленные им связи и другие написания ({aliases}) у существующих записей ({linked}) убираются. То, что изменено с тех пор, остаётся. История сохраняет всё.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/i18n.py" line="137" />
            <source>As the system ({language})</source>
            <translation>Как в системе ({language})</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="154" />
            <location filename="../../ui/preferences.py" line="210" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="141" />
            <source>The language of the window and of the workbooks it exports</source>
            <translation>Язык окна и экспортируемых книг Excel</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="155" />
            <source>The window will use the new language the next time kztracker starts.</source>
            <translation>Новый язык будет применён при следующем запуске kztracker.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/window_actions.py" line="188" />
            <source>&amp;About kztracker</source>
            <translation>&amp;О программе kztracker</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="140" />
            <source>&amp;Backup…</source>
            <translation>&amp;Резервная копия…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="167" />
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="221" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="160" />
            <source>&amp;Edit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="133" />
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Экспорт в Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="206" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="180" />
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="237" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="120" />
            <source>&amp;Import announcements…</source>
            <translation>&amp;Импорт сообщений…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="196" />
            <source>&amp;My milestones</source>
            <translation>&amp;Мои этапы</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="152" />
            <source>&amp;New…</source>
            <translation>&amp;Создать…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="146" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="174" />
            <source>&amp;Quick milestone…</source>
            <translation>&amp;Быстро добавить этап…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="148" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="104" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="101" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="231" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="22" />
            <location filename="../../ui/about_box.py" line="23" />
            <source>&lt;p&gt;&lt;b&gt;kztracker&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Memoranda, partners, people, focus areas and milestones of Kazakhstan's international partnerships, in one place.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;kztracker&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Меморандумы, партнёры, лица, приоритетные направления и этапы международного сотрудничества Казахстана — в одном месте.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="26" />
            <source>&lt;p&gt;Version {version}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Версия {version}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="19" />
            <source>About kztracker</source>
            <translation>О программе kztracker</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="177" />
            <source>Add a milestone, prefilled from the selected record</source>
            <translation>Добавить этап, заполненный по выбранной записи</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="375" />
            <source>Announcements (*.txt *.html *.htm *.docx *.pdf);;All files (*)</source>
            <translation>Сообщения (*.txt *.html *.htm *.docx *.pdf);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="30" />
            <source>Backup saved: {path}</source>
            <translation>Резервная копия сохранена: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="155" />
            <source>Create a record of the kind shown</source>
            <translation>Создать запись показанного вида</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="32" />
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="170" />
            <source>Delete the selected record (asks first)</source>
            <translation>Удалить выбранную запись (с подтверждением)</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="163" />
            <source>Edit the selected record</source>
            <translation>Изменить выбранную запись</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="190" />
            <source>Export &amp;calendar…</source>
            <translation>Экспорт &amp;календаря…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="136" />
            <source>Export the whole database to an Excel workbook</source>
            <translation>Экспортировать всю базу данных в книгу Excel</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="127" />
            <source>Import &amp;pasted text…</source>
            <translation>Импорт вст&amp;авленного текста…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="130" />
            <source>Import an announcement pasted from the clipboard</source>
            <translation>Импортировать сообщение, вставленное из буфера обмена</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>Import announcements</source>
            <translation>Импорт сообщений</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="123" />
            <source>Import announcements from files (text, web pages, Word, PDF)</source>
            <translation>Импортировать сообщения из файлов (текст, веб-страницы, Word, PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/about_box.py" line="32" />
            <source>Its licence and those of the libraries it is built on are in the details.</source>
            <translation>Лицензия программы и лицензии библиотек, на которых она построена, — в подробностях.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="349" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="243" />
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="225" />
            <source>New &amp;record</source>
            <translation>Новая &amp;запись</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="113" />
            <source>New {kind}…</source>
            <translation>Создать: {kind}…</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="40" />
            <source>Read-only</source>
            <translation>Только чтение</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="23" />
            <source>Save a backup in</source>
            <translation>Сохранить резервную копию в</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="143" />
            <source>Save a copy of the database to a folder you choose</source>
            <translation>Сохранить копию базы данных в выбранную папку</translation>
        </message>
        <message>
            <location filename="../../ui/backup_action.py" line="32" />
            <source>Saving a backup…</source>
            <translation>Сохранение резервной копии…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="132" />
            <source>Something unexpected went wrong while opening the database: {error}</source>
            <translation>При открытии базы данных произошла непредвиденная ошибка: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="115" />
            <source>The daily backup failed: {error}</source>
            <translation>Ежедневное резервное копирование не удалось: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="34" />
            <source>The database in use</source>
            <translation>Используемая база данных</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="95" />
            <source>The database is damaged</source>
            <translation>База данных повреждена</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="199" />
            <source>The open milestones you are responsible for (who you are: Preferences)</source>
            <translation>Открытые этапы, за которые вы отвечаете (кто вы — в настройках)</translation>
        </message>
        <message>
            <location filename="../../ui/database_status.py" line="43" />
            <location filename="../../ui/database_status.py" line="44" />
            <source>This database can only be read here: the file or its folder may not be written. Copy it to a folder you may write to, or ask for access.</source>
            <translation>Эту базу данных здесь можно только читать: в файл или его папку нельзя записывать. Скопируйте её в папку, доступную для записи, или запросите доступ.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>This database is read-only here: nothing can be changed.</source>
            <translation>Эта база данных здесь доступна только для чтения: изменить ничего нельзя.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="92" />
            <source>Views</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>Working</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <location filename="../../ui/window_actions.py" line="193" />
            <source>Write the milestones to a calendar file (.ics) for Outlook or Google Calendar</source>
            <translation>Записать этапы в файл календаря (.ics) для Outlook или Google Календаря</translation>
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
            <translation>Показано {shown} из {total} ({name})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="215" />
            <source>{title} (read-only)</source>
            <translation>{title} (только чтение)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="354" />
            <source>{total} {name}</source>
            <translation>Записей: {total} ({name})</translation>
        </message>
    </context>
    <context>
        <name>MilestoneActions</name>
        <message>
            <location filename="../../ui/milestone_actions.py" line="77" />
            <source>C&amp;hange selected milestones…</source>
            <translation>&amp;Изменить выбранные этапы…</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="71" />
            <source>Mark &amp;done</source>
            <translation>Отметить &amp;выполненным</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="128" />
            <location filename="../../ui/milestone_actions.py" line="162" />
            <location filename="../../ui/milestone_actions.py" line="207" />
            <source>Mark done</source>
            <translation>Отметить выполненным</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="164" />
            <source>Set the selected milestone to Done, completed today</source>
            <translation>Отметить выбранный этап выполненным сегодняшним числом</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="74" />
            <source>Set the selected milestones to Done, completed today</source>
            <translation>Отметить выбранные этапы выполненными сегодняшним числом</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="80" />
            <source>Set the status, responsible person, due date or memorandum of all selected</source>
            <translation>Задать статус, ответственного, срок или меморандум всем выбранным</translation>
        </message>
        <message>
            <location filename="../../ui/milestone_actions.py" line="130" />
            <source>Set this milestone to Done, completed today</source>
            <translation>Отметить этот этап выполненным сегодняшним числом</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabase</name>
        <message>
            <location filename="../../ui/open_database.py" line="158" />
            <source>&amp;Deleted records…</source>
            <translation>&amp;Удалённые записи…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="150" />
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="153" />
            <source>&amp;Recent databases</source>
            <translation>&amp;Недавние базы данных</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="193" />
            <source>(none yet)</source>
            <translation>(пока нет)</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="104" />
            <source>A server database is restored by its administrator (pg_restore from a dump).</source>
            <translation>Серверную базу данных восстанавливает её администратор (pg_restore из дампа).</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="110" />
            <source>Backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Резервные копии (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="159" />
            <source>Bring back records deleted from this database</source>
            <translation>Вернуть записи, удалённые из этой базы данных</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="66" />
            <location filename="../../ui/open_database.py" line="83" />
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="156" />
            <source>Put a backup in place of this database</source>
            <translation>Заменить эту базу данных резервной копией</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="117" />
            <location filename="../../ui/open_database.py" line="118" />
            <source>Replace the records in this database with those of {file}? The current database is kept beside it under another name.</source>
            <translation>Заменить записи этой базы данных записями из {file}? Текущая база данных сохранится рядом под другим именем.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="155" />
            <source>Res&amp;tore backup…</source>
            <translation>Восс&amp;тановить из резервной копии…</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="103" />
            <location filename="../../ui/open_database.py" line="110" />
            <location filename="../../ui/open_database.py" line="116" />
            <location filename="../../ui/open_database.py" line="132" />
            <source>Restore backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="136" />
            <source>Restored {file}.</source>
            <translation>Восстановлено из {file}.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="138" />
            <source>The replaced database was kept as {name}.</source>
            <translation>Заменённая база данных сохранена как {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="151" />
            <source>Work on another database file; this window switches to it</source>
            <translation>Работать с другим файлом базы данных; окно переключится на него</translation>
        </message>
        <message>
            <location filename="../../ui/open_database.py" line="85" />
            <source>kztracker databases ({patterns});;All files (*)</source>
            <translation>Базы данных kztracker ({patterns});;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations.py" line="348" />
            <source>Something went wrong: {error}. Nothing was saved.</source>
            <translation>Произошла ошибка: {error}. Ничего не сохранено.</translation>
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
            <translation>&amp;Расположение:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="150" />
            <source>A &amp;file on this computer</source>
            <translation>&amp;Файл на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="122" />
            <source>A copy of the database is saved the first time it is opened each day</source>
            <translation>Копия базы данных сохраняется при первом открытии каждый день</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="130" />
            <source>A database file, or a shared server: postgresql+psycopg://user@host/database</source>
            <translation>Файл базы данных или общий сервер: postgresql+psycopg://user@host/database</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="151" />
            <source>A team's &amp;server (PostgreSQL)</source>
            <translation>&amp;Сервер команды (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="196" />
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="133" />
            <source>Choose &amp;file…</source>
            <translation>Выбрать &amp;файл…</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="198" />
            <source>Daily backups to keep:</source>
            <translation>Хранить ежедневных копий:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="160" />
            <location filename="../../ui/preferences.py" line="226" />
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="248" />
            <source>Database file</source>
            <translation>Файл базы данных</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="229" />
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="227" />
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="182" />
            <location filename="../../ui/preferences.py" line="183" />
            <source>Leave the file empty for the one in your user data folder. A change applies the next time kztracker starts; --db and KZTRACKER_DATABASE_URL take precedence.</source>
            <translation>Оставьте файл пустым, чтобы использовать файл в вашей папке данных. Изменение вступит в силу при следующем запуске kztracker; --db и KZTRACKER_DATABASE_URL важнее.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="120" />
            <source>No automatic backups</source>
            <translation>Без автоматических копий</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="140" />
            <source>Open the view I used last</source>
            <translation>Открывать раздел, который был открыт последним</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="116" />
            <location filename="../../ui/preferences.py" line="285" />
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="228" />
            <source>Reminders</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="212" />
            <source>Start-up</source>
            <translation>Запуск</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="200" />
            <location filename="../../ui/preferences.py" line="201" />
            <source>The first time the database is opened each day, a copy is saved beside it (a database file only; for a server, use File › Backup…).</source>
            <translation>При первом за день открытии базы данных рядом с ней сохраняется копия (только для файла базы данных; для сервера используйте Файл › Резервная копия…).</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="250" />
            <source>kztracker databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Базы данных kztracker (*.sqlite3 *.db);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>QuickMilestoneDialog</name>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="36" />
            <source>&amp;Due:</source>
            <translation>С&amp;рок:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="40" />
            <source>&amp;Memorandum:</source>
            <translation>&amp;Меморандум:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="42" />
            <source>&amp;Partners:</source>
            <translation>&amp;Партнёры:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="35" />
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="45" />
            <source>All &amp;fields…</source>
            <translation>&amp;Все поля…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="46" />
            <source>Continue in the full milestone form with what is typed so far</source>
            <translation>Продолжить в полной форме этапа с уже введёнными данными</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="68" />
            <source>Milestone — {name}</source>
            <translation>Этап — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="42" />
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="68" />
            <source>Quick milestone</source>
            <translation>Быстрое добавление этапа</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="38" />
            <source>Stat&amp;us:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quick_milestone.py" line="35" />
            <source>What happens or is due</source>
            <translation>Что происходит или что должно быть сделано</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="23" />
            <location filename="../../ui/dialogs/person.py" line="19" />
            <source>&amp;Also known as:</source>
            <translation>&amp;Другие написания:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="22" />
            <source>&amp;Completed:</source>
            <translation>&amp;Выполнено:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="21" />
            <source>&amp;Country:</source>
            <translation>С&amp;трана:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="16" />
            <source>&amp;Description:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="21" />
            <source>&amp;Due:</source>
            <translation>С&amp;рок:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="26" />
            <source>&amp;Focus area:</source>
            <translation>Приоритетное н&amp;аправление:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="41" />
            <source>&amp;Focus areas:</source>
            <translation>Приоритетные н&amp;аправления:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="18" />
            <location filename="../../ui/dialogs/partner.py" line="19" />
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="25" />
            <source>&amp;Memorandum:</source>
            <translation>&amp;Меморандум:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="14" />
            <location filename="../../ui/dialogs/partner.py" line="16" />
            <source>&amp;Name:</source>
            <translation>&amp;Наименование:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="24" />
            <source>&amp;Notes:</source>
            <translation>Приме&amp;чания:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="16" />
            <source>&amp;Organization:</source>
            <translation>&amp;Организация:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="15" />
            <location filename="../../ui/dialogs/partner.py" line="22" />
            <source>&amp;Part of:</source>
            <translation>В&amp;ходит в:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="29" />
            <source>&amp;Parties:</source>
            <translation>Сто&amp;роны:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="29" />
            <source>&amp;Partners:</source>
            <translation>&amp;Партнёры:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="18" />
            <source>&amp;Phone:</source>
            <translation>&amp;Телефон:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="25" />
            <location filename="../../ui/dialogs/milestone.py" line="23" />
            <source>&amp;Responsible:</source>
            <translation>&amp;Ответственное лицо:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="406" />
            <source>&amp;Save</source>
            <translation>Сохран&amp;ить</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="16" />
            <location filename="../../ui/dialogs/milestone.py" line="16" />
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="24" />
            <source>&amp;Valid until:</source>
            <translation>&amp;Действует до:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="215" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="394" />
            <source>Discard changes?</source>
            <translation>Отменить изменения?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="17" />
            <source>E&amp;mail:</source>
            <translation>&amp;Эл. почта:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="42" />
            <source>Focus area</source>
            <translation>Приоритетное направление</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="19" />
            <source>Focus area — {name}</source>
            <translation>Приоритетное направление — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="14" />
            <source>Full &amp;name:</source>
            <translation>&amp;ФИО:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="47" />
            <source>Memorandum — {name}</source>
            <translation>Меморандум — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="35" />
            <source>Milestone — {name}</source>
            <translation>Этап — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="24" />
            <source>N&amp;otes:</source>
            <translation>&amp;Примечания:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/focus_area.py" line="19" />
            <source>New focus area</source>
            <translation>Новое приоритетное направление</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="47" />
            <source>New memorandum</source>
            <translation>Новый меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="35" />
            <source>New milestone</source>
            <translation>Новый этап</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="27" />
            <source>New partner</source>
            <translation>Новый партнёр</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="23" />
            <source>New person</source>
            <translation>Новое лицо</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="305" />
            <source>Not a date: type a year (2026), a month (10.2024) or a day (17.10.2024).</source>
            <translation>Это не дата: введите год (2026), месяц (10.2024) или день (17.10.2024).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="20" />
            <source>Not&amp;es:</source>
            <translation>Приме&amp;чания:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="179" />
            <source>Nothing in the list is called “{text}”: pick a name from the list.</source>
            <translation>В списке нет «{text}»: выберите наименование из списка.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="154" />
            <source>One other name or spelling per line</source>
            <translation>Одно другое наименование или написание на строку</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="340" />
            <source>Open it</source>
            <translation>Открыть запись</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="30" />
            <location filename="../../ui/dialogs/milestone.py" line="30" />
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="27" />
            <source>Partner — {name}</source>
            <translation>Партнёр — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="36" />
            <source>Person</source>
            <translation>Лицо</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="23" />
            <source>Person — {name}</source>
            <translation>Лицо — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="231" />
            <source>Pick a day</source>
            <translation>Выберите день</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="230" />
            <source>Pick a day from a calendar</source>
            <translation>Выбрать день в календаре</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="15" />
            <source>Posi&amp;tion:</source>
            <translation>Дол&amp;жность:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="236" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="219" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="105" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Сохранить (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="406" />
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/partner.py" line="17" />
            <source>Short na&amp;me:</source>
            <translation>&amp;Краткое наименование:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="35" />
            <source>Si&amp;gnatories:</source>
            <translation>Подписан&amp;ты:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="23" />
            <source>Signe&amp;d on:</source>
            <translation>Дата &amp;подписания:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/milestone.py" line="20" />
            <source>St&amp;art:</source>
            <translation>Нача&amp;ло:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="21" />
            <location filename="../../ui/dialogs/milestone.py" line="18" />
            <source>Stat&amp;us:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/memorandum.py" line="26" />
            <source>Su&amp;mmary:</source>
            <translation>Краткое содер&amp;жание:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pickers.py" line="95" />
            <source>Type a name or pick from the list</source>
            <translation>Введите наименование или выберите из списка</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="223" />
            <source>Type a year, a month (10.2024) or a day (17.10.2024), as precisely as it is known.</source>
            <translation>Введите год, месяц (10.2024) или день (17.10.2024) — насколько точно это известно.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/form.py" line="395" />
            <source>What you typed in this form is not saved yet. Close it and lose it?</source>
            <translation>Введённое в этой форме ещё не сохранено. Закрыть её и потерять введённое?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="15" />
            <source>e.g. Minister of Health</source>
            <translation>например, министр здравоохранения</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/fields.py" line="261" />
            <source>year, month or day</source>
            <translation>год, месяц или день</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <location filename="../../ui/views/table_model.py" line="456" />
            <source>known to the month</source>
            <translation>известно с точностью до месяца</translation>
        </message>
        <message>
            <location filename="../../ui/views/table_model.py" line="456" />
            <source>known to the year</source>
            <translation>известно с точностью до года</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="145" />
            <location filename="../../ui/views/table_model.py" line="449" />
            <source>{status} · overdue</source>
            <translation>{status} · просрочено</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <location filename="../../ui/views/record_view.py" line="378" />
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="372" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="123" />
            <source>Export the rows shown to an Excel workbook</source>
            <translation>Экспортировать показанные строки в книгу Excel</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="390" />
            <source>Export the rows shown…</source>
            <translation>Экспорт показанных строк…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="122" />
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="388" />
            <source>New milestone here…</source>
            <translation>Новый этап здесь…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="385" />
            <source>New {kind}…</source>
            <translation>Создать: {kind}…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="369" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_layout.py" line="93" />
            <source>Reset columns</source>
            <translation>Сбросить столбцы</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="121" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="64" />
            <source>Search focus areas: name, description…</source>
            <translation>Поиск направлений: наименование, описание…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="61" />
            <source>Search memoranda: title, summary, parties, focus areas…</source>
            <translation>Поиск меморандумов: название, содержание, стороны, направления…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="60" />
            <source>Search milestones: title, notes, memorandum, partner, person…</source>
            <translation>Поиск этапов: название, примечания, меморандум, партнёр, лицо…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="62" />
            <source>Search partners: name, short name, other names, notes…</source>
            <translation>Поиск партнёров: наименование, краткое наименование, другие названия, примечания…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="63" />
            <source>Search people: name, other names, position, organization…</source>
            <translation>Поиск лиц: имя, другие написания, должность, организация…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="65" />
            <source>Search sources: title, outlet, address…</source>
            <translation>Поиск источников: название, издание, адрес…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="415" />
            <source>filtered</source>
            <translation>с фильтром</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_view.py" line="413" />
            <source>search “{text}”</source>
            <translation>поиск «{text}»</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders.py" line="99" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="158" />
            <source>%n of your milestones are due within {days} days</source>
            <translation>
                <numerusform>%n ваш этап со сроком в ближайшие {days} дн.</numerusform>
                <numerusform>%n ваших этапа со сроком в ближайшие {days} дн.</numerusform>
                <numerusform>%n ваших этапов со сроком в ближайшие {days} дн.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="157" />
            <source>%n of your milestones are overdue</source>
            <translation>
                <numerusform>%n ваш этап просрочен</numerusform>
                <numerusform>%n ваших этапа просрочены</numerusform>
                <numerusform>%n ваших этапов просрочены</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="331" />
            <source>Choose who you are in Preferences › Reminders to see your milestones.</source>
            <translation>Укажите, кто вы, в разделе «Настройки › Напоминания», чтобы видеть свои этапы.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="209" />
            <source>Due soon</source>
            <translation>Скоро срок</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="94" />
            <source>I am</source>
            <translation>Я</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="102" />
            <source>I am:</source>
            <translation>Я:</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="95" />
            <source>No one (no reminders)</source>
            <translation>Никто (без напоминаний)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="105" />
            <location filename="../../ui/reminders.py" line="106" />
            <source>On start and once a day while kztracker is open, a notification lists your overdue milestones and those due soon. Nothing runs when it is closed.</source>
            <translation>При запуске и раз в день, пока kztracker открыт, уведомление перечисляет ваши просроченные этапы и этапы с близким сроком. Когда программа закрыта, ничего не запускается.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="221" />
            <source>Open this milestone</source>
            <translation>Открыть этот этап</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="209" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="153" />
            <source>Overdue: {overdue}; due within {days} days: {soon}</source>
            <translation>Просрочено: {overdue}; со сроком в ближайшие {days} дн.: {soon}</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="103" />
            <source>Remind me of milestones due within:</source>
            <translation>Напоминать об этапах со сроком в пределах:</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="90" />
            <source>Reminders</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="196" />
            <source>Show all my milestones</source>
            <translation>Показать все мои этапы</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="183" />
            <source>Your milestones</source>
            <translation>Ваши этапы</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reminders.py" line="170" />
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
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
            <translation>Вниз или Enter — к результатам (ещё раз Enter открывает запись) · Esc — очистить поиск</translation>
        </message>
    </context>
    <context>
        <name>SheetChanges</name>
        <message>
            <location filename="../../ui/sheet_changes.py" line="173" />
            <source>Changed in the database since the export</source>
            <translation>Изменено в базе после экспорта</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="125" />
            <location filename="../../ui/sheet_changes.py" line="126" />
            <source>Changed records: {updated}, new: {created}, removed in the sheet: {removed}, conflicts: {conflicts}. Tick a removed record to delete it, and a conflict's field to take the sheet's value; otherwise the database keeps its own.</source>
            <translation>Изменённых записей: {updated}, новых: {created}, удалённых в таблице: {removed}, конфликтов: {conflicts}. Отметьте удалённую запись, чтобы удалить её, и поле конфликта, чтобы взять значение из таблицы; иначе в базе остаётся своё.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="63" />
            <source>Changes from an edited export</source>
            <translation>Изменения из отредактированной выгрузки</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="233" />
            <source>Changes from “{file}”</source>
            <translation>Изменения из «{file}»</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>In the database</source>
            <translation>В базе</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>In the sheet</source>
            <translation>В таблице</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="77" />
            <source>Record and field</source>
            <translation>Запись и поле</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="70" />
            <source>The sheet and the database agree: there is nothing to apply.</source>
            <translation>Таблица и база данных совпадают: применять нечего.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="167" />
            <source>{field}: conflict, tick to take the sheet's value</source>
            <translation>{field}: конфликт, отметьте, чтобы взять значение из таблицы</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="139" />
            <source>{sheet}, row {row}: new {kind} “{label}”</source>
            <translation>{sheet}, строка {row}: новая запись ({kind}) «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="143" />
            <source>{sheet}, row {row}: {kind} “{label}”</source>
            <translation>{sheet}, строка {row}: {kind} «{label}»</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_changes.py" line="152" />
            <source>{sheet}: {kind} “{label}”: removed in the sheet; tick to delete it</source>
            <translation>{sheet}: {kind} «{label}»: удалено в таблице; отметьте, чтобы удалить</translation>
        </message>
    </context>
    <context>
        <name>SheetImport</name>
        <message numerus="yes">
            <location filename="../../ui/sheet_import.py" line="162" />
            <source>%n row(s) cannot be used and will be left out:</source>
            <translation>
                <numerusform>%n строку нельзя использовать, она будет пропущена:</numerusform>
                <numerusform>%n строки нельзя использовать, они будут пропущены:</numerusform>
                <numerusform>%n строк нельзя использовать, они будут пропущены:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="130" />
            <source>Already imported</source>
            <translation>Уже импортировано</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="33" />
            <source>Import &amp;spreadsheet…</source>
            <translation>Импорт &amp;таблицы…</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="34" />
            <source>Import partners, people, memoranda or milestones from a spreadsheet</source>
            <translation>Импорт партнёров, лиц, меморандумов или этапов из таблицы</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="44" />
            <source>Import spreadsheet</source>
            <translation>Импорт таблицы</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="134" />
            <source>Open the earlier import instead?</source>
            <translation>Открыть прежний импорт?</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="151" />
            <source>Review spreadsheet import</source>
            <translation>Проверка импорта таблицы</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="46" />
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
            <translation>Таблицы (*.xlsx *.xlsm *.xls *.ods *.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_import.py" line="132" />
            <source>These rows were already imported as “{title}”.</source>
            <translation>Эти строки уже импортированы как «{title}».</translation>
        </message>
    </context>
    <context>
        <name>SheetMapping</name>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="147" />
            <source>(do not import)</source>
            <translation>(не импортировать)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="91" />
            <source>(no header)</source>
            <translation>(без заголовка)</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="165" />
            <source>Choose the column that holds the {field}.</source>
            <translation>Выберите столбец, в котором {field}.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Header</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="67" />
            <source>Import spreadsheet: columns</source>
            <translation>Импорт таблицы: столбцы</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="117" />
            <source>Review</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="71" />
            <location filename="../../ui/sheet_mapping.py" line="72" />
            <source>Sheet “{sheet}”: {rows} rows. Check what each column holds; the records are shown for review before anything is saved.</source>
            <translation>Лист «{sheet}», строк: {rows}. Проверьте, что содержит каждый столбец; записи будут показаны для проверки до сохранения.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="82" />
            <source>The rows are:</source>
            <translation>Строки — это:</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="169" />
            <source>Two columns fill the same field; choose one of them.</source>
            <translation>Два столбца заполняют одно поле; выберите один из них.</translation>
        </message>
        <message>
            <location filename="../../ui/sheet_mapping.py" line="85" />
            <source>Values</source>
            <translation>Значения</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <location filename="../../ui/user_guide.py" line="49" />
            <source>&amp;User guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <location filename="../../ui/user_guide.py" line="53" />
            <source>How to do the daily tasks, with pictures</source>
            <translation>Как выполнять повседневные задачи, с иллюстрациями</translation>
        </message>
        <message>
            <location filename="../../ui/user_guide.py" line="36" />
            <source>User guide</source>
            <translation>Руководство пользователя</translation>
        </message>
    </context>
    <context>
        <name>WindowFit</name>
        <message>
            <location filename="../../ui/window_fit.py" line="44" />
            <source>&amp;Detail pane</source>
            <translation>&amp;Панель сведений</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="93" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="92" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="93" />
            <source>Redo: {change}</source>
            <translation>Повторить: {change}</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="47" />
            <source>Show or hide the details beside the table</source>
            <translation>Показать или скрыть сведения рядом с таблицей</translation>
        </message>
        <message>
            <location filename="../../ui/window_fit.py" line="92" />
            <source>Undo: {change}</source>
            <translation>Отменить: {change}</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <location filename="../../ui/views/columns.py" line="136" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="82" />
            <source>Completed</source>
            <translation>Дата выполнения</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="105" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="122" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="72" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="114" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="80" />
            <source>Focus area</source>
            <translation>Направление</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="91" />
            <source>Focus areas</source>
            <translation>Направления</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="111" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="98" />
            <source>How many milestones serve this memorandum</source>
            <translation>Сколько этапов относится к этому меморандуму</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="134" />
            <source>How many records this source supports</source>
            <translation>Сколько записей подтверждает этот источник</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="87" />
            <location filename="../../ui/views/columns.py" line="104" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="128" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="107" />
            <location filename="../../ui/views/columns.py" line="120" />
            <source>Memoranda</source>
            <translation>Меморандумы</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="73" />
            <source>Memorandum</source>
            <translation>Меморандум</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="64" />
            <source>Milestone</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="95" />
            <location filename="../../ui/views/columns.py" line="108" />
            <location filename="../../ui/views/columns.py" line="121" />
            <source>Milestones</source>
            <translation>Этапы</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="102" />
            <location filename="../../ui/views/columns.py" line="118" />
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="113" />
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="126" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="70" />
            <source>Overdue: still open after the last day its due date can mean</source>
            <translation>Просрочено: этап не закрыт после последнего дня, который может означать его срок</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="106" />
            <location filename="../../ui/views/columns.py" line="119" />
            <source>Part of</source>
            <translation>Входит в</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="90" />
            <source>Parties</source>
            <translation>Стороны</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="76" />
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="115" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="112" />
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="127" />
            <source>Published</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="131" />
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="81" />
            <location filename="../../ui/views/columns.py" line="92" />
            <source>Responsible</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="103" />
            <source>Short name</source>
            <translation>Сокращение</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="88" />
            <source>Signed</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="67" />
            <location filename="../../ui/views/columns.py" line="86" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="78" />
            <source>The milestone's own partners and the parties of its memorandum</source>
            <translation>Партнёры самого этапа и стороны его меморандума</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="85" />
            <location filename="../../ui/views/columns.py" line="125" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/views/columns.py" line="89" />
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
    </context>
</TS>
