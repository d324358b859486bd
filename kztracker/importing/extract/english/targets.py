"""What a date in a clause about something else is the day of: a target's deadline ("the goal
of sourcing half its power from wind by 2040": the target is the milestone, not the subject of
the clause, "the new line will contribute to ...") or an event told as a noun right before it
("developed a roadmap for the construction of the first plant this year": the construction).
Words are data (data/targets.json)."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.language_files import language_file, one_of

_DATA = language_file("english", "targets")
_AROUND = language_file("english", "dates")  # the articles and "of" around an event noun
_DEADLINE = re.compile(_DATA["deadline"], re.IGNORECASE)
_LEADS = re.compile(_DATA["deadline"].removesuffix("$"), re.IGNORECASE)


def _words(key: str) -> str:
    return one_of(_DATA[key], longest_first=True)


# "Kazakhstan's goal of", "the target to", "a plan for": the owner's possessive stays.
_GOAL = re.compile(
    rf"(?:\b[A-Z][\w’'-]*(?:’s|'s)\s+)?\b(?:{_words('goal_nouns')})\s+(?:{_words('goal_links')})\b",
    re.IGNORECASE,
)
_GOAL_VERB = re.compile(
    rf"\b(?:{_words('goal_verbs')})\s+(?:{_words('goal_verb_links')})\b", re.IGNORECASE
)
_REACH = re.compile(rf"\b(?:{_words('reach_verbs')})\b", re.IGNORECASE)
_MODAL = re.compile(rf"\b(?:{_words('opening_modals')})\b", re.IGNORECASE)
# "the construction of the first plant" right before its date; no comma or verb between.
_NOMINAL = re.compile(
    rf"\b(?:{_words('nominal_leads')})\s+(?:{'|'.join(_AROUND['articles'])})\s+"
    rf"(?P<event>(?:{_words('nominal_events')})\s+{_AROUND['nominal_of']}\s+"
    rf"(?:[^\s,;]+\s+){{1,{int(_DATA['nominal_object_words'])}}}?)$",
    re.IGNORECASE,
)
# A stretch of the clause: what commas, semicolons and brackets do not cut.
_STRETCH = re.compile(r"[,;]\s*")


def target_title(piece: str, start: int, end: int) -> str | None:
    """The target that the date at [start, end) of `piece` is the deadline of, or the event
    noun it closes; None when the clause tells neither around the date."""
    before = piece[:start]
    nominal = _NOMINAL.search(before)
    if nominal is not None and before[: nominal.start()].strip():  # not the clause's subject
        return _finish(nominal.group("event"))
    if _LEADS.match(piece[start:end]):  # the mention holds its "by": "by 2030"
        head = before
    else:
        deadline = _DEADLINE.search(before)
        if deadline is None:
            return None
        head = before[: deadline.start()]
    stretch = head[_last_break(head) :]
    if stretch.strip():
        goal = _last(_GOAL, stretch) or _last(_GOAL_VERB, stretch)
        if goal is not None:
            return _finish(stretch[goal.start() :])
        reach = _REACH.search(stretch)
        if reach is not None:
            return _finish(stretch[reach.start() :])
        return None
    # "that, by 2030, every school should be online": the target follows the deadline.
    after = piece[end:].lstrip(" ,")
    cut = _STRETCH.search(after)
    after = after[: cut.start()] if cut else after
    if _MODAL.search(after) and len(after.split()) >= 3:
        return _finish(after)
    return None


def _last_break(text: str) -> int:
    breaks = [m.end() for m in _STRETCH.finditer(text)]
    return breaks[-1] if breaks else 0


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def _finish(text: str) -> str:
    text = re.sub(r"\s*\([^()]*\)", "", text)  # "(€8.6 billion)", "(EHEA)": asides
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;:.")
    return upper_first(text)
