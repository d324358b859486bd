"""More of the ways an English page states its own date: a site's trail of labels ending in the
date, a byline naming the post's section ("By A. Writer in Business on 3 May 2026"), a date
written "03-May-2026", and a "Last modified:" stamp at the foot."""

from __future__ import annotations

import pytest

from kztracker.importing.extract.english.datelines import dateline

_TITLE = "Steppe wind farm gets a Danish partner\n"
_BODY = (
    "\nThe energy ministry met the Danish company in Astana.\n"
    "The sides discussed the second phase of the wind farm.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Energy | Business | 03.05.2026",
        "Home / News / 3 May 2026",
        "Home » Economy » May 3, 2026",
        "By Dana Omarova in Business on 3 May 2026",
        "By Staff Writer in World News on 3 May 2026",
        "03-May-2026",
    ],
)
def test_a_head_stamp_in_another_layout_dates_the_page(stamp: str) -> None:
    found = dateline(_TITLE + stamp + _BODY)
    assert found is not None and str(found[0]) == "2026-05-03"


def test_last_modified_at_the_foot_dates_the_page() -> None:
    found = dateline(_TITLE + _BODY + "More of the story.\nLast modified: 3 May 2026\n")
    assert found is not None and str(found[0]) == "2026-05-03"


def test_a_trail_without_a_date_gives_none() -> None:
    assert dateline(_TITLE + "Home / News / Energy" + _BODY) is None
