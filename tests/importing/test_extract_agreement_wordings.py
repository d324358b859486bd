"""English agreement wordings seen on pages the rules were never tuned on (issue 19, fifth
pass): an acronym in brackets between the document and its partner ("a memorandum of
cooperation (MoC) with X"), "struck a deal", and a ratification whose decree was signed this
month while the agreement was signed earlier; "secured an agreement" with a purpose of several
words before "with", and the parent an aside names after a partner ("X Co., the energy arm of Y
Group") is no party. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(text: str) -> Draft:
    return draft_of("Partnership news\n date 2025-09-10 \n" + text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarbagatai University has signed a memorandum of cooperation (MoC) with the Lindholm "
        "College, Oslo, Norway to cooperate in several fields.",
        "Tarbagatai University signed an MoC with Lindholm College on student exchange.",
        "Lindholm College and Tarbagatai University struck a deal on technology cooperation.",
        "Lindholm College and Tarbagatai University sealed an agreement on joint research.",
    ],
)
def test_the_wording_names_a_memorandum_of_both_sides(text: str) -> None:
    assert [set(m.parties) for m in _draft(text).memoranda] == [
        {"Tarbagatai University", "Lindholm College"}
    ]


def test_a_ratifying_decree_signed_this_month_does_not_date_the_agreement() -> None:
    draft = _draft(
        "The decree on the ratification of the agreement on river transport was signed this "
        "month. The agreement was signed in Astana in February 2024."
    )
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2024, 2)]


def test_a_ratified_agreement_keeps_the_day_it_was_signed() -> None:
    draft = _draft(
        "The Senate ratified the agreement between Kazakhstan and Georgia on river transport, "
        "which was signed in Tbilisi on 3 March 2024."
    )
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2024, 3, 3)]


def test_a_term_may_stand_between_a_roadmap_and_its_sides() -> None:
    draft = _draft(
        "The sides signed a roadmap for 2026-2028 between the Ministry of Industry of "
        "Kazakhstan and the Ministry of Industry of Mongolia."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Ministry of Industry of Kazakhstan", "Ministry of Industry of Mongolia"}
    ]


def test_an_aside_in_the_future_does_not_make_the_signing_a_plan() -> None:
    draft = _draft(
        "The agreement, which will run for five years, was signed by Tarbagatai Oil LLP and "
        "Khangai Resources LLC on 3 June 2025."
    )
    assert [(set(m.parties), m.signed_on) for m in draft.memoranda] == [
        ({"Tarbagatai Oil LLP", "Khangai Resources LLC"}, PartialDate(2025, 6, 3))
    ]
    assert [m for m in draft.milestones if m.date is not None] == []


def test_a_secured_agreement_with_a_long_purpose_names_its_partners_not_a_parent() -> None:
    draft = _draft(
        "The Ministry of Energy of Kazakhstan secured an agreement for joint rare earth "
        "surveys and processing with the Korea Mining Institute and Dongsan Energy Co., "
        "the energy arm of Hanbit Group."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Ministry of Energy of Kazakhstan", "Korea Mining Institute", "Dongsan Energy Co"}
    ]
