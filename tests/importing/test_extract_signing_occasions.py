"""English milestones around a signing (issue 19, fifth pass, kinds seen on pages the rules were
never tuned on): the round-table or forum a document was signed at is an event of its own on
the signing's day, told once; a trade figure that "approached the half-billion mark" is a
statistic, no event. Every sentence here is written for these tests."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from kztracker.importing.extract.english.signing_occasions import signing_occasion
from tests.importing.drafting import draft_of


def _draft(text: str) -> Draft:
    return draft_of("Partnership news\n\n" + text)


def _dated(draft: Draft) -> list[tuple[PartialDate | None, str]]:
    return [(m.date, m.title) for m in draft.milestones if m.date is not None]


def test_the_round_table_a_document_was_signed_at_is_an_event() -> None:
    draft = _draft(
        "Director of the Steppe Policy Institute Arman Seitov and Chairman of the Khangai "
        "Research Centre Bat Erdene signed a memorandum on 4 March 2025 in Ulaanbaatar on the "
        "margins of a round-table on steppe ecology."
    )
    [(date, title)] = _dated(draft)
    assert date == PartialDate(2025, 3, 4)
    assert title.startswith("Round-table on steppe ecology")
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2025, 3, 4)]


def test_an_occasion_told_as_a_milestone_already_is_told_once() -> None:
    draft = _draft(
        "On 12 May 2025 the Caspian Logistics Forum opened in Aktau. During the forum, "
        "Tarbagatai Oil and Gulf Harbour Group signed an agreement on tanker routes."
    )
    forums = [t for _, t in _dated(draft) if "forum" in t.casefold()]
    assert len(forums) == 1


def test_a_signing_without_an_occasion_adds_no_event() -> None:
    draft = _draft(
        "Tarbagatai Oil and Gulf Harbour Group signed an agreement on tanker routes on "
        "12 May 2025 in Aktau."
    )
    assert _dated(draft) == []


def test_an_occasion_needs_a_day() -> None:
    clause = "the sides signed the memorandum during the Digital Bridge forum"
    assert signing_occasion(clause, 0, [], None, "done") is None
    found = signing_occasion(clause, 0, [], PartialDate(2025, 10, 2), "done")
    assert found is not None and found.date == PartialDate(2025, 10, 2)
    assert found.title.startswith("Digital Bridge forum")


def test_a_trade_figure_near_a_mark_is_no_event() -> None:
    draft = _draft(
        "At a joint press briefing after the talks, the ministers said that by the end of "
        "2024 the trade turnover between the countries approached the billion-dollar mark."
    )
    assert _dated(draft) == []
