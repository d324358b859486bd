"""A phrase that describes a body rather than naming it proposes no organization: one opened by a
superlative («Крупнейшее грузинское Агентство ...», whose dictionary form is «крупный»), a count
(«ещё один филиал ...») or a judgement («полноценный филиал в России»)."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

_TEXT = (
    "Грузинское агентство посетило Караганду\n"
    "В Караганде побывала делегация Агентства по развитию туризма Грузии. Крупнейшее Грузинское "
    "Агентство по Развитию Туризма подписало меморандум с Карагандинским университетом имени "
    "Букетова. В следующем году откроется ещё один филиал карагандинского вуза в Грузии, это "
    "будет первый полноценный филиал в Грузии."
)


def test_described_bodies_are_not_proposed_and_the_named_ones_stay() -> None:
    names = [o.name for o in extract(read_text(_TEXT)).organizations]
    assert not [n for n in names if n.split()[0] in ("Крупнейшее", "Один", "Полноценный")], names
    assert any(n.startswith("Агентство по развитию туризма") for n in names), names
    assert any(n.startswith("Карагандинский университет") for n in names), names
