"""Russian university and association names: a body of people named by their title's plural,
a type noun left alone once a title goes, two names joined after a namesake, a short form
without the status words, and an outlet told by the word for its kind."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.extract.russian.name_splits import after_namesake
from kztracker.importing.extract.russian.resolve import left_bare
from kztracker.importing.extract.russian.tokens import tokenize
from kztracker.importing.read import read_text


def _names(text: str) -> set[str]:
    return {o.name for o in extract(read_text(text)).organizations}


def test_a_body_named_by_a_titles_plural_keeps_it() -> None:
    names = _names(
        "Сотрудничество ассоциаций\n"
        "Евразийская ассоциация деканов (ЕАД) подписала соглашение с Ассоциацией "
        "университетов Казахстана."
    )
    assert "Евразийская ассоциация деканов" in names


def test_a_type_noun_left_alone_once_a_title_goes_is_no_body() -> None:
    assert left_bare("Почетного Профессора университета", "Университет")
    assert not left_bare("Почетного Профессора университета", "Сенат")
    assert not left_bare("университетом", "Университет")


def test_two_names_joined_after_a_namesake_are_two_bodies() -> None:
    tokens = tokenize("ПГУ им. С. К. Торайгырова и Омский университет сотрудничают", 0)
    pieces = after_namesake(tokens, (0, 11))
    assert [" ".join(t.text for t in tokens[a:b]) for a, b in pieces] == [
        "ПГУ им . С . К . Торайгырова",
        "Омский университет",
    ]


def test_a_namesake_followed_by_its_parent_stays_one_name() -> None:
    tokens = tokenize("Институт им. Р. Б. Сулейменова Комитета науки и Министерства науки", 0)
    assert after_namesake(tokens, (0, len(tokens))) == [(0, len(tokens))]


def test_a_short_form_without_the_status_words_is_the_same_university() -> None:
    names = _names(
        "Визит\n"
        "Делегация посетила Национальный исследовательский Томский государственный "
        "университет. Ректор отметил, что Томский университет и КарТУ давно сотрудничают."
    )
    assert "Томский университет" not in names


def test_an_outlet_told_by_the_word_for_its_kind_reports_everywhere() -> None:
    names = _names(
        "Bloomberg: Казахстан расширит экспорт\n"
        "Министр торговли Казахстана провел переговоры в Нью-Йорке. Об этом сообщает "
        "издание Bloomberg."
    )
    assert "Bloomberg" not in names
