"""English: "his Kazakh counterpart, A B" names a person (the counterpart of the official named
before), never an organization."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_counterpart_named_after_a_comma_is_a_person() -> None:
    draft = extract(
        read_text(
            "ASTANA, 5 June 2025. Foreign Minister of Hungary Ivan Petrov and his Kazakh"
            " counterpart, Aibek Suleimenov, signed the plan on behalf of the two ministries.\n"
        )
    )
    assert "Aibek Suleimenov" in {p.name for p in draft.people}
    assert not any("Suleimenov" in o.name for o in draft.organizations)
