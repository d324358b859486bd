"""Russian: a body that hosts the event where a document is signed («на форуме, организованном
Министерством X, компании A и B подписали ...») is no side of the document; a body after a
signing participle («соглашение, подписанное Министерством X и компанией Y») still is.
Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_the_host_of_the_forum_is_no_side() -> None:
    draft = draft_of(
        "Форум в Атырау\n"
        "На форуме, организованном Министерством энергетики Казахстана, компания Eni и "
        "АО «КазМунайГаз» подписали соглашение о разведке шельфа."
    )
    [memo] = draft.memoranda
    assert len(memo.parties) == 2
    assert all("Министерство" not in p for p in memo.parties)


def test_the_bodies_after_a_signing_participle_are_the_sides() -> None:
    draft = draft_of(
        "Соглашение вступило в силу\n"
        "Соглашение, подписанное Министерством энергетики Казахстана и компанией Eni, вступило "
        "в силу."
    )
    [memo] = draft.memoranda
    assert len(memo.parties) == 2
    assert any("Министерство энергетики" in p for p in memo.parties)
