"""Russian bodies implied by a title: «генеральный консул» serves a «Генеральное
консульство», not a plain «Консульство»; «Посол ... в РК» is an embassy «в Казахстане»; «аким
региона» is the akim of the region a sentence before named.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _organization_of(draft: Draft, person: str) -> str | None:
    return next(p.organization for p in draft.people if p.name == person)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("генеральным консулом", "Генеральное консульство Республики Польша в Алматы"),
        ("консулом", "Консульство Республики Польша в Алматы"),
    ],
    ids=["consul general", "consul"],
)
def test_a_consul_general_implies_a_consulate_general(title: str, body: str) -> None:
    draft = draft_of(
        f"Аким Павлодарской области Асаин Байханов встретился с {title} Республики Польша в "
        "Алматы Томашем Новаком. Стороны обсудили поставки зерна.\n",
        detected="ru",
    )
    assert _organization_of(draft, "Томаш Новак") == body


def test_an_ambassador_in_rk_serves_an_embassy_in_kazakhstan() -> None:
    draft = draft_of(
        "Министр энергетики Ерлан Аккенженов принял Чрезвычайного и Полномочного Посла Италии "
        "в РК Марко Бьянки. Стороны обсудили проекты в области энергетики.\n",
        detected="ru",
    )
    assert "Посольство Италии в Казахстане" in [o.name for o in draft.organizations]


def test_the_akim_of_the_region_is_of_the_region_an_earlier_sentence_named() -> None:
    draft = draft_of(
        "Тараз, 5 марта 2025 года. Делегация Жамбылской области прибыла с рабочим визитом в "
        "Кыргызстан. В ходе визита аким региона Ербол Карашукеев провел переговоры с "
        "руководством Чуйской области.\n",
        detected="ru",
    )
    assert _organization_of(draft, "Ербол Карашукеев") == "Акимат Жамбылской области"


def test_a_region_named_only_after_the_title_is_not_its_region() -> None:
    draft = draft_of(
        "Тараз, 5 марта 2025 года. Аким региона Ербол Карашукеев провел переговоры с "
        "руководством Чуйской области.\n",
        detected="ru",
    )
    assert _organization_of(draft, "Ербол Карашукеев") != "Акимат Чуйской области"
