"""A name a place is held in («7 место в RAEX-100») is a ranking, and the annotation guide lists
no ranking as an actor; the university that holds the place stays."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_ranking_a_place_is_held_in_is_no_partner() -> None:
    draft = extract(
        read_text(
            "Вузы откроют филиалы\n"
            "Министерство науки и высшего образования Республики Казахстан сообщило, что филиалы "
            "откроют Томский государственный университет (7 место в RAEX-100) и Уральский "
            "федеральный университет (12 место в рейтинге вузов России от Интерфакс-Рейтинг)."
        )
    )
    names = [o.name for o in draft.organizations]
    assert not any("RAEX" in n for n in names)
    assert "Уральский федеральный университет" in names
