"""A meeting told through offices whose holders' names are set off by commas ("The Minister of
Trade of Ruritania, Tom Bell, met with the Ambassador of Kazakhstan, Aigul Sadykova, ...") is
titled with those names after the office, not by the office alone; a meeting that names no
one this way keeps its title."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _titles(sentence: str) -> list[str]:
    text = f"Talks in Rurik City\nRurik City, 2 June 2031 (RNA): {sentence}\n"
    return [m.title for m in extract(read_text(text)).milestones]


def test_the_set_off_names_title_the_meeting() -> None:
    titles = _titles(
        "The Minister of Trade and Industry of Ruritania, Tom Bell, met with the Ambassador of "
        "Kazakhstan to Ruritania, Aigul Sadykova, to review the trade roadmap."
    )
    assert len(titles) == 1
    assert titles[0].startswith("The Minister of Trade and Industry of Ruritania met")
    assert titles[0].endswith("(Tom Bell with Aigul Sadykova)")


def test_a_meeting_without_set_off_names_keeps_its_title() -> None:
    titles = _titles("The Ruritanian trade minister met with the Kazakh ambassador in Rurik City.")
    assert titles and "(" not in titles[0]


def test_a_lead_meeting_naming_a_document_takes_the_dateline_day() -> None:
    draft = extract(
        read_text(
            "Talks in Rurik City\nRurik City, 2 June 2031 (RNA): The Ruritanian trade minister "
            "met with the Kazakh ambassador to review the transit roadmap.\n"
        )
    )
    assert [str(m.date) for m in draft.milestones] == ["2031-06-02"]
