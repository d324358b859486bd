"""English memoranda: a year told as the end of a document's term ("a programme of joint
exercises through 2031") is not the day the document was signed."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_term_end_is_no_signing_date() -> None:
    text = (
        "The defence ministries of Kazakhstan and Mongolia have signed an agreement on joint "
        "mountain rescue training through 2031."
    )
    memoranda = english_draft(text).memoranda
    assert memoranda
    assert all(m.signed_on is None for m in memoranda)


def test_signing_day_beside_a_term_end_is_kept() -> None:
    text = (
        "On 14 March 2025 the defence ministries of Kazakhstan and Mongolia signed an agreement "
        "on joint mountain rescue training until 2031."
    )
    memoranda = english_draft(text).memoranda
    assert [str(m.signed_on) for m in memoranda] == ["2025-03-14"]


def test_term_end_lends_no_year_to_a_later_day() -> None:
    text = (
        "The defence ministries of Kazakhstan and Mongolia have signed an agreement on joint "
        "mountain rescue training through 2031. The ministers signed it at a meeting in "
        "Ulaanbaatar on June 3."
    )
    memoranda = english_draft(text).memoranda
    assert memoranda
    assert all(m.signed_on is None for m in memoranda)
