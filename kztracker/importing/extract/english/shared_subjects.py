"""A dated piece that shares its sentence's subject ("Construction of the plant is to begin in
2025 and be completed in 2027"): the second milestone is titled with that subject, not with its
bare verb. The words are data (data/milestone_titles.json)."""

from __future__ import annotations

import re

from kztracker.importing.extract.language_files import language_file, one_of

_WORDS = language_file("english", "milestone_titles")

# "X is to begin in 2025 and be completed in 2027": the second piece shares the sentence's
# subject; a piece opened by "and" and a verb, or a verb right after a clause break at "and".
_NO_VERB = "(?:" + one_of(_WORDS["not_verbs"]) + ")"
_AND = _WORDS["subject_joiner"]
_SHARED = re.compile(rf"^\s*,?\s*{_AND}\s+(?!{_NO_VERB}\b)[a-z]")
_BARE_VERB = re.compile(rf"^\s*(?!{_NO_VERB}\b)[a-z]")
_AND_BEFORE = re.compile(rf"\b{_AND}\s*$")
_OPENING = re.compile(r"^\s*(?:(?:" + one_of(_WORDS["subject_openings"]) + r")\b[^,]{0,120},\s*)?")
_SUBJECT = re.compile(
    r"(?:(?:The|A|An)\s+)?(?P<subject>[^,;]{3,100}?)\s+(?:"
    + one_of(_WORDS["subject_verbs"])
    + r")\b"
)


def shared_subject(sentence: str, at: int, piece: str, title: str) -> str:
    """ "Construction of the plant is to begin in 2025 and be completed in 2027": the second
    piece, at offset `at` of the sentence, is titled with the sentence's subject ("Construction
    of the plant to be completed"), not "Be completed"."""
    if at <= 0 or not title:
        return title
    if not (
        _SHARED.match(piece) or (_BARE_VERB.match(piece) and _AND_BEFORE.search(sentence[:at]))
    ):
        return title
    opening = _OPENING.match(sentence)
    subject = _SUBJECT.match(sentence, opening.end() if opening else 0)
    if subject is None or subject.end() > at:
        return title
    named = subject.group("subject").strip()
    rest = title[:1].lower() + title[1:]
    if named.casefold() in rest.casefold():
        return title
    if rest.split()[0] == _WORDS["bare_infinitive"]:
        rest = _WORDS["infinitive_marker"] + rest
    return f"{named[:1].upper()}{named[1:]} {rest}"
