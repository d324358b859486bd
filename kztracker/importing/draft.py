"""The shapes that flow through an import: read → extract → match → review → apply.

A `Document` is what reading a file (or pasted text) yields; a `Draft` is what extraction
proposes from it, every item carrying the spans of text it came from so the review can
highlight them and provenance can record them. Matching annotates each item with candidates
and a proposed action; the user's review edits the same objects; apply writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kztracker.dates import PartialDate

Action = Literal["link", "create", "skip"]
Recommendation = Literal["strong", "medium", "low", "none"]


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into `Document.text`."""

    start: int
    end: int


@dataclass
class Document:
    """An announcement's main text and what the file itself says about it."""

    text: str
    origin: str  # the file path, or "pasted text"
    format: str  # "txt", "html", "docx", "pdf", "pasted"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_on: PartialDate | None = None
    language: str | None = None  # ISO 639-1, detected when the file does not say


@dataclass(frozen=True)
class Candidate:
    """An existing record an extracted item may be, with a score in [0, 1] and why."""

    record_id: int
    name: str
    score: float
    reason: str  # in the user's language: "same name", "alias", "spelling variant", ...
    # The record is the item's parent organization (to place a new one under), not the item.
    parent: bool = False


@dataclass
class Match:
    """The matcher's verdict on one item: ranked candidates and the proposed action."""

    candidates: list[Candidate] = field(default_factory=list)
    recommendation: Recommendation = "none"
    action: Action = "create"
    record_id: int | None = None  # the record to link to when action == "link"
    learn_alias: bool = False  # a merge: record the extracted spelling as an alias

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass
class DraftOrganization:
    name: str
    kind: str | None = None  # models.ORGANIZATION_KINDS
    country: str | None = None
    short_name: str | None = None
    parent: str | None = None  # name of the parent organization as written
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    match: Match = field(default_factory=Match)


@dataclass
class DraftPerson:
    name: str
    title: str | None = None
    organization: str | None = None  # name as written (resolved at apply)
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    match: Match = field(default_factory=Match)


@dataclass
class DraftFocusArea:
    name: str
    spans: list[Span] = field(default_factory=list)
    match: Match = field(default_factory=Match)


@dataclass
class DraftMemorandum:
    title: str
    kind: str = "memorandum"  # models.MEMORANDUM_KINDS
    status: str | None = None  # models.MEMORANDUM_STATUSES, when a spreadsheet says; else signed
    parties: list[str] = field(default_factory=list)  # organization names as written
    signatories: list[str] = field(default_factory=list)  # person names as written
    signed_on: PartialDate | None = None
    valid_until: PartialDate | None = None  # from a stated term ("for five years")
    focus_areas: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    match: Match = field(default_factory=Match)


@dataclass
class DraftMilestone:
    title: str
    date: PartialDate | None = None
    status: str = "planned"  # models.MILESTONE_STATUSES: "done" for past events
    organizations: list[str] = field(default_factory=list)
    memorandum: str | None = None  # memorandum title as drafted, when the text ties them
    focus_area: str | None = None
    responsible: str | None = None  # a person's name as written (a spreadsheet's column)
    spans: list[Span] = field(default_factory=list)
    match: Match = field(default_factory=Match)


@dataclass
class Draft:
    """Everything extraction proposes from one document."""

    document: Document
    organizations: list[DraftOrganization] = field(default_factory=list)
    people: list[DraftPerson] = field(default_factory=list)
    memoranda: list[DraftMemorandum] = field(default_factory=list)
    focus_areas: list[DraftFocusArea] = field(default_factory=list)
    milestones: list[DraftMilestone] = field(default_factory=list)
