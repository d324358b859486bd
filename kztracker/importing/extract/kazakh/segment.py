"""Segment: the page's lines sorted into story paragraphs and sentences, noise set aside.

A saved news page carries its menus, tickers, bylines, repeated headlines and calls to follow
the outlet; a Russian or English footer is not the story either. What is left is split into
sentences by a regex that knows the abbreviations whose full stop ends nothing (ҚР., т.б., ж.)
and initials (Е.А. Бөкетов). Every value keeps its offsets into the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from kztracker.importing.draft import Span
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.kazakh.lexicon import data
from kztracker.importing.language import paragraph_languages

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…]+[»”\")]*(?=\s|$)")
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_TOKEN = re.compile(
    rf"(?:[{_UPPER}]\.){{1,3}}(?=\s*[{_UPPER}])"  # initials: «Е.А. Бөкетов»
    r"|[^\W_](?:[\w’'-]|\.(?=[^\W_]))*"  # words, «вице-министрі», «BAQ.KZ»
    r"|[«»\"“”(),;:–—]"
)
_HEADLINE_WORDS = 25
_STEM_LETTERS = 5  # «ӨЗБЕКСТАННЫҢ» is the «Өзбекстан» of the body when the first five agree
# «https://www.youtube.com/watch?v=...Қытайда ...»: an embedded video's address glued to the line
_LEADING_ADDRESS = re.compile(r"\s*https?://[\x21-\x7e]+")
# three words in capitals or more opening a sentence, the last maybe glued to a mixed-case one
_SHOUTED_LEAD = re.compile(
    rf"(?:[{_UPPER}][{_UPPER}-]+\s+){{2,}}[{_UPPER}][{_UPPER}-]+(?![{_UPPER}]*\d)"
)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zа-яёәғқңөұүһі][\w-]{2,}")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def lower(self) -> str:
        return self.text.casefold()


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    headline: bool = False

    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Article:
    """The story's paragraphs and sentences, and the date-stamp lines found among the noise."""

    text: str
    paragraphs: list[Span]
    sentences: list[Sentence]
    headline: str | None
    stamps: list[Span]  # lines that carry the page's date stamp


@dataclass(frozen=True)
class _Rules:
    related: re.Pattern[str]
    noise: tuple[re.Pattern[str], ...]
    abbreviations: frozenset[str]
    min_words: int
    feed_time: re.Pattern[str]


@cache
def _rules() -> _Rules:
    raw = data("segment")
    return _Rules(
        re.compile("|".join(raw["related_markers"]), re.IGNORECASE),
        tuple(re.compile(p, re.IGNORECASE) for p in raw["noise_lines"]),
        frozenset(a.casefold() for a in raw["abbreviations"]),
        int(raw["min_words"]),
        re.compile(raw["feed_time"]),
    )


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def is_noise(line: str, headline: bool = False) -> bool:
    """A menu item, ticker, byline, weather or currency line, call to follow, "None None"."""
    rules = _rules()
    if any(p.search(line) for p in rules.noise):
        return True
    words = [t for t in tokenize(line) if t.text[:1].isalpha()]
    if headline:
        return len(words) < 2
    # A story line holds lower-case words; a ticker or a byline holds names and figures only.
    return len(words) < rules.min_words or not _LOWER_WORD.search(line)


def _reads_as_headline(line: str) -> bool:
    """A short line without a sentence's full stop; a page without a headline opens with its
    first sentence instead."""
    line = line.strip()
    return len(line.split()) <= _HEADLINE_WORDS and not line.endswith((".", "!", "?", "…"))


def segment(text: str, stamp: Callable[[str], int]) -> Article:
    """The article of `text`: `stamp` tells where a date stamp opening a line ends (0: none)."""
    foreign = [
        Span(start, end)
        for start, end, language in paragraph_languages(text, "kk")
        if language not in (None, "kk")
    ]
    paragraphs: list[Span] = []
    stamps: list[Span] = []
    seen: set[str] = set()
    headline: str | None = None
    first = True  # the first line kept: the headline when it reads as one
    related = False  # inside a list of other stories' headlines
    lines = list(_LINE.finditer(text))
    feed = _feed_items(lines)
    for n, match in enumerate(lines):
        start, end = match.start(), match.end()
        line = match.group()
        if n in feed:
            continue
        if _rules().related.search(line):
            related = True
            continue
        if related and not _SENTENCE_END.search(line.rstrip()[-2:] or " "):
            continue
        related = False
        at_stamp = stamp(line)
        if at_stamp:
            stamps.append(Span(start, start + at_stamp))
            start += at_stamp
            line = text[start:end]
        address = _LEADING_ADDRESS.match(line)
        if address and address.end() < len(line):
            start += address.end()
            line = text[start:end]
        key = " ".join(line.casefold().split())
        if not key or key in seen:
            continue
        is_head = first and not at_stamp
        if any(f.start <= start < f.end for f in foreign) and not is_head:
            continue
        if is_noise(line, headline=is_head):
            continue
        seen.add(key)
        lead = len(line) - len(line.lstrip())
        paragraphs.append(Span(start + lead, end))
        if is_head and _reads_as_headline(line):
            headline = line.strip()
        first = False
    sentences: list[Sentence] = []
    named = _capitalised_words(text)
    for index, paragraph in enumerate(paragraphs):
        for sentence in split_sentences(text, paragraph, index, named):
            sentence.headline = index == 0 and headline is not None
            sentences.append(sentence)
    return Article(text, paragraphs, sentences, headline, stamps)


def _feed_items(lines: list[re.Match[str]]) -> set[int]:
    """A feed of other stories: headlines (no full stop) each with its clock time on the next
    line («12:45»), two or more in a row; a lone time after the page's headline is its own."""
    time = _rules().feed_time
    kept = [n for n, m in enumerate(lines) if m.group().strip()]
    timed = [
        n
        for n, after in zip(kept, kept[1:], strict=False)
        if time.fullmatch(lines[after].group().strip())
        and not time.fullmatch(lines[n].group().strip())
        and not _SENTENCE_END.search(lines[n].group().rstrip()[-2:] or " ")
    ]
    position = {n: k for k, n in enumerate(kept)}
    return {n for n in timed if any(abs(position[n] - position[m]) == 2 for m in timed)}


def _capitalised_words(text: str) -> frozenset[str]:
    """The words the text writes with a capital inside mixed-case lines (case-folded): a line in
    capitals keeps only these as names."""
    return frozenset(
        t.lower
        for line in _LINE.findall(text)
        if not line.isupper()
        for t in tokenize(line)[1:]
        if t.capitalized and t.text[:1].isalpha()
    )


def _sentence_case(piece: str, named: frozenset[str]) -> str:
    """«ТҮРКІСТАН ОБЛЫСЫ ӨЗБЕКСТАННЫҢ ҮШ ОБЛЫСЫМЕН ...» → «Түркістан облысы Өзбекстанның үш
    облысымен ...»: a word keeps its capital when the text writes it (or a form sharing its
    first letters) with one elsewhere; Roman numerals and known acronyms stay as they are."""
    stem = _STEM_LETTERS
    prefixes = {w[:stem] for w in named if len(w) >= stem}
    acronyms = {a.casefold() for a in data("segment")["caps_kept"]}

    def one(match: re.Match[str]) -> str:
        word = match.group()
        folded = word.casefold()
        if folded in acronyms or re.fullmatch(r"[IVXLC]+", word):
            return word
        if folded in named or (len(folded) >= stem and folded[:stem] in prefixes):
            return word.capitalize()
        return word.lower()

    cased = re.sub(r"[^\W\d_][\w-]*", one, piece)
    return upper_first(cased)


def split_sentences(
    text: str, paragraph: Span, index: int, named: frozenset[str] = frozenset()
) -> list[Sentence]:
    body = text[paragraph.start : paragraph.end]
    abbreviations = _rules().abbreviations
    bounds = []
    start = 0
    for match in _SENTENCE_END.finditer(body):
        before = body[start : match.start()].rsplit(None, 1)
        last = before[-1].casefold().lstrip("(«") if before else ""
        if (
            match.group().startswith(".")
            and (
                last in abbreviations
                or (len(last) == 1 and last.isalpha())
                or re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", last)  # «Н.О. Дулатбеков», «т.б.»
                or body[match.end() :].lstrip()[:1].islower()
            )
        ):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(body):
        bounds.append((start, len(body)))
    result = []
    for s, e in bounds:
        piece = body[s:e]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            if piece.isupper():  # a headline in capitals: only the text's own names keep one
                piece = _sentence_case(piece, named)
            elif shouted := _SHOUTED_LEAD.match(piece):
                # «ЕЛШІ ӨҢІРГЕ КЕЛДІКеше ...»: a headline in capitals glued to the story's first
                # sentence is still a headline's words, no run of acronyms
                lead_words = shouted.group()
                piece = _sentence_case(lead_words, named) + piece[len(lead_words) :]
            at = paragraph.start + s + lead
            result.append(Sentence(at, at + len(piece), piece, index, tokenize(piece, at)))
    return result
