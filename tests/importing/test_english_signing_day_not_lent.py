"""A text's one signing date belongs to the document whose sentence tells it (English,
sentences written for the test): another document with other sides, told of in a sentence of
its own without a date, is not dated by it."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _signed_on(draft: Draft) -> dict[str, str | None]:
    return {
        next(p for p in m.parties if p != "Samruk Energy JSC"): (
            str(m.signed_on) if m.signed_on else None
        )
        for m in draft.memoranda
    }


_TEXT = (
    "Samruk Energy widens its partnerships\n\n"
    "Samruk Energy JSC has concluded a supply contract with Hitachi Energy for grid equipment."
    "\n\nThe volumes were not disclosed.\n\n"
    "During a visit to Paris last month, Samruk Energy JSC and EDF signed a cooperation "
    "agreement on 12 March 2026."
)


def test_the_one_signing_date_stays_with_the_document_it_was_told_of() -> None:
    dates = _signed_on(english_draft(_TEXT))
    assert dates == {"Hitachi Energy": None, "EDF": "2026-03-12"}


def test_a_lone_document_still_takes_the_texts_signing_date() -> None:
    text = (
        "Samruk Energy signs with EDF\n\n"
        "Samruk Energy JSC and EDF signed a cooperation agreement on 12 March 2026.\n\n"
        "The agreement was signed by the heads of both companies."
    )
    assert _signed_on(english_draft(text)) == {"EDF": "2026-03-12"}
