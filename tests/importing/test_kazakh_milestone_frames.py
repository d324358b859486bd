"""Kazakh events told inside an event the story told before («Форум аясында ...», «Сапар
барысында ...»): what happens inside it is an event of the frame's day, and a delegation's
going inside a told visit is no visit of its own."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_a_launch_inside_a_told_forum_takes_the_forums_day() -> None:
    draft = draft_of(
        "Форум\n"
        "2024 жылғы 3 қазанда Бішкекте Еуразиялық экономикалық форум ашылды.\n"
        "Форум аясында экспорттаушыларға арналған цифрлық платформа іске қосылды."
    )
    launches = [m for m in draft.milestones if "іске қосу" in m.title]
    assert [(m.date, m.title.startswith("Экспорттаушыларға")) for m in launches] == [
        (PartialDate(2024, 10, 3), True)
    ]


def test_an_opening_inside_a_told_trip_takes_the_trips_day() -> None:
    draft = draft_of(
        "Сапар\n"
        "2025 жылдың 6–11 қазан күндері облыс әкімі бастаған делегация Қытайға барды.\n"
        "Сапар аясында Үрімжіде сауда үйі ашылды."
    )
    assert PartialDate(2025, 10, 6) in [m.date for m in draft.milestones if "ашылу" in m.title]


def test_a_delegation_going_somewhere_on_a_told_trip_is_no_new_visit() -> None:
    draft = draft_of(
        "Сапар\n"
        "2025 жылдың 6–11 қазан күндері облыс әкімі бастаған делегация Қытайға барды.\n"
        "Сапар барысында делегация бірнеше кәсіпорынға барды."
    )
    assert len([m for m in draft.milestones if m.title.endswith("сапары")]) == 1


def test_what_the_sides_did_at_a_told_meeting_is_still_no_event() -> None:
    draft = draft_of(
        "Кездесу\n"
        "2025 жылғы 2 наурызда министр Жапония елшісімен кездесті.\n"
        "Кездесу барысында тараптар білім саласындағы ынтымақтастықты талқылады."
    )
    assert len(draft.milestones) == 1


def test_an_event_still_to_come_inside_a_told_visit_stays_undated() -> None:
    draft = draft_of(
        "Сапар\n"
        "2025 жылғы 2 наурызда Моңғолия президенті Ухнаагийн Хүрэлсүх Астанаға келді.\n"
        "Сапар барысында Ұланбатыр мен Астана арасында әуе рейсі іске қосылады деп күтілуде."
    )
    launches = [m for m in draft.milestones if "іске қосу" in m.title]
    assert [m.date for m in launches] == [None]
