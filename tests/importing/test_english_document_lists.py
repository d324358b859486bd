"""Documents listed one per item after a signing (issue 19, English): each item is a memorandum
of its own, its sides left unnamed unless the item or a "This agreement was made between A and
B" right after it names them; a list of a memorandum's contents is no list of documents; a
headline "Documents signed" names no organization. Sentences written for the test."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import english_draft


def test_each_listed_document_is_one_memorandum_dated_by_the_signing() -> None:
    draft = english_draft(
        "Documents signed\n\n"
        "ASTANA, 3 June 2026. Following the talks, the following documents were signed:\n\n"
        "- Agreement on cooperation in fisheries;\n\n"
        "- Memorandum of understanding on cooperation in archives;\n\n"
        "- Agreement between the Ministry of Energy of Kazakhstan and the Ministry of Energy of "
        "Oman on solar power.\n\n"
        "The presidents then visited the exhibition."
    )
    memoranda = [(set(m.parties), m.signed_on) for m in draft.memoranda]
    day = PartialDate(2026, 6, 3)
    assert sorted(memoranda, key=lambda m: len(m[0])) == [
        (set(), day),
        (set(), day),
        ({"Ministry of Energy of Kazakhstan", "Ministry of Energy of Oman"}, day),
    ]
    assert not draft.organizations or "Documents" not in {o.name for o in draft.organizations}


def test_an_item_followed_by_this_agreement_between_two_takes_them() -> None:
    draft = english_draft(
        "Documents signed\n\n"
        "ASTANA, 3 June 2026. The delegations signed several documents:\n\n"
        "- A Memorandum of Intent to open a joint laboratory. This agreement was made between "
        "Kazakhstan's Ministry of Ecology and Norway's Polar Institute.\n\n"
        "- A Memorandum on a language school."
    )
    assert sorted((set(m.parties) for m in draft.memoranda), key=len) == [
        set(),
        {"Ministry of Ecology", "Polar Institute"},
    ]


def test_the_contents_of_one_memorandum_are_no_list_of_documents() -> None:
    draft = english_draft(
        "Two universities sign\n\n"
        "ALMATY, 3 June 2026. Steppe University and Lakeside University signed a memorandum. "
        "The memorandum sets out a framework for cooperation, including:\n\n"
        "- Joint programmes for students;\n\n"
        "- Joint research projects."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Steppe University", "Lakeside University"}
    ]


def test_a_first_item_written_after_the_colon_of_its_list_is_an_item() -> None:
    draft = english_draft(
        "Documents signed\n\n"
        "ASTANA, 3 June 2026. The delegations signed several documents below: - A Memorandum on "
        "archives between the Steppe Archive and the Baltic Archive. - A Memorandum of Intent to "
        "open a school.\n\n"
        "The ministers then met the press."
    )
    assert sorted((set(m.parties) for m in draft.memoranda), key=len) == [
        set(),
        {"Steppe Archive", "Baltic Archive"},
    ]


def test_the_foreign_ministries_of_the_two_countries_are_kazakhstan_s_and_the_other_s() -> None:
    draft = english_draft(
        "Talks with Oman\n\n"
        "ASTANA, 3 June 2026. President Tokayev held talks with the Sultan of Oman. Following the "
        "talks, a cooperation programme between the foreign ministries of the two countries was "
        "signed."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs of Oman"}
    ]


def test_the_two_countries_of_a_text_naming_three_are_not_told() -> None:
    draft = english_draft(
        "Talks\n\n"
        "ASTANA, 3 June 2026. Delegations of Oman, Qatar and Kuwait visited Astana. A cooperation "
        "programme between the foreign ministries of the two countries was signed."
    )
    assert all(not m.parties for m in draft.memoranda)


def test_a_numbered_list_keeps_each_number_with_its_document() -> None:
    draft = english_draft(
        "Documents signed\n\n"
        "TASHKENT, 3 June 2026. The following documents were signed:\n\n"
        "7. Agreement between the Government of Kazakhstan and the Government of Mongolia on "
        "air services;\n\n"
        "8. Memorandum of understanding on cooperation in geology."
    )
    assert sorted((set(m.parties) for m in draft.memoranda), key=len) == [
        set(),
        {"Government of Kazakhstan", "Government of Mongolia"},
    ]
    assert all(m.signed_on == PartialDate(2026, 6, 3) for m in draft.memoranda)
