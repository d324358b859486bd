"""Kazakh dated events on unseen pages: a Russian stamp over a Kazakh page, the phase a verb
after the date tells («Құрылысты ... аяқтау»), and a visit told ended under the page's stamp."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.kazakh.dates import find_dates, stamp_end
from tests.importing.drafting import draft_of


def test_a_russian_stamp_over_a_kazakh_page_is_its_date() -> None:
    line = "14 марта 2024 г. 09:15"
    assert stamp_end(line) == len(line)
    assert [d.date for d in find_dates(line)] == [PartialDate(2024, 3, 14)]


def test_russian_month_names_do_not_read_kazakh_words_as_months() -> None:
    assert [d.date for d in find_dates("Көрме 2024 жылғы 5 мамырда ашылды.")] == [
        PartialDate(2024, 5, 5)
    ]


def test_the_phase_after_the_date_is_in_the_title() -> None:
    draft = draft_of(
        "Жаңа көпір туралы\n"
        "Көпірдің құрылысын 2026 жылдың соңында аяқтау жоспарлануда, деді министр."
    )
    dated = [(m.title, m.date) for m in draft.milestones if m.date is not None]
    assert [date for _title, date in dated] == [PartialDate(2026)]
    assert dated[0][0].endswith("құрылысын аяқтау")


def test_a_visit_told_ended_takes_the_page_s_day() -> None:
    draft = draft_of(
        "Премьер-министрдің сапары\n"
        "12.05.2024\n"
        "Премьер-министрдің Моңғолияға екі күндік ресми сапары аяқталды. Тараптар көлік "
        "жобаларын талқылады."
    )
    visits = [m for m in draft.milestones if m.date is not None]
    assert [(m.date, m.status) for m in visits] == [(PartialDate(2024, 5, 12), "done")]
    assert visits[0].title.endswith("сапары")


def test_a_visit_that_ended_with_no_dated_page_stays_undated() -> None:
    draft = draft_of(
        "Премьер-министрдің сапары\nПремьер-министрдің Моңғолияға екі күндік ресми сапары аяқталды."
    )
    assert all(m.date is None for m in draft.milestones)


def test_an_event_that_ends_takes_the_genitive_by_its_last_letter() -> None:
    draft = draft_of("Жаңа көпір туралы\nҚұрылыс 2027 жылдың соңында аяқталады, деді әкім.")
    dated = [m.title for m in draft.milestones if m.date == PartialDate(2027)]
    assert dated == ["Құрылыстың аяқталуы"]
