"""The article as the rules see it: content paragraphs and sentences, each with its offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kztracker.importing.draft import Span
from kztracker.importing.extract.language_files import language_file

_TITLES = language_file("english", "titles")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(_TITLES["abbreviations"])
# "..., etc. The sides will ...": these close the sentence before a capital all the same;
# a legal form ("... Co., Ltd. The sides ...") only before a word that opens sentences.
_CLOSING = frozenset(_TITLES["closing_abbreviations"])
_LEGAL_FORMS = frozenset(_TITLES["legal_form_abbreviations"])
_OPENERS = frozenset(_TITLES["sentence_openers"])
# "Zh. Tokpanov": a Kazakh letter written with two Latin ones is an initial.
_LEXICON = language_file("english", "lexicon")
_DIGRAPHS = frozenset(d.casefold() for d in _LEXICON["initial_digraphs"])
# "AstraZeneca’s", "Belarus’": the endings of a possessive.
_POSSESSIVES = tuple(_LEXICON["possessive_suffixes"])
_PLURAL_POSSESSIVE = _LEXICON["plural_possessive_ending"]
# "... were signed: - Agreement on X": a first item after its colon is a sentence of its own.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s+|$)|[.!?](?=[A-Z][a-z])|:(?=\s+[-–—•]\s+[A-Z])")
# "Natalia A. Nesterenko": a middle initial keeps its full stop, so it reads as part of a name.
# "Dr.Asher Salmon": an honorific written onto the name is a word of its own.
_TOKEN = re.compile(
    rf"(?:{'|'.join(_TITLES['glued_honorifics'])})(?=\.[A-Z][a-z])|[A-Z]\.(?=\s+[A-Z])"
    r"|[^\W_](?:[\w’'&.\-/]*[^\W_])?|[(),;:“”\"–—&]"
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False  # written "X’s": a name ends here

    @property
    def capitalized(self) -> bool:
        text = self.text
        # "e-Governance", "eGov": a lowercase prefix on a capitalized name.
        prefixed = (
            len(text) > 2
            and text[0].islower()
            and (text[1] == "-" and text[2].isupper() or text[1].isupper())
        )
        return text[:1].isupper() or prefixed or (text[:1].isdigit() and text.isupper())

    @property
    def lower(self) -> str:
        return self.text.casefold()


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    tokens: list[Token] = field(default_factory=list)

    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Article:
    """The (look-alike folded) text, its kept paragraphs and their sentences."""

    text: str
    paragraphs: list[Span]
    sentences: list[Sentence]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        end = match.end()
        possessive = False
        # "AstraZeneca’s" is AstraZeneca: the possessive is not part of a name.
        for suffix in _POSSESSIVES:
            if word.endswith(suffix) and len(word) > 2:
                word = word[: -len(suffix)]
                end -= len(suffix)
                possessive = True
        if word.endswith(_PLURAL_POSSESSIVE) and text[end : end + 1] in ("’", "'"):
            possessive = True  # "Belarus’ Ministry of Industry"
        tokens.append(Token(word, match.start() + offset, end + offset, possessive))
    return tokens


def _closes(abbreviation: str, rest: str) -> bool:
    """Whether an abbreviation's full stop ends the sentence too, judged by the word after it."""
    following = rest.split(None, 1)
    if not following or not following[0][:1].isupper():
        return False
    if abbreviation in _CLOSING:
        return True
    return abbreviation in _LEGAL_FORMS and following[0].casefold().strip(",") in _OPENERS


def split_sentences(text: str, paragraph: Span, index: int) -> list[Sentence]:
    body = text[paragraph.start : paragraph.end]
    sentences = []
    start = 0
    for match in _SENTENCE_END.finditer(body):
        end = match.end()
        before = body[start : match.start()].rsplit(None, 1)
        last_word = before[-1].casefold().strip("(") if before else ""
        if (
            match.group().startswith(".")
            and not _closes(last_word, body[end:])
            and (
                last_word in _ABBREVIATIONS
                or (len(last_word) == 1 and last_word.isalpha())
                or (last_word in _DIGRAPHS and body[end:].lstrip()[:1].isupper())
                or re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", last_word)  # "L.N. Gumilyov"
                or body[end:].lstrip()[:1].islower()  # "Pannon Geo Kft. met ...": no new sentence
                or re.fullmatch(r"\s*\d{1,2}", body[start : match.start()])  # "4. Agreement on"
            )
        ):
            continue
        sentences.append((start, end))
        start = end
    if start < len(body):
        sentences.append((start, len(body)))
    result = []
    for s, e in sentences:
        piece = body[s:e]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        abs_start = paragraph.start + s + lead
        result.append(
            Sentence(abs_start, abs_start + len(piece), piece, index, tokenize(piece, abs_start))
        )
    return result
