"""Focus areas: the fields a text's agreements and cooperation are about, and which memorandum
each belongs to.

A stage run on the Draft a language's rules made. It finds the fields for every language that
keeps a `<language>/data/focus_fields.json` (English finds its own in english/focus_areas.py),
and links them to the memoranda for every language. A list of
fields follows a lead («в области A и B», «по направлениям A, B»), comes before a trailing
word («A, B және C салаларында») or shares one head noun («о военно-техническом и образовательном
сотрудничестве»); the list is split at its separators, each item put in its
normal form (the Russian nominative), and items that name no particular field dropped. A
memorandum gets the fields of its own paragraphs, or all of them when it is the text's only one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Any

from kztracker.importing.draft import Draft, DraftFocusArea, Span
from kztracker.importing.extract.languages import language_data
from kztracker.normalize import fold_lookalikes, name_key

_SENTENCE_END = re.compile(r"[.!?…]+(?=\s)|\n")
_PARAGRAPH_END = re.compile(r"\n\s*\n|\n(?=\S)")


@dataclass(frozen=True)
class _Wording:
    leads: re.Pattern[str] | None
    trails: re.Pattern[str] | None
    item_end: re.Pattern[str]
    separators: re.Pattern[str]
    shares_complement: re.Pattern[str] | None
    adjective: re.Pattern[str] | None
    trims: re.Pattern[str] | None
    list_start: re.Pattern[str] | None
    one_item_before: re.Pattern[str] | None
    lone_adjective: re.Pattern[str] | None
    stop_words: frozenset[str]
    generic: frozenset[str]
    vague_first: frozenset[str]
    never_first: frozenset[str]
    never_last: frozenset[str]
    shared_heads: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    max_words: int
    first_item_words: int


def _either(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _optional(data: dict[str, Any], key: str) -> re.Pattern[str] | None:
    return re.compile(data[key], re.IGNORECASE) if key in data else None


@cache
def _wording(language: str) -> _Wording | None:
    data = language_data(language, "focus_fields")
    if data is None:
        return None
    return _Wording(
        leads=_either(data.get("leads", [])),
        trails=_either(data.get("trails", [])),
        item_end=re.compile(data["item_end"], re.IGNORECASE),
        separators=re.compile(data["separators"], re.IGNORECASE),
        shares_complement=_optional(data, "shares_complement"),
        adjective=_optional(data, "adjective"),
        trims=_either(data.get("trims", [])),
        list_start=_either(data.get("list_start", [])),
        one_item_before=_optional(data, "one_item_before"),
        lone_adjective=_optional(data, "lone_adjective"),
        stop_words=frozenset(w.casefold() for w in data.get("stop_words", [])),
        generic=frozenset(w.casefold() for w in data["generic"]),
        vague_first=frozenset(w.casefold() for w in data.get("vague_first_words", [])),
        never_first=frozenset(w.casefold() for w in data.get("never_first", [])),
        never_last=frozenset(w.casefold() for w in data.get("never_last", [])),
        shared_heads=tuple(
            (re.compile(h["pattern"], re.IGNORECASE), re.compile(h["separators"]))
            for h in data.get("shared_heads", [])
        ),
        max_words=int(data.get("max_words", 6)),
        first_item_words=int(data.get("first_item_words", 3)),
    )


def complete_focus_areas(draft: Draft, normal_form: Callable[[str], str] | None = None) -> None:
    """Fill `draft.focus_areas` when its language keeps the wording and its rules found none
    (`normal_form` puts one item in its dictionary form), then give each memorandum its own."""
    wording = _wording(draft.document.language or "")
    if wording is not None and not draft.focus_areas:
        draft.focus_areas = _found_areas(draft, wording, normal_form)
    _link_to_memoranda(draft)


def _found_areas(
    draft: Draft, wording: _Wording, normal_form: Callable[[str], str] | None
) -> list[DraftFocusArea]:
    found: dict[str, DraftFocusArea] = {}
    text = fold_lookalikes(draft.document.text)  # a Latin «e» in a Cyrillic word; same offsets
    for start, end in _story_sentences(draft):
        for item, at, stop in _items(text[start:end], wording):
            if _cut_by_excerpt_end(text, start + stop):
                continue
            name = normal_form(item) if normal_form else item
            if not name or not _names_a_field(name, wording):
                continue
            name = _capitalized(name)
            area = found.setdefault(name_key(name), DraftFocusArea(name=name))
            area.spans.append(Span(start + at, start + stop))
    return list(found.values())


def _cut_by_excerpt_end(text: str, stop: int) -> bool:
    """Whether an item ends where a saved excerpt stops mid-sentence («... в области сельско»):
    its last word may be cut, so it names no field one can trust."""
    kept = text.rstrip()
    return stop >= len(kept) and kept[-1:].isalnum()


def _story_sentences(draft: Draft) -> Iterator[tuple[int, int]]:
    """The sentences between the first and the last thing the rules found: menus above the
    story and related headlines below it name no field of this story's agreements."""
    spans = [
        span
        for items in (draft.organizations, draft.people, draft.memoranda, draft.milestones)
        for item in items
        for span in item.spans
    ]
    if not spans:
        return
    text = draft.document.text
    first = text.rfind("\n", 0, min(s.start for s in spans)) + 1
    last = text.find("\n", max(s.end for s in spans))
    last = len(text) if last < 0 else last
    start = first
    for stop in _SENTENCE_END.finditer(text, first, last):
        if stop.start() > start:
            yield start, stop.start()
        start = stop.end()
    if start < last:
        yield start, last


def _items(sentence: str, wording: _Wording) -> Iterator[tuple[str, int, int]]:
    """(item, start, end in the sentence) for every field a lead, a trailing word or a shared
    head names."""
    for item, at in chain(_after_leads(sentence, wording), _before_trails(sentence, wording)):
        yield item, at, at + len(item)
    for pattern, separators in wording.shared_heads:
        for match in pattern.finditer(sentence):
            head = match.group(2)
            for modifier in separators.split(match.group(1)):
                at = match.start(1) + match.group(1).find(modifier)
                yield f"{modifier} {head}", at, match.end(2)


def _after_leads(sentence: str, wording: _Wording) -> Iterator[tuple[str, int]]:
    for lead in wording.leads.finditer(sentence) if wording.leads else ():
        yield from _split(sentence, lead.end(), _list_end(sentence, lead.end(), wording), wording)


def _before_trails(sentence: str, wording: _Wording) -> Iterator[tuple[str, int]]:
    for trail in wording.trails.finditer(sentence) if wording.trails else ():
        single = wording.one_item_before is not None and bool(
            wording.one_item_before.fullmatch(trail.group().split()[-1])
        )
        yield from _before(sentence, trail.start(), wording, single)


def _list_end(sentence: str, start: int, wording: _Wording) -> int:
    """Where a list after a lead ends; never inside a quoted name («автодороги «Центр – Запад»»)."""
    at = start
    while True:
        end = wording.item_end.search(sentence, at)
        stop = end.start() if end else len(sentence)
        body = sentence[start:stop]
        closing = sentence.find("»", stop)
        if body.count("«") <= body.count("»") or closing < 0:
            return stop
        at = closing + 1


def _split(sentence: str, start: int, end: int, wording: _Wording) -> Iterator[tuple[str, int]]:
    pieces: list[tuple[int, int, str]] = []  # start, end, the separator after it
    at = start
    for separator in [*wording.separators.finditer(sentence, start, end), None]:
        stop = separator.start() if separator else end
        pieces.append((at, stop, separator.group() if separator else ""))
        if separator is None:
            break
        at = separator.end()
    n = 0
    while n < len(pieces):
        at, stop, joiner = pieces[n]
        if (
            n + 1 < len(pieces)
            and wording.shares_complement is not None
            and wording.shares_complement.fullmatch(joiner)
            and len(sentence[at:stop].split()) == 1
            and _shares_its_complement(sentence[pieces[n + 1][0] : pieces[n + 1][1]], wording)
        ):
            # «производства и переработки продукции»: one field, its two nouns share the rest
            stop = pieces[n + 1][1]
            n += 1
        item, offset = _trimmed(sentence[at:stop], wording)
        if item:
            yield item, at + offset
        n += 1


def _shares_its_complement(item: str, wording: _Wording) -> bool:
    """«переработки растениеводческой продукции» has a complement the noun before it shares;
    «водных ресурсов» opens with an adjective and is a field of its own."""
    words = item.split()
    return len(words) > 1 and not (
        wording.adjective is not None and wording.adjective.fullmatch(words[0])
    )


def _trimmed(item: str, wording: _Wording) -> tuple[str, int]:
    offset = len(item) - len(item.lstrip(" ,\"'"))
    item = item.strip(" ,\"'")
    if item.count("«") != item.count("»"):  # a quote the list cut open
        offset += len(item) - len(item.lstrip("«"))
        item = item.strip("«»")
    if wording.trims is not None:
        trim = wording.trims.match(item)
        if trim:
            offset += trim.end()
            item = item[trim.end() :]
    return item.strip(" ,"), offset


def _before(
    sentence: str, end: int, wording: _Wording, single: bool = False
) -> Iterator[tuple[str, int]]:
    """The items of a list that ends where a trailing word starts, walked back word by word:
    a separator closes an item; a capital, a stop word or a word in a case of its own (data:
    list_start) ends the list, and the first item reaches back `first_item_words` at most.
    Before a `single` trail («... саласындағы компаниялар») a comma lists things, not fields:
    only the item next to the trail is its field."""
    words = list(re.finditer(r"[\w-]+|,", sentence[:end]))
    items: list[tuple[str, int]] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        if current:
            start, stop = current[-1].start(), current[0].end()
            items.append((sentence[start:stop], start))
            current.clear()

    for word in reversed(words):
        token = word.group()
        # the separators are written for running text («A и B»): a lone word gets its spaces
        if token == "," or wording.separators.fullmatch(f" {token} "):
            if not current:
                break
            close()
            if single and token == ",":
                del items[1:]
                break
            continue
        if (
            token[:1].isupper()
            or token.casefold() in wording.stop_words
            or (wording.list_start is not None and wording.list_start.fullmatch(token))
            or len(current) >= wording.first_item_words
        ):
            break
        current.append(word)
    close()
    yield from reversed(items)


def _names_a_field(name: str, wording: _Wording) -> bool:
    words = name.split()
    bare = name.lstrip('«"')
    counted = len(re.findall(r"[\w-]+", name))  # «Центр – Запад»: the dash is no word
    if not 1 <= counted <= wording.max_words or len(bare) < 3 or not bare[:1].isalpha():
        return False
    if name.casefold() in wording.generic or words[0].casefold() in wording.vague_first:
        return False
    if words[0].casefold() in wording.never_first or words[-1].casefold() in wording.never_last:
        return False
    if len(words) == 1 and wording.lone_adjective and wording.lone_adjective.fullmatch(name):
        return False
    # a field is written in lower case; a capital opens a name or a place
    return not bare[:1].isupper() or bare.isupper()


def _link_to_memoranda(draft: Draft) -> None:
    """A text's only memorandum is about all its fields; of several, each is about the fields
    named in its own paragraphs."""
    if len(draft.memoranda) == 1:
        draft.memoranda[0].focus_areas = [a.name for a in draft.focus_areas]
        return
    paragraphs = _paragraphs(draft.document.text)
    for memo in draft.memoranda:
        own = {_paragraph_of(paragraphs, s.start) for s in memo.spans}
        memo.focus_areas = [
            a.name
            for a in draft.focus_areas
            if any(_paragraph_of(paragraphs, s.start) in own for s in a.spans)
        ]


def _paragraphs(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH_END.finditer(text)]


def _paragraph_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _capitalized(name: str) -> str:
    quote = len(name) - len(name.lstrip('«"'))
    return name[:quote] + name[quote : quote + 1].upper() + name[quote + 1 :]
