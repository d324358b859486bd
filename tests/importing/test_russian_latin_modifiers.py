"""A Latin word before a Russian type noun describes it («Fitness-центр», «SPA салон»): a kind
of centre or salon, not a company. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_latin_word_before_a_type_noun_is_no_organization() -> None:
    draft = draft_of(
        "В Костанае построят реабилитационный Wellness центр\n"
        "Договор о строительстве в Костанае Wellness-центра подписали аким Костанайской "
        "области Кумар Аксакалов и директор компании «Медитрейд» Сергей Орлов.",
        detected="ru",
    )
    names = [o.name.casefold() for o in draft.organizations]
    assert not any(n.startswith("wellness") for n in names)
