"""An event whose name carries its year («Универсиада-2017 ойындары») is dated to that year on a
page with no date of its own; a name with a year and no event word after it (a strategy, a
programme) gives no date. Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.extract.kazakh.dates import find_dates
from tests.importing.drafting import kazakh_draft


def test_a_year_in_an_event_name_dates_the_event() -> None:
    draft = kazakh_draft(
        "Спортшылар дайындалуда\n"
        "Алматы қаласының әкімдігі «Универсиада-2017» халықаралық ойындарының форумын "
        "өткізуге дайындалып жатыр."
    )
    dated = [m for m in draft.milestones if m.date is not None]
    assert [m.date.isoformat() for m in dated] == ["2017"]


def test_a_strategy_named_with_its_year_is_no_date() -> None:
    assert find_dates("Бағдарлама «Қазақстан-2050» стратегиясына сай әзірленді.") == []
