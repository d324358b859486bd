"""Russian dates: datelines, absolute dates, dates relative to the publication date, periods."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.dates import dates_in, publication_date

REFERENCE = PartialDate(2024, 11, 20)


def _dates(text: str, reference: PartialDate | None = REFERENCE) -> list[str | None]:
    return [m.date.isoformat() if m.date else None for m in dates_in(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Договор подписан 3 марта 2023 года в Астане.", "2023-03-03"),
        ("Документ подписан 03.03.2023 в столице.", "2023-03-03"),
        ("Форум пройдет в апреле 2025 года.", "2025-04"),
        ("Лаборатория откроется в 2026 году.", "2026"),
        ("Цель будет достигнута до 2030 года.", "2030"),
        ("Корпуса построят в 2026-2029 годах.", "2026"),
    ],
)
def test_absolute_dates_keep_their_precision(text: str, expected: str) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сегодня ректоры встретились в Алматы.", "2024-11-20"),
        ("Вчера делегация прибыла в город.", "2024-11-19"),
        ("Завтра начнется семинар.", "2024-11-21"),
        ("Стороны встречались в ноябре прошлого года.", "2023-11"),
        ("Центр заработает в следующем году.", "2025"),
        ("Первая встреча прошла в марте этого года.", "2024-03"),
        ("Визит состоялся 5 сентября.", "2024-09-05"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text: str, expected: str) -> None:
    assert _dates(text) == [expected]


def test_a_relative_date_without_a_publication_date_stays_unknown() -> None:
    assert _dates("Сегодня подписан меморандум.", None) == [None]


@pytest.mark.parametrize(
    "text",
    ["Программа рассчитана на 2026-2028 годы.", "Утвержден план на 2027 год."],
)
def test_a_period_is_not_a_date(text: str) -> None:
    found = dates_in(text, REFERENCE)
    assert len(found) == 1
    assert found[0].period
    assert found[0].date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Университеты договорились о сотрудничестве\n20 ноября 2024 года 12:30\nТекст.",
            "2024-11-20",
        ),
        ("Заголовок новости\n20.11.2024, 10:15\nТекст новости.", "2024-11-20"),
        ("Заголовок\nОпубликовано 7 мая 2022\nТекст.", "2022-05-07"),
        ("Заголовок\nПавлодар, 1 июня 2021 года – Сегодня открылся центр.", "2021-06-01"),
    ],
)
def test_the_publication_date_comes_from_the_dateline(text: str, expected: str) -> None:
    found = publication_date(text)
    assert found is not None
    assert found.isoformat() == expected


def test_a_date_inside_the_story_is_not_the_publication_date() -> None:
    text = "Заголовок\nИнститут основан 15 марта 1931 года и растет.\nТекст."
    assert publication_date(text) is None
