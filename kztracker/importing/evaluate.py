"""Measure extraction against labelled announcements: precision, recall and F1 per record type.

    python -m kztracker.importing.evaluate DIR [--texts DIR] [--db DATABASE] [--per-file]
    python -m kztracker.importing.evaluate CORPUS [--split dev|test] [--lang en|ru|kk] [--db DB]

DIR holds `X.gold.json` files, each beside its announcement `X.txt` (or .html, .docx, .pdf);
with --texts, announcements missing beside their gold file are looked up there; with --db,
that database's names and aliases serve as a gazetteer, as they do in the app. Organizations
and people match by normalized name or alias, titles by similarity among matched people,
memoranda by their set of parties, dated milestones by the date at the gold's precision plus a
similar title. Each gold item matches at most one extracted item; the rest count as errors.
Organizations' kinds and countries are scored on the organizations that matched.

A CORPUS is a folder with a `splits.json` (the shared corpus of real announcements): each
language and split gets its own table, scored as the corpus defines it (`corpus_score`), against
DB or, without --db, a freshly seeded database like a new user's. With --corpus-rules a plain
folder of gold files in the corpus's shape (pages held out from tuning) is scored the same way,
a table per language, so its figures compare with the corpus's and with its score.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, utils

from kztracker.dates import PartialDate
from kztracker.importing.corpus_score import (
    CorpusTable,
    folder_texts,
    format_table,
    is_corpus,
    score_corpus,
    score_texts,
)
from kztracker.importing.draft import Draft
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.normalize import name_key

FORMATS = (".txt", ".html", ".htm", ".docx", ".pdf")
TYPES = (
    "organizations",
    "org_kinds",
    "org_countries",
    "people",
    "titles",
    "memoranda",
    "milestones",
    "all_milestones",
    "focus_areas",
)
TITLE_SIMILARITY = 80
MILESTONE_SIMILARITY = 60
FOCUS_SIMILARITY = 70


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    totals: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    files: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def add(self, name: str, counts: dict[str, Counts]) -> None:
        self.files[name] = counts
        for kind, value in counts.items():
            self.totals[kind].add(value)


def _keys(names: Iterable[str | None]) -> set[str]:
    keys = set()
    for name in names:
        if name:
            key = name_key(name)
            keys.add(key)
            keys.add(key.removeprefix("the "))
    return keys


def _similar(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(a, b, processor=utils.default_process))


def _pair(
    gold: list[Any], found: list[Any], score: Callable[[Any, Any], float]
) -> tuple[Counts, list[tuple[Any, Any]]]:
    """Greedy one-to-one pairing by descending score; a score of 0 never pairs."""
    candidates = sorted(
        ((score(g, f), gi, fi) for gi, g in enumerate(gold) for fi, f in enumerate(found)),
        key=lambda c: -c[0],
    )
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs = []
    for value, gi, fi in candidates:
        if value <= 0 or gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        pairs.append((gold[gi], found[fi]))
    return Counts(len(pairs), len(found) - len(pairs), len(gold) - len(pairs)), pairs


def _attribute(pairs: list[tuple[str | None, str | None]]) -> Counts:
    """An attribute of matched items: right when equal, else missed and/or wrong."""
    counts = Counts()
    for expected, got in pairs:
        if expected and got == expected:
            counts.tp += 1
        else:
            counts.fn += bool(expected)
            counts.fp += bool(got)
    return counts


def score_draft(draft: Draft, gold: dict[str, Any]) -> dict[str, Counts]:
    counts: dict[str, Counts] = {}
    gold_orgs = [_keys([o["name"], *o.get("aliases", [])]) for o in gold.get("organizations", [])]
    found_orgs = [_keys([o.name, o.short_name, *o.aliases]) for o in draft.organizations]
    counts["organizations"], org_pairs = _pair(
        list(range(len(gold_orgs))),
        list(range(len(found_orgs))),
        lambda g, f: 1.0 if gold_orgs[g] & found_orgs[f] else 0.0,
    )
    for field_name, kind in (("kind", "org_kinds"), ("country", "org_countries")):
        counts[kind] = _attribute(
            [
                (
                    gold["organizations"][g].get(field_name),
                    getattr(draft.organizations[f], field_name),
                )
                for g, f in org_pairs
            ]
        )

    gold_people = gold.get("people", [])
    counts["people"], pairs = _pair(
        gold_people,
        draft.people,
        lambda g, f: (
            1.0 if _keys([g["name"], *g.get("aliases", [])]) & _keys([f.name, *f.aliases]) else 0.0
        ),
    )
    titles = Counts()
    matched = {id(g): f for g, f in pairs}
    for person in gold_people:
        extracted = matched.get(id(person))
        role = person.get("role")
        title = extracted.title if extracted is not None else None
        if role and title and _similar(role, title) >= TITLE_SIMILARITY:
            titles.tp += 1
        else:
            titles.fn += bool(role)
            titles.fp += bool(title)
    titles.fp += sum(1 for p in draft.people if p.title and not any(p is f for _, f in pairs))
    counts["titles"] = titles

    def org_index(name: str) -> str:
        keys = _keys([name])
        for index, org_keys in enumerate(gold_orgs):
            if keys & org_keys:
                return f"#{index}"
        return name_key(name)

    gold_memos = [frozenset(org_index(p) for p in m["parties"]) for m in gold.get("memoranda", [])]
    found_memos = [frozenset(org_index(p) for p in m.parties) for m in draft.memoranda]
    counts["memoranda"], _ = _pair(gold_memos, found_memos, lambda g, f: 1.0 if g == f else 0.0)

    gold_milestones = [m for m in gold.get("milestones", []) if m.get("date")]
    found_milestones = [m for m in draft.milestones if m.date is not None]

    def milestone_score(g: dict[str, Any], f: Any) -> float:
        expected = PartialDate.parse(g["date"])
        got = f.date
        same = (
            got.year,
            got.month if expected.month else None,
            got.day if expected.day else None,
        ) == (expected.year, expected.month, expected.day)
        similarity = _similar(g["title"], f.title)
        return similarity if same and similarity >= MILESTONE_SIMILARITY else 0.0

    counts["milestones"], _ = _pair(gold_milestones, found_milestones, milestone_score)

    def any_milestone_score(g: dict[str, Any], f: Any) -> float:
        if g.get("date") and f.date is not None:
            return milestone_score(g, f)
        similarity = _similar(g["title"], f.title)
        return similarity if similarity >= MILESTONE_SIMILARITY else 0.0

    counts["all_milestones"], _ = _pair(
        gold.get("milestones", []), draft.milestones, any_milestone_score
    )

    def focus_score(g: str, f: Any) -> float:
        similarity = _similar(g, f.name)
        return similarity if similarity >= FOCUS_SIMILARITY else 0.0

    counts["focus_areas"], _ = _pair(gold.get("focus_areas", []), draft.focus_areas, focus_score)
    return counts


def find_pairs(directory: Path, texts: Path | None = None) -> list[tuple[Path, Path]]:
    pairs = []
    for gold in sorted(directory.glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        for folder in (directory, texts):
            if folder is None:
                continue
            document = next(
                (folder / f"{stem}{ext}" for ext in FORMATS if (folder / f"{stem}{ext}").is_file()),
                None,
            )
            if document is not None:
                pairs.append((document, gold))
                break
    return pairs


def evaluate(directory: Path, texts: Path | None = None, known: KnownNames | None = None) -> Report:
    from kztracker.importing.extract import extract
    from kztracker.importing.read import read_file

    report = Report()
    for document, gold_path in find_pairs(directory, texts):
        gold = json.loads(gold_path.read_text("utf-8"))
        draft = extract(read_file(document), known)
        report.add(document.name, score_draft(draft, gold))
    return report


def format_report(report: Report, per_file: bool = False) -> str:
    lines = [
        f"{'type':<14} {'gold':>5} {'found':>6} {'right':>6} {'precision':>9} "
        f"{'recall':>7} {'F1':>6}"
    ]
    for kind in TYPES:
        c = report.totals[kind]
        label = "milestones*" if kind == "milestones" else kind
        lines.append(
            f"{label:<14} {c.tp + c.fn:>5} {c.tp + c.fp:>6} {c.tp:>6} "
            f"{c.precision:>9.2f} {c.recall:>7.2f} {c.f1:>6.2f}"
        )
    lines.append(
        f"({len(report.files)} announcements; * dated milestones only, "
        f"all_milestones adds undated ones matched by title)"
    )
    if per_file:
        for name, counts in report.files.items():
            cells = "  ".join(
                f"{k[:5]} {c.tp}/{c.tp + c.fn}/{c.tp + c.fp}" for k, c in counts.items()
            )
            lines.append(f"{name}: {cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kztracker.importing.evaluate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("directory", type=Path, help="folder of X.gold.json (+ X.txt) pairs")
    parser.add_argument("--texts", type=Path, help="where announcements missing beside gold are")
    parser.add_argument(
        "--per-file", "-v", action="store_true", help="also print the counts per file"
    )
    parser.add_argument("--db", help="use this database's names and aliases as a gazetteer")
    parser.add_argument(
        "--split",
        choices=("dev", "test"),
        action="append",
        help="corpus split (repeatable; default: dev and test)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "ru", "kk"),
        action="append",
        help="corpus language (repeatable; default: those with rules)",
    )
    parser.add_argument(
        "--corpus-rules",
        action="store_true",
        help="score a folder of corpus-shaped gold files by the corpus's rules, per language",
    )
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"error: {args.directory} is not a folder", file=sys.stderr)
        return 2
    if is_corpus(args.directory) or args.corpus_rules:
        return _corpus_main(args)
    known = None
    if args.db:
        from kztracker.db import open_database
        from kztracker.errors import KztrackerError
        from kztracker.importing.extract import known_names_from_session

        try:
            database = open_database(args.db, create=False)
        except KztrackerError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        try:
            with database.session() as session:
                known = known_names_from_session(session)
        finally:
            database.dispose()
    report = evaluate(args.directory, args.texts, known)
    if not report.files:
        print(f"error: no X.gold.json with its announcement in {args.directory}", file=sys.stderr)
        return 2
    print(format_report(report, args.per_file))
    return 0


def corpus_tables(
    corpus: Path, splits: Iterable[str], languages: Iterable[str], db: str | None = None
) -> list[CorpusTable]:
    """One table per language and split (per language for a folder that is no corpus);
    without `db`, against a new seeded database."""
    import tempfile

    from kztracker.db import open_database
    from kztracker.services.database import initialize

    with tempfile.TemporaryDirectory() as folder:
        if db is None:
            database = initialize(f"sqlite:///{Path(folder) / 'seeded.db'}")[0]
        else:
            database = open_database(db, create=False)
        try:
            if not is_corpus(corpus):  # a folder of held-out pages: one table per language
                tables = [
                    score_texts(
                        folder_texts(corpus, language), CorpusTable(language, corpus.name), database
                    )
                    for language in languages
                ]
                return [table for table in tables if table.texts]
            return [
                score_corpus(corpus, split, language, database)
                for language in languages
                for split in splits
            ]
        finally:
            database.dispose()


def _corpus_main(args: argparse.Namespace) -> int:
    from kztracker.errors import KztrackerError
    from kztracker.importing.extract.languages import rules_for, supported_languages

    languages = args.lang or [c for c in supported_languages() if rules_for(c) is not None]
    try:
        tables = corpus_tables(args.directory, args.split or ("dev", "test"), languages, args.db)
    except KztrackerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("\n\n".join(format_table(t, args.per_file) for t in tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
