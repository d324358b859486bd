"""A document first told with no sides of its own (the countries "between" which its purpose
runs are none), then signed by named people of its sides ("X of A and Y of B signed the MoU on
7 April"): one memorandum, with those sides, signers and date, not a second one beside the
headline's (English, sentences written for the test)."""

from __future__ import annotations

from tests.importing.drafting import english_draft

_TEXT = (
    "Steppe Bank and Oasis Bank sign MoU on card payments\n\n"
    "Almaty, 9 April 2026 — Steppe Bank and Oasis Bank of Uzbekistan have entered into a "
    "memorandum of understanding "
    "to launch instant card payments between Kazakhstan and Uzbekistan.\n\n"
    "Aigerim Sadykova, Chairperson of the Board of Steppe Bank, and Oasis Bank's Chief "
    "Executive Officer Rustam Karimov signed the MoU in Tashkent on 7 April."
)


def test_the_signing_sentence_names_the_one_document_told_before() -> None:
    memoranda = english_draft(_TEXT).memoranda
    assert [sorted(m.parties) for m in memoranda] == [["Oasis Bank", "Steppe Bank"]]
    assert str(memoranda[0].signed_on) == "2026-04-07"
    assert sorted(memoranda[0].signatories) == ["Aigerim Sadykova", "Rustam Karimov"]
