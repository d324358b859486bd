"""Kazakh: an ordinal in Roman numerals («ІІІ форум», written with the Kazakh letter І) is no
acronym of an organization."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_roman_ordinal_in_kazakh_letters_is_not_an_organization() -> None:
    draft = extract(
        read_text(
            "Астанада халықаралық форум өтті\n"
            "Бүгін Астанада ІІІ халықаралық білім форумы өз жұмысын бастады. Форум аясында "
            "Назарбаев Университеті мен Сеул ұлттық университеті ынтымақтастық туралы "
            "меморандумға қол қойды."
        )
    )
    names = {o.name for o in draft.organizations}
    assert "ІІІ" not in names
    assert not any(name.startswith("ІІІ") for name in names)
    assert draft.memoranda
