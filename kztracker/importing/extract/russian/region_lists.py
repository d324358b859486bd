"""Regions listed before one region noun that sign: «Павлодарской и Омской областями подписаны
документы», «Ленинградская и Брестская области подписали соглашение», «между Ленинградской и
Брестской областями». natasha sees no name there (the adjectives stand apart from their noun), yet
each region is a side of the document: each becomes an organization of its own, named in the
nominative with the noun («Омская область»), and resolve names a Kazakh region by its akimat
(data: regions.json)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kztracker.importing.extract.russian.lexicon import AND_WORD, words
from kztracker.importing.extract.russian.normalize import parses
from kztracker.importing.extract.russian.shared_heads import outermost, overlaps
from kztracker.importing.extract.russian.token_kinds import Range
from kztracker.importing.extract.russian.tokens import Token

if TYPE_CHECKING:
    from kztracker.importing.extract.russian.mentions import SentenceMentions


def region_lists(tokens: list[Token], mentions: SentenceMentions) -> None:
    """In a sentence that tells of a signing, two or more region adjectives joined by «и» or
    commas before one region noun are one organization each."""
    if not any(t.lemma in words("lexicon", "sign_lemmas") for t in tokens):
        return
    for head, token in enumerate(tokens):
        if token.lemma not in words("regions", "region_nouns"):
            continue
        items: list[Range] = []
        joints: list[str] = []
        at = head - 1
        while at >= 0 and is_region_adjective(tokens[at]):
            items.append((at, at + 1))
            if at < 2 or tokens[at - 1].text not in (",", AND_WORD):
                break
            joints.append(tokens[at - 1].text)
            at -= 2
        # «A и B, C и D областями подписаны документы» pairs the regions, one document each;
        # every region of the pairs signs one, so each is a side too
        if len(items) < 2 or not (_one_list(joints) or _pairs(items, joints)):
            continue
        if any(overlaps(i, p) for i in items for p in mentions.people) or _where(tokens, at, token):
            continue
        noun = str(token.lemma)
        for item in items:
            mentions.listed[item] = noun
        mentions.places = [p for p in mentions.places if not any(overlaps(p, i) for i in items)]
        mentions.organizations = outermost(
            [s for s in mentions.organizations if not any(overlaps(s, i) for i in items)] + items
        )


def _one_list(joints: list[str]) -> bool:
    """«A и B», «A, B и C» (joints read back from the noun)."""
    return joints.count(AND_WORD) == 1 and joints[0] == AND_WORD


def _pairs(items: list[Range], joints: list[str]) -> bool:
    """«A и B, C и D» (joints read back from the noun: и , и): pairs of regions."""
    return (
        len(items) >= 4
        and len(items) % 2 == 0
        and all(j == (AND_WORD if k % 2 == 0 else ",") for k, j in enumerate(joints))
    )


def adjective_with_noun(token: Token, noun: str) -> str | None:
    """«Омской» + область → «Омская область»: a listed adjective in the nominative singular,
    agreeing with the noun it shares; None where the dictionary gives no such form."""
    gender = next((p.tag.gender for p in parses(noun) if p.tag.POS == "NOUN"), None)
    for parse in token.parses:
        if parse.tag.POS != "ADJF" or gender is None:
            continue
        form = parse.inflect({gender, "sing", "nomn"})
        if form is not None:
            # «Западно-Казахстанской» → «Западно-Казахстанская»: each part keeps its capital
            parts = str(form.word).split("-")
            written = token.text.split("-")
            word = "-".join(
                f"{p[:1].upper()}{p[1:]}"
                if k == 0 or (k < len(written) and written[k][:1].isupper())
                else p
                for k, p in enumerate(parts)
            )
            return f"{word} {noun}"
    return None


def _where(tokens: list[Token], first: int, noun: Token) -> bool:
    """«в Актюбинской и Карагандинской областях»: regions in the locative, or after a preposition
    of place, tell where something is, not who signs."""
    locative = all(p.tag.case == "loct" for p in noun.parses if p.tag.POS == "NOUN")
    return (
        locative or first > 0 and tokens[first - 1].lemma in words("lexicon", "place_prepositions")
    )


def is_region_adjective(token: Token) -> bool:
    """«Омской», «Западно-Казахстанской»: a capitalized adjective of a place (-ский, -цкий)."""
    return (
        token.capitalized
        and token.is_pos("ADJF")
        and any(
            p.tag.POS == "ADJF"
            and p.normal_form.endswith(tuple(words("lexicon", "region_adjective_endings")))
            for p in token.parses
        )
    )
