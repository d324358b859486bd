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
from dataclasses import dataclass, field
from functools import cache

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.kazakh.agreement_parties import (
    PARTY_CASES,
    between_at,
    count_before,
    listed_next,
    named_before,
    parties_in,
)
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
    document_in,
    joined_documents,
    one_side_before,
    referred_bodies,
    signers_told,
)
from kztracker.importing.extract.kazakh.grouped_sides import grouped_documents
from kztracker.importing.extract.kazakh.lead_signed import signed_by_lead
from kztracker.importing.extract.kazakh.lexicon import agreement_stems, data
from kztracker.importing.extract.kazakh.listed_documents import listed_clauses
from kztracker.importing.extract.kazakh.our_bodies import our_bodies
from kztracker.importing.extract.kazakh.resolve import is_state
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.kazakh.visit_sides import visit_sides
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention, by_sentence


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


@dataclass
class _Article:
    """What every sentence's step reads (the text's mentions by sentence, the names organizations
    go by) and the clauses the steps fill."""

    sentences: list[Sentence]
    organizations: list[OrganizationMention]
    orgs_at: dict[int, list[OrganizationMention]]
    people_at: dict[int, list[PersonMention]]
    dates_at: dict[int, list[DateMention]]
    names: dict[str, str]
    core_key: Callable[[str], str]
    the_one: dict[str, str] | None
    clauses: list[Clause] = field(default_factory=list)
    unnamed: list[Clause] = field(default_factory=list)  # documents signed with no party named

    def names_of(self, mentions: list[OrganizationMention]) -> list[str]:
        """The names the mentions' organizations go by, each once."""
        return unique([self.names.get(self.core_key(m.name), m.name) for m in mentions])

    def day(self, index: int) -> PartialDate | None:
        """The day the sentence at `index` dates its signing to, if it does."""
        return signing_day(self.sentences, index, self.dates_at)


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
    article = _Article(
        sentences,
        organizations,
        by_sentence(organizations),
        by_sentence(people),
        dates_by_sentence(sentences, dates),
        names,
        core_key,
        the_one,
    )
    for index in range(len(sentences)):
        _read_sentence(article, index)
    headlines = {s.span() for s in sentences if s.headline}
    return headline_into_body(gather(_told_clauses(article)), headlines)


def _read_sentence(article: _Article, index: int) -> None:
    """The clauses one sentence adds: a list of documents, documents in the plural one per
    partner, or a signed document with the parties it names or the text has just named."""
    sentences, sentence = article.sentences, article.sentences[index]
    listed = listed_clauses(
        sentences,
        index,
        article.orgs_at,
        article.names,
        article.core_key,
        article.clauses,
        article.dates_at,
    )
    if listed:
        article.clauses += listed
        return
    signed = _signed_document(sentences, index)
    if signed is None:
        return
    (at, document), shared = signed
    orgs = article.orgs_at.get(index, [])
    parties = parties_in(sentence, orgs, sentence.tokens[at].start)
    several = by_partner(sentence, parties, shared)
    if shared and not several and _plural_done(article, index, at, parties, shared):
        return
    if several:
        article.clauses += _partner_clauses(article, index, several)
        return
    names_of = _party_names(article, index, parties)
    generic = document.stem in data("agreements")["generic_documents"]
    if not names_of and not (generic and article.clauses):
        if not generic and not signers_told(sentence):
            article.unnamed += _unnamed_clauses(article, index, at, document)
        return
    article.clauses += _signed_clauses(article, index, at, document, names_of, generic)


def _signed_document(
    sentences: list[Sentence], index: int
) -> tuple[tuple[int, Document], tuple[int, Document] | None] | None:
    """The document the sentence says was signed, and whether it is one in the plural (several
    documents, shared); None when it names none or tells of no signing."""
    sentence = sentences[index]
    found = document_in(sentence)
    shared = None if found else document_in(sentence, plural=True)
    signed = is_signed(sentence) or signed_by_lead(sentences, index, is_signed)
    if (found or shared) is None or not signed:
        return None
    return found or shared, shared  # type: ignore[return-value]


def _plural_done(
    article: _Article,
    index: int,
    at: int,
    parties: list[OrganizationMention],
    shared: tuple[int, Document],
) -> bool:
    """Documents in the plural no partner of the sentence's own owns: the groups or the next
    sentence's list give one per partner. Whether the sentence is done with; not when the
    bodies it lists before «арасында» are the parties of one document."""
    sentence = article.sentences[index]
    day = article.day(index)
    # «A, B және C, сонымен қатар D, E және F арасында меморандумдарға қол қойылды»
    orgs = article.orgs_at.get(index, [])
    grouped = grouped_documents(sentence, index, orgs, article.names, article.core_key, shared, day)
    if grouped:
        article.clauses += grouped
        return True
    # «... үш университетімен меморандумдарға қол қойды. Олардың қатарында X, Y және Z»
    listed = listed_next(
        article.sentences,
        index,
        article.orgs_at,
        parties,
        article.names,
        article.core_key,
        day,
        shared,
    )
    article.clauses += listed
    # «X, Y және Z арасында меморандумдарға қол қойылды»: the bodies listed sign; not
    # «бірқатар келісімдерге» (partners the sentence does not list) nor states
    between, noun = between_at(sentence), sentence.tokens[at].start
    if listed or len(parties) < 2 or any(is_state(p) for p in parties):
        return True
    return not sentence.start < between < noun


def _partner_clauses(
    article: _Article,
    index: int,
    several: list[tuple[list[OrganizationMention], int, Document]],
) -> list[Clause]:
    """One clause per partner that has a document of its own in the sentence."""
    sentence = article.sentences[index]
    clauses = []
    for own, at, document in several:
        own_names = article.names_of(own)
        clauses.append(
            Clause(
                index,
                own_names,
                [],
                article.day(index),
                document_title(sentence, at, document, own_names),
                document.kind,
                [sentence.span()],
            )
        )
    return clauses


def _party_names(article: _Article, index: int, parties: list[OrganizationMention]) -> list[str]:
    """The names of the document's parties: those the sentence names or refers to, else those
    the text has just named, else, for a bare passive, the sides of those who attended."""
    sentences, sentence = article.sentences, article.sentences[index]
    referred = referred_bodies(sentence, article.orgs_at.get(index, []), article.the_one or {})
    referred += our_bodies(sentence, index, article.organizations, article.names, article.core_key)
    # «Тараптар ... қол қойды», «... келісімге қол қойылды»: the parties are those the
    # text has just named, when this sentence names none.
    told = agreement_stems("parties_words").search(sentence.text) is not None
    if not parties and not referred and (told or _phrase(sentence, "passive")):
        # «Тараптар» names a host in the dative too; a bare passive only signers.
        cases = PARTY_CASES | {"dative"} if told else PARTY_CASES
        parties = (
            named_before(sentences, index, article.orgs_at, cases, told)
            or visit_sides(sentences, index, article.orgs_at)
            or one_side_before(sentences, index, article.orgs_at)
        )
    names_of = article.names_of(parties)
    names_of += [n for n in referred if n not in names_of]
    if not names_of and _phrase(sentence, "passive"):
        names_of = attendee_sides(
            sentences, index, article.people_at, article.names, article.core_key
        )
    return names_of


def _unnamed_clauses(article: _Article, index: int, at: int, document: Document) -> list[Clause]:
    """«Форум аясында ... қол қойылды», «Екі тарап ... қол қойды»: parties unnamed; as many of
    the document as the word before it counts, and each document joined to it."""
    sentence = article.sentences[index]
    unnamed: list[Clause] = []
    for n, (doc_at, doc) in enumerate([(at, document), *joined_documents(sentence, at)]):
        unnamed += [
            Clause(
                index,
                [],
                [],
                article.day(index),
                document_title(sentence, doc_at, doc, []),
                doc.kind,
                [sentence.span()],
            )
        ] * (1 if n else count_before(sentence, doc_at))
    return unnamed


def _signed_clauses(
    article: _Article,
    index: int,
    at: int,
    document: Document,
    names_of: list[str],
    generic: bool,
) -> list[Clause]:
    """The document its parties signed, with its signatories and day, and each document joined
    to it; a generic one («құжат») takes the day of the signing told just before."""
    sentences, sentence = article.sentences, article.sentences[index]
    signing = any(w in sentence.text.casefold() for w in data("agreements")["signatory_words"])
    signatories = [p.name for p in article.people_at.get(index, [])] if signing else []
    # «... меморандумға қол қойылды. Құжатқа X пен Y қол қойды.»: the day of the signing told
    # just before
    before = generic and index > 0 and is_signed(sentences[index - 1])
    first = Clause(
        index,
        names_of,
        unique(signatories),
        article.day(index) or (article.day(index - 1) if before else None),
        document_title(sentence, at, document, names_of),
        document.kind,
        [sentence.span()],
        generic,
        earlier=not generic and _phrase(sentence, "earlier"),
    )
    # «X пен Y ... меморандумға және ... келісімге қол қойды»: two documents, one pair
    return [first] + [
        Clause(
            index,
            names_of,
            unique(signatories),
            first.date,
            document_title(sentence, doc_at, doc, names_of),
            doc.kind,
            [sentence.span()],
            separate=True,
        )
        for doc_at, doc in ([] if generic else joined_documents(sentence, at))
    ]


def _told_clauses(article: _Article) -> list[Clause]:
    """The clauses of the text's signings; when none names a party, the unnamed documents."""
    if article.clauses or not article.unnamed:
        return article.clauses
    # A text that tells of a signing and names no party: its documents, parties left out
    # (the sentence that counts them, or the first dated one).
    unnamed = article.unnamed
    counted = max(
        unnamed,
        key=lambda c: (sum(u.sentence == c.sentence for u in unnamed), c.date is not None),
    ).sentence
    return [c for c in unnamed if c.sentence == counted]
