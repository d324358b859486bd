"""A Kazakh milestone's title as a person writes it: whose event it is (the words before the
event word, an object in the genitive before a possessive head), the event word in its
nominative, and the phase of it a verb after the date tells («Құрылысты ... аяқтау»)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kztracker.importing.extract.kazakh.arrivals import arrival_title, name_end_word
from kztracker.importing.extract.kazakh.dates import month_number
from kztracker.importing.extract.kazakh.endings import case_of, genitive, strip_case
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.segment import Sentence

_TITLE_WORDS = 4  # words before the event word that say whose event it is
# The stems of events no event word names: a reception, a delegation's and an official's coming.
RECEPTION, DELEGATION, OFFICIAL = (
    data("events")["told_without_event_word"][k] for k in ("reception", "delegation", "official")
)


@cache
def reported() -> re.Pattern[str]:
    """«..., деп хабарлайды X»: what closes a reported clause, left out of its reading."""
    said, says = data("agreements")["reported"]
    return re.compile(rf",?\s*(?:[-–—]\s*)?{said}\s+\w+.*$|[-–—]\s*{says}.*$", re.IGNORECASE)


@dataclass(frozen=True)
class Event:
    stem: str
    title: str


@cache
def _year_words() -> frozenset[str]:
    """Words of a date, left out of a title: «жылдың», «айында», and the one-word relative
    dates («биылғы», «былтыр», «кеше»), which say when, not whose event it is."""
    raw = data("dates")
    relative = [w for w in (*raw["relative_years"], *raw["relative_days"]) if " " not in w.strip()]
    return frozenset([*raw["year_words"], *raw["month_words"], *relative])


def _says_when(word: str) -> bool:
    """A number, a month or a word of a date («2026», «наурыз», «айында»): when, not whose."""
    return (
        any(c.isdigit() for c in word)
        or month_number(word) is not None
        or word.casefold() in _year_words()
    )


def event_title(sentence: Sentence, found: tuple[int, Event]) -> str:
    """The milestone's title: a word that only joins or adds («мен», «бойынша», «сондай-ақ»)
    does not open it."""
    words_of_title = _title_words(sentence, found).split()
    never_first = words("events", "title_never_first")
    while len(words_of_title) > 1 and words_of_title[0].casefold() in never_first:
        words_of_title.pop(0)
    return " ".join(words_of_title)


def _title_words(sentence: Sentence, found: tuple[int, Event]) -> str:
    at, event = found
    tokens = sentence.tokens
    stops = words("agreements", "title_stops") | words("events", "title_stops")
    if event.stem == RECEPTION:  # who received whom: the words before the verb, then «кездесуі»
        told = [t.text for t in tokens[:at] if t.text[:1].isalnum() and not _says_when(t.text)]
        return " ".join([*told[-16:], event.title])
    if event.stem == OFFICIAL:  # an official's coming: who, where, then «сапары»
        return arrival_title(sentence, at, _genitive(name_end_word(sentence, at)))
    if event.stem == DELEGATION:  # whose delegation: the words before it, then «... сапары»
        reach = data("events")["arrival_title_words"]
        told = [
            t.text
            for t in tokens[:at]
            if t.text[:1].isalnum() and t.lower not in stops and not _says_when(t.text)
        ]
        return " ".join([*told[-reach:], event.title])
    # The words before the event word that say whose it is, past a date between them («Филиал
    # 2026 жылғы 1 қыркүйекте Алматыда ашылады»): the date is the milestone's, not its title.
    before_head: list[str] = []
    start = at
    while start > 0 and len(before_head) < _TITLE_WORDS and tokens[start - 1].text[:1].isalnum():
        before = tokens[start - 1]
        start -= 1
        if before.lower in stops:
            break
        if _says_when(before.text):
            continue
        before_head.insert(0, before.text)
    head = strip_case(tokens[at].text)
    if " " in event.stem or not head.casefold().rsplit("-", 1)[-1].startswith(event.title):
        head = event.title  # «ұйымдастырмақ» → «ұйымдастыру»; «сапары» stays
    # «ашылуы»: a possessive head has an owner
    owned = head.casefold().endswith(tuple(data("endings")["possessive_after_consonant"]))
    owner = _owner_in_genitive(before_head) if owned else before_head
    phase = _phase_after(sentence, at)
    whole = event.stem.startswith(tuple(words("events", "whole_events")))
    if phase is not None and not whole:  # «Құрылысты 2027 жылдың соңында аяқтау»
        title, as_written = phase
        return " ".join([*before_head, tokens[at].text if as_written else _genitive(head), title])
    if not owner:  # «2013 жылы құрылған бұл кәсіпорын»: the participle's noun is whose it is
        owner = _participle_head(sentence, at)
    if owner and head == event.title:  # «театрлар салынса»: «театрлар құрылысы», not «... құрылыс»
        head = data("events")["possessed_titles"].get(head, head)
    return " ".join([*owner, head])


def _participle_head(sentence: Sentence, at: int) -> list[str]:
    """The noun a past participle event word stands before («құрылған бұл кәсіпорын»), past a
    demonstrative, in its nominative; none when the event word is no such participle."""
    raw = data("events")
    if not sentence.tokens[at].lower.endswith(tuple(raw["participle_endings"])):
        return []
    for token in sentence.tokens[at + 1 : at + 3]:
        if token.lower in raw["participle_pointers"]:
            continue
        if not token.text[:1].isalpha():
            return []
        # «кәсіпорын» reads as an accusative in «-н», which a participle's noun never takes
        return [token.text if case_of(token.text) == "accusative" else strip_case(token.text)]
    return []


def _genitive(word: str) -> str:
    """Any word in the genitive by its last letter («құрылыс» → «құрылыстың», «станция» →
    «станцияның»), by the endings table's letter classes and harmony."""
    raw = data("endings")
    last = word.casefold()[-1:]
    vowels = raw["back_vowels"] + raw["front_vowels"]
    kind = (
        "vowel"
        if last in vowels
        else next(
            (name for name, letters in raw["classes"].items() if last in letters), "voiceless"
        )
    )
    group = next(g for g in raw["plain"] if g["case"] == "genitive" and kind in g["after"])
    back, front = group["endings"]
    harmony = next((c for c in reversed(word.casefold()) if c in vowels), "")
    return word + (back if harmony in raw["back_vowels"] else front)


def completed(sentence: Sentence, at: int) -> bool:
    """«... мемлекеттік сапары аяқталды»: a verb of completion after the event word."""
    phase = _phase_after(sentence, at)
    return phase is not None and phase[0] in data("events")["completion_titles"]


def _phase_after(sentence: Sentence, at: int) -> tuple[str, bool] | None:
    """The phase of the event a verb after it tells, past a date and the words that place it in
    the year («... 2027 жылдың соңында аяқтау жоспарлануда»): its title and whether the event
    word keeps its case (a transitive verb's object) or goes to the genitive («... аяқталуы»)."""
    raw = data("events")
    skip = _year_words() | words("events", "phase_skip")
    for token in sentence.tokens[at + 1 : at + 1 + raw["phase_reach"]]:
        lower = token.lower
        if any(c.isdigit() for c in lower) or month_number(token.text) or lower in skip:
            continue
        # the longest stem first: «аяқталады» is «аяқтал», not «аяқта»
        for phase in sorted(raw["phases"], key=lambda p: -len(p["stem"])):
            if lower.startswith(phase["stem"]):
                if phase["object"] == "none":
                    return None
                return phase["title"], phase["object"] == "as_written"
        return None
    return None


def _owner_in_genitive(words_before: list[str]) -> list[str]:
    """«зертханасын ашты» as a title: «зертханасының ашылуы», the verb's object (accusative)
    becomes whose event it is («филиалдарын ашу» keeps its object); a word whose nominative
    ends in a consonant stays."""
    if not words_before or case_of(words_before[-1]) != "accusative":
        return words_before
    stem = strip_case(words_before[-1])
    vowels = words("endings", "back_vowels", "front_vowels", "neutral_vowels")
    if stem[-1:].casefold() not in vowels:
        return words_before
    return [*words_before[:-1], genitive(stem)]


def signing_title(sentence: Sentence) -> str:
    text = reported().sub("", sentence.text).rstrip(" .")
    return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + "…"
