"""English: a ministry named with its country's adjective and a shorter portfolio ("the Kazakh
Ministry of Culture") is the same country's ministry of the fuller portfolio the text names
("Ministry of Culture and Sports of Kazakhstan"), not a second body."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_national_adjective_ministry_folds_into_the_fuller_portfolio() -> None:
    draft = extract(
        read_text(
            "Museum exchange\nASTANA, 5 May 2025. The Ministry of Culture and Sports of "
            "Kazakhstan and the Louvre signed a memorandum on exhibitions. The Kazakh Ministry "
            "of Culture will fund the first show.\n"
        )
    )
    names = {o.name for o in draft.organizations}
    assert "Kazakh Ministry of Culture" not in names
    assert any(n.startswith("Ministry of Culture and Sports") for n in names)
