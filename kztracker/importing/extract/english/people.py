"""People and their titles: "Minister of Health Akmaral Alnazarova", "Yuriy Pya, Chairman of
the Board of the University Medical Center", "historian Yuval Noah Harari", "X said"."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.appositive_titles import appositive_title
from kztracker.importing.extract.english.lexicon import (
    COMMON_WORDS,
    COUNTRIES,
    HONORIFICS,
    NAME_PARTICLES,
    NATIONALITIES,
    NOT_NAMES,
    ORGANIZATION_NOUNS,
    PROFESSIONS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.names import SPEECH_VERBS as _SPEECH
from kztracker.importing.extract.english.names import name_like, particles_then_name
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.english.title_owners import (
    municipality,
    split_title,
)
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_COMMON = COMMON_WORDS
_LEADS = re.compile(r"^\s+(?:has\s+led|leads|heads|has\s+headed|chairs|directs)\s+(?:the\s+)?")
# Lowercase words inside a title's place: "Akim of Turkistan region".
_AREA_WORDS = frozenset({"region", "city", "oblast", "district", "province"})
_CONNECT = frozenset({"of", "the", "and", "for", "at", "under", "&", "on", "to"})


def people_in(
    sentence: Sentence, index: int, organizations: list[OrganizationMention]
) -> tuple[list[PersonMention], list[OrganizationMention]]:
    """People in one sentence, and the organizations their titles imply."""
    tokens = sentence.tokens
    people: list[PersonMention] = []
    implied: list[OrganizationMention] = []
    i = 0
    while i < len(tokens):
        j = i
        while (
            j < len(tokens)
            and j - i < 5
            and (name_like(tokens[j]) or (j > i and particles_then_name(tokens, j)))
        ):
            j += 1
        if j - i >= 2 and not (i > 0 and tokens[i - 1].capitalized and name_like(tokens[i - 1])):
            name_tokens = [
                t
                for t in tokens[i:j]
                if not any(o.start <= t.start < o.end for o in organizations if not o.derived)
            ]
            before = tokens[i - 1] if i > 0 else None
            if (
                len(name_tokens) >= 3
                and not any(t.lower in NAME_PARTICLES for t in name_tokens)
                and before is not None
                and (
                    before.lower in ("and", "of", "for", "&")
                    or (
                        before.capitalized
                        and before.lower not in TITLE_WORDS
                        and before.lower not in HONORIFICS
                        and before.lower not in NOT_NAMES
                    )
                )
            ):
                name_tokens = name_tokens[-2:]  # "... and Irrigation Nurzhan Nurzhigitov"
            while len(name_tokens) >= 3 and (
                f"{name_tokens[0].lower} {name_tokens[1].lower}" in COUNTRIES
            ):
                name_tokens = name_tokens[2:]  # "Ambassador of the United Kingdom Anna Grey"
            if len(name_tokens) < 2 or (j < len(tokens) and tokens[j].lower in ORGANIZATION_NOUNS):
                i = j  # "the Tobol Agro cooperative": a name that heads an organization
                continue
            person = _person(sentence, index, name_tokens, organizations, implied)
            if person is not None:
                people.append(person)
                if _plural_title_before(tokens, tokens.index(name_tokens[0])):
                    people.extend(_listed_after(sentence, index, j, person))
            i = j
            continue
        i += 1
    return people, implied


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
    after = _title_after(sentence, last + 1, organizations)
    before = _title_before(sentence, first, organizations)
    found = after or before
    if found:
        title, organization, derived = found
        mention.title = title
        if organization is None and derived is not None:
            implied.append(derived)
            organization = derived.name
        mention.organization = organization
        return mention
    apposed = appositive_title(sentence.text[: name[0].start - sentence.start])
    if apposed:
        mention.title = apposed  # "the rector of the university, academician X"
        return mention
    if before is None and first > 0 and tokens[first - 1].lower in HONORIFICS:
        if tokens[first - 1].lower in ("academician", "professor"):
            mention.title = tokens[first - 1].text.capitalize()
        return mention
    led = _LEADS.match(sentence.text[name[-1].end - sentence.start :])
    if led:
        # "Zhanar Bekbayeva has led the Center for International Programs"
        led_orgs = [o for o in organizations if o.start >= name[-1].end and not o.derived]
        if led_orgs and led_orgs[0].start - name[-1].end <= led.end() + 4:
            mention.title, mention.organization = "Head", led_orgs[0].name
            return mention
    nxt = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    prev2 = " ".join(t.lower for t in tokens[max(0, first - 2) : first])
    if nxt in _SPEECH or prev2 in ("according to", "led by", "by") or prev2.endswith(" by"):
        return mention
    return None


def _title_after(
    sentence: Sentence, k: int, organizations: list[OrganizationMention]
) -> tuple[str, str | None, OrganizationMention | None] | None:
    """ ", Chairman of the Board of the University Medical Center" after a name."""
    tokens = sentence.tokens
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    k += 1
    article = k < len(tokens) and tokens[k].lower in ("the", "a", "an")
    if article:
        k += 1
    # A title may open with modifiers or its organization: "acting Rector", "UNICEF Representative";
    # after an article also with plain words: "the company's head of ...", "an energy economist".
    head = next(
        (n for n in range(k, min(k + 4, len(tokens))) if tokens[n].lower in TITLE_HEADS), None
    )
    if head is None:
        return None
    ahead = k
    while ahead < len(tokens) and tokens[ahead].text not in (",", ";", "(", ")"):
        if tokens[ahead].lower in HONORIFICS:
            return None  # "A, Ambassador of X Mr. B": the title is B's, the next one named
        ahead += 1
    if article and all(t.possessive or t.text[:1].islower() for t in tokens[k:head]):
        modifiers = [t for t in tokens[k:head] if not t.possessive]
        k = tokens.index(modifiers[0]) if modifiers else head
        prefix: list[Token] = []
    elif any(not (t.capitalized or t.lower in TITLE_WORDS) for t in tokens[k:head]):
        return None
    else:
        prefix = tokens[k:head]
    if article and not prefix:
        return split_title(sentence, tokens[k : _plain_title_end(tokens, k, head)], organizations)
    while prefix and prefix[-1].lower in TITLE_WORDS:
        prefix = prefix[:-1]  # "UNDP Resident Representative": "Resident" is the title's
    k += len(prefix)
    end = k
    while (
        end < len(tokens)
        and (
            tokens[end].capitalized
            or tokens[end].lower in _CONNECT
            or tokens[end].lower in TITLE_WORDS
        )
        and tokens[end].text[:1].isalnum()
        and tokens[end].lower not in HONORIFICS
    ):
        end += 1
    while end > k and tokens[end - 1].lower in _CONNECT:
        end -= 1
    split = split_title(sentence, tokens[k:end], organizations)
    if split is not None and prefix and split[1] is None:
        return split[0], _text(sentence, prefix[0].start, prefix[-1].end), split[2]
    return split


def _plain_title_end(tokens: list[Token], start: int, head: int) -> int:
    """Where "an energy economist at X" or "the company's head of stakeholder relations" ends:
    capitalized words and connectors, and up to three plain words after "of" or "for"."""
    end = head + 1
    plain = 0
    while end < len(tokens) and tokens[end].text[:1].isalnum():
        token = tokens[end]
        if token.lower in ("of", "for"):
            plain = 3
        elif not (token.capitalized or token.lower in _CONNECT or token.lower in TITLE_WORDS):
            if plain == 0 or token.lower in ("who", "which", "that", "said", "says"):
                break
            plain -= 1
        end += 1
    while end > start and tokens[end - 1].lower in _CONNECT:
        end -= 1
    return end


def _title_before(
    sentence: Sentence, first: int, organizations: list[OrganizationMention]
) -> tuple[str, str | None, OrganizationMention | None] | None:
    """ "Minister of Health", "NU President Professor", "historian" before a name."""
    tokens = sentence.tokens
    k = first
    while k > 0 and tokens[k - 1].lower in HONORIFICS:
        k -= 1
    start = k
    while start > 0:
        token = tokens[start - 1]
        if token.lower in HONORIFICS:
            break  # "Mr. A and Honorary Consul Mr. B": A's honorific, not B's title
        if (
            token.lower == "and"
            and start >= 3
            and all(name_like(t) for t in tokens[start - 3 : start - 1])
        ):
            break  # "Minister A B and President C D": A B's title ends before "and"
        if token.lower == "and" and not (
            tokens[start].lower in _COMMON or tokens[start].lower in TITLE_WORDS
        ):
            break
        if token.text == "," and not (start > 1 and tokens[start - 2].capitalized):
            break
        if not (
            token.capitalized
            or token.lower in _CONNECT
            or token.lower == "in"  # "Representative for Central Asia in The Hague"
            or token.lower in TITLE_WORDS
            or token.text == ","
            or token.lower in _AREA_WORDS
            or _in_country(tokens, start)
        ):
            break
        start -= 1
    words = tokens[start:k]
    while words and words[-1].text == ",":
        words = words[:-1]  # "the Minister of Health, Akmaral Alnazarova"
    heads = _heads(words)
    if heads:
        commas = [n for n, t in enumerate(words) if t.text == "," and n < heads[-1]]
        if commas:
            words = words[commas[-1] + 1 :]
    while words and (words[0].lower in _CONNECT or words[0].text == ","):
        words = words[1:]
    heads = _heads(words)
    if not heads:
        if k > 0 and tokens[k - 1].lower in PROFESSIONS:
            return tokens[k - 1].text.capitalize(), None, None
        return None
    first_head = heads[0]
    while first_head > 0 and words[first_head - 1].lower in TITLE_WORDS:
        first_head -= 1  # "ADB Country Director": "Country" belongs to the title
    prefix = [t for t in words[:first_head] if t.lower not in NATIONALITIES]
    if prefix and all(t.lower in COMMON_WORDS for t in prefix):
        first_head -= len(prefix)  # "Energy Minister": the portfolio belongs to the title
        prefix = []
    owner = _possessive_owner(sentence, tokens, start, organizations)
    split = split_title(sentence, words[first_head:], organizations)
    if split is None:
        return None
    title, organization, derived = split
    if organization is None and prefix:
        prefix_name = _text(sentence, prefix[0].start, prefix[-1].end)
        place = municipality(prefix_name, title, sentence, prefix[0].start, words[-1].end)
        if place is not None:
            derived = place
        elif prefix_name.casefold() not in NOT_NAMES:
            organization = prefix_name
    if organization is None and derived is None:
        organization = owner
    return title, organization, derived


def _heads(words: list[Token]) -> list[int]:
    """Where title words head a title; "chief executive" is one, as wire stories write it."""
    return [
        n
        for n, t in enumerate(words)
        if t.lower in TITLE_HEADS
        or (t.lower == "executive" and n and words[n - 1].lower == "chief")
    ]


def _in_country(tokens: list[Token], start: int) -> bool:
    """ "UNICEF Representative in Kazakhstan Maria Lopez": where the title holder serves."""
    return (
        tokens[start - 1].lower == "in"
        and tokens[start].lower in COUNTRIES
        and start > 1
        and tokens[start - 2].lower in TITLE_WORDS
    )


def _possessive_owner(
    sentence: Sentence,
    tokens: list[Token],
    start: int,
    organizations: list[OrganizationMention],
) -> str | None:
    """ "a delegation of Purdue University led by its Vice Provost": its = Purdue University."""
    if start == 0 or tokens[start - 1].lower not in ("its", "their"):
        return None
    before = [o for o in organizations if o.end <= tokens[start - 1].start and not o.derived]
    return before[-1].name if before else None


def _plural_title_before(tokens: list[Token], first: int) -> bool:
    window = tokens[max(0, first - 12) : first]
    return any(t.lower.endswith("s") and t.lower[:-1] in TITLE_WORDS for t in window)


def _listed_after(
    sentence: Sentence, index: int, k: int, person: PersonMention
) -> list[PersonMention]:
    """ "academicians ... Vyacheslav Lokshin, Serik Akshulakov, and Yuri Pya": the same title."""
    tokens = sentence.tokens
    listed = []
    while k < len(tokens) and tokens[k].text == ",":
        k += 1
        if k < len(tokens) and tokens[k].lower == "and":
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
    if k < len(tokens) and tokens[k].lower == "and":
        j = k + 1
        while j < len(tokens) and name_like(tokens[j]) and j - k - 1 < 4:
            j += 1
        if j - k - 1 >= 2:
            listed.append(
                PersonMention(
                    _text(sentence, tokens[k + 1].start, tokens[j - 1].end),
                    tokens[k + 1].start,
                    tokens[j - 1].end,
                    person.title,
                    person.organization,
                    index,
                )
            )
    return listed


def _text(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]
