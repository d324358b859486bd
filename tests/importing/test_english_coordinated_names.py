"""Two organizations joined by "and" stay two when the second is named for a country: a
company's branch ("Shell Kazakhstan") or a country of two words ("South Korea") after a ministry
is no part of the ministry's portfolio, whose own country comes after "of". Sentences written
for the test."""

from __future__ import annotations

import pytest

from tests.importing.drafting import english_draft


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The Ministry of Energy and Vireo Gas Kazakhstan signed a memorandum on gas "
            "processing on Tuesday.",
            "Ministry of Energy",
            "Vireo Gas Kazakhstan",
        ),
        (
            "The Ministry of Health and Norvale Pharma Uzbekistan signed a memorandum on "
            "vaccine supplies on Tuesday.",
            "Ministry of Health",
            "Norvale Pharma Uzbekistan",
        ),
    ],
)
def test_a_company_named_for_a_country_is_not_part_of_the_ministry_before_it(
    sentence: str, first: str, second: str
) -> None:
    draft = english_draft(f"Memorandum signed\n\nASTANA, 3 March 2026. {sentence}")

    names = {o.name for o in draft.organizations}
    assert {first, second} <= names
    assert not any(" and " in name for name in names)
    assert [sorted(m.parties) for m in draft.memoranda] == [sorted([first, second])]


def test_a_portfolio_joined_by_and_keeps_its_country_after_of() -> None:
    draft = english_draft(
        "Trade roadmap approved\n\nASTANA, 3 March 2026. The Ministry of Trade and Integration "
        "of Kazakhstan signed a roadmap with the Eurasian Trade Council on Tuesday."
    )

    names = {o.name for o in draft.organizations}
    assert "Ministry of Trade and Integration of Kazakhstan" in names
