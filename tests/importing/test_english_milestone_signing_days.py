"""English milestones at a signing: the talks or the meeting a document was signed after or
during are an event on the signing's day, also when that day was told in an earlier sentence
or when the occasion opens the sentence before the clause that signs."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_talks_before_a_list_of_signatories_fall_on_the_signing_day() -> None:
    dated = _dated(
        "Georgia and Kazakhstan agree on a plan\n"
        "TBILISI, 14 March 2024. Georgia and Kazakhstan signed an action plan on transport.\n"
        "Following round-the-table talks, the Georgian minister of economy, his deputy, and his "
        "Kazakh counterpart signed the action plan on behalf of their ministries.\n"
    )
    assert any(date == "2024-03-14" and "talks" in title.casefold() for date, title in dated)


def test_a_meeting_the_documents_followed_takes_the_day_told_before() -> None:
    dated = _dated(
        "Parliaments of Kyrgyzstan and Kazakhstan sign a roadmap\n"
        "The roadmap between the two parliaments was signed in Bishkek on 4 June 2024.\n"
        "Following the meeting of the two speakers, the roadmap and a memorandum between the "
        "parliamentary libraries were signed.\n"
    )
    assert any(date == "2024-06-04" and title.startswith("Meeting") for date, title in dated)


def test_a_possessive_leaves_the_meeting_title() -> None:
    dated = _dated(
        "Malta and Kazakhstan\n"
        "VALLETTA, 2 May 2023. The prime minister said an agreement was signed during his "
        "meeting with the Kazakh President at the Auberge de Castille.\n"
    )
    titles = [title for date, title in dated if date == "2023-05-02"]
    assert any(title.startswith("Meeting with the Kazakh President") for title in titles)


def test_no_told_day_gives_no_occasion() -> None:
    dated = _dated(
        "Two universities cooperate\n"
        "Following the talks, the rectors of the two universities signed a memorandum.\n"
    )
    assert not any("talks" in title.casefold() for _, title in dated)


def test_a_meeting_about_a_document_signed_before_stays_a_meeting() -> None:
    dated = _dated(
        "Oman and Kazakhstan review energy ties\n"
        "12 May 2023\n"
        "The two energy ministries met in Muscat today to review the memorandum they signed "
        "in 2019.\n"
    )
    assert any(date == "2023-05-12" and "met in Muscat" in title for date, title in dated)
    assert not any(date == "2019" for date, _ in dated)


def test_a_document_signed_in_the_clause_is_still_no_meeting_of_its_own() -> None:
    dated = _dated(
        "Oman and Kazakhstan sign a memorandum\n"
        "ASTANA, 12 May 2023. The two energy ministries signed a memorandum on hydrogen.\n"
    )
    assert not any("signed" in title for _, title in dated)
