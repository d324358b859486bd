"""A small Russian announcement end to end through `extract`: every kind of record, with the
publication date from the dateline resolving «сегодня», and page furniture left out."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import KnownNames, extract
from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.read import read_text

ANNOUNCEMENT = """Главная
Новости
Университеты Павлодара и Барнаула подписали меморандум
14 октября 2025 года 11:20
Сегодня Павлодарский педагогический университет и Алтайский государственный университет \
подписали меморандум о сотрудничестве в области подготовки учителей сроком на 5 лет. \
Документ подписали ректор Павлодарского педагогического университета Болат Кенжебаев и \
ректор Алтайского государственного университета Сергей Бочаров, сообщает Казинформ.
Стороны договорились о запуске совместной магистерской программы в сентябре 2026 года. \
В ноябре прошлого года делегация Алтайского университета посетила Павлодар.
Читайте также
Другие новости региона
"""


def test_a_small_announcement_end_to_end() -> None:
    document = read_text(ANNOUNCEMENT)
    draft = extract(document)

    assert document.language == "ru"
    assert document.published_on == PartialDate(2025, 10, 14)

    organizations = {o.name for o in draft.organizations}
    assert {
        "Павлодарский педагогический университет",
        "Алтайский государственный университет",
    } <= organizations
    assert "Казинформ" not in organizations
    assert all(o.kind == "university" for o in draft.organizations)

    people = {p.name: p for p in draft.people}
    assert set(people) == {"Болат Кенжебаев", "Сергей Бочаров"}
    assert people["Сергей Бочаров"].title == "ректор Алтайского государственного университета"
    assert people["Сергей Бочаров"].organization == "Алтайский государственный университет"

    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Павлодарский педагогический университет",
        "Алтайский государственный университет",
    }
    assert memo.signed_on == PartialDate(2025, 10, 14)
    assert set(memo.signatories) == {"Болат Кенжебаев", "Сергей Бочаров"}

    dated = {m.date.isoformat(): m for m in draft.milestones if m.date}
    assert dated["2026-09"].status == "planned"
    assert dated["2026-09"].memorandum == memo.title
    assert dated["2024-11"].status == "done"
    assert dated["2024-11"].title.startswith("Визит")


def test_a_known_acronym_joins_its_record() -> None:
    known = KnownNames(
        organizations=[
            KnownName("Павлодарский педагогический университет", ("ППУ",), "university", "KZ")
        ]
    )
    text = (
        "ППУ открыл новый центр\n"
        "Павлодарский педагогический университет открыл центр цифрового обучения. "
        "В ППУ отметили, что центр примет первых слушателей в январе."
    )
    draft = extract(read_text(text), known)
    names = [o.name for o in draft.organizations if "ППУ" in (o.name, *o.aliases)]
    assert names == ["Павлодарский педагогический университет"]


def test_an_existing_publication_date_is_kept() -> None:
    document = read_text("Встреча ректоров\nСегодня ректоры двух университетов встретились.")
    document.published_on = PartialDate(2020, 2, 3)
    draft = extract(document)
    assert draft.document.published_on == PartialDate(2020, 2, 3)
    assert [m.date for m in draft.milestones] == [PartialDate(2020, 2, 3)]


def test_a_dateline_sentence_dates_the_news_after_it() -> None:
    draft = extract(
        read_text(
            "Парламент одобрил закон\n"
            "29 января 2026 года, 10:15\n"
            "Астана. 28 января. Мажилис ратифицировал соглашение между правительствами "
            "Казахстана и Египта о строительстве завода, совершенное 12 ноября 2024 года в Каире."
        )
    )
    [memo] = draft.memoranda
    assert memo.signed_on == PartialDate(2024, 11, 12)
    assert set(memo.parties) == {"Правительство Казахстана", "Правительство Египта"}
    ratification = next(m for m in draft.milestones if m.title.startswith("Ратификация"))
    assert ratification.date == PartialDate(2026, 1, 28)
    assert ratification.status == "done"


def test_a_known_alias_alone_in_the_text_is_found_as_its_record() -> None:
    known = KnownNames(
        organizations=[
            KnownName("Экибастузский инженерно-технический институт", ("ЭИТИ",), "university", "KZ")
        ]
    )
    text = (
        "Студенты получили гранты\n"
        "В ЭИТИ вручили гранты лучшим студентам инженерных специальностей. Гранты выдаются "
        "третий год подряд."
    )
    draft = extract(read_text(text), known)
    found = [o for o in draft.organizations if "ЭИТИ" in (o.name, *o.aliases)]
    assert len(found) == 1


def test_a_paragraph_in_another_language_is_set_aside() -> None:
    text = (
        "Университеты подписали соглашение\n"
        "Кокшетауский университет и Омский аграрный университет подписали соглашение о "
        "сотрудничестве в области подготовки агрономов и ветеринаров. Документ предусматривает "
        "обмен преподавателями, совместные научные исследования, летние школы для студентов и "
        "общие публикации в журналах обоих вузов. Первые группы студентов начнут обучение по "
        "совместным программам уже осенью, а преподаватели проведут открытые лекции.\n"
        "Қостанай өңірлік университеті мен Астана медицина университеті бүгін жаңа "
        "зертханаларды бірлесіп ашатынын хабарлады, сондай-ақ студенттер алмасуы басталады."
    )
    draft = extract(read_text(text))
    names = {o.name for o in draft.organizations}
    assert {"Кокшетауский университет", "Омский аграрный университет"} <= names
    assert not any("Қостанай" in name or "медицина" in name for name in names)


def test_preloading_never_imports_natashas_pymorphy2_pipeline() -> None:
    import sys

    from kztracker.importing.extract.russian.rules import preload

    preload()
    extract(read_text("Встреча ректоров\nСегодня ректоры двух университетов встретились."))
    assert "pymorphy2" not in sys.modules
    assert "natasha" not in sys.modules
