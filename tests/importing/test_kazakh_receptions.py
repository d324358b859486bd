"""Kazakh receptions: «X елшісін қабылдады» is a meeting, dated by a place dateline as Russian
«принял посла» is; «шешім қабылдады» is no meeting; a surname that begins like an event word
(«Сапаров» and «сапар») is no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of

RECEPTION = (
    "Энергетика министрі Италия елшісін қабылдады\n\n"
    "Астана, 2025 жылғы 14 сәуір. Қазақстан Республикасының Энергетика министрі Ерлан "
    "Ақкенженов Италияның Қазақстандағы елшісі Паоло Бернардты қабылдады. Тараптар жаңартылатын "
    "энергия көздері бойынша жобаларды талқылады.\n"
)


def test_a_reception_after_a_place_dateline_is_a_meeting_of_that_day() -> None:
    draft = draft_of(RECEPTION, detected="kk")
    dated = [m for m in draft.milestones if m.date is not None]
    assert [(m.date.isoformat() if m.date else None, m.status) for m in dated] == [
        ("2025-04-14", "done")
    ]
    assert dated[0].title.endswith("кездесуі")
    assert "Паоло Бернардты" in dated[0].title


def test_the_headline_telling_the_same_reception_adds_no_second_meeting() -> None:
    draft = draft_of(RECEPTION, detected="kk")
    assert sum(m.title.endswith("кездесуі") for m in draft.milestones) == 1


def test_a_delegation_received_is_a_meeting_too() -> None:
    draft = draft_of(
        "Өскемен, 2024 жылғы 9 қазан. Облыс әкімі Мұрат Болатов Новосібір облысының "
        "делегациясын қабылдады. Кездесуде сауда байланыстары талқыланды.\n",
        detected="kk",
    )
    assert [m.date.isoformat() for m in draft.milestones if m.date] == ["2024-10-09"]


@pytest.mark.parametrize(
    "text",
    [
        # a decision taken has no guest
        "Астана, 2024 жылғы 3 наурыз. Облыс әкімдігі жаңа мектеп салу туралы шешім қабылдады.\n",
        # a page's bare date stamp is no place dateline
        "2025 жылғы 14 сәуір\n\n"
        "Энергетика министрі Ерлан Ақкенженов Италия елшісі Паоло Бернардты қабылдады.\n",
    ],
    ids=["decision", "bare stamp"],
)
def test_no_dated_reception(text: str) -> None:
    assert [m.title for m in draft_of(text, detected="kk").milestones if m.date is not None] == []


def test_a_surname_that_begins_like_visit_is_no_visit() -> None:
    draft = draft_of(
        "Павлодар, 2024 жылғы 2 мамыр. Облыс әкімінің орынбасары Нұрлан Сапаров "
        "«Павлодар Құрылыс» ЖШС басшыларымен жаңа жобаны талқылады.\n",
        detected="kk",
    )
    assert not any("Сапаров" in m.title for m in draft.milestones)


def test_an_ambassadors_rank_stays_in_the_title_not_in_the_embassy() -> None:
    draft = draft_of(
        RECEPTION.replace(
            "Италияның Қазақстандағы елшісі",
            ("Италияның Қазақстандағы Төтенше және өкілетті елшісі"),
        ),
        detected="kk",
    )
    person = next(p for p in draft.people if p.name == "Паоло Бернард")
    assert person.title == "Италияның Қазақстандағы Төтенше және өкілетті елшісі"
    assert person.organization == "Италия Республикасының Қазақстандағы елшілігі"
    assert person.organization in [o.name for o in draft.organizations]
