"""On a page with no date of its own, a year told only of what is to come ("the next forum will
be held in 2032") is not the year its other news is told in: a day without a year in a clause of
the present or past ("from June 4-5 the minister is chairing ...") gets no year from it, while a
day told of that coming event does."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[PartialDate]:
    return [m.date for m in extract(read_text(text)).milestones if m.date is not None]


def test_a_present_day_takes_no_year_told_of_the_future() -> None:
    dated = _dated(
        "Customs forum news\n\n"
        "The next Ruritania-Kazakhstan customs forum will be held in Aktau in 2032, the "
        "minister said.\n\n"
        "From June 4-5, the minister is chairing the border workshop in Ruritania.\n"
    )
    assert [d for d in dated if d.month is not None] == []


def test_a_day_of_the_coming_event_keeps_its_year() -> None:
    dated = _dated(
        "Customs forum news\n\n"
        "The next Ruritania-Kazakhstan customs forum will be held in Aktau in 2032.\n\n"
        "The forum will open on June 4 with a trade fair.\n"
    )
    assert PartialDate(2032, 6, 4) in dated
