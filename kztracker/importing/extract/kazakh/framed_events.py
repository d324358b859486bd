"""Events told inside another: a visit a document was signed during, a meeting whose scene a
sentence sets («Кездесуде ...»), and the event of its own told inside a frame («Форум аясында
платформа іске қосылды»)."""

from __future__ import annotations

from kztracker.importing.extract.kazakh.endings import case_of
from kztracker.importing.extract.kazakh.event_words import event_in, events
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.milestone_titles import (
    DELEGATION,
    OFFICIAL,
    RECEPTION,
    Event,
)
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import Coverage

_VISIT = data("events")["visit_word"]  # what a frame word names: «сапар»


def signed_during(sentence: Sentence) -> tuple[int, Event] | None:
    """«Мемлекет басшысының Моңғолияға сапары барысында ... қол қойылды», «... сапарын атап
    өтіп, оның барысында ... қол қойылған»: a visit a document was signed during (a frame word
    a few words after it, or «оның барысында» a little further) is a milestone of the signing's
    day."""
    raw = data("events")
    frames = words("agreements", "event_frames")
    kept = tuple(words("events", "framed_events_kept"))
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if not token.lower.startswith(kept):
            continue
        near = tokens[i + 1 : i + 1 + raw["frame_reach"]]
        further = tokens[i + 1 : i + 1 + raw["frame_pronoun_reach"]]
        if any(t.lower in frames for t in near) or any(
            t.lower in frames and k and further[k - 1].lower in raw["frame_pronouns"]
            for k, t in enumerate(further)
        ):
            return i, next(e for e in events() if token.lower.startswith(e.stem))
    return None


def framed_arrival(sentence: Sentence, found: tuple[int, Event]) -> bool:
    """«Сапар барысында делегация ... барды»: a delegation's going inside a told visit is
    where it went on that visit, no visit of its own."""
    frames = words("agreements", "event_frames")
    return found[1].stem in (DELEGATION, OFFICIAL) and any(
        t.lower in frames for t in sentence.tokens[: found[0]]
    )


def told_key(event: Event) -> str:
    """The event a frame word names: a delegation's or an official's coming is a «сапар»."""
    return _VISIT if event.stem in (DELEGATION, OFFICIAL) else event.title


def inside_frame(sentence: Sentence, at: int, people: Coverage) -> tuple[int, Event] | None:
    """The event word after the frame at `at` («Сапар аясында ... сауда үйі ашылды»), in the
    sentence's tokens; None when only the frame names one or a delegation's coming is all."""
    later = sentence.tokens[at + 1 :]
    if not later:
        return None
    text = sentence.text[later[0].start - sentence.start :]
    part = Sentence(later[0].start, sentence.end, text, sentence.paragraph, later)
    found = event_in(part, people)
    if found is None or found[1].stem in (DELEGATION, OFFICIAL, RECEPTION):
        return None
    return at + 1 + found[0], found[1]


def within_told_event(sentence: Sentence, at: int) -> bool:
    """«Кездесуде ...», «Кездесу барысында ...», «Сапар аясында ...»: the event word sets the
    scene of what follows (locative, or a frame word after it); it names no new event."""
    tokens = sentence.tokens
    frames = words("agreements", "event_frames")
    following = tokens[at + 1].lower if at + 1 < len(tokens) else ""
    return case_of(tokens[at].text) == "locative" or following in frames
