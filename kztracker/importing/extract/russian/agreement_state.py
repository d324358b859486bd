"""What the relate stage for agreements carries while it reads a story sentence by sentence: the
story and the organizations it names, and the day each sentence tells of."""

from __future__ import annotations

from dataclasses import dataclass, field

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.dates import DateMention, date_only, dates_in
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.tokens import Token


@dataclass(frozen=True)
class Story:
    """The text agreements are read from, as every sentence's reading consults it.

    `organizations` maps a sentence to its organizations (token range, merged name); `sides`
    are the text's main organizations, most named first; `first_named` the sentence each
    organization is first named in."""

    sentences: list[SentenceMentions]
    organizations: dict[int, list[tuple[Range, str]]]
    signatories: dict[int, list[str]]
    sides: list[str]
    reference: PartialDate | None
    token_lists: list[list[Token]]
    first_named: dict[str, int]


def story_of(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    signatories: dict[int, list[str]],
    sides: list[str],
    reference: PartialDate | None,
) -> Story:
    """The story with each organization's first sentence worked out once, for the sides a
    one-sided document may take only from what the story has named by then."""
    first_named: dict[str, int] = {}
    for index in sorted(organizations):
        for _span, name in organizations[index]:
            first_named.setdefault(name, index)
    token_lists = [m.tokens for m in sentences]
    return Story(sentences, organizations, signatories, sides, reference, token_lists, first_named)


@dataclass
class StoryDays:
    """The day each sentence tells of, kept as the story is read in order: a sentence's own
    date, else the day a date standing alone or the dateline gives the news after it."""

    reference: PartialDate | None
    dateline: bool  # the story opens with a place and its date
    stamp: DateMention | None = None  # «Астана, 14 марта 2025 года.» standing alone
    lead_seen: bool = False
    days: dict[int, PartialDate | None] = field(default_factory=dict)  # each sentence's day, if any

    def read(self, mentions: SentenceMentions) -> PartialDate | None:
        """Record the day `mentions` tells of; return the day its news is told on (from a date
        alone just before it, or the dateline for the story's first sentence), else None."""
        text = mentions.sentence.text
        dated = [d for d in dates_in(text, self.reference) if d.date and not d.period]
        previous, self.stamp = self.stamp, date_only(text, dated)
        lead = not self.lead_seen and not mentions.sentence.headline and self.stamp is None
        self.lead_seen = self.lead_seen or lead
        # The story's first sentence after a place dateline, or a sentence after a date alone,
        # tells news of that day («Астана, 14 марта. Министерство ... подписало меморандум»).
        reference = self.reference
        told_on = (
            previous.date
            if previous
            else reference
            if (lead and self.dateline and reference is not None and reference.day)
            else None
        )
        self.days[mentions.index] = next((d.date for d in dated), told_on)
        return told_on


@dataclass(frozen=True)
class SigningSentence:
    """A sentence with documents of its own to draft, and what it offers them: `nouns` the
    documents' nouns, `sign` its signing words (with the participles that sign a framing
    document, `framed` noun -> participle), `orgs` the organizations that may sign (not
    witnesses, ratifiers or venues), `aside` those it sets aside, `told` the story's main sides
    named by then and not set aside, `partners` each noun's partner(s)."""

    story: Story
    position: int
    mentions: SentenceMentions
    told_on: PartialDate | None  # the day the news is told on, if a stamp or dateline gives it
    nouns: list[int]
    sign: list[int]
    framed: dict[int, int]
    orgs: list[tuple[Range, str]]
    aside: set[str]
    told: list[str]
    partners: dict[int, list[str]]

    @property
    def tokens(self) -> list[Token]:
        return self.mentions.tokens

    @property
    def index(self) -> int:
        return self.mentions.index
