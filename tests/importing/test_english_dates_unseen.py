"""English dates on pages the rules were not written for: a page's own date from a byline or a
two-digit stamp, and dates that are no event's day (a term, the start of a lasting state)."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import Document, Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _read(text: str) -> tuple[Document, Draft]:
    document = read_text(text)
    return document, extract(document)


def _dated(draft: Draft) -> list[tuple[str, str]]:
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_a_byline_date_is_the_post_date_not_the_weekday_header_above_it() -> None:
    document, draft = _read(
        "Regional Health Portal\n"
        "Tuesday, March 4th, 2025\n"
        "Clinic hosts a workshop with Korean surgeons\n"
        "by May 14, 2019 Events\n"
        "The Aktau Regional Clinic opened today a workshop with surgeons of Busan Hospital.\n"
    )
    assert document.published_on == PartialDate(2019, 5, 14)
    assert "2019-05-14" in [d for d, _ in _dated(draft)]  # "today" is the post's day


def test_a_byline_with_an_agency_in_brackets_gives_the_date() -> None:
    document, _ = _read(
        "Grain deal eyed\n"
        "by Desk Writers Almaty, Kazakhstan (AFP) Mar 03, 2019 The two governments plan a grain "
        "corridor, the minister said on Sunday.\n"
    )
    assert document.published_on == PartialDate(2019, 3, 3)


def test_a_deadline_opening_a_sentence_is_no_byline() -> None:
    document, draft = _read(
        "Terminal news\n"
        "By 1 January 2027, the terminal in Kuryk will be completed by the port company.\n"
        "The company met its Georgian partners in Tbilisi.\n"
    )
    assert document.published_on is None
    assert "2027-01-01" in [d for d, _ in _dated(draft)]  # the deadline is an event's date


def test_a_stamp_with_a_two_digit_year_before_the_lead_dates_the_page() -> None:
    document, draft = _read(
        "Geologists visit Karaganda\n"
        "(14.05.19) A delegation of the Freiberg Mining Academy visited Karaganda. Today the "
        "rector met the akim of the region.\n"
    )
    assert document.published_on == PartialDate(2019, 5, 14)
    assert all(not t.startswith("(") for _, t in _dated(draft))  # the stamp is no title
    assert "2019-05-14" in [d for d, _ in _dated(draft)]  # "today" resolves against it


def test_a_term_after_for_is_no_event_date_but_a_scheduled_one_is() -> None:
    _, draft = _read(
        "Ministry reviews partnership\n"
        "The ministry thanked the fund for its help with the Clean Steppe programme for "
        "2012-2016, which the government launched. The board reviewed the results for 2018 of "
        "the college. Joint field trips are scheduled for 2029-2030. The next forum is planned "
        "for June 2028.\n"
    )
    dates = [d for d, _ in _dated(draft)]
    assert not any(d.startswith(("2012", "2016", "2018")) for d in dates)
    assert "2029" in dates
    assert "2028-06" in dates


def test_a_date_after_since_starts_a_lasting_state_not_an_event() -> None:
    _, draft = _read(
        "Bank widens lending\n"
        "The development bank has lent $2.1 billion to farmers since the launch of its "
        "programme in 2009. Loans have been offered since April 2015. The bank will open an "
        "office in Shymkent in 2028.\n"
    )
    dates = [d for d, _ in _dated(draft)]
    assert not any(d.startswith(("2009", "2015")) for d in dates)
    assert "2028" in dates


def test_bare_date_lines_at_the_head_date_the_page() -> None:
    for line in (
        "KZT/USD 471.2 EUR 509.8 RUB 5.3 14 May 2024",  # a ticker before the date
        "10:21, 14 May 2024 | GMT +5",  # a time before the date, a zone after it
        "Tue 14 May 2024",  # a short weekday
        "2024/05/14",  # year first
    ):
        document, _ = _read(f"Oil firms meet in Atyrau\n{line}\nThe two firms met in Atyrau.\n")
        assert document.published_on == PartialDate(2024, 5, 14), line


def test_a_head_sentence_with_a_date_is_no_bare_date_line() -> None:
    document, _ = _read(
        "Oil firms meet in Atyrau\n"
        "On 14 May 2024 the two firms met in Atyrau.\n"
        "More talks follow.\n"
    )
    assert document.published_on is None


def test_a_month_takes_the_year_of_its_own_tense_not_another_clauses_year() -> None:
    _, draft = _read(
        "Port works\n"
        "12 March 2025\n"
        "Construction of the grain terminal began in January and is expected to finish in "
        "December 2026. The school, opened in 2019, will host a robotics camp in June.\n"
    )
    dates = [d for d, _ in _dated(draft)]
    assert "2025-01" in dates  # what began: last January, not January 2026
    assert "2026-12" in dates
    assert "2025-06" in dates  # what will be held: the coming June, not June 2019
    assert not any(d.startswith(("2026-01", "2019-06")) for d in dates)
