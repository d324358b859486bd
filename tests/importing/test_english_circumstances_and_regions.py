"""English organizations: 'with X having ...' tells a circumstance about X, no partnership
with it, and a region after a preposition and a country's possessive is where something lies."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _organizations(text: str) -> list[str]:
    return [o.name for o in extract(read_text(text)).organizations]


def test_with_a_name_having_done_something_is_no_partner() -> None:
    found = _organizations(
        "ASTANA, 9 April 2025. Steppe Oil JSC offered the Karamola block to investors. The"
        " tender closes in June, with Karamola having drawn no bids so far.\n"
    )
    assert "Steppe Oil JSC" in found
    assert "Karamola" not in found


def test_a_partnership_with_a_name_is_still_read() -> None:
    found = _organizations(
        "ASTANA, 9 April 2025. Steppe Oil JSC signed a partnership with Borealis Drilling to"
        " explore the shelf.\n"
    )
    assert "Borealis Drilling" in found


def test_a_region_after_a_countrys_possessive_and_a_preposition_is_a_place() -> None:
    found = _organizations(
        "ASTANA, 9 April 2025. Steppe Oil JSC will drill two wells in Kazakhstan's Atyrau"
        " region next year.\n"
    )
    assert "Steppe Oil JSC" in found
    assert not any("Atyrau" in name for name in found)
