"""English: a name led by an acronym of another name's leading words, the rest the same
("UAE Space Agency" beside "United Arab Emirates Space Agency"), is that organization."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

_FULL = "Saudi Arabia Water Supply Authority"


def _organizations(body: str) -> dict[str, list[str]]:
    draft = extract(read_text(f"ASTANA, 5 June 2025. The {_FULL} signed a memorandum. {body}\n"))
    return {o.name: o.aliases for o in draft.organizations}


def test_an_acronym_of_the_leading_words_joins_the_full_name() -> None:
    found = _organizations("The SAW Supply Authority will train engineers next year.")
    assert "SAW Supply Authority" in found.get(_FULL, [])
    assert "SAW Supply Authority" not in found


def test_an_acronym_of_other_words_stays_apart() -> None:
    found = _organizations("The KZ Water Supply Authority will train engineers next year.")
    assert _FULL in found
    assert "KZ Water Supply Authority" not in found.get(_FULL, [])
