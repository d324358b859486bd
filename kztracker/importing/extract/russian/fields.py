"""A Russian field as a list writes it («в области ядерной медицины») in its dictionary form
(«ядерная медицина») for the focus-area stage every language shares; a clause or a lone
adjective («в политической, экономической сферах») names no field and gives nothing."""

from __future__ import annotations

import re

from kztracker.importing.extract.russian.lexicon import AND_WORD
from kztracker.importing.extract.russian.morphology import parses
from kztracker.importing.extract.russian.normalize import head_phrase_nominative

# A finite verb, an infinitive, a short participle or a gerund: the list ran into a clause
# («..., а также определены ключевые направления»).
_CLAUSE_PARTS = frozenset({"VERB", "INFN", "PRTS", "GRND"})
_ADJECTIVAL = frozenset({"ADJF", "PRTF"})


def field_form(phrase: str) -> str:
    first, joined, rest = phrase.partition(f" {AND_WORD} ")
    if joined and len(first.split()) == 1:  # «производства и переработки продукции»
        parts = [field_form(first), field_form(rest)]
        return f" {AND_WORD} ".join(parts) if all(parts) else ""
    words = re.findall(r"[А-Яа-яЁё-]+", phrase)
    if any(_first_reading(w) in _CLAUSE_PARTS for w in words):
        return ""
    if len(words) == 1 and _first_reading(words[0]) in _ADJECTIVAL:
        return ""
    if len(words) > 1 and _nominative_adjective(words[0]):
        return phrase  # «научные программы» is already what a list would call it
    # «зеленой» энергетики»: the quoted word declines with the rest
    quoted = re.fullmatch(r"«([^«»]+)»(.*)", phrase)
    if quoted:
        nominative = head_phrase_nominative(quoted[1] + quoted[2])
        first, _, rest = nominative.partition(" ")
        return f"«{first}» {rest}".strip()
    return head_phrase_nominative(phrase)


def _nominative_adjective(word: str) -> bool:
    return any(p.tag.POS in _ADJECTIVAL and p.tag.case == "nomn" for p in parses(word.casefold()))


def _first_reading(word: str) -> str | None:
    found = parses(word.casefold())
    return str(found[0].tag.POS) if found else None
