"""A Russian verb of achieving in the past («торговля достигла 4 млрд долларов») tells a figure
reached, no target and no milestone; one still to come («достичь ... к 2030 году») is a
target."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _milestones(body: str) -> list[tuple[str, PartialDate | None]]:
    draft = extract(read_text("Торговля растёт\nОпубликовано: 20.02.2025\n" + body))
    return [(m.title, m.date) for m in draft.milestones]


def test_a_figure_reached_last_year_is_no_milestone() -> None:
    found = _milestones("В 2024 году объем торговли с Вьетнамом достиг 4 млрд долларов.")
    assert not [t for t, _d in found if t.startswith("Достижение")]


def test_a_figure_to_reach_is_a_dated_target() -> None:
    found = _milestones("Стороны намерены достичь товарооборота в 6 млрд долларов к 2028 году.")
    assert [t for t, d in found if d == PartialDate(2028) and t.startswith("Достижение")]
