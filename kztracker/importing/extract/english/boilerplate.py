"""Site furniture around an article: navigation, promotions, newsletter prompts, credits.

Works on lines, since saved pages and copied text put each block on its own line. What is
dropped yields nothing; what follows "Previous / Next" or "Read next" near the end is the
site's list of other stories and is dropped whole.
"""

from __future__ import annotations

import re

from kztracker.importing.draft import Span
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "boilerplate")


def _lines(key: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(_DATA[key]) + r")\W*$", re.IGNORECASE)


_NAVIGATION = _lines("navigation")
# After one of these near the end, the page lists other stories.
_CUT = _lines("cut")
_INLINE = _lines("inline")
# "Read also: Kazakhstan and X sign ...; Y opens ...": the marker and its headlines on one line.
_INLINE_LEAD = re.compile(r"^(?:" + "|".join(_DATA["inline"]) + r")\s*:\s*\S", re.IGNORECASE)
_PROMOTION = re.compile("|".join(_DATA["promotion"]), re.IGNORECASE)
_MENU = re.compile(
    r"^(?:[A-Z][\w&’'-]*\s+){" + str(_DATA["menu_length"] - 1) + r",}[A-Z][\w&’'-]*$"
)
_MENU_WORDS = frozenset(_DATA["menu_words"])
_SMALL = re.compile(r"\b(?:" + "|".join(_DATA["menu_small_words"]) + r")\b", re.IGNORECASE)
# Another story listed with its date: "06.11.2025 Students win the olympiad", "Title 9 May 2025".
_DATE = r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)"
_LISTED = re.compile(
    r"^(?:" + _DATE + r",?(?:\s+\d{1,2}:\d\d)?\s+[A-Z\d\"“][^.!?]*[^.!?:\s]"
    r"|[A-Z\d\"“][^.!?]*\s+" + _DATE + r")$"
)
_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"^(?:[-–—•*·]|\d{1,2}[.)])\s*")
_DANGLING = re.compile(r"\s(?:" + "|".join(_DATA["dangling"]) + r")\s*$", re.IGNORECASE)


def content_paragraphs(text: str) -> list[Span]:
    """The lines of `text` that belong to the article, as spans."""
    lines = [Span(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    keep = [True] * len(lines)
    for index, span in enumerate(lines):
        line = text[span.start : span.end].strip()
        if _CUT.match(line) and span.start > len(text) * 0.5:
            for later in range(index, len(lines)):
                keep[later] = False
            break
        if _INLINE.match(line):
            keep[index] = False  # "Read also" inside the article: its headlines go too
            later = index + 1
            while later < min(len(lines), index + 1 + _DATA["inline_headlines"]) and _is_heading(
                text, lines[later]
            ):
                keep[later] = False
                later += 1
        elif _INLINE_LEAD.match(line):
            keep[index] = False
        elif _NAVIGATION.match(line) or _is_menu(line):
            keep[index] = False
        elif _LISTED.match(line) and 5 <= len(line.split()) <= 16 and index > 1:
            keep[index] = False
        elif _PROMOTION.search(line) and len(line.split()) <= _DATA["promotion_words"]:
            keep[index] = False
            # The promotion's own heading ("Innovation Awards 2026") goes with it.
            if (
                index
                and _is_heading(text, lines[index - 1])
                and _shares_name(text[lines[index - 1].start : lines[index - 1].end], line)
            ):
                keep[index - 1] = False
    _drop_trailing_links(text, lines, keep)
    return _rejoined(text, [span for span, kept in zip(lines, keep, strict=True) if kept])


def _drop_trailing_links(text: str, lines: list[Span], keep: list[bool]) -> None:
    """Short lines without a full stop that end the page after the story's last sentence are
    the site's links (other stories, its bodies in a footer), not a list the story gives: a list
    of the story's own is opened by a colon, or its items by a bullet or a number."""
    kept = [n for n, k in enumerate(keep) if k]
    run: list[int] = []
    for n in reversed(kept):
        line = text[lines[n].start : lines[n].end].strip()
        if not _is_heading(text, lines[n]) or _BULLET.match(line):
            break
        run.append(n)
    if len(run) < _DATA["trailing_links"] or len(run) == len(kept):
        return
    before = text[lines[kept[len(kept) - len(run) - 1]].start : lines[run[-1]].start].strip()
    if lines[run[-1]].start > len(text) * 0.5 and before.endswith((".", "!", "?", "”", '"')):
        for n in run:
            keep[n] = False


def _rejoined(text: str, spans: list[Span]) -> list[Span]:
    """A line cut after "and the" goes on in the next line: one paragraph, so the sentence
    that names both sides ("between X and the / Y University is signed") stays whole."""
    joined: list[Span] = []
    for span in spans:
        if joined and _DANGLING.search(text[joined[-1].start : joined[-1].end]):
            joined[-1] = Span(joined[-1].start, span.end)
        else:
            joined.append(span)
    return joined


def _is_heading(text: str, span: Span) -> bool:
    line = text[span.start : span.end].strip()
    return len(line.split()) <= 12 and not line.endswith((".", "!", "?", ":"))


def _shares_name(heading: str, line: str) -> bool:
    words = {w for w in re.findall(r"[A-Z][\w]+", heading) if len(w) > 3}
    return len([w for w in words if w in line]) >= min(2, len(words)) and bool(words)


def _is_menu(line: str) -> bool:
    return bool(
        _MENU.match(line)
        and not line.isupper()
        and not _SMALL.search(line)
        and _MENU_WORDS & {w.casefold() for w in line.split()}
    )
