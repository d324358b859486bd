"""Sides a signing sentence does not name itself (issue 19, English): a definite "The agreement
was signed ..." after a sentence that gave that agreement "between A and B"; an institute named
in lower case as translated copy writes it. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_the_agreement_signed_after_one_between_two_sides_has_those_sides() -> None:
    draft = english_draft(
        "A loan for the grid\n\n"
        "ASTANA, 9 June 2026. Under the agreement between Steppe Grid and the Nordic Investment "
        "Bank, the bank will lend 80 million euros for new lines. The agreement was signed on "
        "Monday in the capital."
    )
    assert [set(m.parties) for m in draft.memoranda] == [{"Steppe Grid", "Nordic Investment Bank"}]


def test_two_bodies_named_without_between_are_not_the_agreement_s_sides() -> None:
    draft = english_draft(
        "Grid talks\n\n"
        "ASTANA, 9 June 2026. Experts of Steppe Grid and the Nordic Investment Bank met in the "
        "capital. The agreement was signed by the city on Monday."
    )
    assert all(set(m.parties) != {"Steppe Grid", "Nordic Investment Bank"} for m in draft.memoranda)


def test_an_institute_named_in_lower_case_signs() -> None:
    draft = english_draft(
        "Eye care\n\n"
        "SHYMKENT, 9 June 2026. A memorandum was signed between the Steppe Medical Academy and "
        "the republican research institute of eye surgery on joint training."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Steppe Medical Academy", "republican research institute of eye surgery"}
    ]


def test_an_undefined_centre_in_lower_case_is_no_organization() -> None:
    draft = english_draft(
        "A new campus\n\n"
        "SHYMKENT, 9 June 2026. The academy will open a national center of excellence and "
        "the new research centre of the city next year."
    )
    assert not any("cent" in o.name for o in draft.organizations)


def test_our_university_signing_with_several_named_by_number_is_the_page_s_own() -> None:
    draft = english_draft(
        "Visit to Japan\n\n"
        "ALMATY, 9 June 2026. A delegation of Steppe Pedagogical University visited Osaka, where "
        "our university signed a memorandum of cooperation with five universities of Kansai."
    )
    assert [m.parties for m in draft.memoranda] == [["Steppe Pedagogical University"]]


def test_three_parties_joined_by_and_with_a_laboratory_and_a_president_s_body() -> None:
    draft = english_draft(
        "Hospitals sign\n\n"
        "ASTANA, 9 June 2026. A memorandum was signed between the Central Hospital of the "
        "President's Affairs Administration, Busan University Hospital and Hanbit Clinical "
        "Laboratories."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {
            "Central Hospital of the President's Affairs Administration",
            "Busan University Hospital",
            "Hanbit Clinical Laboratories",
        }
    ]


def test_the_sides_after_two_ministers_met_are_their_ministries() -> None:
    draft = english_draft(
        "Health ministers meet\n\n"
        "ASTANA, 9 June 2026. Minister of Health of Kazakhstan Aigul Serikova met with Minister "
        "of Health of Mongolia Bat Erdene. Following the talks, the sides signed a roadmap on "
        "medical training."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Ministry of Health of Kazakhstan", "Ministry of Health of Mongolia"}
    ]


def test_a_head_of_state_at_the_occasion_gives_no_country_as_a_party() -> None:
    draft = english_draft(
        "Oil firms team up\n\n"
        "ASTANA, 9 June 2026. Kazakhstan's Steppe Oil and Norway's Fjord Energy agreed to work "
        "together.\n\n"
        "The Kazakh state company and the Norwegian group signed a memorandum on the sidelines "
        "of the Kazakh President's state visit to Norway this week."
    )
    assert all("Kazakhstan" not in m.parties for m in draft.memoranda)


def test_institutes_named_in_sentence_case_sign_with_their_whole_names() -> None:
    draft = english_draft(
        "Think tanks cooperate\n\n"
        "ASTANA, 9 June 2026. A memorandum of cooperation between the Kazakhstan institute for "
        "economic studies under the President of the Republic of Kazakhstan and the Center for "
        "economic research under the President of the Republic of Uzbekistan was signed."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {
            "Kazakhstan institute for economic studies under the President of the Republic of "
            "Kazakhstan",
            "Center for economic research under the President of the Republic of Uzbekistan",
        }
    ]


def test_a_centre_opened_at_a_university_is_no_organization_of_its_own() -> None:
    draft = english_draft(
        "A new centre\n\n"
        "ALMATY, 9 June 2026. We have opened the Mongolian center of history and culture at our "
        "university."
    )
    assert not any("center" in o.name for o in draft.organizations)


def test_a_government_written_in_lower_case_is_the_country_s_government() -> None:
    draft = english_draft(
        "Water supply\n\n"
        "ASTANA, 9 June 2026. The bank and the government of Kazakhstan signed a loan agreement "
        "on water supply."
    )
    assert "Government of Kazakhstan" in {o.name for o in draft.organizations}


def test_two_countries_that_also_signed_a_second_agreement_sign_two_documents() -> None:
    draft = english_draft(
        "Neighbours sign\n\n"
        "ASTANA, 9 June 2026. The presidents of Kazakhstan and Mongolia signed an Agreement on "
        "Strategic Partnership.\n\n"
        "President Tokayev said the talks were fruitful.\n\n"
        "The governments of Kazakhstan and Mongolia also signed an Agreement on Mutual "
        "Protection of Investments."
    )
    sides = {"Government of Kazakhstan", "Government of Mongolia"}
    # the presidents' treaty names no body; the governments' agreement does
    assert sorted((set(m.parties) for m in draft.memoranda), key=len) == [set(), sides]


def test_two_presidents_known_by_name_sign_for_no_body() -> None:
    draft = english_draft(
        "Summit in Baku\n\n"
        "BAKU, 9 June 2026. Following the talks, Presidents Kassym-Jomart Tokayev and Ilham "
        "Aliyev signed a Protocol on a joint investment council."
    )
    # Heads of state sign for no body (corpus dev golds; pool DECISIONS D2).
    assert [set(m.parties) for m in draft.memoranda] == [set()]


def test_a_namesake_official_signs_for_no_country() -> None:
    draft = english_draft(
        "Universities sign\n\n"
        "BAKU, 9 June 2026. Rector of Steppe University Murat Aliyev and Dean of Lakeside "
        "College Anna Berg signed a memorandum."
    )
    assert all("Government of Azerbaijan" not in m.parties for m in draft.memoranda)
