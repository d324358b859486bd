"""English word lists the rules rely on: organization types, titles, places and non-names.

The lists live in data/lexicon.json beside this module, so a new English wording is a change of
data; this module gives them the types the rules use.
"""

from __future__ import annotations

from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "lexicon")

# The head noun of an organization's name, and the kind of organization it makes.
ORGANIZATION_TYPES: dict[str, str] = dict(_DATA["organization_types"])
# Type words a company's own name may follow: "National Company Kazakhstan Temir Zholy".
APPOSITIVE_HEADS: frozenset[str] = frozenset(_DATA["appositive_heads"])
APPOSITIVE_LEADS: frozenset[str] = frozenset(_DATA["appositive_leads"])
# Words that end a company's name rather than head it ("Kazakhtelecom JSC").
LEGAL_SUFFIXES: frozenset[str] = frozenset(_DATA["legal_suffixes"])
# What ends a company's name and never a person's: a legal form or "Co." (data: company_ends).
COMPANY_ENDS: frozenset[str] = LEGAL_SUFFIXES | frozenset(_DATA["company_ends"])
# Legal forms written in capitals that are also English words in lower case ("Nordvik AS").
UPPERCASE_SUFFIXES: frozenset[str] = frozenset(_DATA["uppercase_suffixes"])
# Acronyms of international organizations: "UNICEF Kazakhstan" is its country office.
INTERNATIONAL_ACRONYMS: frozenset[str] = frozenset(_DATA["international_acronyms"])
# Lowercase nouns after a name that make it an organization's: "the Tobol Agro cooperative".
ORGANIZATION_NOUNS: frozenset[str] = frozenset(_DATA["organization_nouns"])
# Type words too vague to make an organization unless the text qualifies them.
WEAK_TYPES: frozenset[str] = frozenset(_DATA["weak_types"])
# Words that lead or close a person's title; the title runs from the first to the last of them.
TITLE_WORDS: frozenset[str] = frozenset(_DATA["title_words"])
# Words that may head a title (a title never starts with "general" or "board").
TITLE_HEADS = TITLE_WORDS - frozenset(_DATA["title_words_never_heads"])
HONORIFICS: frozenset[str] = frozenset(_DATA["honorifics"])
# Lowercase professions that may stand before a name ("historian Yuval Noah Harari").
PROFESSIONS: frozenset[str] = frozenset(_DATA["professions"])
# A country's spellings (case-folded) → its usual name; short and older names included.
COUNTRIES: dict[str, str] = dict(_DATA["countries"])
# Cities (case-folded) → their country.
CITIES: dict[str, str] = dict(_DATA["cities"])
# Nationality adjectives (case-folded) → the country.
NATIONALITIES: dict[str, str] = dict(_DATA["nationalities"])
# "East Kazakhstan", "Central Asia": a direction before a place names a region.
DIRECTIONS: frozenset[str] = frozenset(_DATA["directions"])
REGIONS: frozenset[str] = frozenset(_DATA["regions"])
# "Karaganda region": nouns that make a place a region, and words before one that make it a place.
REGION_NOUNS: frozenset[str] = frozenset(_DATA["region_nouns"])
PLACE_PREPOSITIONS: frozenset[str] = frozenset(_DATA["place_prepositions"])
MONTHS: dict[str, int] = dict(_DATA["months"])
WEEKDAYS: tuple[str, ...] = tuple(_DATA["weekdays"])
# Capitalized words that never name a partner: sentence openers, topics, units, channels.
NOT_NAMES: frozenset[str] = frozenset(_DATA["not_names"])
# Nouns after a capitalized phrase that make it an event or a project, not an organization.
NON_ORGANIZATION_NOUNS: frozenset[str] = frozenset(_DATA["non_organization_nouns"])
# Lower-case words inside a person's name: "Ursula von der Leyen".
NAME_PARTICLES: frozenset[str] = frozenset(_DATA["name_particles"])
# Plural nouns whose possessive stays inside a name: "Kazakh National Women’s ... University".
POSSESSIVE_NAME_WORDS: frozenset[str] = frozenset(_DATA["possessive_name_words"])
# Capitalized words of titles and institutions that are never part of a person's name.
COMMON_WORDS: frozenset[str] = frozenset(_DATA["common_words"])
