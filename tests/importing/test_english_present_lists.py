"""People and bodies only present at a signing (English): "in the presence of Minister X and
Chairman of Y Z" makes both only present, the second joined by "and" as the first follows the
witness phrase, so neither's body is a side; a list after a comma ("In the presence of X, A and
B signed") still names the signers. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_everyone_of_a_presence_list_is_only_present() -> None:
    draft = english_draft(
        "University partners\n\n"
        "ASTANA, 5 May 2026. Two memoranda were signed between Kazakh and Korean universities "
        "in the presence of Minister of Science Aida Balayeva and Chairman of the National "
        "Academy of Sciences Erlan Batyrov."
    )
    assert all(not m.parties for m in draft.memoranda)


def test_the_signers_after_a_fronted_presence_phrase_still_sign() -> None:
    draft = english_draft(
        "Energy deal\n\n"
        "ASTANA, 5 May 2026. In the presence of President Kassym-Jomart Tokayev, TotalEnergies "
        "and the Ministry of Energy of Kazakhstan signed a memorandum on wind power."
    )
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Ministry of Energy of Kazakhstan", "TotalEnergies"]
    ]
