"""English: a single name between "from" and "to" is where a line runs ("from Dostyk to
Moiynty"), no partner; a title before a name that names its body back in lower case ("Rector
of the university A B") still gives the person a title."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"Rail link\nASTANA, 5 June 2024. {body}\n")


def test_the_ends_of_a_route_are_no_organizations() -> None:
    draft = _draft(
        "KTZ Express and Hupac signed a deal on trains that will run from Zhetygen to "
        "Khorgos twice a week."
    )
    names = {o.name for o in draft.organizations}
    assert "Zhetygen" not in names
    assert "KTZ Express" in names


def test_a_title_naming_its_body_back_in_lower_case() -> None:
    draft = _draft("The guests were met by Rector of the academy Bolat Zhumabekov.")
    people = {p.name: p.title for p in draft.people}
    assert people.get("Bolat Zhumabekov") == "Rector of the academy"
