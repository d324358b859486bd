"""«X и Y подписали меморандум, а A и B – договор о ...»: the verb left out after «, а» gives
the second document its own sides."""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import BUT_WORD
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.parties import next_document
from kztracker.importing.extract.russian.tokens import Token


def gapped_sides(
    tokens: list[Token], noun: int, orgs: list[tuple[Range, str]]
) -> list[tuple[Range, str]] | None:
    """«X и Y подписали меморандум, а A и B – договор о ...»: the verb left out after «, а», the
    bodies between «а» and the dash before a document are that document's sides, and those
    before «а» the sides of the document before it; None when no such gap bears on the noun."""
    gap = _gap_before(tokens, noun)
    if gap is not None:
        return [(span, name) for span, name in orgs if gap[0] < span[0] < gap[1]]
    following = next_document(tokens, noun)
    gap = _gap_before(tokens, following) if following < len(tokens) else None
    if gap is None:
        return None
    return [(span, name) for span, name in orgs if span[0] < gap[0]]


def _gap_before(tokens: list[Token], noun: int) -> Range | None:
    """The «а» and the dash of «, а A и B – договор» before the document noun, or None."""
    dash = next((k for k in range(noun - 1, max(noun - 4, 0), -1) if tokens[k].text in "–—-"), None)
    if dash is None or not all(t.is_pos("ADJF") for t in tokens[dash + 1 : noun]):
        return None
    for k in range(dash - 1, max(dash - 15, 0), -1):
        if tokens[k].text.casefold() == BUT_WORD and tokens[k - 1].text == ",":
            return (k, dash)
        if tokens[k].is_verb or tokens[k].text in ".;:":
            return None
    return None
