"""English: the governor of a city written with the word "city" heads its akimat, which signs
for the city; a group named only in an appositive ("X, part of Y Group, ...") describes X and
does not act."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"Steel plant deal\nASTANA, 9 October 2024. {body}\n")


def test_a_city_governor_signs_for_the_citys_akimat() -> None:
    draft = _draft(
        "The agreement was signed by the Governor of Aktobe city Azamat Beket and Wen Li, "
        "Chairman of Tianjin Alloy Company."
    )
    names = {o.name for o in draft.organizations}
    assert any(n.startswith("Akimat of Aktobe") for n in names)
    people = {p.name: p.organization for p in draft.people}
    assert (people.get("Azamat Beket") or "").startswith("Akimat of Aktobe")


def test_a_group_named_only_in_an_appositive_does_not_act() -> None:
    draft = _draft(
        "Tianjin Alloy Company, part of Bohai Metals Group, will build a ferroalloy plant in "
        "Aktobe region."
    )
    names = {o.name for o in draft.organizations}
    assert "Tianjin Alloy Company" in names
    assert "Bohai Metals Group" not in names
