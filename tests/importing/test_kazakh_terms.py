"""Kazakh dates: «2027 жылға дейінгі» bounds what a noun covers; it is no date of an event."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.kazakh.dates import find_dates


def test_a_year_before_deiingi_is_a_term_not_a_date() -> None:
    text = "Кеңесте 2030 жылға дейінгі ынтымақтастық бағдарламасы талқыланды."
    assert find_dates(text) == []


def test_a_deadline_with_deiin_stays_a_date() -> None:
    text = "Зауыт 2027 жылға дейін салынады."
    assert [m.date for m in find_dates(text)] == [PartialDate(2027)]


def test_a_plain_year_stays_a_date() -> None:
    text = "Келісімге 2024 жылы қол қойылды, жоба 2026 жылғы мамырда басталады."
    assert [m.date for m in find_dates(text)] == [PartialDate(2024), PartialDate(2026, 5)]
