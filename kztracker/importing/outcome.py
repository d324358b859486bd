"""What an import leaves behind: its result, and the check for a text imported before."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.counts import counted_list
from kztracker.errors import KztrackerError
from kztracker.i18n import _, ngettext, quoted
from kztracker.importing.draft import Document
from kztracker.models import Source
from kztracker.services.changes import Changes
from kztracker.sources import content_hash

KIND_ORDER = ("organization", "person", "focus_area", "memorandum", "milestone")


class DuplicateImportError(KztrackerError):
    """The same text was imported before; `source_id` names that earlier import."""

    def __init__(self, source_id: int, title: str, imported_at: dt.datetime | None) -> None:
        self.source_id = source_id
        self.title = title
        self.imported_at = imported_at
        if imported_at is None:
            message = _(
                "this text was already imported as {title}; "
                "open that source instead of importing it again"
            )
        else:
            message = _(
                "this text was already imported as {title} on {date}; "
                "open that source instead of importing it again"
            )
        super().__init__(
            message.format(
                title=quoted(title), date=f"{imported_at:%Y-%m-%d}" if imported_at else ""
            )
        )


@dataclass(frozen=True)
class EarlierImport:
    source_id: int
    title: str
    imported_at: dt.datetime | None


@dataclass(frozen=True)
class ImportResult:
    """What one import wrote. Quacks like a `Changes` of kind "source" for the window."""

    source_id: int
    source_title: str
    created_ids: dict[str, tuple[int, ...]] = field(default_factory=dict)
    linked_ids: dict[str, tuple[int, ...]] = field(default_factory=dict)
    updated_ids: dict[str, tuple[int, ...]] = field(default_factory=dict)
    aliases_learned: tuple[str, ...] = ()

    # -- the Changes interface: the source is what the import created ------------------------
    kind = "source"

    @property
    def created(self) -> tuple[int, ...]:
        return (self.source_id,)

    @property
    def updated(self) -> tuple[int, ...]:
        return ()

    @property
    def deleted(self) -> tuple[int, ...]:
        return ()

    def changes(self) -> tuple[Changes, ...]:
        """One Changes per record kind touched, the source first, for views to refresh."""
        result = [Changes("source", created=(self.source_id,))]
        for kind in KIND_ORDER:
            created = self.created_ids.get(kind, ())
            updated = self.updated_ids.get(kind, ())
            if created or updated:
                result.append(Changes(kind, created=created, updated=updated))
        return tuple(result)

    def counts(self, which: str) -> dict[str, int]:
        ids = {"created": self.created_ids, "linked": self.linked_ids}[which]
        return {kind: len(ids[kind]) for kind in KIND_ORDER if ids.get(kind)}

    def summary(self) -> str:
        """One line: "created 2 partners, 1 person; linked 3 partners; learned 1 alias"."""
        parts = []
        for which, sentence in (("created", _("created {items}")), ("linked", _("linked {items}"))):
            counts = self.counts(which)
            if counts:
                parts.append(sentence.format(items=counted_list(counts)))
        if self.aliases_learned:
            n = len(self.aliases_learned)
            parts.append(
                ngettext("learned {count} alias", "learned {count} aliases", n).format(count=n)
            )
        return "; ".join(parts) or _("no records created or linked")


def find_earlier_import(session: Session, text: str) -> EarlierImport | None:
    """The source already holding this text (after whitespace and NFKC folding), if any."""
    row = session.execute(
        select(Source.id, Source.title, Source.imported_at).where(
            Source.content_hash == content_hash(text)
        )
    ).first()
    return EarlierImport(*row) if row else None


def check_not_imported(session: Session, text: str) -> None:
    earlier = find_earlier_import(session, text)
    if earlier is not None:
        raise DuplicateImportError(earlier.source_id, earlier.title, earlier.imported_at)


def source_title(document: Document) -> str:
    """The document's title, else its first line, else where it came from."""
    if document.title and document.title.strip():
        return " ".join(document.title.split())[:500]
    first = next((line.strip() for line in document.text.splitlines() if line.strip()), "")
    if first:
        return first if len(first) <= 120 else first[:117].rstrip() + "..."
    return document.origin[:500]
