"""English: an acronym in brackets names the organization whose words it stands for, a
particle's letter included, even after another name the same run of capitals holds."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text
from tests.importing.drafting import english_draft


def _organizations(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in extract(read_text(text)).organizations}


def test_a_particle_gives_the_acronym_its_letter() -> None:
    found = _organizations(
        "ASTANA, 4 May 2025. The steel maker Ural Forge and Compagnie de Lyon (CDL) signed"
        " a supply contract on Monday.\n"
    )
    assert found.get("Compagnie de Lyon") == ["CDL"]
    assert "Compagnie" not in found
    assert "CDL" not in found


def test_the_name_after_a_found_one_is_read_on_its_own() -> None:
    found = _organizations(
        "ASTANA, 4 May 2025. The national railway company Temir Zholy and Banque du Nord (BDN)"
        " agreed to finance new wagons.\n"
    )
    assert found.get("Banque du Nord") == ["BDN"]
    assert "Banque" not in found


def test_initials_without_the_particle_still_match() -> None:
    found = _organizations(
        "ASTANA, 4 May 2025. The Steppe Development Fund (SDF) opened an office in Aktobe.\n"
    )
    assert found.get("Steppe Development Fund") == ["SDF"]


def test_a_document_or_a_practice_with_its_initials_is_no_organization() -> None:
    draft = english_draft(
        "Health talks\nASTANA, 3 April 2024. The Ministry of Health and the World Health "
        "Organization signed a Country Health Strategy (CHS) for 2024-2030. Few pharmacies meet "
        "the Good Storage Practice (GSP) rules, while the United Nations Development Programme "
        "(UNDP) helps."
    )
    names = {o.name for o in draft.organizations}
    assert not names & {"Country Health Strategy", "Good Storage Practice"}
    assert "United Nations Development Programme" in names
