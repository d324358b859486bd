"""The shared display vocabulary: readable dates, labels and colours for stored values."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from kztracker.exporting import export_database
from kztracker.models import (
    MEMORANDUM_KINDS,
    MEMORANDUM_STATUSES,
    MILESTONE_STATUSES,
    ORGANIZATION_KINDS,
    PARTY_ROLES,
)
from ui import i18n
from ui.labels import (
    format_date,
    kind_label,
    memorandum_kind_label,
    organization_kind_label,
    party_role_label,
    status_colour,
    status_label,
)

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.mark.parametrize(
    ("iso", "shown"),
    [("2024-10-17", "17 Oct 2024"), ("2024-10", "Oct 2024"), ("2026", "2026"), (None, "")],
)
def test_partial_dates_read_as_precisely_as_they_are_known(
    qtbot: QtBot, iso: str | None, shown: str
) -> None:
    assert format_date(iso, ENGLISH) == shown


def test_month_names_follow_the_locale(qtbot: QtBot) -> None:
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    assert format_date("2024-10", russian) != "Oct 2024"
    assert "2024" in format_date("2024-10", russian)


def test_an_unreadable_date_is_shown_as_stored(qtbot: QtBot) -> None:
    assert format_date("2024-13", ENGLISH) == "2024-13"


def test_every_stored_value_has_a_label(qtbot: QtBot) -> None:
    for status in MEMORANDUM_STATUSES + MILESTONE_STATUSES:
        assert status_label(status) and "_" not in status_label(status)
    for kind in ORGANIZATION_KINDS:
        assert organization_kind_label(kind) and "_" not in organization_kind_label(kind)
    for kind in MEMORANDUM_KINDS:
        assert memorandum_kind_label(kind)
    for role in PARTY_ROLES:
        assert party_role_label(role) and "_" not in party_role_label(role)
    assert status_label("in_progress") == "In progress"
    assert status_label("someday") == "Someday"


def test_kinds_read_as_users_name_them(qtbot: QtBot) -> None:
    assert kind_label("organization") == "Partner"
    assert kind_label("focus_area", plural=True) == "Focus areas"
    assert kind_label("person", plural=True) == "People"


def test_statuses_have_distinct_colours_where_they_mean_different_things(qtbot: QtBot) -> None:
    assert status_colour("done") != status_colour("overdue")
    assert status_colour("active") != status_colour("terminated")
    assert status_colour("unknown").isValid()


def test_the_window_and_its_workbook_read_one_word_for_a_status(
    qtbot: QtBot, seeded_db: Database, tmp_path: Path
) -> None:
    """One source for a stored value's word: the core's catalog, in the window's language."""
    out = tmp_path / "ru.xlsx"
    try:
        i18n.install("ru")
        shown = status_label("in_progress")
        export_database(seeded_db, out)  # as the window exports: no language of its own
    finally:
        i18n.uninstall()
    assert shown == "Выполняется"
    milestones = load_workbook(out)["Этапы"]
    statuses = {
        row[0] for row in milestones.iter_rows(min_row=2, min_col=7, max_col=7, values_only=True)
    }
    assert shown in statuses
    assert status_label("in_progress") == "In progress"
