"""Kazakh signings told through the signers' titles: what opens the sentence or owns the
title is no side of its own."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_the_signed_document_opening_the_sentence_owns_no_title() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Хаттамаға ҚР Көлік вице-министрі мен Alstom компаниясының вице-президенті қол қойды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["ҚР Көлік министрлігі", "Alstom"]


def test_a_visit_opening_the_sentence_is_no_part_of_the_region() -> None:
    draft = kazakh_draft(
        "Инвестиция\n"
        "Сапар Қостанай облысында өтті. Меморандумға облыс әкімі Құмар Ақсақалов пен Kia "
        "компаниясының вице-президенті Пак Мин Су қол қойды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Қостанай облысының әкімдігі", "Kia"]


def test_a_citys_executive_authority_is_a_body() -> None:
    draft = kazakh_draft(
        "Бауырлас қалалар\n"
        "Гянджа қаласының атқарушы билігі мен Орал қаласының әкімдігі туризм туралы "
        "меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Гянджа қаласының атқарушы билігі", "Орал қаласының әкімдігі"]


def test_a_region_head_acts_for_the_akimat_the_text_named() -> None:
    draft = kazakh_draft(
        "Өңірлер\n"
        "Павлодар облысының әкімдігі мен Омбы облысының үкіметі келісімге қол қойды. "
        "Құжатқа облыс әкімі Асқар Омаров қол қойды."
    )
    person = next(p for p in draft.people if p.name == "Асқар Омаров")
    assert person.organization == "Павлодар облысының әкімдігі"


def test_a_plural_of_regions_heads_no_name() -> None:
    draft = kazakh_draft(
        "Атырау мен Астрахань облыстары серіктестікті кеңейтеді\n"
        "Атырау облысының әкімдігі мен Астрахань облысының үкіметі меморандумға қол қойды."
    )
    names = {o.name for o in draft.organizations}
    assert names == {"Атырау облысының әкімдігі", "Астрахань облысының үкіметі"}
