"""Russian: a document's other name in brackets («План мероприятий («Дорожная карта») по ...»)
is the same document, and the sides after it are still its own."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize("other", ["(«Дорожная карта»)", "(дорожная карта)"])
def test_a_plan_with_its_other_name_is_one_document_of_the_bodies_after_mezhdu(
    other: str,
) -> None:
    draft = draft_of(
        "Энергетики договорились\n"
        f"Новый план мероприятий {other} по развитию сотрудничества между Министерством "
        "энергетики Республики Казахстан и Министерством энергетики Республики Армения подписан "
        "в Ереване в ходе визита Премьер-министра Армении Ивана Петрова."
    )
    [memo] = draft.memoranda
    assert memo.title.startswith("План мероприятий")
    assert set(memo.parties) == {
        "Министерство энергетики Республики Казахстан",
        "Министерство энергетики Республики Армения",
    }
