"""`kztracker import FILE... [--dry-run] [--json] [--yes]`: announcements into records.

--dry-run shows the proposals and writes nothing. With --json, one file prints one object of
the shape {"source", "organizations", "people", "memoranda", "focus_areas", "milestones"};
every item says what --yes will do with it: "action" ("link" or "create"), "match" ({"name",
"score", "reason"} of the record it links to, or null) and "candidate" (the best record the
matcher found, in the same shape, shown even when it is not linked, or null). Several files
print one JSON array of those objects, in the order given. --yes applies the proposals
unreviewed, each file in its own transaction, one summary line per file (with --json, an array
of summaries). Without either, the review belongs in the window; on a terminal the proposals are
printed and a y/N question decides.

Every file is read, checked against earlier imports and extracted once before anything is
written: one unreadable, already imported or unsupported file stops the whole batch with
nothing written. Ctrl-C while the files are applied keeps the files before the one under way
(with --json, their summaries are printed) and names the first file not imported.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kztracker.errors import Interrupted, shown
from kztracker.i18n import _, quoted

NAME = "import"
HELP = "import announcements (text, HTML, DOCX, PDF) after showing or applying the proposals"
EXAMPLE = "kztracker import announcement.txt --dry-run"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="announcements to import")
    parser.add_argument("--dry-run", action="store_true", help="show the proposals, write nothing")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON: an object for one file, an array of objects for several",
    )
    parser.add_argument("--yes", action="store_true", help="apply the proposals without review")


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _candidate(candidate: Any) -> dict[str, Any] | None:
    if candidate is None:
        return None
    return {"name": candidate.name, "score": candidate.score, "reason": candidate.reason}


def _matching(item: Any) -> dict[str, Any]:
    """What `--yes` will do with an item: its action, the record it links to ("match", or
    null) and the best candidate shown to a reviewer even when it is not linked."""
    match = item.match
    shown = [c for c in match.candidates if not c.parent]
    linked = next((c for c in shown if c.record_id == match.record_id), None)
    return {
        "action": match.action,
        "match": _candidate(linked) if match.action == "link" else None,
        "candidate": _candidate(shown[0] if shown else None),
    }


def draft_json(draft: Any) -> dict[str, Any]:
    """The dry-run object for one draft (issue 6's shape); skipped items are left out."""
    from kztracker.importing.outcome import source_title

    def kept(items: list[Any]) -> list[Any]:
        return [i for i in items if i.match.action != "skip"]

    document = draft.document
    return {
        "source": {
            "title": source_title(document),
            "published": _iso(document.published_on),
            "language": document.language,
        },
        "organizations": [
            {"name": o.name, "kind": o.kind, "country": o.country, **_matching(o)}
            for o in kept(draft.organizations)
        ],
        "people": [
            {
                "name": p.name,
                "title": p.title,
                "organization": p.organization,
                **_matching(p),
            }
            for p in kept(draft.people)
        ],
        "memoranda": [
            {
                "title": m.title,
                "parties": m.parties,
                "signed_on": _iso(m.signed_on),
                "valid_until": _iso(m.valid_until),
                "focus_areas": m.focus_areas,
                **_matching(m),
            }
            for m in kept(draft.memoranda)
        ],
        "focus_areas": [{"name": f.name, **_matching(f)} for f in kept(draft.focus_areas)],
        "milestones": [
            {
                "title": m.title,
                "date": _iso(m.date),
                "status": m.status,
                "organizations": m.organizations,
                **_matching(m),
            }
            for m in kept(draft.milestones)
        ],
    }


def _proposal_lines(draft: Any) -> list[str]:
    lines = []
    groups = (
        (_("Partners"), draft.organizations, "name"),
        (_("People"), draft.people, "name"),
        (_("Focus areas"), draft.focus_areas, "name"),
        (_("Memoranda"), draft.memoranda, "title"),
        (_("Milestones"), draft.milestones, "title"),
    )
    for label, items, attribute in groups:
        if not items:
            continue
        lines.append(f"  {label}:")
        for item in items:
            text = getattr(item, attribute)
            best = item.match.best
            if item.match.action == "link" and best is not None:
                detail = f"-> {best.name} ({best.score:.2f}, {best.reason})"
            elif item.match.action == "create":
                parent = getattr(item, "parent", None)
                detail = _("(under {parent})").format(parent=parent) if parent else ""
                date = getattr(item, "date", None) or getattr(item, "signed_on", None)
                detail += f" [{date}]" if date else ""
                near = next((c for c in item.match.candidates if not c.parent), None)
                if near is not None:
                    # What a reviewer may still link by hand, and why it was not linked.
                    detail += " " + _("(closest: {name}, {score}, {reason})").format(
                        name=near.name, score=f"{near.score:.2f}", reason=near.reason
                    )
            else:
                detail = ""
            lines.append(f"    {item.match.action:<6} {text} {detail}".rstrip())
    return lines


def _read_all(paths: list[str]) -> list[Any]:
    from kztracker.importing.errors import ImportInputError
    from kztracker.importing.read import read_file
    from kztracker.sources import content_hash

    documents = []
    seen: dict[str, str] = {}
    for path in paths:
        document = read_file(path)
        digest = content_hash(document.text)
        if digest in seen:
            raise ImportInputError(
                _("{path} holds the same text as {other}; import one").format(
                    path=shown(path), other=shown(seen[digest])
                )
            )
        seen[digest] = path
        documents.append(document)
    return documents


def _earlier_imports(database: Any, paths: list[str], documents: list[Any]) -> list[str]:
    """One line per file whose text was imported before."""
    from kztracker.importing.outcome import DuplicateImportError, find_earlier_import

    found = []
    with database.session() as session:
        for path, document in zip(paths, documents, strict=True):
            earlier = find_earlier_import(session, document.text)
            if earlier is not None:
                error = DuplicateImportError(earlier.source_id, earlier.title, earlier.imported_at)
                found.append(f"{shown(path)}: {error}")
    return found


def _check_extractable(database: Any, documents: list[Any]) -> None:
    """Extract every text once before writing, so one the extractor refuses (a language it
    does not handle) stops the batch before the first file is written."""
    from kztracker.importing.extract import extract, known_names_from_session

    with database.session() as session:
        known = known_names_from_session(session)
    for document in documents:
        extract(document, known)


def _ask(question: str) -> bool:
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _create_if_missing(db: str | None) -> None:
    """A database that does not exist yet is created and seeded, as the window does on its
    first start; an existing one is left as it is (import never upgrades behind a back)."""
    from kztracker.locations import resolve_url, sqlite_path
    from kztracker.services.database import initialize

    path = sqlite_path(resolve_url(db))
    if path is not None and not path.exists():
        database, _result = initialize(db)
        database.dispose()
        note = _("created a new database at {path}, seeded as on the window's first start")
        print("kztracker: " + note.format(path=shown(path)), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from kztracker.db import open_database
    from kztracker.errors import KztrackerError
    from kztracker.services.importing import apply, prepare_document

    interactive = not (args.dry_run or args.yes)
    # The files first: a missing file or a folder is what a user needs to hear about.
    documents = _read_all(args.files)
    if interactive and not (sys.stdin.isatty() and not args.json):
        raise KztrackerError(
            _(
                "nothing imported: add --dry-run to see the proposals, or --yes to apply them "
                "without review (or review them in the window: kztracker, then Import)"
            )
        )
    _create_if_missing(args.db)
    database = open_database(args.db, create=False, read_only=args.dry_run)
    try:
        if not args.dry_run:
            database.require_writable()
        earlier = _earlier_imports(database, args.files, documents)
        if args.dry_run:
            for line in earlier:
                print("kztracker: " + _("note: {note}").format(note=line), file=sys.stderr)
            drafts = []
            with database.session() as session:
                for document in documents:
                    drafts.append(prepare_document(session, document))
            _print_drafts(args, drafts)
            return 0
        if earlier:
            raise KztrackerError(_("{problem}; nothing imported").format(problem=earlier[0]))
        _check_extractable(database, documents)
        summaries: list[tuple[str, Any]] = []
        applied = 0  # files done, imported or declined
        try:
            for path, document in zip(args.files, documents, strict=True):
                # One transaction per file, so each file matches what the previous ones created.
                with database.sessions.begin() as session:
                    draft = prepare_document(session, document)
                    if interactive:
                        print(f"{path}:")
                        print("\n".join(_proposal_lines(draft)))
                        if not _ask(_("Apply these proposals? [y/N] ")):
                            print(_("{path}: not imported").format(path=path))
                            applied += 1
                            continue
                    result = apply(session, draft)
                summaries.append((path, result))
                applied += 1
                if not args.json:
                    print(
                        _("{path}: imported as {title}: {summary}").format(
                            path=path, title=quoted(result.source_title), summary=result.summary()
                        )
                    )
        except KeyboardInterrupt:
            if not summaries or applied == len(args.files):
                raise
            # Each file before the one under way is in whole: say so, and where to go on from
            # (running the same command again would stop at the first file already imported).
            if args.json:
                _dump_summaries(summaries)
            raise Interrupted(
                _(
                    "interrupted after importing {done} of {total} files, each in full; the "
                    "files from {first} on were not imported — import those"
                ).format(
                    done=len(summaries), total=len(args.files), first=shown(args.files[applied])
                )
            ) from None
    finally:
        database.dispose()
    if args.json:
        _dump_summaries(summaries)
    return 0


def _dump_summaries(summaries: list[tuple[str, Any]]) -> None:
    _dump(
        [
            {
                "file": path,
                "source": result.source_title,
                "created": result.counts("created"),
                "linked": result.counts("linked"),
                "aliases_learned": list(result.aliases_learned),
            }
            for path, result in summaries
        ]
    )


def _print_drafts(args: argparse.Namespace, drafts: list[Any]) -> None:
    if args.json:
        objects = [draft_json(d) for d in drafts]
        _dump(objects[0] if len(objects) == 1 else objects)
        return
    for path, draft in zip(args.files, drafts, strict=True):
        from kztracker.importing.outcome import source_title

        print(f"{path}: {source_title(draft.document)}")
        print("\n".join(_proposal_lines(draft)))


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
