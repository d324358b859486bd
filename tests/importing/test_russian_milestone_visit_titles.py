"""Russian visits titled by who goes where, wherever the clause puts the traveller and the place:
after the verb, before the event noun, or only as the clause's subject."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _visits(body: str) -> list[str]:
    draft = extract(read_text("Новости международного сотрудничества\n" + body))
    return [m.title for m in draft.milestones if m.title.startswith("Визит")]


def test_a_delegation_that_arrives_with_a_visit_is_the_visits_owner() -> None:
    assert _visits(
        "Делегация провинции Хэбэй прибыла в Павлодарскую область с рабочим визитом."
    ) == ["Визит делегации провинции Хэбэй в Павлодарскую область"]


def test_a_visit_noun_before_the_place_and_the_traveller_after_the_verb() -> None:
    assert _visits("С ответным визитом в Атырау прибыла делегация губернаторства Анкары.") == [
        "Визит делегации губернаторства Анкары в Атырау"
    ]


def test_a_surname_the_dictionary_does_not_know_is_the_traveller() -> None:
    assert _visits("Тлеуберлиев прибыл в Баку с официальным визитом в марте 2024 года.") == [
        "Визит Тлеуберлиева в Баку"
    ]


def test_the_body_visited_before_the_verb_is_the_destination() -> None:
    assert _visits("Жезказганский университет посетила делегация Уханьского университета.") == [
        "Визит делегации Уханьского университета в Жезказганский университет"
    ]


def test_a_visit_whose_owner_follows_the_noun_keeps_its_title() -> None:
    titles = _visits("Стороны обсудили итоги визита министра культуры Словакии в Астану.")
    assert titles and all("министра культуры Словакии" in t for t in titles)


def test_where_a_delegation_comes_from_stays_with_it() -> None:
    assert _visits(
        "Опубликовано 3 марта 2025 года.\n"
        "В Кокшетау с визитом находится делегация из провинции Шэньси. Гости осмотрели завод."
    ) == ["Визит делегации из провинции Шэньси в Кокшетау"]


def test_a_name_inside_the_visited_bodys_name_is_no_traveller() -> None:
    assert _visits(
        "Опубликовано 3 марта 2025 года.\n"
        "Костанайский университет имени Ахмета Байтурсынова посетила делегация Ляонинского "
        "университета. Гости осмотрели лаборатории."
    ) == [
        "Визит делегации Ляонинского университета в Костанайский университет имени Ахмета "
        "Байтурсынова"
    ]


def test_a_visit_told_again_after_the_place_is_no_part_of_its_title() -> None:
    assert _visits(
        "Опубликовано 3 марта 2025 года.\n"
        "Министр энергетики Казахстана посетил Баку с рабочим визитом. Стороны обсудили транзит."
    ) == ["Визит министра энергетики Казахстана в Баку"]


def test_a_pronoun_after_the_visit_is_no_part_of_its_title() -> None:
    titles = _visits(
        "Опубликовано 3 марта 2025 года.\n"
        "В ходе своего визита в 2024 году она провела переговоры с министром. Стороны "
        "обсудили транзит."
    )
    assert titles and not any(" она" in t for t in titles)


def test_a_common_noun_opening_the_sentence_declines_as_the_visits_owner() -> None:
    titles = _visits(
        "Опубликовано 3 марта 2025 года.\n"
        "Делегация во главе с акимом Костанайской области Куанышем Аксакаловым отправилась с "
        "рабочей поездкой в КНР."
    )
    assert "Визит делегации в КНР" in titles
