"""Sides of a signing told through the two people who met (issue 19, English, pages never
seen): "the two sides signed" a paragraph after "A held talks with his counterpart B"; a
counterpart named after his country ("his counterpart from Kazakhstan, B"); a headline's
document the body restates is one document. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.importing.drafting import english_draft

_TALKS = (
    "Chilean Health Minister Ana Torres held talks with her Kazakh counterpart Bolat Serikov on "
    "Tuesday in Astana."
)
_SIGNED = "During the meeting, the two sides signed an MoU on cooperation in medicine."


@pytest.mark.parametrize(
    "text",
    [
        f"Medicine news\n\n{_TALKS}\n\n{_SIGNED}",  # a paragraph apart
        # a sentence between the talks and the signing
        f"Medicine news\n\n{_TALKS} The congress gathers forty countries.\n\n{_SIGNED}",
        # the headline's memorandum, restated in the body, is one memorandum
        f"Chile, Kazakhstan sign MoU on health cooperation\n\n{_TALKS}\n\n{_SIGNED}",
    ],
)
def test_the_two_sides_signing_after_the_talks_are_the_ministers_ministries(text: str) -> None:
    draft = english_draft(text)
    assert len(draft.memoranda) == 1
    assert "Ministry of Health of Chile" in draft.memoranda[0].parties
    assert len(draft.memoranda[0].parties) == 2


def test_two_bodies_of_a_sentence_that_tells_of_no_meeting_are_not_the_sides() -> None:
    draft = english_draft(
        "Medicine news\n\n"
        "Steppe Clinic and Andes Hospital sent doctors to the congress in Astana. The congress "
        "gathers doctors from forty countries.\n\n"
        "Later, the two sides signed an MoU on cooperation in medicine."
    )
    assert all(set(m.parties) != {"Steppe Clinic", "Andes Hospital"} for m in draft.memoranda)


def test_a_counterpart_from_a_country_named_after_the_word_signs_for_his_ministry() -> None:
    draft = english_draft(
        "Visa-free travel\n\n"
        "Kenya's Foreign Minister, Peter Otieno, and his counterpart from Kazakhstan, Daniyar "
        "Sarsenov, signed a visa waiver agreement on Monday in Geneva."
    )
    people = {p.name: p for p in draft.people}
    assert people["Daniyar Sarsenov"].title == "Foreign Minister"
    assert len(draft.memoranda) == 1
    parties = draft.memoranda[0].parties
    assert "Ministry of Foreign Affairs of Kenya" in parties and len(parties) == 2


def test_a_counterpart_from_a_foreign_country_heads_that_country_s_ministry() -> None:
    draft = english_draft(
        "Visa-free travel\n\n"
        "Kazakhstan's Foreign Minister, Daniyar Sarsenov, and his counterpart from Kenya, Peter "
        "Otieno, signed a visa waiver agreement on Monday in Geneva."
    )
    people = {p.name: p for p in draft.people}
    assert people["Peter Otieno"].organization is not None
    assert "Kenya" in people["Peter Otieno"].organization


def test_an_agreement_for_a_term_of_years_with_a_partner_names_the_partner() -> None:
    draft = english_draft(
        "Cooperation plan\n\n"
        "ASTANA, 9 June 2026. The Steppe Academy of Sciences signed a cooperation agreement for "
        "2025-2027 with the Andes Research Council."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Steppe Academy of Sciences", "Andes Research Council"}
    ]


def test_two_titled_treaties_of_one_pair_in_one_sentence_are_two_documents() -> None:
    draft = english_draft(
        "Treaties\n\n"
        "ASTANA, 9 June 2026. The presidents of Kazakhstan and Chile signed the Treaty on "
        "Strategic Partnership and the Treaty on Legal Assistance."
    )
    assert len(draft.memoranda) == 2
    assert all(not m.parties for m in draft.memoranda)  # heads of state sign for no body


def test_one_memorandum_named_twice_in_its_sentence_stays_one() -> None:
    draft = english_draft(
        "Water\n\n"
        "ASTANA, 9 June 2026. Steppe Water and Nordic Water AB signed a memorandum on irrigation, "
        "and the memorandum will run for five years."
    )
    assert len(draft.memoranda) == 1


def test_a_region_in_lower_case_between_whom_an_agreement_is_signed_is_a_side() -> None:
    draft = english_draft(
        "Forum\n\n"
        "ASTANA, 9 June 2026. Twelve documents were signed at the forum. Among the major ones is "
        "the agreement between Turkistan region and NORDEX PJSC on the construction of "
        "substations."
    )
    assert [set(m.parties) for m in draft.memoranda] == [{"Turkistan region", "NORDEX PJSC"}]


def test_two_regions_a_memorandum_is_signed_between_are_its_sides() -> None:
    draft = english_draft(
        "Neighbours\n\n"
        "ASTANA, 9 June 2026. A memorandum was signed between Akmola region and Kurgan region on "
        "trade and tourism."
    )
    assert [set(m.parties) for m in draft.memoranda] == [{"Akmola region", "Kurgan region"}]


def test_regions_trade_flows_between_are_only_places() -> None:
    draft = english_draft(
        "Neighbours\n\n"
        "ASTANA, 9 June 2026. Trade between Akmola region and Kurgan region grew by ten percent "
        "last year."
    )
    assert not any("region" in o.name for o in draft.organizations)


def test_documents_signed_respectively_pair_each_signer_with_its_partner() -> None:
    draft = english_draft(
        "Railways\n\n"
        "ASTANA, 9 June 2026. Steppe Rail and Steppe Ports signed agreements with Baltic Rail and "
        "Nordic Ports, respectively."
    )
    assert sorted(sorted(m.parties) for m in draft.memoranda) == [
        ["Baltic Rail", "Steppe Rail"],
        ["Nordic Ports", "Steppe Ports"],
    ]


def test_two_signers_of_one_agreement_with_a_partner_stay_one_document() -> None:
    draft = english_draft(
        "Railways\n\n"
        "ASTANA, 9 June 2026. Steppe Rail and Steppe Ports signed an agreement with Baltic Rail."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Steppe Rail", "Steppe Ports", "Baltic Rail"}
    ]


_SIGNED_ONE = (
    "Steppe Grid signs deal with Nordic Power\n\n"
    "ASTANA, 9 June 2026. Steppe Grid signed an agreement with Nordic Power on wind farms.\n\n"
)


@pytest.mark.parametrize(
    "promoted",
    [
        "Read also:\nKazakhstan and Chile sign memorandum on mining\n"
        "Steppe Rail signs agreement with Baltic Rail\nAndes Mining opens office in Almaty\n",
        "Read also: Kazakhstan and Chile sign memorandum on mining; Steppe Rail signs agreement "
        "with Baltic Rail\n",
    ],
)
def test_headlines_a_read_also_marker_promotes_are_no_memoranda(promoted: str) -> None:
    draft = english_draft(_SIGNED_ONE + promoted)
    assert [set(m.parties) for m in draft.memoranda] == [{"Steppe Grid", "Nordic Power"}]


def test_the_article_after_a_read_also_headline_stays() -> None:
    draft = english_draft(
        _SIGNED_ONE + "Read also\nAndes Mining opens office in Almaty\n"
        "Steppe Rail also signed a memorandum with Baltic Rail on freight the same day.\n"
    )
    assert {frozenset(m.parties) for m in draft.memoranda} == {
        frozenset({"Steppe Grid", "Nordic Power"}),
        frozenset({"Steppe Rail", "Baltic Rail"}),
    }


def test_a_deal_with_an_unnamed_counterpart_has_its_one_named_side() -> None:
    draft = english_draft(
        "Business council\n\n"
        "BUDAPEST, 9 June 2026. A number of deals were sealed, including agreements on the "
        "production of equipment and a deal between Danube Cargo and its Kazakh counterpart."
    )
    assert [m.parties for m in draft.memoranda] == [["Danube Cargo"]]


def test_a_counterpart_named_after_the_word_is_a_side() -> None:
    draft = english_draft(
        "Business council\n\n"
        "BUDAPEST, 9 June 2026. Danube Cargo signed a deal with its Kazakh partner Steppe Freight."
    )
    assert [set(m.parties) for m in draft.memoranda] == [{"Danube Cargo", "Steppe Freight"}]


def test_a_second_head_named_after_his_country_is_a_person_of_that_country() -> None:
    draft = english_draft(
        "Treaties\n\n"
        "ASTANA, 9 June 2026. Presidents of Chile Luis Gomez and Kazakhstan Kassym-Zhomart "
        "Tokayev signed the Treaty of Alliance."
    )
    people = {p.name: p.title for p in draft.people}
    assert people == {
        "Luis Gomez": "President of Chile",
        "Kassym-Zhomart Tokayev": "President of Kazakhstan",
    }


def test_a_signing_that_came_of_joint_work_is_done_though_the_plant_will_produce() -> None:
    draft = english_draft(
        "A plant for pivots\n\n"
        "ASTANA, 9 June 2026. Our joint efforts led to the signing of an agreement between "
        "Nordhaus Pivot, Agrotech Partners and the Government of Kazakhstan to build a plant that "
        "will produce irrigation machines."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Nordhaus Pivot", "Agrotech Partners", "Government of Kazakhstan"}
    ]


def test_the_importance_of_signing_an_agreement_is_still_a_plan() -> None:
    draft = english_draft(
        "Talks\n\n"
        "ASTANA, 9 June 2026. The ministers stressed the importance of signing an agreement "
        "between Nordhaus Pivot and Agrotech Partners, which will open a plant."
    )
    assert draft.memoranda == []
