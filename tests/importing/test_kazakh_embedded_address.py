"""A saved page's embedded video address glued to the start of a story line
(«https://...Облыс әкімі ...»): the line is still the story's, read from after the address.
Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_line_after_a_glued_video_address_is_read() -> None:
    draft = kazakh_draft(
        "Жамбыл облысында корей инвесторларымен кездесу өтті\n"
        "https://video.example.org/embed?v=Ab12Cd34Облыс әкімі Ерлан Қарашөкеев корей "
        "инвесторларымен кездесті.\n"
        "Кездесуде жылыжай кешенін салу жобасы талқыланды.\n"
    )
    (person,) = draft.people
    assert person.title == "Облыс әкімі"
    assert person.organization == "Жамбыл облысының әкімдігі"
