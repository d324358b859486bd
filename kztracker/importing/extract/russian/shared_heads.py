"""Names listed before one plural type noun («Жамбылская, Туркестанская и Кызылординская
области»), a quoted twin after «и» («СПК «А» и «Б»»), each an organization of its own, and the
token ranges a sentence's mentions cover."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kztracker.importing.extract.russian.lexicon import AND_WORD, load
from kztracker.importing.extract.russian.token_kinds import (
    Range,
    is_head,
)
from kztracker.importing.extract.russian.tokens import Token

if TYPE_CHECKING:
    from kztracker.importing.extract.russian.mentions import SentenceMentions


def shared_head_lists(tokens: list[Token], mentions: SentenceMentions) -> None:
    """Names listed before one plural type noun are one organization each; a listed name
    natasha took for a person is not one. A bracketed aside after an item («Томский (7 место)
    и Новосибирский (6 место) госуниверситеты») is skipped; two items are a list only when
    each is one adjective, three or more whatever they are."""
    for head, token in enumerate(tokens):
        if not is_head(token) or not any(p.tag.number == "plur" for p in token.parses[:1]):
            continue
        before = _without_asides(tokens, head)
        if not (AND_WORD in [tokens[i].text for i in before[:3]] and len(before) > 2):
            continue
        items: list[Range] = []
        last = None  # the last index of the item being read, walking back
        first = None
        for i in before:
            if not (tokens[i].capitalized or tokens[i].text in (",", AND_WORD)):
                if not tokens[i].is_word:  # «... им. Д. И. Менделеева»: the end of a longer name
                    last = first = None
                break
            if tokens[i].text in (",", AND_WORD):
                if last is not None and first is not None:
                    items.append((first, last + 1))
                last = first = None
                continue
            last = i if last is None else last
            first = i
        if last is not None and first is not None:
            items.append((first, last + 1))
        if len(items) < 3 and not (
            len(items) == 2 and all(_one_adjective(tokens, it) for it in items)
        ):
            continue
        noun = token.parses[0].inflect({"sing", "nomn"})
        word = str(noun.word) if noun is not None else token.lemma
        for item in items:
            mentions.listed[item] = word
        mentions.organizations = outermost(
            [s for s in mentions.organizations if not any(overlaps(s, it) for it in items)] + items
        )
        mentions.people = [p for p in mentions.people if not any(overlaps(p, it) for it in items)]


def _without_asides(tokens: list[Token], head: int) -> list[int]:
    """The indices before `head`, nearest first, bracketed asides left out."""
    out: list[int] = []
    i = head - 1
    while i >= 0:
        if tokens[i].text == ")":
            opening = next(
                (j for j in range(i - 1, max(-1, i - 15), -1) if tokens[j].text == "("), None
            )
            if opening is None:
                break
            i = opening - 1
            continue
        out.append(i)
        i -= 1
    return out


def _one_adjective(tokens: list[Token], item: Range) -> bool:
    return item[1] - item[0] == 1 and any(p.tag.POS == "ADJF" for p in tokens[item[0]].parses[:1])


def quoted_twins(tokens: list[Token], mentions: SentenceMentions) -> None:
    """«между СПК «Солтүстік» и «Ұлытау»», «ТОО «Альфа» и «Бета»»: a quoted name joined by «и»
    right after a named body's quoted name shares its type word and is a body of its own."""
    added: list[Range] = []
    for first, last in mentions.organizations:
        if not (last + 2 < len(tokens) and tokens[last - 1].text == "»"):
            continue
        if tokens[last].text != AND_WORD or tokens[last + 1].text != "«":
            continue
        close = next((j for j in range(last + 2, len(tokens)) if tokens[j].text == "»"), None)
        opening = next((j for j in range(first, last) if tokens[j].text == "«"), None)
        if close is None or opening is None or opening == first or close - last > 6:
            continue
        twin = (last + 1, close + 1)
        head = " ".join(t.text for t in tokens[first:opening])
        tagged = [s for s in mentions.organizations if twin[0] <= s[0] and s[1] <= twin[1]]
        if tagged:  # natasha tagged the quoted name alone: it still takes the type word
            mentions.listed[tagged[0]] = head
            continue
        if any(overlaps(twin, s) for s in mentions.organizations + mentions.people):
            continue
        mentions.listed[twin] = head
        added.append(twin)
    mentions.organizations = outermost(mentions.organizations + added)


def between_items(tokens: list[Token], mentions: SentenceMentions) -> None:
    """«между ЛУКОЙЛом, Министерством энергетики ... и Казмунайгазом»: in a list of sides after
    «между» where two are named bodies, a lone capitalized word in the same case that natasha
    left untagged (no place, person or country) is a side too."""
    between = load("lexicon")["between_word"]
    start = next((i for i, t in enumerate(tokens) if t.text.casefold() == between), None)
    if start is None:
        return
    covered = mentions.organizations + mentions.people + mentions.places
    countries = load("lexicon")["country_words"]
    items: list[Range] = []
    at = start + 1
    while at < len(tokens):
        end = next((s[1] for s in covered if s[0] == at), None)
        if end is None:
            if not (tokens[at].capitalized and tokens[at].is_word) or tokens[at].acronym:
                break
            end = at + 1
        items.append((at, end))
        if end >= len(tokens) or tokens[end].text not in (",", AND_WORD):
            break
        at = end + 1
    named = [it for it in items if it in mentions.organizations]
    if len(named) < 2:
        return
    cases = set.intersection(*(tokens[a].cases("NOUN", "ADJF") for a, _b in named))
    added = [
        (a, b)
        for a, b in items
        if b == a + 1
        and (a, b) not in mentions.organizations + mentions.people
        and tokens[a].lemma not in countries
        # natasha may take an unknown company for a place; the dictionary knows real places
        and not any("Geox" in p.tag.grammemes for p in tokens[a].parses[:1])
        and cases & tokens[a].cases("NOUN")
    ]
    mentions.places = [p for p in mentions.places if p not in added]
    mentions.organizations = outermost(mentions.organizations + added)


def overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def outermost(spans: list[Range]) -> list[Range]:
    kept: list[Range] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if kept and span[0] < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(kept[-1][1], span[1]))
            continue
        kept.append(span)
    return kept
