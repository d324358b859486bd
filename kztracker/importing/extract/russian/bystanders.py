"""Part of the resolve stage: organizations named in the text that do not act in the story.

Two kinds: a piece of a longer official name tagged on its own («Министерства образования» of
«Институт ... Комитета науки и Министерства образования и науки»), and what a document is about
(«соглашение о создании Центра ядерной науки»: the centre does not exist yet, it signs nothing),
unless the same organization is also named elsewhere.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.clauses import is_agreement, subject_range
from kztracker.importing.extract.russian.framed_lists import bracketed_frames
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.normalize import lemma, parses
from kztracker.importing.extract.russian.resolve import core_key
from kztracker.importing.extract.russian.tokens import Token

_LEXICON = load("lexicon")
_IN_ON = tuple(_LEXICON["in_on_forms"])
_WITH = tuple(_LEXICON["with_forms"])
_JOINING = tuple(_LEXICON["joining_words"])
# «в рейтинге вузов ЦФО от RAEX»: the agency that compiles the ranking
_RANKING_AGENCY = re.compile(r"^[\w\s-]{0,40}\s" + _LEXICON["ranking_agency_preposition"] + r"\s*$")
# «3 место в RAEX-100»: the word before «в» at the end
_RANKED_IN = re.compile(r"(\w+)\s+(?:" + "|".join(_LEXICON["in_forms"]) + r")\s*$")


def without_bystanders(
    found: list[OrganizationMention], sentences: list[SentenceMentions], text: str
) -> list[OrganizationMention]:
    subjects = _subjects(sentences)
    written = {id(m): text[m.start : m.end] for m in found if not m.derived}
    longer_names = sorted({m.name for m in found}, key=len, reverse=True)
    pieces = {
        id(m) for m in found if not m.derived and _piece_of(written[id(m)], m.name, longer_names)
    } | _parents_in_names(found, written, text)
    about = {
        id(m)
        for m in found
        if not m.derived and any(a <= m.start < b for a, b in subjects.get(m.sentence, []))
    }
    about |= _created(found, text) | _background(found, sentences) | _frameworks(found, text)
    about |= _rankings(found, text) | _sessions(found) | bracketed_frames(found, text)
    acting = {core_key(m.name) for m in found if id(m) not in about}
    return [
        m
        for m in found
        if id(m) not in pieces and (id(m) not in about or core_key(m.name) in acting)
    ]


def _sessions(found: list[OrganizationMention]) -> set[int]:
    """«Межправительственная комиссия по сотрудничеству», «Совет министров иностранных дел ОДКБ»:
    a commission or council named only by its kind is a session, an event (data: lexicon
    session_bodies); its name opens with one of those words."""
    openers = words("lexicon", "session_bodies")
    out: set[int] = set()
    for mention in found:
        written = [w.casefold() for w in mention.name.split()[:2]]
        lemmas = [lemma(w) for w in written]
        if written and (
            {written[0], lemmas[0], " ".join(written), f"{lemmas[0]} {written[-1]}"} & openers
        ):
            out.add(id(mention))
    return out


def _parents_in_names(
    found: list[OrganizationMention], written: dict[int, str], text: str
) -> set[int]:
    """«институт ...» Министерства здравоохранения РК: a body in the genitive right after another
    name is the parent inside the subordinate's official name, not an actor of its own."""
    named = sorted((m for m in found if not m.derived), key=lambda m: m.start)
    out: set[int] = set()
    for before, after in zip(named, named[1:], strict=False):
        gap = text[before.end : after.start]
        first = written[id(after)].split()[:1]
        if after.start <= before.start:
            continue  # one plural phrase split in two («министерства ... Узбекистана и Казахстана»)
        if (
            before.sentence == after.sentence
            and not gap.strip(' »"”')
            and first
            and any(
                "gent" in p.tag and p.tag.POS == "NOUN" for p in parses(first[0].casefold())[:1]
            )
        ):
            out.add(id(after))
    return out


def _created(found: list[OrganizationMention], text: str) -> set[int]:
    """«строительство Центра ...», «открытие Мастерской ...», «учреждение в Казахстане
    Мастерской ...»: what is being built or opened right after the word (and the place where)
    does not act yet."""
    out: set[int] = set()
    for mention in found:
        if mention.derived:
            continue
        # only words of the name's own sentence: a headline ending «о строительстве» does not
        # govern the name that opens the line after it
        clause = re.split(r"[.!?\n]", text[max(0, mention.start - 60) : mention.start])[-1]
        before = re.findall(r"\w+", clause)[-3:]
        if len(before) == 3 and before[1].casefold() in _IN_ON:
            # «учреждения в Казахстане «Мастерской ...»»: where, then what; but «открытие на базе
            # Университета ...»: the body a new unit is based on is no new body
            framed = lemma(before[2].casefold()) in words("lexicon", "host_frame_nouns")
            before = [] if framed else before[:1]
        if before and lemma(before[-1].casefold()) in words("lexicon", "creation_lemmas"):
            if not _opens_own_unit(text[max(0, mention.start - 160) : mention.start]):
                out.add(id(mention))
        if _planned_opening(text[mention.end : mention.end + 40]):
            out.add(id(mention))
    return out


def _planned_opening(after: str) -> bool:
    """«Почетное консульство ... планируется открыть»: a body named before an impersonal plan
    to open or create it is the object of the plan and does not act yet (data: lexicon
    impersonal_plan_cues, creation_lemmas); «Университет планирует открыть» stays the subject."""
    found = re.findall(r"\w+", re.split(r"[.!?;\n]", after)[0])[:2]
    return (
        len(found) == 2
        and found[0].casefold() in words("lexicon", "impersonal_plan_cues")
        and lemma(found[1].casefold()) in words("lexicon", "creation_lemmas")
    )


def _opens_own_unit(before: str) -> bool:
    """«Свои отделения в Казахстане планируют открыть НИЯУ «МИФИ»», «филиал в Астане откроет
    Университет X»: the unit being opened stands before the verb in its clause, so the name after
    the verb is the body that opens it (the subject after its verb), not what is opened."""
    clause = re.split(r"[.;:!?]", before)[-1]
    found = re.findall(r"\w+", clause)
    return (
        len(found) > 1
        and any(
            lemma(w.casefold()) in words("lexicon", "opened_units")
            # the unit as the verb's object («свой филиал ... откроет»), not «на базе филиала»
            and any(p.tag.case == "accs" for p in parses(w.casefold()))
            for w in found[:-1]
        )
    )


def _frameworks(found: list[OrganizationMention], text: str) -> set[int]:
    """«в рамках ШОС», «в рамках международных организаций, включая ООН и СВМДА»: a body named
    only as the frame two sides work in is no side (words allowed between: data
    lexicon framework_words)."""
    out: set[int] = set()
    allowed = words("lexicon", "framework_words")
    for mention in found:
        if mention.derived:
            continue
        window = text[max(0, mention.start - 200) : mention.start]
        # «в рамках ШОС», «на полях саммита Совета сотрудничества ...»
        cue, phrase = max((window.casefold().rfind(c), c) for c in words("lexicon", "frame_cues"))
        if cue < 0 or not _frame_name(text[mention.start : mention.end]):
            continue
        gap = window[cue + len(phrase) :]
        offset = mention.start - len(gap)
        for other in sorted(found, key=lambda m: -m.start):  # the names listed before it
            if offset <= other.start and other.end <= mention.start:
                gap = gap[: other.start - offset] + " " + gap[other.end - offset :]
        if any(c in gap for c in ".;:!?"):
            continue
        if all(lemma(w.casefold()) in allowed for w in re.findall(r"\w+", gap)):
            out.add(id(mention))
    return out


def _rankings(found: list[OrganizationMention], text: str) -> set[int]:
    """«в топ-1000 мировых рейтингов Quacquarelli Symonds (QS), Times Higher Education»: the
    guide lists no ranking as an actor; names listed right after the word are rankings."""
    out: set[int] = set()
    for mention in found:
        if mention.derived:
            continue
        window = text[max(0, mention.start - 160) : mention.start]
        if _ranked_in(window):
            out.add(id(mention))
            continue
        cues = [
            m
            for m in re.finditer(r"\w+", window)
            if lemma(m.group().casefold()) in words("lexicon", "ranking_lemmas")
        ]
        if not cues:
            continue
        offset = mention.start - len(window)
        gap = window[cues[-1].end() :]
        for other in sorted(found, key=lambda m: -m.start):  # the rankings listed before it
            if offset + cues[-1].end() <= other.start and other.end <= mention.start:
                start, end = (
                    other.start - offset - cues[-1].end(),
                    other.end - offset - cues[-1].end(),
                )
                gap = gap[:start] + " " + gap[end:]
        gap = re.sub(r"\([^()]{1,12}\)", " ", gap)  # «(QS)»: a listed ranking's short form
        # «в рейтинге вузов ЦФО от RAEX»: the agency that compiles the ranking
        gap = _RANKING_AGENCY.sub(" ", gap)
        if all(w.casefold() in _JOINING for w in re.findall(r"\w+", gap)):
            if not any(c in gap for c in ".;:!?"):
                out.add(id(mention))
    return out


def _ranked_in(before: str) -> bool:
    """«3 место в RAEX-100», «позиция в QS»: a name a place is held in is a ranking (data:
    lexicon ranking_places)."""
    found = _RANKED_IN.search(before)
    return found is not None and lemma(found.group(1).casefold()) in words(
        "lexicon", "ranking_places"
    )


def _frame_name(written: str) -> bool:
    """The frame's name follows in the genitive («Совета сотрудничества») or is an acronym
    («ШОС»); a name in the nominative is the clause's subject («На полях форума Министерство
    энергетики подписало ...»)."""
    first = written.split()[0].strip('«»"') if written.split() else ""
    if first.isupper():
        return True
    return any("gent" in p.tag and p.tag.POS in ("NOUN", "ADJF") for p in parses(first.casefold()))


def _piece_of(written: str, name: str, longer_names: list[str]) -> bool:
    """The mention as written stands inside another organization's name."""
    if len(written.split()) < 2:
        return False
    needle = " " + written.casefold() + " "
    return any(
        other != name and len(other) > len(written) and needle in (" " + other.casefold() + " ")
        for other in longer_names
    )


def _subjects(sentences: list[SentenceMentions]) -> dict[int, list[tuple[int, int]]]:
    """Character ranges of what each sentence's documents are about."""
    out: dict[int, list[tuple[int, int]]] = {}
    for mentions in sentences:
        tokens = mentions.tokens
        for i in range(len(tokens)):
            if is_agreement(tokens, i):
                first, last = subject_range(tokens, i)
                # «Соглашение о ... подписано корпорацией X»: a passive verb ends the topic;
                # the bodies after it sign
                last = next((k for k in range(first, last) if _passive(tokens[k])), last)
                if last > first:
                    out.setdefault(mentions.index, []).append(
                        (tokens[first].start, tokens[last - 1].end)
                    )
    return out


def _passive(token: Token) -> bool:
    return bool(token.parses) and token.parses[0].tag.POS == "PRTS"


def _background(found: list[OrganizationMention], sentences: list[SentenceMentions]) -> set[int]:
    """«Ранее ... обсудили члены Национального совета», «Напомним, ...»: what a background
    sentence recalls, unless a document is signed there or the body is a partner after «с»
    («Напомним, университет открыл лабораторию с Уральским федеральным университетом»)."""
    by_index = {m.index: m for m in sentences}
    out: set[int] = set()
    for mention in found:
        sentence = by_index.get(mention.sentence)
        if mention.derived or sentence is None:
            continue
        tokens = [t for t in sentence.tokens if t.is_word]
        if not tokens or tokens[0].text.casefold() not in words("lexicon", "background_openers"):
            continue
        if any(is_agreement(sentence.tokens, i) for i in range(len(sentence.tokens))):
            continue
        before = [t for t in tokens if t.end <= mention.start][-1:]
        if before and before[0].text.casefold() in _WITH:
            continue
        out.add(id(mention))
    return out
