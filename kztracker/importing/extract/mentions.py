"""What rules find in the text before it is gathered into a Draft: one mention per occurrence."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class OrganizationMention:
    name: str
    start: int
    end: int
    kind: str | None = None
    country: str | None = None
    parent: str | None = None
    short_name: str | None = None
    aliases: list[str] = field(default_factory=list)
    sentence: int = -1
    derived: bool = False  # implied by a title ("Minister of Health" → the Ministry of Health)
    # Spellings of the same record that only join mentions: a known record's other names.
    same_as: list[str] = field(default_factory=list)


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    title: str | None = None
    organization: str | None = None
    sentence: int = -1
