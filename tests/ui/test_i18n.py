"""The window in Kazakh and Russian: every source text translated, no English left on screen.

The committed .ts files are compared with what pyside6-lupdate (and the contexts each module's
tr() uses) finds in ui/ now; then the real window is opened in each language, with .qm files
built from those .ts files, and every view, menu and dialog is read for English source texts.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QScrollArea,
    QTabBar,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.db import Database
from ui import i18n
from ui.import_action import import_files
from ui.main_window import MainWindow
from ui.screenshots import _MODELS as MODELS
from ui.screenshots import SAMPLE_ANNOUNCEMENT
from ui.translation_sources import (
    extract,
    problems,
    read_ts,
    ts_path,
)

TRANSLATED = ("kk", "ru")
CORE_CATALOG = Path(__file__).resolve().parents[2] / "kztracker" / "locale" / "kztracker.pot"
_TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def catalogue() -> dict[str, dict[tuple[str, str], object]]:
    return extract()  # type: ignore[return-value]


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_every_source_text_is_translated(catalogue: dict, language: str) -> None:
    """Fails on a text of ui/ missing from, or unfinished in, the committed .ts file."""
    found = problems(language, catalogue)
    assert not found, "run `make translations-update` and translate:\n" + "\n".join(found)


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    placeholder = re.compile(r"\{[^}]*\}|%n")
    for (context, source, _), translation in read_ts(ts_path(language)).items():
        texts = translation.forms or [translation.text]
        for text in texts:
            assert sorted(set(placeholder.findall(text))) == sorted(
                set(placeholder.findall(source))
            ), (language, context, source, text)
        if translation.forms:
            # Russian counts need three forms (1, 2-4, 5+); Kazakh two (Qt's rule).
            assert len(translation.forms) == (3 if language == "ru" else 2), (source, texts)


# -- the window in each language ----------------------------------------------------------------


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path / "settings"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def english_sources(catalogue: dict) -> set[str]:
    texts = {source for messages in catalogue.values() for source, _ in messages}
    texts |= core_sources()
    return {_plain(text) for text in texts if "{" not in text and "%n" not in text}


def core_sources() -> set[str]:
    """Every English text the core may hand the window (labels of stored values, field labels,
    messages): the msgids of its gettext catalog."""
    with CORE_CATALOG.open("rb") as handle:
        catalog = read_po(handle)
    return {
        str(text)
        for message in catalog
        if message.id
        for text in (message.id if isinstance(message.id, tuple) else (message.id,))
    }


def _plain(text: str) -> str:
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def visible_texts(root: QWidget) -> list[str]:
    """Labels, buttons, headers, tabs, menus, titles and placeholders a user can read."""
    texts = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts.extend(
                str(model.headerData(section, widget.orientation()) or "")
                for section in range(widget.count())
            )
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts.extend(header.text(i) for i in range(header.columnCount()))
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QTextBrowser):
            texts.extend(widget.toPlainText().splitlines())
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
        texts.extend(action.text() for action in widget.actions())
    return [_plain(text) for text in texts if text]


def english_on_screen(root: QWidget | list[str], english: set[str], language: str) -> set[str]:
    # A text whose translation is the same word (a proper name, "kztracker") is not English.
    same = {
        _plain(source)
        for (_, source, _), translation in read_ts(ts_path(language)).items()
        if _plain(translation.text) == _plain(source)
    }
    # Each language is offered under its own name ("English" in the Preferences list).
    same |= set(i18n.NATIVE_NAMES.values())
    texts = root if isinstance(root, list) else visible_texts(root)
    return {text for text in texts if text in english and text not in same}


def _first_ids(database: Database) -> dict[str, int]:
    ids = {}
    with database.session() as session:
        for kind, model in MODELS.items():
            first = session.scalar(select(model.id).order_by(model.id).limit(1))
            if first is not None:
                ids[kind] = int(first)
    return ids


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        window.operations.wait()
        QApplication.processEvents()


def read_dialog(window: MainWindow, trigger: Callable[[], object]) -> list[str]:
    """Run `trigger`, read the dialog it opens (modal or not), then close it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = {id(widget) for widget in app.topLevelWidgets() if widget.isVisible()}
    seen: list[QWidget] = []
    texts: list[list[str]] = []
    deadline = time.monotonic() + 15

    def poll() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
                _settle(window)
                seen.append(widget)
                texts.append(visible_texts(widget))
                widget.reject()
                return
        if time.monotonic() < deadline:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)
    trigger()
    while not seen and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    _settle(window)
    assert seen, "no dialog appeared"
    return texts[0]


@pytest.fixture
def in_language(request: pytest.FixtureRequest, language_files: Path) -> Iterator[str]:
    language = request.param
    assert i18n.install(language, folder=language_files) == language
    yield language
    i18n.uninstall()


@pytest.mark.parametrize("in_language", TRANSLATED, indirect=True)
def test_no_english_in_views_menus_and_dialogs(
    qtbot: QtBot,
    seeded_db: Database,
    english_sources: set[str],
    in_language: str,
    tmp_path: Path,
) -> None:
    language = in_language
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ids = _first_ids(seeded_db)
    found: dict[str, set[str]] = {}
    try:
        window.show_page("dashboard")
        _settle(window)
        found["dashboard"] = english_on_screen(window, english_sources, language)
        for kind in MODELS:
            window.show_page(kind)
            qtbot.waitUntil(partial(getattr, window.views[kind], "has_loaded"))
            window.open_record(kind, ids[kind])
            _settle(window)
            found[kind] = english_on_screen(window, english_sources, language)
        pane = window.detail
        pane.tabs.setCurrentWidget(pane.history)
        _settle(window)
        found["history"] = english_on_screen(window, english_sources, language)

        editor = window.editor
        triggers: dict[str, Callable[[], object]] = {
            f"edit {kind}": partial(editor.edit_record, kind, ids[kind])
            for kind in MODELS
            if kind != "source"
        }
        triggers["new milestone"] = lambda: editor.new_record("milestone")
        triggers["quick milestone"] = lambda: editor.quick_milestone(
            {"memorandum_id": ids["memorandum"]}
        )
        triggers["delete memorandum"] = lambda: editor.delete_record(
            "memorandum", ids["memorandum"]
        )
        sample = tmp_path / "announcement.txt"
        sample.write_text(SAMPLE_ANNOUNCEMENT, encoding="utf-8")
        triggers["import review"] = partial(import_files, window, window.operations, [str(sample)])
        triggers["preferences"] = window.preferences
        triggers["about"] = window.about
        for name, trigger in triggers.items():
            found[name] = english_on_screen(read_dialog(window, trigger), english_sources, language)
    finally:
        window.close()
        window.operations.wait()
    left = {name: sorted(texts) for name, texts in found.items() if texts}
    assert not left, f"English on screen in {language}: {left}"


@pytest.mark.parametrize("in_language", ["ru"], indirect=True)
def test_qt_standard_buttons_and_dates_follow_the_language(qtbot: QtBot, in_language: str) -> None:
    from PySide6.QtCore import QCoreApplication, QDate, QLocale

    from ui.labels import format_date

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    assert QLocale().toString(1234567) == "1\u00a0234\u00a0567"
    assert format_date("2024-10-17") == QLocale("ru").toString(QDate(2024, 10, 17), "d MMM yyyy")
    assert "окт" in format_date("2024-10-17")


@pytest.mark.parametrize("in_language", TRANSLATED, indirect=True)
def test_the_dashboard_fits_a_small_laptop_screen_in_each_language(
    qtbot: QtBot, in_language: str, seeded_db: Database
) -> None:
    """At 1366x768 the cards' long headings (and their Mark done buttons) wrap instead of
    pushing the third column out of sight behind a horizontal scroll bar."""
    from ui.dashboard import DashboardView

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("dashboard")
    _settle(window)
    dashboard = window.findChild(DashboardView)
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=20_000)
    _settle(window)
    scroll = dashboard.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("in_language", ["kk", "ru"], indirect=True)
def test_the_core_names_fields_in_the_language_in_both_tabs(
    qtbot: QtBot, seeded_db: Database, in_language: str
) -> None:
    """The field labels of the Details and History tabs are the core's, in one language: a
    person's title is their position there and in the workbook alike."""
    import datetime as dt

    from PySide6.QtGui import QPalette

    from kztracker.models import Person
    from kztracker.services.details import record_detail
    from kztracker.services.history import HistoryRow
    from ui.detail_html import detail_html, history_html

    position = {"kk": "Лауазымы", "ru": "Должность"}[in_language]
    with seeded_db.session() as session:
        person = session.scalars(select(Person).where(Person.title.is_not(None))).first()
        assert person is not None
        detail = record_detail(session, "person", person.id)
    assert position in _plain(detail_html(detail, QPalette()))
    row = HistoryRow(
        changed_at=dt.datetime(2024, 10, 17, 9, 30, tzinfo=dt.UTC),
        actor="aigerim",
        action="update",
        field="title",
        old_value="Minister",
        new_value="Vice minister",
        record_kind="person",
        record_id=person.id,
    )
    assert _plain(history_html([row], QPalette())).count(position) == 1
    assert "Title" not in _plain(history_html([row], QPalette()))


def test_the_language_follows_the_system_unless_chosen(private_settings: Path) -> None:
    from PySide6.QtCore import QLocale

    assert i18n.system_language(QLocale("kk_KZ")) == "kk"
    assert i18n.system_language(QLocale("ru_RU")) == "ru"
    assert i18n.system_language(QLocale("de_DE")) in ("en", "kk", "ru")
    assert i18n.chosen_language() == i18n.SYSTEM
    i18n.set_chosen_language("kk")
    assert i18n.chosen_language() == "kk"
    assert i18n.resolve() == "kk"
    i18n.set_chosen_language(i18n.SYSTEM)
    assert i18n.resolve() == i18n.system_language()


def test_kazakh_plural_and_russian_plural_forms(language_files: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    def other_areas(n: int) -> str:
        return QCoreApplication.translate("Dashboard", "%n other areas", None, n)

    try:
        i18n.install("ru", folder=language_files)
        assert [other_areas(n) for n in (1, 3, 5, 21)] == [
            "ещё 1 направление",
            "ещё 3 направления",
            "ещё 5 направлений",
            "ещё 21 направление",
        ]
        i18n.install("kk", folder=language_files)
        assert other_areas(5) == "тағы 5 бағыт"
    finally:
        i18n.uninstall()


def test_kazakh_letters_have_a_font(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel

    label = QLabel("ҚӘҢҮҰӨҺІ қәңүұөһі")
    metrics = QFontMetrics(label.font())
    assert all(metrics.inFontUcs4(ord(letter)) for letter in "ҚӘҢҮҰӨҺІқәңүұөһі")


@pytest.mark.parametrize("in_language", TRANSLATED, indirect=True)
@pytest.mark.parametrize(
    "kind", ["memorandum", "organization", "person", "focus_area", "milestone"]
)
def test_every_field_has_its_own_alt_letter_in_each_language(
    qtbot: QtBot, seeded_db: Database, in_language: str, kind: str
) -> None:
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    try:
        dialog = window.editor.new_record(kind)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
        texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
        letters = []
        for text in texts:
            plain = text.replace("&&", "")
            if "&" in plain:
                letters.append(plain[plain.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (in_language, kind, texts)
        dialog.reject()
    finally:
        window.close()
        window.operations.wait()


def test_a_language_chosen_in_preferences_applies_at_the_next_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, private_settings: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.preferences import PreferencesDialog

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *args: told.append(text)
    )
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog.language
    assert [combo.itemData(i) for i in range(combo.count())] == [i18n.SYSTEM, "kk", "ru", "en"]
    assert combo.currentData() == i18n.SYSTEM
    other = "ru" if i18n.current_language() != "ru" else "kk"
    combo.setCurrentIndex(combo.findData(other))
    dialog.accept()
    assert i18n.chosen_language() == other
    assert len(told) == 1  # no restart forced: the open window and its work stay as they are

    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == other
    again.accept()  # unchanged: nothing to say
    assert len(told) == 1
