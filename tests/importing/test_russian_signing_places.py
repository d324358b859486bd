"""Russian places that sign: a Kazakh region acts through its akimat, a republic within a state
is a side by its own name, a country or a region only mentioned stays a place."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Карагандинская область и Омский государственный университет подписали меморандум "
            "о сотрудничестве в подготовке кадров.",
            {"Акимат Карагандинской области", "Омский государственный университет"},
        ),
        (
            "Евразийский национальный университет и Восточно-Казахстанская область подписали "
            "соглашение о создании научного парка.",
            {"Евразийский национальный университет", "Акимат Восточно-Казахстанской области"},
        ),
        (
            "Министерство сельского хозяйства Республики Казахстан и Республика Башкортостан "
            "подписали соглашение о поставках зерна.",
            {"Министерство сельского хозяйства Республики Казахстан", "Республика Башкортостан"},
        ),
        (  # two regions sharing a plural head: each is a side (listed_regions)
            "Павлодарская и Омская области подписали дорожную карту по развитию торговли.",
            {"Акимат Павлодарской области", "Правительство Омской области"},
        ),
    ],
)
def test_a_region_or_republic_that_signs_is_a_side(sentence: str, parties: set[str]) -> None:
    draft = draft_of("Подписан документ о сотрудничестве\n" + sentence)
    assert [set(m.parties) for m in draft.memoranda] == [parties]
    assert parties <= {o.name for o in draft.organizations}


@pytest.mark.parametrize(
    ("sentence", "not_sides"),
    [
        (  # a region only where the signing took place
            "В Павлодарской области Казахский агротехнический университет и компания «АгроТех» "
            "подписали меморандум о строительстве опытного хозяйства.",
            {"Акимат Павлодарской области", "Павлодарская область"},
        ),
        (  # a country signs through its government, not by the place rule
            "Республика Казахстан и Республика Узбекистан подписали соглашение о транзите грузов.",
            {"Республика Казахстан", "Республика Узбекистан"},
        ),
    ],
)
def test_a_place_that_does_not_sign_as_a_body_is_no_side(
    sentence: str, not_sides: set[str]
) -> None:
    draft = draft_of("Подписан документ о сотрудничестве\n" + sentence)
    assert draft.memoranda
    assert not not_sides & {p for m in draft.memoranda for p in m.parties}
    assert not not_sides & {o.name for o in draft.organizations}


@pytest.mark.parametrize(
    "signing",
    [
        "Они подписали меморандум об обмене студентами.",
        "Стороны подписали меморандум об обмене студентами.",
    ],
)
def test_sides_named_by_a_pronoun_are_those_just_named(signing: str) -> None:
    draft = draft_of(
        "Аграрные вузы расширяют сотрудничество\n"
        "Костанайский региональный университет и Курганская государственная сельскохозяйственная "
        "академия объявили о новом проекте в области науки. " + signing
    )
    assert {
        "Костанайский региональный университет",
        "Курганская государственная сельскохозяйственная академия",
    } in [set(m.parties) for m in draft.memoranda]
