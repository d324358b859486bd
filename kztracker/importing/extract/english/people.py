"""People and their titles: a title before the name ("Minister of Health Akmaral Alnazarova"),
a title after it and a comma ("Name, Rector of the University"), a lower-case occupation
("historian Yuval Noah Harari"), and "X said"."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.appositive_titles import appositive_title
from kztracker.importing.extract.english.bracketed_roles import bracketed_role
from kztracker.importing.extract.english.company_titles import after_title_of
from kztracker.importing.extract.english.counterparts import resolve_counterparts
from kztracker.importing.extract.english.lexicon import (
    COMMON_WORDS,
    COUNTRIES,
    HONORIFICS,
    LEGAL_SUFFIXES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANIZATION_NOUNS,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.name_titles import title_before
from kztracker.importing.extract.english.names import SPEECH_VERBS as _SPEECH
from kztracker.importing.extract.english.names import (
    initialed,
    name_like,
    name_word,
    particles_then_name,
)
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.english.title_lists import title_is_next_ones, title_then_name
from kztracker.importing.extract.english.trailing_titles import title_after
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_TITLES = language_file("english", "titles")
_LEADS = re.compile(_TITLES["leads"])
_COUNTERPART_FROM = re.compile(_TITLES["counterpart_from"])  # "his counterpart from Kazakhstan, X"
_COUNTERPART = _TITLES["counterparts"][0]  # "counterpart": the title until it is resolved
_INITIAL = re.compile(r"^[A-Z]\.$")
_AGREEMENTS = language_file("english", "agreements")
# "the Treaty on Legal Assistance": a document's topic, not a person
_HEADS = "|".join(_AGREEMENTS["document_heads"])
_TOPIC_BEFORE = re.compile(
    rf"\b(?:{_HEADS})\w*\s+(?:{'|'.join(_AGREEMENTS['document_topics'])})\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PEOPLE = language_file("english", "people")
# "Presidents of Uzbekistan X and Kazakhstan Y": the first title's country, replaced by Y's.
_OF_COUNTRY_END = re.compile(_PEOPLE["country_at_title_end"])
_OF_COUNTRY = _PEOPLE["of_country"]  # " of {country}"
_NAMESAKE = tuple(_PEOPLE["namesake"])  # "named after"
# "... and Irrigation Nurzhan Nurzhigitov": before these, a long run's first words are others'.
_BEFORE_LONG_NAME = frozenset(_PEOPLE["before_long_name"])
_HONORIFIC_TITLES = frozenset(_PEOPLE["honorific_titles"])  # "Professor X": titled so
_LEADER = _PEOPLE["leader_title"]  # "X has led the Center": its head
_BYLINE = _PEOPLE["byline_word"]  # "By A. Writer"
_ATTRIBUTION = frozenset(_PEOPLE["attribution_before"])  # "according to X", "led by X"
_ATTRIBUTION_LAST = _PEOPLE["attribution_last"]  # "... by X"
_AND = _TITLES["link_words"]["joiner"]  # "A B, C D and E F"
_PLURAL = _TITLES["plural_ending"]  # "academicians ... A, B and C"
_HELD_AT = frozenset(_PEOPLE["held_at"])  # "head of sales department of Alpen Holding A B"


def people_in(
    sentence: Sentence, index: int, organizations: list[OrganizationMention]
) -> tuple[list[PersonMention], list[OrganizationMention]]:
    """People in one sentence, and the organizations their titles imply."""
    tokens = sentence.tokens
    people: list[PersonMention] = []
    implied: list[OrganizationMention] = []
    i = 0
    while i < len(tokens):
        j = _name_run_end(tokens, i)
        if i >= 2 and after_title_of(tokens, i) and j - i <= 2:
            i = max(j, i + 1)  # "General Director of Total Eren": the title's organization
            continue
        if i >= 2 and (tokens[i - 2].lower, tokens[i - 1].lower) == _NAMESAKE:
            # "University named after Marat Ospanov": a namesake, no person of the story; a
            # name right after it ("after M.Ospanov Timur Zharkenov") is one
            i += 1 if initialed(tokens[i]) else max(1, min(j - i, 2))
            continue
        if not _opens_name(tokens, i, j):
            i += 1
            continue
        name = _name_of_run(tokens, i, j, organizations)
        if name is None or (j < len(tokens) and tokens[j].lower in ORGANIZATION_NOUNS):
            i = j  # "the Tobol Agro cooperative": a name that heads an organization
            continue
        if not _topic_before(sentence, name[0]):
            person = _person(sentence, index, name, organizations, implied)
            if person is not None:
                people.append(person)
                if _pluraltitle_before(tokens, tokens.index(name[0])):
                    people.extend(_listed_after(sentence, index, j, person))
        i = j
    resolve_counterparts(sentence, people, implied)
    return people, implied


def _name_run_end(tokens: list[Token], i: int) -> int:
    """Where a run of up to five words that can make a name, starting at `i`, ends (`i` when
    `tokens[i]` cannot start one); particles count only inside it ("Ursula von der Leyen")."""
    j = i
    while (
        j < len(tokens)
        and j - i < 5
        and (name_word(tokens, j) or (j > i and particles_then_name(tokens, j)))
    ):
        j += 1
    return j


def _opens_name(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the run `tokens[i:j]` can be a name: two words or more, or one initialed one
    ("S.Chinzorig"), and not the tail of a capitalized word before it, unless that word is an
    initialed name of its own ("after M.Ospanov Timur Zharkenov")."""
    return (j - i >= 2 or (j - i == 1 and initialed(tokens[i]))) and not (
        i > 0
        and tokens[i - 1].capitalized
        and name_like(tokens[i - 1])
        and not initialed(tokens[i - 1])
    )


def _name_of_run(
    tokens: list[Token], i: int, j: int, organizations: list[OrganizationMention]
) -> list[Token] | None:
    """The words of the run `tokens[i:j]` that are the person's name: not those inside an
    organization found in the text, and without the end of a title or a country glued before
    it. None when what is left is not a whole name."""
    name = [
        t
        for t in tokens[i:j]
        if not any(o.start <= t.start < o.end for o in organizations if not o.derived)
    ]
    before = tokens[i - 1] if i > 0 else None
    if _title_glued_before(name, before):
        keep = 2  # "... and Irrigation Nurzhan Nurzhigitov"
        while keep < len(name) and _INITIAL.match(name[-keep].text):
            keep += 1  # "N. A. Nazarbayev": initials stay with their surname
        name = name[-keep:]
    while len(name) >= 3 and name[0].lower in COMMON_WORDS:
        name = name[1:]  # "... and International Cooperation A. B."
    if len(name) >= 2 and initialed(name[-1]):
        name = name[-1:]  # "Protection S.Chinzorig": the last word is whole
    while len(name) >= 2 and (f"{name[0].lower} {name[1].lower}" in COUNTRIES):
        name = name[2:]  # "Ambassador of the United Kingdom Anna Grey"
    whole = len(name) >= 2 or (len(name) == 1 and initialed(name[0]))
    return name if whole else None


def _title_glued_before(name: list[Token], before: Token | None) -> bool:
    """Whether a run of three words or more may begin with the end of a title or a body's name
    ("... and Irrigation Nurzhan Nurzhigitov"), so that only its last two words (and their
    initials) are the name: the word before it is one that comes before long names, or a
    capitalized word that is no country, title, honorific, non-name or organization type (a
    legal suffix aside)."""
    return (
        len(name) >= 3
        and not any(t.lower in NAME_PARTICLES for t in name)
        and before is not None
        and (
            before.lower in _BEFORE_LONG_NAME
            or (
                before.capitalized
                and before.lower not in COUNTRIES  # "of Korea Yoon Suk Yeol"
                and (  # "Hospital Kim Bu Seop", but "LLP Almplast Sabyrkhan Kasymov"
                    before.lower not in ORGANIZATION_TYPES or before.lower in LEGAL_SUFFIXES
                )
                and before.lower not in TITLE_WORDS
                and before.lower not in HONORIFICS
                and before.lower not in NOT_NAMES
            )
        )
    )


def _topic_before(sentence: Sentence, first: Token) -> bool:
    """Whether the 40 characters before the name make it a document's topic, not a person."""
    lead = sentence.text[max(0, first.start - sentence.start - 40) : first.start - sentence.start]
    return bool(_TOPIC_BEFORE.search(lead))


def _person(
    sentence: Sentence,
    index: int,
    name: list[Token],
    organizations: list[OrganizationMention],
    implied: list[OrganizationMention],
) -> PersonMention | None:
    tokens = sentence.tokens
    first = tokens.index(name[0])
    last = tokens.index(name[-1])
    mention = PersonMention(
        _text(sentence, name[0].start, name[-1].end), name[0].start, name[-1].end, sentence=index
    )
    after = title_after(sentence, last + 1, organizations)
    before = title_before(sentence, first, organizations)
    if (
        after
        and before
        and (title_is_next_ones(tokens, first, last) or title_then_name(tokens, last + 1))
    ):
        after = None  # "the Minister of X, A B, the Minister of Y, C D": Y is C D's
    found = after or before
    if found:
        title, organization, derived = found
        mention.title = title
        if organization is None and derived is not None:
            implied.append(derived)
            organization = derived.name
        mention.organization = organization
        return mention
    bracketed = bracketed_role(sentence, first, last, organizations)
    if bracketed is not None:  # "School No. 5 (Director – A B)"
        mention.title, mention.organization = bracketed
        return mention
    if _COUNTERPART_FROM.search(sentence.text[: name[0].start - sentence.start]):
        mention.title = _COUNTERPART  # its title and country: resolve_counterparts
        return mention
    apposed = appositive_title(sentence.text[: name[0].start - sentence.start])
    if apposed:
        mention.title = apposed  # "the rector of the university, academician X"
        return mention
    if before is None and first > 0 and tokens[first - 1].lower in HONORIFICS:
        if tokens[first - 1].lower in _HONORIFIC_TITLES:
            mention.title = tokens[first - 1].text.capitalize()
        return mention
    led = _LEADS.match(sentence.text[name[-1].end - sentence.start :])
    if led:
        # "Zhanar Bekbayeva has led the Center for International Programs"
        led_orgs = [o for o in organizations if o.start >= name[-1].end and not o.derived]
        if led_orgs and led_orgs[0].start - name[-1].end <= led.end() + 4:
            mention.title, mention.organization = _LEADER, led_orgs[0].name
            return mention
    held = _held_at_organization(sentence, first, organizations)
    if held:
        mention.title, mention.organization = held
        return mention
    nxt = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    prev2 = " ".join(t.lower for t in tokens[max(0, first - 2) : first])
    if (
        first
        and tokens[first - 1].lower == _BYLINE
        and _line_from(sentence, tokens[first - 1].start)
        and (
            last + 1 == len(tokens) or "\n" in _text(sentence, name[-1].end, tokens[last + 1].start)
        )
    ):
        return None  # "By A. Writer" on a line of its own: the story's byline, no one in it
    if nxt in COUNTRIES and tokens[last + 1].capitalized:
        return None  # "by Asia Auto Kazakhstan": a company's name ending in its country
    if nxt in _SPEECH or prev2 in _ATTRIBUTION or prev2.endswith(_ATTRIBUTION_LAST):
        return mention
    return None


def _held_at_organization(
    sentence: Sentence, first: int, organizations: list[OrganizationMention]
) -> tuple[str, str] | None:
    """ "head of sales department of Alpen Holding A B": the name right after an organization
    that a title written before it (in any case) belongs to."""
    tokens = sentence.tokens
    owner = next(
        (
            o
            for o in organizations
            if not o.derived
            and o.end <= tokens[first].start
            and not sentence.text[
                o.end - sentence.start : tokens[first].start - sentence.start
            ].strip()
        ),
        None,
    )
    if owner is None:
        return None
    at = next((k for k, t in enumerate(tokens) if t.start == owner.start), None)
    if at is None or at < 2 or tokens[at - 1].lower not in _HELD_AT:
        return None
    for k in range(at - 2, max(-1, at - 8), -1):
        if tokens[k].lower in TITLE_WORDS:
            title = _text(sentence, tokens[k].start, tokens[at - 2].end)
            return upper_first(title), owner.name
        if tokens[k].text in (",", ".", ";") or tokens[k].lower == _AND:
            return None
    return None


def _pluraltitle_before(tokens: list[Token], first: int) -> bool:
    window = tokens[max(0, first - 12) : first]
    return any(
        t.lower.endswith(_PLURAL) and t.lower.removesuffix(_PLURAL) in TITLE_WORDS for t in window
    )


def _listed_after(
    sentence: Sentence, index: int, k: int, person: PersonMention
) -> list[PersonMention]:
    """ "academicians ... Vyacheslav Lokshin, Serik Akshulakov, and Yuri Pya": the same title."""
    tokens = sentence.tokens
    listed = []
    while k < len(tokens) and tokens[k].text == ",":
        k += 1
        if k < len(tokens) and tokens[k].lower == _AND:
            k += 1
        j = k
        while j < len(tokens) and name_like(tokens[j]) and j - k < 4:
            j += 1
        if j - k < 2:
            break
        listed.append(
            PersonMention(
                _text(sentence, tokens[k].start, tokens[j - 1].end),
                tokens[k].start,
                tokens[j - 1].end,
                person.title,
                person.organization,
                index,
            )
        )
        k = j
    if k < len(tokens) and tokens[k].lower == _AND:
        first, title = _after_country(tokens, k + 1, person.title)
        j = first
        while j < len(tokens) and name_like(tokens[j]) and j - first < 4:
            j += 1
        if j - first >= 2:
            listed.append(
                PersonMention(
                    _text(sentence, tokens[first].start, tokens[j - 1].end),
                    tokens[first].start,
                    tokens[j - 1].end,
                    title,
                    person.organization,
                    index,
                )
            )
    return listed


def _after_country(tokens: list[Token], first: int, title: str | None) -> tuple[int, str | None]:
    """ "Presidents of Uzbekistan X and Kazakhstan Y": Y's name starts after his country, and his
    title is the first one's with that country ("President of Kazakhstan")."""
    for size in (2, 1):
        words = " ".join(t.lower for t in tokens[first : first + size])
        if first + size < len(tokens) and words in COUNTRIES:
            country = COUNTRIES[words]
            of_country = _OF_COUNTRY.format(country=country)
            return first + size, _OF_COUNTRY_END.sub(of_country, title) if title else title
    return first, title


def _line_from(sentence: Sentence, start: int) -> bool:
    """Whether a line of the text starts at `start`."""
    before = sentence.text[: start - sentence.start].rstrip(" \t")
    return not before or before.endswith("\n")


def _text(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]
