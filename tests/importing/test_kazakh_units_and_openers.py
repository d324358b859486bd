"""Kazakh organizations: a university's unit is the university acting, and a plural noun
opening the sentence is neither a name's first word nor a person."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_universitys_department_is_the_university() -> None:
    draft = kazakh_draft(
        "Семинар\n"
        "Семинарды Торайғыров университетінің Халықаралық байланыстар департаменті өткізді."
    )
    assert [o.name for o in draft.organizations] == ["Торайғыров университеті"]


def test_a_plural_noun_opening_the_sentence_is_no_part_of_the_name() -> None:
    draft = kazakh_draft("Тағылымдама\nОқытушылар Сәтбаев университетінде тағылымдамадан өтті.")
    assert [o.name for o in draft.organizations] == ["Сәтбаев университеті"]
    assert draft.people == []
