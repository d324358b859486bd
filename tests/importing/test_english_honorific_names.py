"""English: a name after an honorific ("His Excellency", "Dr") is a person's, even written as
one glued word; it is never proposed as an organization."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _organizations(body: str) -> set[str]:
    draft = extract(read_text(f"ASTANA, 5 June 2025. {body}\n"))
    return {o.name for o in draft.organizations}


def test_a_glued_name_after_his_excellency_is_no_organization() -> None:
    names = _organizations(
        "The delegation was led by His Excellency BolatSerikov, Deputy Minister of Trade."
    )
    assert not any("Serikov" in n for n in names)


def test_a_camel_case_brand_without_an_honorific_is_still_found() -> None:
    names = _organizations("SteppeLink and KazTeleport signed a roaming agreement on Monday.")
    assert {"SteppeLink", "KazTeleport"} <= names
