"""A weekday-led date at a page's top ("Wed. Jan 8th, 2031") above the post's own earlier stamp
is the site's bar of the day the page was viewed: the page's date is the post's stamp, and a day
the story tells without a year ("on Tuesday, 3 December") takes the post's year."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.datelines import dateline
from kztracker.importing.read import read_text

PAGE = (
    "Ruritania and Kazakhstan hold customs talks\n"
    "Wed. Jan 8th, 2031\n\n"
    "06.12.2030 Press Office\n\n"
    "Ruritania and Kazakhstan held the fourth round of customs talks in Aktau on Tuesday, "
    "3 December.\n"
)


def test_the_post_stamp_below_the_bar_dates_the_page() -> None:
    found = dateline(PAGE)
    assert found is not None and found[0] == PartialDate(2030, 12, 6)


def test_the_story_day_takes_the_post_year() -> None:
    draft = extract(read_text(PAGE))
    assert [m.date for m in draft.milestones] == [PartialDate(2030, 12, 3)]


def test_a_weekday_stamp_alone_is_the_page_date() -> None:
    found = dateline("Customs talks\nTuesday, 3 December 2030\n\nThe talks were held in Aktau.\n")
    assert found is not None and found[0] == PartialDate(2030, 12, 3)


def test_a_later_stamp_below_does_not_replace_it() -> None:
    found = dateline("Customs talks\nTuesday, 3 December 2030\n09.12.2030\n\nThe talks ended.\n")
    assert found is not None and found[0] == PartialDate(2030, 12, 3)
