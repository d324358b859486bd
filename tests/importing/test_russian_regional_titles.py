"""Russian: a region's adjective before a regional head's title implies the region's body."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_governor_named_by_his_region_s_adjective_serves_its_government() -> None:
    draft = draft_of(
        "Омская и Павлодарская области договорились\n"
        "Соглашение о сотрудничестве подписали омский губернатор Виталий Хоценко и аким "
        "Павлодарской области Асаин Байханов."
    )
    people = {p.name: p.organization for p in draft.people}
    assert people["Виталий Хоценко"] == "Правительство Омской области"
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Правительство Омской области", "Акимат Павлодарской области"}


def test_an_adjective_that_names_no_region_implies_nothing() -> None:
    draft = draft_of(
        "Встреча в Павлодаре\n"
        "Новый губернатор Виталий Хоценко встретился со студентами Торайгыров университета."
    )
    people = {p.name: p.organization for p in draft.people}
    assert people.get("Виталий Хоценко") is None
