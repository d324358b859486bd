"""A side whose name the excerpt cuts off (issue 19, English): a page saved from a browser may
end in the middle of a name ("... between A and the Ministry of Energy of the Rep"); that stub
names no organization, so it is no side of a document, and the document told again in the cut
sentence is the one told before. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_a_name_cut_off_at_the_end_is_no_side() -> None:
    draft = english_draft(
        "Energy ministries\n\n"
        "TBILISI, 3 March 2026. A memorandum was signed between the Georgian Energy Agency and the "
        "Ministry of Energy of Kazakhstan.\n\n"
        "The delegation also toured the new grid control room in the capital.\n\n"
        'During the meeting, the two heads signed a "Memorandum of Cooperation between the '
        "Georgian Energy Agency and the Ministry of Energy of the Rep"
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Georgian Energy Agency", "Ministry of Energy of Kazakhstan"}
    ]


def test_a_name_ending_a_finished_text_is_a_side() -> None:
    draft = english_draft(
        "Energy ministries\n\n"
        "TBILISI, 3 March 2026. The delegation toured the new grid control room in the capital. "
        "The two heads signed a memorandum between the Ministry of Energy of Kazakhstan and the "
        "Georgian Energy Agency"
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Georgian Energy Agency", "Ministry of Energy of Kazakhstan"}
    ]
