import sqlite3
import subprocess
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from kztracker.backups import backup_sqlite
from kztracker.db import (
    SCHEMA_HEAD,
    Database,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)
from kztracker.errors import DatabaseOpenError
from kztracker.locations import sqlite_path
from kztracker.models import Base


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'm.sqlite3'}"


def test_the_fast_open_path_knows_the_newest_revision() -> None:
    # open_database skips Alembic when the stored revision equals SCHEMA_HEAD; a revision added
    # without updating it would leave databases silently un-upgraded.
    assert SCHEMA_HEAD == head_revision()


def test_upgrade_downgrade_upgrade(database_url: str) -> None:
    url = database_url
    config = alembic_config(url)
    command.upgrade(config, "head")
    engine = create_engine(url)
    assert {"organization", "memorandum", "milestone", "history"} <= set(
        inspect(engine).get_table_names()
    )
    command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(config, "head")
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_models_and_migrations_do_not_drift(database_url: str) -> None:
    url = database_url
    command.upgrade(alembic_config(url), "head")
    engine = create_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_a_database_from_a_newer_release_is_refused_and_left_alone(tmp_path: Path) -> None:
    url = _url(tmp_path)
    command.upgrade(alembic_config(url), "head")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    engine.dispose()
    before = _dump(tmp_path / "m.sqlite3")
    with pytest.raises(DatabaseOpenError, match="newer kztracker"):
        open_database(url)
    assert _dump(tmp_path / "m.sqlite3") == before


def test_backup_is_a_consistent_copy(seeded_db: Database, db_path: Path) -> None:
    copy = backup_sqlite(db_path, "bak")
    engine = create_engine(f"sqlite:///{copy}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert connection.execute(text("SELECT count(*) FROM memorandum")).scalar() == 5
    engine.dispose()


def _history_columns(engine: object) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("history")}


def test_revision_0002_both_ways_keeps_history(database_url: str) -> None:
    config = alembic_config(database_url)
    command.upgrade(config, "0001")
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO history (actor, action, record_kind, record_id, field, new_value) "
                "VALUES ('ana', 'create', 'person', 1, 'name', 'Ana')"
            )
        )
    assert "change_set" not in _history_columns(engine)
    command.upgrade(config, "0002")
    assert "change_set" in _history_columns(engine)
    indexes = {index["name"] for index in inspect(engine).get_indexes("history")}
    assert {"ix_history_record", "ix_history_change_set"} <= indexes
    command.downgrade(config, "0001")
    assert "change_set" not in _history_columns(engine)
    assert "ix_history_record" not in {i["name"] for i in inspect(engine).get_indexes("history")}
    command.upgrade(config, "head")
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT actor, new_value, change_set FROM history")).all()
    assert [tuple(row) for row in rows] == [("ana", "Ana", None)]
    engine.dispose()


def test_an_older_file_is_backed_up_before_its_upgrade(db_path: Path) -> None:
    url = f"sqlite:///{db_path}"
    command.upgrade(alembic_config(url), "0001")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organization (name, name_key, kind, version) "
                "VALUES ('Old Partner', 'old partner', 'other', 1)"
            )
        )
    engine.dispose()
    database = open_database(url)
    assert current_revision(database.engine) == head_revision()
    database.dispose()
    kept = db_path.with_name(f"{db_path.name}.before-upgrade-0001.bak")
    assert kept.exists()
    connection = sqlite3.connect(kept)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT name FROM organization").fetchall() == [("Old Partner",)]
    finally:
        connection.close()


def test_every_backend_is_backed_up_before_an_upgrade(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where server dumps go
    command.upgrade(alembic_config(database_url), "0001")
    database = open_database(database_url)
    assert current_revision(database.engine) == head_revision()
    database.dispose()
    path = sqlite_path(database_url)
    if path is not None:
        assert path.with_name(f"{path.name}.before-upgrade-0001.bak").exists()
        return
    dumps = list((tmp_path / "data" / "kztracker" / "backups").glob("*.before-upgrade-0001.dump"))
    assert len(dumps) == 1
    listing = subprocess.run(
        ["pg_restore", "--list", str(dumps[0])], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE public organization" in listing
