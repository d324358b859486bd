"""Russian: a region that signs is the body the text names for it."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_foreign_region_that_signs_is_its_named_executive_committee() -> None:
    draft = draft_of(
        "Гости из Беларуси\n"
        "В Павлодаре побывал председатель Витебского областного исполнительного комитета "
        "Иван Сидоров. Стороны подписали дорожную карту развития сотрудничества между Павлодарской "
        "и Витебской областями на 2027 год."
    )
    [memo] = draft.memoranda
    assert "Витебский областной исполнительный комитет" in memo.parties
    assert "Витебская область" not in memo.parties
