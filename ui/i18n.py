"""The window's language: which one, and loading its translations at start-up.

The language follows the system's locale unless the user chose one in Preferences (QSettings
"ui/language": "system", "kk", "ru" or "en"). Three translators are installed: the app's own
(resources/translations/kztracker_XX.qm, built from the .ts sources by `make translations`),
and Qt's qtbase_XX.qm for the standard buttons and dialogs (Qt ships both Kazakh and Russian).
QLocale's default follows too, so dates and numbers read the language's way. The core speaks
the same language (kztracker.i18n, from its gettext catalogs): its messages, the labels of
stored values the window shows, and so the Excel workbooks the window exports.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from kztracker import resources
from kztracker.i18n import set_language as set_core_language

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = ("kk", "ru", "en")
# The language's own name, as a speaker of it looks for it in a list.
NATIVE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
TRANSLATIONS = resources.translations_dir()
_LOCALES = {
    "kk": QLocale("kk_KZ"),
    "ru": QLocale("ru_KZ"),
    "en": QLocale("en_GB"),
}
_BY_QT_LANGUAGE = {QLocale.Language.Kazakh: "kk", QLocale.Language.Russian: "ru"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


# Installed translators stay referenced here: Qt does not own them.
_installed: list[QTranslator] = []
_current = "en"


def chosen_language() -> str:
    """What the user chose in Preferences: a language code or "system"."""
    from ui.preferences import settings

    value = str(settings().value(LANGUAGE_KEY, SYSTEM))
    return value if value in LANGUAGES else SYSTEM


def set_chosen_language(choice: str) -> None:
    from ui.preferences import settings

    settings().setValue(LANGUAGE_KEY, choice if choice in LANGUAGES else SYSTEM)


def system_language(locale: QLocale | None = None) -> str:
    """kk or ru when the system speaks it, else English."""
    locale = locale or QLocale.system()
    code = _BY_QT_LANGUAGE.get(locale.language())
    if code is None:
        # A system locale may list Kazakh or Russian only among its UI languages.
        for name in locale.uiLanguages():
            code = name.split("-")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
        return "en"
    return code


def resolve(choice: str | None = None) -> str:
    choice = chosen_language() if choice is None else choice
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    """The language installed by `install` (English before any)."""
    return _current


def locale_for(language: str) -> QLocale:
    return QLocale(_LOCALES.get(language, _LOCALES["en"]))


def install(language: str | None = None, folder: Path | None = None) -> str:
    """Load the translations of `language` (default: the user's choice) into the application.

    Returns the language code installed. A missing .qm (translations not built) leaves the
    English source texts, which the window still works with.
    """
    global _current
    app = QCoreApplication.instance()
    code = resolve(language)
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(code))
    # The core's messages and labels, and so the workbooks exported from the window, speak the
    # window's language.
    set_core_language(code)
    _current = code
    if app is None:
        return code
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{code}", qt_folder),
        (f"kztracker_{code}", str(folder or TRANSLATIONS)),
    ]
    for name, where in candidates:
        translator = QTranslator(app)
        if translator.load(name, where) and QCoreApplication.installTranslator(translator):
            _installed.append(translator)
        elif name.startswith("kztracker_") and code != "en":
            print(f"kztracker: no {name}.qm in {where}; run `make translations`", file=sys.stderr)
    return code


def uninstall() -> None:
    """Back to the English source texts and the system's locale (tests, screenshots)."""
    global _current
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    set_core_language("en")
    _current = "en"


def language_combo(parent: QWidget) -> QComboBox:
    """The Preferences choice: the system's language, or one of the three by its own name."""
    combo = QComboBox(parent)
    system_name = NATIVE_NAMES[system_language()]
    combo.addItem(tr("As the system ({language})").format(language=system_name), SYSTEM)
    for code in LANGUAGES:
        combo.addItem(NATIVE_NAMES[code], code)
    combo.setCurrentIndex(max(0, combo.findData(chosen_language())))
    combo.setToolTip(tr("The language of the window and of the workbooks it exports"))
    return combo


def keep_language_choice(combo: QComboBox, parent: QWidget) -> None:
    """Store the combo's choice; a change is said to apply at the next start (no work is lost)."""
    choice = str(combo.currentData())
    if choice == chosen_language():
        return
    set_chosen_language(choice)
    if resolve(choice) != current_language():
        QMessageBox.information(
            parent,
            tr("Language"),
            tr("The window will use the new language the next time kztracker starts."),
        )
