"""A minister's title whose portfolio joins two or more fields before "Minister" (issue 19):
"Kazakhstan's Trade and Integration Minister X", "the Kazakh Industry and Construction
Minister Y", "Ecology and Natural Resources Minister Z" imply one ministry named by the whole
portfolio, as "Energy Minister" implies the Ministry of Energy; no fragment of the portfolio
("Construction", "Trade and Integration") is an organization. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.importing.drafting import english_draft


@pytest.mark.parametrize(
    ("title", "ministry"),
    [
        ("Kazakhstan’s Trade and Integration Minister", "Ministry of Trade and Integration"),
        ("the Kazakh Industry and Construction Minister", "Ministry of Industry and Construction"),
        ("Kazakhstan’s Culture and Information Minister", "Ministry of Culture and Information"),
        (
            "Kazakhstan’s Ecology and Natural Resources Minister",
            "Ministry of Ecology and Natural Resources",
        ),
        (
            "Kazakhstan’s Labor and Social Protection Minister",
            "Ministry of Labor and Social Protection",
        ),
    ],
)
def test_a_joined_portfolio_before_minister_implies_the_whole_ministry(
    title: str, ministry: str
) -> None:
    draft = english_draft(
        f"Talks in Astana\n\n{title} Aigerim Sultanova met a delegation on Monday."
    )
    expected = f"{ministry} of Kazakhstan"
    assert {o.name for o in draft.organizations} == {expected}
    assert [(p.name, p.organization) for p in draft.people] == [("Aigerim Sultanova", expected)]


def test_a_single_field_portfolio_is_unchanged() -> None:
    draft = english_draft(
        "Talks in Astana\n\nKazakh Energy Minister Aigerim Sultanova met a delegation."
    )
    assert {o.name for o in draft.organizations} == {"Ministry of Energy of Kazakhstan"}


def test_two_ministers_each_keep_their_own_title() -> None:
    draft = english_draft(
        "Power talks\n\n"
        "Korea’s Minister Sungho Kim and Kazakhstan’s Industry and Construction Minister "
        "Aigerim Sultanova attended the signing ceremony."
    )
    people = {p.name: p.organization for p in draft.people}
    assert people["Aigerim Sultanova"] == "Ministry of Industry and Construction of Kazakhstan"
    assert "Construction" not in {o.name for o in draft.organizations}
