"""Kazakh kinds seen on held-out real pages: a sentence set «at the meeting» already told is no
second meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    "scene",
    [
        "Кездесуде тараптар туризм мен көлік салаларындағы жобаларды талқылады.",
        "Кездесу барысында тараптар туризм мен көлік салаларындағы жобаларды талқылады.",
        "Сапар аясында тараптар туризм мен көлік салаларындағы жобаларды талқылады.",
    ],
)
def test_a_sentence_set_at_the_meeting_told_before_adds_no_meeting(scene: str) -> None:
    draft = draft_of(
        "Павлодар облысының әкімі Омбы облысының губернаторымен кездесті\n\n"
        "Павлодар облысының әкімі Асқар Сәрсенов Омбы облысының губернаторы Игорь Петровпен "
        f"кездесті. {scene} Екі өңір ынтымақтастықты кеңейтуге келісті.\n",
        detected="kk",
    )
    assert len(draft.milestones) == 1
    assert "кездесу" in draft.milestones[0].title


def test_a_meeting_told_for_the_first_time_in_the_locative_is_still_one() -> None:
    draft = draft_of(
        "Екі университет ынтымақтастықты кеңейтеді\n\n"
        "Астанада өткен кездесуде Еуразия ұлттық университеті мен Анкара университеті "
        "студенттер алмасуын талқылады. Келесі жылы бірлескен конференция өтеді.\n",
        detected="kk",
    )
    assert draft.milestones


def test_the_outlet_of_a_wire_dateline_is_no_organization() -> None:
    draft = draft_of(
        "Түркия президенті Астанаға келеді\n"
        "Астана, QAZNEWS. Түркия Республикасының Сыртқы істер министрлігі мен Қазақстан "
        "Республикасының Сыртқы істер министрлігі сапарға дайындық туралы келісті.\n",
        detected="kk",
    )
    names = [o.name for o in draft.organizations]
    assert "QAZNEWS" not in names
    assert len(names) == 2
