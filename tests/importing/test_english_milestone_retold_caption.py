"""A photo caption that repeats the lead in nearly the same words tells the same event: one
milestone, not two, even when the titles made from the two tellings differ."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

_PAGE = (
    "Kazakhstan opens a trade house in Tbilisi\n\n"
    "date 2026-06-13 Levan Davitashvili attended the opening ceremony of the Trade House of "
    "Kazakhstan in Tbilisi, together with Kazakh Trade and Integration Minister Arman "
    "Shakkaliyev on Friday. (Photo: Steppe Wire)\n\n"
    "TBILISI, June 12 (Steppe Wire) -- Georgian Minister of Economy and Sustainable Development "
    "Levan Davitashvili attended the opening ceremony of the Trade House of Kazakhstan in "
    "Tbilisi, together with Kazakh Trade and Integration Minister Arman Shakkaliyev on Friday.\n\n"
    "The house will host exporters from both countries.\n"
)


def test_the_caption_and_the_lead_are_one_milestone() -> None:
    draft = extract(read_text(_PAGE))
    dated = [m for m in draft.milestones if m.date is not None]
    assert len(dated) == 1
    assert str(dated[0].date) == "2026-06-12"
    assert len(dated[0].spans) == 2


def test_two_events_of_one_day_stay_two() -> None:
    draft = extract(
        read_text(
            "Ministers meet in Tbilisi\n\n"
            "date 2026-06-13 On 12 June 2026 the Georgian Economy Minister met the Kazakh Trade "
            "Minister in Tbilisi. On 12 June 2026 the Georgian Economy Minister opened a "
            "logistics centre of Kazakhstan Temir Zholy in Poti.\n"
        )
    )
    assert len([m for m in draft.milestones if m.date is not None]) == 2
