"""Russian background sentences («Ранее ...», «Напомним, ...»): a body they only recall acts in
nothing, unless a document is signed there or it is the partner after «с», or the story names
it elsewhere. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

STORY = (
    "Астана, 10 апреля 2025 года. Евразийский национальный университет и Университет Анкары "
    "подписали меморандум о сотрудничестве. {background}\n"
)


def _names(background: str) -> list[str]:
    document = read_text(STORY.format(background=background))
    assert document.language == "ru"
    return [o.name for o in extract(document).organizations]


@pytest.mark.parametrize(
    ("background", "body", "kept"),
    [
        (
            "Ранее вопросы реформы обсудили члены Общественного совета по образованию.",
            "Общественный совет по образованию",
            False,
        ),
        (
            "Напомним, в прошлом году университет открыл центр тюркологии с Казанским "
            "федеральным университетом.",
            "Казанский федеральный университет",
            True,
        ),
        (
            "Ранее университет подписал соглашение с Томским политехническим университетом.",
            "Томский политехнический университет",
            True,
        ),
    ],
    ids=["recalled only", "partner after «с»", "a document signed"],
)
def test_a_body_a_background_sentence_only_recalls_is_left_out(
    background: str, body: str, kept: bool
) -> None:
    assert (body in _names(background)) is kept
