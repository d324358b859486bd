"""English organizations: a name written only in a sentence that tells what a body named before
does in general ("It promotes ... through X and Y") describes that body and does not act."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _organizations(text: str) -> set[str]:
    return {o.name for o in extract(read_text(text)).organizations}


def test_bodies_a_described_body_works_through_do_not_act() -> None:
    found = _organizations(
        "ASTANA, 5 March 2025. The Steppe Policy Institute signed a memorandum with the Lakeside"
        " Research Centre. The centre is a leading think tank of its country. It promotes"
        " dialogue through the Northern Research Council, the Island Studies Network and the"
        " Coastal Forum Association.\n"
    )
    assert {"Steppe Policy Institute", "Lakeside Research Centre"} <= found
    assert "Northern Research Council" not in found
    assert "Coastal Forum Association" not in found


def test_a_body_that_acts_elsewhere_stays() -> None:
    found = _organizations(
        "ASTANA, 5 March 2025. The Lakeside Research Centre is a think tank. It promotes"
        " dialogue through the Northern Research Council. The Northern Research Council will"
        " host the next round of talks in May.\n"
    )
    assert "Northern Research Council" in found
