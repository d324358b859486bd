"""Capitals followed by a model number («ГАЗ 3302 көліктері») name a make and its model, a
product, not an organization; capitals alone still do. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_make_and_its_model_is_no_organization() -> None:
    draft = kazakh_draft("Көлік\nОблыста ГАЗ 3302 көліктерін құрастыру жобасы талқыланды.")
    assert [o.name for o in draft.organizations] == []


def test_capitals_alone_are_an_organization() -> None:
    draft = kazakh_draft("Көлік\nОблысқа ЮНИДО өкілдері келді.")
    assert [o.name for o in draft.organizations] == ["ЮНИДО"]
