"""Which words of a sentence name an event of its own.

An event noun or verb (by lemma), a reception or an approval is an event unless it is what a
document is about, the forum a document was signed at, a word inside an organization's name, a
point of time, a result, a figure of speech, speech quoted, the object of the event noun before
it, or a frame («в рамках конференции») the story already told.
"""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.clauses import agreed_about, is_agreement, subject_range
from kztracker.importing.extract.russian.dates import month_word
from kztracker.importing.extract.russian.event_kinds import (
    aimless,
    approves,
    ceremony_of_nothing,
    dated_in,
    figurative,
    quoted_speech,
    said_how,
    told_before,
)
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.framed_days import framed_visit, framing, told_frame
from kztracker.importing.extract.russian.lexicon import AND_WORD, words
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.story_state import EventSentence, Story
from kztracker.importing.extract.russian.tokens import Token


def event_words(
    sentence: EventSentence,
    agreements: list[Agreement],
    organizations: list[tuple[Range, str]],
    story: Story,
) -> tuple[list[int], PartialDate | None]:
    """The token indexes of the sentence's events, and the day of a frame the story told before
    (None when none), which is no new event but may date the sentence. `agreements`: the
    documents found in this sentence; `organizations`: its organizations' spans and names."""
    tokens = sentence.tokens
    about = _documents_about(tokens, agreements)
    signs = any(not a.planned for a in agreements)
    triggers = [
        i
        for i in range(len(tokens))
        if _names_event(tokens, i, story.labels)
        and not _inside_other_words(sentence, i, about, signs, organizations, story.labels)
        and not _no_event_here(sentence, i)
    ]
    triggers = [
        i
        for n, i in enumerate(triggers)
        if not (n and (_governed(tokens, triggers[n - 1], i) or said_how(tokens, triggers, n)))
    ]
    # «В рамках конференции состоялся запуск ...»: a frame told before is no new event
    if signs:
        return triggers, None
    triggers, frame_day, _framed = told_frame(tokens, triggers, story.labels, story.events)
    return triggers, frame_day


def _documents_about(tokens: list[Token], agreements: list[Agreement]) -> list[Range]:
    """The spans of what the sentence's documents are about: each agreement noun's subject, and
    what the sides agreed about when the sentence holds a document."""
    about = [subject_range(tokens, i) for i in range(len(tokens)) if is_agreement(tokens, i)]
    if agreements:
        about += [r for r in [agreed_about(tokens)] if r is not None]
    return about


def _names_event(tokens: list[Token], i: int, labels: dict[str, str]) -> bool:
    """An event word by its lemma, a reception of a guest, or an approval."""
    return tokens[i].lemma in labels or _receives(tokens, i) or approves(tokens, i)


def _inside_other_words(
    sentence: EventSentence,
    i: int,
    about: list[Range],
    signs: bool,
    organizations: list[tuple[Range, str]],
    labels: dict[str, str],
) -> bool:
    """An event word that belongs to something else in the sentence: a document's subject, the
    forum a document is signed at, an organization's name."""
    tokens = sentence.tokens
    # «соглашение о реализации проектов»: what a document is about is not an event, nor the
    # forum a document was signed «в рамках» or «на полях» of.
    return (
        any(a <= i < b and not dated_in(sentence.mentions, (i, b), sentence.told) for a, b in about)
        or (signs and framing(tokens, i) and not framed_visit(tokens, i, labels))
        or any(a < i < b for (a, b), _n in organizations)
    )


def _no_event_here(sentence: EventSentence, i: int) -> bool:
    """An event word used for something other than an event: a point of time, a result, an aim,
    a ceremony of nothing, a figure of speech, an event told before, speech quoted."""
    tokens, t = sentence.tokens, sentence.tokens[i]
    return (
        _time_phrase(tokens, i)
        or t.is_pos("GRND")  # «..., достигнув 2,7 млн тонн»: a result, no event
        or aimless(tokens, i)
        or ceremony_of_nothing(tokens, i)
        or figurative(tokens, i)
        or told_before(tokens, i)
        or quoted_speech(sentence.text, t.start - sentence.offset)
    )


def _governed(tokens: list[Token], head: int, i: int) -> bool:
    """«Начало строительства завода», «о реализации ... второго этапа строительства»: an event
    noun in the genitive inside the phrase of the event noun before it is that event's object,
    no event of its own (no verb, conjunction or stop between them)."""
    between = tokens[head + 1 : i]
    return (
        tokens[head].is_pos("NOUN")
        and tokens[i].is_pos("NOUN")
        and "gent" in tokens[i].cases("NOUN")
        and len(between) <= 8
        and not any(t.is_verb or t.is_pos("CONJ") or t.text in ",.;:!?—–()" for t in between)
    )


def _receives(tokens: list[Token], i: int) -> bool:
    """«Министр принял посла Италии», «принял делегацию»: a reception, not a document adopted."""
    if tokens[i].lemma not in words("lexicon", "reception_verbs"):
        return False
    k = i + 1  # «принял Чрезвычайного и Полномочного Посла»: past the title's modifiers
    while k < min(len(tokens) - 1, i + 5) and (
        tokens[k].lemma in words("lexicon", "title_modifiers") or tokens[k].text == AND_WORD
    ):
        k += 1
    return k < len(tokens) and (
        tokens[k].lemma in words("lexicon", "title_heads")
        or tokens[k].lemma in words("lexicon", "reception_objects")
    )


def _time_phrase(tokens: list[Token], trigger: int) -> bool:
    """«с начала нынешнего года», «в конце месяца», «в начале апреля 2024 года»: a point of
    time, not an event."""
    times = words("lexicon", "time_nouns")
    return any(t.lemma in times for t in tokens[trigger + 1 : trigger + 3]) or (
        trigger + 1 < len(tokens) and month_word(tokens[trigger + 1].text)
    )
