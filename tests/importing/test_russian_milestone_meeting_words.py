"""Russian wordings of a meeting or a visit beside «встреча» and «визит»: «совещание»,
«видеоконференция», a traveller who «побывал» or «прибыл» somewhere; a ceremony is an event
only by the event it is of («церемония запуска»), a bare one being the one already told."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

_DAY = PartialDate(2024, 11, 5)


def _milestones(body: str) -> list[tuple[str, PartialDate | None]]:
    draft = extract(read_text("Новости сотрудничества\nОпубликовано: 05.11.2024\n" + body))
    return [(m.title, m.date) for m in draft.milestones]


def test_a_conference_of_ministers_called_sovesh_is_a_dated_meeting() -> None:
    found = _milestones(
        "Сегодня в Бишкеке состоялось совещание министров транспорта Казахстана и Кыргызстана."
    )
    assert [t for t, d in found if d == _DAY and t.startswith("Совещание министров")]


def test_a_video_conference_is_a_meeting() -> None:
    found = _milestones("Сегодня вице-министр провел видеоконференцию с руководством ЮНИСЕФ.")
    assert [t for t, d in found if d == _DAY and t.startswith("Видеоконференция")]


def test_a_delegation_that_visited_a_plant_made_a_visit() -> None:
    found = _milestones("Вчера делегация Монголии побывала на элеваторе в Костанае.")
    assert [t for t, d in found if d == PartialDate(2024, 11, 4) and t.startswith("Визит")]


def test_a_prime_minister_who_arrived_made_a_visit() -> None:
    found = _milestones("Сегодня в Атырау прибыл премьер-министр Грузии.")
    assert [t for t, d in found if d == _DAY and t.startswith("Визит премьер-министра Грузии")]


def test_a_ceremony_of_a_launch_is_an_event() -> None:
    found = _milestones("Сегодня в Экибастузе прошла церемония запуска новой линии цеха.")
    assert [t for t, d in found if d == _DAY and t.startswith("Церемония запуска")]


def test_a_bare_ceremony_after_a_signing_is_no_event_of_its_own() -> None:
    found = _milestones(
        "Ректоры двух университетов подписали меморандум о сотрудничестве. "
        "На церемонии присутствовал консул Польши."
    )
    assert not [t for t, _d in found if t.startswith("Церемония")]


def test_arriving_with_a_visit_is_one_visit_dated_once() -> None:
    found = _milestones("Вчера президент Армении прибыл в Астану с государственным визитом.")
    assert [d for t, d in found if t.startswith("Визит")] == [PartialDate(2024, 11, 4)]
