"""What reading one English article for milestones carries from clause to clause: the article's
fixed facts, what has been found so far, and the clause being read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.signing_days import SignedDays
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention


@dataclass
class ArticleReading:
    """One article's milestones as they are read: later clauses borrow days, frames and signers
    from earlier ones, so the state travels with the reading rather than through parameters."""

    article: Article
    reference: PartialDate | None
    names: dict[str, str]
    core_key: Callable[[str], str]
    has_days: bool
    mentions_at: dict[int, list[OrganizationMention]]
    people_at: dict[int, list[PersonMention]]
    lead: dict[int, PartialDate]
    story: dict[int, PartialDate]
    page_year: int | None
    told_in: int | None  # once per article
    context_year: int | None
    told_ahead: int | None = None  # an undated page's context year, told of what is to come
    milestones: list[DraftMilestone] = field(default_factory=list)
    undated: list[DraftMilestone] = field(default_factory=list)
    occasions: list[DraftMilestone] = field(default_factory=list)
    events: dict[str, DateMention] = field(default_factory=dict)
    orgs: list[str] = field(default_factory=list)
    previous: list[str] = field(default_factory=list)  # the sentence before's organizations
    signed: SignedDays = field(default_factory=SignedDays)
    signers: list[str] = field(default_factory=list)
    signed_at: int = -9
    told_deadlines: int = -9
    framing: tuple[int, PartialDate | None] = (-9, None)  # the last framed clause's

    def unique_orgs(self) -> list[str]:
        """The current sentence's organizations, each once, in the order they are named."""
        return list(dict.fromkeys(self.orgs))


@dataclass(frozen=True)
class Clause:
    """One clause of a sentence, where it starts in it, and the year its dates default to."""

    index: int
    sentence: Sentence
    start: int
    text: str
    year: int | None

    @property
    def at(self) -> int:
        """Where the clause starts in the article's text."""
        return self.sentence.start + self.start
