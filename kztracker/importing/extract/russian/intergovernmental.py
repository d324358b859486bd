"""An intergovernmental agreement signed by ministers: its sides are the two governments.

«Министры здравоохранения ... подписали межправительственное соглашение», or «документ ...
подписали замминистра ... и министр ...» where the text calls it «межправительственным
соглашением»: the ministers sign for their governments, so the document's sides are those
governments (data: referenced.json), not the ministries. A document signed between ministries
and not called intergovernmental keeps the ministries.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kztracker.importing.draft import DraftMemorandum, DraftOrganization
from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.extract.russian.normalize import lemma
from kztracker.importing.extract.russian.referenced import government_of


def intergovernmental_sides(
    memoranda: list[DraftMemorandum], organizations: list[DraftOrganization], text: str
) -> tuple[list[DraftMemorandum], list[DraftOrganization]]:
    """The memoranda with an intergovernmental agreement's ministries replaced by their
    governments, and those governments not yet among the organizations."""
    marker = load("referenced")["intergovernmental"]
    named = [m for m in memoranda if marker in m.title.casefold()]
    if not named and _called_intergovernmental(text):
        # the text calls its one agreement of two ministries so, in a sentence of its own
        named = [m for m in memoranda if m.kind == "agreement" and _ministries(m.parties)]
        named = named if len(named) == 1 else []
    known = {o.name for o in organizations}
    added: list[DraftOrganization] = []
    result = []
    for memo in memoranda:
        governments = [government_of(p) for p in memo.parties]
        if (
            memo in named
            and _ministries(memo.parties)
            and None not in governments
            and len(set(governments)) == len(governments)
        ):
            sides = [g for g in governments if g is not None]
            added += [
                DraftOrganization(name=g, kind="government")
                for g in sides
                if g not in known and all(a.name != g for a in added)
            ]
            memo = replace(memo, parties=sides)
        result.append(memo)
    return result, added


def _called_intergovernmental(text: str) -> bool:
    config = load("referenced")
    nouns = "|".join(config["intergovernmental_agreement"]["nouns"])
    pattern = rf"{config['intergovernmental']}\w*\s+(?:{nouns})\b"
    return re.search(pattern, text.casefold()) is not None


def _ministries(parties: list[str]) -> bool:
    heads = load("referenced")["intergovernmental_agreement"]["ministry_heads"]
    return len(parties) >= 2 and all(
        lemma(p.split()[0].casefold()) in heads for p in parties if p.split()
    )
