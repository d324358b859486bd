"""The review dialog keeps every edit: clicked, typed, clicked on, applied with Ctrl+Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.importing.draft import (
    Document,
    Draft,
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Span,
)
from kztracker.importing.match import match_draft
from kztracker.models import Memorandum, Milestone, Organization, Person, Source
from ui.import_review import ImportReviewDialog
from ui.operations import Operations

TEXT = (
    "The Lake Balkhash Water Institute and Nazarbayev University signed a memorandum on water "
    "research. Director Aliya Serikbayeva said a joint field school opens in 2026."
)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would wait for a click no test makes: closing says yes, a warning fails."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def warning(_parent: object, _title: str, text: str, *args: object) -> None:
        raise AssertionError(f"warning shown: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warning)


TETHER = "Blockchain education partnership with Tether"


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text))


def _draft(db: Database) -> Draft:
    draft = Draft(
        Document(text=TEXT, origin="water.txt", format="txt", title="Water research memorandum"),
        organizations=[
            DraftOrganization(
                "Lake Balkhash Water Institute", spans=[_span("Lake Balkhash Water Institute")]
            ),
            DraftOrganization("Nazarbayev University", spans=[_span("Nazarbayev University")]),
        ],
        people=[
            DraftPerson("Aliya Serikbayeva", title="Director", spans=[_span("Aliya Serikbayeva")])
        ],
        memoranda=[
            DraftMemorandum(
                "Memorandum on water research",
                parties=["Lake Balkhash Water Institute", "Nazarbayev University"],
                spans=[_span("signed a memorandum on water research")],
            )
        ],
        milestones=[
            DraftMilestone(
                "Joint field school opens",
                PartialDate(2026),
                organizations=["Lake Balkhash Water Institute"],
                spans=[_span("a joint field school opens in 2026")],
            )
        ],
    )
    with db.session() as session:
        match_draft(session, draft)
    return draft


def _open(qtbot: QtBot, db: Database, draft: Draft | None = None) -> ImportReviewDialog:
    operations = Operations(db)
    dialog = ImportReviewDialog(draft or _draft(db), operations)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    operations.wait()  # the records to link to have loaded
    return dialog


def _select(dialog: ImportReviewDialog, label: str) -> None:
    row = next(r for r in dialog.tree.rows() if r.text(0) == label)
    dialog.tree.setCurrentItem(row)


def _type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """As a user does: click into the field, select what is there, type over it."""
    qtbot.waitUntil(widget.isVisible)  # a new proposal's fields show once events run
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _line(dialog: ImportReviewDialog, attribute: str) -> QLineEdit:
    editor = dialog.fields.editor(attribute)
    assert isinstance(editor, QLineEdit)
    return editor


def _apply_with_keys(qtbot: QtBot, dialog: ImportReviewDialog, focus: QWidget) -> None:
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        qtbot.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog.operations.wait()


def test_every_typed_field_reaches_the_database(qtbot: QtBot, seeded_db: Database) -> None:
    dialog = _open(qtbot, seeded_db)
    _select(dialog, "Lake Balkhash Water Institute")
    country, short_name, aliases = (_line(dialog, a) for a in ("country", "short_name", "aliases"))
    _type_into(qtbot, country, "Kazakhstan")
    # Clicking the next field commits the first; the form is not rebuilt under the user.
    _type_into(qtbot, short_name, "LBWI")
    assert dialog.fields.editor("short_name") is short_name and short_name.hasFocus()
    assert short_name.text() == "LBWI" and country.text() == "Kazakhstan"
    _type_into(qtbot, aliases, "Balkhash Water Institute")
    assert dialog.fields.teaches.text() == "Balkhash Water Institute"  # no hidden alias

    _select(dialog, "Aliya Serikbayeva")
    _type_into(qtbot, _line(dialog, "title"), "Director of Research")
    _type_into(qtbot, _line(dialog, "organization"), "Lake Balkhash Water Institute")

    # Renaming the memorandum carries the milestone's link to it along.
    _select(dialog, "Memorandum on water research")
    _type_into(qtbot, dialog.name_edit, "Water research memorandum")
    _type_into(qtbot, _line(dialog, "parties"), "Lake Balkhash Water Institute")

    _select(dialog, "Joint field school opens")
    memorandum = dialog.fields.editor("memorandum")
    assert isinstance(memorandum, QComboBox)
    assert memorandum.findText(TETHER) > 0  # an existing memorandum can be chosen too
    memorandum.setCurrentIndex(memorandum.findText("Water research memorandum"))
    memorandum.activated.emit(memorandum.currentIndex())
    _type_into(qtbot, _line(dialog, "organizations"), "Nazarbayev University")
    date = _line(dialog, "date")
    assert date.text() == "2026"
    # Dates are typed as in the edit dialogs (day first with dots); ISO is read too.
    _type_into(qtbot, date, "09.2026")
    # Ctrl+Enter with the cursor still in the date field: the date on screen is applied.
    _apply_with_keys(qtbot, dialog, date)

    with seeded_db.session() as session:
        institute = session.scalars(
            select(Organization).where(Organization.name == "Lake Balkhash Water Institute")
        ).one()
        assert (institute.country, institute.short_name) == ("Kazakhstan", "LBWI")
        assert [a.alias for a in institute.aliases] == ["Balkhash Water Institute"]
        person = session.scalars(select(Person).where(Person.name == "Aliya Serikbayeva")).one()
        assert person.title == "Director of Research"
        assert person.organization_id == institute.id
        memo = session.scalars(
            select(Memorandum).where(Memorandum.title == "Water research memorandum")
        ).one()
        assert [p.organization_id for p in memo.parties] == [institute.id]
        milestone = session.scalars(
            select(Milestone).where(Milestone.title == "Joint field school opens")
        ).one()
        assert milestone.memorandum_id == memo.id
        assert milestone.due_on == PartialDate(2026, 9)
        assert [o.organization.name for o in milestone.organizations] == ["Nazarbayev University"]


def test_a_merge_shows_and_records_the_spelling_it_teaches(
    qtbot: QtBot, seeded_db: Database
) -> None:
    dialog = _open(qtbot, seeded_db)
    _select(dialog, "Nazarbayev University")
    current = dialog.current()
    assert current is not None and current[1].match.action == "link"
    assert dialog.fields.teaches.text() == "none"
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_M)
    _select(dialog, "Nazarbayev University")
    assert dialog.fields.teaches.text() == "Nazarbayev University"
    aliases = _line(dialog, "aliases")
    _type_into(qtbot, aliases, "NU Astana")
    # Still typing in the aliases field: what it will teach is on screen after the commit.
    _apply_with_keys(qtbot, dialog, aliases)
    with seeded_db.session() as session:
        nu = session.scalars(
            select(Organization).where(Organization.name == "Nazarbayev University")
        ).one()
        assert "NU Astana" in [a.alias for a in nu.aliases]
    assert "NU Astana" in dialog.result.aliases_learned


def test_a_new_publication_date_reads_relative_dates_again_and_keeps_edits(
    qtbot: QtBot, seeded_db: Database
) -> None:
    from kztracker.services.importing import prepare_text

    text = (
        "Nazarbayev University and the Aral Sea Research Station signed a memorandum of "
        "understanding on water research. The first joint expedition will take place next "
        "year."
    )
    with seeded_db.session() as session:
        draft = prepare_text(session, text)
    dialog = _open(qtbot, seeded_db, draft)
    _select(dialog, "Aral Sea Research Station")
    _type_into(qtbot, _line(dialog, "country"), "Kazakhstan")
    published = dialog.published.edit
    _type_into(qtbot, published, "01.05.2020")
    qtbot.keyClick(published, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog._redating, timeout=20_000)
    assert "2020" in dialog.published.note.text()
    station = next(o for o in dialog.draft.organizations if o.name == "Aral Sea Research Station")
    assert station.country == "Kazakhstan"  # the user's edit survives the new reading
    assert PartialDate(2021) in [m.date for m in dialog.draft.milestones]
    _apply_with_keys(qtbot, dialog, published)
    with seeded_db.session() as session:
        source = session.scalars(select(Source).where(Source.full_text == text)).one()
        assert source.published_on == PartialDate(2020, 5, 1)
        assert session.scalar(select(Milestone.id).where(Milestone.due_on == PartialDate(2021)))
        assert (
            session.scalar(
                select(Organization.country).where(Organization.name == "Aral Sea Research Station")
            )
            == "Kazakhstan"
        )
