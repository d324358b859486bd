"""The workbook's own words in Kazakh and Russian: sheet names, headers, the Summary, stored values.

Each table maps the English text of kztracker.exporting.words and kztracker.vocabulary to the
language's text; `in_language` swaps a table in through kztracker.vocabulary.set_translator.
Record data (titles, names, notes) is never translated: it stays as entered.
A placeholder such as {count} stays in the text; counts are put after a colon ("Этапов: 3")
so one phrase reads right for every number.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kztracker.errors import KztrackerError
from kztracker.i18n import _
from kztracker.vocabulary import set_translator

ENGLISH = "en"
LANGUAGES = ("kk", "ru", "en")

# English -> Russian
RU: dict[str, str] = {
    # sheets
    "Summary": "Сводка",
    "Memoranda": "Меморандумы",
    "Milestones": "Этапы",
    "Partners": "Партнёры",
    "People": "Лица",
    "Focus areas": "Приоритетные направления",
    "Sources": "Источники",
    # headers
    "Title": "Название",
    "Name": "Наименование",
    "Kind": "Вид",
    "Status": "Статус",
    "Signed on": "Дата подписания",
    "Valid until": "Действует до",
    "Parties": "Стороны",
    "Signatories": "Подписанты",
    "Focus area": "Приоритетное направление",
    "Responsible": "Ответственное лицо",
    "Memorandum": "Меморандум",
    "Start": "Начало",
    "Due": "Срок",
    "Due by (last day)": "Срок (последний день)",
    "Completed": "Выполнено",
    "Partners involved": "Участвующие партнёры",
    "Notes": "Примечания",
    "Short name": "Краткое наименование",
    "Country": "Страна",
    "Part of": "Входит в",
    "Other spellings": "Другие написания",
    "Position": "Должность",
    "Organization": "Организация",
    "Email": "Эл. почта",
    "Phone": "Телефон",
    "Description": "Описание",
    "Outlet": "Издание",
    "Address": "Адрес",
    "Published": "Дата публикации",
    "Language": "Язык",
    # Summary
    "Kazakhstan international partnerships: summary":
        "Международное сотрудничество Казахстана: сводка",
    "Generated": "Сформировано",
    "Database": "База данных",
    "Scope": "Охват",
    "The whole database": "Вся база данных",
    "Memoranda by status": "Меморандумы по статусам",
    "Milestones by status": "Этапы по статусам",
    "Milestones by focus area": "Этапы по приоритетным направлениям",
    "Count": "Количество",
    "Total": "Итого",
    "(no focus area)": "(без приоритетного направления)",
    "Partners: memoranda and milestones": "Партнёры: меморандумы и этапы",
    "Partner": "Партнёр",
    "Milestones done": "Этапов выполнено",
    "Milestones open": "Этапов не завершено",
    "of them overdue": "из них просрочено",
    "Overdue milestones ({count})": "Просроченные этапы ({count})",
    "Due in the next {days} days ({count})": "Срок в ближайшие {days} дн. ({count})",
    "None.": "Нет.",
    "… and {count} more: see the Milestones sheet, where they are highlighted.":
        "… и ещё {count}: см. лист «Этапы», где они выделены.",
    "Milestone": "Этап",
    "{count} milestones": "Этапов: {count}",
    "1 milestone": "Этапов: 1",
    "The memorandum “{title}” and the records related to it":
        "Меморандум «{title}» и связанные с ним записи",
    "{count} {kind} as shown in the window, and the records they relate to":
        "{kind}: {count}, как показано в окне, и связанные с ними записи",
    "milestones with status {statuses}": "этапы со статусом {statuses}",
    # stored values
    "Draft": "Проект",
    "Signed": "Подписан",
    "Active": "Действует",
    "Expired": "Срок действия истёк",
    "Terminated": "Прекращён",
    "Planned": "Запланировано",
    "In progress": "Выполняется",
    "Done": "Выполнено",
    "Cancelled": "Отменено",
    "Overdue": "Просрочено",
    "Government body": "Государственный орган",
    "University": "Университет",
    "Company": "Компания",
    "Research centre": "Научный центр",
    "International organization": "Международная организация",
    "Other": "Другое",
    "Memorandum of understanding": "Меморандум о взаимопонимании",
    "Agreement": "Соглашение",
    "Roadmap": "Дорожная карта",
    "Party": "Сторона",
    "Signatory side": "Подписывающая сторона",
    "Observer": "Наблюдатель",
    "Kazakh": "Казахский",
    "Russian": "Русский",
    "English": "Английский",
    "Person": "Лицо",
    "Source": "Источник",
}

# English -> Kazakh
KK: dict[str, str] = {
    # sheets
    "Summary": "Жиынтық",
    "Memoranda": "Меморандумдар",
    "Milestones": "Кезеңдер",
    "Partners": "Серіктестер",
    "People": "Тұлғалар",
    "Focus areas": "Басым бағыттар",
    "Sources": "Дереккөздер",
    # headers
    "Title": "Атауы",
    "Name": "Атауы",
    "Kind": "Түрі",
    "Status": "Мәртебесі",
    "Signed on": "Қол қойылған күні",
    "Valid until": "Қолданылу мерзімі",
    "Parties": "Тараптар",
    "Signatories": "Қол қоюшылар",
    "Focus area": "Басым бағыт",
    "Responsible": "Жауапты тұлға",
    "Memorandum": "Меморандум",
    "Start": "Басталуы",
    "Due": "Мерзімі",
    "Due by (last day)": "Мерзімі (соңғы күні)",
    "Completed": "Орындалған күні",
    "Partners involved": "Қатысушы серіктестер",
    "Notes": "Ескертпелер",
    "Short name": "Қысқаша атауы",
    "Country": "Елі",
    "Part of": "Құрамында",
    "Other spellings": "Басқа жазылулары",
    "Position": "Лауазымы",
    "Organization": "Ұйым",
    "Email": "Эл. пошта",
    "Phone": "Телефоны",
    "Description": "Сипаттамасы",
    "Outlet": "Басылым",
    "Address": "Мекенжайы",
    "Published": "Жарияланған күні",
    "Language": "Тілі",
    # Summary
    "Kazakhstan international partnerships: summary":
        "Қазақстанның халықаралық ынтымақтастығы: жиынтық",
    "Generated": "Жасалған уақыты",
    "Database": "Дерекқор",
    "Scope": "Қамтуы",
    "The whole database": "Бүкіл дерекқор",
    "Memoranda by status": "Меморандумдар мәртебесі бойынша",
    "Milestones by status": "Кезеңдер мәртебесі бойынша",
    "Milestones by focus area": "Кезеңдер басым бағыттар бойынша",
    "Count": "Саны",
    "Total": "Барлығы",
    "(no focus area)": "(басым бағыты жоқ)",
    "Partners: memoranda and milestones": "Серіктестер: меморандумдар мен кезеңдер",
    "Partner": "Серіктес",
    "Milestones done": "Орындалған кезеңдер",
    "Milestones open": "Аяқталмаған кезеңдер",
    "of them overdue": "оның ішінде мерзімі өткен",
    "Overdue milestones ({count})": "Мерзімі өткен кезеңдер ({count})",
    "Due in the next {days} days ({count})": "Алдағы {days} күнде мерзімі келетіндер ({count})",
    "None.": "Жоқ.",
    "… and {count} more: see the Milestones sheet, where they are highlighted.":
        "… және тағы {count}: «Кезеңдер» парағын қараңыз, онда олар белгіленген.",
    "Milestone": "Кезең",
    "{count} milestones": "{count} кезең",
    "1 milestone": "1 кезең",
    "The memorandum “{title}” and the records related to it":
        "«{title}» меморандумы және оған қатысты жазбалар",
    "{count} {kind} as shown in the window, and the records they relate to":
        "{kind}: {count}, терезеде көрсетілгендей, және оларға қатысты жазбалар",
    "milestones with status {statuses}": "мәртебесі {statuses} кезеңдер",
    # stored values
    "Draft": "Жоба",
    "Signed": "Қол қойылған",
    "Active": "Қолданыста",
    "Expired": "Мерзімі аяқталған",
    "Terminated": "Тоқтатылған",
    "Planned": "Жоспарланған",
    "In progress": "Орындалуда",
    "Done": "Орындалды",
    "Cancelled": "Болдырылмаған",
    "Overdue": "Мерзімі өткен",
    "Government body": "Мемлекеттік орган",
    "University": "Университет",
    "Company": "Компания",
    "Research centre": "Ғылыми орталық",
    "International organization": "Халықаралық ұйым",
    "Other": "Басқа",
    "Memorandum of understanding": "Өзара түсіністік туралы меморандум",
    "Agreement": "Келісім",
    "Roadmap": "Жол картасы",
    "Party": "Тарап",
    "Signatory side": "Қол қоюшы тарап",
    "Observer": "Бақылаушы",
    "Kazakh": "Қазақ тілі",
    "Russian": "Орыс тілі",
    "English": "Ағылшын тілі",
    "Person": "Тұлға",
    "Source": "Дереккөз",
}

TABLES: dict[str, dict[str, str]] = {"ru": RU, "kk": KK}

# Where one English word stands for two things (the Summary sheet and a memorandum's summary
# column), the word's key in kztracker.exporting.words picks the translation.
BY_KEY: dict[str, dict[str, str]] = {
    "ru": {
        "col.summary": "Краткое содержание",
        "col.completed": "Дата выполнения",
        "col.published": "Дата публикации",
        "summary.partner_memoranda": "Меморандумов",
    },
    "kk": {
        "col.summary": "Қысқаша мазмұны",
        "col.completed": "Орындалған күні",
    },
}

_current = ENGLISH


def check_language(code: str) -> str:
    if code not in LANGUAGES:
        raise KztrackerError(
            _("no workbook language {code}; use one of: {codes}").format(
                code=repr(code), codes=", ".join(LANGUAGES)
            )
        )
    return code


def current_language() -> str:
    return _current


def set_language(code: str) -> None:
    """Workbooks written from now on use `code`'s words (English: the source texts)."""
    global _current
    table = TABLES.get(check_language(code))
    _current = code
    # An English text a table lacks (a word added later) still reads, in English.
    set_translator(None if table is None else (lambda text: table.get(text, text)))


def by_key(key: str) -> str | None:
    """The current language's word for `key` where the English word alone is ambiguous."""
    return BY_KEY.get(_current, {}).get(key)


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """The workbook's words in `code` while the block runs; the earlier language afterwards."""
    previous = _current
    set_language(code)
    try:
        yield
    finally:
        set_language(previous)


def english_texts() -> set[str]:
    """Every English text a workbook may show of its own (each table should translate all)."""
    from kztracker import vocabulary
    from kztracker.exporting.words import WORDS

    texts = set(WORDS.values())
    for table in (
        vocabulary.STATUS_LABELS,
        vocabulary.ORGANIZATION_KIND_LABELS,
        vocabulary.MEMORANDUM_KIND_LABELS,
        vocabulary.PARTY_ROLE_LABELS,
        vocabulary.LANGUAGE_LABELS,
    ):
        texts.update(table.values())
    for names in vocabulary.RECORD_KIND_NAMES.values():
        texts.update(names)
    return texts
