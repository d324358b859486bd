"""English page dates: a numeric stamp closing the title's line after a space ("On the
outcomes of the talks 28.04.2025") dates the page when nothing else does; a title naming its
event's day in words is no stamp."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_numeric_stamp_after_the_title_dates_the_page() -> None:
    draft = extract(
        read_text(
            "Ministry news\n\n"
            "On the outcomes of the visit of the Vice Minister to Ruritania 28.04.2025\n"
            "The Vice Minister met the Ruritanian finance minister yesterday."
        )
    )
    assert draft.document.published_on == PartialDate(2025, 4, 28)


def test_a_title_naming_its_day_in_words_is_no_stamp() -> None:
    draft = extract(
        read_text(
            "Ministry news\n\n"
            "Investment forum to open on 12 May 2025\n"
            "The forum will gather investors from ten countries."
        )
    )
    assert draft.document.published_on is None
