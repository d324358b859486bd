"""English: on a short page the first dozen lines reach its foot, and a foot line ending in a
date (an outlet's licence "issued 02.03.2031") is no stamp of the post; a title with its stamp
run on at the top ("... trams 28.04.2031") still dates the page."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.datelines import dateline

_BODY = (
    "The transport ministry of Kazakhstan and a Ruritanian maker agreed on the delivery of "
    "forty trams for the capital.\n"
    "The first trams are to arrive next spring.\n"
)


def test_a_licence_date_at_a_short_pages_foot_is_no_stamp() -> None:
    page = (
        "Kazakhstan orders Ruritanian trams\n"
        + _BODY
        + "Editor: A. Writer\n"
        + "Media registration licence No 12345 issued 02.03.2031\n"
    )
    assert dateline(page) is None


def test_a_stamp_run_on_to_the_title_still_dates_the_page() -> None:
    found = dateline("Kazakhstan orders Ruritanian trams 28.04.2031\n" + _BODY)
    assert found is not None and found[0] == PartialDate(2031, 4, 28)
