"""«ҚР Премьер-Министрі»: the home country named in the premier's title names its government in
full («Қазақстан Республикасының Үкіметі»), and the bare «Үкімет» of the same story is that one
body. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_premier_of_the_named_home_country_serves_its_government() -> None:
    draft = kazakh_draft(
        "Вице-премьер зауытта болды\n"
        "ҚР Премьер-Министрінің орынбасары Серік Жұмабаев Павлодардағы алюминий зауытын аралады."
    )
    (person,) = draft.people
    assert person.organization == "Қазақстан Республикасының Үкіметі"


def test_the_bare_government_word_is_the_same_body() -> None:
    draft = kazakh_draft(
        "Вице-премьер зауытта болды\n"
        "ҚР Премьер-Министрінің орынбасары Серік Жұмабаев Павлодардағы алюминий зауытын аралады. "
        "Үкімет бұл жобаға қосымша қаржы бөледі."
    )
    governments = [o.name for o in draft.organizations if "кімет" in o.name]
    assert governments == ["Қазақстан Республикасының Үкіметі"]
