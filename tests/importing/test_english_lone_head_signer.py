"""A document signed by one named body's officer and one head of government (English): the head
(a prime minister or premier, or a plain deputy of one, written in any case) signs for his
country's government, the document's other side. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def _sides(parties: list[str]) -> set[str]:
    """The parties with a government's long form ("of the Republic of X") read as its short one."""
    return {p.replace("of the Republic of ", "of ") for p in parties}


def test_a_company_officer_and_a_vice_premier_sign_for_company_and_government() -> None:
    draft = english_draft(
        "Rail freight deal\n\n"
        "BERLIN, 12 March 2026. The German logistics group has concluded a framework agreement "
        "on a new freight corridor.\n\n"
        "The agreement was signed by Nordwind Logistics GmbH chief executive Lena Hartmann and "
        "Chinese Vice Premier Liu Wei in Berlin."
    )
    assert len(draft.memoranda) == 1
    assert _sides(draft.memoranda[0].parties) == {"Nordwind Logistics GmbH", "Government of China"}


def test_a_first_deputy_premier_of_a_country_signs_for_its_government() -> None:
    draft = english_draft(
        "Solar loan\n\n"
        "ALMATY, 2 April 2026. A loan agreement for three solar plants was signed by Nordwind "
        "Logistics GmbH chief executive Lena Hartmann and the first deputy premier of "
        "Kyrgyzstan Adylbek Kasymov."
    )
    assert len(draft.memoranda) == 1
    assert _sides(draft.memoranda[0].parties) == {
        "Nordwind Logistics GmbH",
        "Government of Kyrgyzstan",
    }
