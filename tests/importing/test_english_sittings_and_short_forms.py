"""English: a commission named only as the subject of its own sitting ("the X Commission will
meet in May") is a session, not a partner; a short form in brackets after a name joins it even
with accented letters ("(EÜK)"), so its later use alone is no second organization."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"Trade talks\nBUDAPEST, 9 October 2024. {body}\n")


def _names(body: str) -> set[str]:
    return {o.name for o in _draft(body).organizations}


def test_a_commission_that_will_meet_is_a_session() -> None:
    names = _names(
        "Halyk Bank and OTP Bank signed a memorandum. The Joint Economic Commission on Trade "
        "and Investment will meet in Astana in December."
    )
    assert not any("Commission" in n for n in names)
    assert {"Halyk Bank", "OTP Bank"} <= names


def test_an_accented_short_form_in_brackets_joins_its_name() -> None:
    draft = _draft(
        "Kazakh water engineers visited the Hungarian Irrigation Union (EÜK). EÜK Chairman "
        "Peter Szabo welcomed them."
    )
    names = {o.name for o in draft.organizations}
    assert "Hungarian Irrigation Union" in names
    assert "EÜK" not in names
    people = {p.name: p.organization for p in draft.people}
    assert people.get("Peter Szabo") == "Hungarian Irrigation Union"
