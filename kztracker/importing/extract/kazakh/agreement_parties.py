"""Relate, agreements: who the parties of a signed document are.

The organizations «X, Y және Z арасында» joins, else those of the clause that can sign; the ones
the next sentence lists for documents in the plural; those the text has just named when a
sentence says only «Тараптар» (the parties) or a bare passive.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.dates import PartialDate
from kztracker.importing.extract.kazakh.clauses import Clause, unique
from kztracker.importing.extract.kazakh.document_details import document_title
from kztracker.importing.extract.kazakh.documents import Document, case_at, listed_before
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.resolve import is_state
from kztracker.importing.extract.kazakh.segment import Sentence, tokenize
from kztracker.importing.extract.mentions import OrganizationMention

PARTY_CASES = {None, "genitive", "instrumental"}
_BACK_FOR_PARTIES = 3  # sentences back that «Тараптар» (the parties) may refer to


def listed_next(
    sentences: list[Sentence],
    index: int,
    orgs_at: dict[int, list[OrganizationMention]],
    parties: list[OrganizationMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
    date: PartialDate | None,
    shared: tuple[int, Document],
) -> list[Clause]:
    """Documents in the plural whose partners the next sentence lists («Олардың қатарында X, Y
    және Z»), or names as those the side now works with («университет X-мен, Y-мен және
    Z-мен жұмыс істейді»): one per partner, with the side this sentence names, else the text's
    first organization."""
    if index + 1 >= len(sentences):
        return []
    following = sentences[index + 1]
    mentions = orgs_at.get(index + 1, [])
    if any(
        following.text.casefold().startswith(cue) for cue in words("agreements", "list_openers")
    ):
        partners = mentions
    else:
        partners = [m for m in mentions if case_at(following, m.end) == "instrumental"]
        if len(partners) < 2:
            return []

    listed = unique([names.get(core_key(m.name), m.name) for m in partners])
    first = [m for i in sorted(orgs_at) if i <= index for m in orgs_at[i] if not is_state(m)]
    side = [
        n
        for n in unique([names.get(core_key(m.name), m.name) for m in parties + first])
        if n not in listed
    ][:1]
    at, document = shared
    return [
        Clause(
            index,
            [*side, partner],
            [],
            date,
            document_title(sentences[index], at, document, [*side, partner]),
            document.kind,
            [sentences[index].span()],
        )
        for partner in listed
    ]


def count_before(sentence: Sentence, at: int) -> int:
    """«екі меморандумға қол қойылды»: how many documents the word before the document counts;
    none for a tally in figures («15 келісімге»), documents the text does not itemise."""
    counts: dict[str, int] = data("agreements")["counts"]
    before = sentence.tokens[at - 1].text if at else ""
    return 0 if before.isdigit() else counts.get(before.casefold(), 1)


def named_before(
    sentences: list[Sentence],
    index: int,
    orgs_at: dict[int, list[OrganizationMention]],
    cases: set[str | None],
    told: bool = False,
) -> list[OrganizationMention]:
    """«Тараптар ... қол қойды»: the organizations of the last sentence that named two in
    one of `cases` (not «ШЫҰ-ға мүше елдер», an addressee, for a bare passive)."""
    for earlier in range(index - 1, max(index - _BACK_FOR_PARTIES, -1) - 1, -1):
        if not told and sentences[earlier].paragraph != sentences[index].paragraph:
            break  # a bare passive in a paragraph of its own: its parties go unnamed
        actors = [
            m
            for m in orgs_at.get(earlier, [])
            if not is_state(m) and case_at(sentences[earlier], m.end) in cases
        ]
        if len({m.name for m in actors}) >= 2:
            return actors
        states = [m for m in orgs_at.get(earlier, []) if is_state(m)]
        joined = _joined_before(sentences[earlier], states, between_at(sentences[earlier]))
        if len({m.name for m in joined}) >= 2:
            return joined  # «Қазақстан Республикасы мен Қырғыз Республикасы арасындағы келісім»
    opening = [m for m in orgs_at.get(0, []) + orgs_at.get(1, []) if not is_state(m)]
    if told and len({m.name for m in opening}) == 2:
        return opening  # «Тараптар» long after they were named: the two the story opens with
    return []


def between_at(sentence: Sentence) -> int:
    """Where the sentence's «арасында» (between) starts, or its start when it has none."""
    between = words("agreements", "between")
    return next((t.start for t in sentence.tokens if t.lower in between), sentence.start)


def parties_in(
    sentence: Sentence, mentions: list[OrganizationMention], document: int
) -> list[OrganizationMention]:
    """The organizations «X, Y және Z арасында» joins, else those of the clause that can sign:
    named as the subject, with «-мен», or as a signatory's owner («-ның»), not a host in the
    locative («университетінде») nor an addressee («министрлігіне»). An «арасындағы» inside
    quotes the document stands outside of is another thing's name («... арасындағы форум»)."""
    between = words("agreements", "between")
    quoted = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in re.finditer(r"«[^«»]*»", sentence.text)
    ]
    elsewhere = [(s, e) for s, e in quoted if not s < document < e]
    # «... «X мен Y арасындағы форум» ...»: the names a quoted title holds are not parties.
    mentions = [
        m
        for m in mentions
        if not any(
            s < m.start and m.end < e and (m.start > s + 1 or m.end < e - 1) for s, e in elsewhere
        )
    ]
    for token in sentence.tokens:
        if any(s < token.start < e for s, e in elsewhere):
            continue
        if token.lower in between:
            joined = _joined_before(sentence, mentions, token.start)
            before = [m for m in mentions if m.end <= token.start]
            if len(joined) >= 2:
                mentions = joined
            elif len(before) >= 2:
                mentions = before
            break
    signing = [m for m in mentions if case_at(sentence, m.end) in PARTY_CASES]
    mentions = signing or mentions
    actors = [m for m in mentions if not is_state(m)]
    states = [m for m in mentions if is_state(m)]
    # States and regions are parties only of their own agreements: «Түркістан облысы мен
    # Ташкент облысы», not «... Қытай Халық Республикасына сапары барысында»; a region an
    # actor signs with («әкімдігі Ош, Жалалабат облыстарымен») is a partner of its own.
    partners = [m for m in states if case_at(sentence, m.end) == "instrumental"]
    partners += [
        m
        for m in states
        if m not in partners and any(listed_before(sentence, m, p) for p in partners)
    ]
    if actors:
        return actors + partners if signing else actors
    return states if len({m.name for m in states}) >= 2 else []


def _joined_before(
    sentence: Sentence, mentions: list[OrganizationMention], at: int
) -> list[OrganizationMention]:
    """The mentions «X, Y және Z» right before `at`, joined by commas and conjunctions."""
    glue = words("agreements", "conjunctions") | {",", "»", "«"}
    ordered = sorted((m for m in mentions if m.end <= at), key=lambda m: m.end, reverse=True)
    joined: list[OrganizationMention] = []
    edge = at
    for mention in ordered:
        gap = sentence.text[mention.end - sentence.start : edge - sentence.start]
        gap = re.sub(r"^-\w+", "", gap)  # «БҰҰ-ның»: the acronym's own ending
        if joined and any(w.casefold() not in glue for w in re.findall(r"[\w,«»]+", gap)):
            break
        if not joined and gap.strip():
            gap_words = [t for t in tokenize(gap) if t.text[:1].isalnum()]
            if gap_words and not all(_tail_of(mention, t.text) for t in gap_words):
                return []
        joined.append(mention)
        edge = mention.start
    joined.reverse()
    # «X мен қала кәсіпорындары – A, B және C аралығында»: X is a party too, the words after
    # «мен» only say what the listed ones are.
    before = [m for m in ordered if m.end <= edge and m not in joined][:1]
    if joined and before:
        gap = sentence.text[before[0].end - sentence.start : edge - sentence.start]
        joiners = "|".join(words("agreements", "conjunctions"))
        if re.fullmatch(rf"\s*(?:{joiners})\s+[^A-ZА-ЯӘҒҚҢӨҰҮҺІ–—-]*[–—-]\s*«?", gap):
            joined.insert(0, before[0])
    return joined


def _tail_of(mention: OrganizationMention, word: str) -> bool:
    """A word a mention's span leaves out but that belongs to it («-ның» after an acronym)."""
    return word.casefold() in words("organizations", "legal_forms")
