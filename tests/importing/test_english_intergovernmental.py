"""An agreement called intergovernmental (issue 19, English): the countries named bare as its
sides stand for their governments, which are its parties, and one foreign country named alone
("an intergovernmental agreement with X") has the home government beside it. Any other document
of two countries named bare keeps no party. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_two_countries_signing_an_intergovernmental_agreement_are_their_governments() -> None:
    draft = english_draft(
        "Veterinary control\n\n"
        "ASTANA, 4 May 2026. Kazakhstan and Mongolia signed an intergovernmental agreement on "
        "veterinary control at the border."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Government of Kazakhstan", "Government of Mongolia"}
    ]


def test_an_intergovernmental_agreement_with_one_country_has_the_home_government() -> None:
    draft = english_draft(
        "Veterinary control\n\n"
        "ASTANA, 4 May 2026. The head of state signed a law ratifying an inter-governmental "
        "agreement with Mongolia on veterinary control at the border."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Government of Kazakhstan", "Government of Mongolia"}
    ]


def test_an_agreement_not_called_intergovernmental_keeps_no_party() -> None:
    draft = english_draft(
        "Veterinary control\n\n"
        "ASTANA, 4 May 2026. Kazakhstan and Mongolia signed an agreement on veterinary control "
        "at the border."
    )
    assert [m.parties for m in draft.memoranda] == [[]]
