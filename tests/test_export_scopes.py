"""Export scopes: the whole database, the rows a view shows, one memorandum; and the CLI's."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

import kztracker.exporting.scope as scope_module
from kztracker.cli import main
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.exporting import ExportResult, ExportScope, export_workbook
from kztracker.models import Memorandum, Milestone, Organization, Provenance, Source


def _export(db: Database, path: Path, scope: ExportScope | None = None) -> ExportResult:
    with db.session() as session:
        return export_workbook(session, path, source_label="test.db", scope=scope)


def _column(path: Path, sheet: str, column: int = 1) -> list[object]:
    ws = load_workbook(path, data_only=True)[sheet]
    return [row[column - 1] for row in ws.iter_rows(min_row=2, values_only=True)]


def _summary_value(path: Path, label: str) -> object:
    """The value beside `label` on the Summary, or on the line below it when it is long."""
    rows = list(load_workbook(path, data_only=True)["Summary"].iter_rows(values_only=True))
    for i, row in enumerate(rows):
        if row[0] == label:
            return row[1] if row[1] is not None else rows[i + 1][0]
    raise AssertionError(f"no {label!r} row on the Summary")


def _astrazeneca(db: Database) -> tuple[int, str, set[str]]:
    """The memorandum with a milestone, and the titles of the sources behind either."""
    with db.session() as session:
        memo_id, title = session.execute(
            select(Memorandum.id, Memorandum.title).where(Memorandum.title.like("%AstraZeneca%"))
        ).one()
        milestone_ids = session.scalars(
            select(Milestone.id).where(Milestone.memorandum_id == memo_id)
        ).all()
        sources = set(
            session.scalars(
                select(Source.title)
                .join(Provenance, Provenance.source_id == Source.id)
                .where(
                    ((Provenance.record_kind == "memorandum") & (Provenance.record_id == memo_id))
                    | (
                        (Provenance.record_kind == "milestone")
                        & Provenance.record_id.in_(milestone_ids)
                    )
                )
            )
        )
    return memo_id, title, sources


def test_whole_database_is_the_default(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    result = _export(seeded_db, out)
    assert result.counts == {
        "memorandum": 5,
        "milestone": 17,
        "organization": 31,
        "person": 12,
        "focus_area": 13,
        "source": 5,
    }
    assert _summary_value(out, "Scope") == "The whole database"


def test_one_memorandum_brings_only_its_own_records_and_sources(
    seeded_db: Database, tmp_path: Path
) -> None:
    memo_id, title, expected_sources = _astrazeneca(seeded_db)
    out = tmp_path / "one.xlsx"
    result = _export(seeded_db, out, ExportScope(memorandum_id=memo_id))
    assert _column(out, "Memoranda") == [title]
    assert _column(out, "Milestones") == ["Delegation visit to AstraZeneca DISC in Cambridge"]
    assert set(_column(out, "Milestones", 2)) == {title}
    # Its parties and the partners of its milestone, nobody else's.
    partners = set(_column(out, "Partners"))
    assert {"AstraZeneca", "AstraZeneca Kazakhstan"} <= partners
    assert "Binance" not in partners and result.counts["organization"] < 31
    assert "Sayasat Nurbek" in _column(out, "People")
    # Only the sources that support this memorandum or its milestone (a known bug was: all).
    assert expected_sources and set(_column(out, "Sources")) == expected_sources
    assert result.counts["source"] < 5
    scope_line = _summary_value(out, "Scope")
    assert isinstance(scope_line, str) and title in scope_line


def test_rows_shown_in_a_view(seeded_db: Database, tmp_path: Path) -> None:
    with seeded_db.session() as session:
        shown = session.execute(
            select(Milestone.id, Milestone.title).where(Milestone.memorandum_id.is_not(None))
        ).all()
    out = tmp_path / "view.xlsx"
    scope = ExportScope(kind="milestone", ids=tuple(i for i, _ in shown), label="Milestones view")
    result = _export(seeded_db, out, scope)
    assert sorted(map(str, _column(out, "Milestones"))) == sorted(t for _, t in shown)
    # The other sheets hold what those rows relate to: their memoranda, not the two without.
    assert result.counts["memorandum"] == 3
    assert "Crypto School project with Binance" not in _column(out, "Memoranda")
    assert _summary_value(out, "Scope") == "Milestones view"


def test_partners_view_brings_their_memoranda_and_milestones(
    seeded_db: Database, tmp_path: Path
) -> None:
    with seeded_db.session() as session:
        binance = session.scalar(select(Organization.id).where(Organization.name == "Binance"))
    assert binance is not None
    out = tmp_path / "partner.xlsx"
    result = _export(seeded_db, out, ExportScope(kind="organization", ids=(binance,)))
    assert _column(out, "Partners") == ["Binance"]
    assert _column(out, "Memoranda") == ["Crypto School project with Binance"]
    assert result.counts["milestone"] == 0
    assert _summary_value(out, "Scope") == (
        "1 partner as shown in the window, and the records they relate to"
    )


def test_empty_view_writes_empty_sheets(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    result = _export(seeded_db, out, ExportScope(kind="milestones", ids=()))
    assert set(result.counts.values()) == {0}
    assert load_workbook(out)["Milestones"]["A1"].value == "Title"


def test_milestone_statuses_filter_any_scope(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "open.xlsx"
    result = _export(seeded_db, out, ExportScope(milestone_statuses=("planned", "in_progress")))
    statuses = set(_column(out, "Milestones", 7))
    assert statuses == {"Planned", "In progress"}
    assert result.counts["milestone"] == 7 and result.counts["memorandum"] == 5
    scope_line = _summary_value(out, "Scope")
    assert scope_line == "The whole database; milestones with status Planned, In progress"


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        (ExportScope(kind="meetings", ids=(1,)), "cannot export records of kind 'meetings'"),
        (ExportScope(memorandum_id=999), "memorandum 999 no longer exists"),
        (ExportScope(milestone_statuses=("late",)), "unknown milestone status 'late'"),
    ],
)
def test_bad_scopes_are_refused(
    seeded_db: Database, tmp_path: Path, scope: ExportScope, message: str
) -> None:
    out = tmp_path / "bad.xlsx"
    with pytest.raises(KztrackerError, match=message):
        _export(seeded_db, out, scope)
    assert not out.exists()


def test_cli_scopes(
    seeded_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _id, title, sources = _astrazeneca(seeded_db)
    out = tmp_path / "cli.xlsx"
    db = ["--db", str(db_path)]
    assert main([*db, "export", str(out), "--memorandum", title]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"Wrote {out}: 1 memorandum, 1 milestone, ")
    assert f"{len(sources)} sources" in line and title in line
    assert main([*db, "export", str(out), "--milestones-status", "open"]) == 0
    assert set(_column(out, "Milestones", 7)) == {"Planned", "In progress"}
    assert "; milestones with status Planned, In progress." in capsys.readouterr().out
    both = ["--memorandum", title, "--milestones-status", "planned"]
    assert main([*db, "export", str(out), *both]) == 0
    assert _column(out, "Milestones") == [] and _column(out, "Memoranda") == [title]
    capsys.readouterr()
    assert main([*db, "export", str(out), "--memorandum", "Nope"]) == 1
    assert "no memorandum title contains Nope" in capsys.readouterr().err
    assert main([*db, "export", str(out), "--milestones-status", "late"]) == 1
    assert "unknown milestone status 'late'" in capsys.readouterr().err


def test_a_long_selection_is_filtered_while_streaming(
    seeded_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past IN_LIMIT ids the SQL has no IN list (drivers cap parameters); same workbook."""
    with seeded_db.session() as session:
        ids = tuple(session.scalars(select(Milestone.id).where(Milestone.status == "done")))
    scope = ExportScope(kind="milestone", ids=ids)
    short = _export(seeded_db, tmp_path / "short.xlsx", scope)
    monkeypatch.setattr(scope_module, "IN_LIMIT", 1)
    long = _export(seeded_db, tmp_path / "long.xlsx", scope)
    assert long.counts == short.counts and short.counts["milestone"] == len(ids)
    for sheet in ("Memoranda", "Milestones", "Partners", "People", "Sources"):
        assert _column(tmp_path / "long.xlsx", sheet) == _column(tmp_path / "short.xlsx", sheet)
