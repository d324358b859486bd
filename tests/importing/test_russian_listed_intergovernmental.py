"""Documents listed after a sentence that calls them intergovernmental («подписали ряд
межправительственных соглашений:») bind the two countries' governments, even when heads of
state sign them; a list the sentence does not call so keeps no party (heads of state sign for no
body)."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

LIST = (
    "Соглашение о сотрудничестве в области рыболовства;\n"
    "Соглашение о взаимной охране инвестиций;\n"
    "Протокол об обмене студентами.\n"
)


def _parties(lead: str) -> list[list[str]]:
    text = "Визит в Азербайджан\n\nБаку, 2 марта 2026 года.\n\n" + lead + "\n" + LIST
    return [sorted(m.parties) for m in extract(read_text(text)).memoranda]


def test_listed_documents_called_intergovernmental_have_the_two_governments() -> None:
    parties = _parties(
        "По итогам переговоров главы государств Казахстана и Азербайджана подписали ряд "
        "межправительственных соглашений:"
    )
    assert len(parties) == 3
    for sides in parties:
        assert len(sides) == 2
        assert all(side.startswith("Правительство") for side in sides)
        assert any("Азербайджан" in side for side in sides)


def test_listed_documents_not_called_so_have_no_party() -> None:
    parties = _parties(
        "По итогам переговоров главы государств Казахстана и Азербайджана подписали ряд документов:"
    )
    assert len(parties) == 3
    assert all(sides == [] for sides in parties)
