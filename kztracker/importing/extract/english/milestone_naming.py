"""What a milestone is called: a stand-in ("the company") named for its organization, a named
event ("the X Commission ... scheduled for") as the title, "which opens" given its antecedent.
Split from milestones.py, which finds the dated clauses these titles are cut from. The words,
and the forms of the titles made here, are data (data/milestones.json,
data/milestone_titles.json)."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.language_files import fill_slots, language_file, one_of
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "milestones")
_WORDS = language_file("english", "milestone_titles")
_FORMS: dict[str, str] = _WORDS["title_forms"]
_VISIT_KINDS = "|".join(sorted(language_file("english", "visits")["kinds"], key=len, reverse=True))


# "The company would also open ...": the one organization of that kind the sentence names.
_STAND_IN = re.compile(
    r"^(?:(?:The )?(?i:(?P<noun>" + "|".join(_DATA["stand_ins"]) + r"))|It)\b(?!\s+of\b)"
)
_STAND_IN_KINDS: dict[str, set[str | None]] = {
    noun: set(kinds) for noun, kinds in _DATA["stand_ins"].items() if kinds is not None
}


def named_subject(
    title: str,
    mentions: list[OrganizationMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
    speakers: list[str],
    at: int,
    piece: str,
) -> str:
    """The stand-in's organization: the one of its kind the sentence names before it, else the
    one the person speaking there belongs to ("Wabtec President X said the company ...").
    `piece` is the clause the title comes from, starting at text offset `at`."""
    match = _STAND_IN.match(title)
    if not match:
        return title
    kinds = _STAND_IN_KINDS.get((match.group("noun") or "").casefold(), {"company", None})
    found = re.search(rf"\b{re.escape(match.group())}\b", piece, re.IGNORECASE)
    end = at + found.start() if found else at + len(piece)  # "the university, ... with X": not X
    fitting = {
        names.get(core_key(m.name), m.name)
        for m in mentions
        if (match.group("noun") is None or m.kind in kinds) and m.start < end
    }
    if not fitting:
        fitting = {names.get(core_key(name), name) for name in speakers}
    if len(fitting) != 1 or any(name in title or len(name.split()) > 6 for name in fitting):
        return title
    return fitting.pop() + title[match.end() :]


_NAMED_EVENT = re.compile(
    r"\b((?:[A-Z][\w’'.-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?){0,7}(?:"
    + "|".join(_DATA["named_event_nouns"])
    + r")\b(?:\s+(?:on|of|for)\s+(?:[A-Z][\w’'-]*\s*(?:and\s+)?){1,6})?)"
)
_HELD = re.compile(r"\b(?:" + "|".join(_DATA["named_event_cues"]) + r")\b", re.IGNORECASE)


def named_event(piece: str, title: str) -> str:
    """ "... preparations for the X Commission on Trade, scheduled for 22 October": the
    Commission is the event, whatever the clause opens with."""
    held = _HELD.search(piece)
    named = [m for m in _NAMED_EVENT.finditer(piece) if len(m.group(1).split()) >= 2]
    if not held or not named:
        return title
    name = named[0].group(1).strip().rstrip(",")
    head = name.split()[-1].casefold()
    if head in title.casefold() or name.casefold() in title.casefold():
        return title
    return f"{name} {held.group().casefold()}"


# "the exhibition, which opens ...": a relative clause whose antecedent is the subject.
_RELATIVE = re.compile(r"^\s*(?:,\s*)?(?:" + one_of(_WORDS["relative_pronouns"]) + r")\s+")
_RELATIVE_TITLE = re.compile(
    r"^(?:" + "|".join(word.capitalize() for word in _WORDS["relative_pronouns"]) + r")\s+"
)
_WHO = re.compile(r"^\s*(?:,\s*)?" + _WORDS["person_relative"] + r"\s+")
_ANTECEDENT = re.compile(
    r"\b(?:" + one_of(_WORDS["determiners"]) + r")\s+([\w’'-]+(?:\s+[\w’'-]+)?)\s*,?\s*$"
)


def with_antecedent(clause: str, start: int, piece: str, title: str) -> str:
    """ "the exhibition, which opens on 12 November": the exhibition opens; "his counterpart
    Ali Khan, who arrived on Sunday": Ali Khan arrived."""
    if not _RELATIVE.match(piece):
        return title
    rest = _RELATIVE_TITLE.sub("", title)
    person = re.search(r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s*,?\s*$", clause[:start])
    if person and _WHO.match(piece):
        return f"{person.group(1)} {rest}"
    before = _ANTECEDENT.findall(clause[:start])
    return f"{before[-1].capitalize()} {rest}" if before else title


# "the university, within its development programme, began ...": the frame after the subject.
_FRAME = re.compile(
    r"^(?P<subject>\s*(?:(?:" + one_of(_WORDS["frame_subject_openings"]) + r")\s+[^,]{1,30}\s+)?"
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s*){1,6})"
    r",\s+(?:"
    + "|".join(sorted(_DATA["frame_asides"], key=len, reverse=True))
    + r")\b[^,;]{3,160},"
)


def without_frame(piece: str) -> str:
    """The piece with a frame between commas after its subject blanked out (kept as spaces, so
    offsets into the piece stay true): "X, within the programme Y, began to teach ..."."""
    match = _FRAME.match(piece)
    if match is None:
        return piece
    start, end = match.end("subject"), match.end()
    return piece[:start] + " " * (end - start) + piece[end:]


_INVERTED = re.compile(
    r"\b(?:"
    + one_of(_WORDS["arrival_place_prepositions"])
    + r")\s+(?P<place>[^,;]{2,80}?)\s+(?P<verb>"
    + "|".join(_DATA["inverted_arrivals"])
    + r")\s+(?P<who>(?:(?:a|the|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(_DATA["arrival_groups"])
    + r")\b[^;]*?)\s*(?:\s(?:on|in)\s+(?:\d|[A-Z][a-z]+\s+\d)[^;]*)?[.;]?\s*$",
    re.DOTALL,
)
_PART_TAKEN = re.compile(
    r"\b(?:" + "|".join(_DATA["part_taken"]) + r")\s+in\s+(?P<event>(?:the\s+)?"
    r"(?:(?:[A-Z0-9][\w’'&.-]*|\([A-Z][\w&-]*\))(?:\s+(?:(?:of|and|on|for|the)\s+)*|$)){1,14})"
)
_PART_IN_NTH = re.compile(
    r"\b(?:" + "|".join(_DATA["part_taken"]) + r")\s+in\s+the\s+(?P<event>[a-z0-9-]+\s+"
    r"(?i:" + "|".join(_DATA["named_event_nouns"]) + r")s?\s+of\s+the\s+[A-Z][^,;.]*?)"
    r"(?=\s+and\s+the\s|\s+(?:on|in)\s+[A-Z0-9]|[,;.]|$)"
)
_SPOKEN_AT = re.compile(
    r"\s*(?:"
    + one_of(_WORDS["speaking_words"])
    + r")\s+(?:at\s+)?(?:the\s+)?(?P<event>[^,;]{5,160}),"
)
_EVENT_NOUN = re.compile(r"\b(?:" + "|".join(_DATA["named_event_nouns"]) + r")s?\b")
# "the Annual Meeting of": the name does not end on a function word.
_NAME_TAIL = re.compile(r"(?:\s+(?:" + one_of(_WORDS["event_name_joiners"]) + r"))+\s*$")


def plain_event(piece: str) -> str | None:
    """A title that says what happened first, where the clause tells it otherwise: "on May 17
    at the university arrived a delegation from X" (the subject after its verb) is "Arrival of a
    delegation from X at the university"; "Vice Minister Y participated in the Spring Meetings
    of the IMF and the World Bank held ..." is "Participation in the Spring Meetings of the IMF
    and the World Bank", the event rather than a long list of who took part."""
    match = _INVERTED.search(piece)
    if match is not None:
        noun = _DATA["inverted_arrivals"][match.group("verb").casefold()]
        who = match.group("who").strip().rstrip(".,;")
        return _FORMS["arrival"].format(
            noun=noun, who=who[:1].lower() + who[1:], place=match.group("place").strip()
        )
    spoken = _SPOKEN_AT.match(piece)
    if spoken is not None and _EVENT_NOUN.search(spoken.group("event")):
        event = spoken.group("event").strip()  # "Speaking at the 19th meeting of X, Y noted"
        return upper_first(event)
    counted = _PART_IN_NTH.search(piece)
    if counted is not None:  # "will take part in the sixth meeting of the Council and ..."
        event = counted.group("event").strip()
        return upper_first(event)
    taken = _PART_TAKEN.search(piece)
    if taken is not None:
        event = _NAME_TAIL.sub("", taken.group("event").strip())
        if _EVENT_NOUN.search(event) and len(event.split()) >= 2:
            return _FORMS["participation"].format(event=event)
    return None


_RELATIVE_PLAN = re.compile(
    r"^\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<thing>(?:[\w’'-]+\s+){0,4}?[\w’'-]+),\s*(?:which|that)\s+"
    r"(?:[\w’'-]+\s+){1,4}?(?:"
    + "|".join(re.escape(w) for w in _DATA["relative_intents"])
    + r")\s+(?P<verb>"
    + "|".join(_DATA["relative_plans"])
    + r")\b"
)
_POINTER = re.compile(r"^\s*(?:" + "|".join(_DATA["pronoun_subjects"]) + r")\s+[a-z]+s?\b")
_NOUN_BEFORE_DATE = re.compile(
    r"\b(?:the|a|an)\s+(?P<phrase>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,5}?)(?:(?:in|on|by|from)\s+)?$"
)


def planned_act(piece: str, date_start: int) -> str | None:
    """ "The laboratory, which the agency intends to open in the spring, ...": "Opening of the
    laboratory"; "This involves ... planning the competitive transition of Qazaq Air in
    2024": the noun phrase the date closes, "Competitive transition of Qazaq Air", when the
    clause's own subject is a mere pointer. `date_start` is the date's offset in `piece`."""
    plan = _RELATIVE_PLAN.match(piece)
    if plan is not None:
        noun = _DATA["relative_plans"][plan.group("verb")]
        return _FORMS["planned_act"].format(noun=noun, thing=plan.group("thing"))
    if _POINTER.match(piece):
        phrase = _NOUN_BEFORE_DATE.search(piece[:date_start])
        if phrase is not None:
            text = phrase.group("phrase").strip()
            return upper_first(text)
    return None


_BARE_WORK = re.compile(
    r"^\s*(?:The\s+)?(?P<noun>(?i:"
    + "|".join(_DATA["bare_subject_nouns"])
    + r"))\s+(?:"
    + one_of(_WORDS["bare_work_auxiliaries"])
    + r")\b[^.;]*?\b(?:"
    + "|".join(_DATA["completion_verbs"])
    + r")\b"
)
_WORK_ENDS = one_of(_WORDS["work_object_ends"])


def completed_work(piece: str, before: str) -> str | None:
    """ "Building should finish in 2027", the text having just told of "the building of a
    200-bed clinic": "Completion of the building of a 200-bed clinic". `before` is the text
    ahead of the piece."""
    bare = _BARE_WORK.match(piece)
    if bare is None:
        return None
    noun = bare.group("noun").casefold()
    told = re.findall(
        rf"\b{noun}\s+of\s+((?:a|an|the)\s+[^,.;()]{{3,80}}?)(?=\s*[,.;(]|\s+(?:{_WORK_ENDS})\b|$)",
        before,
        re.IGNORECASE,
    )
    return _FORMS["completion"].format(noun=noun, work=told[-1]) if told else None


_EVENT_PHRASE = re.compile(
    r"\b(?:a|an|the)\s+(?P<event>(?:[\w-]+\s+){0,5}?(?:"
    + "|".join(_DATA["phrase_event_nouns"])
    + r")\b(?:\s+[«“\"][^»”\"]{2,120}[»”\"])?"
    r"(?:\s+(?:on|of)\s+(?:(?!\s[-–—]\s)[^,;.«“\"]){2,80})?)",
    re.IGNORECASE,
)


def told_title(title: str, piece: str) -> str:
    """The title, unless it tells nothing: "The Institute of Economy of the Committee of Science
    …" (a subject's long name cut before its verb) or "Azerbaijan and Kyrgyzstan" (names alone,
    a list after a dash). Then the event's own noun phrase in the piece ("an international
    scientific and practical conference «X»"); without one, "" for a title that tells nothing
    and the names as they are. A title that names an event itself ("7th Congress of X") stays.
    A quotation's close and who said it ('... in 2025," X said in a statement') go first."""
    title = _QUOTE_SAID.sub("", title)
    title = met_names(title, piece) or title
    if len(title.split()) >= 2 and _EVENT_PHRASE.search("the " + title):
        return title
    nothing = len(title.split()) < 2 or not _TELLS.search(title[:1].lower() + title[1:])
    if not (nothing or not _TELLS.search(title)):
        return title
    match = _EVENT_PHRASE.search(piece)
    if match is None:
        return "" if nothing else title
    event = match.group("event").strip()
    return upper_first(event)


# '...," Xi said in a statement televised': a quotation closed and attributed within the title.
_QUOTE_SAID = re.compile(
    r"\s*[,.]?\s*[\"”»]\s*,?\s+(?:[\w.’'-]+\s+){1,4}?(?:"
    + "|".join(_DATA["said_verbs"])
    + r")\b.*$"
)
_MET = re.compile(r"\b(?:" + "|".join(_DATA["meeting_verbs"]) + r")\b")
# ", Murat Nurtleu,": a name set off by commas right after an office ("... of Kazakhstan,").
_APPOSED = re.compile(
    r"\b(?:" + "|".join(_DATA["office_words"]) + r")\b[^,;]{0,60},\s*"
    r"(?P<name>(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)\s*(?=[,;.]|$)"
)


def met_names(title: str, piece: str) -> str | None:
    """ "The Minister of Energy of Kazakhstan, Aida Serik, held talks with her Uzbek counterpart,
    Timur Alimov, on ...": the offices keep the title from naming who met, so the names set off
    after them follow the title ("The Minister of Energy ... held talks (Aida Serik with Timur
    Alimov)"); None where the clause tells no meeting, names none, or the title already holds
    them."""
    if not _MET.search(piece):
        return None
    names = [m.group("name") for m in _APPOSED.finditer(piece)]
    if not names or any(name in title for name in names):
        return None
    return f"{title} ({_FORMS['met_joiner'].join(names[:2])})"


# A title tells of something: a lower-case word that is no mere function word.
_TELLS = re.compile(r"\b(?!(?:" + one_of(_WORDS["empty_words"]) + r")\b)[a-z]{3,}")


_HOSTED = re.compile(
    r"\b(?:"
    + "|".join(_DATA["host_verbs"])
    + r")\s+the\s+(?P<event>(?:\d+(?:"
    + one_of(_WORDS["ordinal_suffixes"])
    + r")\s+)?"
    r"[A-Z][^,;()]{4,140}?)\s+(?:on|in|from)\s*$"
)


def hosted_event(piece: str, at: int) -> str | None:
    """ "the minister noted Kazakhstan is getting ready to host the 7th Congress of Leaders of
    World and Traditional Religions on September 14-15": the hosted event, named right before
    its date (at offset `at` of the piece), is the milestone, not the clause's opening."""
    match = _HOSTED.search(piece[:at])
    if match is None or not _EVENT_NOUN.search(match.group("event")):
        return None
    return match.group("event").strip()


_TOLD_THAT = re.compile(r"\b(?:" + "|".join(_DATA["told_that_verbs"]) + r")\s+that\s+", re.I)
_WILL = re.compile(
    r"^(?P<subject>.+?)\s+(?:" + one_of(_WORDS["will_words"]) + r")\s+(?:be\s+)?(?P<rest>.+)$"
)
# "will begin in": the preposition of the date cut off after what was told.
_DATE_PREPOSITION = re.compile(r"\s+(?:" + one_of(_WORDS["content_date_prepositions"]) + r")\s*$")


def told_content(piece: str, at: int) -> str | None:
    """ "... as the Ambassador announced that direct air flights between the two countries will
    begin in May 2023": the date (at offset `at` of the piece) belongs to what was announced,
    so that titles the milestone ("Direct air flights between the two countries to begin")."""
    told = list(_TOLD_THAT.finditer(piece, 0, at))
    if not told:
        return None
    content = _DATE_PREPOSITION.sub("", piece[told[-1].end() : at].strip())
    will = _WILL.match(content)
    if will is None or len(will.group("subject").split()) < 2:
        return None
    title = _FORMS["told_content"].format(subject=will.group("subject"), rest=will.group("rest"))
    return upper_first(title)


# A frame's opening word is no part of the visitor's name ("During X's visit to Y in 2019").
_FRAME_WORDS = "(?:" + one_of(_WORDS["visit_frame_words"]) + ")"
_VISIT_BEFORE = re.compile(
    fill_slots(_WORDS["visit_before"], visit_kinds=_VISIT_KINDS, frame_words=_FRAME_WORDS)
)


def visit_before(piece: str, at: int) -> str | None:
    """ "The sides discussed the agreements reached during X's state visit to Y in March 2017":
    the visit the date closes (at offset `at` of the piece) is the dated event, not the clause's
    talk: "State visit of X to Y"."""
    match = _VISIT_BEFORE.search(piece[:at])
    if match is None:
        return None
    kind = (match.group("kind") or match.group("owned") or "").strip().casefold()
    who = (match.group("who") or match.group("owner")).strip()
    named = _FORMS["visit"].format(kind=kind, who=who, place=match.group("place")).strip()
    return upper_first(named)
