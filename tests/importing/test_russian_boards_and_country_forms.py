"""Russian spellings of one body: a board in an inflected title stands for the body it governs,
and a country's adjective before a name joins the same name with the country after it."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> set[str]:
    draft: Draft = extract(read_text(text))
    return {o.name for o in draft.organizations}


def test_an_inflected_board_before_a_latin_name_stands_for_that_body() -> None:
    names = _names(
        "Новое партнерство\n"
        "Документ подписал председатель Управляющего совета SteppeLab Арман Касымов. "
        "Соглашение заключено между SteppeLab и Университетом Хоккайдо."
    )
    assert "SteppeLab" in names
    assert not any(n.casefold().startswith("наблюдательный совет") for n in names)


def test_a_country_adjective_joins_the_name_with_the_country_after_it() -> None:
    names = _names(
        "Научное сотрудничество\n"
        "Ботаническое общество Монголии подписало меморандум с Институтом ботаники. "
        "Монгольское ботаническое общество проведет совместные экспедиции."
    )
    assert len([n for n in names if "ботаническ" in n.casefold()]) == 1
