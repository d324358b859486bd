"""Capitals followed by a model number («ГАЗ 3302 көліктері») name a make and its model, a
product, not an organization; capitals alone still do. Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    document = read_text(text)
    document.language = "kk"
    return extract(document)


def test_a_make_and_its_model_is_no_organization() -> None:
    draft = _draft("Көлік\nОблыста ГАЗ 3302 көліктерін құрастыру жобасы талқыланды.")
    assert [o.name for o in draft.organizations] == []


def test_capitals_alone_are_an_organization() -> None:
    draft = _draft("Көлік\nОблысқа ЮНИДО өкілдері келді.")
    assert [o.name for o in draft.organizations] == ["ЮНИДО"]
