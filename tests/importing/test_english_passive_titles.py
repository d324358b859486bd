"""A document whose long title lists fields with commas before "was signed between A and B"
(issue 19, English): the sides after "between" are its parties, and a further one told the same
way is a document of its own. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_a_title_listing_fields_with_commas_keeps_its_sides() -> None:
    draft = english_draft(
        "Twin cities\n\n"
        "ASTANA, 3 March 2026. An Action Plan on energy, transport, medical, and sports "
        "cooperation for 2026-2027 was signed between the Shymkent City Administration and the "
        "Bursa Metropolitan Municipality."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Shymkent City Administration", "Bursa Metropolitan Municipality"}
    ]


def test_a_second_passive_document_with_commas_is_its_own() -> None:
    draft = english_draft(
        "Regions sign\n\n"
        "ASTANA, 3 March 2026. The Steppe Ministry of Energy and the Caspian Grid Agency signed a "
        "protocol on grid links. A Memorandum on youth, sports, and tourism exchanges was also "
        "signed between the Turkistan Region Administration and the Izmir Provincial Council."
    )
    assert {frozenset(m.parties) for m in draft.memoranda} == {
        frozenset({"Steppe Ministry of Energy", "Caspian Grid Agency"}),
        frozenset({"Turkistan Region Administration", "Izmir Provincial Council"}),
    }


def test_a_comma_before_a_new_clause_ends_the_title() -> None:
    draft = english_draft(
        "Two documents\n\n"
        "ASTANA, 3 March 2026. Qazaq Rail signed a memorandum with Danube Freight, and a contract "
        "was signed between the Aktau Port Authority and Caspian Shipping Company."
    )
    assert {frozenset(m.parties) for m in draft.memoranda} == {
        frozenset({"Qazaq Rail", "Danube Freight"}),
        frozenset({"Aktau Port Authority", "Caspian Shipping Company"}),
    }
