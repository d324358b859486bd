"""Part of the resolve stage: the database's own names found in the text first.

A record the tracker already holds (a partner's Russian name or acronym as an alias, «КазНУ»)
is found wherever the text writes it, even where natasha's model does not tag it, so the import
proposes a link to it rather than a new record.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.known_index import KnownIndex, first_of_each
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.lexicon import words
from kztracker.importing.extract.russian.mentions import SentenceMentions

_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_SHORTEST = 3  # characters; a shorter alias matches too much


def known_mentions(
    sentences: list[SentenceMentions], known: KnownNames, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    """Known organizations written in the text where no mention stands yet, the longest
    spelling first where two start at one place."""
    index = KnownIndex(known.organizations, shortest=_SHORTEST, accept=_CYRILLIC.search)
    if not index:
        return []
    taken = sorted((m.start, m.end) for m in found if not m.derived)
    added: list[OrganizationMention] = []
    for mentions in sentences:
        sentence = mentions.sentence
        for hit in first_of_each(index.find(sentence.text, sentence.start)):
            if any(a < hit.end and hit.start < b for a, b in taken):
                continue
            if _cited(sentence.text[: hit.start - sentence.start]):
                continue
            written = sentence.text[hit.start - sentence.start : hit.end - sentence.start]
            added.append(hit.organization(written, mentions.index))
    return added


def _cited(before: str) -> bool:
    """«... со ссылкой на Министерство ...», «сообщение распространило Агентство ...»: a known
    body named as the source of the news only reports here, as an unknown one would."""
    tail = before[-40:].casefold().rstrip(' ,«"')
    return any(tail.endswith(cue) for cue in words("lexicon", "outlet_cues"))
