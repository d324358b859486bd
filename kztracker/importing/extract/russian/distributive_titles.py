"""One plural title shared out among the people it names, one place each.

«министры сельского хозяйства РК и КНР – Ербол Карашукеев и Хань Цзюнь» names two ministers of two
ministries, not one minister of a joined «Министерство сельского хозяйства РК и КНР»: the first
person takes the first place, the second the second («министр сельского хозяйства РК», «…КНР»).
"""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import AND_WORD
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.tokens import Token

_DASHES = frozenset({"–", "—", "-", ","})


def share_out(people: list) -> None:
    """Give each person of a group that shares one plural title their own place («РК», «КНР»).
    `people` are people.Person, changed in place."""
    groups: dict[Range, list] = {}
    for person in people:
        if person.title_span is not None and person.title:
            groups.setdefault(person.title_span, []).append(person)
    for span, group in groups.items():
        tokens = group[0].mentions.tokens
        places = _places(tokens, span)
        if places is None or len(places) != len(group) or not _plural_head(tokens, span):
            continue
        joined = f"{places[0]} {AND_WORD} {places[1]}"
        for person, place in zip(group, places, strict=True):
            if joined not in person.title:
                break
            person.title = person.title.replace(joined, place).rstrip(" –—-,")
            if person.implied and joined in person.implied:
                person.implied = person.implied.replace(joined, place).rstrip(" –—-,")


def other_place(
    found: list, mentions: SentenceMentions, span: Range
) -> tuple[str, str | None] | None:
    """«Министры иностранных дел Казахстана Асан Беков и Чехии Ян Новак»: the second
    name takes the first one's plural title with its own place; (title, implied organization),
    or None for any other wording. `found` are the sentence's people.Person before `span`."""
    tokens = mentions.tokens
    if not found or span[0] < 3 or tokens[span[0] - 2].text != AND_WORD:
        return None
    previous = found[-1]
    place = tokens[span[0] - 1]
    if (
        previous.title is None
        or previous.title_span is None
        or previous.span[1] != span[0] - 2
        or previous.title_span[1] != previous.span[0]
        or not place.capitalized
        or "gent" not in place.cases("NOUN")
        or not _plural_head(tokens, previous.title_span)
    ):
        return None
    first = tokens[previous.title_span[1] - 1].text  # the first name's place ends its title
    if not previous.title.endswith(first):
        return None
    title = previous.title[: -len(first)] + place.text
    implied = previous.implied
    implied = implied[: -len(first)] + place.text if implied and implied.endswith(first) else None
    return title, implied


def _plural_head(tokens: list[Token], span: Range) -> bool:
    head = next((t for t in tokens[span[0] : span[1]] if t.is_pos("NOUN")), None)
    return head is not None and head.parses[0].tag.number == "plur"


def _places(tokens: list[Token], span: Range) -> list[str] | None:
    """«… РК и КНР», «… Казахстана и Турции» at the title's end: the two places, as written."""
    words = list(range(*span))
    while words and tokens[words[-1]].text in _DASHES:
        words.pop()
    joins = [i for i in words if tokens[i].text == AND_WORD]
    if len(joins) != 1:
        return None
    join = joins[0]
    right = [i for i in words if i > join]
    left: list[int] = []
    for i in reversed([i for i in words if i < join]):
        if not tokens[i].capitalized:
            break
        left.insert(0, i)
    if not left or not right or left[0] <= span[0]:
        return None
    if not all(tokens[i].capitalized for i in right):
        return None
    return [" ".join(tokens[i].text for i in side) for side in (left, right)]
