"""Scoring against a corpus of real announcements in the shared gold shape, split by outlet.

The figures follow the corpus's own definitions (its README and reference scorer), so the
project's numbers and the reference's agree: per type, a maximum one-to-one matching of what
extraction proposes (the dry-run view: items matching would skip are left out) to the gold;
names compared after NFKC, case folding, punctuation and legal forms dropped, a multi-word name
matching inside a longer one; a memorandum by its set of parties; a dated milestone by its date at
the gold's precision and a similar title, a memorandum's signing date counting as a dated event.
Focus areas, which the reference does not score, are scored beside them (SCORED_TYPES): an area
matches a gold one whose words it shares, as a person's title does.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

CORPUS_TYPES = ("organizations", "people", "titles", "memoranda", "milestones")
SCORED_TYPES = (*CORPUS_TYPES, "focus_areas")
_LATIN_LOOKALIKES = str.maketrans("авекмнорстухіАВЕКМНОРСТУХІ", "abekmhopctyxiABEKMHOPCTYXI")
# Function words and legal forms that do not tell two names apart.
_IGNORED = frozenset(
    "the of and for a an in on at to jsc llp ltd inc ag plc rse nao ao "
    "ао тоо ооо нао ргп пхв ақ жшс и және".split()
)
_SIGNING = re.compile(
    r"sign|подпис|қол қой|заключ|agreement|memorand|меморандум|соглашени|келісім", re.IGNORECASE
)


def normal(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    if re.search("[a-z]", text):
        text = text.translate(_LATIN_LOOKALIKES)
    text = text.replace("’", "'").replace("'s ", " ")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(w for w in text.split() if w not in _IGNORED)


def similarity(a: str | None, b: str | None, lenient: bool = False) -> float:
    a, b = normal(a), normal(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    words_a, words_b = set(a.split()), set(b.split())
    # A multi-word name counts inside a longer one; a single word only on its own.
    shorter = min(len(words_a), len(words_b))
    overlap = len(words_a & words_b) / (
        shorter if lenient or shorter >= 2 else max(len(words_a), len(words_b))
    )
    return max(SequenceMatcher(None, a, b).ratio(), overlap)


def matched(predicted: list[Any], gold: list[Any], fits: Callable[[Any, Any], bool]) -> int:
    """The size of a maximum one-to-one matching (augmenting paths)."""
    edges = [[i for i, p in enumerate(predicted) if fits(p, g)] for g in gold]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    return sum(1 for gi in range(len(gold)) if augment(gi, set()))


def _org_names(organization: dict[str, Any]) -> list[str]:
    return [organization.get("name") or "", *(organization.get("aliases") or [])]


def _organization_fits(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return any(similarity(p.get("name"), n) >= 0.85 for n in _org_names(g))


def _person_fits(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return similarity(p.get("name"), g.get("name")) >= 0.85


def _title_fits(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return _person_fits(p, g) and similarity(p.get("title"), g.get("role"), lenient=True) >= 0.6


def _parties_fit(organizations: list[dict[str, Any]]) -> Callable[[Any, Any], bool]:
    def canonical(name: str) -> str:
        best, score = name, 0.0
        for organization in organizations:
            for spelling in _org_names(organization):
                value = similarity(name, spelling)
                if value > score:
                    best, score = organization["name"], value
        return normal(best) if score >= 0.8 else normal(name)

    def fits(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return {canonical(x) for x in p.get("parties") or []} == {
            canonical(x) for x in g.get("parties") or []
        }

    return fits


def _focus_area_fits(p: dict[str, Any], g: str) -> bool:
    return similarity(p.get("name"), g, lenient=True) >= 0.6


def _date_fits(found: str | None, expected: str | None) -> bool:
    if not expected:
        return not found
    if not found:
        return False
    return found.startswith(expected) or (expected.startswith(found) and len(found) >= 7)


def _milestone_fits(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return (
        _date_fits(p.get("date"), g.get("date"))
        and similarity(p.get("title"), g.get("title"), lenient=True) >= 0.35
    )


def dated_events(predicted: dict[str, Any]) -> list[dict[str, Any]]:
    """Dated milestones plus each memorandum's signing, credited once either way."""
    events = [m for m in predicted.get("milestones") or [] if m.get("date")]
    for memorandum in predicted.get("memoranda") or []:
        day = memorandum.get("signed_on")
        if day and not any(
            e.get("date") == day and _SIGNING.search(e.get("title") or "") for e in events
        ):
            name = memorandum.get("title") or " ".join(memorandum.get("parties") or [])
            events.append({"title": "signed " + name, "date": day})
    return events


def score_prediction(
    predicted: dict[str, Any], gold: dict[str, Any]
) -> dict[str, tuple[int, int, int]]:
    """(right, proposed, gold) per type for one text."""
    people = predicted.get("people") or []
    gold_people = gold.get("people") or []
    rows: dict[str, tuple[list[Any], list[Any], Callable[[Any, Any], bool]]] = {
        "organizations": (
            predicted.get("organizations") or [],
            gold.get("organizations") or [],
            _organization_fits,
        ),
        "people": (people, gold_people, _person_fits),
        "titles": (people, gold_people, _title_fits),
        "memoranda": (
            predicted.get("memoranda") or [],
            gold.get("memoranda") or [],
            _parties_fit(gold.get("organizations") or []),
        ),
        "milestones": (
            dated_events(predicted),
            [m for m in gold.get("milestones") or [] if m.get("date")],
            _milestone_fits,
        ),
        "focus_areas": (
            predicted.get("focus_areas") or [],
            gold.get("focus_areas") or [],
            _focus_area_fits,
        ),
    }
    return {
        kind: (matched(found, expected, fits), len(found), len(expected))
        for kind, (found, expected, fits) in rows.items()
    }


def prf(right: int, proposed: int, expected: int) -> tuple[float, float, float]:
    precision = right / proposed if proposed else (1.0 if not expected else 0.0)
    recall = right / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class CorpusTable:
    """Totals for one language and split, and the per-text counts behind them."""

    language: str
    split: str
    totals: dict[str, list[int]] = field(
        default_factory=lambda: {k: [0, 0, 0] for k in SCORED_TYPES}
    )
    texts: dict[str, dict[str, tuple[int, int, int]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, counts: dict[str, tuple[int, int, int]]) -> None:
        self.texts[name] = counts
        for kind, values in counts.items():
            for i, value in enumerate(values):
                self.totals[kind][i] += value

    def f1(self, kind: str) -> float:
        return prf(*self.totals[kind])[2]


def is_corpus(directory: Path) -> bool:
    return (directory / "splits.json").is_file()


def corpus_texts(corpus: Path, split: str, language: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The (text, gold) pairs of one split in one language, in the split's order."""
    names = json.loads((corpus / "splits.json").read_text("utf-8"))[split]
    for name in names:
        gold = json.loads((corpus / f"{name}.gold.json").read_text("utf-8"))
        if gold.get("language") == language:
            yield corpus / f"{name}.txt", gold


def dry_run_view(draft: Any) -> dict[str, Any]:
    """What `import --dry-run --json` shows of a draft, in the fields the scoring reads."""

    def kept(items: list[Any]) -> list[Any]:
        return [i for i in items if i.match.action != "skip"]

    def iso(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "organizations": [{"name": o.name} for o in kept(draft.organizations)],
        "people": [{"name": p.name, "title": p.title} for p in kept(draft.people)],
        "memoranda": [
            {"title": m.title, "parties": m.parties, "signed_on": iso(m.signed_on)}
            for m in kept(draft.memoranda)
        ],
        "milestones": [{"title": m.title, "date": iso(m.date)} for m in kept(draft.milestones)],
        "focus_areas": [{"name": a.name} for a in kept(draft.focus_areas)],
    }


def folder_texts(folder: Path, language: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The (text, gold) pairs of a folder of NAME.txt + NAME.gold.json in the corpus's shape
    (a held-out set), those in one language, by name."""
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        text = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if gold.get("language") == language and text.is_file():
            yield text, gold


def score_corpus(corpus: Path, split: str, language: str, database: Any) -> CorpusTable:
    """Read, extract and match each text in-process against `database`, as the dry run does."""
    return score_texts(
        corpus_texts(corpus, split, language), CorpusTable(language, split), database
    )


def score_texts(
    pairs: Iterable[tuple[Path, dict[str, Any]]], table: CorpusTable, database: Any
) -> CorpusTable:
    """`table` with each (text, gold) pair scored by the corpus's rules, the text read,
    extracted and matched in-process against `database` as the dry run does."""
    from kztracker.importing.read import read_file
    from kztracker.services.importing import prepare_document

    for path, gold in pairs:
        try:
            with database.session() as session:
                draft = prepare_document(session, read_file(path))
            predicted = dry_run_view(draft)
        except Exception as error:  # a crash on a real text counts as nothing extracted
            table.errors.append(f"{path.name}: {type(error).__name__}: {error}")
            predicted = {}
        table.add(path.stem, score_prediction(predicted, gold))
    return table


def format_table(table: CorpusTable, per_text: bool = False) -> str:
    lines = [f"{table.language} {table.split} ({len(table.texts)} texts)"]
    if per_text:
        for name, counts in table.texts.items():
            cells = "  ".join(f"{k[:4]} {r}/{p}/{g}" for k, (r, p, g) in counts.items())
            lines.append(f"  {name:50s} {cells}")
    lines.append(f"  {'type':14s} {'P':>6s} {'R':>6s} {'F1':>6s}   (right/proposed/gold)")
    for kind in SCORED_TYPES:
        right, proposed, expected = table.totals[kind]
        p, r, f = prf(right, proposed, expected)
        label = kind if kind in CORPUS_TYPES else "focus areas*"
        lines.append(f"  {label:14s} {p:6.2f} {r:6.2f} {f:6.2f}   ({right}/{proposed}/{expected})")
    lines.append("  * not scored by the corpus's reference scorer: an area matches by its words")
    lines += [f"  error {e}" for e in table.errors]
    return "\n".join(lines)
