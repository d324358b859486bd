"""Russian: bodies counted and then listed after a colon in the same sentence («меморандумы с
двумя вузами: A и B») are the partners, one document each."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_the_bodies_listed_after_the_count_are_one_partner_each() -> None:
    draft = draft_of(
        "Новые партнеры\n"
        "Карагандинский университет подписал меморандумы с двумя вузами: Университетом Бохума и "
        "Университетом Граца."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Карагандинский университет", "Университет Бохума"},
        {"Карагандинский университет", "Университет Граца"},
    ]


def test_a_list_shorter_than_the_count_gives_no_partners_of_its_own() -> None:
    draft = draft_of(
        "Новые партнеры\n"
        "Карагандинский университет подписал меморандумы с тремя вузами: Университетом Бохума и "
        "Университетом Граца."
    )
    assert len(draft.memoranda) == 1
