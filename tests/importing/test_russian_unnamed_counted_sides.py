"""A counted side the Russian text does not name: «шесть университетов заключили договор с X»
leaves the universities out (the guide: parties the text does not name are left out) instead of
putting the story's most named body in their place. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_counted_unnamed_signers_leave_the_partner_alone() -> None:
    draft = draft_of(
        "Гранты для студентов\n"
        "Министерство науки и высшего образования Республики Казахстан выделит гранты "
        "студентам из Японии. Министерство науки и высшего образования Республики Казахстан "
        "сообщило об этом в среду. Шесть университетов Караганды заключили договор об "
        "обмене студентами с Университетом Хоккайдо.",
        detected="ru",
    )
    documents = [m for m in draft.memoranda if any("Хоккайдо" in p for p in m.parties)]
    assert len(documents) == 1
    assert len(documents[0].parties) == 1


def test_counted_signers_named_before_are_the_sides() -> None:
    draft = draft_of(
        "Вузы подписали меморандум\n"
        "Делегация Университета Хоккайдо посетила Казахский национальный университет и "
        "Евразийский национальный университет. Два университета подписали меморандум о "
        "сотрудничестве с Университетом Хоккайдо.",
        detected="ru",
    )
    assert len(draft.memoranda) == 1
    assert len(draft.memoranda[0].parties) >= 2
