"""What a story's earlier sentences tell a later one about its events and days, and each sentence
read against it.

Sentences are read in order: a paragraph's own dateline («Астана. 28 января.») dates the
paragraph after it, the year the story last wrote out completes «9 августа», the last day told
is the day of «в тот же день», and the events told so far let «в рамках форума» name a frame
instead of a new event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone
from kztracker.importing.extract.russian.dates import DateMention, date_only, dates_in
from kztracker.importing.extract.russian.event_kinds import unresolved_relative
from kztracker.importing.extract.russian.framed_days import events_told
from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.tokens import Token


def event_labels() -> dict[str, str]:
    """The event words by lemma, each with the label of its event: the lexicon's, and those
    events.json adds («сессия», «консультации»)."""
    return {
        **load("lexicon")["milestone_lemmas"],
        **load("events")["event_lemmas"],
    }


@dataclass
class Story:
    """What the sentences read so far tell the next one."""

    labels: dict[str, str]  # the event words by lemma, with their event's label
    stamp: DateMention | None = None  # «Астана. 28 января.»: a paragraph's own dateline
    placed: bool = False  # the stamp names a place
    seen_story: bool = False  # a sentence past the headlines was read
    last_dated: DateMention | None = None  # the story's last day told, for «в тот же день»
    story_year: int | None = None  # the year the story last wrote out, for «9 августа»
    # the events told so far, for «в рамках ...»
    events: dict[str, PartialDate | None] = field(default_factory=dict)
    told_in: tuple[list[Token], int] | None = None  # the last sentence read, and its first event


@dataclass
class EventSentence:
    """One sentence read for its events, with the days the story before it lends it."""

    mentions: SentenceMentions
    told: list[DateMention]  # the days, months and years it tells (no periods)
    unresolved: bool  # it tells a relative date nothing resolved («в ноябре прошлого года»)
    previous: DateMention | None  # the placed dateline of the paragraph it opens
    earlier: DateMention | None  # the story's last day told before it
    lead: bool  # the story's first sentence past its headlines
    triggers: list[int] = field(default_factory=list)  # its event words, by token index
    # the days of the documents signed in it, with where each document's name starts
    signings: set[tuple[PartialDate, int]] = field(default_factory=set)

    @property
    def tokens(self) -> list[Token]:
        return self.mentions.tokens

    @property
    def text(self) -> str:
        return self.mentions.sentence.text

    @property
    def offset(self) -> int:
        """Where the sentence starts in the text; its dates count from there, its tokens not."""
        return self.mentions.sentence.start


def remember_told(story: Story, found: list[DraftMilestone]) -> None:
    """Add the events the last sentence read told to those the story told, each with the day of
    the sentence's first milestone, so that a later «в рамках ...» of one is its frame."""
    if story.told_in is not None:
        tokens, first = story.told_in
        added = found[first:]
        day = added[0].date if added else None
        for label, said in events_told(tokens, story.labels, day).items():
            story.events[label] = said or story.events.get(label)
    story.told_in = None


def read_sentence(
    story: Story,
    sentences: list[SentenceMentions],
    mentions: SentenceMentions,
    reference: PartialDate | None,
    found_so_far: int,
) -> EventSentence | None:
    """Read a sentence's dates into the story; the sentence to find events in, or None for a
    dateline of its own or a headline that does not write out its day, which tell no event
    the story does not tell again. `found_so_far`: the milestones found before it."""
    previous = story.stamp if story.stamp is not None and story.placed else None
    text = mentions.sentence.text
    # «Астана. 15 февраля 2026 года. ... в ноябре прошлого года»: with no page stamp, the
    # paragraph's own dateline is what its relative dates count from
    told = dates_in(text, reference or _of(previous), story.story_year)
    in_sentence = [d for d in told if d.date and not d.period]
    unresolved = unresolved_relative(text, told)
    story.story_year = next(
        (d.date.year for d in reversed(in_sentence) if d.own_year and d.date), story.story_year
    )
    stamp = story.stamp = date_only(text, in_sentence)
    # «Астана. 28 января.» dates the paragraph after it; a bare «27 июня 2024» is the page's
    # stamp, which dates no event the story does not say happened that day
    story.placed = stamp is not None and (
        _names_place(text, stamp) or _place_before(sentences, mentions.index)
    )
    headline = mentions.sentence.headline
    # A headline tells the story's event again, undated; one that writes out its day
    # («Визит ... с 8 по 9 августа 2024 года») is read, the story's copy merged with it.
    if stamp is not None or headline and not _own_day(in_sentence):
        return None
    story.told_in = (mentions.tokens, found_so_far)
    lead = not (story.seen_story or headline)
    story.seen_story = story.seen_story or not headline
    days = [d for d in in_sentence if d.date is not None and d.date.day is not None]
    earlier = story.last_dated
    story.last_dated = days[0] if days else story.last_dated
    return EventSentence(mentions, in_sentence, unresolved, previous, earlier, lead)


def _of(stamp: DateMention | None) -> PartialDate | None:
    return stamp.date if stamp is not None else None


def _names_place(text: str, date: DateMention) -> bool:
    """A date-only sentence that names a place beside its date («Астана, 14 марта 2025 года.»)."""
    rest = text[: date.start] + text[date.end :]
    return any(w[:1].isupper() and w.isalpha() for w in re.findall(r"\w+", rest))


def _place_before(sentences: list[SentenceMentions], index: int) -> bool:
    """«Астана. 28 января.»: the date's sentence follows a place's, one capitalized word of its
    paragraph."""
    if index == 0:
        return False
    before, this = sentences[index - 1].sentence, sentences[index].sentence
    found = re.findall(r"\w+", before.text)
    return before.paragraph == this.paragraph and len(found) == 1 and found[0][:1].isupper()


def _own_day(dates: list[DateMention]) -> bool:
    return any(d.own_year and d.date and d.date.day for d in dates)
