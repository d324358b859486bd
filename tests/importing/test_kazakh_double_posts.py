"""Kazakh people: an official holding two posts joined by a dash («Премьер-Министрдің
орынбасары – ... министрі») stands for the body of the last post."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_deputy_prime_minister_and_minister_stands_for_the_ministry() -> None:
    draft = kazakh_draft(
        "Кездесу\n"
        "Премьер-Министрдің орынбасары – Энергетика министрі Болат Оспанов Норвегия "
        "компаниясының өкілдерімен кездесті."
    )
    (person,) = draft.people
    assert person.organization == "Энергетика министрлігі"
    assert "Энергетика министрлігі" in {o.name for o in draft.organizations}


def test_a_quoted_body_before_a_title_is_its_owner() -> None:
    draft = kazakh_draft(
        "Кездесу\nЖиынға «Жастар ресурстық қоры» директоры Айдос Серікбаев қатысты."
    )
    (person,) = draft.people
    assert person.organization == "Жастар ресурстық қоры"
