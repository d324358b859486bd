"""A Russian surname written in capitals («– сказал г-н КЛАРК») is the person the text
names, not an acronym of a body. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_surname_in_capitals_is_no_organization() -> None:
    draft = draft_of(
        "Посол посетил университет\n"
        "Посол Канады в Казахстане Джон Кларк посетил Карагандинский технический университет. "
        "“Мы ценим наше партнерство с казахстанскими вузами”, - сказал г-н КЛАРК.",
        detected="ru",
    )
    names = [o.name.casefold() for o in draft.organizations]
    assert "кларк" not in names
    assert any("карагандинский" in n for n in names)
