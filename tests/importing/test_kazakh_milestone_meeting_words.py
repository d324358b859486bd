"""Kazakh wordings of a meeting or a visit: «жүздесті» is a meeting like «кездесті», a
delegation that «болды» somewhere made a visit, and the headline's visit told again in the
story is one visit; a reception's title leaves the day's word out."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

_DAY = PartialDate(2024, 11, 5)


def _milestones(text: str) -> list[tuple[str, PartialDate | None]]:
    draft = extract(read_text(text))
    return [(m.title, m.date) for m in draft.milestones]


def test_met_with_zhuzdes_is_a_dated_meeting() -> None:
    found = _milestones(
        "Өңір жаңалықтары\n05.11.2024 09:30\nБүгін облыс әкімі Моңғолия елшісімен жүздесті."
    )
    assert [t for t, d in found if d == _DAY and t.endswith("кездесу")]


def test_a_delegation_that_was_at_a_university_made_a_visit() -> None:
    found = _milestones(
        "Өңір жаңалықтары\n05.11.2024 09:30\n"
        "Бүгін Малайзия университетінің делегациясы аграрлық университетте болды."
    )
    assert [t for t, d in found if d == _DAY and t.endswith("сапары")]


def test_the_headlines_visit_told_again_is_one_visit() -> None:
    found = _milestones(
        "Университетке Жапония делегациясы келді\n"
        "Университетте Цукуба университетінің делегациясы болды. Делегацияны ректор қабылдады."
    )
    assert len([t for t, _d in found if t.endswith("делегациясының сапары")]) == 1


def test_a_receptions_title_leaves_todays_word_out() -> None:
    found = _milestones(
        "Өңір жаңалықтары\n05.11.2024 09:30\nБүгін министр Венгрия елшісін қабылдады."
    )
    receptions = [t for t, d in found if d == _DAY]
    assert receptions
    assert not any(t.startswith("Бүгін") for t in receptions)
