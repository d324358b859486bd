"""Extraction of a long text (a 150-page report) per MB, for each language, beside a bare floor.

A ministry user imports long PDFs too; extraction should cost the same per MB on a long text as
on an announcement (no pass over the whole text per sentence or per name). For English, Russian
and Kazakh this builds a long text at run time from the corpus's announcements in that language
(../shared/corpus, every line of the language's texts, then its lines paired anew until --size
characters, so that no line repeats; read here, never stored), extracts it once in
process after a warm-up on a short piece of it (so models and word lists are loaded before the
clock starts), and prints the time per MB (of UTF-8 text) beside two floors from the same run
on the same text:
- regex: one bare regex pass splitting it into sentences (what touching each character costs);
- split: the sentence splitting of the language's library alone where there is one (razdel for
  Russian, which the Russian rules use), else the same regex pass.
Usage: .venv/bin/python benchmarks/long_text_import.py [--size 300000] [--languages en,ru,kk]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kztracker.importing.draft import Document  # noqa: E402
from kztracker.importing.extract import extract  # noqa: E402
from kztracker.importing.extract.russian import lexicon  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _story_ends() -> re.Pattern[str]:
    """The lines that end a Russian story («Читайте также», a list of related headlines)."""
    stops = lexicon.load("boilerplate")["stop"]
    return re.compile("|".join(f"(?:{p})" for p in stops), re.IGNORECASE)


def long_text(language: str, size: int) -> str | None:
    """The corpus's lines in `language`, then again with each line joined to another one (line
    k with line k + n in the n-th copy) until `size` characters. A line repeated word for word
    is page furniture to the Russian and Kazakh rules, read once, and a Russian "read also" line
    ends the story, so plain repetition or such lines would leave most of the text unread."""
    if not CORPUS.is_dir():
        return None
    folders = sorted(p for p in CORPUS.iterdir() if p.is_dir() and p.name.startswith(language))
    texts = [p.read_text("utf-8") for f in folders for p in sorted(f.glob("*.txt"))]
    ends = _story_ends()
    lines = [
        line
        for text in texts
        for line in text.splitlines()
        if line.strip() and not (language == "ru" and ends.search(line))
    ]
    if not lines:
        return None
    parts, length, copy = ["\n".join(lines)], sum(map(len, lines)), 1
    while length < size and copy < len(lines):
        paired = "\n".join(
            f"{line} {lines[(k + copy) % len(lines)]}" for k, line in enumerate(lines)
        )
        parts.append(paired)
        length, copy = length + len(paired), copy + 1
    return "\n\n".join(parts)[:size]


def _regex_floor(text: str) -> float:
    started = time.perf_counter()
    _SENTENCE.findall(text)
    return time.perf_counter() - started


def _split_floor(language: str, text: str) -> tuple[float, str]:
    if language == "ru":
        from razdel import sentenize

        started = time.perf_counter()
        for _sentence in sentenize(text):
            pass
        return time.perf_counter() - started, "razdel"
    return _regex_floor(text), "regex"


def _extract_seconds(language: str, text: str) -> float:
    started = time.perf_counter()
    extract(Document(text, "benchmark", "txt", language=language))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=300_000, help="characters of each text")
    parser.add_argument("--languages", default="en,ru,kk")
    args = parser.parse_args()
    print(
        f"{'lang':4} {'chars':>8} {'MB':>6} {'extract s':>10} {'s per MB':>9} "
        f"{'regex s/MB':>11} {'split s/MB':>11}  times the split"
    )
    for language in args.languages.split(","):
        text = long_text(language, args.size)
        if text is None:
            print(f"{language:4} (no corpus texts at {CORPUS})")
            continue
        megabytes = len(text.encode("utf-8")) / 1e6
        _extract_seconds(language, text[:10000])  # warm-up: models and word lists load here
        seconds = _extract_seconds(language, text)
        regex = _regex_floor(text)
        split, splitter = _split_floor(language, text)
        print(
            f"{language:4} {len(text):>8} {megabytes:>6.2f} {seconds:>10.2f} "
            f"{seconds / megabytes:>9.2f} {regex / megabytes:>11.4f} "
            f"{split / megabytes:>11.4f}  {seconds / split:>8.0f} ({splitter})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
