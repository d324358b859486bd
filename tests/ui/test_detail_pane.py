"""The detail pane shows a record with its related records as links, and follows changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.db import Database
from kztracker.models import Memorandum, Milestone
from kztracker.services.changes import Changes
from ui.detail_pane import DetailPane
from ui.operations import Operations

# Work runs on worker threads of a shared, sometimes busy machine: wait generously.
WAIT_MS = 20_000

ASTRAZENECA_MOU = (
    "Memorandum of Understanding between the Ministry of Science and Higher Education and "
    "AstraZeneca Kazakhstan"
)
DELEGATION_VISIT = "Delegation visit to AstraZeneca DISC in Cambridge"


@pytest.fixture
def ops(seeded_db: Database) -> Iterator[Operations]:
    operations = Operations(seeded_db)
    yield operations
    operations.wait()


@pytest.fixture
def pane(qtbot: QtBot, ops: Operations) -> DetailPane:
    widget = DetailPane(ops)
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.show()
    return widget


def _id(database: Database, model: type[Memorandum] | type[Milestone], title: str) -> int:
    with database.session() as session:
        record_id = session.scalar(select(model.id).where(model.title == title))
    assert record_id is not None
    return record_id


def _show(qtbot: QtBot, pane: DetailPane, kind: str, record_id: int) -> None:
    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        pane.show_record(kind, record_id)


def test_shows_a_memorandum_with_parties_focus_areas_and_milestones(
    qtbot: QtBot, seeded_db: Database, pane: DetailPane
) -> None:
    _show(qtbot, pane, "memorandum", _id(seeded_db, Memorandum, ASTRAZENECA_MOU))

    assert pane.title.text() == ASTRAZENECA_MOU
    text = pane.details_text()
    for expected in (
        "AstraZeneca Kazakhstan",  # a party
        "Sayasat Nurbek",  # the signatory
        "Real-world evidence and real-world data (RWE/RWD)",  # a focus area
        DELEGATION_VISIT,  # a milestone
    ):
        assert expected in text


def test_a_related_link_opens_its_record(
    qtbot: QtBot, seeded_db: Database, pane: DetailPane
) -> None:
    _show(qtbot, pane, "memorandum", _id(seeded_db, Memorandum, ASTRAZENECA_MOU))
    browser = pane.details
    found = browser.document().find(DELEGATION_VISIT, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull()
    browser.setTextCursor(found)
    browser.ensureCursorVisible()
    position = browser.cursorRect(found).center()
    position.setX(position.x() - 20)  # inside the link text, not just past its end

    with qtbot.waitSignal(pane.open_record) as clicked:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert clicked.args == ["milestone", _id(seeded_db, Milestone, DELEGATION_VISIT)]


def test_links_are_reachable_with_the_keyboard(
    qtbot: QtBot, seeded_db: Database, pane: DetailPane
) -> None:
    _show(qtbot, pane, "milestone", _id(seeded_db, Milestone, DELEGATION_VISIT))
    browser = pane.details
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # the first link: the memorandum
    with qtbot.waitSignal(pane.open_record) as entered:
        qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert entered.args[0] in {"memorandum", "organization", "person", "focus_area", "source"}


def test_follows_a_change_to_a_related_record(
    qtbot: QtBot, seeded_db: Database, ops: Operations, pane: DetailPane
) -> None:
    _show(qtbot, pane, "memorandum", _id(seeded_db, Memorandum, ASTRAZENECA_MOU))
    milestone_id = _id(seeded_db, Milestone, DELEGATION_VISIT)

    def rename(session: Session) -> Changes:
        session.get_one(Milestone, milestone_id).title = "Second delegation visit to Cambridge"
        return Changes("milestone", updated=(milestone_id,))

    with qtbot.waitSignal(pane.shown, timeout=WAIT_MS):
        ops.change(rename)
    assert "Second delegation visit to Cambridge" in pane.details_text()


def test_says_so_when_the_shown_record_is_deleted(
    qtbot: QtBot, seeded_db: Database, ops: Operations, pane: DetailPane
) -> None:
    milestone_id = _id(seeded_db, Milestone, DELEGATION_VISIT)
    _show(qtbot, pane, "milestone", milestone_id)

    def delete(session: Session) -> Changes:
        session.delete(session.get_one(Milestone, milestone_id))
        return Changes("milestone", deleted=(milestone_id,))

    ops.change(delete)
    qtbot.waitUntil(pane.notice.isVisible, timeout=WAIT_MS)
    assert pane.notice.text() == "This record was deleted."

    # Shown again later (say, from a stale link), the pane still says it is gone.
    pane.show_record("milestone", milestone_id)
    ops.wait()
    assert pane.notice.isVisible()


def test_clear_shows_the_placeholder(qtbot: QtBot, seeded_db: Database, pane: DetailPane) -> None:
    _show(qtbot, pane, "memorandum", _id(seeded_db, Memorandum, ASTRAZENECA_MOU))
    pane.clear()
    assert pane.current() is None
    assert pane.pages.currentWidget() is pane.placeholder


def test_history_tab_lists_each_change_with_old_and_new_values(
    qtbot: QtBot, seeded_db: Database, ops: Operations, pane: DetailPane
) -> None:
    from kztracker.services.records import update_record

    milestone_id = _id(seeded_db, Milestone, "2026 declared Year of Science and Education")
    _show(qtbot, pane, "milestone", milestone_id)
    pane.tabs.setCurrentWidget(pane.history)
    qtbot.waitUntil(lambda: "Created" in pane.history.toPlainText(), timeout=WAIT_MS)  # by the seed

    ops.change(
        lambda session: update_record(
            session, "milestone", milestone_id, {"status": "in_progress"}, expected_version=None
        )
    )
    qtbot.waitUntil(lambda: "In progress" in pane.history.toPlainText(), timeout=WAIT_MS)
    text = pane.history.toPlainText()
    assert "Changed" in text
    assert "Status" in text
    assert "Planned" in text  # the value before, struck through


def test_an_open_milestone_past_its_date_shows_as_overdue_in_words(
    qtbot: QtBot, seeded_db: Database, pane: DetailPane
) -> None:
    from kztracker.dates import PartialDate

    with seeded_db.sessions.begin() as session:
        late = Milestone(title="Report due long ago", due_on=PartialDate(2020, 3), status="planned")
        done = Milestone(title="Report handed in", due_on=PartialDate(2020, 3), status="done")
        session.add_all([late, done])
        session.flush()
        late_id, done_id = late.id, done.id

    _show(qtbot, pane, "milestone", late_id)
    assert "Planned · Overdue" in pane.details_text()
    _show(qtbot, pane, "milestone", done_id)
    assert "Overdue" not in pane.details_text()


def test_only_the_last_of_quick_requests_is_shown(
    qtbot: QtBot, seeded_db: Database, ops: Operations, pane: DetailPane
) -> None:
    memorandum_id = _id(seeded_db, Memorandum, ASTRAZENECA_MOU)
    milestone_id = _id(seeded_db, Milestone, DELEGATION_VISIT)
    shown: list[tuple[str, int]] = []
    pane.shown.connect(lambda kind, record_id: shown.append((kind, record_id)))

    # As when the arrow keys run down a table: each row asks before the last one has loaded.
    pane.show_record("memorandum", memorandum_id)
    pane.show_record("milestone", milestone_id)
    pane.show_record("memorandum", memorandum_id)
    pane.show_record("milestone", milestone_id)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    ops.wait()

    assert shown == [("milestone", milestone_id)]
    assert pane.title.text() == DELEGATION_VISIT


# A form's labels and a long value as each language's window writes them (written for the test).
_FORMS = {
    "en": [("Document type", "Memorandum of understanding"), ("Signed on", "—")],
    "ru": [
        ("Вид документа", "Меморандум о взаимопонимании"),
        ("Дата подписания", "—"),
        ("Действует до", "—"),
    ],
    "kk": [
        ("Құжат түрі", "Өзара түсіністік туралы меморандум"),
        ("Қолданылу мерзімі", "—"),
        ("Қол қойылған күні", "—"),
    ],
}


@pytest.mark.parametrize("language", sorted(_FORMS))
def test_a_narrow_pane_wraps_between_words_and_never_cuts_one(
    qtbot: QtBot, seeded_db: Database, pane: DetailPane, language: str
) -> None:
    """At the pane's narrowest, labels and values wrap only between words: Qt's table layout
    otherwise cut a long Russian word in two ("взаимопониман|ии") to fit its column."""
    from kztracker.services.details import RecordDetail
    from ui.detail_html import detail_html

    fields = _FORMS[language]
    detail = RecordDetail(kind="memorandum", id=1, title="A memorandum", version=1, fields=fields)
    pane.resize(pane.minimumWidth(), 600)
    pane.show()
    qtbot.waitExposed(pane)
    _show(qtbot, pane, "memorandum", _id(seeded_db, Memorandum, ASTRAZENECA_MOU))
    # The window's labels in this language, in the pane as a record's details are shown.
    pane.details.setHtml(detail_html(detail, pane.palette()))
    pane.details.grab()  # paints, so the text is laid out at the browser's own width
    document = pane.details.document()
    words = {word for label, value in fields for word in f"{label} {value}".split()}
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    shown = [word for line in lines for word in line.split()]
    assert shown and all(word in words for word in shown), lines
