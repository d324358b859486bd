"""Kazakh agreements: officials told attending right after a signing that names no party are
its sides, through the bodies they head."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    document = read_text(text)
    document.language = "kk"
    return extract(document)


def test_two_officials_attending_a_passive_signing_are_its_sides() -> None:
    draft = _draft(
        "Жаңа меморандум\n"
        "Астанада жастарды қолдау туралы меморандумға қол қойылды. Шараға Ғылым және жоғары "
        "білім министрі Дархан Ахметов пен «Болашақ жастар қоры» директоры Әсел Нұрланова "
        "қатысты."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Ғылым және жоғары білім министрлігі", "Болашақ жастар қоры"}


def test_one_official_attending_gives_no_sides() -> None:
    draft = _draft(
        "Жаңа меморандум\n"
        "Астанада жастарды қолдау туралы меморандумға қол қойылды. Шараға Ғылым және жоғары "
        "білім министрі Дархан Ахметов қатысты."
    )
    (memo,) = draft.memoranda
    assert memo.parties == []
