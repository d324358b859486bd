"""The import review dialog, driven offscreen with the keyboard, down to what the database holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kztracker.db import Database
from kztracker.importing.draft import Document, Draft, DraftOrganization, DraftPerson, Span
from kztracker.importing.match import match_draft
from kztracker.models import Organization, Person, PersonAlias, Provenance, Source
from ui.import_review import ImportReviewDialog
from ui.operations import Operations

TEXT = (
    "Minister Sayasat Nurbeck met the Lake Balkhash Water Institute and Google on Monday "
    "to discuss a research programme."
)


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text))


def _draft(db: Database) -> Draft:
    draft = Draft(
        Document(text=TEXT, origin="note.txt", format="txt", title="Minister meets partners"),
        organizations=[
            DraftOrganization(
                "Lake Balkhash Water Institute",
                kind="research_centre",
                spans=[_span("Lake Balkhash Water Institute")],
            ),
            DraftOrganization("Google", spans=[_span("Google")]),
        ],
        people=[DraftPerson("Sayasat Nurbeck", title="Minister", spans=[_span("Sayasat Nurbeck")])],
    )
    with db.session() as session:
        match_draft(session, draft)
    return draft


def _row(dialog: ImportReviewDialog, label: str):  # type: ignore[no-untyped-def]
    rows = [r for r in dialog.tree.rows() if r.text(0) == label]
    assert rows, f"no proposal {label!r}"
    return rows[0]


def _open(qtbot: QtBot, db: Database) -> ImportReviewDialog:
    operations = Operations(db)
    dialog = ImportReviewDialog(_draft(db), operations)
    qtbot.addWidget(dialog)
    dialog.show()
    operations.wait()  # the records to link to have loaded
    return dialog


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_review_with_keys_then_apply(qtbot: QtBot, seeded_db: Database) -> None:
    dialog = _open(qtbot, seeded_db)

    # Selecting a proposal highlights its words in the text.
    dialog.tree.setCurrentItem(_row(dialog, "Lake Balkhash Water Institute"))
    highlighted = dialog.text.extraSelections()
    assert [s.cursor.selectedText() for s in highlighted] == ["Lake Balkhash Water Institute"]
    assert _row(dialog, "Lake Balkhash Water Institute").text(1) == "Create"

    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(_row(dialog, "Google"))
    assert _row(dialog, "Google").text(1) == "Link"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_S)
    assert dialog.draft.organizations[1].match.action == "skip"
    assert dialog.tree.currentItem() is _row(dialog, "Sayasat Nurbeck")  # moved on
    qtbot.keyClick(dialog.tree, Qt.Key.Key_M)
    person = dialog.draft.people[0].match
    assert person.action == "link" and person.learn_alias
    assert _row(dialog, "Sayasat Nurbeck").text(2).startswith("Sayasat Nurbek")

    assert _count(seeded_db, Source) == 5  # nothing written before Apply
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog.operations.wait()
    assert dialog.result is not None and dialog.result.counts("created") == {"organization": 1}

    with seeded_db.session() as session:
        created = session.scalars(
            select(Organization).where(Organization.name == "Lake Balkhash Water Institute")
        ).one()
        assert created.kind == "research_centre"
        assert (
            session.scalar(
                select(Person.name).join(PersonAlias).where(PersonAlias.alias == "Sayasat Nurbeck")
            )
            == "Sayasat Nurbek"
        )
        source = session.scalars(select(Source).where(Source.full_text == TEXT)).one()
        cited = session.scalars(
            select(Provenance.record_kind).where(Provenance.source_id == source.id)
        ).all()
        assert sorted(cited) == ["organization", "person"]  # Google was skipped


def test_choosing_another_record_to_link_and_editing_fields(
    qtbot: QtBot, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, seeded_db)
    dialog.tree.setCurrentItem(_row(dialog, "Lake Balkhash Water Institute"))
    completer = dialog.target_box.completer()
    assert completer is not None and completer.model().rowCount() > 20  # every known partner
    nu = next(i for i, n in dialog._choices["organization"] if n == "Nazarbayev University")
    dialog.link_to(nu)
    assert dialog.draft.organizations[0].match.record_id == nu
    assert "Nazarbayev University" in _row(dialog, "Lake Balkhash Water Institute").text(2)
    dialog.tree.setCurrentItem(_row(dialog, "Sayasat Nurbeck"))
    title = dialog.fields.editor("title")
    assert isinstance(title, QLineEdit)
    title.setText("Minister of Science")
    title.editingFinished.emit()
    assert dialog.draft.people[0].title == "Minister of Science"
    dialog.tree.setCurrentItem(_row(dialog, "Lake Balkhash Water Institute"))
    kind = dialog.fields.editor("kind")
    assert isinstance(kind, QComboBox) and kind.currentData() == "research_centre"
    kind.setCurrentIndex(kind.findData("university"))
    assert dialog.draft.organizations[0].kind == "university"

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible()  # "No": the review stays
    dialog.reject()
    assert not dialog.isVisible() and _count(seeded_db, Source) == 5


def test_the_same_text_twice_offers_the_earlier_source(
    qtbot: QtBot, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    operations = Operations(seeded_db)
    first = ImportReviewDialog(_draft(seeded_db), operations)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.applied, timeout=10_000):
        first.apply()
    operations.wait()
    organizations = _count(seeded_db, Organization)

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    second = ImportReviewDialog(_draft(seeded_db), operations)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.open_source, timeout=10_000) as opened:
        second.apply()
    operations.wait()
    with seeded_db.session() as session:
        earlier = session.scalar(select(Source.id).where(Source.full_text == TEXT))
    assert opened.args == [earlier]
    assert _count(seeded_db, Organization) == organizations
    assert _count(seeded_db, Source) == 6


def test_import_files_from_a_file_to_applied_records(
    qtbot: QtBot, seeded_db: Database, tmp_path: Path
) -> None:
    from ui.import_action import import_files

    path = tmp_path / "announcement.txt"
    path.write_text(
        "Astana, 12 March 2025. The Ministry of Science and Higher Education of the Republic "
        "of Kazakhstan and the Caspian Institute of Marine Biology signed a memorandum of "
        "understanding on marine research. Minister Sayasat Nurbek said the first joint "
        "expedition will take place in 2026.\n",
        encoding="utf-8",
    )
    operations = Operations(seeded_db)
    queue = import_files(None, operations, [str(path)])
    qtbot.waitUntil(lambda: queue.dialog is not None, timeout=20_000)
    dialog = queue.dialog
    assert dialog is not None
    names = [r.text(0) for r in dialog.tree.rows()]
    assert "Caspian Institute of Marine Biology" in names
    ministry = next(
        o for o in dialog.draft.organizations if o.name.startswith("Ministry of Science")
    )
    assert ministry.match.action == "link"
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.apply()
    operations.wait()
    with seeded_db.session() as session:
        assert session.scalar(
            select(Organization.id).where(
                Organization.name == "Caspian Institute of Marine Biology"
            )
        )
        assert session.scalar(select(func.count()).select_from(Source)) == 6


class _Window(QWidget):
    """Stands in for the main window: records what it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[tuple[str, int]] = []

    def open_record(self, kind: str, record_id: int) -> None:
        self.opened.append((kind, record_id))


def test_pasted_text_is_reviewed_and_a_repeat_offers_the_earlier_source(
    qtbot: QtBot, seeded_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ui.import_action import import_files, import_pasted_text

    window = _Window()
    qtbot.addWidget(window)
    operations = Operations(seeded_db)
    paste = import_pasted_text(window, operations)
    text = (
        "Astana, 12 March 2025. Nazarbayev University and the Aral Sea Research Station "
        "signed a memorandum of understanding on water research.\n"
    )
    paste.text.setPlainText(text)
    paste.accept()
    qtbot.waitUntil(lambda: bool(_review_dialogs(window)), timeout=20_000)
    dialog = _review_dialogs(window)[0]
    assert "Aral Sea Research Station" in [r.text(0) for r in dialog.tree.rows()]
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.apply()
    operations.wait()
    with seeded_db.session() as session:
        source_id = session.scalar(select(Source.id).where(Source.full_text == text.strip()))
    assert source_id is not None

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Open)
    repeat = tmp_path / "again.txt"
    repeat.write_text(text, encoding="utf-8")
    import_files(window, operations, [str(repeat)])
    qtbot.waitUntil(lambda: window.opened != [], timeout=20_000)
    assert window.opened == [("source", source_id)]
    assert _count(seeded_db, Source) == 6


def _review_dialogs(window: QWidget) -> list[ImportReviewDialog]:
    return [d for d in window.findChildren(ImportReviewDialog) if d.isVisible()]


def test_several_files_are_reviewed_in_turn_each_matching_what_the_last_created(
    qtbot: QtBot, seeded_db: Database, tmp_path: Path
) -> None:
    from ui.import_action import import_files

    paths = []
    for number, city in enumerate(("Astana", "Almaty")):
        path = tmp_path / f"{number}.txt"
        path.write_text(
            f"{city}, {number + 3} March 2025. Nazarbayev University and the Aral Sea Research "
            f"Station agreed on a joint field season in {city}.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    operations = Operations(seeded_db)
    queue = import_files(None, operations, paths)
    for expected in ("create", "link"):
        qtbot.waitUntil(lambda: queue.dialog is not None, timeout=20_000)
        dialog = queue.dialog
        assert dialog is not None
        station = next(o for o in dialog.draft.organizations if o.name.startswith("Aral"))
        assert station.match.action == expected
        with qtbot.waitSignal(dialog.finished, timeout=10_000):
            dialog.apply()
        operations.wait()
    with seeded_db.session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(Organization)
                .where(Organization.name == "Aral Sea Research Station")
            )
            == 1
        )
