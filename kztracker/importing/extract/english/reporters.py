"""Names that only report the story: "Trend reports", "QazMonitor reports citing ...", "according
to Akorda", "Anadolu Agency also reported". A name every mention of which is such a report is an
outlet, not a partner; a body named by a type word that acts (a ministry, an embassy, a
university) stays, since its press service speaks for a partner. Words are data (actors.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kztracker.importing.extract.mentions import OrganizationMention

_DATA = json.loads((Path(__file__).parent / "data" / "actors.json").read_text("utf-8"))


def _alternatives(key: str) -> str:
    words = sorted(_DATA[key], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


_AFTER = re.compile(
    rf"^[’'s]*\s*(?:News\s+Agency\s+)?(?:also\s+|has\s+|have\s+)?(?:{_alternatives('reporting_after')})\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(rf"\b(?:{_alternatives('reporting_before')})\s+(?:the\s+)?$", re.IGNORECASE)
_ACTING = frozenset(_DATA["acting_types"])


def reporters(mentions: list[OrganizationMention], text: str) -> set[str]:
    """The names whose every written mention only reports."""
    reporting: dict[str, bool] = {}
    for mention in mentions:
        if mention.derived:
            continue
        only = bool(
            _AFTER.match(text[mention.end : mention.end + 40])
            or _BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        )
        reporting[mention.name] = reporting.get(mention.name, True) and only
    return {
        name
        for name, only in reporting.items()
        if only and not any(w.casefold() in _ACTING for w in name.split())
    }
