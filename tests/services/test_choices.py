"""The records a form offers in its pickers, with every name they are known by."""

from kztracker.db import Database
from kztracker.services.choices import choices_for


def test_choices_carry_aliases_and_short_names(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        choices = choices_for(session, ["organization", "person", "focus_area", "memorandum"])
    ministry = next(c for c in choices["organization"] if c.label.startswith("Ministry of Science"))
    assert "MSHE" in ministry.aliases
    labels = [c.label for c in choices["organization"]]
    assert labels == sorted(labels)
    assert len(choices["memorandum"]) == 5
    assert len(choices["focus_area"]) == 13
    assert any(c.label == "Sayasat Nurbek" for c in choices["person"])
