"""Russian events on unseen pages: a visit a verb tells goes somewhere («посетит Астану» is
«Визит ... в Астану»); an event noun in the genitive inside another's phrase is that event's
object, one milestone; a date right after an event noun does not end its title; a bare page
stamp above the story dates no event, a place's dateline does."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_a_visit_told_by_its_verb_names_where_it_goes() -> None:
    draft = draft_of(
        "Гости из Малайзии приедут в столицу\n"
        "Губернатор штата Селангор посетит Астану 14-15 апреля 2026 года, сообщили в акимате."
    )
    visits = [(m.title, m.date) for m in draft.milestones if m.title.startswith("Визит")]
    assert visits == [("Визит губернатора штата Селангор в Астану", PartialDate(2026, 4, 14))]


def test_the_start_of_building_is_one_event_dated_by_its_sentence() -> None:
    draft = draft_of(
        "Инвесторы из Турции построят тепличный комплекс\n"
        "Начало строительства тепличного комплекса в Туркестанской области запланировано на "
        "2027 год."
    )
    assert [(m.title.split()[0], m.date) for m in draft.milestones] == [
        ("Начало", PartialDate(2027))
    ]


def test_an_event_noun_whose_date_comes_first_keeps_its_name() -> None:
    draft = draft_of(
        "Отчет о ходе работ\n"
        "Министру доложили о реализации с 2025 по 2027 год третьего этапа модернизации "
        "аэропорта Шымкента."
    )
    dated = [(m.title, m.date) for m in draft.milestones if m.date is not None]
    assert dated == [
        ("Реализация третьего этапа модернизации аэропорта Шымкента", PartialDate(2025))
    ]


@pytest.mark.parametrize(
    ("above", "day"),
    [
        # a bare page stamp above the story: the forum is not said to be of that day
        ("Аграрии Казахстана и Грузии обсудили в Костанае поставки зерна.\n14 мая 2025\n", None),
        # a place's dateline in the story's paragraph dates what follows it
        (
            "Грузинские аграрии приехали в Костанай\n15 мая 2025\nКостанай. 14 мая. ",
            PartialDate(2025, 5, 14),
        ),
    ],
)
def test_a_stamp_dates_the_story_event_only_with_its_place(
    above: str, day: PartialDate | None
) -> None:
    draft = draft_of(above + "В Костанае прошел форум аграриев Казахстана и Грузии.")
    forums = [m for m in draft.milestones if "форум" in m.title.casefold()]
    assert [m.date for m in forums] == [day]


def test_a_visit_to_a_body_named_with_an_abbreviation_reads_as_written() -> None:
    draft = draft_of(
        "Кембридж и КазНУ расширяют сотрудничество в науке\n"
        "Ректор Кембриджского университета посетит КазНУ им. аль-Фараби 3 мая 2026 года."
    )
    visits = [m.title for m in draft.milestones if m.title.startswith("Визит")]
    assert visits == ["Визит ректора Кембриджского университета в КазНУ им. аль-Фараби"]
