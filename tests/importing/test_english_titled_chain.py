"""English: a title heads a chain of names ("Director of the X’s Regional Office for Y",
"Head of the Chair of Z at the Institute of W"); the two words after the last name are the
title's holder, not part of the organization's name."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_the_person_after_a_possessive_chain_is_no_part_of_the_office() -> None:
    draft = extract(
        read_text(
            "ALMATY, 3 March 2025. The director of the Asian Development Bank’s Regional Office"
            " for Asia Mira Kovalenko met officials in the capital.\n"
        )
    )
    names = {o.name for o in draft.organizations}
    assert not any("Kovalenko" in n for n in names)
    assert "Regional Office for Asia" in names
    assert "Mira Kovalenko" in {p.name for p in draft.people}


def test_the_person_after_a_chain_through_at_the_is_found() -> None:
    draft = extract(
        read_text(
            "ALMATY, 3 March 2025. The guests included the Head of the Chair of Turkic Philology"
            " at the Institute of Oriental Studies Li Weimin.\n"
        )
    )
    assert not any("Weimin" in o.name for o in draft.organizations)
    assert "Li Weimin" in {p.name for p in draft.people}


def test_a_name_without_a_title_before_it_stays_whole() -> None:
    draft = extract(
        read_text(
            "ALMATY, 3 March 2025. Students of the Caspian Institute of Marine Studies visited"
            " the port on Monday.\n"
        )
    )
    assert "Caspian Institute of Marine Studies" in {o.name for o in draft.organizations}
