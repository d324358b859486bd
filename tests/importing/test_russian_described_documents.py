"""Russian: a full participle before a document («выполнения подписанного в 2022 году
соглашения») tells that the document was signed once, not that the sentence's subject
(«Стороны обсудили ...») signed it; the sides of a meeting are not guessed as its parties.
Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of

_MEETING = (
    "Министр сельского хозяйства встретился с послом Японии\n"
    "Состоялась встреча министра сельского хозяйства РК Ерлана Нысанбаева с Чрезвычайным и "
    "Полномочным Послом Японии Кэндзи Сато.\n"
)


def test_sides_that_discuss_a_document_signed_once_are_not_its_parties() -> None:
    draft = draft_of(
        _MEETING + "Стороны обсудили ход выполнения подписанного 12 марта 2022 года "
        "Соглашения о сотрудничестве в области ветеринарии."
    )
    [agreement] = draft.memoranda
    assert agreement.parties == []


def test_sides_that_sign_are_still_the_parties() -> None:
    draft = draft_of(_MEETING + "Стороны подписали соглашение о сотрудничестве в ветеринарии.")
    [agreement] = draft.memoranda
    assert len(agreement.parties) == 2


def test_a_document_the_sides_signed_themselves_keeps_them() -> None:
    draft = draft_of(
        _MEETING + "Стороны обсудили ход выполнения подписанного ими в 2022 году "
        "Соглашения о сотрудничестве в области ветеринарии."
    )
    [agreement] = draft.memoranda
    assert len(agreement.parties) == 2
