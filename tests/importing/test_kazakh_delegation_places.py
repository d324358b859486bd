"""A region or city whose delegation the story tells of acts in it («Маңғыстау облысының
делегациясы», «Шыңжаң провинциясынан келген делегация»), though a place is otherwise a side only
of its own documents; a place only visited stays out. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_region_sending_a_delegation_acts() -> None:
    draft = kazakh_draft(
        "Инвесторлармен кездесу\n"
        "Маңғыстау облысының делегациясы Ыстамбұлда түрік құрылыс компанияларымен "
        "келіссөздер жүргізді."
    )
    assert "Маңғыстау облысы" in {o.name for o in draft.organizations}


def test_a_province_a_delegation_came_from_acts() -> None:
    draft = kazakh_draft(
        "Қонақтар келді\n"
        "Шыңжаң провинциясынан келген делегация Павлодар облысының әкімдігінде болды."
    )
    assert "Шыңжаң провинциясы" in {o.name for o in draft.organizations}


def test_a_region_only_visited_stays_out() -> None:
    draft = kazakh_draft(
        "Қонақтар келді\nЖапон кәсіпкерлері Шыңжаң провинциясына барып, зауыттарды аралады."
    )
    assert "Шыңжаң провинциясы" not in {o.name for o in draft.organizations}
