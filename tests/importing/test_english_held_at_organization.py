"""English: a name right after an organization that a title before it belongs to ("head of
sales department of Alpen Holding A B") is a person holding that title there."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_the_name_after_the_titled_company_is_its_officer() -> None:
    draft = extract(
        read_text(
            "ASTANA, 5 June 2025. The delegation included head of sales department of Alpen"
            " Holding Johan Brenner. The delegates met the akim.\n"
        )
    )
    people = {p.name: (p.title, p.organization) for p in draft.people}
    assert people.get("Johan Brenner") == ("Head of sales department", "Alpen Holding")
    assert "Johan Brenner" not in {o.name for o in draft.organizations}


def test_a_name_after_a_company_with_no_title_is_not_made_an_officer() -> None:
    draft = extract(
        read_text("ASTANA, 5 June 2025. The plant of Alpen Holding Johan Brenner opened.\n")
    )
    assert "Johan Brenner" not in {p.name for p in draft.people if p.organization}
