"""Russian: «Был подписан меморандум» that names no signer, right after a meeting of two bodies,
is a document of those two."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    "signing",
    ["Был подписан меморандум о сотрудничестве.", "В Бишкеке подписан меморандум о стажировках."],
)
def test_a_passive_signing_after_a_meeting_is_the_meetings_sides(signing: str) -> None:
    draft = draft_of(
        "Визит партнеров\n"
        "Ректор Евразийского национального университета принял делегацию Университета Сеула. "
        + signing
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Евразийский национальный университет", "Университет Сеула"}


def test_a_passive_signing_with_no_meeting_before_names_no_side() -> None:
    draft = draft_of(
        "Новости науки\n"
        "Евразийский национальный университет отметил юбилей. Был подписан меморандум о "
        "сотрудничестве."
    )
    [memo] = draft.memoranda
    assert memo.parties == []
