"""A Russian document named again in fewer words: «соглашение о научном сотрудничестве с X»,
then «Научное соглашение о сотрудничестве подписано ...» or «Соглашение о сотрудничестве ...»
is the same document (its title's words within the first's, in order), not a second one.
Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_restatement_that_drops_a_modifier_is_the_same_document() -> None:
    draft = draft_of(
        "Институт подписал соглашение\n"
        "В Вене министр науки Казахстана Ерлан Нурбеков подписал соглашение о техническом "
        "сотрудничестве с Международным агентством по атомной энергии. «Соглашение о "
        "сотрудничестве подписано на пять лет», – сообщили в министерстве.",
        detected="ru",
    )
    assert len(draft.memoranda) == 1
    assert any("агентств" in p.casefold() for p in draft.memoranda[0].parties)


def test_two_documents_on_different_subjects_stay_two() -> None:
    draft = draft_of(
        "Подписаны документы\n"
        "Университет «Нархоз» подписал соглашение о сотрудничестве в области экономики с "
        "Лондонской школой экономики. Также университет «Нархоз» подписал соглашение о "
        "сотрудничестве в области права с Лондонской школой экономики.",
        detected="ru",
    )
    assert len(draft.memoranda) == 2
