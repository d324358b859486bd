"""The core's messages in the user's language, through gettext.

The core never imports Qt, so its own sentences (validation problems, refusals, what a command
did) use the standard library's gettext: catalogs in kztracker/locale/LANG/LC_MESSAGES/
kztracker.po, compiled to .mo by `make translations`, refreshed from the sources by
`make translations-update` (Babel extracts every `_()`, `N_()`, `ngettext()` and `pgettext()`
call). Every word the core owns goes this one way: its sentences, the labels of stored values
(kztracker.vocabulary), the field labels the detail pane shows and the workbook's own words.
The window's own texts stay in Qt's .ts files; the window calls `set_language` with its choice,
the command line follows KZTRACKER_LANGUAGE or the system locale, and `in_language` switches for
one block (an export in another language).

Messages are English in the source. Placeholders are named (`{field}`), so a translation can
put them where its grammar wants them.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager

from kztracker import resources

DOMAIN = "kztracker"
LOCALE_DIR = resources.locale_dir()
LANGUAGES = ("kk", "ru", "en")
ENVIRONMENT_VARIABLE = "KZTRACKER_LANGUAGE"

_translation: gettext.NullTranslations = gettext.NullTranslations()
_current = "en"

# The marks each language quotes a name with: Russian and Kazakh typography uses guillemets;
# English keeps the single quotes its messages have always shown.
_QUOTES = {"kk": ("«", "»"), "ru": ("«", "»"), "en": ("'", "'")}


def set_language(code: str) -> str:
    """Speak `code` from now on (an unknown code or a missing catalog: English)."""
    global _translation, _current
    code = code if code in LANGUAGES else "en"
    _translation = gettext.translation(
        DOMAIN, localedir=LOCALE_DIR, languages=[code], fallback=True
    )
    _current = code
    return code


def current_language() -> str:
    return _current


@contextmanager
def in_language(code: str) -> Iterator[str]:
    """Speak `code` while the block runs, and the earlier language afterwards, whatever happens."""
    previous = _current
    try:
        yield set_language(code)
    finally:
        set_language(previous)


def system_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """KZTRACKER_LANGUAGE if set, else the first of gettext's locale variables that names
    Kazakh or Russian; English otherwise."""
    environ = os.environ if environ is None else environ
    chosen = environ.get(ENVIRONMENT_VARIABLE, "").strip().lower()
    if chosen:
        return chosen if chosen in LANGUAGES else "en"
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if not value:
            continue
        # LANGUAGE may list several ("ru:en"); the others hold one ("ru_RU.UTF-8").
        for entry in value.split(":"):
            code = entry.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
        return "en"
    return "en"


def _(message: str) -> str:
    """`message` in the current language (itself when there is no translation)."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` in the current language (Russian and Kazakh have their own)."""
    return _translation.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` where its English word stands for two things: `context` picks the meaning."""
    return _translation.pgettext(context, message)


def quoted(text: object) -> str:
    """`text` inside the current language's quotation marks («Google» in Russian and Kazakh,
    'Google' in English), as it is.

    A message names a user's record, file or word this way rather than with `repr()`, which
    quotes in English only, switches to double quotes for a name holding an apostrophe
    ("Kazakhstan's Ministry") and shows a backslash doubled. Control characters are left to the
    last guard before a terminal (kztracker.errors.one_line).
    """
    opening, closing = _QUOTES.get(_current, _QUOTES["en"])
    return f"{opening}{text}{closing}"


def N_(message: str) -> str:
    """Mark `message` for translation where it is defined; `_()` translates it where shown."""
    return message
