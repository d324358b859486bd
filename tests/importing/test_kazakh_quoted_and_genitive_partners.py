"""A quoted name before its own type word («Х» компаниясының басшысы ... зауыты) is that
company's, not the start of a later body's name; a body in the genitive before another of the
same type («Сәтбаев университетінің ... университетімен ынтымақтастығы») is a partner, not a
parent. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_quoted_company_before_a_title_and_a_plant() -> None:
    draft = kazakh_draft(
        "Инвестиция\n"
        "Жетісу облысының әкімі мен «Biofarm Group» компаниясының басшысы дәрі-дәрмек зауытын "
        "салу туралы меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Жетісу облысының әкімдігі", "Biofarm Group"}


def test_a_genitive_body_of_the_same_type_is_a_partner() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Жәңгір хан университетінің Познань экономика университетімен ынтымақтастығы туралы "
        "меморандум жасалды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Жәңгір хан университеті", "Познань экономика университеті"}
