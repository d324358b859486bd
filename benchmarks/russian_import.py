"""How long a Russian import takes, beside the bare floor of natasha's NER in the same run.

    python benchmarks/russian_import.py [FILE.txt]   (default: a Russian announcement written here)

Prints:
1. The first Russian import of a process: the whole `kztracker --db DB import --dry-run --json
   FILE` command, a fresh process each time (so the NER model, the dictionaries and the language
   model load every time), the median of three runs; beside it the bare floor from the same run:
   a script that only loads natasha's NER model (navec + slovnet) and tags one sentence, and an
   empty Python start.
2. Later imports in one process (the model loaded once): read, extract and match the same file
   against the seeded database, the median of five.
3. Extraction of a 1 MB Russian text (the announcement repeated), in process.
4. What the Russian packages add to the install: the files each distribution installed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from compiled import compiled_environment

ANNOUNCEMENT = """Университеты Павлодара и Барнаула подписали меморандум
14 октября 2025 года 11:20
Сегодня Павлодарский педагогический университет и Алтайский государственный университет \
подписали меморандум о сотрудничестве в области подготовки учителей сроком на 5 лет. \
Документ подписали ректор Павлодарского педагогического университета Болат Кенжебаев и \
ректор Алтайского государственного университета Сергей Бочаров.
Стороны договорились о запуске совместной магистерской программы в сентябре 2026 года. \
В ноябре прошлого года делегация Алтайского университета посетила Павлодар, а министр \
просвещения Республики Казахстан Гани Бейсембаев встретился с гостями в Астане.
"""

BARE_NER = """
import importlib.util, os
from navec import Navec
from slovnet import NER
base = list(importlib.util.find_spec("natasha").submodule_search_locations)[0]
tagger = NER.load(os.path.join(base, "data/model/slovnet_ner_news_v1.tar"))
tagger.navec(Navec.load(os.path.join(base, "data/emb/navec_news_v1_1B_250K_300d_100q.tar")))
tagger("Ректор университета Сергей Бочаров подписал меморандум в Астане.")
"""

# natasha, what it brings with it (installed whether or not its parts are used), and pymorphy3.
PACKAGES = (
    "natasha",
    "navec",
    "slovnet",
    "razdel",
    "yargy",
    "ipymarkup",
    "intervaltree",
    "sortedcontainers",
    "pymorphy2",
    "pymorphy2-dicts-ru",
    "dawg-python",
    "docopt",
    "pymorphy3",
    "pymorphy3-dicts-ru",
    "dawg2-python",
)


def _wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=compiled_environment())
    return time.perf_counter() - start


def _median(command: list[str], runs: int = 3) -> float:
    _wall(command)  # untimed: warms the file cache and the bytecode
    return statistics.median(_wall(command) for _ in range(runs))


def _installed_bytes(name: str) -> int | None:
    try:
        dist = distribution(name)
    except PackageNotFoundError:
        return None
    total = 0
    for file in dist.files or []:
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            total += path.stat().st_size
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "file", nargs="?", type=Path, help="a Russian announcement (default: one written here)"
    )
    given = parser.parse_args().file
    if given is not None and not given.is_file():
        parser.error(f"{given}: no such file")
    kztracker = str(Path(sys.executable).with_name("kztracker"))
    with tempfile.TemporaryDirectory() as folder:
        path = given or Path(folder) / "announcement.txt"
        if given is None:
            path.write_text(ANNOUNCEMENT, encoding="utf-8")
        database = str(Path(folder) / "seeded.db")
        subprocess.run([kztracker, "--db", database, "init"], check=True, capture_output=True)

        print("1. first Russian import of a process (median of 3, wall time)")
        first = _median([kztracker, "--db", database, "import", "--dry-run", "--json", str(path)])
        floor = _median([sys.executable, "-c", BARE_NER])
        python = _median([sys.executable, "-c", "pass"])
        print(f"   kztracker import --dry-run --json   {first:6.2f} s")
        print(f"   bare floor: natasha NER, one sentence {floor:6.2f} s")
        print(f"   bare floor: empty Python start      {python:6.2f} s")

        print("2. later imports in one process (median of 5)")
        from kztracker.db import open_database
        from kztracker.services.importing import prepare_file

        db = open_database(database, create=False, read_only=True)
        with db.session() as session:
            start = time.perf_counter()
            prepare_file(session, path)
            print(f"   first in process (loads the models)  {time.perf_counter() - start:6.2f} s")
            times = []
            for _ in range(5):
                start = time.perf_counter()
                prepare_file(session, path)
                times.append(time.perf_counter() - start)
            print(f"   later                                {statistics.median(times):6.2f} s")
        db.dispose()

        print("3. extraction of a 1 MB Russian text, in process")
        from kztracker.importing.extract import extract
        from kztracker.importing.read import read_text

        text = path.read_text(encoding="utf-8")
        copies = 1_000_000 // len(text.encode("utf-8")) + 1
        # Each copy's lines numbered, so none is dropped as a repeated line.
        big = "\n".join(
            f"{line} Раздел {n}." for n in range(copies) for line in text.splitlines() if line
        )
        start = time.perf_counter()
        draft = extract(read_text(big))
        size = len(big.encode("utf-8")) / 1e6
        print(
            f"   {size:.2f} MB: {time.perf_counter() - start:6.2f} s "
            f"({len(draft.organizations)} organizations, {len(draft.people)} people)"
        )

    print("4. install growth (files each distribution installed)")
    total = 0
    for name in PACKAGES:
        installed = _installed_bytes(name)
        if installed is None:
            print(f"   {name:22s} not installed")
            continue
        total += installed
        print(f"   {name:22s} {installed / 1e6:6.1f} MB")
    print(f"   {'total':22s} {total / 1e6:6.1f} MB")


if __name__ == "__main__":
    main()
