"""Sides a signing sentence names in passing (English), sentences written for the test: the
parent after "the X subsidiary of national carrier Y" is no side; a visitor in "during a visit
to Astana by Premier X" signs nothing; a count of deals between companies told only as a kind
names no document; a lower-case alliance is an agreement; a sentence saying what the documents
just exchanged include lists one document for each pair."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _sides(draft: Draft) -> list[list[str]]:
    return sorted(sorted(m.parties) for m in draft.memoranda)


def test_the_parent_of_a_named_subsidiary_is_no_side() -> None:
    draft = english_draft(
        "Signalling venture\n\n"
        "Wabtec Corporation and the Lokomotiv Kurastyru Zauyty subsidiary of national carrier "
        "Samruk Energy JSC "
        "signed a memorandum of understanding on a joint venture."
    )
    assert _sides(draft) == [["Lokomotiv Kurastyru Zauyty", "Wabtec Corporation"]]


def test_a_visiting_premier_signs_nothing() -> None:
    draft = english_draft(
        "Solar memo\n\n"
        "Norway and Kazakhstan signed a memorandum of cooperation in solar energy during a "
        "May 2019 visit to Astana by then Norwegian Prime Minister Karl Obermann."
    )
    assert _sides(draft) == [[]]


def test_a_count_of_deals_between_kinds_of_companies_and_lower_case_alliances() -> None:
    draft = english_draft(
        "Nuclear deals\n\n"
        "The visit also saw a number of deals signed between Korean and Kazakh engineering "
        "companies, including state-owned Samruk Energy JSC, which has entered into grid and "
        "storage alliances with Hanwha Energy and Doosan Enerbility, respectively."
    )
    assert _sides(draft) == [
        ["Doosan Enerbility", "Samruk Energy JSC"],
        ["Hanwha Energy", "Samruk Energy JSC"],
    ]


def test_the_documents_a_sentence_says_were_included_are_one_per_pair() -> None:
    draft = english_draft(
        "State visit\n\n"
        "ASTANA, 12 May 2026. The two presidents watched the exchange of cooperation documents.\n\n"
        "The documents include a memorandum on water between the Ministry of Water Resources of "
        "Kazakhstan and the Ministry of Water Resources of Uzbekistan; another on irrigation "
        "research between the Kazakh Research Institute of Water Economy and the Scientific "
        "Information Center of the Interstate Coordination Water Commission."
    )
    assert len(draft.memoranda) == 2
    assert all(len(m.parties) == 2 for m in draft.memoranda)


def test_the_companies_that_sign_are_the_ones_the_sentence_before_named() -> None:
    draft = english_draft(
        "Pipeline talks\n\n"
        "ASTANA, 3 June 2026. KazTransOil and Transneft discussed oil transit on Monday. "
        "After the talks the companies signed the Memorandum on a second metering station."
    )
    assert _sides(draft) == [["KazTransOil", "Transneft"]]


def test_every_signer_after_by_gives_a_side_named_or_told_by_a_title() -> None:
    draft = english_draft(
        "Trucks\n\n"
        "ASTANA, 3 June 2026. An agreement of intent on truck axles was signed today.\n\n"
        "The document was signed by Minister of Energy Almas Satkaliyev, General Director of "
        "PJSC KAMAZ Sergey Petrov and mayor of Pavlodar region Asain Baitanov."
    )
    assert _sides(draft) == [["Akimat of Pavlodar region", "Ministry of Energy", "PJSC KAMAZ"]]


def test_an_agreement_prepared_but_not_signed_is_no_memorandum() -> None:
    draft = english_draft(
        "Research ties\n\n"
        "An Agreement on research cooperation between Nazarbayev University and Samruk Energy "
        "JSC has already been prepared and is now with the university's lawyers."
    )
    assert [m.parties for m in draft.memoranda if m.parties] == []
