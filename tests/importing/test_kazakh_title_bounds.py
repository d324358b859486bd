"""Kazakh names: a title word ends the organization name read back from a type word, and a
foreign surname ending in «и» sheds a front case ending."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_title_before_lowercase_words_opens_no_name() -> None:
    draft = kazakh_draft(
        "Кездесу\nЖамбыл облысы әкімінің орынбасары түрік сауда палатасы өкілдерімен кездесті."
    )
    assert not any("орынбасары" in o.name for o in draft.organizations)


def test_a_surname_in_i_loses_a_front_dative() -> None:
    draft = kazakh_draft(
        "Кездесу\n"
        "Облыс әкімі «Тбилиси Агро» серіктестігінің директоры Гиорги Мачавариаништвилиге "
        "алғыс айтты."
    )
    assert "Гиорги Мачавариаништвили" in {p.name for p in draft.people}
