"""A wire dateline of a city in capitals and a long dash ("AKTAU – The minister ...",
"AKTAU—The bank ...") is no part of the lead's event title."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.datelines import wire_prefix_end
from kztracker.importing.read import read_text


@pytest.mark.parametrize("lead", ["AKTAU – The port", "AKTAU—The port", "NUR-SULTAN — The port"])
def test_the_city_and_dash_are_the_wire_prefix(lead: str) -> None:
    assert lead[wire_prefix_end(lead) :] == "The port"


def test_a_hyphenated_pair_of_names_is_no_prefix() -> None:
    assert wire_prefix_end("USA-Kazakhstan talks open") == 0


def test_the_lead_title_starts_with_its_subject() -> None:
    draft: Draft = extract(
        read_text(
            "Port of Aktau meets Dutch partners\n\n4 March 2026\n\n"
            "AKTAU – The port authority met a delegation of the Port of Rotterdam on 3 March.\n"
        )
    )
    titles = [m.title for m in draft.milestones if str(m.date) == "2026-03-03"]
    assert titles and not titles[0].startswith("AKTAU")
