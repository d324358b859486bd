"""A headline in capitals glued to the story's first sentence («... КЕЛДІБүгін ...»), as a saved
page sometimes joins them: its words are a headline's, not a run of unknown acronyms taken for
bodies. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_glued_shouted_headline_gives_no_bodies() -> None:
    draft = kazakh_draft(
        "КОНСУЛ ҚАЛА ӨМІРІМЕН ТАНЫСТЫ\n"
        "КОНСУЛ ҚАЛА ӨМІРІМЕН ТАНЫСТЫБүгін Павлодар қаласына Ресейдің Өскемендегі бас консулы "
        "Игорь Петров келді."
    )
    names = {o.name for o in draft.organizations}
    assert not names & {"КОНСУЛ", "ҚАЛА", "ӨМІРІМЕН", "ӨМІРІ"}
    assert [p.name for p in draft.people] == ["Игорь Петров"]


def test_an_acronym_opening_a_sentence_stays_a_body() -> None:
    draft = kazakh_draft("Жаңалықтар\nЮНИДО өкілдері Павлодар облысының әкімдігімен кездесті.")
    assert "ЮНИДО" in {o.name for o in draft.organizations}
