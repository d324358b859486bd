"""Russian diplomatic missions implied by a title: «генеральный консул» serves a «Генеральное
консульство», not a plain «Консульство»; «Посол ... в РК» is an embassy «в Казахстане».
Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    document = read_text(text)
    assert document.language == "ru"
    return extract(document)


def _organization_of(draft: Draft, person: str) -> str | None:
    return next(p.organization for p in draft.people if p.name == person)


def test_a_consul_general_implies_a_consulate_general() -> None:
    draft = _draft(
        "Аким Павлодарской области Асаин Байханов встретился с генеральным консулом Республики "
        "Польша в Алматы Томашем Новаком. Стороны обсудили поставки зерна.\n"
    )
    assert _organization_of(draft, "Томаш Новак") == (
        "Генеральное консульство Республики Польша в Алматы"
    )


def test_a_plain_consul_still_implies_a_consulate() -> None:
    draft = _draft(
        "Аким Павлодарской области Асаин Байханов встретился с консулом Республики Польша в "
        "Алматы Томашем Новаком. Стороны обсудили поставки зерна.\n"
    )
    assert _organization_of(draft, "Томаш Новак") == "Консульство Республики Польша в Алматы"


def test_an_ambassador_in_rk_serves_an_embassy_in_kazakhstan() -> None:
    draft = _draft(
        "Министр энергетики Ерлан Аккенженов принял Чрезвычайного и Полномочного Посла Италии "
        "в РК Марко Бьянки. Стороны обсудили проекты в области энергетики.\n"
    )
    assert "Посольство Италии в Казахстане" in [o.name for o in draft.organizations]
