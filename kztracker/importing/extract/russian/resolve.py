"""The resolve stage: mentions become organizations and people, one record per real thing.

Names are put in the nominative first; then the pieces of one organization join: the spellings
the database already knows, an acronym and its long form («КазНУ» and «Казахский национальный
университет»), «X (ACR)», a body implied by a title and the same body named in full. Outlets that
only report the story («сообщает Казинформ») and venues are dropped.
"""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftOrganization, DraftPerson
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention
from kztracker.importing.extract.merge import merge_organizations, merge_people
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.normalize import head_phrase_nominative, without_legal_form
from kztracker.importing.extract.russian.people import Person, organization_of
from kztracker.normalize import name_key

_PARENTHESIS = re.compile(r"\s*\(([^()]{2,12})\)\s*$")
_QUOTES = str.maketrans("", "", "«»\"“”„")
_SMALL = frozenset({"и", "по", "в", "при", "им", "имени", "им.", "на", "для", "о", "об", "с"})


def core_key(name: str) -> str:
    """The key two spellings of one organization share: no legal form, no quotes, no case."""
    return name_key(without_legal_form(name.translate(_QUOTES)).replace("ё", "е"))


def organization_name(raw: str) -> tuple[str, str | None]:
    """The nominative name and the short form in brackets after it, if any."""
    short = None
    found = _PARENTHESIS.search(raw)
    if found:
        raw, short = raw[: found.start()], found.group(1).strip()
    name = without_legal_form(head_phrase_nominative(_balanced(raw.strip(" ,.;:–—-"))))
    return name[:1].upper() + name[1:], short


def _balanced(name: str) -> str:
    if name.count("«") > name.count("»"):
        return name + "»" * (name.count("«") - name.count("»"))
    return name


def is_outlet(name: str, context_before: str) -> bool:
    key = core_key(name)
    outlets = {core_key(o) for o in load("lexicon")["outlets"]}
    if key in outlets or re.sub(r"^(?:иа|ia|миа)\s+", "", key) in outlets:
        return True
    before = context_before[-40:].casefold()
    return any(before.rstrip(" ,«\"").endswith(cue) for cue in words("lexicon", "outlet_cues"))


def _is_venue(name: str) -> bool:
    first = name.split()[0].casefold() if name.split() else ""
    return any(first.startswith(v) for v in words("lexicon", "venue_heads"))


def organization_mentions(
    sentences: list[SentenceMentions], people: list[Person], known: KnownNames
) -> list[OrganizationMention]:
    heads = load("lexicon")["organization_heads"]
    found: list[OrganizationMention] = []
    for mentions in sentences:
        for span in mentions.organizations:
            raw = mentions.text_of(span)
            before = mentions.sentence.text[: mentions.tokens[span[0]].start
                                             - mentions.sentence.start]
            name, short = organization_name(raw)
            if not name or is_outlet(name, before) or _is_venue(name) or len(name) < 2:
                continue
            head = next((t.lemma for t in mentions.tokens[span[0]:span[1]] if t.lemma in heads),
                        None)
            found.append(OrganizationMention(
                name=name, start=mentions.tokens[span[0]].start,
                end=mentions.tokens[span[1] - 1].end, kind=heads.get(head or ""),
                country=_country(name), short_name=short,
                aliases=[short] if short else [], sentence=mentions.index,
            ))
    for person in people:
        if person.implied and not person.head_of_state:
            first = person.mentions.tokens[person.title_span[0]] if person.title_span else None
            start = first.start if first else 0
            found.append(OrganizationMention(
                name=person.implied, start=start, end=start, kind="government",
                country=_country(person.implied), sentence=person.mentions.index, derived=True,
            ))
    _join_variants(found, known)
    return found


def _country(name: str) -> str | None:
    countries: dict[str, str] = load("lexicon")["country_words"]
    from kztracker.importing.extract.russian.normalize import lemma

    for word in re.findall(r"\w+", name):
        code = countries.get(lemma(word)) or countries.get(word.casefold())
        if code:
            return code
    return None


def _join_variants(found: list[OrganizationMention], known: KnownNames) -> None:
    """Spellings of one organization told to merge: known records, acronyms, implied bodies."""
    known_keys = {core_key(s): k for k in known.organizations for s in k.spellings()}
    full = [m for m in found if len(m.name.split()) > 1 and not m.derived]
    for mention in found:
        record = known_keys.get(core_key(mention.name))
        if record is not None:
            mention.same_as.extend(record.spellings())
        if mention.derived:
            longer = next((m.name for m in full if m.name.startswith(mention.name + " ")), None)
            if longer:
                mention.same_as.append(longer)
        elif _acronym_like(mention.name):
            expanded = next((m for m in full if abbreviates(mention.name, m.name)), None)
            if expanded is not None:
                mention.same_as.append(expanded.name)


def _acronym_like(name: str) -> bool:
    first = name.split()[0]
    return sum(c.isupper() for c in first) >= 2 and len(first) <= 10


def abbreviates(acronym: str, name: str) -> bool:
    """КазНУ for «Казахский национальный университет», ТПУ for «... Томский политехнический
    университет»: the acronym's letters start the name's words in order, a word giving one or
    more first letters, leading words («Национальный исследовательский») allowed to be skipped."""
    letters = acronym.split()[0].casefold()
    parts = [p for w in name.translate(_QUOTES).split() if w.casefold() not in _SMALL
             for p in w.split("-") if p]
    for skip in range(len(parts)):
        if _consume(letters, [p.casefold() for p in parts[skip:]]):
            return True
    return False


def _consume(letters: str, parts: list[str]) -> bool:
    if not letters:
        return True
    if not parts or parts[0][:1] != letters[0]:
        return False
    word = parts[0]
    for take in range(min(len(word), len(letters)), 0, -1):
        if word[:take] == letters[:take] and _consume(letters[take:], parts[1:]):
            return True
    return False


def merge(found: list[OrganizationMention]) -> tuple[list[DraftOrganization], dict[str, str]]:
    return merge_organizations(found, core_key)


def person_mentions(people: list[Person]) -> list[PersonMention]:
    outlets = {core_key(o) for o in load("lexicon")["outlets"]}
    found = []
    for person in people:
        if core_key(person.name) in outlets or core_key(person.name.split()[0]) in outlets:
            continue
        tokens = person.mentions.tokens
        employer = organization_of(person)
        organization = None
        if employer is not None:
            organization = organization_name(person.mentions.text_of(employer))[0]
        elif person.implied and not person.head_of_state:
            organization = person.implied
        found.append(PersonMention(
            name=person.name, start=tokens[person.span[0]].start,
            end=tokens[person.span[1] - 1].end, title=person.title,
            organization=organization, sentence=person.mentions.index,
        ))
    return found


def merged_people(
    found: list[PersonMention], names: dict[str, str], text: str
) -> list[DraftPerson]:
    """People with a full name; a surname alone joins the full name it shortens."""
    drafts = merge_people(found, names, core_key, text)
    return [d for d in drafts if len(d.name.split()) > 1]
