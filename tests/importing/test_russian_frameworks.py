"""Russian: a body named only as the frame two sides work in («в рамках ШОС») is no side."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_organizations_listed_as_a_framework_are_not_proposed() -> None:
    draft = draft_of(
        "Министры обсудили сотрудничество\n"
        "Министерство торговли и интеграции Республики Казахстан и Министерство экономики "
        "Монголии обсудили взаимодействие в рамках многосторонних структур, включая ШОС, "
        "СВМДА и ООН."
    )
    assert {"ШОС", "СВМДА", "ООН"}.isdisjoint(_names(draft))
    assert any("Министерство экономики" in n for n in _names(draft))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # named as a frame, then acting: it stays
        (
            "Стороны работают в рамках ООН. Представительство ООН в Казахстане подписало "
            "меморандум с Министерством здравоохранения Республики Казахстан.",
            "ООН",
        ),
        # «в рамках визита делегации ...»: the frame is an event the body takes part in
        (
            "В рамках визита делегации Новосибирского государственного университета в Алматы "
            "стороны подписали меморандум с Казахским национальным университетом имени "
            "аль-Фараби.",
            "Новосибирский государственный университет",
        ),
    ],
)
def test_a_body_that_acts_is_kept(text: str, kept: str) -> None:
    assert any(kept in n for n in _names(draft_of("Сотрудничество\n" + text)))
