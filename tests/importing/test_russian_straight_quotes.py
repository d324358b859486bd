"""Russian: a name in straight quotes after its legal form is found as one in guillemets."""

from __future__ import annotations

from kztracker.importing.extract.russian.quotes import as_guillemets
from tests.importing.drafting import draft_of


def test_straight_quotes_open_before_a_word_and_close_after_one() -> None:
    text = 'АО "Национальная компания "Казахстан инжиниринг" и ТОО "Альфа"'
    converted = as_guillemets(text)
    assert converted == "АО «Национальная компания «Казахстан инжиниринг» и ТОО «Альфа»"
    assert len(converted) == len(text)


def test_companies_in_straight_quotes_are_the_sides() -> None:
    draft = draft_of(
        "Компании подписали меморандум\n"
        'Российское ОАО "Спутниковые системы связи" (ССС) и ТОО "Казахстан инжиниринг" '
        "(Казахстан) подписали меморандум о намерениях."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Спутниковые системы связи", "Казахстан инжиниринг"}
