"""Relate: each milestone to the memorandum of the same text it serves, and to that
memorandum's partners when its own sentence names none.

A milestone whose sentence names organizations serves the memorandum that has one of them as a
party (one such memorandum, else none); a milestone naming none serves the text's only
memorandum, and takes its partners when it is still to come. Without a memorandum, or with
several and nothing to choose by, nothing is linked.
"""

from __future__ import annotations

from kztracker.importing.draft import DraftMemorandum, DraftMilestone
from kztracker.normalize import name_key


def link_milestones(memoranda: list[DraftMemorandum], milestones: list[DraftMilestone]) -> None:
    if not memoranda:
        return
    sides = [{name_key(p) for p in memo.parties} for memo in memoranda]
    for milestone in milestones:
        if milestone.memorandum is not None:
            continue
        own = {name_key(o) for o in milestone.organizations}
        if own:
            serving = [i for i, keys in enumerate(sides) if keys & own]
            chosen = serving[0] if len(serving) == 1 else None
        else:
            chosen = 0 if len(memoranda) == 1 else None  # several: which one is not said
        if chosen is None:
            continue
        memo = memoranda[chosen]
        milestone.memorandum = memo.title
        if not milestone.organizations and milestone.status != "done":
            milestone.organizations = list(memo.parties)  # what the memorandum sets going
