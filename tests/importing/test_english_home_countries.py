"""A ministry named without its country takes the country the text gives it (issue 19, English,
pages never seen): "his Kazakh counterpart", "his counterpart from Kazakhstan", "the Kazakh
Agriculture Minister", "Kazakhstan's Ministry of X" name Kazakhstan's ministry with its country,
so it stays apart from the other side's ministry of the same name and the signing has both.
Sentences written for the test."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


@pytest.mark.parametrize(
    ("text", "kazakh", "other"),
    [
        (
            "Visa deal signed\n\nLIMA, 3 March 2025. Peru's Foreign Minister, Jorge Salas, and "
            "his counterpart from Kazakhstan, Ermek Tulegenov, signed a visa agreement.",
            "Ministry of Foreign Affairs of Kazakhstan",
            "Ministry of Foreign Affairs of Peru",
        ),
        (
            "Grain memo signed\n\nBISHKEK, 3 March 2025. The Kazakh Agriculture Minister, Yerlan "
            "Dosov, and the Kyrgyz Agriculture Minister, Bakyt Toktorov, signed a memorandum on "
            "grain trade.",
            "Ministry of Agriculture of Kazakhstan",
            "Ministry of Agriculture of Kyrgyzstan",
        ),
        (
            "Rail memo signed\n\nTASHKENT, 3 March 2025. Kazakhstan's Ministry of Transport and "
            "Uzbekistan's Ministry of Transport signed a memorandum on rail freight.",
            "Ministry of Transport of Kazakhstan",
            "Ministry of Transport of Uzbekistan",
        ),
    ],
)
def test_a_ministry_the_text_gives_a_country_is_named_with_it(
    text: str, kazakh: str, other: str
) -> None:
    draft = english_draft(text)
    assert {kazakh, other} <= _names(draft)
    assert [set(m.parties) for m in draft.memoranda] == [{kazakh, other}]
    home = next(o for o in draft.organizations if o.name == kazakh)
    assert home.country == "Kazakhstan"
    assert kazakh.removesuffix(" of Kazakhstan") in home.aliases  # still links to the bare record


def test_the_other_sides_possessive_ministry_is_not_kazakhstans() -> None:
    draft = english_draft(
        "Health talks\n\nASTANA, 3 March 2025. Iran's Ministry of Health said that Iranian Health "
        "Minister Ali Rezaei held talks with his Kazakh counterpart Marat Sadykov. The two sides "
        "signed a memorandum on healthcare."
    )
    assert {"Ministry of Health of Iran", "Ministry of Health of Kazakhstan"} <= _names(draft)
    assert "Ministry of Health" not in _names(draft)
    people = {p.name: p.organization for p in draft.people}
    assert people["Marat Sadykov"] == "Ministry of Health of Kazakhstan"
    assert people["Ali Rezaei"] == "Ministry of Health of Iran"


def test_a_ministry_whose_country_the_text_does_not_give_keeps_its_bare_name() -> None:
    draft = english_draft(
        "Energy memo\n\nASTANA, 3 March 2025. The Ministry of Energy signed a memorandum with "
        "Qazaq Grid Systems LLP on grid upgrades."
    )
    assert "Ministry of Energy" in _names(draft)
    assert not any(n.startswith("Ministry of Energy of") for n in _names(draft))


def test_a_documents_topic_after_its_head_is_no_person() -> None:
    draft = english_draft(
        "Treaties signed\n\nASTANA, 3 March 2025. The presidents of Kazakhstan and Mongolia "
        "signed the Treaty on Extradition and the Treaty on Legal Assistance in Civil Matters."
    )
    assert "Legal Assistance" not in {p.name for p in draft.people}
    assert len(draft.memoranda) == 2


def test_a_person_after_a_title_is_still_found() -> None:
    draft = english_draft(
        "Memo signed\n\nASTANA, 3 March 2025. The memorandum was signed by Minister of Energy "
        "Almas Serikov and the chairman of Qazaq Grid Systems LLP, Dana Ermekova."
    )
    assert {"Almas Serikov", "Dana Ermekova"} <= {p.name for p in draft.people}


@pytest.mark.parametrize(
    "signed",
    [
        "a memorandum was signed between the two countries' senates",
        "a memorandum was signed between the senates of the two countries",
    ],
)
def test_the_two_countries_bodies_are_the_two_named_before(signed: str) -> None:
    draft = english_draft(
        "Senates sign memo\n\nAskar Bekov, Chairman of the Senate of Kazakhstan, met with Ilhom "
        f"Karimov, First Deputy Chairman of the Senate of Tajikistan. At the meeting, {signed}."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Senate of Kazakhstan", "Senate of Tajikistan"}
    ]
