"""More wordings of dated events in cooperation news: a delegation welcomed, a plant put into
operation, ground broken, a first product off the line, a lecture given, a chairmanship
assumed, a working trip, an event organized, an alliance joined, a first procedure performed, a
delegation getting acquainted with a site, a master class, a membership gained."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[str]:
    draft: Draft = extract(read_text(text))
    return [str(m.date) for m in draft.milestones if m.date is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor of Turkistan region welcomed a delegation from Bursa on 2 October.",
        "The Korean-built greenhouse complex was put into operation on 2 October.",
        "Two Emirati firms broke ground on a date-packing plant near Shymkent on 2 October.",
        "The first electric bus rolled off the assembly line in Kostanay on 2 October.",
        "A Polish economist gave a guest lecture at Narxoz University on 2 October.",
        "Kazakhstan assumed the chairmanship of the Turkic Council on 2 October.",
        "On 2 October the vice minister was on a working trip to Vilnius.",
        "The consulate organized a concert of Kazakh musicians in Izmir on 2 October.",
        "Kazakhstan joined the Global Methane Pledge on 2 October.",
        "The clinic performed the first robotic surgery with Turkish doctors on 2 October.",
        "The Latvian delegation got acquainted with the work of the port on 2 October.",
        "A Czech surgeon conducted a master class for young doctors in Semey on 2 October.",
        "The academy became a full member of the Eurasian Universities Union on 2 October.",
    ],
)
def test_the_wording_is_a_dated_event(sentence: str) -> None:
    assert _dated(f"Partners of Kazakhstan\n5 October 2026\n{sentence}\n") == ["2026-10-02"]
