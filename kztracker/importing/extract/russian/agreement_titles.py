"""A memorandum's title in Russian: the agreement noun and the words that say what it is about,
cut before a verb, a clause or its length limit, in the nominative; and when two titles name one
document (the sides set aside, as they may be named in other words)."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.clauses import (
    is_agreement,
)
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.normalize import head_phrase_nominative
from kztracker.importing.extract.russian.tokens import Token

# «сроком на 5 лет»: how long the document runs is not part of its title.
_LEXICON = load("lexicon")
_VALIDITY = re.compile(_LEXICON["title_validity_tail"])
_TITLE_MAX = 14
_SIDES = re.compile(r"\s(?:" + "|".join(_LEXICON["title_side_words"]) + r")\s.*$")
_SIDED = re.compile(r"^(?:" + "|".join(_LEXICON["title_sided_stems"]) + r")\w*\s+")
# «на 2026–2028 годы»: the word for the years after a span of them.
_YEAR_SPAN_WORDS = tuple(_LEXICON["year_span_words"])
# «дорожная карта»: an adjective before the agreement noun that belongs to its title.
_LEAD_MODIFIERS = tuple(_LEXICON["title_lead_modifiers"])
_ALSO, _ALSO_NEXT = _LEXICON["also_phrase"]
_ROAD_MAP = _LEXICON["road_map_modifier"]
# Words of adjective form after a comma that start a clause or point back, not a list item.
_NOT_LIST_ADJECTIVES = tuple(_LEXICON["not_list_adjectives"])


def agreement_title(mentions: SentenceMentions, noun: int) -> str:
    tokens = mentions.tokens
    end = noun + 1
    while end < len(tokens) and end - noun < _TITLE_MAX:
        if tokens[end].text == "(" and (close := other_name_close(tokens, end)):
            end = close + 1  # «план мероприятий (дорожной карты) по ...»: one document
            continue
        if tokens[end].text in "—–-" and _year_range(tokens, end):
            end += 2  # «на 2026–2028 годы»: one span of years, with the word for them
            if end < len(tokens) and tokens[end].text.casefold() in _YEAR_SPAN_WORDS:
                end += 1
            continue
        if tokens[end].text in ".;:!?—–(":
            break
        if tokens[end].is_verb or tokens[end].text == "," and not _list_continues(tokens, end):
            break
        if end == noun + 1 and _next_subject(tokens[end]):
            break  # «После подписания меморандума руководители ...»: the next clause's subject
        if tokens[end].text == AND_WORD and any(
            is_agreement(tokens, k) for k in range(end + 1, min(end + 4, len(tokens)))
        ):
            break  # «соглашение и «дорожную карту»»: the next document has a title of its own
        end += 1
    # A title cut at its length limit never ends on a preposition («… сотрудничества между»).
    trailing = words("lexicon", "title_trailing_words")
    while end - 1 > noun and tokens[end - 1].text.casefold() in trailing:
        end -= 1
    start = noun - 1 if noun and tokens[noun - 1].lemma in _LEAD_MODIFIERS else noun
    raw = _VALIDITY.sub("", mentions.text_of((start, end)))
    if raw.count("»") > raw.count("«"):
        raw = raw.replace("»", "", raw.count("»") - raw.count("«"))
    title = head_phrase_nominative(raw)
    return upper_first(title)


def listed_titles(mentions: SentenceMentions, noun: int) -> list[str]:
    """«подписали дорожные карты: по развитию кооперации; о культурном сотрудничестве»: a plural
    document noun before a colon and items that each say what one document is about («по», «о»,
    «в» ...) names one document per item; [] for any other wording."""
    tokens = mentions.tokens
    colon = noun + 1
    if colon >= len(tokens) or not _plural(tokens[noun]):
        return []
    items = _listed_items(mentions, colon) if tokens[colon].text == ":" else []
    items = items or _comma_items(mentions, noun)
    prepositions = words("lexicon", "topic_prepositions")
    if len(items) < 2 or any(item.split()[0].casefold() not in prepositions for item in items):
        return []
    start = noun - 1 if noun and tokens[noun - 1].lemma == _ROAD_MAP else noun
    head = head_phrase_nominative(mentions.text_of((start, noun + 1)), singular=True)
    head = upper_first(head)
    return [_VALIDITY.sub("", f"{head} {item}") for item in items]


def between_titles(
    mentions: SentenceMentions, noun: int, groups: list[tuple[Range, list[str]]]
) -> list[tuple[str, list[str]]]:
    """«меморандумы между X и Y, а также между X и Z»: one title per «между» and its sides, with
    those sides."""
    head = head_phrase_nominative(mentions.text_of((noun, noun + 1)), singular=True)
    head = upper_first(head)
    return [(f"{head} {mentions.text_of(span)}", names) for span, names in groups]


def _listed_items(mentions: SentenceMentions, colon: int) -> list[str]:
    """«...: по X; о Y.»: the items after a colon, one to a semicolon."""
    tokens = mentions.tokens
    items: list[str] = []
    first = colon + 1
    for k in range(colon + 1, len(tokens) + 1):
        if k < len(tokens) and tokens[k].text not in ";.":
            continue
        if first < k:
            items.append(mentions.text_of((first, k)).strip(" ,"))
        first = k + 1
    return items


def _comma_items(mentions: SentenceMentions, noun: int) -> list[str]:
    """«соглашения в таможенной сфере, в области X, Y, о создании Z, а также ...»: items that
    each open with a topic preposition, right after the plural noun and a comma apart; a
    stretch after a comma that opens otherwise goes on with the item before («в области
    предупреждения ..., исследования ...»). The list ends at «а также», a clause's end or a
    verb."""
    tokens = mentions.tokens
    prepositions = words("lexicon", "topic_prepositions")
    if noun + 1 >= len(tokens) or tokens[noun + 1].text.casefold() not in prepositions:
        return []
    items: list[str] = []
    first = noun + 1
    k = first
    while k < len(tokens):
        text = tokens[k].text
        if text in ";.:()" or tokens[k].is_verb or _also(tokens, k):
            break
        if text == "," and k + 1 < len(tokens) and tokens[k + 1].text.casefold() in prepositions:
            items.append(mentions.text_of((first, k)))
            first = k + 1
        k += 1
    if first < k:
        items.append(mentions.text_of((first, k)).strip(" ,"))
    return items


def _also(tokens: list[Token], at: int) -> bool:
    """«, а также документы ...»: what follows is another thing than the list."""
    return (
        tokens[at].text.casefold() == _ALSO
        and at + 1 < len(tokens)
        and tokens[at + 1].text.casefold() == _ALSO_NEXT
    )


def _plural(token: Token) -> bool:
    """«карты» is a plural among its readings (the first may be the genitive singular)."""
    return any(p.tag.number == "plur" for p in token.parses[:3])


def other_name_close(tokens: list[Token], bracket: int) -> int | None:
    """The closing bracket of «(дорожной карты)», «(«Дорожная карта»)» right after a document's
    noun: the same document's other name."""
    close = next(
        (k for k in range(bracket + 1, min(bracket + 7, len(tokens))) if tokens[k].text == ")"),
        None,
    )
    if close is None or not any(is_agreement(tokens, k) for k in range(bracket + 1, close)):
        return None
    return close


def _year_range(tokens: list[Token], dash: int) -> bool:
    """«2026–2028»: a year, the dash, a year."""
    return (
        0 < dash < len(tokens) - 1
        and tokens[dash - 1].text.isdigit()
        and tokens[dash + 1].text.isdigit()
        and len(tokens[dash - 1].text) == len(tokens[dash + 1].text) == 4
    )


def _next_subject(token: Token) -> bool:
    """A lower-case noun that can only be nominative or accusative: no word of a title («о»,
    «по», a genitive) but the subject or object of what follows."""
    if token.capitalized or not token.is_pos("NOUN"):
        return False
    cases = token.cases("NOUN")
    return bool(cases) and cases <= {"nomn", "accs"}


def _list_continues(tokens: list[Token], comma: int) -> bool:
    """«в торгово-экономической, научно-технической и гуманитарной сферах»."""
    return (
        comma + 1 < len(tokens)
        and tokens[comma + 1].is_pos("ADJF")
        and (tokens[comma + 1].lemma not in _NOT_LIST_ADJECTIVES)
    )


def same_title(a: str, b: str) -> bool:
    """«Меморандум» and «Меморандум о сотрудничестве ...», «Соглашение о сотрудничестве» and
    «Соглашение о научном сотрудничестве»: the words of one are the other's in the same order
    (a restatement drops a modifier as often as a tail), once the sides («между республикой и
    университетом», «с X») are set aside, as they may be named in other words."""
    ka, kb = _without_sides(a), _without_sides(b)
    if ka.startswith(kb) or kb.startswith(ka):
        return True
    return _within(ka.split(), kb.split()) or _within(kb.split(), ka.split())


def _within(short: list[str], long: list[str]) -> bool:
    """Every word of `short` in `long`, in order, both opening on the same word."""
    rest = iter(long[1:])
    return short[:1] == long[:1] and all(word in rest for word in short[1:])


def _without_sides(title: str) -> str:
    """«Межправительственное соглашение» is «соглашение между правительствами»: who signs is
    set aside, in either wording."""
    return _SIDED.sub("", _SIDES.sub("", title.casefold())).strip()
