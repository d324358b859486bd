"""A document named as the one before another («продолжением предыдущего документа,
подписанного в 2023 году», «прежнее соглашение») is an earlier document of its own: the same
sides as the document it is contrasted with, its own date, and no merging into the newer one;
the newer document the same sentence names again («Новая дорожная карта стала ...») is the one
told before and does not take the earlier one's date."""

from __future__ import annotations

from kztracker.importing.extract.russian.clauses import earlier_noun
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.tokens import Token


def set_apart_earlier(tokens: list[Token], found: list[Agreement], start: int) -> None:
    """The agreements of this sentence (from `start` on) named as earlier documents become
    entries of their own with the sides of the last document told before; the sentence's other
    documents restate the newer one: they lose the date, and those naming no side of their
    own («Новая дорожная карта стала ...») are that document, not another."""
    new = found[start:]
    earlier = {tokens[i].start for i in range(len(tokens)) if earlier_noun(tokens, i)}
    if not earlier or not new:
        return
    before = next((a for a in reversed(found[:start]) if a.memorandum.parties), None)
    for agreement in new:
        memo = agreement.memorandum
        if memo.spans and memo.spans[0].start in earlier:
            if before is not None and not memo.parties:
                memo.parties = list(before.memorandum.parties)
            if before is not None and memo.kind == "other":
                memo.kind = before.memorandum.kind
            agreement.another = True
        else:
            memo.signed_on = agreement.date = None
    found[start:] = [a for a in new if a.another or a.memorandum.parties or before is None]
