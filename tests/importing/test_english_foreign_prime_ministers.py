"""English: a prime minister whose nationality comes before the title heads that country's
government; a bare "Prime Minister" stays Kazakhstan's."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _organizations(body: str) -> set[str]:
    return {o.name for o in extract(read_text(f"ASTANA, 5 June 2025. {body}\n")).organizations}


def test_a_nationality_before_the_title_names_the_government() -> None:
    names = _organizations('"We will keep our word," said Russian Prime Minister Ivan Petrov.')
    assert "Government of Russia" in names
    assert "Government of the Republic of Kazakhstan" not in names


def test_a_bare_prime_minister_is_kazakhstans() -> None:
    names = _organizations("Prime Minister Ivan Petrov opened the new plant in Pavlodar.")
    assert "Government of the Republic of Kazakhstan" in names
