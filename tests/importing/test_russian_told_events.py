"""Russian milestones: an event a demonstrative points back to is the one already told, and a
title never ends on a word that only joins."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _titles(draft: Draft) -> list[str]:
    return [m.title for m in draft.milestones]


def test_the_meeting_a_demonstrative_points_back_to_is_no_new_event() -> None:
    draft = draft_of(
        "Делегация посетила институт\n"
        "Павлодар, 4 апреля 2025 года. Делегация агроуниверситета посетила институт почвоведения. "
        "Ректор отметил значение данной встречи и поблагодарил гостей. Итоги этого визита "
        "обсудят в мае."
    )
    titles = _titles(draft)
    assert len(titles) == 1 and titles[0].startswith("Визит делегации")


def test_a_title_stops_before_a_conjunction_or_a_dangling_preposition() -> None:
    draft = draft_of(
        "Министры встретились\n"
        "Павлодар, 4 апреля 2025 года. Министры двух стран провели встречу и договорились о "
        "новых проектах."
    )
    assert _titles(draft) == ["Встреча министров двух стран"]
