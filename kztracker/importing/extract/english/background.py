"""Bodies named only as background (resolve stage): "X was founded in 1993 by Y", "X is one of
the founders of Y", "X is a member of Y". The annotation guide lists organizations that act in
the story; a name every written mention of which stands in such a frame only describes another
one. The frames are data (actors.json "background_before")."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kztracker.importing.extract.mentions import OrganizationMention

_DATA = json.loads((Path(__file__).parent / "data" / "actors.json").read_text("utf-8"))
_FRAME = re.compile(r"\b(?:" + "|".join(_DATA["background_before"]) + r")\s+(?:the\s+)?$")


def background(mentions: list[OrganizationMention], text: str) -> set[str]:
    """The names whose every written mention only describes another organization."""
    only: dict[str, bool] = {}
    for mention in mentions:
        if mention.derived:
            continue
        framed = bool(_FRAME.search(text[max(0, mention.start - 60) : mention.start]))
        only[mention.name] = only.get(mention.name, True) and framed
    return {name for name, framed in only.items() if framed}
