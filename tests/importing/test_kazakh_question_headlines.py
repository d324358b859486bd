"""A headline that asks («Қандай келісімге келді?», what did they agree on?) tells no signing:
it is no document; the same words stated are one. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_question_is_no_document() -> None:
    draft = kazakh_draft(
        "Министрлер қандай келісімге келді?\n"
        "Астанада Қазақстан мен Тәжікстан энергетика министрлері кездесіп, су мен электр "
        "қуатын бөлу мәселесін талқылады."
    )
    assert draft.memoranda == []


def test_the_same_words_stated_are_a_document() -> None:
    draft = kazakh_draft(
        "Министрлер келісімге қол қойды\n"
        "Астанада Қазақстан мен Тәжікстан энергетика министрлері кездесіп, су мен электр "
        "қуатын бөлу мәселесін талқылады."
    )
    assert len(draft.memoranda) == 1
