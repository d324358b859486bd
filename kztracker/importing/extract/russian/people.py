"""People and their titles in Russian word order, and the organizations titles imply.

A title mostly comes before the name («министр здравоохранения РК Алексей Цой», «с послом Монголии
в Казахстане Доржийном Баярхуу»), sometimes after it, set off by commas («Алексей Цой, министр
здравоохранения»). The title's case tells the name's case. A minister, an ambassador, an akim or
a governor implies their body: «министр энергетики» → «Министерство энергетики».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.distributive_titles import other_place, share_out
from kztracker.importing.extract.russian.lexicon import AND_WORD, IN_WORD, load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.mission_names import no_mission, plain_mission
from kztracker.importing.extract.russian.normalize import (
    head_phrase_nominative,
    listed_case,
    person_nominative,
    without_honorific,
)
from kztracker.importing.extract.russian.region_heads import (
    region_after,
    region_body,
    region_of_adjective,
)
from kztracker.importing.extract.russian.side_countries import has_country, side_country
from kztracker.importing.extract.russian.tokens import Token

_INITIAL_GLUED = re.compile(r"(?<=\b[А-ЯЁA-Z])\.(?=[А-ЯЁA-Z][а-яёa-z])")
_MAX_TITLE = 14  # tokens; a title is a phrase, not a clause
_TITLE_GLUE = frozenset([*load("lexicon")["title_glue_words"], ".", "-", "–", "«", "»", '"'])
_TITLE_STOPS = frozenset(load("lexicon")["title_stop_lemmas"])
_CONSULAR = tuple(load("lexicon")["consular_heads"])
_BODY_NAMES: dict[str, str] = load("lexicon")["body_names"]


@dataclass
class Person:
    name: str  # nominative
    span: Range
    mentions: SentenceMentions
    title: str | None = None  # nominative, as the text states it
    title_span: Range | None = None
    implied: str | None = None  # the organization the title implies, nominative
    head_of_state: bool = False
    case: str | None = None  # the case the title before the name puts it in


def people_in(mentions: SentenceMentions, earlier: Sequence[SentenceMentions] = ()) -> list[Person]:
    """The people of one sentence; `earlier`, the sentences before it, for a region a title
    refers back to («аким региона»)."""
    found: list[Person] = []
    for span in mentions.people:
        named = _without_region_name(mentions, span)
        if named[0] == named[1]:
            continue
        before = _title_before(mentions, span)
        if named != span:  # «аким области Улытау | Берик Абдигалиулы»
            before, span = (before[0], named[0]) if before else None, named
        title_span = before or _title_after(mentions, span)
        case = None
        title = implied = None
        head_of_state = False
        if title_span is not None:
            head = _title_head(mentions.tokens, title_span)
            # An apposition before the name agrees with it: «с послом ... Ержаном Кистафиным».
            case = _case(mentions.tokens[head]) if head is not None and before else None
            raw = without_honorific(mentions.text_of(title_span)).strip(" ,–-")
            participle = head is not None and mentions.tokens[head].is_pos("PRTF", "ADJF")
            # «заведующая лабораторией»: a participle heads the title and governs the rest.
            title = (
                raw
                if participle
                else _upper_first_kept(raw, head_phrase_nominative(raw, singular=True))
            )
            implied = implied_body(mentions, title_span, head, earlier)
            lowered = title.casefold()
            head_of_state = any(lowered.startswith(w) for w in words("lexicon", "heads_of_state"))
        shared = _coordinated(found, mentions, span) if title_span is None else None
        other = other_place(found, mentions, span) if title_span is None else None
        if shared is None and other is not None:
            # «Министры ... Казахстана Асан Беков и Чехии Ян Новак»
            title, implied = other
            case = found[-1].case
        if shared is not None:
            # «профессоров Кристофа Шафера и Тадеуша Куртыки»: one title for both names.
            title, title_span, implied = shared.title, shared.title_span, shared.implied
            head_of_state, case = shared.head_of_state, shared.case
        # «Ж.Туймебаева»: an initial glued to the surname is a name of two words all the same
        name = _INITIAL_GLUED.sub(". ", person_nominative(mentions.text_of(span), case))
        found.append(Person(name, span, mentions, title, title_span, implied, head_of_state, case))
    share_out(found)
    return found


def _coordinated(found: list[Person], mentions: SentenceMentions, span: Range) -> Person | None:
    """The person just before, joined by «и» or a comma, whose title this name shares."""
    if not found or span[0] < 2:
        return None
    previous = found[-1]
    joined = mentions.tokens[span[0] - 1].text in (AND_WORD, ",")
    if (
        joined
        and previous.span[1] == span[0] - 1
        and previous.title_span is not None
        and (previous.title_span[1] == previous.span[0])
    ):
        return previous
    return None


def _upper_first_kept(raw: str, nominative: str) -> str:
    return upper_first(nominative) if raw[:1].isupper() else nominative


def _is_title_word(token: Token) -> bool:
    return (
        token.lemma in words("lexicon", "title_heads")
        or (token.participle_lemma in words("lexicon", "title_heads"))
        or (
            # «вице-министр», «советник-посланник»: either part of a joined title is one
            "-" in token.text
            and any(
                part.casefold() in words("lexicon", "title_heads")
                for part in (token.text.split("-")[0], token.text.split("-")[-1])
            )
        )
    )


def _title_before(mentions: SentenceMentions, span: Range) -> Range | None:
    tokens = mentions.tokens
    first = span[0]
    head = None
    i = first - 1
    while i >= 0 and first - i <= _MAX_TITLE:
        token = tokens[i]
        if any(a <= i < b for a, b in mentions.people):
            break
        if _is_title_word(token) and head is not None and _plural_only(token):
            break  # «В присутствии глав государств министр ...»: others, not this one's title
        if _is_title_word(token):
            head = i
        elif token.text == "," and head is not None:
            break
        elif not (token.is_word or token.text in _TITLE_GLUE or token.text == ","):
            break
        elif token.is_verb and not (i > 0 and token.capitalized) or token.lemma in _TITLE_STOPS:
            break  # a capitalized word inside the sentence is a name («СПК "Конаев"»), no verb
        i -= 1
    if head is None:
        return None
    start = head
    while start > 0 and (
        tokens[start - 1].lemma in words("lexicon", "title_modifiers")
        or tokens[start - 1].text == AND_WORD
        and start > 1
        and tokens[start - 2].lemma in words("lexicon", "title_modifiers")
    ):
        start -= 1
    if any(
        t.text == "," and not _listing(tokens, k) for k, t in enumerate(tokens[head:first], head)
    ):
        return None
    return (start, first)


def _plural_only(token: Token) -> bool:
    nouns = [p for p in token.parses if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


def _listing(tokens: list[Token], comma: int) -> bool:
    """«министр здравоохранения, регулирования и координации»: a comma inside a genitive list."""
    return (
        comma + 1 < len(tokens)
        and not tokens[comma + 1].capitalized
        and "gent" in tokens[comma + 1].cases("NOUN")
        and any(t.text == AND_WORD for t in tokens[comma + 1 : comma + 4])
    )


def _title_after(mentions: SentenceMentions, span: Range) -> Range | None:
    tokens = mentions.tokens
    i = span[1]
    if i >= len(tokens) or tokens[i].text not in (",", "–", "—", "-", "("):
        return None
    start = i + 1
    j = start
    while j < len(tokens) and tokens[j].lemma in words("lexicon", "title_modifiers"):
        j += 1
    if j >= len(tokens) or not _is_title_word(tokens[j]):
        # «Иван Петров, председатель правления ...»: a word that modifies another title
        # («председатель» of «вице председатель») heads the title when no other title follows
        j = next((k for k in range(j - 1, start - 1, -1) if _is_title_word(tokens[k])), -1)
        if j < 0:
            return None
    end = j + 1
    while end < len(tokens) and end - start < _MAX_TITLE and tokens[end].text not in ",.;:)—–!?":
        if tokens[end].is_verb or any(a == end for a, _b in mentions.people):
            break
        end += 1
    return (start, end)


def _title_head(tokens: list[Token], span: Range) -> int | None:
    return next((i for i in range(*span) if _is_title_word(tokens[i])), None)


def _case(token: Token) -> str | None:
    # «акима»: a word of the data file's noun list, which the dictionary knows only as a name
    listed = listed_case(token.text)
    if listed is not None:
        return listed
    # One person's title is singular: «ректора» is a genitive here, not the old plural.
    cases = {
        str(p.tag.case) for p in token.parses if p.tag.POS == "NOUN" and p.tag.number == "sing"
    } or token.cases("NOUN")
    for case in ("nomn", "gent", "datv", "ablt", "loct", "accs"):
        if case in cases:
            return case
    return None


def implied_body(
    mentions: SentenceMentions,
    span: Range,
    head: int | None,
    earlier: Sequence[SentenceMentions] = (),
) -> str | None:
    """«министр здравоохранения РК» → «Министерство здравоохранения РК»; a bare title gives none."""
    if head is None:
        return None
    implied: dict[str, str] = load("lexicon")["implied_organizations"]
    word = mentions.tokens[head].lemma
    # «генеральный консул» serves a «Генеральное консульство», not a plain «Консульство»
    ranked = f"{mentions.tokens[head - 1].lemma} {word}" if head > span[0] else word
    body = implied.get(ranked) or implied.get(word)
    if body is None and word in words("lexicon", "deputy_heads") and head + 1 < span[1]:
        # «заместитель министра иностранных дел»: a deputy serves the body of the title after
        head += 1
        body = implied.get(mentions.tokens[head].lemma)
    if body is not None and head + 1 >= span[1]:
        region = region_of_adjective(mentions.tokens, head)  # «астраханский губернатор»
        return f"{body} {region}" if region else None
    if body is None:
        region = region_after(mentions.tokens, head) if head + 3 == span[1] else None
        if region is not None:  # «глава Пензенской области»
            return region_body(mentions.tokens, head, region)
        return _region_head(mentions, span, head, earlier)
    tail = without_honorific(mentions.text_of((head + 1, span[1]))).strip(" ,–—-")
    if not tail or tail[:1] in '«"' or no_mission(body, tail):
        return None
    if tail.casefold() in words("lexicon", "generic_place_words"):
        # «делегация Костанайской области во главе с акимом региона»: the region just named,
        # in this sentence or, nearest first, in the ones before it
        tail = _region_before(mentions.tokens, span[0]) or next(
            (r for m in reversed(earlier[-3:]) if (r := _region_before(m.tokens, len(m.tokens)))),
            tail,
        )
    host, at, place = tail.rpartition(f" {IN_WORD} ")
    if at and place[:1].islower() and body.casefold().endswith(_CONSULAR):
        tail = host  # «консул ... в столице Урала»: a description, not the city the mission is in
    if body == _BODY_NAMES["ministry"] and not has_country(tail):
        tail = f"{tail} {side_country(mentions.tokens, span[0]) or ''}".strip()
    return f"{body} {plain_mission(body, tail)}"


def _region_head(
    mentions: SentenceMentions, span: Range, head: int, earlier: Sequence[SentenceMentions]
) -> str | None:
    """«Глава региона Айдарбек Сапаров» in a story of the СКО: a Kazakh region's head is its
    akim, so the title implies the akimat of the region named nearest before (a region outside
    Kazakhstan has no akimat: none is implied)."""
    tokens = mentions.tokens
    if head + 2 != span[1] or head + 1 >= len(tokens):
        return None
    if f"{tokens[head].lemma} {tokens[head + 1].text.casefold()}" not in words(
        "lexicon", "region_head_titles"
    ):
        return None
    region = _region_before(tokens, span[0]) or next(
        (
            r
            for m in reversed(earlier[-3:])
            if (r := _region_before(m.tokens, len(m.tokens)) or _region_acronym(m.tokens))
        ),
        None,
    )
    akimat = f"{_BODY_NAMES['akimat']} {region}" if region else None
    return akimat if akimat in load("regions")["region_akimats"].values() else None


def _region_acronym(tokens: list[Token]) -> str | None:
    """«В СКО»: a region written by its acronym, in the genitive («Северо-Казахстанской
    области»)."""
    acronyms = load("lexicon")["region_acronyms"]
    forms: dict[str, dict[str, str]] = load("lexicon")["abbreviations"]
    # a headline in capitals comes lower-cased («в ско»)
    found = (t.text.upper() for t in tokens if t.text.upper() in acronyms)
    return next((forms[a]["gent"] for a in found if a in forms), None)


def _region_before(tokens: list[Token], before: int) -> str | None:
    """The nearest «Костанайской области», «Жамбылского района», «области Улытау» before the
    title, in the genitive as the title holds it."""
    units = words("lexicon", "region_units_genitive")
    for i in range(before - 1, 0, -1):
        if tokens[i].text.casefold() not in units:
            continue
        if tokens[i - 1].capitalized and tokens[i - 1].is_pos("ADJF"):
            return f"{tokens[i - 1].text} {tokens[i].text}"
        if i + 1 < before and _region_name(tokens[i + 1]):
            return f"{tokens[i].text} {tokens[i + 1].text}"
    return None


def _region_name(token: Token) -> bool:
    """«(области) Улытау», «(области) Абай»: a region named after its unit word."""
    return token.capitalized and token.is_word and not token.is_pos("ADJF")


def _without_region_name(mentions: SentenceMentions, span: Range) -> Range:
    """«аким области Улытау Берик Абдигалиулы»: the region's name after «области» belongs to the
    title, not to the person (a run of three words starting with it is a place and a name)."""
    tokens = mentions.tokens
    first = span[0]
    size = span[1] - first
    if (
        first > 0
        and size != 2  # «области Абай Сарсенов» could be a region and a surname, or a name
        and tokens[first - 1].text.casefold() in words("lexicon", "region_units_genitive")
        and _region_name(tokens[first])
    ):
        return (first + 1, span[1])  # one word alone («аким области Абай посетил») is no one
    if (
        first > 0
        and size >= 3
        and tokens[first - 1].text.casefold() in words("lexicon", "place_prepositions")
        and tokens[first + 1].text[:1].isupper()
        and len(tokens[first + 1].text.rstrip(".")) == 1
    ):
        return (first + 1, span[1])  # «объединения при Туркестане Б. Нишанкулов»: a place
    return span


def organization_of(person: Person) -> Range | None:
    """An organization named inside the person's title («ректор КазНУ»), or right after the name."""
    mentions = person.mentions
    if person.title_span is not None:
        inside = [
            s
            for s in mentions.organizations
            if person.title_span[0] <= s[0] and s[1] <= person.title_span[1]
        ]
        if inside:
            return inside[-1]
    return None
