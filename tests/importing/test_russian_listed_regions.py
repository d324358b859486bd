"""Russian: regions listed before one region noun that sign are sides of their own."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_regions_sharing_one_noun_after_between_are_both_sides() -> None:
    draft = draft_of(
        "Области подписали соглашение\n"
        "Вчера в Астане между Туркестанской и Новосибирской областями подписано соглашение "
        "о сотрудничестве в сфере туризма."
    )
    [memo] = draft.memoranda
    # a Kazakh region signs through its akimat, another region is named as written
    assert set(memo.parties) == {
        "Акимат Туркестанской области",
        "Правительство Новосибирской области",
    }
    assert {"Акимат Туркестанской области", "Правительство Новосибирской области"} <= _names(draft)


def test_regions_in_the_instrumental_before_a_passive_signing() -> None:
    draft = draft_of(
        "Регионы двух стран договорились о сотрудничестве\n"
        "На форуме в Костанае Жамбылской и Самарской областями подписаны важные "
        "межрегиональные документы о торговле и образовании."
    )
    assert {"Акимат Жамбылской области", "Правительство Самарской области"} <= _names(draft)
    assert any(
        set(m.parties) == {"Акимат Жамбылской области", "Правительство Самарской области"}
        for m in draft.memoranda
    )


def test_listed_regions_without_a_signing_are_places() -> None:
    draft = draft_of(
        "Погода на выходные\n"
        "В Жамбылской и Самарской областях ожидаются дожди, сообщает синоптическая служба."
    )
    assert not {"Акимат Жамбылской области", "Правительство Самарской области"} & _names(draft)


def test_a_listed_region_whose_government_the_story_names_signs_as_that_body() -> None:
    draft = draft_of(
        "Туркестанская и Самарская области утвердили план\n"
        "Аким Туркестанской области Нурлан Кенжебаев провел встречу с губернатором Самарской "
        "области Сергеем Волковым. Стороны подписали дорожную карту по развитию торговли."
    )
    assert any(
        set(m.parties) == {"Акимат Туркестанской области", "Правительство Самарской области"}
        for m in draft.memoranda
    )
    assert "Самарская область" not in _names(draft)


def test_regions_where_a_project_lies_are_places_even_beside_a_signing() -> None:
    draft = draft_of(
        "Подписано соглашение о разведке\n"
        "Подписано соглашение между АО «Горная компания» и Delta Holding о разведке меди "
        "в Актюбинской, Карагандинской и Павлодарской областях."
    )
    assert not {"Акимат Актюбинской области", "Акимат Карагандинской области"} & _names(draft)
