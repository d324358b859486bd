"""Kazakh events on unseen pages: a delegation that came is a visit dated by the story's
«бүгін», a page stamp set after a bullet dates the story, a body's name that starts like an
event word is none, and an event a relative clause looks back to takes no date of the day."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_a_delegation_that_came_today_is_a_visit_of_the_stamp_day() -> None:
    draft = draft_of(
        "Университетке жапон делегациясы келді\n"
        "Алматы, 2025 жылғы 4 наурыз. Бүгін университетке Токио техникалық университетінің "
        "делегациясы келді. Кездесуде тараптар бірлескен бағдарламаларды талқылады."
    )
    visits = [m for m in draft.milestones if m.date is not None]
    assert [(m.title.endswith("сапары"), m.date, m.status) for m in visits] == [
        (True, PartialDate(2025, 3, 4), "done")
    ]
    assert "университетінің" in visits[0].title


def test_a_delegation_with_no_verb_of_coming_is_no_visit() -> None:
    draft = draft_of(
        "Делегация құрамы бекітілді\nМинистрлік 2025 жылғы 4 наурызда делегация құрамын бекітті."
    )
    assert not any(m.title.endswith("сапары") for m in draft.milestones)


def test_a_stamp_after_a_bullet_dates_today() -> None:
    draft = draft_of(
        "• 15-05-2025\n"
        "Қазақстан мен Моңғолия университеттері кездесті\n"
        "Бүгін Астанада екі университет ректорларының кездесуі өтті."
    )
    assert draft.document.published_on == PartialDate(2025, 5, 15)
    assert [m.date for m in draft.milestones if m.date] == [PartialDate(2025, 5, 15)]


def test_a_kurultai_is_no_founding() -> None:
    draft = draft_of(
        "Құрылтай туралы\nЖастар құрылтайының мүшелері 2025 жылы жаңа бағдарлама ұсынды."
    )
    assert not any("құру" in m.title.split() for m in draft.milestones)


def test_an_event_a_relative_clause_looks_back_to_takes_no_date_of_the_day() -> None:
    draft = draft_of(
        "2025 жылғы 10 маусым\n"
        "Министр жоспарға қол қойды\n"
        "Бүгін министр өткен форумда көтерілген ұсыныстарды іске асыру жоспарына қол қойды."
    )
    assert not any(
        m.title.endswith("форум") and m.date == PartialDate(2025, 6, 10) for m in draft.milestones
    )


def test_a_centre_opened_in_the_lead_is_dated_by_its_place_line() -> None:
    draft = draft_of(
        "Шымкентте зертхана ашылды\n"
        "Шымкент, 2024 жылғы 3 сәуір. Жергілікті университет корей компаниясымен бірлесіп "
        "тағам қауіпсіздігі зертханасын ашты."
    )
    opened = [m for m in draft.milestones if m.date is not None]
    assert [(m.title, m.date, m.status) for m in opened] == [
        ("Тағам қауіпсіздігі зертханасының ашылуы", PartialDate(2024, 4, 3), "done")
    ]


def test_a_completion_with_its_date_is_an_event() -> None:
    draft = draft_of("Жол салынып жатыр\nЖөндеу жұмыстары 2027 жылы аяқталады.")
    assert [(m.title, m.date) for m in draft.milestones if m.date] == [
        ("Жөндеу жұмыстары аяқталуы", PartialDate(2027))
    ]


def test_an_event_word_after_a_hyphen_is_an_event() -> None:
    draft = draft_of("Екі ел серіктестігі\nКелесі бизнес-форум 2026 жылы Алматыда өтеді.")
    assert [(m.title, m.date) for m in draft.milestones if m.date] == [
        ("Келесі бизнес-форум", PartialDate(2026))
    ]


def test_a_title_reaches_past_the_date_to_what_the_event_is_of() -> None:
    draft = draft_of("Жаңа филиал\nФилиал 2026 жылғы 1 қыркүйекте Алматыда ашылады.")
    titles = [m.title for m in draft.milestones if m.date == PartialDate(2026, 9, 1)]
    assert len(titles) == 1 and titles[0].startswith("Филиал")
