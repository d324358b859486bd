"""A title phrase put in another case: «Министр энергетики Казахстана» as the host of a meeting
is «министра энергетики Казахстана» («Встреча министра ... с послом Франции»). The leading
adjectives and the first noun decline; the genitive words after them stay as they are."""

from __future__ import annotations

from typing import Any

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.lexicon import AND_WORD
from kztracker.importing.extract.russian.normalize import parses

_ADJECTIVAL = ("ADJF", "PRTF")
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})


def head_phrase_in(phrase: str, case: str) -> str:
    """`phrase` with its head noun and the adjectives before it in `case` (a pymorphy case:
    gent, ablt ...), in the number they had; the phrase unchanged when it opens with no noun."""
    words = phrase.split()
    for head, word in enumerate(words):
        if word.casefold() == AND_WORD and head:
            continue  # «Чрезвычайного и Полномочного Посла»: adjectives joined
        readings = parses(word.casefold())
        noun = next((p for p in readings if p.tag.POS == "NOUN"), None)
        if noun is not None:
            declined = [_declined(w, case, noun.tag.gender, noun.tag.number) for w in words[:head]]
            declined.append(_with_capital(word, _inflected(noun, case, noun.tag.number)))
            return " ".join(declined + words[head + 1 :])
        if not any(p.tag.POS in _ADJECTIVAL for p in readings):
            return phrase
    return phrase


def _declined(word: str, case: str, gender: str | None, number: str | None) -> str:
    reading = next((p for p in parses(word.casefold()) if p.tag.POS in _ADJECTIVAL), None)
    if reading is None:
        return word
    grammemes = {case, number or "sing"} | ({gender} if gender and number != "plur" else set())
    form = reading.inflect(grammemes)
    return _with_capital(word, str(form.word) if form is not None else word)


def _inflected(reading: Any, case: str, number: str | None) -> str:
    form = reading.inflect({case, number or "sing"})
    return str(form.word) if form is not None else str(reading.word)


def _with_capital(original: str, word: str) -> str:
    """A common noun loses the capital it had at the sentence's start; a name keeps it."""
    proper = any(_PROPER & set(p.tag.grammemes) for p in parses(original.casefold())[:1])
    return upper_first(word) if proper and original[:1].isupper() else word
