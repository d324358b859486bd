"""A document signed by one named body's officer and one head of government (English): the head
(a prime minister, or a plain deputy prime minister, written in any case) signs for his
country's government, the document's other side. Sentences written for the test."""

from __future__ import annotations

from kztracker.importing.draft import Document, Draft
from kztracker.importing.extract import extract


def _draft(text: str) -> Draft:
    return extract(Document(text, "pasted text", "pasted", language="en"))


def test_a_company_officer_and_a_deputy_prime_minister_sign_for_company_and_government() -> None:
    draft = _draft(
        "Rail freight deal\n\n"
        "BERLIN, 12 March 2026. The German logistics group has concluded a framework agreement "
        "on a new freight corridor.\n\n"
        "The agreement was signed by Nordwind Logistics GmbH chief executive Lena Hartmann and "
        "Kazakh deputy prime minister Arman Dosov in Berlin."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Nordwind Logistics GmbH", "Government of Kazakhstan"}
    ]


def test_a_prime_minister_signing_beside_a_bank_adds_his_government() -> None:
    draft = _draft(
        "Solar loan\n\n"
        "ALMATY, 2 April 2026. A loan agreement for three solar plants was signed by the "
        "president of the Eastern Development Bank Omar Tahir and Mongolian prime minister "
        "Bat Erdene."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Eastern Development Bank", "Government of Mongolia"}
    ]
