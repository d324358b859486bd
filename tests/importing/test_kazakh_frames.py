"""Kazakh: a body named as the frame its members meet in («ШЫҰ-ға мүше мемлекеттер») is no
actor of the story."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_body_its_member_states_meet_in_is_no_actor() -> None:
    draft = extract(
        read_text(
            "Министрлер кездесті\n"
            "Астана, 2025 жылғы 3 ақпан. Қазақстан Республикасының Сауда министрлігі мен "
            "Қырғыз Республикасының Экономика министрлігі Еуразиялық экономикалық одаққа мүше "
            "мемлекеттер кеңесінің отырысында ынтымақтастық туралы меморандумға қол қойды."
        )
    )
    names = {o.name for o in draft.organizations}
    assert not any("одақ" in n.casefold() for n in names)
    assert len(names) == 2
