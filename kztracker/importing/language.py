"""Which language a text, or each of its paragraphs, is in: py3langid's model, kk/ru/en first.

The model takes about half a second to load, so it is loaded once, on first need. A paragraph
too short to judge on its own words takes the language of the text around it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# The languages an announcement is read in, and those it is told apart from so that a German
# or Uzbek text is refused rather than read as English or Kazakh.
SUPPORTED = ("en", "ru", "kk")
_CONTRAST = ("de", "fr", "es", "it", "tr", "uz", "ky", "uk", "be", "zh", "ja", "ko", "ar")
_SHORT_PARAGRAPH = 40  # letters; fewer give the model too little to go on
_LETTER = re.compile(r"[^\W\d_]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([*SUPPORTED, *_CONTRAST])
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has no letters to judge by."""
    if len(_LETTER.findall(text)) == 0:
        return None
    code, _probability = _identifier().classify(text)
    return str(code)


def paragraph_languages(text: str, default: str | None = None) -> list[tuple[int, int, str | None]]:
    """(start, end, language) of each paragraph of `text`, so a foreign footer can be set aside.

    Short paragraphs (a headline, a date line) take `default`, the text's own language.
    """
    default = default or detect_language(text)
    spans: list[tuple[int, int, str | None]] = []
    start = 0
    for separator in [*_PARAGRAPH.finditer(text), None]:
        end = separator.start() if separator else len(text)
        chunk = text[start:end]
        if chunk.strip():
            letters = len(_LETTER.findall(chunk))
            language = detect_language(chunk) if letters >= _SHORT_PARAGRAPH else default
            spans.append((start, end, language))
        if separator:
            start = separator.end()
    return spans
