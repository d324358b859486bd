"""Russian bodies that are no sides of a document: one named in what the document is about
after «по» and an action noun («меморандум по созданию ... центра X»), and one in whose name the
words are said («..., отметили в администрации губернатора»). Sentences written for these
tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_body_in_what_the_document_is_about_after_po_is_no_side() -> None:
    draft = draft_of(
        "Подписан меморандум о логистике\n"
        "Первый вице-министр энергетики Казахстана Ержан Абенов и заместитель министра "
        "транспорта Китая Ли Вэй подписали меморандум по развитию деятельности "
        "Международного логистического центра «Достык»."
    )
    assert len(draft.memoranda) == 1
    parties = draft.memoranda[0].parties
    assert not any("Достык" in p for p in parties)
    assert len(parties) == 2


def test_a_body_the_words_are_said_in_is_no_side() -> None:
    draft = draft_of(
        "Регионы подписали соглашение\n"
        "Подписание соглашения с Евразийским банком развития откроет новые возможности, "
        "подчеркнули в администрации Омской области."
    )
    assert draft.memoranda
    for memo in draft.memoranda:
        assert not any("администрац" in p.casefold() for p in memo.parties)
