"""Segmenting a Russian page: paragraphs, sentences by razdel, page furniture set aside.

A saved page carries menus, tickers, share buttons, related-headline lists and paragraphs in
other languages around the story. Those lines are dropped here so later stages only read the
story; every kept sentence keeps its offsets into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from razdel import sentenize

from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.language import detect_language

_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_LETTER = re.compile(r"[^\W\d_]")
_GLUED = re.compile(r"(?<=[а-яё]{4}[.!?])(?=[А-ЯЁ][а-яё]{3})")
_LOWER_START = re.compile(r"[«\"(]?[а-яё]")  # Cyrillic: a Latin «date ...» line is a stamp
_WRAPPED_MIN_WORDS = 5  # a shorter line is a label or a headline fragment, not a wrapped one
_SHORT_LINE = 40  # letters; fewer give the language model too little to go on


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    headline: bool = False
    complete: bool = True  # False for a sentence cut off at the end of a stored excerpt


@dataclass
class Segmented:
    text: str
    sentences: list[Sentence]


@cache
def _noise() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("boilerplate")
    noise = re.compile("|".join(f"(?:{p})" for p in data["noise"]), re.IGNORECASE)
    stop = re.compile("|".join(f"(?:{p})" for p in data["stop"]), re.IGNORECASE)
    return noise, stop


@cache
def _line_prefix() -> re.Pattern[str]:
    """A date stamp opening a line («date 2025-11-05 ...», «12:45 05.11.2025 ...»)."""
    return re.compile("|".join(load("boilerplate")["line_prefixes"]), re.IGNORECASE)


def _is_menu(line: str) -> bool:
    """A short line with no sentence in it and no lower-case word: a menu item or a label."""
    words = line.split()
    limit: int = load("boilerplate")["menu_line_max_words"]
    return (
        len(words) <= limit
        and not _SENTENCE_END.search(line)
        and not any(w[:1].islower() for w in words)
        and not re.search(r"\d{4}", line)
    )


def segment(text: str) -> Segmented:
    """The story's sentences, in order, each with its paragraph number."""
    noise, stop = _noise()
    prefix = _line_prefix()
    kept: list[tuple[int, int]] = []
    offset = 0
    seen_lines: set[str] = set()
    story = False
    preamble: list[tuple[int, int]] = []
    for index, line in enumerate(_logical_lines(text)):
        start, body = offset, line.strip()
        offset += len(line)
        if not body:
            continue
        if stop.search(body):
            # A related-headlines list after the story ends it; one above the story (a
            # sidebar saved first) is only a line to skip.
            if story:
                break
            continue
        key = body.casefold()
        # A headline repeated under itself, or a ticker line, is read once.
        if (
            noise.search(body)
            or key in seen_lines
            or (index > 0 and _is_menu(body))
            or (
                # A masthead or menu line in another script («Newspaper of ...»).
                len(body.split()) < 8 and not _CYRILLIC.search(body)
            )
        ):
            continue
        seen_lines.add(key)
        size = len(body.split())
        long_line = size >= 15 or size >= 8 and bool(_SENTENCE_END.search(body))
        lead = len(line) - len(line.lstrip())
        stamp = prefix.match(body)
        if stamp:
            lead, body = lead + stamp.end(), body[stamp.end() :]
        if not story and not long_line and kept:
            # A masthead, a byline, a stamp above the story: kept aside.
            preamble.append((start + lead, start + lead + len(body)))
            continue
        if long_line and not story:
            # the lead sentences just above the first long line, set aside as a masthead
            # would be, are the story's opening («Накануне состоялась встреча ...» unstopped)
            kept += [p for p in preamble if _reads_as_sentence(text[p[0] : p[1]])]
        story = story or long_line
        kept.append((start + lead, start + lead + len(body)))
    if not story:  # a short note with no long sentence: every line of it is the story
        kept = sorted(kept + preamble)
    russian = _russian_ranges(text, kept)
    sentences: list[Sentence] = []
    russian_starts = {a for a, _b in russian}
    for paragraph, (start, end) in enumerate(kept):
        if start not in russian_starts:
            continue
        for piece in sentenize(text[start:end]):
            for a, b in _unglued(piece.text):
                sentences.append(
                    Sentence(
                        start + piece.start + a,
                        start + piece.start + b,
                        # A wrapped line's break is a space; one character for one, so the
                        # text stays aligned with its offsets.
                        re.sub(r"[\r\n]", " ", piece.text[a:b]),
                        paragraph,
                        headline=paragraph == 0,
                    )
                )
    if sentences and not _SENTENCE_END.search(sentences[-1].text):
        last = sentences[-1]
        sentences[-1] = Sentence(
            last.start, last.end, last.text, last.paragraph, last.headline, complete=False
        )
    return Segmented(text, sentences)


def _reads_as_sentence(line: str) -> bool:
    """A line of prose, not a masthead, a byline or a stamp: several words, most of them in
    lower case (data: boilerplate lead_sentence_min_words)."""
    words = line.split()
    lower = sum(w[:1].islower() for w in words)
    return len(words) >= load("boilerplate")["lead_sentence_min_words"] and lower * 2 >= len(words)


def _logical_lines(text: str) -> list[str]:
    """The text's lines, a hard-wrapped paragraph's lines joined into one (their breaks kept),
    so a sentence broken across lines is read whole, not as two sentences with half a name in
    each. A line runs on into the next when it ends no sentence and the next starts in lower
    case, or when it ends on a word that cannot end one (a preposition, a conjunction, a comma
    or a dash), whatever case the next line starts in."""
    joined: list[str] = []
    for line in text.splitlines(keepends=True):
        if joined and _runs_on(joined[-1], line):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def _runs_on(previous: str, line: str) -> bool:
    body, before = line.strip(), previous.strip()
    if not body or not before or not previous.endswith("\n") or previous.endswith("\n\n"):
        return False
    if _SENTENCE_END.search(before) or len(before.split()) < _WRAPPED_MIN_WORDS:
        return False
    noise, stop = _noise()
    prefix = _line_prefix()
    if noise.search(body) or stop.search(body) or prefix.match(body):
        return False  # a stamp, a share button or a related-headlines line starts afresh
    if _LOWER_START.match(body):
        return True
    last = before.split()[-1].casefold()
    return last[-1] in ",-–—" or last in load("boilerplate")["wrap_run_on_words"]


def _unglued(sentence: str) -> list[tuple[int, int]]:
    """«… говорится в сообщении.Межправительственное соглашение было подписано …»: two sentences
    a scrape glued together (no space after the full stop) are read apart, so the second's date
    is not the first's. A short word before the stop («г.Бишкек», «им.Абая») is no sentence."""
    cuts = [m.start() for m in _GLUED.finditer(sentence)]
    bounds = [0, *cuts, len(sentence)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def _russian_ranges(text: str, kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The kept lines that are Russian (or too short to tell): a Kazakh or English footer is not.

    Only a line with Kazakh letters or mostly Latin ones is put to the language model; a line
    of Russian letters alone is Russian, so a long text costs one model call per doubtful line.
    """
    ranges: list[tuple[int, int]] = []
    for a, b in kept:
        line = text[a:b]
        letters = _LETTER.findall(line)
        latin = sum(c.isascii() for c in letters)
        doubtful = _KAZAKH.search(line) is not None or latin * 2 > len(letters)
        if doubtful and len(letters) >= _SHORT_LINE:
            if detect_language(line) not in ("ru", None):
                continue
        ranges.append((a, b))
    return ranges
