"""A Russian sentence's first word is capitalized whatever it is: «Оснащение медцентра обошлось
...» opens with a common noun and the body it belongs to, lower case, and names no organization;
«Министерство энергетики подписало ...» still does. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_common_noun_and_its_body_at_a_sentence_start_name_no_body() -> None:
    draft = draft_of(
        "Новый центр в Таразе\n"
        "Аким Жамбылской области посетил стройку. Оснащение медцентра обошлось в два миллиарда "
        "тенге. Министерство здравоохранения Республики Казахстан одобрило проект.",
        detected="ru",
    )
    names = [o.name.casefold() for o in draft.organizations]
    assert not any("оснащение" in n for n in names)
    assert any(n.startswith("министерство здравоохранения") for n in names)
