"""Coordinated signing clauses (issue 19, English): "A and B signed X, and C and D signed Y",
"A signed X with B; C signed Y with D": each document has the sides of its own clause. A list
of subjects with an aside ("A, the Polish company, and B signed") is one clause. Sentences
written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def _sides(text: str) -> set[frozenset[str]]:
    draft = english_draft("Business forum\n\nBAKU, 7 May 2026. " + text)
    return {frozenset(m.parties) for m in draft.memoranda}


def test_two_clauses_with_their_own_subjects() -> None:
    assert _sides(
        "At the forum, Steppe Energy Company and Caspian Power Company signed an agreement on "
        "wind farms, and Aral Logistics and Baku Port Company signed a memorandum on ferries."
    ) == {
        frozenset({"Steppe Energy Company", "Caspian Power Company"}),
        frozenset({"Aral Logistics", "Baku Port Company"}),
    }


def test_two_clauses_each_with_a_partner_after_with() -> None:
    assert _sides(
        "Steppe Energy Company signed a memorandum with Caspian Power Company; Aral Logistics "
        "signed a contract with Baku Port Company."
    ) == {
        frozenset({"Steppe Energy Company", "Caspian Power Company"}),
        frozenset({"Aral Logistics", "Baku Port Company"}),
    }


def test_a_subject_with_an_aside_is_one_clause() -> None:
    assert _sides(
        "Caspian Power Company, the Azerbaijani utility, and Steppe Energy Company signed an "
        "agreement on wind farms."
    ) == {frozenset({"Steppe Energy Company", "Caspian Power Company"})}
