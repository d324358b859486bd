"""Kazakh: a short form in brackets given where the story repeats a name the headline gave is
that name's short form too, so a later sentence naming the short form speaks of the same body."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_the_bracketed_short_form_of_a_repeated_name_joins_it() -> None:
    draft = kazakh_draft(
        "Ұлттық кітапхана мен Қарағанды техникалық университеті меморандумға қол қойды\n"
        "2025 жылғы 3 наурызда Ұлттық кітапхана мен Қарағанды техникалық университеті (KTU) "
        "арасында ынтымақтастық туралы меморандумға қол қойылды. "
        "KTU ректоры Серік Ахметов қол қойылған меморандум оқу бағдарламаларын дамытуға "
        "көмектесетінін айтты."
    )
    names = [o.name for o in draft.organizations]
    assert "KTU" not in names
    university = next(o for o in draft.organizations if o.name.startswith("Қарағанды"))
    assert "KTU" in university.aliases
    [memo] = draft.memoranda
    assert "Қарағанды техникалық университеті" in memo.parties
