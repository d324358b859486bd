"""«Шымкент пен Наманган арасындағы меморандум»: a one-word name no type word marks, that the
story elsewhere calls a city («Наманган қаласының хокимияты»), is the home of the body that
signs, not a body of its own. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_city_named_bare_in_the_headline_is_no_body() -> None:
    draft = kazakh_draft(
        "Шымкент пен Наманган арасында ынтымақтастық туралы меморандумға қол қойылды\n"
        "Шымкент қаласының әкімдігі мен Наманган қаласының хокимияты арасында сауда мен туризм "
        "саласындағы ынтымақтастық туралы меморандумға қол қойылды."
    )
    names = {o.name for o in draft.organizations}
    assert "Наманган" not in names
    assert "Наманган қаласының хокимияты" in names
