"""English titles on unseen pages: a title in brackets after a name ("A B (Director of
Programmes of X)") is written like one after a comma; "Director of Programs" names a field, no
company; "Agency for Public Administration" is one name; a title holding two offices ("State
Councillor and Foreign Minister", "Deputy Prime Minister and Minister of Foreign Affairs")
speaks for the body of the last."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"Visits\nALMATY, 12 April 2024. {body}\n")


def test_a_title_in_brackets_after_a_name() -> None:
    draft = _draft(
        "The guests, led by Eva Horakova (Director of Programs of Bridge Institute and former "
        "adviser to the mayor), met students."
    )
    person = next(p for p in draft.people if p.name == "Eva Horakova")
    assert person.organization == "Bridge Institute"
    assert "Programs" not in {o.name for o in draft.organizations}


def test_an_agency_for_a_field_is_one_name() -> None:
    draft = _draft("The Agency for Public Administration hosted Czech experts.")
    assert "Agency for Public Administration" in {o.name for o in draft.organizations}


def test_a_double_office_speaks_for_the_last_ones_body() -> None:
    draft = _draft(
        "Malaysian State Councillor and Foreign Minister Aziz Rahman met Deputy Prime Minister "
        "and Minister of Foreign Affairs Erlan Zhaksybekov."
    )
    employers = {p.name: p.organization for p in draft.people}
    assert employers["Aziz Rahman"] == "Ministry of Foreign Affairs of Malaysia"
    assert (employers["Erlan Zhaksybekov"] or "").startswith("Ministry of Foreign Affairs")


def test_a_deputy_portfolio_minister_speaks_for_the_ministry() -> None:
    draft = _draft("Mongolian Deputy Energy Minister Bat-Erdene Dorj met KEGOC engineers.")
    employers = {p.name: p.organization for p in draft.people}
    assert (employers["Bat-Erdene Dorj"] or "").startswith("Ministry of Energy")


def test_a_minister_of_state_a_confederation_and_an_indian_honorific() -> None:
    draft = _draft(
        "Indian Minister of State for Commerce Ravi Menon, Ambassador of India Shri Arun "
        "Sharma and Dr. Meera Iyer, Director General of the Confederation of Indian Industry, "
        "met Kazakh exporters."
    )
    employers = {p.name: p.organization for p in draft.people}
    assert employers["Ravi Menon"] == "Ministry of Commerce of India"
    assert "Arun Sharma" in employers
    assert employers["Meera Iyer"] == "Confederation of Indian Industry"
