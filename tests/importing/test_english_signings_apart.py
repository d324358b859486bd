"""Signings told in ways the rules read too narrowly (English), sentences written for the test:
a date and a place between "signed" and "by" still leave the signers' bodies as the sides; one
side and "respectively" give one document with each partner; a joint or signed declaration is
a document; a document with no side is told apart by the words before its noun ("a visa waiver
agreement") as well as by a subject after it ("a treaty on legal aid")."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _sides(draft: Draft) -> list[list[str]]:
    return sorted(sorted(m.parties) for m in draft.memoranda)


def test_the_signers_after_a_date_and_a_place_are_the_sides() -> None:
    draft = english_draft(
        "Grain deal\n\n"
        "A supply agreement was signed on 14 May 2026 in Astana by representatives of "
        "Samruk Energy JSC and China Railway Container Transport Corporation."
    )
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["China Railway Container Transport Corporation", "Samruk Energy JSC"]
    ]


def test_one_side_and_respectively_give_one_document_with_each_partner() -> None:
    draft = english_draft(
        "Energy deals\n\n"
        "Samruk Energy JSC signed a turbine supply agreement and a maintenance contract with "
        "Siemens Energy and Toshiba, respectively."
    )
    assert sorted(sorted(m.parties) for m in draft.memoranda) == [
        ["Samruk Energy JSC", "Siemens Energy"],
        ["Samruk Energy JSC", "Toshiba"],
    ]


def test_a_signed_declaration_and_a_joint_one_are_documents() -> None:
    draft = english_draft(
        "State visit\n\n"
        "ASTANA, 2 March 2026. The two presidents signed a declaration on eternal friendship.\n\n"
        "The foreign ministers also adopted a joint declaration on regional security."
    )
    assert len(draft.memoranda) == 2


def test_documents_with_no_side_are_told_apart_by_the_words_before_the_noun() -> None:
    draft = english_draft(
        "State visit\n\n"
        "ASTANA, 2 March 2026. The two delegations signed a treaty on legal aid, a visa waiver "
        "agreement and a road transport agreement."
    )
    assert len(draft.memoranda) == 3


def test_a_new_bilateral_agreement_names_no_subject_of_its_own() -> None:
    draft = english_draft(
        "State visit\n\n"
        "ASTANA, 2 March 2026. The two delegations signed a treaty on legal aid and a new "
        "bilateral agreement."
    )
    assert len(draft.memoranda) == 1


def test_a_deal_finalized_with_a_bank_is_an_agreement_reached() -> None:
    draft = english_draft(
        "Bank news\n\n"
        "In March 2026 a $120 million loan agreement of Samruk Energy JSC was finalized with "
        "the Asian Infrastructure Investment Bank."
    )
    assert _sides(draft) == [["Asian Infrastructure Investment Bank", "Samruk Energy JSC"]]


def test_a_joint_statement_adopted_by_two_presidents_is_a_document() -> None:
    draft = english_draft(
        "Summit\n\n"
        "BAKU, 9 April 2026. At the end of the talks the joint statement of the two presidents "
        "on regional transit was adopted."
    )
    assert [(m.parties, str(m.signed_on)) for m in draft.memoranda] == [([], "2026-04-09")]
