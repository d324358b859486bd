"""English people on unseen pages: a given name that is also a short month ("Jan"), and a list
of officials each written title first ("the Deputy Minister of X, A, the Deputy Minister of Y,
B"), where the title after a name belongs to the next one."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"BRNO, 4 March 2024. {body}\n")


def test_a_given_name_like_a_month_is_a_person_not_an_organization() -> None:
    draft = _draft(
        "The governor held talks with Jan Dvorak, Vice President of Moravia Rail, on freight."
    )
    people = {p.name: p.title for p in draft.people}
    assert people.get("Jan Dvorak") == "Vice President"
    assert not any("Dvorak" in o.name for o in draft.organizations)


def test_a_month_before_a_day_is_still_a_date() -> None:
    draft = _draft("Moravia Rail signed a lease with Kazakhstan Temir Zholy on Jan 12, 2024.")
    assert not draft.people


def test_a_list_written_title_first_gives_each_official_the_title_before() -> None:
    draft = _draft(
        "The guests were received by the Deputy Minister of Energy, Olzhas Baimuratov, "
        "the Deputy Minister of Trade, Dana Yessenova, and the Deputy Minister of Transport, "
        "Marat Karabayev."
    )
    people = {p.name: p.title for p in draft.people}
    assert people.get("Olzhas Baimuratov") == "Deputy Minister of Energy"
    assert people.get("Dana Yessenova") == "Deputy Minister of Trade"
    assert people.get("Marat Karabayev") == "Deputy Minister of Transport"


def test_a_list_written_name_first_gives_each_official_the_title_after() -> None:
    draft = _draft(
        "The governor met Petr Svoboda, Director of Moravia Rail, Eva Novotna, "
        "Head of Brno Logistics Park, and Tomas Cerny, Chairman of Danube Freight."
    )
    people = {p.name: p.title for p in draft.people}
    assert people.get("Petr Svoboda") == "Director"
    assert people.get("Eva Novotna") == "Head"
    assert people.get("Tomas Cerny") == "Chairman"
