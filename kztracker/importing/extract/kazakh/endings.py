"""Kazakh case endings stripped to the nominative, by the table in data/endings.json.

Only the last word of a name (its head) carries the case: «Ғылым және жоғары білім
министрлігінің» is the ministry in the genitive. An ending is taken off only when the sounds
before it allow it (vowel harmony: -ның after a back vowel, -нің after a front one; and the
consonant classes each ending follows), so a word that merely ends like a case stays whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from kztracker.importing.extract.kazakh.lexicon import data


@dataclass(frozen=True)
class Ending:
    text: str
    case: str
    after: frozenset[str]  # sound classes the stem may end in
    possessive: bool = False  # follows a 3rd-person possessive (-ы/-і/-сы/-сі)
    harmonic: bool = True  # has back and front forms that follow the stem's vowels


@dataclass(frozen=True)
class _Table:
    endings: tuple[Ending, ...]  # longest first
    possessives: tuple[str, ...]
    classes: dict[str, str]
    back: str
    front: str
    guard: frozenset[str]
    min_stem: int
    loan_suffixes: tuple[str, ...]
    either_harmony: tuple[str, ...]


@cache
def _table() -> _Table:
    raw = data("endings")
    places = data("organizations")
    endings = [
        Ending(text, group["case"], frozenset(group["after"]), False, group.get("harmonic", True))
        for group in raw["plain"]
        for text in group["endings"]
    ]
    endings += [
        Ending(text, group["case"], frozenset({"possessive"}), True, group.get("harmonic", True))
        for group in raw["after_possessive"]
        for text in group["endings"]
    ]
    endings.sort(key=lambda e: -len(e.text))
    return _Table(
        tuple(endings),
        tuple(sorted(raw["possessive"], key=len, reverse=True)),
        dict(raw["classes"]),
        raw["back_vowels"],
        raw["front_vowels"],
        # Place names end like cases too («Қарағанды»): the organizations' place lists guard them.
        frozenset(w.casefold() for w in (*raw["guard"], *places["places"], *places["countries"])),
        int(raw["min_stem"]),
        tuple(sorted(raw["loan_suffixes"], key=len, reverse=True)),
        tuple(raw["either_harmony_suffixes"]),
    )


def _harmony(word: str, table: _Table) -> str | None:
    """ "back" or "front": the class of the last vowel that is not neutral (и, у), or None."""
    for letter in reversed(word.casefold()):
        if letter in table.back:
            return "back"
        if letter in table.front:
            return "front"
    return None


def _deciding_part(stem: str, table: _Table) -> str:
    """The part of a stem whose last vowel the ending follows: a Russian surname's suffix is
    left out («Назарба|ев» + «тың»)."""
    folded = stem.casefold()
    for suffix in table.loan_suffixes:
        if folded.endswith(suffix) and len(folded) > len(suffix) + 2:
            return folded[: -len(suffix)]
    return folded


def _sound_class(letter: str, table: _Table) -> set[str]:
    return {name for name, letters in table.classes.items() if letter in letters}


def _fits(stem: str, ending: Ending, table: _Table) -> bool:
    if len(stem) < table.min_stem or not stem[-1].isalpha():
        return False
    harmony = _harmony(ending.text, table)
    # A Russian surname's suffix is written either way: «Назарбаевтың», and «Жээнбековтың»
    # beside «Жээнбековтің».
    stem_harmonies = {_harmony(_deciding_part(stem, table), table), _harmony(stem, table)}
    # Loan words with only neutral vowels (Цзиньпин) take either form.
    either = stem.casefold().endswith(table.either_harmony)  # «Путинмен», «Бабушкиннің»
    if (
        ending.harmonic
        and harmony
        and None not in stem_harmonies
        and (harmony not in stem_harmonies)
        and not either
    ):
        return False
    if ending.possessive:
        return any(stem.casefold().endswith(p) for p in table.possessives)
    return bool(_sound_class(stem[-1].casefold(), table) & ending.after)


@lru_cache(maxsize=1 << 16)  # a text repeats its names: each word form is read once
def strip_case(word: str) -> str:
    """The nominative of one word: «Нұрбектің» → «Нұрбек», «университетімен» → «университеті».

    A possessive (-ы/-і/-сы/-сі) is kept: it belongs to the name («Армения Кино қоры»).
    Words on the guard list, and words too short to hold a stem and an ending, stay whole.
    """
    table = _table()
    if word.casefold() in table.guard:
        return word
    if "-" in word:  # «ҚазҰУ-дың», «Ltd-ның»: an acronym's or a Latin name's ending
        head, _, tail = word.rpartition("-")
        if head and any(e.text == tail.casefold() for e in table.endings):
            return head
    folded = word.casefold()
    for ending in table.endings:
        if folded.endswith(ending.text) and len(folded) > len(ending.text):
            stem = word[: -len(ending.text)]
            if stem.casefold() in table.guard or _fits(stem, ending, table):
                return stem
    return word


def is_ending(word: str) -> bool:
    """Whether `word` is one of the case endings on its own («мен», «ның»)."""
    return any(e.text == word.casefold() for e in _table().endings)


def case_of(word: str) -> str | None:
    """The case `strip_case` takes off `word` ("genitive", "instrumental"...), None if none."""
    stripped = strip_case(word)
    if stripped == word:
        return None
    ending = word[len(stripped) :].lstrip("-").casefold()
    return next((e.case for e in _table().endings if e.text == ending), None)


def genitive(name: str) -> str:
    """A name ending in a vowel put in the genitive: «Ресей Федерациясы» → «... Федерациясының»."""
    table = _table()
    last_vowel = next((c for c in reversed(name.casefold()) if c in table.back + table.front), "")
    back, front = next(
        g["endings"]
        for g in data("endings")["plain"]
        if g["case"] == "genitive" and "vowel" in g["after"]
    )
    return name + (back if last_vowel in table.back else front)


def person_nominative(name: str, object_verb: bool = False) -> str:
    """A person's name in the nominative; a short surname keeps its letters («Ханс Клюге»).
    `object_verb`: a verb that takes an object follows («... Форрестті қабылдады»)."""
    words = name.split(" ")
    stem = strip_case(words[-1])
    # Many surnames end as an object would (Сатыбалды, Айдын): an object ending is taken off
    # only where a surname's own ending is left (Сұлтанғазиевті → Сұлтанғазиев), or before a
    # verb whose object the name is.
    if (
        case_of(words[-1]) == "accusative"
        and not object_verb
        and not stem.casefold().endswith(tuple(data("endings")["surname_endings"]))
    ):
        return name
    # -мен/-пен/-бен is no surname's own ending, so a short stem («Ван Сяомен») loses it too
    least = "min_instrumental_stem" if case_of(words[-1]) == "instrumental" else "min_name_stem"
    if stem != words[-1] and len(stem) >= int(data("endings")[least]):
        words[-1] = stem
    return " ".join(words)


def nominative(name: str) -> str:
    """A name with its head word in the nominative: «Армения Кино қорымен» → «Армения Кино қоры»."""
    words = name.split(" ")
    if not words or not words[-1]:
        return name
    words[-1] = strip_case(words[-1])
    return " ".join(words)
