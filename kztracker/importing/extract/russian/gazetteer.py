"""Part of the resolve stage: the database's own names found in the text first.

A record the tracker already holds (a partner's Russian name or acronym as an alias, «КазНУ»)
is found wherever the text writes it, even where natasha's model does not tag it, so the import
proposes a link to it rather than a new record.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.lexicon import words
from kztracker.importing.extract.russian.mentions import SentenceMentions

_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_SHORTEST = 3  # letters; a shorter alias matches too much


def known_mentions(
    sentences: list[SentenceMentions], known: KnownNames, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    """Known organizations written in the text where no mention stands yet."""
    owners: dict[str, tuple[str, tuple[str, ...], str | None, str | None]] = {}
    for record in known.organizations:
        for spelling in record.spellings():
            if len(spelling) >= _SHORTEST and _CYRILLIC.search(spelling):
                owners.setdefault(
                    spelling.casefold(),
                    (record.name, record.spellings(), record.kind, record.country),
                )
    if not owners:
        return []
    # One pass over each sentence for all the names at once, longest first.
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(s) for s in sorted(owners, key=len, reverse=True))
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    taken = sorted((m.start, m.end) for m in found if not m.derived)
    added: list[OrganizationMention] = []
    for mentions in sentences:
        for hit in pattern.finditer(mentions.sentence.text):
            start, end = mentions.sentence.start + hit.start(), mentions.sentence.start + hit.end()
            if any(a < end and start < b for a, b in taken):
                continue
            if _cited(mentions.sentence.text[: hit.start()]):
                continue
            name, spellings, kind, country = owners[hit.group().casefold()]
            added.append(
                OrganizationMention(
                    name=hit.group(),
                    start=start,
                    end=end,
                    kind=kind,
                    country=country,
                    sentence=mentions.index,
                    same_as=list(spellings),
                )
            )
    return added


def _cited(before: str) -> bool:
    """«... со ссылкой на Министерство ...», «сообщение распространило Агентство ...»: a known
    body named as the source of the news only reports here, as an unknown one would."""
    tail = before[-40:].casefold().rstrip(' ,«"')
    return any(tail.endswith(cue) for cue in words("lexicon", "outlet_cues"))
