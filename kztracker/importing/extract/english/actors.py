"""Which found names are partners acting in the story: not an outlet or agency that only
reports, a ranking agency, a venue, an event, or a phrase made only of words such as a
country, a nationality, a title or a bare type word ("Ministries", "South Korean", "Federal
Minister"). The lists are data (data/actors.json)."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    COMPANY_ENDS,
    COUNTRIES,
    DIRECTIONS,
    HONORIFICS,
    NATIONALITIES,
    NON_ORGANIZATION_NOUNS,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
)
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "actors")


def _phrases(key: str) -> re.Pattern[str]:
    words = sorted(_DATA[key], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


_REPORTS = _phrases("outlets")
_RANKS = re.compile(r"^(?:" + "|".join(map(re.escape, _DATA["ranking_agencies"])) + r")$")
_VENUES = _phrases("venues")
_GENERIC = (
    frozenset(COUNTRIES)
    | frozenset(NATIONALITIES)
    | DIRECTIONS
    | TITLE_WORDS
    | frozenset(ORGANIZATION_TYPES)
    | frozenset(_DATA["not_names"])
)
_EVENT = re.compile(
    r"^[A-Z][a-z]+(?:" + "|".join(e.capitalize() for e in _DATA["event_endings"]) + r")$"
)
_PLURALS = frozenset(_DATA["plural_types"])
_BARE_PLURALS = frozenset(_DATA["bare_plurals"])
_OUTLET_ENDS = frozenset(_DATA["outlet_last_words"])
_NEVER = frozenset(_DATA["never_in_names"])
_DOCUMENTS = frozenset(_DATA["document_heads"])
_TITLE_ENDINGS = frozenset(_DATA["title_words_ending_names"])
_WORD = re.compile(r"[\w’'-]+")
_EVENT_NAMES = frozenset(_DATA["event_name_endings"])
_BARE_LEADS = frozenset(_DATA["bare_unit_leads"])
# "National Company JSC" alone: a description and a legal form, the name they describe elsewhere.
_DESCRIBING = COMPANY_ENDS | {
    w.casefold()
    for phrase in language_file("english", "organizations")["descriptions_after"]
    for w in phrase.replace("-", " ").split()
}
_BARE_HEADS = frozenset(_DATA["bare_unit_heads"])
_DOCUMENT_ENDS = frozenset(_DATA["document_endings"])
_DESCRIBING_WORD = re.compile(r"^[\w’']+-(?:" + "|".join(_DATA["participle_suffixes"]) + r")$")
_FULL_PATRONYMIC = re.compile(r"(?:" + "|".join(_DATA["full_patronymic_endings"]) + r")$")
_FEATURES = frozenset(_DATA["feature_words"])
_COUNTRY_SHORT = frozenset(_DATA["country_short_forms"])
_SKIPPED = tuple(_DATA["name_glue_words"])
_ARTICLE = _DATA["name_article"]
_SINGULARS: list[list[str]] = _DATA["plural_endings"]


def acts(name: str) -> bool:
    """Whether `name` may be a partner in the story, judged by the name alone."""
    folded = name.casefold()
    if _REPORTS.search(folded) or _RANKS.match(folded) or _VENUES.search(folded):
        return False
    if folded.removeprefix(_ARTICLE) in COUNTRIES or folded in _COUNTRY_SHORT:
        return False  # "the Russian Federation", "the U.S.": a country, not a partner of its own
    if folded.split()[-1] in _OUTLET_ENDS and len(folded.split()) <= 3:
        return False  # "the Steppe Times", "Kazakh Daily": a paper
    if re.match(r"(?:[IVX]+|\d+)\.\s", name):
        return False  # "I. Exchange of visits": a numbered item, not a name
    if _EVENT.match(name):
        return False  # "KazanForum": an event written as one word
    words = [w for w in _WORD.findall(folded) if w not in _SKIPPED]
    if words and words[-1] in _FEATURES and not any(w in ORGANIZATION_TYPES for w in words):
        return False  # "the Syr Darya River": a place ("Fund for Saving the Aral Sea" is not)
    if any(w in _NEVER for w in words):
        return False  # "SIGNED A MEMORANDUM", "Government of X - Minister of Y"
    if words and words[0] in _DOCUMENTS:
        return False  # "the Protocol of the Commission": a document, not its author
    if len(words) > 1 and words[-1] in _DOCUMENT_ENDS:
        return False  # "Partnership and Cooperation Agreement": the document, not a side
    if words and _DESCRIBING_WORD.match(words[-1]):
        return False  # "EU-supported", "South Korea-based": a description
    if len(words) == 2 and words[0] in HONORIFICS:
        return False  # "Professor Park", "Dr Hall": a surname that is also a type word
    if words and words[-1] in TITLE_WORDS and words[-1] not in _TITLE_ENDINGS:
        return False  # "SamSMU Professor": a title, not a name
    if not words or words[-1] in _PLURALS:
        return False  # "Energy Ministries": several, none named
    if len(words) == 1 and words[0] in _BARE_PLURALS:
        return False  # "Firms from A and B": several, none named
    if len(words) > 1 and words[-1] in _EVENT_NAMES:
        return False  # "Kazakhstan Medicine Days": an event series, not its organizer
    if all(w in _DESCRIBING for p in words for w in p.split("-")):
        return False  # "National Company JSC": the description of a name given elsewhere
    if len(words) == 2 and words[0] in _BARE_LEADS and words[1] in _BARE_HEADS:
        return False  # "the Country Office": a unit of a body named elsewhere
    if len(words) in (2, 3) and _FULL_PATRONYMIC.search(words[-1]):
        if not any(w in ORGANIZATION_TYPES for w in words):
            return False  # "Aigul Serikova Maratovna": a person named with her patronymic
    if not all(w in _GENERIC for w in words):
        return True
    # Only such words: a name still when a type word heads more ("Embassy of the Netherlands").
    return len(words) > 1 and any(w in ORGANIZATION_TYPES for w in words)


_PATRONYMIC = re.compile(r"(?:" + "|".join(_DATA["patronymic_endings"]) + r")$")


def is_outlet(name: str) -> bool:
    """Whether a name is an outlet's or a press office's ("Kazinform", "X News Agency")."""
    return bool(_REPORTS.search(name.casefold()))


def is_person(name: str) -> bool:
    """Whether a name found as a person's may be one: not a country, an outlet or a thing
    ("United Kingdom", "Daily Times", "Cooperation Forum")."""
    folded = name.casefold()
    last = folded.split()[-1]
    return last.rstrip(".") not in COMPANY_ENDS and not (
        folded in COUNTRIES
        or _REPORTS.search(folded)
        or last in _OUTLET_ENDS
        or last in NON_ORGANIZATION_NOUNS
        or last in ORGANIZATION_TYPES
        or last in _PLURALS
        or _singular(last) in ORGANIZATION_TYPES  # "Clinical Laboratories": a company
        # "Presidents Adopt Declaration": a headline's document, no one's name
        or any(w in _DOCUMENTS or w in _NEVER for w in folded.split())
    )


def _singular(word: str) -> str:
    for plural, singular in _SINGULARS:
        if word.endswith(plural):
            return word[: -len(plural)] + singular
    return word


def drop_patronymic_repeats(names: list[str]) -> set[str]:
    """ "Akhylbek Kazhygulovich" beside "Ahylbek Kurishbayev": the given name and patronymic
    of a person already named, not another person."""
    from rapidfuzz import fuzz

    dropped = set()
    for name in names:
        words = name.split()
        if len(words) == 2 and _PATRONYMIC.search(words[1].casefold()):
            for other in names:
                first = other.split()[0]
                if other != name and fuzz.ratio(first.casefold(), words[0].casefold()) >= 80:
                    dropped.add(name)
    return dropped
