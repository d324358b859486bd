"""English: an outlet credited in a dateline's brackets ("BAKU, 2 May 2025 (X).") only reports;
a body named under its parent ("the Institute of Zoology of the Academy of Sciences of
Tajikistan") is of the parent's country, so it is never folded into a longer name of another
country's body that shares its first words."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_an_outlet_in_a_datelines_brackets_is_no_organization() -> None:
    draft = extract(
        read_text(
            "Zoologists sign agreement\nDUSHANBE, 2 May 2025 (AsiaPlusWire). Tajik Zoo Centre "
            "and Almaty Zoo signed a cooperation agreement.\n"
        )
    )
    names = {o.name for o in draft.organizations}
    assert "AsiaPlusWire" not in names
    assert "Almaty Zoo" in names


def test_a_body_under_a_foreign_parent_stays_apart_from_a_longer_name() -> None:
    draft = extract(
        read_text(
            "Zoologists sign agreement\nDUSHANBE, 2 May 2025. The Institute of Zoology of the "
            "Academy of Sciences of Tajikistan and the Institute of Zoology and Parasitology of "
            "Kazakhstan signed a cooperation agreement.\n"
        )
    )
    names = {o.name for o in draft.organizations}
    assert any(n.startswith("Institute of Zoology") and "Parasitology" not in n for n in names)
    assert "Institute of Zoology and Parasitology of Kazakhstan" in names
