"""Kazakh agreements: officials told attending right after a signing that names no party are
its sides, through the bodies they head."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_two_officials_attending_a_passive_signing_are_its_sides() -> None:
    draft = kazakh_draft(
        "Жаңа меморандум\n"
        "Астанада жастарды қолдау туралы меморандумға қол қойылды. Шараға Ғылым және жоғары "
        "білім министрі Дархан Ахметов пен «Болашақ жастар қоры» директоры Әсел Нұрланова "
        "қатысты."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Ғылым және жоғары білім министрлігі", "Болашақ жастар қоры"}


def test_one_official_attending_gives_no_sides() -> None:
    draft = kazakh_draft(
        "Жаңа меморандум\n"
        "Астанада жастарды қолдау туралы меморандумға қол қойылды. Шараға Ғылым және жоғары "
        "білім министрі Дархан Ахметов қатысты."
    )
    (memo,) = draft.memoranda
    assert memo.parties == []
