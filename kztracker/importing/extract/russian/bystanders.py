"""Part of the resolve stage: organizations named in the text that do not act in the story.

Two kinds: a piece of a longer official name tagged on its own («Министерства образования» of
«Институт ... Комитета науки и Министерства образования и науки»), and what a document is about
(«соглашение о создании Центра ядерной науки»: the centre does not exist yet, it signs nothing),
unless the same organization is also named elsewhere.
"""

from __future__ import annotations

from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.clauses import is_agreement, subject_range
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.resolve import core_key


def without_bystanders(
    found: list[OrganizationMention], sentences: list[SentenceMentions], text: str
) -> list[OrganizationMention]:
    subjects = _subjects(sentences)
    written = {id(m): text[m.start : m.end] for m in found if not m.derived}
    longer_names = sorted({m.name for m in found}, key=len, reverse=True)
    pieces = {
        id(m) for m in found if not m.derived and _piece_of(written[id(m)], m.name, longer_names)
    }
    about = {id(m) for m in found if not m.derived and any(
        a <= m.start < b for a, b in subjects.get(m.sentence, []))}
    acting = {core_key(m.name) for m in found if id(m) not in about}
    return [m for m in found if id(m) not in pieces
            and (id(m) not in about or core_key(m.name) in acting)]


def _piece_of(written: str, name: str, longer_names: list[str]) -> bool:
    """The mention as written stands inside another organization's name."""
    if len(written.split()) < 2:
        return False
    needle = " " + written.casefold() + " "
    return any(other != name and len(other) > len(written) and needle in (
        " " + other.casefold() + " ") for other in longer_names)


def _subjects(sentences: list[SentenceMentions]) -> dict[int, list[tuple[int, int]]]:
    """Character ranges of what each sentence's documents are about."""
    out: dict[int, list[tuple[int, int]]] = {}
    for mentions in sentences:
        tokens = mentions.tokens
        for i in range(len(tokens)):
            if is_agreement(tokens, i):
                first, last = subject_range(tokens, i)
                if last > first:
                    out.setdefault(mentions.index, []).append(
                        (tokens[first].start, tokens[last - 1].end))
    return out
