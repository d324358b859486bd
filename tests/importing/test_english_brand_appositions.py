"""A company named by one word, with no type word of its own, after a description that ends in a
comma ("the national atomic company, Acmeprom, and X") or right after the description's noun
("the regional training organisation Bilimdar"): the description names the company, so it is an
organization and a side of what it signs. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_a_name_after_its_description_and_a_comma_is_an_organization() -> None:
    draft = english_draft(
        "Uranium deal\nASTANA, 3 April 2024. A supply deal was struck by the state mining "
        "company, Acmeprom, and Northern Uranium Corporation Limited."
    )
    assert "Acmeprom" in {o.name for o in draft.organizations}
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Acmeprom", "Northern Uranium Corporation Limited"]
    ]


def test_a_word_after_a_comma_that_ends_no_description_stays_no_name() -> None:
    draft = english_draft(
        "Uranium deal\nASTANA, 3 April 2024. The plan was approved, Yesterday the ministry met."
    )
    assert draft.organizations == []


def test_a_name_right_after_its_description_is_an_organization() -> None:
    draft = english_draft(
        "Teacher training\nASTANA, 3 April 2024. The Goethe Institute signed a memorandum with "
        "the regional teacher training organisation Bilimdar to retrain school staff."
    )
    assert "Bilimdar" in {o.name for o in draft.organizations}
    assert [sorted(m.parties) for m in draft.memoranda] == [["Bilimdar", "Goethe Institute"]]


def test_a_title_after_a_company_noun_is_no_name() -> None:
    draft = english_draft(
        "Teacher training\nASTANA, 3 April 2024. The Goethe Institute said the company CEO "
        "would visit Astana."
    )
    assert {o.name for o in draft.organizations} == {"Goethe Institute"}
