"""A commission or council the story names only as the thing that meets ("the 7th Meeting of the
Intergovernmental Commission on Trade", "the forthcoming convening of the X Business Council",
"the 8th X Council meeting") names an event, not a partner: its members act, and the text names
them elsewhere. One that signs a memorandum, or is named once outside such a frame, stays. The
head words and the meeting nouns are data (data/actors.json)."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMemorandum, DraftOrganization
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "actors")
_BODY = re.compile(r"\b(?:" + "|".join(_DATA["meeting_bodies"]) + r")\b", re.IGNORECASE)
# "meeting of the", "11th meeting of", "convening of the Kazakhstan-Belarus": up to the name.
_FRAME = re.compile(
    r"\b(?:" + "|".join(_DATA["meeting_nouns"]) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


# "the 8th X Business Council meeting in Madrid": the body's name used as the sitting's.
_SITTING = re.compile(r"^\s+(?:" + "|".join(_DATA["meeting_nouns"]) + r")\b", re.IGNORECASE)


# "the X Commission would meet in Astana": the body is the subject of its own sitting.
_MEETS = re.compile(
    fill_slots(
        _DATA["meets_after"], verbs="|".join(w.replace(" ", r"\s+") for w in _DATA["meeting_verbs"])
    )
)


def meeting_bodies(
    organizations: list[DraftOrganization], memoranda: list[DraftMemorandum], text: str
) -> list[DraftOrganization]:
    """The organizations less the bodies every mention of which is a meeting's name."""
    signing = {party for memorandum in memoranda for party in memorandum.parties}
    kept = []
    for organization in organizations:
        names = [organization.name, *organization.aliases]
        mentions = [m for n in names for m in re.finditer(re.escape(n), text)]
        if (
            _BODY.search(organization.name)
            and mentions
            and not signing & set(names)
            and all(
                _FRAME.search(text[max(0, m.start() - 40) : m.start()])
                or _MEETS.match(text[m.end() : m.end() + 80])
                or _SITTING.match(text[m.end() : m.end() + 20])
                for m in mentions
            )
        ):
            continue
        kept.append(organization)
    return kept
