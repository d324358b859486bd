"""English milestone titles: a comma that groups a number's digits ("12,000") is no clause's
comma, so shortening a long title never cuts an aside at it and glues the words around the
number's rest ("deliver 12 4,000", "Plant,000 workers")."""

import re

from kztracker.importing.extract.english.titles import milestone_title


def test_a_long_title_keeps_its_numbers_whole() -> None:
    title = milestone_title(
        "Qazaq Agro Machinery will deliver 12,000 tractors, 4,000 seeders and 900 combines to "
        "farms of the northern regions next spring under the leasing programme",
        [],
    )
    assert "12,000 tractors" in title
    assert not re.search(r"\b12 4,000\b", title)


def test_an_including_aside_with_a_grouped_number_goes_whole() -> None:
    title = milestone_title("The cluster, including 3,500 workers, opened a new foundry", [])
    assert ",500" not in title
    assert "opened a new foundry" in title
