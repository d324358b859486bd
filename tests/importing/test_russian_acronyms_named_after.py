"""Russian: an acronym bearing a person's name («КазНУ имени аль-Фараби») is an organization even
where it opens the sentence and the tagger leaves it, and a name led by a lower-case particle
(«имени аль-Хорезми») stays whole."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_an_acronym_named_after_someone_opening_a_sentence_is_a_body() -> None:
    draft = extract(
        read_text(
            "Университет вошел в консорциум\n"
            "КазНУ имени аль-Фараби вошел в сеть университетов, созданную Пекинским "
            "университетом."
        )
    )
    names = {o.name for o in draft.organizations}
    assert "КазНУ имени аль-Фараби" in names
