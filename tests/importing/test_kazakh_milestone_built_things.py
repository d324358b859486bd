"""Kazakh milestone titles: the things a verb of building builds own the construction
(«театрлар салынады» is «театрлар құрылысы»). Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _titles(text: str) -> list[str]:
    return [m.title for m in extract(read_text(text)).milestones]


def test_things_built_take_the_construction_in_the_possessive() -> None:
    titles = _titles(
        "Облыста жаңа нысандар салынады\n"
        "2025 жылғы 3 наурыз. Павлодар облысының әкімдігі хабарлағандай, келесі жылы қалада "
        "мұражайлар салынады."
    )
    assert any(t.endswith("мұражайлар құрылысы") for t in titles), titles
