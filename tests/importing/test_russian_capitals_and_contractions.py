"""Russian pages with a headline in capitals only, and ministries named by a contraction
(«Миннауки»). Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_headline_in_capitals_names_no_organization_of_its_own() -> None:
    draft = draft_of(
        "АКИМАТ ГОРОДА И ТУРЕЦКАЯ СТРОИТЕЛЬНАЯ КОМПАНИЯ ПОДПИСАЛИ МЕМОРАНДУМ\n"
        "В Шымкенте подписан меморандум о строительстве жилья между акиматом города Шымкента "
        "и компанией «Ренессанс Строй»."
    )
    names = {o.name for o in draft.organizations}
    assert not any(n.isupper() and len(n) > 8 for n in names)
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Акимат города Шымкента", "Ренессанс Строй"}
    ]


def test_a_contracted_ministry_joins_its_full_name() -> None:
    draft = draft_of(
        "Министерство науки и высшего образования подписало соглашение\n"
        "Министерство науки и высшего образования и Университет Цинхуа подписали соглашение о "
        "совместной магистратуре. Со стороны Миннауки документ подписал вице-министр Марат "
        "Оспанов."
    )
    names = {o.name for o in draft.organizations}
    assert "Миннауки" not in names
    assert "Министерство науки и высшего образования" in names


def test_a_body_in_the_instrumental_after_and_is_a_name_of_its_own() -> None:
    draft = draft_of(
        "Подписан меморандум регионов\n"
        "В Уфе подписан меморандум о взаимопонимании между правительством Башкортостана и "
        "акиматом Актюбинской области."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Правительство Башкортостана", "Акимат Актюбинской области"}
    ]
