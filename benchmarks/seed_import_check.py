"""How close importing the seed announcements comes to the curated seed. Prints figures.

    python benchmarks/seed_import_check.py [SEEDS_DIR] [--large DB]   (default: ../shared/seeds)

1. Into an empty database, `kztracker import SEEDS/*.txt --yes`: for each record kind, how many
   curated seed records have an imported counterpart (recall) and how many imported records
   correspond to a curated one (precision). Partners and people compare by normalized name or
   alias (or a close spelling); memoranda by their parties; milestones by a similar title and
   an agreeing date; focus areas by name, and again ("near") by the matcher's near-variant rule.
2. Into the seeded database, a dry run of each text: how many proposals link to existing
   records and how many would create new ones (what a reviewer would still have to look at).
3. With --large DB (benchmarks/large_database.py builds one: 100k milestones), the time to
   match the longest seed text's draft against it, next to the bare floor measured in the same
   run: reading the stored titles and one rapidfuzz cdist over them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from kztracker.cli import main
from kztracker.dates import PartialDate
from kztracker.db import open_database
from kztracker.importing.match import dates_agree
from kztracker.importing.name_index import fold, near_variant
from kztracker.services.database import initialize
from kztracker.services.importing import prepare_file
from kztracker.services.listing import list_records
from kztracker.services.seeding import load_seed

DEFAULT_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def _spellings(row: dict[str, Any]) -> set[str]:
    names = {row["name"], *row.get("aliases", [])}
    if row.get("short_name"):
        names.add(row["short_name"])
    return {fold(n) for n in names}


def _same_name(a: set[str], b: set[str]) -> bool:
    return bool(a & b) or any(fuzz.token_sort_ratio(x, y) >= 90 for x in a for y in b)


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def _score(curated: list[Any], imported: list[Any], same: Any) -> tuple[int, int, int, int]:
    found = sum(any(same(c, i) for i in imported) for c in curated)
    supported = sum(any(same(c, i) for c in curated) for i in imported)
    return found, len(curated), supported, len(imported)


def compare_with_seed(url: str) -> None:
    seed = load_seed()
    database = open_database(url, create=False)
    with database.session() as session:
        imported = {
            kind: list_records(session, kind)
            for kind in ("partners", "people", "focus-areas", "memoranda", "milestones")
        }
    database.dispose()
    seed_org_names = {o["name"]: _spellings(o) for o in seed["organizations"]}

    def org_key(name: str, rows: list[dict[str, Any]]) -> set[str]:
        row = next((r for r in rows if r["name"] == name), {"name": name})
        return _spellings(row)

    def memo_same(c: dict[str, Any], i: dict[str, Any]) -> bool:
        curated = [seed_org_names[p["organization"]] for p in c["parties"]]
        parties = [org_key(p["name"], imported["partners"]) for p in i["parties"]]
        shared = sum(any(_same_name(a, b) for b in parties) for a in curated)
        return shared >= 2 or (shared >= 1 and len(parties) <= 2 and len(curated) <= 2)

    def milestone_same(c: dict[str, Any], i: dict[str, Any]) -> bool:
        similar = fuzz.token_set_ratio(fold(c["title"]), fold(i["title"])) >= 60
        curated_date = _date(c["completed"] or c["due"])
        imported_date = _date(i["completed"] or i["due"])
        return similar and dates_agree(curated_date, imported_date) is not False

    rows = [
        (
            "partners",
            _score(
                seed["organizations"],
                imported["partners"],
                lambda c, i: _same_name(_spellings(c), _spellings(i)),
            ),
        ),
        (
            "people",
            _score(
                seed["people"],
                imported["people"],
                lambda c, i: _same_name(_spellings(c), _spellings(i)),
            ),
        ),
        (
            "focus areas",
            _score(
                seed["focus_areas"],
                imported["focus-areas"],
                lambda c, i: _same_name({fold(c["name"])}, {fold(i["name"])}),
            ),
        ),
        # The rule the matcher links by: a part of one name holds the other's, a short form.
        (
            "  (near)",
            _score(
                seed["focus_areas"],
                imported["focus-areas"],
                lambda c, i: (
                    _same_name({fold(c["name"])}, {fold(i["name"])})
                    or near_variant(c["name"], i["name"]) is not None
                ),
            ),
        ),
        ("memoranda", _score(seed["memoranda"], imported["memoranda"], memo_same)),
        ("milestones", _score(seed["milestones"], imported["milestones"], milestone_same)),
    ]
    print("Seed texts into an empty database (--yes), against the curated seed:")
    print(f"{'kind':<13}{'curated found':>16}{'imported supported':>22}")
    for kind, (found, curated, supported, total) in rows:
        print(f"{kind:<13}{found:>8} / {curated:<5}{supported:>13} / {total:<5}")


def proposals_on_seeded(url: str, files: list[Path]) -> None:
    database, _ = initialize(url)
    print("\nSeed texts against the seeded database (dry run): link / create per kind")
    kinds = ("organizations", "people", "focus_areas", "memoranda", "milestones")
    print(f"{'file':<28}" + "".join(f"{k[:13]:>15}" for k in kinds))
    with database.session() as session:
        for path in files:
            draft = prepare_file(session, path)
            cells = []
            for kind in kinds:
                items = getattr(draft, kind)
                link = sum(i.match.action == "link" for i in items)
                create = sum(i.match.action == "create" for i in items)
                cells.append(f"{link:>3} / {create:<3}")
            print(f"{path.name:<28}" + "".join(f"{c:>15}" for c in cells))
    database.dispose()


def run(seeds: Path) -> None:
    files = sorted(seeds.glob("*.txt"))
    if not files:
        sys.exit(f"no seed texts in {seeds}")
    with tempfile.TemporaryDirectory() as folder:
        empty = f"sqlite:///{Path(folder) / 'empty.sqlite3'}"
        open_database(empty).dispose()  # schema only, no seed
        started = time.perf_counter()
        status = main(["--db", empty, "import", *map(str, files), "--yes"])
        print(
            f"(import of {len(files)} texts: exit {status}, "
            f"{time.perf_counter() - started:.1f} s)\n"
        )
        compare_with_seed(empty)
        proposals_on_seeded(f"sqlite:///{Path(folder) / 'seeded.sqlite3'}", files)


def match_on_large(path: Path, files: list[Path]) -> None:
    from large_database import ensure_database  # beside this script
    from rapidfuzz import process, utils
    from sqlalchemy import select

    from kztracker.importing.extract import extract, known_names_from_session
    from kztracker.importing.match import match_draft
    from kztracker.importing.read import read_file
    from kztracker.models import Milestone

    database = open_database(str(ensure_database(path)), create=False)
    document = read_file(max(files, key=lambda f: f.stat().st_size))
    with database.session() as session:
        draft = extract(document, known_names_from_session(session))
        timings, floors = [], []
        for _ in range(3):
            started = time.perf_counter()
            match_draft(session, draft)
            timings.append(time.perf_counter() - started)
            started = time.perf_counter()
            titles = session.execute(select(Milestone.title)).scalars().all()
            process.cdist(
                [m.title for m in draft.milestones] or ["x"],
                titles,
                processor=utils.default_process,
                workers=1,
            )
            floors.append(time.perf_counter() - started)
    database.dispose()
    match, floor = sorted(timings)[1], sorted(floors)[1]
    kinds = ("organizations", "people", "focus_areas", "memoranda", "milestones")
    items = sum(len(getattr(draft, kind)) for kind in kinds)
    print(
        f"\nMatching a draft of {items} items against {path.name}: {match:.2f} s (median of 3); "
        f"floor (read titles + one cdist) {floor:.2f} s; ratio {match / floor:.1f}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=DEFAULT_SEEDS, help="seed texts")
    parser.add_argument("--large", type=Path, help="a large database to time matching against")
    arguments = parser.parse_args()
    run(arguments.seeds)
    if arguments.large is not None:
        match_on_large(arguments.large, sorted(arguments.seeds.glob("*.txt")))
