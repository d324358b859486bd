"""English: bodies a city numbers ("Lyceum No. 7", "School-Gymnasium № 3") keep their number in
the name, so two such schools are two organizations; a head named in brackets after one, title
first ("(Principal – A B)"), is that body's."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"PAVLODAR, 2 May 2025. {body}\n")


def test_numbered_schools_keep_their_numbers() -> None:
    draft = _draft(
        "Toraighyrov University agreed a partnership with Lyceum No. 7 and "
        "Secondary School № 41 of the city."
    )
    names = {o.name for o in draft.organizations}
    assert "Lyceum No. 7" in names
    assert any(n.startswith("Secondary School") and n.endswith("41") for n in names)


def test_two_type_words_joined_by_a_hyphen_head_a_name() -> None:
    draft = _draft("Teachers of School-Lyceum No. 3 visited Toraighyrov University on Friday.")
    assert "School-Lyceum No. 3" in {o.name for o in draft.organizations}


def test_a_head_in_brackets_after_a_school_is_its_head() -> None:
    draft = _draft(
        "The document was also signed by Lyceum No. 7 (Principal – Aigerim Sadykova) and "
        "Gymnasium No. 2 (Director: Yerlan Tokhtarov)."
    )
    people = {p.name: (p.title, p.organization) for p in draft.people}
    assert people.get("Aigerim Sadykova") == ("Principal", "Lyceum No. 7")
    assert people.get("Yerlan Tokhtarov") == ("Director", "Gymnasium No. 2")
