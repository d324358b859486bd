"""Bodies named only as background (resolve stage): "X was founded in 1993 by Y", "X is one of
the founders of Y", "X is a member of Y". The annotation guide lists organizations that act in
the story; a name every written mention of which stands in such a frame only describes another
one. So is a name told only in sentences of a long past span ("over the past two decades"),
or in sentences telling what a body named before does in general ("It promotes ... through
X"), that sign nothing. The frames are data (actors.json "background_before",
"background_spans", "background_sentence_openers")."""

from __future__ import annotations

import re
from bisect import bisect_right

from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "actors")
_FRAME = re.compile(
    fill_slots(_DATA["background_frame"], frames="|".join(_DATA["background_before"]))
)
_SPAN = re.compile(r"\b(?:" + "|".join(_DATA["background_spans"]) + r")\b", re.IGNORECASE)
_SIGNING = re.compile(r"\b(?:" + "|".join(_DATA["signing_words"]) + r")", re.IGNORECASE)
_STOP = re.compile(r"[.!?]\s|\n")
_DESCRIBING = re.compile(r"^\s*(?:" + "|".join(_DATA["background_sentence_openers"]) + r")")


def background(mentions: list[OrganizationMention], text: str) -> set[str]:
    """The names whose every written mention only describes another organization."""
    only: dict[str, bool] = {}
    # Where each sentence break ends, found once: looking back from every mention to the
    # text's start made a long text quadratic.
    breaks = [m.end() for m in _STOP.finditer(text)]
    for mention in mentions:
        if mention.derived:
            continue
        framed = bool(_FRAME.search(text[max(0, mention.start - 60) : mention.start]))
        if not framed:
            sentence = _sentence_of(mention, text, breaks)
            framed = _in_long_past(sentence) or _in_description(sentence)
        only[mention.name] = only.get(mention.name, True) and framed
    return {name for name, framed in only.items() if framed}


def _sentence_of(mention: OrganizationMention, text: str, breaks: list[int]) -> str:
    before = bisect_right(breaks, mention.start)
    start = breaks[before - 1] if before else 0
    stop = _STOP.search(text, mention.end)
    return text[start : stop.start() + 1 if stop else len(text)]


def _in_description(sentence: str) -> bool:
    """Whether the mention's sentence tells what a body named before does in general ("It
    promotes cooperation through X"), and no signing."""
    return bool(_DESCRIBING.match(sentence)) and not _SIGNING.search(sentence)


def _in_long_past(sentence: str) -> bool:
    """Whether the mention's sentence tells a long past span ("over the past two decades") and
    no signing: what the name did before the story, not in it."""
    return bool(_SPAN.search(sentence)) and not _SIGNING.search(sentence)
