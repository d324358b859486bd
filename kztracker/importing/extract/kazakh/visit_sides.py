"""Relate, agreements: the two sides of a visit that a signing naming no party follows.

«X-ке Y-тің делегациясы келді. ... Кездесу соңында меморандумға қол қойылды»: the host is named
in the dative, the visitor in the genitive (its delegation, its staff) or the ablative (come
from it); the document the visit ends with is theirs.
"""

from __future__ import annotations

from kztracker.importing.extract.kazakh.documents import case_at
from kztracker.importing.extract.kazakh.lexicon import agreement_stems
from kztracker.importing.extract.kazakh.resolve import is_state
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import OrganizationMention

_BACK = 3  # sentences back a visit may be told
_GUEST_CASES = {"genitive", "ablative"}


def visit_sides(
    sentences: list[Sentence], index: int, orgs_at: dict[int, list[OrganizationMention]]
) -> list[OrganizationMention]:
    """The host and the visitor of the nearest visit told before sentence `index`, when it names
    exactly one of each (not a state: a delegation's country is no party)."""
    for earlier in range(index - 1, max(index - _BACK, -1) - 1, -1):
        sentence = sentences[earlier]
        if agreement_stems("visit_words").search(sentence.text) is None:
            continue
        bodies = [m for m in orgs_at.get(earlier, []) if not is_state(m)]
        hosts = {m.name: m for m in bodies if case_at(sentence, m.end) == "dative"}
        guests = {m.name: m for m in bodies if case_at(sentence, m.end) in _GUEST_CASES}
        if len(hosts) == 1 and len(guests) == 1 and hosts.keys() != guests.keys():
            return [*hosts.values(), *guests.values()]
        return []  # the nearest visit names no clear pair: the signing's sides stay unnamed
    return []
