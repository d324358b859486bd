"""«Мәслихат депутаттары Қытай Халық Республикасының ... провинциясы»: a country's name right
after a title is no person's name, so the body's name keeps its country. Sentences written for
these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_country_after_a_title_stays_in_the_body_name() -> None:
    draft = kazakh_draft(
        "Қонақтар келді\n"
        "Қала мәслихатының депутаттары Қытай Халық Республикасының Шыңжаң провинциясынан "
        "келген делегациямен кездесті."
    )
    names = {o.name for o in draft.organizations}
    assert "Қытай Халық Республикасының Шыңжаң провинциясы" in names
