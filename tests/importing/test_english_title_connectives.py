"""A connective that opens a sentence ("Besides,", "Furthermore,") is no part of the milestone
the sentence tells, nor is what "besides" sets beside it ("Besides the fair, a forum ...")."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _titles(text: str) -> list[str]:
    return [milestone.title for milestone in extract(read_text(text)).milestones]


def test_an_opening_besides_with_its_comma_leaves_the_title() -> None:
    text = (
        "Trade ties with Oman\n"
        "Astana, 3 March 2025. Besides, the Minister of Trade of Kazakhstan will visit Muscat "
        "in April 2025.\n"
    )
    titles = _titles(text)
    assert titles
    assert not any(title.startswith("Besides") for title in titles)
    assert any("visit Muscat" in title for title in titles)


def test_what_besides_sets_aside_leaves_the_title_with_its_connective() -> None:
    text = (
        "Trade ties with Oman\n"
        "Astana, 3 March 2025. Besides the trade fair, an investment forum will be held in "
        "Muscat in April 2025.\n"
    )
    titles = _titles(text)
    assert titles
    assert any(title.casefold().startswith("investment forum") for title in titles)
    assert not any("trade fair" in title for title in titles)
