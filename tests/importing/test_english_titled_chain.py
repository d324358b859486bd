"""English: a title heads a chain of names ("Director of the X’s Regional Office for Y",
"Head of the Chair of Z at the Institute of W"); the two words after the last name are the
title's holder, not part of the organization's name."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _found(body: str) -> tuple[set[str], set[str]]:
    draft = extract(read_text(f"ALMATY, 3 March 2025. {body}\n"))
    return {o.name for o in draft.organizations}, {p.name for p in draft.people}


def test_the_person_after_a_possessive_chain_is_no_part_of_the_office() -> None:
    names, people = _found(
        "The director of the Asian Development Bank’s Regional Office for Asia Mira Kovalenko"
        " met officials in the capital."
    )
    assert not any("Kovalenko" in n for n in names)
    assert "Regional Office for Asia" in names
    assert "Mira Kovalenko" in people


def test_the_person_after_a_chain_through_at_the_is_found() -> None:
    names, people = _found(
        "The guests included the Head of the Chair of Turkic Philology at the Institute of"
        " Oriental Studies Li Weimin."
    )
    assert not any("Weimin" in n for n in names)
    assert "Li Weimin" in people


def test_a_name_without_a_title_before_it_stays_whole() -> None:
    names, _ = _found(
        "Students of the Caspian Institute of Marine Studies visited the port on Monday."
    )
    assert "Caspian Institute of Marine Studies" in names
