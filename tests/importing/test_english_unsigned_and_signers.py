"""Memoranda on unseen English pages, precision (issue 19): a document a home body only
approved or a text only finalized is no memorandum; "signed between two countries by the head
of X and the head of Y" has X and Y as its sides, no government; a passive "has been signed
between A and B" after a long title names A and B; a sentence broken across two lines after
"and the" stays one. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_a_memorandum_approved_by_the_cabinet_is_not_signed() -> None:
    draft = english_draft(
        "Cabinet approves memorandum on fisheries\n\n"
        "The Federal Cabinet has approved a Memorandum of Understanding on fisheries between "
        "Kazakhstan and Norway. The text was prepared by the two ministries."
    )
    assert draft.memoranda == []


def test_a_memorandum_only_finalized_is_not_signed() -> None:
    draft = english_draft(
        "Fisheries text ready\n\n"
        "A Memorandum of Understanding between the Ministry of Agriculture of Kazakhstan and "
        "the Norwegian Fisheries Directorate has been finalized."
    )
    assert draft.memoranda == []


def test_a_memorandum_signed_by_ministers_is_still_signed() -> None:
    draft = english_draft(
        "Fisheries memorandum signed\n\n"
        "The Ministry of Agriculture of Kazakhstan and the Norwegian Fisheries Directorate "
        "signed a Memorandum of Understanding on fisheries, approved earlier by both sides."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Ministry of Agriculture of Kazakhstan", "Norwegian Fisheries Directorate"}
    ]


def test_countries_before_the_signers_give_no_government() -> None:
    draft = english_draft(
        "Regions sign agricultural memorandum\n\n"
        "A memorandum on horticulture was signed between Georgia and Kazakhstan by the head of "
        "the Kakheti Farming Agency Nino Beridze and the Head of the Turkistan Regional "
        "Department of Agriculture Askar Omarov in Telavi on Monday."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Kakheti Farming Agency", "Turkistan Regional Department of Agriculture"}
    ]


def test_a_long_title_then_signed_between_names_the_sides() -> None:
    draft = english_draft(
        "Memorandum signed in Taraz\n\n"
        "A Memorandum of Cooperation in the field of rural water supply and irrigation of Zhambyl "
        "Oblast has been signed between Zhambyl Water Company and the Taraz City Akimat.\n\n"
        "The akim thanked the company."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Zhambyl Water Company", "Taraz City Akimat"}
    ]


def test_a_sentence_broken_after_and_the_keeps_both_sides() -> None:
    draft = english_draft(
        "Agreement signed\n\n"
        "On 3 March in the Great Hall the Memorandum between the Caspian Academy of Sciences "
        "and the \n\nAktau State Technical University is signed.\n\n"
        "The rector thanked the guests."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Caspian Academy of Sciences", "Aktau State Technical University"}
    ]


def test_two_documents_signed_respectively_stay_apart() -> None:
    draft = english_draft(
        "Signing of environmental documents\n\n"
        "On the occasion of the summit, the Ministry of Environment of Norway signed the "
        "Memorandum of Cooperation with the Ministry of Ecology of the Republic of Kazakhstan "
        "and the Arrangement with the Forestry Service of Uzbekistan on Environmental "
        "Cooperation, respectively."
    )
    sides = [set(m.parties) for m in draft.memoranda]
    assert {
        "Ministry of Environment of Norway",
        "Ministry of Ecology of the Republic of Kazakhstan",
    } in sides
    assert all(len(s) == 2 for s in sides) and len(sides) == 2


def test_nouns_joined_to_a_count_are_a_tally_not_documents() -> None:
    draft = english_draft(
        "Deals inked\n\n"
        "ISTANBUL, 4 May 2026. Turkey and Kazakhstan have taken a major step, signing 12 "
        "memorandums of understanding (MoUs) and agreements covering trade and culture."
    )
    assert all(m.parties == [] for m in draft.memoranda)
