"""English titles before a name stop where they should: never past another titled person's
name before a comma ("Director A B, the National Grid ..." gives the grid no person), and never
into a phrase that only opens the sentence ("According to X Chairman A B": X's chairman)."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text
from tests.importing.drafting import english_draft


def test_a_title_does_not_run_back_over_a_titled_name() -> None:
    draft = extract(
        read_text(
            "Grid upgrade\nASTANA, 2 May 2024. According to KazGrid Director Serik Abenov, the "
            "National Transmission Network of Kazakhstan needs new lines.\n"
        )
    )
    people = {p.name: (p.title, p.organization) for p in draft.people}
    assert set(people) == {"Serik Abenov"}
    assert people["Serik Abenov"] == ("Director", "KazGrid")


def test_no_person_is_made_of_the_words_after_a_titled_name() -> None:
    draft = extract(
        read_text(
            "Grid upgrade\nASTANA, 2 May 2024. According to KazGrid Chairman Serik Abenov, "
            "the Unified Power System of Kazakhstan needs new lines.\n"
        )
    )
    assert {p.name for p in draft.people} == {"Serik Abenov"}


def test_a_body_named_back_in_lower_case_is_no_persons_organization() -> None:
    draft = extract(
        read_text(
            "Grid upgrade\nASTANA, 2 May 2024. KazGrid signed a loan with the World Bank. The "
            "company's Chief Executive Officer Dana Omarova attended the ceremony.\n"
        )
    )
    people = {p.name: p.organization for p in draft.people}
    assert "Dana Omarova" in people
    assert people["Dana Omarova"] != "company"


def test_a_name_with_a_particle_ends_its_title_before_and() -> None:
    draft = english_draft(
        "Office opens\nASTANA, 3 April 2024. Acme Director-General José Maria da Souza and "
        "Kazakhstan's Minister of Agriculture Aidos Serikov signed an agreement."
    )
    employers = {p.name: p.organization for p in draft.people}
    assert employers["Aidos Serikov"] == "Ministry of Agriculture of Kazakhstan"
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Acme", "Ministry of Agriculture of Kazakhstan"]
    ]


def test_a_title_owned_by_a_framed_name_takes_the_name_found_inside() -> None:
    draft = english_draft(
        "Office opens\nASTANA, 3 April 2024. The Union’s Acme Farming Agency (AFA) "
        "Director-General Jane Roe and Kazakhstan's Minister of Agriculture Aidos Serikov "
        "signed an agreement."
    )
    assert {p.name: p.organization for p in draft.people}["Jane Roe"] == "Acme Farming Agency"
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Acme Farming Agency", "Ministry of Agriculture of Kazakhstan"]
    ]
