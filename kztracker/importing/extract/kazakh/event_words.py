"""Which word of a Kazakh sentence names an event: an event stem (agreements.json's and
events.json's, a word's start, «бизнес-форум» after a hyphen), a reception («... елшісін
қабылдады»), a delegation's coming («... делегациясы келді») or an official's."""

from __future__ import annotations

import re
from functools import cache

from kztracker.importing.extract.kazakh.arrivals import official_arrival
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.milestone_titles import (
    DELEGATION,
    OFFICIAL,
    RECEPTION,
    Event,
)
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import Coverage


@cache
def events() -> tuple[Event, ...]:
    listed = [*data("agreements")["events"], *data("events")["events"]]
    return tuple(Event(e["stem"], e["title"]) for e in listed)


@cache
def _any_event() -> re.Pattern[str]:
    stems = "|".join(re.escape(e.stem.split()[0]) for e in events())
    return re.compile(rf"(?<!\w)(?:{stems})", re.IGNORECASE)  # «бизнес-форум» too


def event_in(sentence: Sentence, people: Coverage | None = None) -> tuple[int, Event] | None:
    """The sentence's first event word; a person's name is none («Сапаров» is no «сапар»)."""
    received = reception(sentence)
    if received is not None:
        return received, Event(RECEPTION, data("agreements")["reception_title"])
    arrival = _arrival(sentence)
    if arrival is not None:
        return arrival, Event(DELEGATION, data("events")["arrival_title"])
    if not _any_event().search(sentence.text):
        official = official_arrival(sentence)
        if official is None:
            return None
        return official, Event(OFFICIAL, data("events")["official_arrival_title"])
    found = _event_from(sentence, 0, people)
    if found is None:
        return None
    # «жуырда басталатын халықаралық көрмеге»: a participle before the event noun it qualifies
    # («the fair that begins») leaves the event to that noun
    at, _ = found
    if sentence.tokens[at].lower.endswith(tuple(data("events")["qualifying_participles"])):
        stop, counted = at + 1, 0  # the reach counts words, not quotes or commas
        while stop < len(sentence.tokens) and counted < data("events")["qualified_reach"]:
            counted += sentence.tokens[stop].text[:1].isalnum()
            stop += 1
        after = _event_from(sentence, at + 1, people, stop)
        if after is not None and not sentence.tokens[after[0]].lower.endswith(
            tuple(data("events")["qualifying_participles"])
        ):
            return after
    return found


def _event_from(
    sentence: Sentence, first: int, people: Coverage | None, stop: int | None = None
) -> tuple[int, Event] | None:
    """The first event word from token `first` on (before `stop`)."""
    not_events = tuple(words("events", "not_events"))
    tokens = sentence.tokens
    for i in range(first, min(stop or len(tokens), len(tokens))):
        token = tokens[i]
        if people is not None and token.capitalized and people.covers(token.start):
            continue
        if token.lower.startswith(not_events):
            continue  # «Ұлттық құрылтайдың»: a body, no «құрыл» (founded)
        for event in events():
            parts = event.stem.split()
            if len(parts) == 2:
                if (
                    token.lower == parts[0]
                    and i + 1 < len(tokens)
                    and tokens[i + 1].lower.startswith(parts[1])
                ):
                    return i, event
            elif token.lower.startswith(event.stem) or _compound_of(token.lower, event.stem):
                return i, event
    return None


def reception(sentence: Sentence) -> int | None:
    """«Министр ... елшісі Мартин Форрестті қабылдады», «делегациясын қабылдады»: where the verb
    of a reception stands, the guest named just before it; «шешім қабылдады» has no guest."""
    tokens = sentence.tokens
    guests = tuple(words("agreements", "reception_guests"))
    for i, token in enumerate(tokens):
        if token.lower in words("agreements", "reception_verbs") and any(
            t.lower.startswith(guests) for t in tokens[max(0, i - 6) : i]
        ):
            return i
    return None


def _compound_of(word: str, stem: str) -> bool:
    """«бизнес-форум», «онлайн-кездесу»: the event word after a hyphen in a compound."""
    return "-" in word and word.rsplit("-", 1)[1].startswith(stem)


def _arrival(sentence: Sentence) -> int | None:
    """«... ауруханасының делегациясы келді»: a delegation's coming or going is its visit; where
    the guest word stands, with a verb of coming after it in the sentence."""
    tokens = sentence.tokens
    guests = tuple(words("events", "arrival_guests"))
    verbs = words("events", "arrival_verbs")
    for i, token in enumerate(tokens):
        if token.lower.startswith(guests) and any(t.lower in verbs for t in tokens[i + 1 :]):
            return i
    return None
