"""A Russian event a later sentence dates by a pronoun of its gender, and a quoted name kept
whole in an event's title."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _milestones(body: str) -> list[tuple[str, PartialDate | None]]:
    draft = extract(read_text("Новости сотрудничества\n" + body))
    return [(m.title, m.date) for m in draft.milestones]


def test_a_pronoun_of_the_same_gender_dates_the_event_told_before() -> None:
    found = _milestones(
        "Опубликовано 2 февраля 2022 года.\n"
        "Каждый год проводится заседание казахстанско-киргизского делового совета. "
        "В этом году оно пройдет 17 мая в Бишкеке."
    )
    assert [d for t, d in found if t.startswith("Заседание")] == [PartialDate(2022, 5, 17)]


def test_a_pronoun_of_another_gender_dates_nothing_told_before() -> None:
    found = _milestones(
        "Опубликовано 2 февраля 2022 года.\n"
        "Каждый год проводится заседание казахстанско-киргизского делового совета. "
        "Она пройдет 17 мая в Бишкеке."
    )
    assert [d for t, d in found if t.startswith("Заседание")] == [None]


def test_a_quoted_name_with_a_verb_in_it_stays_whole_in_the_title() -> None:
    found = _milestones(
        "Опубликовано 2 февраля 2022 года.\n"
        "В Караганде 20 апреля 2022 года пройдет фестиваль «Читаем вместе» для студентов."
    )
    assert ("Фестиваль «Читаем вместе»", PartialDate(2022, 4, 20)) in [
        (t.split(" для")[0], d) for t, d in found
    ]
