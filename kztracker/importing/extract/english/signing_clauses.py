"""Coordinated signing clauses: "A and B signed an agreement on X, and C and D signed a
memorandum on Y", "A signed a memorandum with B; C signed a contract with D". Each clause after
such a break has its own subject and signing verb, so a document's subjects are those of its own
clause, and a document's partners end where the next clause begins. The breaks are data
(agreements.json 'clause_breaks'). A project noun after a document of its own clause is what
that document is for."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.agreement_wording import NOUN, SIGN, WORDING
from kztracker.importing.extract.english.listed_documents import document_kind
from kztracker.importing.extract.english.text import Sentence

_BREAK = re.compile(WORDING["clause_breaks"], re.IGNORECASE)
# The subject of a new clause: capitalised words before its verb, no agreement noun among them.
_SUBJECT = re.compile(WORDING["clause_subject"], re.IGNORECASE)


def clause_breaks(sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end), in the text, of each break in `sentence` that closes a clause with a signing
    verb and opens one with a subject and a signing verb of its own, its document after it."""
    text = sentence.text
    found: list[tuple[int, int]] = []
    for match in _BREAK.finditer(text):
        verb = SIGN.search(text, match.end())
        if verb is None or not _SUBJECT.match(text[match.end() :]):
            continue
        opened = found[-1][1] - sentence.start if found else 0
        if not SIGN.search(text, opened, match.start()):
            continue  # "A, the Polish company, and B signed": one subject listed, no clause
        if NOUN.search(text, match.end(), verb.start()) or _BREAK.search(
            text, match.end(), verb.start()
        ):
            continue  # ", and a contract was signed": the passive names its own sides
        if not NOUN.search(text, verb.end()):
            continue
        found.append((sentence.start + match.start(), sentence.start + match.end()))
    return found


def own_clause(breaks: list[tuple[int, int]], position: int, opens: int) -> int:
    """Where the clause holding `position` opens: after the last break before it, else
    `opens`."""
    return max([opens] + [end for _, end in breaks if end <= position])


def clause_end(breaks: list[tuple[int, int]], position: int, stop: int) -> int:
    """Where the clause holding `position` ends: at the first break after it, else `stop`."""
    return min([stop] + [start for start, _ in breaks if start >= position])


def serves_document(
    sentence: Sentence, matches: list[re.Match[str]], n: int, breaks: list[tuple[int, int]]
) -> bool:
    """Whether the bare project or partnership noun of `matches[n]` follows a document noun of
    its own clause ("signed a loan agreement with A for the B Road Project"): it names what the
    document is for, not a second document."""
    match = matches[n]
    if match.group("prep") or document_kind(match.group("noun")) != "other":
        return False
    opens = own_clause(breaks, sentence.start + match.start(), sentence.start)
    return any(
        document_kind(m.group("noun")) != "other" and sentence.start + m.start() >= opens
        for m in matches[:n]
    )
