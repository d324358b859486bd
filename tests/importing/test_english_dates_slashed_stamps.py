"""A page's stamp written with slashes: month first where only that reading is a day, where a
weekday beside it fits only that reading, or where the page's own days lie nearer it; day first
otherwise. A weekday may also stand between a stamp's label and its date."""

from __future__ import annotations

import pytest

from kztracker.importing.extract import extract
from kztracker.importing.extract.english.datelines import dateline
from kztracker.importing.read import read_text

_TITLE = "Caspian ferry line gets a Georgian partner\n"


def _day(text: str) -> str | None:
    found = dateline(text)
    return str(found[0]) if found else None


def test_only_the_month_first_reading_is_a_day() -> None:
    body = "\nThe transport ministry met the Georgian operator in Aktau.\n"
    assert _day(_TITLE + "Posted: 04/23/2026" + body) == "2026-04-23"


def test_a_weekday_picks_the_reading_it_fits() -> None:
    body = "\nThe transport ministry met the Georgian operator in Aktau.\n"
    # 2 April 2026 is a Thursday, 4 February 2026 a Wednesday
    assert _day(_TITLE + "Thu, 04/02/2026 - 09:40" + body) == "2026-04-02"
    assert _day(_TITLE + "Wed, 04/02/2026 - 09:40" + body) == "2026-02-04"


def test_the_days_the_page_tells_pick_the_nearer_reading() -> None:
    body = "\nOn 30 March 2026 the operator opened its office in Aktau.\n"
    assert _day(_TITLE + "04/02/2026" + body) == "2026-04-02"
    body = "\nOn 30 January 2026 the operator opened its office in Aktau.\n"
    assert _day(_TITLE + "04/02/2026" + body) == "2026-02-04"


def test_without_a_clue_the_day_comes_first() -> None:
    body = "\nThe transport ministry met the Georgian operator in Aktau.\n"
    assert _day(_TITLE + "04/02/2026" + body) == "2026-02-04"
    assert _day(_TITLE + "04.02.2026" + body) == "2026-02-04"


@pytest.mark.parametrize(
    "stamp", ["Posted: Wed 4 Feb 2026", "Published Wednesday, 4 February 2026"]
)
def test_a_weekday_after_the_label(stamp: str) -> None:
    body = "\nThe transport ministry met the Georgian operator in Aktau.\n"
    assert _day(_TITLE + stamp + body) == "2026-02-04"


def test_relative_days_follow_the_month_first_stamp() -> None:
    draft = extract(
        read_text(
            _TITLE + "Published: 04/23/2026\n\n"
            "The transport minister met the Georgian operator on Tuesday in Aktau.\n"
            "A second ferry will enter the line on May 5.\n"
        )
    )
    assert draft.document.published_on is not None
    assert str(draft.document.published_on) == "2026-04-23"
    dates = sorted(str(m.date) for m in draft.milestones if m.date)
    assert dates == ["2026-04-21", "2026-05-05"]
