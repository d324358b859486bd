"""The matcher reads titles and focus areas in every language a record may be written in:
the kind of event a title tells, the words with no content, the parts of a field's name."""

import pytest

from kztracker.db import Database
from kztracker.importing.draft import Document, Draft, DraftMilestone
from kztracker.importing.match import match_draft
from kztracker.importing.name_index import content_stems, event_kinds
from kztracker.models import Milestone


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Soil laboratory opened at the university", "opening"),
        ("Открытие лаборатории почвоведения", "opening"),
        ("Топырақтану зертханасы ашылды", "opening"),
        ("Визит делегации в лабораторию почвоведения", "visit"),
        ("Делегацияның зертханаға сапары", "visit"),
        ("Министры провели переговоры", "meeting"),
        ("Университеттер келісімге қол қойды", "signing"),
    ],
)
def test_the_kind_of_event_a_title_tells_in_each_language(title: str, kind: str) -> None:
    assert event_kinds(title) == {kind}


def test_words_with_no_content_are_left_out_in_russian_and_kazakh_too() -> None:
    assert content_stems("Визит в лабораторию и на полигон") == {"визит", "лабор", "полиг"}
    assert content_stems("Зертхана және полигон") == {"зертх", "полиг"}


def test_a_russian_visit_is_not_the_stored_opening_of_the_same_laboratory(
    seeded_db: Database,
) -> None:
    with seeded_db.session() as session:
        session.add(Milestone(title="Открытие лаборатории почвоведения в Костанае"))
        session.commit()
    draft = Draft(
        Document(text="x" * 200, origin="test", format="pasted", language="ru"),
        milestones=[DraftMilestone("Визит в лабораторию почвоведения в Костанае")],
    )
    with seeded_db.session() as session:
        match_draft(session, draft)
    [milestone] = draft.milestones
    assert milestone.match.action == "create"
    assert all("another event" in c.reason for c in milestone.match.candidates)
