"""Names that are documents or descriptions, not organizations (issue 19, English): a
capitalized phrase ending in a document word ("... Cooperation Agreement", "... Instrument")
with its acronym, and a hyphenated description ("EU-supported"). Sentences written for the
test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_documents_and_descriptions_are_not_organizations() -> None:
    draft = english_draft(
        "EU programme widens\n\n"
        "The European Parliament ratified the Enhanced Partnership and Cooperation Agreement "
        "(PCA) with Kazakhstan. The EU and EU-supported financial institutions pledged new "
        "loans. Since 2014 Kazakhstan takes part in the Regional Development Cooperation "
        "Instrument (RDCI) of the European Union."
    )
    assert {o.name for o in draft.organizations} == {"European Union", "European Parliament"}


def test_an_organization_with_its_acronym_stays() -> None:
    draft = english_draft(
        "Grid loan\n\n"
        "The Caspian Development Bank (CDB) signed a loan agreement with Steppe Grid on Monday. "
        "CDB will lend 80 million euros."
    )
    assert {"Caspian Development Bank", "Steppe Grid"} <= {o.name for o in draft.organizations}
