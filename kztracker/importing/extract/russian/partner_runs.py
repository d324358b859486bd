"""The run of sides after «между» or «с»: names joined by commas and «и», a title and its
holder's name between them, a counting phrase and a colon before them («с тремя вузами: A, B
и C»), and a list named later in the clause («в том числе с A, B и C»)."""

from __future__ import annotations

from kztracker.importing.extract.russian.clauses import CLAUSE_END, abbreviation_dot, is_agreement
from kztracker.importing.extract.russian.lexicon import AND_WORD, load
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.tokens import Token

# «в том числе с», «в частности с»: the words before a list of some of the partners
_AMONG = tuple(load("lexicon")["some_of_words"])
_WITH = tuple(load("lexicon")["with_forms"])  # «с», «со»


def run_end(tokens: list[Token], preposition: int, orgs: list[tuple[Range, str]]) -> int:
    """The index after the last side of the run that starts after `preposition`."""
    starts = {a: b for (a, b), _name in orgs}
    end = preposition + 1
    while end < len(tokens):
        if end in starts:
            end = starts[end]
        elif (
            tokens[end].text == ","
            and end + 1 in starts
            or tokens[end].text in (AND_WORD, "«")
            or (tokens[end].text in _WITH and tokens[end - 1].text == AND_WORD)
        ):
            end += 1  # «с X и с Y»: the preposition said again
        elif tokens[end].text == "(" and ")" in (t.text for t in tokens[end + 1 : end + 5]):
            end = next(j for j in range(end + 1, end + 5) if tokens[j].text == ")") + 1
        elif (
            tokens[end].text in CLAUSE_END
            and not abbreviation_dot(tokens, end)
            or (is_agreement(tokens, end))
        ):
            break
        elif any(k in starts for k in range(end + 1, end + 4)):
            end += 1  # «... и российской компанией "Росатом ..."»: words before the next name
        elif (colon := _colon_before_name(tokens, end, starts)) is not None:
            end = colon + 1  # «с тремя китайскими вузами: A, B и C»
        elif _title_tail(tokens, end, starts):
            end += 1  # «между акимом области Кумаром Аксакаловым и губернатором ...»
        else:
            break  # «... по вопросу учреждения «Мастерской»»: the list of sides is over
    return end


def among_named(tokens: list[Token], end: int, orgs: list[tuple[Range, str]]) -> int | None:
    """«..., в том числе с Masdar и DP World»: the index of the «с» after «в том числе» or «в
    частности» later in the clause, when a name follows it; else None."""
    starts = {a for (a, _b), _name in orgs}
    for k in range(end, min(end + 15, len(tokens) - 2)):
        if tokens[k].text in ".;!?" or is_agreement(tokens, k):
            return None
        if tokens[k].text.casefold() in _AMONG and tokens[k + 1].text.casefold() in _WITH:
            return k + 1 if k + 2 in starts else None
    return None


def _colon_before_name(tokens: list[Token], at: int, starts: dict[int, int]) -> int | None:
    """«с тремя китайскими вузами: A, B и C»: the words that count or describe the partners,
    then a colon and the first name: the colon's index, else None."""
    for k in range(at, min(at + 5, len(tokens) - 1)):
        if tokens[k].text == ":":
            return k if k + 1 in starts else None
        if not tokens[k].is_word or is_agreement(tokens, k):
            return None
    return None


def _title_tail(tokens: list[Token], at: int, starts: dict[int, int]) -> bool:
    """The rest of a title and its holder's name («акимом Костанайской области Кумаром
    Аксакаловым и губернатором ...»): words in the genitive or capitalised, then «и» and the
    next side within a few words. The next holder's title may stand between «и» and the side
    («... Смирновым и исполняющим обязанности директора Академии»), and a form of address
    («д-ром») before a name."""
    following = next((k for k in range(at + 1, at + 10) if k in starts), None)
    joint = next((k for k in range(at, following or at) if tokens[k].text == AND_WORD), None)
    if following is None or joint is None or joint - at > 5 or following - joint > 4:
        return False
    honorifics = {h.casefold() for h in load("morph")["honorifics"]}
    return all(
        t.capitalized or "gent" in t.cases("NOUN", "ADJF") or t.text.casefold() in honorifics
        for t in tokens[at:joint]
    ) and all(
        not t.capitalized and {"ablt", "gent"} & t.cases("NOUN", "ADJF", "PRTF")
        for t in tokens[joint + 1 : following]
    )
