"""Joint projects only planned (English): "outlined plans for future joint projects between A and
B", with no signing, tells of a plan, no partnership document. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_plans_for_future_joint_projects_are_no_document() -> None:
    draft = english_draft(
        "Museum visit\n\n"
        "ALMATY, 2 October 2026. The director of the Central State Museum met the Ambassador of "
        "Portugal.\n\n"
        "The two sides outlined plans for future joint projects between the Central State "
        "Museum and the Embassy of Portugal."
    )
    assert draft.memoranda == []
