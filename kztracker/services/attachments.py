"""Files attached to memoranda, milestones and sources: the signed scan, the annex, the letter.

The bytes are stored in the database, so a team on one server shares them, and content-addressed:
a blob keyed by its SHA-256 is stored once however many records (or names) carry it. Each record
kind has its own link table (kztracker.models); the history records an attach or a removal as a
change of the record's "attachments" field, and a removed file stays in its blob, so it can be
put back (`removed_attachments`, `put_back`).

A file is refused, with nothing stored, when it is empty, larger than the limit the user set,
unreadable, or not what its name says (a ".pdf" that does not begin like a PDF).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kztracker.atomic_file import check_target, replace_atomically
from kztracker.errors import KztrackerError, RecordNotFound
from kztracker.history_fields import decode_links
from kztracker.i18n import _
from kztracker.models import (
    AttachmentBlob,
    HistoryEntry,
    Memorandum,
    MemorandumAttachment,
    Milestone,
    MilestoneAttachment,
    Source,
    SourceAttachment,
)
from kztracker.services.changes import Changes

# The limit when the user has not set one (Preferences), in megabytes.
DEFAULT_LIMIT_MB = 25
FIELD = "attachments"

_OWNERS: dict[str, tuple[Any, Any, str]] = {
    "memorandum": (Memorandum, MemorandumAttachment, "memorandum_id"),
    "milestone": (Milestone, MilestoneAttachment, "milestone_id"),
    "source": (Source, SourceAttachment, "source_id"),
}

# How each kind of file begins. A name with one of these endings must begin so; other names are
# taken as they come (nothing to check them against).
_OFFICE_ZIP = (b"PK\x03\x04",)
_OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
    ".zip": _OFFICE_ZIP,
    ".docx": _OFFICE_ZIP,
    ".xlsx": _OFFICE_ZIP,
    ".pptx": _OFFICE_ZIP,
    ".odt": _OFFICE_ZIP,
    ".ods": _OFFICE_ZIP,
    ".doc": _OLE,
    ".xls": _OLE,
    ".ppt": _OLE,
    ".rtf": (b"{\\rtf",),
}
_TEXT = frozenset({".txt", ".csv", ".md"})
# A PDF's header may follow a little junk (the format allows it within the first kilobyte).
_PDF_HEADER_WITHIN = 1024


class AttachmentRefused(KztrackerError):
    """The file was not attached; the message says why and what to do."""


@dataclass(frozen=True)
class Attachment:
    """One attached file as the window lists it; plain values, no database objects."""

    kind: str
    record_id: int
    sha256: str
    file_name: str
    size: int
    added_at: dt.datetime | None

    @property
    def media_type(self) -> str:
        return media_type(self.file_name)

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"


@dataclass(frozen=True)
class Removed:
    """A file once attached to the record and removed since; `put_back` restores it."""

    sha256: str
    file_name: str
    removed_at: dt.datetime
    removed_by: str


def media_type(file_name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(file_name, strict=False)
    return guessed or "application/octet-stream"


def limit_bytes(megabytes: float) -> int:
    return int(megabytes * 1024 * 1024)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def _owner(kind: str) -> tuple[Any, Any, str]:
    if kind not in _OWNERS:
        raise KztrackerError(_("files cannot be attached to a {kind}").format(kind=kind))
    return _OWNERS[kind]


def check_content(file_name: str, data: bytes, limit: int) -> None:
    """Refuse an empty file, one over `limit` bytes, or one whose bytes contradict its name."""
    if not data:
        raise AttachmentRefused(
            _("{name} is empty; choose the file again once it has been saved").format(
                name=file_name
            )
        )
    if len(data) > limit:
        raise AttachmentRefused(
            _("{name} is {size} MB, over the limit of {limit} MB set in Preferences").format(
                name=file_name, size=_megabytes(len(data)), limit=_megabytes(limit)
            )
        )
    suffix = Path(file_name).suffix.lower()
    signatures = _SIGNATURES.get(suffix)
    if signatures is not None:
        head = data[:_PDF_HEADER_WITHIN] if suffix == ".pdf" else data[:16]
        fits = (
            any(signature in head for signature in signatures)
            if suffix == ".pdf"
            else any(head.startswith(signature) for signature in signatures)
        )
        if not fits:
            raise AttachmentRefused(
                _("{name} is not a {kind} file inside; check that it is the right file").format(
                    name=file_name, kind=suffix.lstrip(".").upper()
                )
            )
    elif suffix in _TEXT and b"\x00" in data[:4096]:
        raise AttachmentRefused(
            _("{name} is not a {kind} file inside; check that it is the right file").format(
                name=file_name, kind=suffix.lstrip(".").upper()
            )
        )


def read_file(path: str | Path, limit: int) -> bytes:
    """The file's bytes, checked; its size is looked at before a byte is read."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > limit:
            raise AttachmentRefused(
                _("{name} is {size} MB, over the limit of {limit} MB set in Preferences").format(
                    name=source.name, size=_megabytes(size), limit=_megabytes(limit)
                )
            )
        data = source.read_bytes()
    except AttachmentRefused:
        raise
    except IsADirectoryError:
        raise AttachmentRefused(
            _("{name} is a folder; attach the files inside it").format(name=source.name)
        ) from None
    except OSError as exc:
        raise AttachmentRefused(
            _("cannot read {name}: {error}").format(name=source.name, error=exc.strerror or exc)
        ) from exc
    check_content(source.name, data, limit)
    return data


def _require_record(session: Session, kind: str, record_id: int) -> None:
    model, _link, _column = _owner(kind)
    if session.get(model, record_id) is None:
        raise RecordNotFound(kind, record_id)


def _store_blob(session: Session, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    stored = session.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == digest))
    if stored is None:
        session.add(AttachmentBlob(sha256=digest, size=len(data), content=data))
        session.flush()
    return digest


def attach(
    session: Session, kind: str, record_id: int, file_name: str, data: bytes, limit: int
) -> Changes:
    """Attach `data` under `file_name`; the same bytes already on the record are refused."""
    check_content(file_name, data, limit)
    _require_record(session, kind, record_id)
    _model, link, column = _owner(kind)
    digest = hashlib.sha256(data).hexdigest()
    same = session.scalar(
        select(link.file_name).where(getattr(link, column) == record_id, link.blob_sha256 == digest)
    )
    if same is not None:
        raise AttachmentRefused(_("this file is already attached as {name}").format(name=same))
    _store_blob(session, data)
    session.add(link(**{column: record_id}, blob_sha256=digest, file_name=Path(file_name).name))
    session.flush()
    return Changes(kind, updated=(record_id,))


def attach_file(
    session: Session, kind: str, record_id: int, path: str | Path, limit: int
) -> Changes:
    """Read, check and attach the file at `path` under its own name."""
    data = read_file(path, limit)
    return attach(session, kind, record_id, Path(path).name, data, limit)


def attachments_of(session: Session, kind: str, record_id: int) -> list[Attachment]:
    """The record's files by name (sizes from the blobs; no bytes loaded)."""
    _model, link, column = _owner(kind)
    rows = session.execute(
        select(link.blob_sha256, link.file_name, AttachmentBlob.size, link.added_at)
        .join(AttachmentBlob, AttachmentBlob.sha256 == link.blob_sha256)
        .where(getattr(link, column) == record_id)
        .order_by(func.lower(link.file_name), link.blob_sha256)
    )
    return [
        Attachment(kind, record_id, sha, name, int(size), added) for sha, name, size, added in rows
    ]


def content_of(session: Session, sha256: str) -> bytes:
    data = session.scalar(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == sha256))
    if data is None:
        raise KztrackerError(_("the file is no longer in the database; reload the record"))
    return bytes(data)


def save_copy(session: Session, sha256: str, target: str | Path) -> Path:
    """Write the file's bytes to `target` whole or not at all (Save as…, Open)."""
    path = Path(target)
    check_target(path)
    data = content_of(session, sha256)

    def save(tmp: str) -> None:
        Path(tmp).write_bytes(data)

    replace_atomically(path, save, ".part")
    return path


def remove(session: Session, kind: str, record_id: int, sha256: str) -> Changes:
    """Take the file off the record; its bytes stay, so the history can put it back."""
    _model, link, column = _owner(kind)
    row = session.scalar(
        select(link).where(getattr(link, column) == record_id, link.blob_sha256 == sha256)
    )
    if row is None:
        raise KztrackerError(_("the file is no longer attached; reload the record"))
    session.delete(row)
    session.flush()
    return Changes(kind, updated=(record_id,))


def removed_attachments(session: Session, kind: str, record_id: int) -> list[Removed]:
    """Files the history says were taken off the record and are not on it now, newest first."""
    _owner(kind)
    entries = session.scalars(
        select(HistoryEntry)
        .where(
            HistoryEntry.record_kind == kind,
            HistoryEntry.record_id == record_id,
            HistoryEntry.field == FIELD,
        )
        .order_by(HistoryEntry.changed_at.desc(), HistoryEntry.id.desc())
    )
    current = {item.sha256 for item in attachments_of(session, kind, record_id)}
    found: dict[str, Removed] = {}
    for entry in entries:
        before = {item[1]: item[0] for item in decode_links(entry.old_value)}
        after = {item[1] for item in decode_links(entry.new_value)}
        for sha, name in before.items():
            if sha in after or sha in current or sha in found:
                continue
            found[sha] = Removed(sha, name, entry.changed_at, entry.actor)
    return list(found.values())


def put_back(session: Session, kind: str, record_id: int, sha256: str, file_name: str) -> Changes:
    """Attach again a file removed earlier, from the bytes kept in its blob."""
    _require_record(session, kind, record_id)
    if session.get(AttachmentBlob, sha256) is None:
        raise KztrackerError(_("the file is no longer in the database; reload the record"))
    _model, link, column = _owner(kind)
    exists = session.scalar(
        select(link.file_name).where(getattr(link, column) == record_id, link.blob_sha256 == sha256)
    )
    if exists is not None:
        raise AttachmentRefused(_("this file is already attached as {name}").format(name=exists))
    session.add(link(**{column: record_id}, blob_sha256=sha256, file_name=file_name))
    session.flush()
    return Changes(kind, updated=(record_id,))


# The preview shows the start of the first page; a page of dense text is a few thousand letters.
PREVIEW_CHARACTERS = 1500


def pdf_first_page_text(data: bytes, limit: int = PREVIEW_CHARACTERS) -> str | None:
    """The text of a PDF's first page, for a preview; None when it has none to give (a scan,
    a damaged file). PySide6-Essentials has no QtPdf to draw the page, so text stands in."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is ours to report
    try:
        reader = PdfReader(io.BytesIO(data))
        if not reader.pages:
            return None
        text = reader.pages[0].extract_text() or ""
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return None
    text = "\n".join(line.rstrip() for line in text.splitlines()).strip()
    if not text:
        return None
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def preview_of(session: Session, attachment: Attachment) -> str | None:
    """What the preview shows of a file: a PDF's first page as text, else None."""
    if not attachment.is_pdf:
        return None
    return pdf_first_page_text(content_of(session, attachment.sha256))


# --- with a record's snapshot (undo of a delete, restore from the history) -------------------


def snapshot_items(session: Session, kind: str, record_id: int) -> list[list[str]]:
    """The record's files as a snapshot keeps them: [file name, SHA-256] pairs."""
    if kind not in _OWNERS:
        return []
    return [[item.file_name, item.sha256] for item in attachments_of(session, kind, record_id)]


def reattach(session: Session, kind: str, record_id: int, items: list[list[str]]) -> None:
    """Put a restored record's files back: their bytes stayed in their blobs. A blob that is
    gone (nothing deletes one, but a database may be edited by hand) is passed over."""
    if kind not in _OWNERS or not items:
        return
    _model, link, column = _owner(kind)
    for file_name, sha256 in items:
        if session.get(AttachmentBlob, sha256) is not None:
            session.add(link(**{column: record_id}, blob_sha256=sha256, file_name=file_name))
    session.flush()
