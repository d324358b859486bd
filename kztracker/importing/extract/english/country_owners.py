"""A country written in the possessive before a name is that organization's country:
"Belarus’ Ministry of Industry", "Kazakhstan’s Ministry of Industry and Construction" are two
ministries, each of its own country, however alike their names."""

from __future__ import annotations

from kztracker.importing.extract.english.home_names import with_country
from kztracker.importing.extract.english.lexicon import COUNTRIES
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.mentions import OrganizationMention


def countries_before(sentence: Sentence, found: list[OrganizationMention]) -> None:
    starts = {m.start: m for m in found if not m.derived}
    tokens = sentence.tokens
    for n, token in enumerate(tokens[:-1]):
        if token.possessive and token.lower in COUNTRIES:
            mention = starts.get(tokens[n + 1].start)
            if mention is not None and mention.country is None:
                mention.country = COUNTRIES[token.lower]
                if mention.country != "Kazakhstan":  # "Iran's Ministry of Health"
                    with_country(mention, mention.country)
