"""Relate, agreements: memoranda signed or reached, their parties, signatories and date.

A clause is an agreement when it names a document (меморандум, келісім, жол картасы, хаттама)
and says it was signed or reached (қол қойды, қол қойылды, жасалды, келісімге келді). One that is
only expected («қол қойылады деп күтілуде») or drafted is a planned milestone instead. The
parties are the organizations «X мен Y арасында» names, else those of the clause; clauses with
the same parties are one document, clauses with other parties another.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.kazakh.attendee_sides import attendee_sides
from kztracker.importing.extract.kazakh.clauses import Clause, gather, headline_into_body, unique
from kztracker.importing.extract.kazakh.dates import DateMention
from kztracker.importing.extract.kazakh.document_details import (
    dates_by_sentence,
    document_title,
    signing_day,
)
from kztracker.importing.extract.kazakh.documents import (
    Document,
    by_partner,
    case_at,
    document_in,
    joined_documents,
    listed_before,
    one_side_before,
    referred_bodies,
    signers_told,
)
from kztracker.importing.extract.kazakh.grouped_sides import grouped_documents
from kztracker.importing.extract.kazakh.lead_signed import signed_by_lead
from kztracker.importing.extract.kazakh.lexicon import agreement_stems, data, words
from kztracker.importing.extract.kazakh.listed_documents import listed_clauses
from kztracker.importing.extract.kazakh.our_bodies import our_bodies
from kztracker.importing.extract.kazakh.resolve import is_state
from kztracker.importing.extract.kazakh.segment import Sentence, tokenize
from kztracker.importing.extract.kazakh.visit_sides import visit_sides
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention, by_sentence

_PARTY_CASES = {None, "genitive", "instrumental"}
_BACK_FOR_PARTIES = 3  # sentences back that «Тараптар» (the parties) may refer to


@cache
def _phrases(key: str) -> re.Pattern[str]:
    """The phrases of a list, each from a word's start; a phrase whose last word is a whole
    word also to its end («мүмкін» is not «мүмкіндік»), a stem («жоспарлан») to any ending."""
    stems = tuple(data("agreements")["planned_stems"])
    parts = [
        rf"(?<![\w-]){re.escape(p)}" + ("" if p.endswith(stems) else r"(?![\w-])")
        for p in data("agreements")[key]
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def _phrase(sentence: Sentence, key: str) -> bool:
    return _phrases(key).search(sentence.text) is not None


def is_signed(sentence: Sentence) -> bool:
    asked = sentence.text.rstrip(' »”"').endswith("?")  # «... келді?» asks, tells no signing
    return _phrase(sentence, "signed") and not _phrase(sentence, "planned") and not asked


def is_planned_agreement(sentence: Sentence) -> bool:
    """A document whose signing is expected or planned («қол қойылады деп күтілуде»)."""
    return (
        document_in(sentence) is not None
        and _phrase(sentence, "planned")
        and agreement_stems("signing").search(sentence.text) is not None
    )


def memoranda_in(
    sentences: list[Sentence],
    organizations: list[OrganizationMention],
    people: list[PersonMention],
    dates: list[DateMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
    the_one: dict[str, str] | None = None,
) -> list[DraftMemorandum]:
    """One memorandum per document the text says was signed, with its parties and date.

    `the_one` maps a type word to the one organization of that type the text names, so «the
    ministry» («министрлік пен ... арасында») is a party too.
    """
    clauses: list[Clause] = []
    unnamed: list[Clause] = []  # documents signed with no party named
    orgs_at = by_sentence(organizations)
    people_at = by_sentence(people)
    dates_at = dates_by_sentence(sentences, dates)
    for index, sentence in enumerate(sentences):
        if listed := listed_clauses(sentences, index, orgs_at, names, core_key, clauses, dates_at):
            clauses += listed
            continue
        found = document_in(sentence)
        shared = None if found else document_in(sentence, plural=True)
        signed = is_signed(sentence) or signed_by_lead(sentences, index, is_signed)
        if (found or shared) is None or not signed:
            continue
        at, document = found or shared  # type: ignore[misc]
        orgs = orgs_at.get(index, [])
        parties = _parties(sentence, orgs, sentence.tokens[at].start)
        several = by_partner(sentence, parties, shared)
        if shared and not several:
            day = signing_day(sentences, index, dates_at)
            # «A, B және C, сонымен қатар D, E және F арасында меморандумдарға қол қойылды»
            if grouped := grouped_documents(sentence, index, orgs, names, core_key, shared, day):
                clauses += grouped
                continue
            # «... үш университетімен меморандумдарға қол қойды. Олардың қатарында X, Y және Z»
            listed = _listed_next(sentences, index, orgs_at, parties, names, core_key, day, shared)
            clauses += listed
            # «X, Y және Z арасында меморандумдарға қол қойылды»: the bodies listed sign; not
            # «бірқатар келісімдерге» (partners the sentence does not list) nor states
            between, noun = _between_at(sentence), sentence.tokens[at].start
            if listed or len(parties) < 2 or any(is_state(p) for p in parties):
                continue
            if not sentence.start < between < noun:
                continue
        if several:
            for own, at, document in several:
                own_names = unique([names.get(core_key(m.name), m.name) for m in own])
                clauses.append(
                    Clause(
                        index,
                        own_names,
                        [],
                        signing_day(sentences, index, dates_at),
                        document_title(sentence, at, document, own_names),
                        document.kind,
                        [sentence.span()],
                    )
                )
            continue
        referred = referred_bodies(sentence, orgs_at.get(index, []), the_one or {})
        referred += our_bodies(sentence, index, organizations, names, core_key)
        # «Тараптар ... қол қойды», «... келісімге қол қойылды»: the parties are those the
        # text has just named, when this sentence names none.
        told = agreement_stems("parties_words").search(sentence.text) is not None
        if not parties and not referred and (told or _phrase(sentence, "passive")):
            # «Тараптар» names a host in the dative too; a bare passive only signers.
            cases = _PARTY_CASES | {"dative"} if told else _PARTY_CASES
            parties = (
                _named_before(sentences, index, orgs_at, cases, told)
                or visit_sides(sentences, index, orgs_at)
                or one_side_before(sentences, index, orgs_at)
            )
        names_of = unique([names.get(core_key(m.name), m.name) for m in parties])
        names_of += [n for n in referred if n not in names_of]
        if not names_of and _phrase(sentence, "passive"):
            names_of = attendee_sides(sentences, index, people_at, names, core_key)
        generic = document.stem in data("agreements")["generic_documents"]
        if not names_of and not (generic and clauses):
            if not generic and not signers_told(sentence):
                # «Форум аясында ... қол қойылды», «Екі тарап ... қол қойды»: parties unnamed
                for n, (doc_at, doc) in enumerate(
                    [(at, document), *joined_documents(sentence, at)]
                ):
                    unnamed += [
                        Clause(
                            index,
                            [],
                            [],
                            signing_day(sentences, index, dates_at),
                            document_title(sentence, doc_at, doc, []),
                            doc.kind,
                            [sentence.span()],
                        )
                    ] * (1 if n else _count_before(sentence, doc_at))
            continue
        signing = any(w in sentence.text.casefold() for w in data("agreements")["signatory_words"])
        signatories = [p.name for p in people_at.get(index, [])] if signing else []
        # «... меморандумға қол қойылды. Құжатқа X пен Y қол қойды.»: the day of the signing told
        # just before
        before = generic and index > 0 and is_signed(sentences[index - 1])
        clauses.append(
            Clause(
                index,
                names_of,
                unique(signatories),
                signing_day(sentences, index, dates_at)
                or (signing_day(sentences, index - 1, dates_at) if before else None),
                document_title(sentence, at, document, names_of),
                document.kind,
                [sentence.span()],
                generic,
                earlier=not generic and _phrase(sentence, "earlier"),
            )
        )
        # «X пен Y ... меморандумға және ... келісімге қол қойды»: two documents, one pair
        for doc_at, doc in [] if generic else joined_documents(sentence, at):
            clauses.append(
                Clause(
                    index,
                    names_of,
                    unique(signatories),
                    clauses[-1].date,
                    document_title(sentence, doc_at, doc, names_of),
                    doc.kind,
                    [sentence.span()],
                    separate=True,
                )
            )
    headlines = {s.span() for s in sentences if s.headline}
    if not clauses and unnamed:
        # A text that tells of a signing and names no party: its documents, parties left out
        # (the sentence that counts them, or the first dated one).
        counted = max(
            unnamed,
            key=lambda c: (sum(u.sentence == c.sentence for u in unnamed), c.date is not None),
        ).sentence
        clauses = [c for c in unnamed if c.sentence == counted]
    return headline_into_body(gather(clauses), headlines)


def _listed_next(
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


def _count_before(sentence: Sentence, at: int) -> int:
    """«екі меморандумға қол қойылды»: how many documents the word before the document counts;
    none for a tally in figures («15 келісімге»), documents the text does not itemise."""
    counts: dict[str, int] = data("agreements")["counts"]
    before = sentence.tokens[at - 1].text if at else ""
    return 0 if before.isdigit() else counts.get(before.casefold(), 1)


def _named_before(
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
        joined = _joined_before(sentences[earlier], states, _between_at(sentences[earlier]))
        if len({m.name for m in joined}) >= 2:
            return joined  # «Қазақстан Республикасы мен Қырғыз Республикасы арасындағы келісім»
    opening = [m for m in orgs_at.get(0, []) + orgs_at.get(1, []) if not is_state(m)]
    if told and len({m.name for m in opening}) == 2:
        return opening  # «Тараптар» long after they were named: the two the story opens with
    return []


def _between_at(sentence: Sentence) -> int:
    """Where the sentence's «арасында» (between) starts, or its start when it has none."""
    between = words("agreements", "between")
    return next((t.start for t in sentence.tokens if t.lower in between), sentence.start)


def _parties(
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
    signing = [m for m in mentions if case_at(sentence, m.end) in _PARTY_CASES]
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
