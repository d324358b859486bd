"""Documents a signed document refers to: «дорожная карта по реализации соглашения о
сотрудничестве ...» is signed to carry out an agreement, so that agreement exists and is an
entry of its own (the guide: one entry per document). Its sides are the same, unless it is
intergovernmental: then the governments of the sides' countries (data: referenced.json).
"""

from __future__ import annotations

import re
from functools import cache

from kztracker.importing.draft import DraftMemorandum, DraftOrganization
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.extract.russian.normalize import head_phrase_nominative, lemma


def referenced_documents(
    memoranda: list[DraftMemorandum], organizations: list[DraftOrganization]
) -> tuple[list[DraftMemorandum], list[DraftOrganization]]:
    """The documents the memoranda are signed to carry out, not already among them, and the
    governments that are their sides and not yet among the organizations."""
    found: list[DraftMemorandum] = []
    added: list[DraftOrganization] = []
    known = {o.name for o in organizations}
    titles = {m.title.casefold() for m in memoranda}
    for memo in memoranda:
        match = _pattern().search(memo.title)
        if match is None or len(memo.parties) < 2:
            continue
        title = head_phrase_nominative(match.group(1)).strip(" ,.;:")
        title = upper_first(title)
        if title.casefold() in titles:
            continue
        config = load("referenced")
        parties = list(memo.parties)
        if config["intergovernmental"] in title.casefold():
            governments = [government_of(p) for p in parties]
            if None in governments or len(set(governments)) < 2:
                continue
            parties = [g for g in governments if g is not None]
            added += [
                DraftOrganization(name=g, kind="government")
                for g in parties
                if g not in known and all(a.name != g for a in added)
            ]
        kind = config["documents"][match.group(2).casefold()]
        found.append(
            DraftMemorandum(title=title, kind=kind, parties=parties, spans=list(memo.spans))
        )
        titles.add(title.casefold())
    return found, added


@cache
def _pattern() -> re.Pattern[str]:
    config = load("referenced")
    acts = "|".join(config["implementing"])
    documents = "|".join(config["documents"])
    endings = "|".join(config["describing_adjective_endings"])
    return re.compile(
        rf"\b(?:{acts})\s+((?:[а-яё-]+(?:{endings})\s+)*({documents})\b.*)", re.IGNORECASE
    )


def government_of(party: str) -> str | None:
    """The government of the country a side belongs to: the first country its name holds
    («Посольство Японии в Казахстане» is Japan's)."""
    countries: dict[str, str] = load("lexicon")["country_words"]
    governments: dict[str, str] = load("referenced")["governments"]
    # «Российской Федерации» is Russia's: the country's long form read as its short one
    for long, short in load("lexicon")["name_variants"].items():
        party = re.sub(re.escape(long), short, party, flags=re.IGNORECASE)
    for word in re.findall(r"[А-ЯЁа-яё-]+", party):
        code = countries.get(lemma(word.casefold()))
        if code is not None:
            return governments.get(code)
    return None
