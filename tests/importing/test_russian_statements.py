"""Russian: a declaration or a communiqué the leaders sign is no memorandum; a document added to
it in the next sentences («Ещё один документ – План ...») still is."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Лидеры двух стран подписали декларацию о вечной дружбе.",
        "По итогам саммита главы государств подписали совместное коммюнике.",
    ],
)
def test_a_declaration_or_a_communique_is_no_memorandum(sentence: str) -> None:
    assert draft_of("Итоги саммита\n" + sentence).memoranda == []


def test_a_plan_added_after_a_declaration_is_a_document() -> None:
    draft = draft_of(
        "Итоги саммита\n"
        "Лидеры Армении и Казахстана скрепили подписями декларацию о партнерстве. "
        "Она открывает новый этап отношений. "
        "Ещё один документ – План совместных действий по развитию торговли на 2027 год."
    )
    [memo] = draft.memoranda
    assert memo.title.startswith("План совместных действий")
