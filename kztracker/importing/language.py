"""Which language a text, or each of its paragraphs, is in: py3langid's model, kk/ru/en first.

The model takes about half a second to load, so it is loaded once, on first need. A paragraph
too short to judge on its own words takes the language of the text around it.
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import TYPE_CHECKING, Any

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
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _model()
    identifier = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    identifier.set_languages([*SUPPORTED, *_CONTRAST])
    return identifier


def _model() -> tuple[Any, Any, list[str], Any, Any, list[Any]]:
    """py3langid's model. Its file is LZMA-compressed, and unpacking it costs 0.5-2 s of every
    process that reads an announcement (most of `import --dry-run` of one file, issue 18);
    the unpacked arrays are kept in the user's cache folder, named by the model file's size and
    time, and read back in a fraction of that. A cache that cannot be written is no error."""
    from array import array

    import numpy as np
    from platformdirs import user_cache_path
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    source = MODEL_DIR / MODEL_FILE
    stat = source.stat()
    cached = user_cache_path("kztracker", appauthor=False) / (
        f"langid-{stat.st_size}-{stat.st_mtime_ns}.npz"
    )
    try:
        with np.load(cached, allow_pickle=False) as data:
            # Back to the stdlib arrays py3langid walks, of the item size it chose.
            return (
                data["ptc"],
                data["pc"],
                data["classes"].tolist(),
                array(data["nextmove"].dtype.char, data["nextmove"].tobytes()),
                array(data["row"].dtype.char, data["row"].tobytes()),
                data["output"].tolist(),
            )
    except (OSError, KeyError, ValueError):
        pass
    ptc, pc, classes, nextmove, row, output = load_model(source)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(cached.name + f".{os.getpid()}.partial.npz")
        np.savez(
            partial,
            ptc=ptc,
            pc=pc,
            classes=np.array(classes),
            nextmove=np.array(nextmove),
            row=np.array(row),
            output=np.array(output),
        )
        os.replace(partial, cached)
    except OSError:
        pass
    return ptc, pc, classes, nextmove, row, output


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
