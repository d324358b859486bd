"""Kazakh: outlets named by a site's address or as a channel, and an Uzbek city's hokimiyat."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_sites_and_channels_are_outlets_and_a_hokimiyat_signs() -> None:
    draft = draft_of(
        "Екі қала арасында меморандумға қол қойылды - «Jibek» Ұлттық телеарнасы\n"
        "Бұл туралы қала әкімі өз парақшасында жазды, деп хабарлады Ontustik.info.\n"
        "Түркістан қаласының әкімдігі мен Самарқанд қаласының хокимияты ынтымақтастық туралы "
        "меморандумға қол қойды."
    )
    names = {o.name for o in draft.organizations}
    assert names == {"Түркістан қаласының әкімдігі", "Самарқанд қаласының хокимияты"}
    [memo] = draft.memoranda
    assert set(memo.parties) == names
