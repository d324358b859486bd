"""«жуырда ашылатын халықаралық көрмеге қатысады»: a participle that qualifies the event noun
after it («the fair that opens») leaves the milestone to that noun, not to the participle's
verb. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_the_event_noun_after_a_qualifying_participle_titles_the_milestone() -> None:
    draft = kazakh_draft(
        "Көрмеге дайындық\n"
        "Павлодар облысының кәсіпорындары 2026 жылы басталатын «Индустрия» халықаралық "
        "көрмесіне қатыспақ."
    )
    (milestone,) = [m for m in draft.milestones if m.date is not None]
    assert "көрме" in milestone.title.casefold()


def test_a_participle_with_no_event_noun_after_it_keeps_its_event() -> None:
    draft = kazakh_draft(
        "Зауыт ашылды\nЕкібастұзда 2025 жылы салынған зауыт биыл алғашқы өнімін шығарды."
    )
    titles = [m.title.casefold() for m in draft.milestones if m.date is not None]
    assert titles
    assert all("құрылыс" in t or "салын" in t or "зауыт" in t for t in titles)
