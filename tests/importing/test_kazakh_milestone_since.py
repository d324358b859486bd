"""Kazakh: what has gone on since a year («... жылдан бері ...») is a milestone under way, dated
by that year."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_centre_working_since_a_year_is_under_way_since_then() -> None:
    draft = extract(
        read_text(
            "Университет пен қор ынтымақтасады\n"
            "date 2024-03-01\n"
            "Университетте 2008 жылдан бері Корей тілі орталығы жұмыс істеп келеді."
        )
    )
    found = [(m.title, m.date, m.status) for m in draft.milestones if m.date is not None]
    assert found == [("Корей тілі орталығы", PartialDate(2008), "in_progress")]


def test_a_year_with_no_since_word_makes_no_such_milestone() -> None:
    draft = extract(
        read_text(
            "Университет пен қор ынтымақтасады\n"
            "date 2024-03-01\n"
            "Университетте 2008 жылдан Корей тілі оқытылады."
        )
    )
    assert not any(m.title.startswith("Корей") for m in draft.milestones)
