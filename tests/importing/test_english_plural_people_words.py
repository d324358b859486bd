"""English: a capitalized plural for people opening a sentence ("Delegates also discussed ...",
"Participants visited ...") names a group of people, never an organization."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_plural_for_people_opening_a_sentence_is_no_organization() -> None:
    draft = extract(
        read_text(
            "Business summit\nASTANA, 6 June 2024. Kazakh Invest and KOTRA signed a memorandum. "
            "Delegates also discussed logistics. Participants visited the Astana Hub.\n"
        )
    )
    names = {o.name for o in draft.organizations}
    assert "Delegates" not in names
    assert "Participants" not in names
