"""The languages a workbook can be written in, and writing one in a chosen language.

The workbook's words (kztracker.exporting.words) and the labels of stored values
(kztracker.vocabulary) are translated by the core's gettext catalogs, like every word the core
owns; this module only checks a language asked for (`kztracker export --language`) and
switches to it for one export. Record data (titles, names, notes) is never translated: it
stays as entered.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kztracker import i18n
from kztracker.errors import KztrackerError
from kztracker.i18n import _, quoted

LANGUAGES = i18n.LANGUAGES


def check_language(code: str) -> str:
    if code not in LANGUAGES:
        raise KztrackerError(
            _("no workbook language {code}; use one of: {codes}").format(
                code=quoted(code), codes=", ".join(LANGUAGES)
            )
        )
    return code


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """The workbook's words in `code` while the block runs; the earlier language afterwards.

    The core's messages follow too (a refusal during the export reads in that language).
    """
    with i18n.in_language(check_language(code)):
        yield
