"""Events worth a milestone even without a date.

A visit, a meeting that was held, results presented, a centre newly opened; a plan the text
announces ("plans for creating", "efforts are underway to secure"); work in progress counted in
numbers ("are preparing courses for 7,000 students, ... and establishing 40 academies"); and
money committed ("USD 66 million already committed by ..."). A bare statement without such a
cue is no event. The words are data (data/undated_events.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.draft import DraftMilestone, Span
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import fill_slots, language_file, one_of

_DATA = language_file("english", "undated_events")


VISIT = re.compile(r"\b(?:" + one_of(_DATA["visit_words"]) + r")\b", re.IGNORECASE)
_DONE = re.compile(r"\b(?:" + one_of(_DATA["done"]) + r")\b")
PLANNED = re.compile(r"\b(?:" + one_of(_DATA["planned"]) + r")\b")
# What a plan's title keeps: "efforts are underway to secure X" is the plan to secure X.
_PLAN_LEAD = re.compile(r"^.*?\b" + _DATA["plan_lead"] + r"\s+", re.IGNORECASE)
_MONEY = re.compile(
    fill_slots(
        _DATA["money"],
        currencies=one_of(_DATA["currencies"]),
        amounts=one_of(_DATA["amounts"]),
        verbs=one_of(_DATA["money_verbs"]),
    )
)
_ALREADY = re.compile(_DATA["already"])
_NAME = r"(?:[A-Z][\w’'-]*\s+){0,6}[A-Z][\w’'-]*"
_NEWLY = re.compile(fill_slots(_DATA["newly"], verbs=one_of(_DATA["newly_verbs"]), name=_NAME))
_FUTURE_MONEY = re.compile(r"\b(?:" + one_of(_DATA["future_money"]) + r")\b")
# "These collaborations are preparing A, equipping B, and establishing C": one item each.
_PROGRESSIVE = re.compile(_DATA["progressive"])
_GERUND_LIST = re.compile(_DATA["gerund_list"])
_NUMBER = re.compile(r"\b(?:\d[\d,.]*|(?:" + one_of(_DATA["crowd_words"]) + r") of)\b")
_HELD = re.compile(_DATA["held"])
_DANGLING = frozenset(_DATA["dangling_words"])


def cue(clause: str) -> bool:
    """Whether a clause without a date may still hold an undated event."""
    return bool(
        PLANNED.search(clause)
        or _DONE.search(clause)
        or _MONEY.search(clause)
        or _NEWLY.search(clause)
        or (_PROGRESSIVE.search(clause) and _NUMBER.search(clause))
    )


def undated_events(
    sentence: Sentence,
    start: int,
    clause: str,
    orgs: list[str],
    title: Callable[[str], str],
) -> list[DraftMilestone]:
    if clause.lstrip().startswith(("“", '"')):
        return []  # a quotation says what someone thinks, not what happened

    def event(text: str, at: int, status: str, named: str | None = None) -> DraftMilestone:
        begin = sentence.start + start + at
        return DraftMilestone(
            title=title(named or text),
            date=None,
            status=status,
            organizations=list(dict.fromkeys(orgs)),
            spans=[Span(begin, begin + len(text))],
        )

    opened = _NEWLY.search(clause)
    founded = (
        # "visited the newly established X at Y": X's opening is an event of its own.
        [event(opened.group(), opened.start(), "done", f"{opened[2]} {opened[1]}")]
        if opened and orgs
        else []
    )
    return founded + _events(clause, sentence.text[start:], orgs, event)


def _events(
    clause: str, tail: str, orgs: list[str], event: Callable[..., DraftMilestone]
) -> list[DraftMilestone]:
    """The one event of a clause; `tail` is the sentence from the clause on."""
    money = _MONEY.search(clause)
    if money:
        # The whole clause is the evidence: it says what the money is for.
        status = "planned" if _FUTURE_MONEY.search(clause) else "done"
        return [event(clause, 0, status, _ALREADY.sub("", money.group()))]
    progressive = _PROGRESSIVE.search(clause)
    if progressive:
        # The list runs to the sentence's end, past the clause: "..., and establishing 40 ...".
        rest = tail[progressive.end() :]
        return [
            event(piece, progressive.end() + offset, "in_progress")
            for offset, piece in _pieces(rest)
            if _NUMBER.search(piece)
        ]
    if not orgs:
        return []
    if _DONE.search(clause):
        return [event(clause, 0, "done", _held(clause))]
    if PLANNED.search(clause):
        plan = _PLAN_LEAD.sub("", clause)
        if plan != clause:
            plan = plan.split(",")[0]  # "secure accreditation from X, one of the ..."
        return [event(plan, clause.find(plan), "planned")]
    return []


def _held(clause: str) -> str | None:
    """ "A joint meeting of A and B ... was held at C": the meeting, cut short, held at C."""
    held = _HELD.search(clause)
    if held is None:
        return None
    # "Against this backdrop, a joint meeting ...": the subject after a short lead-in.
    subject = re.sub(r"^[^,]{0,40},\s*", "", clause[: held.start()]).split()
    if len(subject) > 8:
        subject = subject[:6]
        while subject[-1].casefold() in _DANGLING:
            subject.pop()  # "A joint board meeting of the" reads "A joint board meeting …"
        subject.append("…")
    verb = held.group().split()[-1]  # "held", as the clause writes it
    return " ".join(subject) + " " + verb + clause[held.end() :]


def _pieces(text: str) -> list[tuple[int, str]]:
    pieces, begin = [], 0
    for match in _GERUND_LIST.finditer(text):
        pieces.append((begin, text[begin : match.start()]))
        begin = match.end()
    pieces.append((begin, text[begin:]))
    return [(at, piece.rstrip(" .")) for at, piece in pieces if piece.strip()]
