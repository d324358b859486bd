"""The Sources view's Records column counts the records a source supports, not its cited spans
(issue 15, point 5)."""

from __future__ import annotations

from sqlalchemy import select

from kztracker.db import Database
from kztracker.models import Memorandum, Organization, Provenance, Source
from kztracker.services.browse import browse_rows


def test_a_record_cited_by_several_spans_counts_once(seeded_db: Database) -> None:
    text = "The ministry and Google signed a memorandum. Google will train teachers."
    with seeded_db.sessions.begin() as session:
        google = session.scalar(select(Organization.id).where(Organization.name == "Google"))
        memorandum = session.scalar(select(Memorandum.id).order_by(Memorandum.id).limit(1))
        source = Source(title="Teachers and Google", content_hash="e" * 64, full_text=text)
        session.add(source)
        session.flush()
        spans = [("organization", google, 17, 23), ("organization", google, 45, 51)]
        spans += [("memorandum", memorandum, 0, 44), ("memorandum", memorandum, 24, 44)]
        session.add_all(
            Provenance(
                source_id=source.id, record_kind=kind, record_id=record, span_start=a, span_end=b
            )
            for kind, record, a, b in spans
        )
        source_id = source.id
    with seeded_db.session() as session:
        rows = {row.id: row for row in browse_rows(session, "source")}
    assert rows[source_id].records == 2
