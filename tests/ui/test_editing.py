"""Creating, editing, deleting and undoing through the real dialogs, down to the database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kztracker.db import Database
from kztracker.models import Milestone, MilestoneOrganization, Organization, Person
from kztracker.services import records
from ui.dialogs.conflict import OVERWRITE, RELOAD, ConflictDialog
from ui.dialogs.delete import DeleteConfirmation
from ui.dialogs.form import RecordDialog
from ui.editing import Editor
from ui.operations import Operations


@pytest.fixture
def editor(qtbot: QtBot, seeded_db: Database) -> Iterator[Editor]:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    operations = Operations(seeded_db)
    editor = Editor(operations, window)
    yield editor
    operations.wait()


def settle(editor: Editor) -> None:
    """Let background work finish, and the work its results start."""
    for _ in range(3):
        editor.operations.wait()


def opened(editor: Editor, dialog: RecordDialog) -> RecordDialog:
    settle(editor)
    assert dialog.is_ready
    return dialog


def stored(database: Database, kind: str, record_id: int) -> dict[str, Any]:
    with database.session() as session:
        return records.load_record(session, kind, record_id)


def milestone_titles(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(Milestone.title)))


def closed(dialog: QDialog) -> bool:
    """Closed dialogs are deleted once the event loop runs again."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def typing_target(widget: QWidget) -> QWidget:
    proxy = widget.focusProxy()
    return widget if proxy is None else typing_target(proxy)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(typing_target(widget), text)


def click_save(qtbot: QtBot, editor: Editor, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(editor)


def test_a_milestone_created_through_the_dialog_is_in_the_database(
    qtbot: QtBot, editor: Editor, seeded_db: Database
) -> None:
    dialog = opened(editor, editor.new_record("milestone"))
    type_into(qtbot, dialog.editors["title"], "Joint steering committee")
    type_into(qtbot, dialog.editors["due_on"], "10.2026")
    memorandum = dialog.editors["memorandum_id"]
    type_into(qtbot, memorandum, "Crypto School project with Binance")
    partners = dialog.editors["organization_ids"]
    type_into(qtbot, partners, "MSHE")  # an alias finds the ministry
    qtbot.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    click_save(qtbot, editor, dialog)

    assert closed(dialog)
    with seeded_db.session() as session:
        milestone = session.scalars(
            select(Milestone).where(Milestone.title == "Joint steering committee")
        ).one()
        assert str(milestone.due_on) == "2026-10"
        assert milestone.memorandum is not None and "Binance" in milestone.memorandum.title
        assert [link.organization.short_name for link in milestone.organizations] == ["MSHE"]
        new_id = milestone.id

    editor.undo_stack.undo()
    settle(editor)
    assert "Joint steering committee" not in milestone_titles(seeded_db)
    editor.undo_stack.redo()
    settle(editor)
    assert stored(seeded_db, "milestone", new_id)["organization_ids"] == [2]


def test_an_empty_title_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, editor: Editor, seeded_db: Database
) -> None:
    before = milestone_titles(seeded_db)
    dialog = opened(editor, editor.new_record("milestone"))
    type_into(qtbot, dialog.editors["due_on"], "2026")
    click_save(qtbot, editor, dialog)

    assert dialog.isVisible()
    assert "Title is required" in dialog.error_text("title")
    assert dialog.messages["title"].isVisibleTo(dialog)
    assert dialog.error_text("due_on") == ""
    assert typing_target(dialog.editors["title"]).hasFocus()
    assert milestone_titles(seeded_db) == before
    assert editor.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("start", "due", "message"),
    [("03.2026", "17.10.2025", "cannot be before"), ("", "31.02.2026", "Not a date")],
    ids=["due-before-start", "no-such-day"],
)
def test_a_wrong_due_date_is_refused_under_the_due_date(
    qtbot: QtBot, editor: Editor, seeded_db: Database, start: str, due: str, message: str
) -> None:
    before = milestone_titles(seeded_db)
    dialog = opened(editor, editor.new_record("milestone"))
    type_into(qtbot, dialog.editors["title"], "Report on the pilot")
    type_into(qtbot, dialog.editors["start_on"], start)
    type_into(qtbot, dialog.editors["due_on"], due)
    click_save(qtbot, editor, dialog)

    assert message in dialog.error_text("due_on")
    assert dialog.error_text("title") == ""
    assert milestone_titles(seeded_db) == before


def test_undo_restores_the_previous_value_in_the_database_and_redo_reapplies_it(
    qtbot: QtBot, editor: Editor, seeded_db: Database
) -> None:
    original = stored(seeded_db, "milestone", 1)
    dialog = opened(editor, editor.edit_record("milestone", 1))
    title = typing_target(dialog.editors["title"])
    title.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(title, "ConnectED 2024 in Astana, renamed")
    click_save(qtbot, editor, dialog)
    assert stored(seeded_db, "milestone", 1)["title"] == "ConnectED 2024 in Astana, renamed"

    second = opened(editor, editor.edit_record("milestone", 1))
    second.editors["status"].set_value("cancelled")
    click_save(qtbot, editor, second)
    assert editor.undo_stack.count() == 2

    editor.undo_stack.undo()
    settle(editor)
    assert stored(seeded_db, "milestone", 1)["status"] == original["status"]
    editor.undo_stack.undo()
    settle(editor)
    assert stored(seeded_db, "milestone", 1)["title"] == original["title"]
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    settle(editor)
    now = stored(seeded_db, "milestone", 1)
    assert (now["title"], now["status"]) == ("ConnectED 2024 in Astana, renamed", "cancelled")


def _answer_delete(monkeypatch: pytest.MonkeyPatch, answer: int, seen: list[Any]) -> None:
    def exec_(self: DeleteConfirmation) -> int:
        # What the user is shown; the dialog itself is deleted once answered.
        seen.append(
            {
                "impact": self.impact,
                "summary": self.summary.text(),
                "cancel_is_default": self.cancel_button.isDefault(),
                "groups": self.tree.topLevelItemCount(),
            }
        )
        return answer

    monkeypatch.setattr(DeleteConfirmation, "exec", exec_)


def test_delete_asks_first_and_cancel_keeps_the_record(
    editor: Editor, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[dict[str, Any]] = []
    _answer_delete(monkeypatch, QDialog.DialogCode.Rejected, asked)
    editor.delete_record("organization", 1)
    settle(editor)
    assert len(asked) == 1
    assert asked[0]["cancel_is_default"]
    assert asked[0]["groups"] == 2  # deleted with it (aliases), and unlinked
    assert stored(seeded_db, "organization", 1)["name"].startswith("Government")
    assert editor.undo_stack.count() == 0


def test_delete_removes_what_it_said_and_undo_brings_it_back(
    editor: Editor, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[dict[str, Any]] = []
    _answer_delete(monkeypatch, QDialog.DialogCode.Accepted, asked)
    linked_before = stored(seeded_db, "organization", 1)
    editor.delete_record("organization", 1)
    settle(editor)

    impact = asked[0]["impact"]
    assert asked[0]["summary"] == impact.summary()
    unlinked = {(item.kind, item.id) for item in impact.unlinked}
    milestone_ids = {i for kind, i in unlinked if kind == "milestone"}
    person_ids = {i for kind, i in unlinked if kind == "person"}
    assert milestone_ids and person_ids
    with seeded_db.session() as session:
        assert session.get(Organization, 1) is None
        # What was unlinked stays, without its link.
        assert session.scalar(
            select(func.count()).select_from(Milestone).where(Milestone.id.in_(milestone_ids))
        ) == len(milestone_ids)
        assert not session.scalars(
            select(MilestoneOrganization).where(MilestoneOrganization.organization_id == 1)
        ).all()
        assert {
            p.organization_id
            for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))
        } == {None}

    editor.undo_stack.undo()
    settle(editor)
    restored = stored(seeded_db, "organization", 1)
    assert restored["name"] == linked_before["name"]
    assert restored["aliases"] == linked_before["aliases"]
    with seeded_db.session() as session:
        relinked = set(
            session.scalars(
                select(MilestoneOrganization.milestone_id).where(
                    MilestoneOrganization.organization_id == 1
                )
            )
        )
    assert relinked == milestone_ids


def test_a_name_that_exists_offers_to_open_that_record(
    qtbot: QtBot, editor: Editor, seeded_db: Database
) -> None:
    dialog = opened(editor, editor.new_record("organization"))
    type_into(qtbot, dialog.editors["name"], "MSHE")
    # Shown while typing, before Save is pressed.
    qtbot.waitUntil(lambda: "already exists" in dialog.error_text("name"))
    click_save(qtbot, editor, dialog)
    assert "Open it" in dialog.error_text("name")
    with seeded_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 31

    with qtbot.waitSignal(editor.open_record) as opened_signal:
        dialog.messages["name"].text.linkActivated.emit("open:2")
    assert opened_signal.args == ["organization", 2]
    assert closed(dialog)


def _colleague_renames_milestone_1(database: Database, title: str) -> None:
    with database.sessions.begin() as session:
        version = records.load_record(session, "milestone", 1)["version"]
        records.update_record(session, "milestone", 1, {"title": title}, expected_version=version)


def _answer_conflict(monkeypatch: pytest.MonkeyPatch, answer: int, seen: list[Any]) -> None:
    def exec_(self: ConflictDialog) -> int:
        table = self.table
        seen.append(
            [
                [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
                for row in range(table.rowCount())
            ]
        )
        return answer

    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def test_a_stale_save_shows_both_values_and_overwrite_saves_mine(
    qtbot: QtBot, editor: Editor, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    conflicts: list[list[list[str]]] = []
    _answer_conflict(monkeypatch, OVERWRITE, conflicts)
    dialog = opened(editor, editor.edit_record("milestone", 1))
    _colleague_renames_milestone_1(seeded_db, "Their title")
    title = typing_target(dialog.editors["title"])
    title.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(title, "My title")
    click_save(qtbot, editor, dialog)

    assert conflicts == [[["Title", "Their title", "My title"]]]
    assert stored(seeded_db, "milestone", 1)["title"] == "My title"
    assert closed(dialog)
    # Undo puts back the value the overwrite replaced: the colleague's.
    editor.undo_stack.undo()
    settle(editor)
    assert stored(seeded_db, "milestone", 1)["title"] == "Their title"


def test_a_stale_save_can_reload_their_version_instead(
    qtbot: QtBot, editor: Editor, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_conflict(monkeypatch, RELOAD, [])
    dialog = opened(editor, editor.edit_record("milestone", 1))
    _colleague_renames_milestone_1(seeded_db, "Their title")
    dialog.editors["title"].set_value("My title")
    click_save(qtbot, editor, dialog)

    assert dialog.isVisible()
    assert dialog.editors["title"].value() == "Their title"
    assert stored(seeded_db, "milestone", 1)["title"] == "Their title"
    assert editor.undo_stack.count() == 0


def test_undo_over_a_colleagues_newer_save_asks_and_cancel_changes_nothing(
    qtbot: QtBot, editor: Editor, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = opened(editor, editor.edit_record("milestone", 1))
    dialog.editors["title"].set_value("Mine")
    click_save(qtbot, editor, dialog)
    _colleague_renames_milestone_1(seeded_db, "Theirs, later")

    conflicts: list[list[list[str]]] = []
    _answer_conflict(monkeypatch, QDialog.DialogCode.Rejected, conflicts)
    editor.undo_stack.undo()
    settle(editor)
    assert len(conflicts) == 1
    assert stored(seeded_db, "milestone", 1)["title"] == "Theirs, later"
    # The stack still says the edit is in force, as the database does.
    assert editor.undo_stack.index() == 1 and editor.undo_stack.canUndo()


def test_quick_milestone_takes_the_memorandum_and_its_parties(
    qtbot: QtBot, editor: Editor, seeded_db: Database
) -> None:
    dialog = opened(editor, editor.quick_milestone({"memorandum_id": 1}))
    assert dialog.editors["memorandum_id"].value() == 1
    parties = [p["organization_id"] for p in stored(seeded_db, "memorandum", 1)["party_ids"]]
    assert sorted(dialog.editors["organization_ids"].value()) == sorted(parties)
    type_into(qtbot, dialog.editors["title"], "First joint report")
    type_into(qtbot, dialog.editors["due_on"], "2026-12")
    click_save(qtbot, editor, dialog)
    with seeded_db.session() as session:
        milestone = session.scalars(
            select(Milestone).where(Milestone.title == "First joint report")
        ).one()
        assert milestone.memorandum_id == 1 and str(milestone.due_on) == "2026-12"
        assert sorted(link.organization_id for link in milestone.organizations) == sorted(parties)


def test_tab_walks_the_fields_in_the_order_they_are_shown(editor: Editor) -> None:
    dialog = opened(editor, editor.new_record("milestone"))
    dialog.editors["title"].setFocus()
    expected = [typing_target(dialog.editors[name]) for name in dialog.editors]
    seen = [dialog.focusWidget()]
    for _ in range(len(expected) * 4):
        dialog.focusNextChild()
        widget = dialog.focusWidget()
        if widget in expected and widget not in seen:
            seen.append(widget)
    assert seen == expected


def test_typing_part_of_an_alias_offers_the_partner_it_belongs_to(
    qtbot: QtBot, editor: Editor
) -> None:
    dialog = opened(editor, editor.new_record("person"))
    picker = dialog.editors["organization_id"]
    type_into(qtbot, picker, "MSH")
    completer = picker.completer  # type: ignore[attr-defined]
    offered = completer.completionModel()
    texts = [offered.index(row, 0).data() for row in range(offered.rowCount())]
    assert any(text.startswith("MSHE — Ministry of Science and Higher Education") for text in texts)
    completer.activated[str].emit(texts[0])  # choosing it picks the ministry itself
    assert picker.value() == 2
    assert typing_target(picker).currentText().startswith("Ministry of Science")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "kind", ["memorandum", "organization", "person", "focus_area", "milestone"]
)
def test_every_field_has_its_own_alt_letter(editor: Editor, kind: str) -> None:
    dialog = editor.new_record(kind)
    letters = ["s"]  # &Save
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            text = label.text()
            assert "&" in text, f"{text!r} has no Alt letter"
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)), letters
    settle(editor)
    dialog.reject()


def test_quick_milestone_goes_on_in_the_full_form_with_what_was_typed(
    qtbot: QtBot, editor: Editor
) -> None:
    quick = opened(editor, editor.quick_milestone({"organization_ids": [12]}))
    type_into(qtbot, quick.editors["title"], "Visit to Nazarbayev University")
    more = next(b for b in quick.buttons.buttons() if "fields" in b.text())
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    settle(editor)
    window = editor.parent()
    full = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, RecordDialog) and w.isVisible() and w.parent() is window
    ]
    assert len(full) == 1 and "responsible_id" in full[0].editors
    assert full[0].editors["title"].value() == "Visit to Nazarbayev University"
    assert full[0].editors["organization_ids"].value() == [12]


def test_undo_of_an_edit_to_a_record_deleted_meanwhile_says_so_and_keeps_the_stack_true(
    qtbot: QtBot, editor: Editor, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = opened(editor, editor.edit_record("milestone", 5))
    dialog.editors["title"].set_value("Renamed before a colleague deletes it")
    click_save(qtbot, editor, dialog)
    with seeded_db.sessions.begin() as session:
        records.delete_record(session, "milestone", 5)

    reported: list[BaseException] = []
    monkeypatch.setattr(
        editor.operations, "report_failure", lambda error, parent=None: reported.append(error)
    )
    editor.undo_stack.undo()
    settle(editor)
    assert "no longer exists" in str(reported[0])
    assert editor.undo_stack.index() == 1  # still "done", as nothing could be undone


def test_undo_over_a_colleagues_save_names_the_field_in_the_windows_language(
    qtbot: QtBot, editor: Editor, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import i18n

    dialog = opened(editor, editor.edit_record("milestone", 1))
    dialog.editors["title"].set_value("Mine")
    click_save(qtbot, editor, dialog)
    _colleague_renames_milestone_1(seeded_db, "Theirs, later")
    conflicts: list[list[list[str]]] = []
    _answer_conflict(monkeypatch, QDialog.DialogCode.Rejected, conflicts)
    try:
        i18n.install("ru")
        editor.undo_stack.undo()
        settle(editor)
    finally:
        i18n.uninstall()
    assert [row[0] for row in conflicts[0]] == ["Название"]


def test_undoing_a_delete_says_which_links_could_not_come_back(
    editor: Editor, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A partner deleted meanwhile cannot be a party again: the record comes back without it
    and the window says so instead of dropping the link silently."""
    _answer_delete(monkeypatch, QDialog.DialogCode.Accepted, [])
    told: list[str] = []
    monkeypatch.setattr(
        "ui.editing.QMessageBox.information", lambda _parent, _title, text: told.append(text)
    )
    milestone = stored(seeded_db, "milestone", 1)
    partner_id = milestone["organization_ids"][0]
    editor.delete_record("milestone", 1)
    settle(editor)
    with seeded_db.sessions.begin() as session:
        partner = records.load_record(session, "organization", partner_id)
        records.delete_record(
            session, "organization", partner_id, expected_version=partner["version"]
        )

    editor.undo_stack.undo()
    settle(editor)
    back = stored(seeded_db, "milestone", 1)
    assert back["title"] == milestone["title"]
    assert partner_id not in back["organization_ids"]
    assert len(told) == 1 and partner["name"] in told[0] and milestone["title"] in told[0]
