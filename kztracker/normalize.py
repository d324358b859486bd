"""Name normalization: the key under which two spellings of one name compare equal."""

import re
import unicodedata

# Cyrillic letters that look like Latin ones. Inside a mostly Latin name they are folded to
# Latin (and the reverse inside a mostly Cyrillic name), so "Anаr" with a Cyrillic "а" and
# "Anar" get one key.
_CYRILLIC_TO_LATIN = str.maketrans(
    "аеорсухкмтвнiіјѕԁһАЕОРСУХКМТВНІЈЅ",
    "aeopcyxkmtbhiijsdhAEOPCYXKMTBHIJS",
)
_LATIN_TO_CYRILLIC = str.maketrans("aeopcyxkmtbhAEOPCYXKMTBH", "аеорсухкмтвнАЕОРСУХКМТВН")
_SPACE = re.compile(r"\s+")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


# A word holding both a Latin and a Cyrillic letter: the only words fold_lookalikes changes,
# found by the regex engine rather than letter by letter in Python.
_MIXED_WORD = re.compile(r"(?<!\S)(?=\S*[A-Za-z\u00c0-\u024f])(?=\S*[\u0400-\u04ff])\S+")


def fold_lookalikes(text: str) -> str:
    """Rewrite each word in the script that dominates it, folding look-alike letters."""
    if text.isascii():
        return text
    return _MIXED_WORD.sub(_fold_word, text)


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    latin = sum(_is_latin(c) for c in word)
    cyrillic = sum(_is_cyrillic(c) for c in word)
    return word.translate(_CYRILLIC_TO_LATIN if latin >= cyrillic else _LATIN_TO_CYRILLIC)


def clean_name(text: str) -> str:
    """The form a name is stored in: NFKC, single spaces, look-alike letters folded."""
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return fold_lookalikes(text)


def name_key(text: str) -> str:
    """The comparison key: the cleaned name, case-folded."""
    return clean_name(text).casefold()


def mixes_scripts(text: str) -> bool:
    """True when one word holds both Cyrillic and Latin letters."""
    return any(
        any(_is_latin(c) for c in w) and any(_is_cyrillic(c) for c in w) for w in text.split()
    )
