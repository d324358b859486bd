"""Russian: sides counted instead of named («три вуза», «акиматы двух областей») are the bodies
of that kind the story has just named."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_counted_universities_are_the_ones_named_before() -> None:
    draft = draft_of(
        "Делегация вуза посетила Ташкент\n"
        "В ходе визита состоялась встреча с представителями Ташкентского государственного "
        "аграрного университета, Самаркандского медицинского университета и Бухарского "
        "инженерно-технологического института. По итогам встречи Костанайский региональный "
        "университет и три вуза Узбекистана подписали меморандумы о сотрудничестве."
    )
    assert sorted(sorted(m.parties) for m in draft.memoranda) == sorted(
        sorted(["Костанайский региональный университет", partner])
        for partner in (
            "Ташкентский государственный аграрный университет",
            "Самаркандский медицинский университет",
            "Бухарский инженерно-технологический институт",
        )
    )
    # the counted phrase names no organization of its own
    assert not any("Узбекистана" in o.name for o in draft.organizations)


def test_counted_regions_sign_through_their_akimats() -> None:
    draft = draft_of(
        "Акиматы двух областей подписали меморандум\n"
        "Делегация Павлодарской области во главе с акимом посетила Акмолинскую область. "
        "По итогам встречи акиматы двух областей подписали меморандум о сотрудничестве в "
        "сфере сельского хозяйства."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Акимат Павлодарской области", "Акимат Акмолинской области"}


def test_a_count_without_as_many_bodies_named_before_guesses_none() -> None:
    draft = draft_of(
        "Вузы подписали меморандум\n"
        "Вчера Карагандинский технический университет и два вуза Китая подписали меморандум "
        "о сотрудничестве."
    )
    assert all("Китая" not in party for m in draft.memoranda for party in m.parties)
