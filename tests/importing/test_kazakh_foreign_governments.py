"""A head of government named with another country («Қырғыз Республикасы Премьер-Министрі»)
serves that country's government, not the home «Үкімет» the bare title names, so two
countries' governments stay two bodies. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_two_countries_premiers_serve_two_governments() -> None:
    draft = kazakh_draft(
        "Үкіметаралық кеңес\n"
        "Қырғыз Республикасы Премьер-Министрінің орынбасары Эркин Асанов Астанаға келіп, "
        "ҚР Премьер-Министрінің орынбасары Серік Жұмабаевпен кездесті."
    )
    served = {p.name: p.organization for p in draft.people}
    assert served["Эркин Асанов"] == "Қырғыз Республикасы Үкіметі"
    assert served["Серік Жұмабаев"] == "Қазақстан Республикасының Үкіметі"
    assert len({o.name for o in draft.organizations} & set(served.values())) == 2
