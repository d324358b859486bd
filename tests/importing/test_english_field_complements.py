"""English: a body's field after "for" may hold a type word ("Agency for Civil Service
Affairs", "Agency of X for Public Service"); it stays in the name, is no second body, and after
a title is never read as a person's name."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(body: str) -> set[str]:
    draft = extract(read_text(f"Civil service reform\nASTANA, 9 October 2024. {body}\n"))
    return {o.name for o in draft.organizations}


def test_a_service_field_after_for_stays_in_the_name() -> None:
    names = _names(
        "The Mongolian delegation met the Agency of the Republic of Kazakhstan for Public "
        "Service on Monday."
    )
    assert "Agency of the Republic of Kazakhstan for Public Service" in names
    assert "Public Service" not in names


def test_a_field_after_a_title_is_no_persons_name() -> None:
    names = _names(
        "The guests met the Deputy Chairman of the Agency of the Republic of Kazakhstan for "
        "Civil Service Affairs and the Astana Civil Service Hub."
    )
    assert "Agency of the Republic of Kazakhstan for Civil Service Affairs" in names
