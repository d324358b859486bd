"""«Жапондық компаниямен серіктестік»: a nationality and a type word name no organization of
their own, even where a headline's first capital makes them look like a name. Sentences
written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_nationality_and_a_type_word_are_no_name() -> None:
    draft = kazakh_draft(
        "Жапондық компаниямен серіктестік кеңейеді\n"
        "Павлодар облысының әкімдігі Marubeni Corporation өкілдерімен кездесіп, жылу "
        "станциясын жаңғырту жобасын талқылады."
    )
    names = [o.name for o in draft.organizations]
    assert not any(n.casefold().startswith("жапондық") for n in names)
    assert "Павлодар облысының әкімдігі" in names
