"""Scraped pages that glued words together (issue 19, English): "betweenthe", "theSteppe",
"Kazakhstan’sMinistry", "Thisagreement wasmade", "Higher Educationand" read as written, and the
spans the draft points at stay on the page as pasted. Two ministries whose names differ by their
fields stay two. Sentences written for the test."""

from __future__ import annotations

from kztracker.importing.extract.english.glued import unglue
from tests.importing.drafting import english_draft


def test_glued_function_words_are_split_and_real_words_are_not() -> None:
    text, inserted = unglue(
        "signed betweenthe bank and theSteppe Fund; Kazakhstan’sMinistry of Higher Educationand "
        "Thisagreement wasmade within the PetroKazakhstan and KazMunayGas offices in Thailand"
    )
    assert text == (
        "signed between the bank and the Steppe Fund; Kazakhstan’s Ministry of Higher Education "
        "and This agreement was made within the PetroKazakhstan and KazMunayGas offices in "
        "Thailand"
    )
    assert len(inserted) == 6


def test_a_glued_page_gives_the_memorandum_and_spans_on_the_page_as_pasted() -> None:
    page = (
        "Banks cooperate\n\n"
        "ASTANA, 9 June 2026. A memorandum on payments was signed betweenthe Steppe Central Bank "
        "and the Bank of Mongolia. Thisagreement wasmade by theSteppe Payments Agency and "
        "Mongolia's Treasury."
    )
    draft = english_draft(page)
    assert {"Steppe Central Bank", "Bank of Mongolia"} in [set(m.parties) for m in draft.memoranda]
    bank = next(o for o in draft.organizations if o.name == "Steppe Central Bank")
    assert [page[s.start : s.end] for s in bank.spans] == ["Steppe Central Bank"]


def test_a_ministry_of_fewer_fields_is_another_ministry() -> None:
    draft = english_draft(
        "Two ministries\n\n"
        "ASTANA, 9 June 2026. The Ministry of Science and Higher Education met the rectors. The "
        "second agreement was signed by the Ministry of Education and the Goethe Institute."
    )
    names = {o.name for o in draft.organizations}
    assert {"Ministry of Science and Higher Education", "Ministry of Education"} <= names
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Ministry of Education", "Goethe Institute"}
    ]
