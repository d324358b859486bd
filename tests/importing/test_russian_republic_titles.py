"""A Russian title with no name after it implies its body with the republic's name whole:
«Министр юстиции Республики Молдова заявил ...» → «Министерство юстиции Республики Молдова»,
the name after «Республики» being in the nominative. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_bare_title_keeps_the_name_of_the_republic() -> None:
    draft = draft_of(
        "Визит в Кишинёв\n"
        "Министр юстиции Республики Молдова провёл переговоры с делегацией Верховного суда "
        "Казахстана.",
        detected="ru",
    )
    names = [o.name for o in draft.organizations]
    assert any(n.startswith("Министерство юстиции") and n.endswith("Молдова") for n in names)
