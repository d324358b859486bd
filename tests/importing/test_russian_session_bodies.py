"""Russian: a commission or council named only by its kind is a session (an event), not a side;
one named for its two countries stays an organization."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_a_commission_named_only_by_its_kind_is_a_session_not_a_side() -> None:
    draft = draft_of(
        "Казахстан и Италия обсудили сотрудничество\n"
        "Министр иностранных дел Республики Казахстан Ерлан Сарсенов встретился с послом "
        "Италии в Казахстане Марко Росси. Стороны обсудили подготовку очередного заседания "
        "Межправительственной комиссии по экономическому сотрудничеству."
    )
    names = _names(draft)
    assert not any(name.startswith("Межправительственн") for name in names)
    assert "Посольство Италии в Казахстане" in names


def test_a_commission_named_for_its_two_countries_stays_an_organization() -> None:
    draft = draft_of(
        "Комиссия утвердила план\n"
        "Казахстанско-турецкая межправительственная комиссия утвердила план совместных "
        "проектов, сообщил министр торговли Республики Казахстан Арман Шаккалиев."
    )
    assert any(name.startswith("Казахстанско-турецк") for name in _names(draft))
