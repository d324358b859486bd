"""Russian events told in an official's words with their month and year, and one event told
twice (by its year, then by its month) kept once with the finer date."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(body: str) -> list[tuple[str, PartialDate | None]]:
    draft = extract(read_text("Новости сотрудничества\nОпубликовано 2 февраля 2022 года.\n" + body))
    return [(m.title, m.date) for m in draft.milestones if m.date is not None]


def test_a_quoted_word_on_when_an_event_takes_place_dates_it() -> None:
    found = _dated(
        "Министр сообщил об этом журналистам. «Очередная выставка пройдет в сентябре 2022 "
        "года в Шымкенте, и мы ждем гостей из Турции», — сказал министр."
    )
    assert [d for t, d in found if t.startswith("Выставка")] == [PartialDate(2022, 9)]


def test_quoted_speech_with_no_month_and_year_tells_no_event() -> None:
    found = _dated(
        "Министр сообщил об этом журналистам. «Очередная выставка пройдет осенью, и мы ждем "
        "гостей из Турции», — сказал министр."
    )
    assert not any(t.startswith("Выставка") for t, _d in found)


def test_an_event_told_by_its_year_then_its_month_is_one() -> None:
    found = _dated(
        "Казахстан примет форум тюркологов в будущем году. "
        "Форум состоится в мае 2023 года в Туркестане."
    )
    forums = [(t, d) for t, d in found if t.startswith("Форум")]
    assert [d for _t, d in forums] == [PartialDate(2023, 5)]
