"""Part of the resolve stage: an acronym's letters against the words of a longer name.

Whether a word looks like an acronym («КазНУ», «ТПУ»), whether its letters start a run of words,
and the two joins built on that: «Казахстанский филиал МГУ» beside the university named in full,
«Объединенный институт» beside «ОИЯИ». Kazakh letters fold to Russian ones first, since a page
writes «ҚТЖ» or «КТЖ» for one body. (`short_forms.abbreviates` splits a camel-case name into the
parts an acronym may use, with the pattern that module keeps.)
"""

from __future__ import annotations

from functools import cache

from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.extract.russian.normalize import lemma

# «и», «по», «при»: the small words of a name an acronym takes no letter from
SMALL_WORDS = frozenset(load("lexicon")["name_small_words"])


def acronym_like(name: str) -> bool:
    """«КазНУ», «ТПУ»; not «СПК «Ұлытау»», a legal form before a quoted name of its own."""
    first = name.split()[0]
    return sum(c.isupper() for c in first) >= 2 and len(first) <= 10 and "«" not in name


def inner_acronym_of(name: str, full: list[OrganizationMention]) -> str | None:
    """«Казахстанский филиал МГУ» for «Казахстанский филиал Московского государственного
    университета ...»: the same words, then an acronym of the rest."""
    words_ = name.split()
    at = next((i for i, w in enumerate(words_) if i and acronym_like(w)), None)
    if at is None or at != len(words_) - 1:
        return None
    head = [w.casefold() for w in words_[:at]]
    for other in full:
        parts = other.name.split()
        if (
            len(parts) > at + 1
            and [w.casefold() for w in parts[:at]] == head
            and spells(
                words_[at].casefold(),
                [p.casefold() for p in parts[at:] if p.casefold() not in SMALL_WORDS],
            )
        ):
            return other.name
    return None


def acronym_led_by(name: str, distinct: list[OrganizationMention]) -> str | None:
    """«Объединенный институт» beside «ОИЯИ»: a name whose words give the first letters of the
    only acronym in the text they can start is that body's name cut short (the acronym's other
    words left out), so the two are one body. A name ending in a type noun only."""
    parts = [fold_kazakh(p.casefold()) for p in name.split() if p.casefold() not in SMALL_WORDS]
    if len(parts) < 2 or lemma(parts[-1]) not in load("lexicon")["organization_heads"]:
        return None
    led = [
        m.name
        for m in distinct
        if m.name != name
        and " " not in m.name
        and acronym_like(m.name)
        and _leads(fold_kazakh(m.name.casefold()), parts)
    ]
    return led[0] if len(led) == 1 else None


def _leads(letters: str, parts: list[str]) -> bool:
    """Every part gives one or more first letters of `letters` in order, and letters are left."""
    if not parts:
        return bool(letters)
    word = parts[0]
    for take in range(min(len(word), len(letters) - 1), 0, -1):
        if word[:take] == letters[:take] and _leads(letters[take:], parts[1:]):
            return True
    return False


def fold_kazakh(word: str) -> str:
    return word.translate(_kazakh_folds())


@cache
def _kazakh_folds() -> dict[int, str]:
    folds = {k: v for k, v in load("lexicon")["kazakh_letter_folds"].items() if len(k) == 1}
    return str.maketrans(folds)


def spells(letters: str, parts: list[str]) -> bool:
    """The parts, in order, give all of `letters`: each one or more of its first letters."""
    if not letters:
        return True
    if not parts or parts[0][:1] != letters[0]:
        return False
    word = parts[0]
    for take in range(min(len(word), len(letters)), 0, -1):
        if word[:take] == letters[:take] and spells(letters[take:], parts[1:]):
            return True
    return False
