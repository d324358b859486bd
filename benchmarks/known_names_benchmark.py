"""One announcement's import (read, extract, match) against a database that knows ever more names.

A team's database grows to thousands of partners, each with spellings in three languages; every
import looks for all of them in the text (the database's own names are a gazetteer) and matches
what it finds against them. This prints, for databases of the seed plus 0, 1,000 and 5,000 more
organizations (each with a Russian alias, so 2, 2,000 and 10,000 more spellings), the median
time of `prepare_text` for an English, a Russian and a Kazakh announcement written for this
benchmark, beside the floor from the same run: reading every name and alias of that database
with bare sqlite3 (what touching each known spelling once costs at the least).
Usage: .venv/bin/python benchmarks/known_names_benchmark.py [--sizes 0,1000,5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kztracker.db import open_database  # noqa: E402
from kztracker.services.database import initialize  # noqa: E402
from kztracker.services.importing import prepare_text  # noqa: E402

TEXTS = {
    "en": (
        "Astana, 14 April 2026. Nazarbayev University and the Caspian Steppe Research "
        "Institute signed a memorandum of understanding on water and climate research. "
        "Minister Sayasat Nurbek said a joint summer school will open in July 2026, and the "
        "first exchange of doctoral students is planned for the autumn. The parties also "
        "agreed to hold a conference on Aral Sea restoration in Almaty next year."
    ),
    "ru": (
        "Астана, 14 апреля 2026 года. Назарбаев Университет и Каспийский степной "
        "научно-исследовательский институт подписали меморандум о сотрудничестве в области "
        "водных ресурсов и климата. Министр Саясат Нурбек сообщил, что совместная летняя "
        "школа откроется в июле 2026 года, а первый обмен докторантами запланирован на осень."
    ),
    "kk": (
        "Астана, 2026 жылғы 14 сәуір. Назарбаев Университеті мен Каспий дала ғылыми-зерттеу "
        "институты су ресурстары және климат саласындағы ынтымақтастық туралы меморандумға "
        "қол қойды. Министр Саясат Нұрбек бірлескен жазғы мектеп 2026 жылдың шілдесінде "
        "ашылатынын айтты."
    ),
}
_WORDS = (
    "Alpha Steppe Caspian Aral Altai Tengri Orda Nomad Silk Eurasian Central Northern Digital "
    "Green Energy Water Health Medical Science Research Mountain River Lake Valley"
).split()
_KINDS = ("University", "Institute", "Company", "Centre", "Foundation", "Agency")
_RU_WORDS = "Степной Каспийский Аральский Алтайский Евразийский Северный Цифровой Водный".split()
_RU_KINDS = ("университет", "институт", "центр", "фонд", "агентство")


def _database(folder: Path, extra: int) -> Path:
    path = folder / f"known-{extra}.sqlite3"
    database, _ = initialize(str(path))
    database.dispose()
    rnd = random.Random(extra)
    with sqlite3.connect(path) as connection:
        for i in range(extra):
            name = f"{rnd.choice(_WORDS)} {rnd.choice(_WORDS)} {rnd.choice(_KINDS)} {i}"
            alias = f"{rnd.choice(_RU_WORDS)} {rnd.choice(_RU_KINDS)} {i}"
            cursor = connection.execute(
                "INSERT INTO organization (kind, name, name_key, version) "
                "VALUES ('other', ?, ?, 1)",
                (name, name.casefold()),
            )
            connection.execute(
                "INSERT INTO organization_alias (organization_id, alias, alias_key) "
                "VALUES (?, ?, ?)",
                (cursor.lastrowid, alias, alias.casefold()),
            )
    return path


def _floor(path: Path) -> float:
    start = time.perf_counter()
    with sqlite3.connect(path) as connection:
        names = connection.execute(
            "SELECT name FROM organization UNION ALL SELECT alias FROM organization_alias "
            "UNION ALL SELECT name FROM person"
        ).fetchall()
        sum(len(name) for (name,) in names)
    return time.perf_counter() - start


def _import_time(path: Path, text: str, runs: int) -> float:
    database = open_database(str(path))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with database.session() as session:
            prepare_text(session, text)
        times.append(time.perf_counter() - start)
    database.dispose()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="0,1000,5000", help="organizations added to the seed")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        paths = {size: _database(folder, size) for size in sizes}
        # Load every language's rules (the Russian model) before any figure is taken.
        _import_time(paths[sizes[0]], " ".join(TEXTS.values()), 1)
        for text in TEXTS.values():
            _import_time(paths[sizes[0]], text, 1)
        print(f"{'organizations':>14} {'en':>8} {'ru':>8} {'kk':>8}   floor: every name read")
        for size in sizes:
            figures = [_import_time(paths[size], text, args.runs) for text in TEXTS.values()]
            cells = " ".join(f"{t * 1000:6.0f}ms" for t in figures)
            print(f"{'seed + ' + str(size):>14} {cells}   {_floor(paths[size]) * 1000:6.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
