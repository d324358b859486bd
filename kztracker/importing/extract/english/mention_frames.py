"""Bodies named only as the setting of the story, not as a partner in it (resolve stage): a
framework ("within the framework of the SCO", "in conjunction with the 79th UN General
Assembly"), a membership ("two member states of the X"), an approval awaited ("subject to X
approval"), or a body that is only being set up ("a Protocol on the establishment of the X
Council", "the X Association will be established"). The annotation guide lists organizations
that act; one every mention of which, after its spellings are merged, stands in such a frame
does not. The frames are data (actors.json "setting_frames_before", "setting_frames_after")."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMemorandum, DraftOrganization
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "actors")
_BEFORE = re.compile(
    r"\b(?:" + "|".join(_DATA["setting_frames_before"]) + r")\s+(?:the\s+)?[«“\"]?$",
    re.IGNORECASE,  # a headline's capitals: "X to Establish Medical School"
)
_AFTER = re.compile(r"^[»\"”’']?\s+(?:" + "|".join(_DATA["setting_frames_after"]) + r")\b")
_WINDOW = 80
# "The alliance will develop ...": {head} is the body's head noun, filled in per name.
_HEAD_ACTS = fill_slots(_DATA["setting_head_acts"], verbs="|".join(_DATA["setting_head_verbs"]))


def without_settings(
    organizations: list[DraftOrganization], memoranda: list[DraftMemorandum], text: str
) -> list[DraftOrganization]:
    """The organizations less those every mention of which frames the story only. A party to
    a memorandum stays; so does a name the text never spells (an implied ministry)."""
    sides = {p for m in memoranda for p in m.parties}
    return [o for o in organizations if o.name in sides or not _framed_only(o, text)]


def _framed_only(organization: DraftOrganization, text: str) -> bool:
    spans = sorted(organization.spans, key=lambda s: s.start)
    own = [
        s
        for k, s in enumerate(spans)
        # "the Shanghai Cooperation Organization (SCO)": the bracket repeats the mention before
        if not (k and text[spans[k - 1].end : s.start].strip() in ("(", "", "«", '"'))
    ]
    return (
        bool(own)
        and all(_framed(text, s.start, s.end) for s in own)
        and not _acts_as_head(organization.name, text)
    )


def _acts_as_head(name: str, text: str) -> bool:
    """ "a memorandum establishing the X Alliance. The alliance will develop ...": the body set
    up acts in the story under its head noun."""
    head = re.findall(r"[A-Za-z]+", name)[-1:]
    return bool(head) and bool(re.search(fill_slots(_HEAD_ACTS, head=head[0].casefold()), text))


def _framed(text: str, start: int, end: int) -> bool:
    return bool(
        _BEFORE.search(text[max(0, start - _WINDOW) : start])
        or _AFTER.match(text[end : end + _WINDOW])
    )
