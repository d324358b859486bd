"""English milestones: a visit a signing was made on the sidelines of is an event of its own
on the signing's day (not when the text only points back at it, nor on a deadline's year);
"scheduled for 2017-2019" is a plan's start, not a document's term; "Speaking at the 19th
meeting of X, ..." after an opening told on the page's day is that meeting, that day, even
when a credit's full stop cut the opening ("..., News.Az reports.")."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _milestones(text: str) -> list[tuple[str, PartialDate | None]]:
    return [(m.title, m.date) for m in extract(read_text(text)).milestones]


def test_the_visit_a_signing_was_made_at_is_a_milestone() -> None:
    found = _milestones(
        "Published: 17 October 2023\n\n"
        "The oil company and its Ruritanian partner signed a memorandum on the sidelines of the "
        "Kazakh President's visit to Ruritania this week to attend the Silk Forum."
    )
    assert [d for t, d in found if "visit to Ruritania" in t] == [PartialDate(2023, 10)]


def test_a_deadline_in_the_signing_sentence_dates_no_visit() -> None:
    found = _milestones(
        "Within the framework of the minister's visit to Ruritania, documents were signed, "
        "including an agreement on the supply of wheat before the end of 2017."
    )
    assert [t for t, _ in found if "visit" in t] == []


def test_scheduled_for_a_span_of_years_is_a_plan_from_its_first() -> None:
    found = _milestones(
        "Published: 24 November 2016\n\n"
        "Key activities of the strategic partnership are scheduled for 2017-2019, including "
        "a joint training project."
    )
    assert [d for _, d in found] == [PartialDate(2017)]


def test_speaking_at_a_meeting_after_the_days_opening_is_that_meeting() -> None:
    found = _milestones(
        "Published: 7 April 2023\n\n"
        "The two countries carry out joint projects, the Ruritanian minister said on Friday, "
        "News.Az reports.\n\n"
        "Speaking at the 19th meeting of the Ruritania-Kazakhstan Intergovernmental Commission "
        "in Baku, the minister noted the growth of trade."
    )
    assert found == [
        (
            "19th meeting of the Ruritania-Kazakhstan Intergovernmental Commission in Baku",
            PartialDate(2023, 4, 7),
        )
    ]
