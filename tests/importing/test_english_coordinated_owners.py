"""Owners of a plural body told by a run of capitalised words and looked up afterwards (issue 19,
English): multi-word countries, a possessive, a long official form and a name that only opens
a run still give each owner's side. Sentences written for the test."""

from __future__ import annotations

import pytest

from kztracker.importing.extract.english.coordinated_sides import coordinated_sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "the governments of Kazakhstan and the People's Republic of China signed",
            ["Government of Kazakhstan", "Government of China"],
        ),
        (
            "the foreign ministries of Kazakhstan and the United Kingdom signed a plan",
            [
                "Ministry of Foreign Affairs of Kazakhstan",
                "Ministry of Foreign Affairs of United Kingdom",
            ],
        ),
        (
            "Kazakhstan's and Russia's foreign ministries agreed",
            ["Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of Russia"],
        ),
        (
            "the health ministries of Kazakhstan and Russia Today reported",
            ["Ministry of Health of Kazakhstan", "Ministry of Health of Russia"],
        ),
        (
            "the governments of the Republic of Korea and Kazakhstan",
            ["Government of South Korea", "Government of Kazakhstan"],
        ),
    ],
)
def test_each_owner_of_a_plural_body_is_a_side(text: str, sides: list[str]) -> None:
    assert [found for _, _, found in coordinated_sides(text)] == [sides]


def test_words_that_name_no_country_give_no_side() -> None:
    assert coordinated_sides("the governments of Steppe Town and Lake City met") == []
