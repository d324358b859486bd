"""The case of a name's head noun as the adjectives before it tell it, where the noun alone
would read as a nominative: an indeclinable noun («Европейским региональным бюро») or a form
shared with another noun's nominative («Национального банка»: «банка» is also a jar). Used by
normalize.py; works on pymorphy3 readings handed to it."""

from __future__ import annotations

from typing import Any


def head_case_of_adjectives(
    head: str, adjectives: list[Any], noun: list[Any]
) -> tuple[str, str, Any] | None:
    """(nominative, case, reading) of the head `head` (case-folded) after adjectives with the
    readings `adjectives`; None when they read as nominatives themselves or the noun does not
    take their case."""
    if not adjectives or not noun or any(p.tag.case == "nomn" for p in adjectives):
        return None
    if "Fixd" not in noun[0].tag.grammemes:
        return _agreeing_reading(adjectives, noun)
    single = [p for p in adjectives if p.tag.number != "plur"] or adjectives
    return (
        head,
        str(single[0].tag.case),
        ([p for p in noun if p.tag.number == "sing"] or noun)[0],
    )


def _agreeing_reading(adjectives: list[Any], noun: list[Any]) -> tuple[str, str, Any] | None:
    """The noun's singular reading in the case, and a gender, one of the adjectives has."""
    for reading in noun:
        if reading.tag.case == "nomn" or reading.tag.number == "plur":
            continue
        if any(
            a.tag.case == reading.tag.case
            and a.tag.number != "plur"
            and a.tag.gender in (reading.tag.gender, None)
            for a in adjectives
        ):
            nominative = reading.inflect({"nomn"})
            if nominative is not None:
                return str(nominative.word), str(reading.tag.case), reading
    return None
