"""The stages every language shares take a language's name words from its data, not from
English written into them."""

import re

from kztracker.importing.draft import DraftOrganization
from kztracker.importing.extract.mentions import PersonMention
from kztracker.importing.extract.merge import initials, merge_people
from kztracker.importing.extract.variants import VariantRules, fold_variants

TEXT = "Professor Dana Sarsen spoke. Dana Sarsen, Dean, signed."


def _title(language: str) -> str | None:
    mentions = [
        PersonMention("Dana Sarsen", 0, 21, title="Professor"),
        PersonMention("Dana Sarsen", 29, 40, title="Dean"),
    ]
    [person] = merge_people(mentions, {}, str.casefold, TEXT, language)
    return person.title


def test_an_acronym_skips_the_small_words_of_its_own_language_only() -> None:
    assert initials("Institute of Soil Science and Agrochemistry", "en") == "ISSA"
    assert initials("Institute of Soil Science", "ru") == "IoSS"  # no English words in Russian


def test_a_post_outweighs_a_bare_title_where_the_language_names_bare_titles() -> None:
    assert _title("en") == "Dean"  # "professor" is a bare title in the English data
    assert _title("kk") == "Professor"  # none in Kazakh's: the longer title is kept


def test_a_unit_of_a_body_stays_apart_only_where_the_language_tells_units() -> None:
    def folded(rules: VariantRules) -> list[str]:
        drafts = [
            DraftOrganization("Steppe University"),
            DraftOrganization("Press Service of the Steppe University"),
        ]
        return [d.name for d in fold_variants(drafts, {}, str.casefold, rules)]

    words = frozenset({"of", "the"})
    types = frozenset({"university", "service"})
    english = VariantRules(
        words,
        type_words=types,
        unit_of=re.compile(r"(.+?)\s+of\s+(?:the\s+)?(.+)$"),
        unit_before=re.compile(r"\b(?:of|at|under)\s+(?:the\s+)?$"),
    )
    assert len(folded(english)) == 2
    assert len(folded(VariantRules(words, type_words=types))) == 1
