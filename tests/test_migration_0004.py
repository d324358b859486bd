"""Revision 0004: the attachment tables come and go, and a file stored between keeps its bytes."""

from __future__ import annotations

import hashlib

from alembic import command
from sqlalchemy import create_engine, inspect, text

from kztracker.db import alembic_config

TABLES = {"attachment_blob", "memorandum_attachment", "milestone_attachment", "source_attachment"}


def test_revision_0004_both_ways(database_url: str) -> None:
    config = alembic_config(database_url)
    command.upgrade(config, "0003")
    engine = create_engine(database_url)
    assert not TABLES & set(inspect(engine).get_table_names())
    command.upgrade(config, "0004")
    assert TABLES <= set(inspect(engine).get_table_names())
    content = b"%PDF-1.4 a signed copy"
    digest = hashlib.sha256(content).hexdigest()
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO memorandum (title, title_key, kind, status, version) "
                "VALUES ('Water memorandum', 'water memorandum', 'memorandum', 'signed', 1)"
            )
        )
        memo = connection.scalar(text("SELECT id FROM memorandum"))
        connection.execute(
            text("INSERT INTO attachment_blob (sha256, size, content) VALUES (:s, :n, :c)"),
            {"s": digest, "n": len(content), "c": content},
        )
        connection.execute(
            text(
                "INSERT INTO memorandum_attachment (memorandum_id, blob_sha256, file_name) "
                "VALUES (:m, :s, 'signed.pdf')"
            ),
            {"m": memo, "s": digest},
        )
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT content FROM attachment_blob")) == content
    command.downgrade(config, "0003")
    assert not TABLES & set(inspect(engine).get_table_names())
    with engine.connect() as connection:  # the memorandum itself stays
        assert connection.scalar(text("SELECT title FROM memorandum")) == "Water memorandum"
    command.upgrade(config, "head")
    assert TABLES <= set(inspect(engine).get_table_names())
    engine.dispose()
