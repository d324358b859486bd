"""Kazakh: a chamber named in a title is the person's body, and a state in the nominative before
an international organization is the sentence's subject, not part of the organization's name."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_the_chair_of_a_chamber_serves_that_chamber() -> None:
    draft = draft_of(
        "Астанада кездесу өтті\n"
        "Мәжіліс төрағасы Ерлан Қошанов Түркия Республикасының елшісімен кездесті."
    )
    people = {p.name: p.organization for p in draft.people}
    assert people["Ерлан Қошанов"] == "Мәжіліс"
    assert "Мәжіліс" in {o.name for o in draft.organizations}


def test_a_state_that_chairs_an_international_organization_is_not_in_its_name() -> None:
    draft = draft_of(
        "Түркі әлемі\nБиыл Әзербайжан Республикасы Түркі мемлекеттері ұйымына төрағалық етеді."
    )
    names = {o.name for o in draft.organizations}
    assert "Түркі мемлекеттері ұйымы" in names
    assert not any(n.startswith("Әзербайжан") for n in names)
