"""Russian: a document the sides agree to prepare or work out is planned, not signed."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны договорились о подготовке меморандума о туризме.",
        "Университеты договорились о разработке проекта соглашения о стажировках.",
        "Стороны договорились проработать двустороннее соглашение о науке.",
    ],
)
def test_a_document_to_be_prepared_is_a_planned_signing(sentence: str) -> None:
    draft = draft_of(
        "Переговоры\nПосол Японии встретился с руководством Евразийского университета. " + sentence
    )
    assert draft.memoranda == []
    assert any(m.status == "planned" and m.title.startswith("Подписание") for m in draft.milestones)


def test_a_document_signed_beside_one_to_be_prepared_stays_signed() -> None:
    draft = draft_of(
        "Переговоры\n"
        "Евразийский университет и Университет Сеула подписали меморандум о сотрудничестве и "
        "договорились о подготовке соглашения о двойных дипломах."
    )
    assert [m.title for m in draft.memoranda] == ["Меморандум о сотрудничестве"]
