"""Documents a sentence names (меморандум, келісім, жол картасы, хаттама), and the sentence
that lists several, each with a partner of its own: «X Y-мен меморандумға, Z-мен келісімге қол
қойды» is two documents, X with Y and X with Z."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kztracker.importing.extract.kazakh.endings import case_of, strip_case
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.organizations import legal_forms, type_of
from kztracker.importing.extract.kazakh.people import title_of
from kztracker.importing.extract.kazakh.segment import Sentence, Token
from kztracker.importing.extract.mentions import OrganizationMention


@dataclass(frozen=True)
class Document:
    stem: str
    kind: str
    title: str | None = None  # the nominative a title takes when it is not the stem


@cache
def _documents() -> tuple[Document, ...]:
    return tuple(
        Document(d["stem"], d["kind"], d.get("title")) for d in data("agreements")["documents"]
    )


def document_in(
    sentence: Sentence, start: int = 0, end: int | None = None, plural: bool = False
) -> tuple[int, Document] | None:
    """The first specified document the sentence names (between the offsets `start` and
    `end`, if given), by its token index; with `plural`, the first named in the plural
    («келісімдерге»)."""
    if not _any_document().search(sentence.text):
        return None  # most sentences name none: one search instead of a look at every word
    tokens = sentence.tokens
    unspecified = words("agreements", "unspecified")
    for i, token in enumerate(tokens):
        if token.start < start or (end is not None and token.start >= end):
            continue
        document = _document_at(tokens, i, plural)
        if plural and document is not None:
            return i, document
        if document is not None and not (i > 0 and tokens[i - 1].lower in unspecified):
            return i, document
    return None


def _document_at(tokens: list[Token], i: int, plural: bool = False) -> Document | None:
    for document in _documents():
        stem_words = document.stem.split()
        if len(stem_words) == 2:
            matched = (
                tokens[i].lower == stem_words[0]
                and i + 1 < len(tokens)
                and tokens[i + 1].lower.startswith(stem_words[1])
            )
        else:
            matched = _is_form_of(tokens[i], document, plural)
        if matched:
            return document
    return None


@cache
def _any_document() -> re.Pattern[str]:
    stems = "|".join(re.escape(d.stem.split()[0]) for d in _documents())
    return re.compile(rf"(?<![\w-])(?:{stems})", re.IGNORECASE)


def _is_form_of(token: Token, document: Document, plural: bool = False) -> bool:
    """«меморандумға», «меморандумына», «келісімді»: the document in a case, with or without
    its possessive; not «келісімдер» (several: only when `plural`), «хаттамалық» (a word made
    from it)."""
    base = strip_case(token.text).casefold()
    if not base.startswith(document.stem):
        return False
    rest = base[len(document.stem) :]
    if plural:
        suffix = next((p for p in data("agreements")["plural_suffixes"] if rest.startswith(p)), "")
        possessive = ("", *data("endings")["possessive_after_consonant"])
        return bool(suffix) and rest[len(suffix) :] in possessive
    return rest == "" or rest in data("endings")["possessive"]


def case_at(sentence: Sentence, end: int) -> str | None:
    """The case of the word a mention ends in («университетінде»: locative)."""
    token = next((t for t in sentence.tokens if t.start < end <= t.end), None)
    return case_of(token.text) if token is not None else None


def by_partner(
    sentence: Sentence,
    parties: list[OrganizationMention],
    shared: tuple[int, Document] | None = None,
) -> list[tuple[list[OrganizationMention], int, Document]]:
    """Each partner in «-мен» with the document named after it, before the next partner, and
    the signer the sentence names in another case; empty unless there are two or more. With
    `shared` (documents in the plural: «X-мен, Y-мен ... келісімдерге»), one each."""
    partners = [m for m in parties if _case_of(sentence, m) == "instrumental"]
    # «A және B-мен»: the case the list's last name carries is every listed name's
    partners += [
        m
        for m in parties
        if m not in partners and any(listed_before(sentence, m, p, joined=True) for p in partners)
    ]
    partners.sort(key=lambda m: m.start)
    if len(partners) < 2:
        return []
    subject = [m for m in parties if m not in partners]
    result = []
    sides, since = subject, sentence.start
    for k, partner in enumerate(partners):
        end = partners[k + 1].start if k + 1 < len(partners) else sentence.end
        found = shared or document_in(sentence, partner.end, end)
        if found is None:
            return []  # one document with several partners
        # «X A-мен ..., ал Y B-мен ...»: a side named since the last partner signs with this
        # one; a side named once («X A-мен ..., B-мен ...») with every partner after it
        sides = [m for m in subject if since <= m.start < partner.start] or sides
        result.append(([*sides, partner], *found))
        since = partner.end
    return result


def listed_before(
    sentence: Sentence,
    mention: OrganizationMention,
    partner: OrganizationMention,
    joined: bool = False,
) -> bool:
    """«Ош, Жалалабат және Наманган облыстарымен»: a name listed before the partner that carries
    the list's case (only commas, conjunctions and capitalised names between); `joined`: a comma
    or conjunction must stand between, not a subject named right before its partner."""
    gap = sentence.text[mention.end - sentence.start : partner.start - sentence.start]
    glue = words("agreements", "conjunctions")
    parts = gap.replace(",", " ").split()
    if joined and "," not in gap and not any(w in glue for w in parts):
        return False
    return mention.end <= partner.start and all(w in glue or w[:1].isupper() for w in parts)


def _case_of(sentence: Sentence, mention: OrganizationMention) -> str | None:
    """A name's case, carried by the type word right after it when the name is bare
    («Huawei компаниясымен») or by the legal form its name was read without («... AG-мен»)."""
    case = case_at(sentence, mention.end)
    after = next((t for t in sentence.tokens if t.start >= mention.end), None)
    if case is not None or after is None:
        return case
    gap = sentence.text[mention.end - sentence.start : after.start - sentence.start]
    if gap.strip():
        return None
    if strip_case(after.text).casefold().rstrip(".") in legal_forms():
        return case_of(after.text)
    return case_of(after.text) if after.text[:1].islower() and type_of(after.text) else None


def joined_documents(sentence: Sentence, at: int) -> list[tuple[int, Document]]:
    """«X жол картасы және Y іс-қимыл жоспары мақұлданды»: the documents after the one at `at`
    joined to it by «және», each a document of its own."""
    tokens = sentence.tokens
    found: list[tuple[int, Document]] = []
    while at + 2 < len(tokens):
        following = document_in(sentence, tokens[at + 2].start)
        and_word = data("agreements")["and_word"]
        if following is None or not any(t.lower == and_word for t in tokens[at + 1 : following[0]]):
            break
        found.append(following)
        at = following[0]
    return found


def signers_told(sentence: Sentence) -> bool:
    """«екі елдің министрлігі ... келісімге келді»: the signers told of by a type word, so
    the parties are implied, not left unnamed."""
    tokens = sentence.tokens
    places = words("agreements", "place_phrases")  # «Орталық Азия»: a region, no «орталық»
    return any(
        t.text[:1].isalpha()
        and type_of(t.text) is not None
        and " ".join(x.lower for x in tokens[i : i + 2]) not in places
        for i, t in enumerate(tokens)
    )


def referred_bodies(
    sentence: Sentence, mentions: list[OrganizationMention], the_one: dict[str, str]
) -> list[str]:
    """«министрлік пен Еуропалық Одақ арасында»: a bare type word for the one of its kind; not
    the owner a title names («облыс әкімі»: the akim's body stands for it)."""
    found = []
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.capitalized or any(m.start <= token.start < m.end for m in mentions):
            continue
        entry = type_of(token.text)
        if entry is None or strip_case(token.text).casefold() != entry.bare:
            continue
        if i + 1 < len(tokens) and title_of(tokens[i + 1].text) is not None:
            continue
        name = the_one.get(entry.bare)
        if name:
            found.append(name)
    return found


def one_side_before(
    sentences: list[Sentence], index: int, orgs_at: dict[int, list[OrganizationMention]]
) -> list[OrganizationMention]:
    """«X ... университеттермен байланысты тереңдетіп жатыр. Бұл жолы ... оқу орындарының
    бірімен меморандум бекітілді»: a partner told only as one of many leaves the other side,
    the one body the sentence before names as its subject."""
    sentence = sentences[index]
    if index == 0 or not any(t.lower in words("agreements", "one_of") for t in sentence.tokens):
        return []
    before = sentences[index - 1]
    subjects = [m for m in orgs_at.get(index - 1, []) if case_at(before, m.end) is None]
    return subjects if len({m.name for m in subjects}) == 1 else []
