"""English: a company's business function alone after a title ("Vice President of
Operations") is the title's field, not an organization; a company there still is one."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _organizations(body: str) -> set[str]:
    return {o.name for o in extract(read_text(f"ASTANA, 5 June 2025. {body}\n")).organizations}


def test_a_business_function_after_a_title_is_no_organization() -> None:
    names = _organizations(
        "The minister met the Vice President of Operations of the Asian Infrastructure Bank."
    )
    assert "Operations" not in names
    assert "Asian Infrastructure Bank" in names


def test_a_company_after_a_title_is_still_found() -> None:
    names = _organizations("The minister met the General Director of Steppegaz on Monday.")
    assert "Steppegaz" in names
