"""A Russian date a participle of being in force gives («Соглашение, действующее с 25 декабря
2003 года», «вступившего в силу 1 января 2020 года») is the document's, not the date of the
event the sentence tells."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_document_in_force_since_a_day_does_not_date_its_ratification() -> None:
    draft = extract(
        read_text(
            "Сенат\n"
            "3 апреля 2025 года сенаторы рассмотрят ратификацию Протокола к Соглашению о "
            "транзите, действующему с 14 мая 2008 года."
        )
    )
    ratifications = [m for m in draft.milestones if m.title.startswith("Ратификация")]
    assert [m.date for m in ratifications] == [PartialDate(2025, 4, 3)]


def test_a_document_that_came_into_force_does_not_date_the_event() -> None:
    draft = extract(
        read_text(
            "Сенат\n"
            "Сенаторы обсудили ратификацию протокола к договору, вступившему в силу 1 июля "
            "2019 года."
        )
    )
    assert all(m.date != PartialDate(2019, 7, 1) for m in draft.milestones)
