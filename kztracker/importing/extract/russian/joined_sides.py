"""A further side of a document told before: «Меморандум также подписала компания X». The
document's bare noun opens the clause, «также» (data: lexicon.json joined_side_cues) stands right
after it and a signing verb follows: the news is the signer, not the document, so X joins the
sides of the latest document of that kind («Стороны также подписали меморандум», with «также»
before the noun, is a further document)."""

from __future__ import annotations

from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.parties import unique
from kztracker.importing.extract.russian.tokens import Token


def join_sides(
    tokens: list[Token],
    nouns: list[int],
    sign: list[int],
    found: list[Agreement],
    orgs: list[tuple[Range, str]],
) -> list[int]:
    """`nouns` less those that name a document of `found` again to add a side; that side (the
    organizations of the sentence) is added to the document in place."""
    kinds: dict[str, str] = load("lexicon")["agreement_lemmas"]
    left: list[int] = []
    for noun in nouns:
        earlier = next(
            (
                a
                for a in reversed(found)
                if not a.planned
                and a.memorandum.parties
                and a.memorandum.kind == kinds[tokens[noun].lemma]
            ),
            None,
        )
        named = unique([name for span, name in orgs if span[0] > noun])
        if earlier is None or not named or not _joins(tokens, noun, sign):
            left.append(noun)
            continue
        earlier.memorandum.parties = unique(earlier.memorandum.parties + named)
    return left


def _joins(tokens: list[Token], noun: int, sign: list[int]) -> bool:
    """The noun opens its sentence or clause, a cue of joining follows it and then a verb of
    signing."""
    opens = noun == 0 or tokens[noun - 1].text in ",;:—–" or tokens[noun - 1].is_quote
    cue = noun + 1 < len(tokens) and tokens[noun + 1].text.casefold() in words(
        "lexicon", "joined_side_cues"
    )
    return opens and cue and any(i == noun + 2 and tokens[i].is_verb for i in sign)
