"""Which language a text, or each of its paragraphs, is in: py3langid's model, kk/ru/en first.

The model is loaded once, on first need, from a cut-down copy in the user's cache folder. A
paragraph too short to judge on its own words takes the language of the text around it.
"""

from __future__ import annotations

import os
import re
import shutil
from functools import cache
from pathlib import Path
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


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _model()
    # The model is already cut down to the languages told apart here, so no set_languages.
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _model() -> tuple[Any, Any, list[str], Any, list[int], list[int]]:
    """py3langid's model cut down to SUPPORTED and _CONTRAST, as the identifier's
    set_languages would cut it. Its file is LZMA-compressed, and unpacking it costs 0.5-2 s of
    every process that reads an announcement (most of `import --dry-run` of one file); the cut
    arrays are kept in the user's cache folder, one .npy file each, named by the model file's
    size and time and the languages, and mapped back into memory in a hundredth of that: only
    the pages a text touches are read. A cache that cannot be written is no error."""
    import numpy as np
    from platformdirs import user_cache_path
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    source = MODEL_DIR / MODEL_FILE
    stat = source.stat()
    languages = "-".join(sorted({*SUPPORTED, *_CONTRAST}))
    folder = user_cache_path("kztracker", appauthor=False)
    cached = folder / f"langid-{stat.st_size}-{stat.st_mtime_ns}-{languages}"
    try:
        arrays = {name: np.load(cached / f"{name}.npy", mmap_mode="r") for name in _ARRAYS}
    except (OSError, ValueError):
        arrays = _cut_model(source)
        _keep(arrays, cached)
    return (
        arrays["ptc"],
        np.asarray(arrays["pc"]),
        arrays["classes"].tolist(),
        # The tokenizer walks one byte at a time: a memoryview of the mapped array gives it
        # plain ints as fast as the stdlib array it was built with, without copying 40 MB.
        memoryview(arrays["nextmove"]),
        arrays["row"].tolist(),
        arrays["output"].tolist(),
    )


def _cut_model(source: Path) -> dict[str, Any]:
    import numpy as np
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(source)
    wanted = {*SUPPORTED, *_CONTRAST}
    kept = [i for i, code in enumerate(classes) if code in wanted]
    return {
        "ptc": np.ascontiguousarray(ptc[:, kept]),
        "pc": np.asarray(pc)[kept],
        "classes": np.array([classes[i] for i in kept]),
        "nextmove": np.array(nextmove),
        "row": np.array(row),
        "output": np.array(output),
    }


def _keep(arrays: dict[str, Any], cached: Path) -> None:
    """Write the cut model into `cached` all at once (a folder renamed into place), and drop
    the caches of older models or language sets beside it."""
    import numpy as np

    partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
    try:
        partial.mkdir(parents=True, exist_ok=True)
        for name, values in arrays.items():
            np.save(partial / f"{name}.npy", values, allow_pickle=False)
        os.replace(partial, cached)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        return
    for stale in cached.parent.glob("langid-*"):
        if stale != cached and ".partial" not in stale.name:
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)


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
