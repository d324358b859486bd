"""A Kazakh date in the clause of a verb of saying («..., деп хабарлады 4 маусымда баспасөз
хатшысы», «Бұл туралы 10 мамырда министр мәлімдеді: ...») is the day it was said, not the day
of the event told; a date inside what was said («... 2026 жылы ашылатынын айтты») and one in
the event's own clause still date it."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dates(body: str) -> list[PartialDate | None]:
    draft = extract(read_text("Өңір жаңалықтары\n" + body))
    return [m.date for m in draft.milestones]


def test_the_day_a_spokesman_spoke_does_not_date_the_forum() -> None:
    found = _dates(
        "Жастар форумы кейінге шегерілді, деп хабарлады 2023 жылғы 4 маусымда әкімдіктің "
        "баспасөз хатшысы."
    )
    assert found == [None]


def test_the_day_of_a_statement_does_not_date_the_opening_told_after_it() -> None:
    found = _dates(
        "Бұл туралы 2023 жылғы 10 мамырда вице-министр мәлімдеді: Павлодарда зертхана күзде "
        "ашылады."
    )
    assert PartialDate(2023, 5, 10) not in found


def test_a_date_inside_what_was_said_dates_the_event() -> None:
    found = _dates(
        "Астана, 2024 жылғы 20 ақпан. Ректор алғашқы студенттер 2026 жылы тағылымдамаға "
        "аттанатынын айтты."
    )
    assert PartialDate(2026) in found


def test_a_date_in_the_events_own_clause_still_dates_it() -> None:
    found = _dates("Министрдің айтуынша, зертхана 2023 жылғы 15 қыркүйекте ашылады.")
    assert found == [PartialDate(2023, 9, 15)]
