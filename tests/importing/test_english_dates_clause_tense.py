"""A day or month told without its year takes the year its clause's tense gives, even when a
place or a name stands between the verb and the date: what "took place in Riga on 3 May" is
last May's, what "is expected to open in December" is the coming December's."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import find_dates

_MARCH = PartialDate(2026, 3, 20)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("A Kazakh-Latvian trade fair took place in Riga on 3 May.", "2025-05-03"),
        ("The rectors met at the Polish embassy in Astana on 11 June.", "2025-06-11"),
        ("The new terminal is expected to open for freight in December.", "2026-12"),
        ("The joint council will gather again in Tashkent in February.", "2027-02"),
        ("The forum will be held in Turkestan on 5 April.", "2026-04-05"),
    ],
)
def test_the_clause_tense_picks_the_year(sentence: str, date: str) -> None:
    found = find_dates(sentence, _MARCH)
    assert [str(d.date) for d in found] == [date]


def test_a_future_aside_does_not_move_a_past_day() -> None:
    sentence = "The envoy, who will leave next month, presented his letters on 2 March."
    assert [str(d.date) for d in find_dates(sentence, _MARCH)][-1] == "2026-03-02"
