"""Nominative forms with pymorphy3: organization names, titles and people as a record stores them.

A Russian name is mostly inflected in its head phrase only: «Казахским национальным медицинским
университетом» is «Казахский национальный медицинский университет», and in «Министерством
здравоохранения Республики Казахстан» only the first word changes; the genitive tail and any
quoted name stay as written. Words the dictionary lacks (акимат) come from data/morph.json.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.head_cases import head_case_of_adjectives
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.morphology import analyzer as analyzer
from kztracker.importing.extract.russian.morphology import (
    indeclinable_listed,
    lemma,
    parses,
)
from kztracker.importing.extract.russian.morphology import listed_case as listed_case
from kztracker.importing.extract.russian.morphology import listed_noun as _listed_noun

_MORPH = load("morph")
_INSTRUMENTAL_NAME = tuple(_MORPH["instrumental_name_endings"])  # «Ержаном»
_INSTRUMENTAL_SURNAME = tuple(_MORPH["instrumental_surname_endings"])  # «-ым», «-ем», «-ом»
_FEMININE_OBLIQUE = tuple(_MORPH["feminine_oblique_endings"])  # «-ой», «-ую»
_VOWELS = _MORPH["vowels"]
_NAME_PARTICLES = tuple(_MORPH["name_particles"])  # «аль-»

_QUOTE_OPEN = '«"“„'
_QUOTE_CLOSE = '»"”“'
_ADJECTIVAL = frozenset({"ADJF", "PRTF", "NUMR"})


def _with_case_of(original: str, word: str) -> str:
    """`word` with the capitals of `original`, part by part across hyphens; no «ё» the text did
    not write («Петром» is «Петр», not «Пётр»)."""
    if "ё" not in original.casefold():
        word = word.replace("ё", "е").replace("Ё", "Е")
    if original.isupper() and len(original) > 1:
        return word.upper()
    parts = word.split("-")
    source = original.split("-")
    out = []
    for i, part in enumerate(parts):
        model = source[i] if i < len(source) else source[-1]
        out.append(upper_first(part) if model[:1].isupper() else part)
    return "-".join(out)


def _tokens(name: str) -> list[tuple[str, bool]]:
    """The words of a name, each with whether it sits inside quotes."""
    tokens = []
    depth = 0
    for word in name.split():
        opened = word[:1] in _QUOTE_OPEN and not (word[:1] == '"' and depth)
        inside = depth > 0 or opened
        depth += sum(c in "«„" for c in word) - sum(c == "»" for c in word)
        if '"' in word or "“" in word or "”" in word:
            depth = (depth + word.count('"') + word.count("“") + word.count("”")) % 2
        depth = max(depth, 0)
        tokens.append((word, inside))
    return tokens


def _is_acronym(word: str) -> bool:
    """КазНУ, ИЯФ: a capital after the first letter of a word part (Северо-Казахстанский is not)."""
    return any(c.isupper() for part in word.split("-") for c in part[1:])


@cache
def head_phrase_nominative(phrase: str, singular: bool = False) -> str:
    """The phrase with its leading adjectives and first noun in the nominative; `singular` for
    one person's title taken from a plural («профессорами университета» → «профессор ...»)."""
    tokens = _tokens(phrase)
    keep = words("morph", "keep_words")
    for head, (word, quoted) in enumerate(tokens):
        bare = word.strip(".,;:")
        inflected = _declined_acronym(bare) if not quoted else None
        if inflected is not None:
            return _inflect_head(tokens, head, inflected, singular)
        if quoted or _is_acronym(bare) or not bare.replace("-", "").isalpha():
            return phrase
        if bare.casefold() in keep:
            if bare.casefold() == AND_WORD and head > 0:
                continue
            return phrase
        noun = _noun_case(bare, singular)
        if noun is not None and _named_after(bare, tokens, head):
            # «Назарбаев Университетом»: a surname naming the body stays as it is and the
            # noun after it is the head that declines.
            continue
        if noun is not None:
            if noun[1] == "nomn" and head > 0:
                noun = _case_of_adjectives(tokens[0][0], bare) or noun
            return _inflect_head(tokens, head, noun, singular)
        if not any(p.tag.POS in _ADJECTIVAL for p in parses(bare.casefold())):
            return phrase
    return phrase


def _declined_acronym(word: str) -> tuple[str, str, Any] | None:
    """«ЛУКОЙЛом» → («ЛУКОЙЛ», "ablt"): capitals with a lower-case case ending."""
    for ending, case in load("morph")["acronym_case_endings"].items():
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem.isupper() and stem.isalpha():
            return stem, case, None
    return None


def _case_of_adjectives(first: str, head: str) -> tuple[str, str, Any] | None:
    """The head's case as the adjectives before it tell it (head_cases.py)."""
    return head_case_of_adjectives(
        head.casefold(),
        [p for p in parses(first.strip(".,;:").casefold()) if p.tag.POS in _ADJECTIVAL],
        [p for p in parses(head.casefold()) if p.tag.POS == "NOUN"],
    )


def _named_after(word: str, tokens: list[tuple[str, bool]], at: int) -> bool:
    """`word` is a surname or given name in front of a declined noun that follows it."""
    if at + 1 >= len(tokens) or not word[:1].isupper():
        return False
    if _listed_noun(word) is not None:  # «Жогорку Кенешем»: the type noun after it declines
        return (
            indeclinable_listed(word)
            and lemma(tokens[at + 1][0]) in load("lexicon")["organization_heads"]
        )
    if _bears_surname(word, tokens[at + 1][0]):
        return True  # the type noun after it is the head, in whatever case it stands
    if not any(
        {"Surn", "Name"} & set(p.tag.grammemes) and p.tag.case == "nomn"
        for p in parses(word.casefold())
    ):
        return False
    following = tokens[at + 1][0].strip(".,;:")
    after = _noun_case(following) if following.isalpha() else None
    return after is not None and after[1] != "nomn"


def _bears_surname(word: str, following: str) -> bool:
    """«Торайгыров университетом»: a surname the dictionary reads as something else («Торайгыры»
    in the genitive plural) still names the body when a body's type noun follows it."""
    endings = tuple(words("morph", "surname_name_endings"))
    heads: dict[str, str] = load("lexicon")["organization_heads"]
    return word.casefold().endswith(endings) and lemma(following.strip(".,;:").casefold()) in heads


def _noun_case(word: str, singular: bool = False) -> tuple[str, str, Any] | None:
    """(nominative, case, parse) when `word` is a noun; the parse is None for listed nouns."""
    listed = _listed_noun(word)
    if listed is not None:
        return listed[0], listed[1], None
    found = [p for p in parses(word.casefold()) if p.tag.POS == "NOUN"]
    if not found or any(p.tag.POS in _ADJECTIVAL for p in parses(word.casefold())[:1]):
        return None
    single = [p for p in found if p.tag.number != "plur"] or found
    best = single[0]
    if "nomn" in {p.tag.case for p in single} and not (singular and best.tag.number == "plur"):
        return word.casefold(), "nomn", None
    nominative = best.inflect({"nomn", "sing"} if singular else {"nomn"}) or best.inflect({"nomn"})
    return (str(nominative.word) if nominative else word.casefold()), str(best.tag.case), best


def _inflect_head(
    tokens: list[tuple[str, bool]], head: int, noun: tuple[str, str, Any], singular: bool
) -> str:
    nominative, case, parse = noun
    if case == "nomn" and not singular:
        return " ".join(word for word, _quoted in tokens)
    gender = parse.tag.gender if parse is not None else "masc"
    out = []
    for i, (word, _quoted) in enumerate(tokens):
        bare = word.rstrip(".,;:")
        trail = word[len(bare) :]
        if i < head and bare.casefold() != AND_WORD:
            out.append(
                _with_case_of(bare, _adjective_nominative(bare, case, gender, singular)) + trail
            )
        elif i == head:
            out.append(_with_case_of(bare, nominative) + trail)
        else:
            out.append(word)
    return " ".join(out)


def _adjective_nominative(word: str, case: str, gender: str | None, singular: bool = False) -> str:
    options = [p for p in parses(word.casefold()) if p.tag.POS in _ADJECTIVAL]
    agreeing = [
        p
        for p in options
        if p.tag.case == case
        and (p.tag.number == "plur" or gender is None or p.tag.gender in (gender, None))
    ] or options
    forms = []
    for option in agreeing:
        plural = option.tag.number == "plur" and not singular
        target = {"nomn", "sing", gender} if gender and not plural else {"nomn"}
        if plural:
            target.add("plur")
        inflected = option.inflect(target) or option.inflect({"nomn"})
        if inflected is not None:
            forms.append(str(inflected.word))
        # A comparative's lexeme holds several stems (высокий, высший, высочайший).
        forms += [str(f.word) for f in option.lexeme if target <= f.tag.grammemes]
    if not forms:
        return word.casefold()
    # «высшего» is «высший», not «высочайший»: the form that keeps most of the written word.
    return max(forms, key=lambda form: _common_prefix(form, word.casefold()))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@cache
def person_nominative(name: str, case: str | None = None) -> str:
    """A person's name in the nominative; `case` is the case of the title beside it, if known.

    Without a title the first name tells the case; a name that may be nominative stays as it is,
    so a foreign name the dictionary does not know is never bent.
    """
    initials = _INITIALS.match(name)
    if initials and " " not in initials.group(2).strip():
        return initials.group(1) + _surname_after_initials(initials.group(2), case)
    parts = name.split()
    instrumental = case == "ablt" and parts[0].casefold().endswith(_INSTRUMENTAL_NAME)
    if _uninflected(parts[0]) and not instrumental:
        return _woman_surname(parts)
    found, gender = _name_reading(parts)
    case = case or found
    if case in (None, "nomn"):
        return name
    out = []
    foreign = _indeclinable_name(parts[0])
    endings = tuple(load("morph")["indeclinable_surname_endings"]["endings"])
    for at, part in enumerate(parts):
        # Particles («фон», «бен»), a woman's surname ending in a consonant and, after a first
        # name that does not decline, a surname in -и or -о («Марко Росси») do not decline.
        fixed = (
            part[:1].islower()
            or gender == "femn"
            and not any(p.tag.case == case for p in _named(part))
            or foreign
            and at > 0
            and part.casefold().endswith(endings)
        )
        nominative = part if fixed else _name_word_nominative(part, case, gender)
        out.append(_with_case_of(part, nominative))
    return " ".join(out)


# «Б.С. Юлдашевым», «В.Лисковичем»: initials, then the surname alone.
_INITIALS = re.compile(r"^((?:[А-ЯЁ]\.\s?){1,2}\s*)([А-ЯЁ][а-яё-]+)$")


def _surname_after_initials(surname: str, case: str | None) -> str:
    """The surname after initials in the nominative: in the case of the title beside it, else
    only from an ending no nominative has (a man's instrumental «-ым», «-ем», «-ом»); a woman's
    oblique «-ой» says her gender, any other ending is read as a man's."""
    low = surname.casefold()
    if case is None and low.endswith(_INSTRUMENTAL_SURNAME):
        case = "ablt"
    if case in (None, "nomn"):
        return surname
    gender = "femn" if low.endswith(_FEMININE_OBLIQUE) else "masc"
    return _with_case_of(surname, _name_word_nominative(surname, case, gender))


def _indeclinable_name(first: str) -> bool:
    """A first name the dictionary knows as one that does not decline (Марко, Хосе)."""
    return any({"Name", "Fixd"} <= p.tag.grammemes for p in parses(first.casefold()))


def _uninflected(first: str) -> bool:
    """A first name ending in a consonant is in the nominative, or a woman's and indeclinable:
    a man's name in any other case ends in a vowel, or -ом/-ем (Ержаном)."""
    low = first.casefold()
    if low[-1:] in _VOWELS:
        return False
    named = [p for p in _named(low) if "Name" in p.tag.grammemes]
    if named and not any(p.tag.case == "nomn" for p in named):  # «Марией», «Алексеем»
        return False
    return not (low.endswith(_INSTRUMENTAL_NAME) and any(p.tag.case == "ablt" for p in _named(low)))


def _woman_surname(parts: list[str]) -> str:
    """«Айгуль Ахмеджановой»: the first name stays, the surname takes the nominative."""
    if len(parts) < 2:
        return " ".join(parts)
    surname = parts[-1]
    readings = [p for p in _named(surname) if p.tag.gender == "femn" and "Surn" in p.tag.grammemes]
    if not readings or any(p.tag.case == "nomn" for p in readings):
        return " ".join(parts)
    nominative = readings[0].inflect({"nomn"})
    if nominative is None:
        return " ".join(parts)
    return " ".join([*parts[:-1], _with_case_of(surname, str(nominative.word))])


def _named(word: str) -> list[Any]:
    return [p for p in parses(word.casefold()) if {"Name", "Surn", "Patr"} & p.tag.grammemes]


def _name_reading(parts: list[str]) -> tuple[str | None, str | None]:
    """(case, gender) of a name: the first name's genders in the dictionary's order, each
    tried against every word's readings; no case when the name may be nominative."""
    genders = list(
        dict.fromkeys(str(p.tag.gender) for p in _named(parts[0]) if "Name" in p.tag.grammemes)
    )
    for gender in genders:
        cases: set[str] | None = None
        for part in parts:
            these = {str(p.tag.case) for p in _named(part) if p.tag.gender == gender}
            if these:
                cases = these if cases is None else cases & these
        if cases:
            return ("nomn" if "nomn" in cases else min(cases, key=_CASE_ORDER.index)), gender
    if genders and len(parts) > 1:  # the first name's reading is wrong: trust the surname
        these = {str(p.tag.case) for p in _named(parts[-1]) if p.tag.gender == genders[0]}
        if these and "nomn" not in these:
            return min(these, key=_CASE_ORDER.index), genders[0]
    return None, genders[0] if genders else None


_CASE_ORDER = ["gent", "datv", "ablt", "loct", "accs", "nomn", "voct", "gen2", "acc2", "loc2"]


def _name_word_nominative(word: str, case: str, gender: str | None) -> str:
    if "-" in word and word[:1].isupper() and word.split("-")[0].casefold() in _NAME_PARTICLES:
        prefix, rest = word.split("-", 1)
        return prefix + "-" + _name_word_nominative(rest, case, gender)
    endings: dict[str, str] = load("morph")["surname_endings"].get(gender or "masc", {})
    low = word.casefold()
    for ending in sorted(endings, key=len, reverse=True):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + endings[ending]
    a_endings: dict[str, str] = load("morph")["a_declension"].get(case, {})
    if len(low) >= 5 and not any(p.tag.case == case for p in _named(low)):
        for ending, nominative in a_endings.items():
            if low.endswith(ending):
                return low[: -len(ending)] + nominative
    options = [p for p in parses(word.casefold()) if p.tag.case == case]
    named = [p for p in options if {"Name", "Surn", "Patr"} & p.tag.grammemes]
    chosen = [p for p in (named or options) if gender is None or p.tag.gender in (gender, None)]
    for option in chosen or named or options:
        inflected = option.inflect({"nomn"})
        if inflected is not None:
            return str(inflected.word)
    return word


def without_honorific(text: str) -> str:
    """«посол ... Её Превосходительство»: a form of address is neither title nor name."""
    for form in load("morph")["honorifics"]:
        text = re.sub(rf"\s*\b{form}\b", "", text, flags=re.IGNORECASE)
    return text.strip()


@cache
def _legal_pattern() -> re.Pattern[str]:
    forms = sorted(load("morph")["legal_forms"], key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"^(?:(?:{alternatives})\s+)+|\s+(?:{alternatives})$")


def without_legal_form(name: str) -> str:
    """The name without «АО», «ТОО», «РГП на ПХВ» and the like: one record however it is styled."""
    stripped = _legal_pattern().sub("", name).strip()
    return stripped or name
