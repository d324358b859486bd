"""Sides named only by a minister's title (issue 19, English): "signed by the Minister of
Agriculture of Kazakhstan and the Rector of X", "the Latvian Minister of Economy and the Kazakh
Minister of Trade signed", "was signed by the transport ministers of A and B". A minister stands
for his ministry; a title naming no country, or one followed by the person's name, is not read
this way. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def _sides(text: str) -> list[set[str]]:
    return [set(m.parties) for m in english_draft("Signing\n\nRIGA, 6 May 2026. " + text).memoranda]


def test_a_minister_by_title_beside_a_named_body_is_his_ministry() -> None:
    assert _sides(
        "The memorandum on soil research was signed by the Minister of Agriculture of "
        "Kazakhstan and the Rector of the Latvia University of Life Sciences."
    ) == [{"Ministry of Agriculture of Kazakhstan", "Latvia University of Life Sciences"}]


def test_two_ministers_by_title_before_the_verb() -> None:
    assert _sides(
        "The Latvian Minister of Economics and the Kazakh Minister of Trade and Integration "
        "signed a roadmap on transit trade."
    ) == [{"Ministry of Economics of Latvia", "Ministry of Trade and Integration of Kazakhstan"}]


def test_a_portfolio_before_minister_with_a_possessive_country() -> None:
    assert _sides(
        "Latvia's Transport Minister and the Kazakh Minister of Transport signed a protocol on "
        "rail freight."
    ) == [{"Ministry of Transport of Latvia", "Ministry of Transport of Kazakhstan"}]


def test_ministers_of_two_countries_after_by() -> None:
    assert _sides(
        "A protocol on rail freight was signed by the transport ministers of Latvia and Kazakhstan."
    ) == [{"Ministry of Transport of Latvia", "Ministry of Transport of Kazakhstan"}]


def test_a_prime_minister_by_title_is_no_ministry() -> None:
    sides = _sides(
        "The Latvian Prime Minister and the Kazakh Minister of Trade and Integration signed a "
        "roadmap on transit trade."
    )
    assert all(not any(s.startswith("Ministry of Prime") for s in m) for m in sides)


def test_an_unnamed_counterpart_of_a_titled_minister_heads_his_own_ministry() -> None:
    assert _sides(
        "The Kazakh Minister of Agriculture and his Latvian counterpart signed a protocol on "
        "grain exports."
    ) == [{"Ministry of Agriculture of Kazakhstan", "Ministry of Agriculture of Latvia"}]


def test_region_heads_by_title_stand_for_their_local_governments() -> None:
    assert _sides(
        "The akim of Kostanay region and the governor of Kurgan oblast signed an agreement on "
        "border trade."
    ) == [{"Akimat of Kostanay region", "Administration of Kurgan region"}]
