"""English: a chargé d'affaires, written with or without the accent, is a title; its first word
is never proposed as an organization."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"ASTANA, 9 October 2023. {body}\n")


def test_a_charge_d_affaires_is_a_title_without_the_accent() -> None:
    draft = _draft(
        "On Monday the club's chairman received the Charge d’Affaires of the Republic of "
        "Chile Mr. Pablo Rojas."
    )
    people = {p.name: p.title for p in draft.people}
    assert people.get("Pablo Rojas", "").startswith("Charge d’Affaires")
    assert not any(o.name == "Charge" for o in draft.organizations)


def test_a_charge_d_affaires_after_a_name_keeps_both_words() -> None:
    draft = _draft("The rector met Ingrid Holm, Chargé d'Affaires of Norway, at the campus.")
    assert {p.name: p.title for p in draft.people}.get("Ingrid Holm", "").startswith(
        "Chargé d'Affaires"
    )
