"""Russian: a stored excerpt cut off inside the type noun that ends a name («... технический
унив») keeps the name when the cut word begins one type noun only."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def _names(text: str) -> set[str]:
    return {o.name for o in draft_of(text).organizations}


def test_a_type_noun_cut_off_at_the_excerpt_end_is_completed() -> None:
    names = _names(
        "Делегация в Алматы\n"
        "Гости осмотрели лаборатории и побывали в двух вузах, в том числе посетили Карагандинский "
        "индустриальный унив"
    )
    assert "Карагандинский индустриальный университет" in names


def test_a_cut_word_that_begins_several_type_nouns_is_left() -> None:
    names = _names("Делегация в Алматы\nГости осмотрели лаборатории и посетили Карагандинский ком")
    assert not any(n.startswith("Карагандинский") for n in names)
