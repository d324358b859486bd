"""Russian milestone titles in the cases a title takes: the host of a meeting in the genitive and
the guest in the instrumental, by their titles; what an event belongs to in the genitive."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.phrase_cases import head_phrase_in
from tests.importing.drafting import draft_of


def test_a_meeting_is_titled_by_the_sides_titles_in_their_cases() -> None:
    draft = draft_of(
        "Министр принял посла\n"
        "Астана, 3 марта 2025 года. Министр сельского хозяйства Казахстана Айдарбек Сапаров "
        "принял посла Бельгии Марка Тейса."
    )
    titles = {m.title: m.date for m in draft.milestones}
    assert titles == {
        "Встреча министра сельского хозяйства Казахстана с послом Бельгии": (
            PartialDate(2025, 3, 3)
        )
    }


def test_what_an_event_belongs_to_stands_in_the_genitive() -> None:
    draft = draft_of(
        "Новый план\n"
        "Павлодар, 2 июня 2025 года. Акимат Павлодарской области и Правительство Омской области "
        "подписали дорожную карту. Реализация дорожной карты начнется в 2026 году."
    )
    dated = [m.title for m in draft.milestones if m.date == PartialDate(2026)]
    assert dated == ["Начало реализации дорожной карты"]


def test_head_phrases_decline_with_their_adjectives() -> None:
    assert head_phrase_in("Генеральный консул Китая", "gent") == "генерального консула Китая"
    assert head_phrase_in("Чрезвычайного и Полномочного Посла Турции", "ablt") == (
        "чрезвычайным и полномочным послом Турции"
    )
    assert head_phrase_in("2025 года", "gent") == "2025 года"  # no noun first: as it was
