"""A large synthetic kztracker database for benchmarks: 100,000 milestones and what they hang on.

The benchmarks take `--milestones 10000|100000|1000000` (several at once print one table per
size): the milestones grow, the records they hang on stay as they are.

Every value is a pure function of its index, so a benchmark can recompute a row without reading
the database (the bare-library floors do). Titles read like the real ones: an action, a topic and
a partner, about 60 characters. Rows go in through `insert()` with lists of dicts, never add_all.

Usage: .venv/bin/python benchmarks/large_database.py PATH [MILESTONES]  (or import build_database)
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MEMORANDA = 2_000
PEOPLE = 500
ORGANIZATIONS = 300
SOURCES = 200
MILESTONES = 100_000
SIZES = (10_000, 100_000, 1_000_000)
STATUSES = ("planned", "in_progress", "done", "cancelled")
BATCH = 10_000

_ACTIONS = (
    "Joint workshop on",
    "Progress report on",
    "Pilot project in",
    "Summer school on",
    "Exchange visit for",
    "Launch of the programme on",
    "Working group meeting on",
    "Grant call for",
    "Training of trainers in",
    "Final evaluation of",
    "Roadmap review for",
    "Conference session on",
)
_TOPICS = (
    "digital health",
    "vaccine research",
    "green hydrogen",
    "AI in higher education",
    "early cancer diagnosis",
    "water management",
    "critical minerals",
    "teacher training",
    "space technologies",
    "real-world evidence",
    "cybersecurity skills",
    "agricultural biotechnology",
    "transnational education",
    "renewable energy",
)
_PLACES = (
    "Astana",
    "Almaty",
    "Shymkent",
    "Karaganda",
    "Aktobe",
    "Pavlodar",
    "Atyrau",
    "Turkistan",
    "Kostanay",
    "Oskemen",
    "Taraz",
    "Semey",
)
_ORG_PATTERNS = (
    ("University of {place} No. {n}", "university"),
    ("{place} Institute of Technology {n}", "university"),
    ("{place} Research Centre for Applied Science {n}", "research_centre"),
    ("Regional Akimat Office {n} of {place}", "government"),
    ("{place} Digital Solutions LLP {n}", "company"),
    ("International Development Fund {n} ({place})", "international"),
)
_FIRST = (
    "Aigerim",
    "Nurlan",
    "Dana",
    "Yerlan",
    "Madina",
    "Timur",
    "Saule",
    "Arman",
    "Zhanna",
    "Daniyar",
    "Anna",
    "James",
    "Li",
    "Fatima",
    "Olga",
    "Marat",
    "Gulnara",
    "Bekzat",
    "Asel",
    "Ruslan",
)
_LAST = (
    "Abenova",
    "Serikbayev",
    "Tulegenova",
    "Smagulov",
    "Karimova",
    "Ospanov",
    "Zhaksylykova",
    "Baimukhamedov",
    "Brown",
    "Chen",
    "Mueller",
    "Ivanova",
    "Petrov",
    "Kassymova",
    "Nurpeisov",
    "Sadykova",
    "Akhmetov",
    "Yessenova",
    "Zhumabekov",
    "Tokayeva",
    "Iskakov",
    "Omarova",
    "Kudaibergen",
    "Rakhimova",
    "Dauletov",
)


def organization(i: int) -> dict[str, Any]:
    """The i-th partner, 1-based; names are unique by their number."""
    pattern, kind = _ORG_PATTERNS[i % len(_ORG_PATTERNS)]
    name = pattern.format(place=_PLACES[i % len(_PLACES)], n=i)
    return {"name": name, "kind": kind, "country": "Kazakhstan" if i % 4 else "Germany"}


def person_name(i: int) -> str:
    """The i-th person's name, 1-based; 20 x 25 combinations cover the 500 people once."""
    return f"{_FIRST[(i - 1) % len(_FIRST)]} {_LAST[(i - 1) // len(_FIRST) % len(_LAST)]}"


def memorandum_parties(i: int) -> tuple[int, int]:
    """Two partner ids of the i-th memorandum (1-based)."""
    first = 1 + i % ORGANIZATIONS
    return first, 1 + (first + 1 + i // ORGANIZATIONS) % ORGANIZATIONS


def memorandum_title(i: int) -> str:
    """The i-th memorandum's title (1-based); unique because (partner, topic round) is."""
    topic = _TOPICS[(i // ORGANIZATIONS + i) % len(_TOPICS)]
    first, _ = memorandum_parties(i)
    return f"Memorandum on {topic} with {organization(first)['name']} ({i // ORGANIZATIONS + 1})"


def _partial(i: int, year: int) -> str:
    precision = i % 3
    month, day = 1 + i % 12, 1 + i % 28
    if precision == 0:
        return f"{year}"
    if precision == 1:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{day:02d}"


def milestone(i: int) -> dict[str, Any]:
    """The i-th synthetic milestone (0-based)."""
    year, month = 2020 + i % 8, 1 + i % 12
    memorandum_id = 1 + i % MEMORANDA
    place = _PLACES[memorandum_parties(memorandum_id)[0] % len(_PLACES)]
    title = f"{_ACTIONS[i % len(_ACTIONS)]} {_TOPICS[i // 7 % len(_TOPICS)]}, {place} #{i}"
    status = STATUSES[i % 4]
    return {
        "title": title,
        "memorandum_id": memorandum_id,
        "focus_area_id": 1 + i % len(_TOPICS),
        "start_on": f"{year - 1}-{month:02d}",
        "due_on": _partial(i, year),
        "completed_on": _partial(i, year) if status == "done" and i % 3 else None,
        "status": status,
        "responsible_id": 1 + i % PEOPLE,
        "notes": f"Follow-up agreed at the steering committee, item {i}" if i % 5 == 0 else None,
        "version": 1,
    }


def milestone_organizations(i: int) -> list[int]:
    """Partner ids linked to the i-th milestone (most have one, some two, some none)."""
    if i % 3 == 0:
        return []
    first, second = memorandum_parties(1 + i % MEMORANDA)
    return [first, second] if i % 7 == 0 else [first]


def _batches(total: int) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    for start in range(0, total, BATCH):
        yield start, [milestone(i) for i in range(start, min(total, start + BATCH))]


def build_database(path: Path, milestones: int = MILESTONES) -> None:
    """Create a SQLite database at `path` (must not hold data yet) and fill it."""
    from sqlalchemy import insert

    from kztracker.db import open_database
    from kztracker.models import (
        FocusArea,
        Memorandum,
        MemorandumFocusArea,
        MemorandumParty,
        Milestone,
        MilestoneOrganization,
        Organization,
        OrganizationAlias,
        Person,
        Source,
    )
    from kztracker.normalize import name_key

    def named(name: str, **values: Any) -> dict[str, Any]:
        return {"name": name, "name_key": name_key(name), "version": 1, **values}

    database = open_database(str(path), create=True)
    try:
        with database.session() as session:
            session.execute(
                insert(FocusArea),
                [named(topic.capitalize(), description=f"Work on {topic}.") for topic in _TOPICS],
            )
            session.execute(
                insert(Organization),
                [
                    named(**organization(i), short_name=f"P{i:03d}" if i % 5 == 0 else None)
                    for i in range(1, ORGANIZATIONS + 1)
                ],
            )
            session.execute(
                insert(OrganizationAlias),
                [
                    {
                        "organization_id": i,
                        "alias": f"Partner number {i}",
                        "alias_key": name_key(f"Partner number {i}"),
                    }
                    for i in range(1, ORGANIZATIONS + 1, 3)
                ],
            )
            session.execute(
                insert(Person),
                [
                    named(
                        person_name(i),
                        title="Head of international cooperation" if i % 2 else "Project lead",
                        organization_id=1 + i % ORGANIZATIONS,
                    )
                    for i in range(1, PEOPLE + 1)
                ],
            )
            session.execute(
                insert(Memorandum),
                [
                    {
                        "title": memorandum_title(i),
                        "title_key": name_key(memorandum_title(i)),
                        "kind": "memorandum" if i % 4 else "agreement",
                        "status": ("draft", "signed", "active", "expired")[i % 4],
                        "signed_on": f"{2018 + i % 8}-{1 + i % 12:02d}",
                        "valid_until": f"{2023 + i % 8}" if i % 2 else None,
                        "responsible_id": 1 + i % PEOPLE,
                        "summary": f"Cooperation framework number {i}.",
                        "version": 1,
                    }
                    for i in range(1, MEMORANDA + 1)
                ],
            )
            session.execute(
                insert(MemorandumParty),
                [
                    {"memorandum_id": i, "organization_id": org, "role": "party"}
                    for i in range(1, MEMORANDA + 1)
                    for org in memorandum_parties(i)
                ],
            )
            session.execute(
                insert(MemorandumFocusArea),
                [
                    {"memorandum_id": i, "focus_area_id": 1 + i % len(_TOPICS)}
                    for i in range(1, MEMORANDA + 1)
                ],
            )
            session.execute(
                insert(Source),
                [
                    {
                        "title": f"Announcement {i}: new cooperation in {_TOPICS[i % 14]}",
                        "outlet": ("Kazinform", "DKNews.kz", "The Astana Times")[i % 3],
                        "published_on": _partial(i, 2020 + i % 7),
                        "language": ("en", "ru", "kk")[i % 3],
                        "content_hash": hashlib.sha256(f"source {i}".encode()).hexdigest(),
                    }
                    for i in range(1, SOURCES + 1)
                ],
            )
            for start, batch in _batches(milestones):
                session.execute(insert(Milestone), batch)
                session.execute(
                    insert(MilestoneOrganization),
                    [
                        {"milestone_id": i + 1, "organization_id": org}
                        for i in range(start, start + len(batch))
                        for org in milestone_organizations(i)
                    ],
                )
            session.commit()
    finally:
        database.dispose()


def ensure_database(path: Path, milestones: int = MILESTONES) -> Path:
    """Build the database at `path` unless a finished one is already there."""
    if not path.exists():
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        build_database(partial, milestones)
        partial.rename(path)
        print(f"built {path} in {time.perf_counter() - started:.1f} s")
    return path


def database_of_size(workdir: Path, milestones: int) -> Path:
    """The benchmark database with `milestones` milestones in `workdir`, built once."""
    workdir.mkdir(parents=True, exist_ok=True)
    name = "bench.sqlite3" if milestones == MILESTONES else f"bench-{milestones}.sqlite3"
    return ensure_database(workdir / name, milestones)


def add_size_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--milestones",
        type=int,
        nargs="+",
        choices=SIZES,
        default=[MILESTONES],
        metavar="N",
        help="database sizes to measure: " + " | ".join(str(size) for size in SIZES),
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build (or reuse) a large kztracker database.")
    parser.add_argument("path", type=Path, help="the SQLite file to build")
    parser.add_argument("milestones", nargs="?", type=int, default=MILESTONES)
    arguments = parser.parse_args()
    ensure_database(arguments.path, arguments.milestones)
