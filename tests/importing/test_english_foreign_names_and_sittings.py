"""English organizations: names from other languages keep their particles and their bracketed
acronym and gloss, a pair after "from both" is a pair of lenders, an acronym listed with "the"
beside a body is a body too, a council named only as its own sitting is no partner, and a
discipline's department named only in a title is a unit of the university."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _organizations(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in extract(read_text(text)).organizations}


def test_a_romance_conjunction_or_particle_stays_inside_the_name() -> None:
    found = _organizations(
        "ASTANA, 3 March 2025. The fund borrowed from Banca Popolare e Commerciale in Turin"
        " and from Banco do Nordeste last year.\n"
    )
    assert "Banca Popolare e Commerciale" in found
    assert "Banca Popolare" not in found
    assert "Banco do Nordeste" in found


def test_a_pair_after_from_both_is_read_as_two_lenders() -> None:
    found = _organizations(
        "ASTANA, 3 March 2025. The railway secured loans from both Sparkasse Rhein-Ruhr and"
        " Nordic Export Bank to buy wagons.\n"
    )
    assert "Sparkasse Rhein-Ruhr" in found
    assert "Nordic Export Bank" in found


def test_an_acronym_listed_with_its_own_article_beside_a_body_is_a_body() -> None:
    found = _organizations(
        "ASTANA, 3 March 2025. The visit was prepared by the Federal Office of Culture (FOC)."
        " Experts from the FOC, the ZKLM, the Lindqvist Institute and two banks met rectors.\n"
    )
    assert "ZKLM" in found
    assert "Lindqvist Institute" in found


def test_a_gloss_in_brackets_is_another_name_of_the_name_before_it() -> None:
    found = _organizations(
        "ASTANA, 3 March 2025. The Stiftung Wissensbruecke (SWB, Knowledge Bridge Foundation)"
        " sent experts to Almaty. The SWB will fund two joint chairs.\n"
    )
    names = [{name, *aliases} for name, aliases in found.items()]
    assert {"Stiftung Wissensbruecke", "SWB", "Knowledge Bridge Foundation"} in names
    assert len(found) == 1


def test_a_council_named_only_as_its_own_meeting_is_a_sitting() -> None:
    found = _organizations(
        "ASTANA, 3 March 2025. The Steppe Bank and Banca Marittima signed the loan deal during"
        " the 5th Kazakhstan-Portugal Business Council meeting in Lisbon.\n"
    )
    assert "Steppe Bank" in found
    assert not any("Business Council" in name for name in found)


def test_a_council_that_acts_elsewhere_stays() -> None:
    found = _organizations(
        "ASTANA, 3 March 2025. The Kazakhstan-Portugal Business Council opened an office in"
        " Almaty. Its members gathered for the 5th Kazakhstan-Portugal Business Council"
        " meeting in Lisbon.\n"
    )
    assert "Kazakhstan-Portugal Business Council" in found


def test_a_teaching_department_in_a_title_is_the_universitys_unit() -> None:
    found = _organizations(
        "ASTANA, 3 March 2025. Steppe Technical University hosted the guests. The university"
        " was represented by Mr. Berik Alimov, Professor of Geology Department, and other"
        " experts.\n"
    )
    assert "Steppe Technical University" in found
    assert "Geology Department" not in found


def test_a_factory_described_after_its_name_is_a_company() -> None:
    found = _organizations(
        "ASTANA, 3 March 2025. The delegation visited Kokzhiek Textiles, a cotton spinning"
        " factory. The guests praised its machines.\n"
    )
    assert "Kokzhiek Textiles" in found
