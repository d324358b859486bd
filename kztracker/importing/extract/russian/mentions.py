"""The mentions stage: natasha's ORG, PER and LOC spans, completed by the names' own grammar.

natasha finds most names but often leaves out the type word («фондом KIDF» gives KIDF) or cuts
a long official name in pieces. Here each organization is grown to its head phrase: the type
noun with its adjectives before it, and the genitive tail after it («Министерство образования и
науки Республики Казахстан»), «имени ...», a quoted name, and «в <city>» for an embassy. A
lower-case type noun with a proper tail («министерством энергетики Казахстана») is a name too.
Where a name's tail ends is name_tails.py's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kztracker.importing.extract.russian import ner
from kztracker.importing.extract.russian.counted_sides import counted_regions, without_counted
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.name_runs import latin_companies
from kztracker.importing.extract.russian.name_splits import (
    after_namesake,
    kazakh_patronymic_people,
    owner_after_description,
    split_people,
    without_trailing_verbs,
)
from kztracker.importing.extract.russian.name_tails import name_tail
from kztracker.importing.extract.russian.normalize import listed_case
from kztracker.importing.extract.russian.region_lists import region_lists
from kztracker.importing.extract.russian.segment import Sentence
from kztracker.importing.extract.russian.shared_heads import (
    between_items,
    outermost,
    overlaps,
    quoted_twins,
    shared_head_lists,
)
from kztracker.importing.extract.russian.signing_places import promote_signing_places
from kztracker.importing.extract.russian.token_kinds import (
    Range,
    agrees,
    common_words,
    is_genitive,
    is_head,
    starts_person,
)
from kztracker.importing.extract.russian.tokens import Token, tokenize

_NAMED_AFTER = tuple(load("lexicon")["named_after_tokens"])  # «им», «имени»
_NAMED_AFTER_WORD = load("lexicon")["named_after_word"]
_IN = frozenset(load("lexicon")["in_forms"])  # «в», «во»


@dataclass
class SentenceMentions:
    sentence: Sentence
    index: int
    tokens: list[Token]
    organizations: list[Range] = field(default_factory=list)
    people: list[Range] = field(default_factory=list)
    places: list[Range] = field(default_factory=list)
    # «Стамбульский, Осман Гази и Бируни университеты»: each listed name with the head noun it
    # shares, in the nominative singular.
    listed: dict[Range, str] = field(default_factory=dict)

    def text_of(self, span: Range) -> str:
        first, last = self.tokens[span[0]], self.tokens[span[1] - 1]
        start = first.start - self.sentence.start
        return self.sentence.text[start : last.end - self.sentence.start]


def find_mentions(sentences: list[Sentence]) -> list[SentenceMentions]:
    """Every sentence's organizations, people and places as token ranges.

    The NER model reads the first `ner_characters` of the story (an announcement is a few
    thousand); past that, in a text pasted whole from a long document, the type-noun rules below
    still find organizations, so a megabyte stays a matter of seconds.
    """
    budget: int = load("lexicon")["ner_characters"]
    tagged_count = 0
    for sentence in sentences:
        budget -= len(sentence.text)
        if budget < 0:
            break
        tagged_count += 1
    tagged = ner.entities([s.text for s in sentences[:tagged_count]])
    tagged += [[] for _ in sentences[tagged_count:]]
    found = []
    for index, (sentence, entities) in enumerate(zip(sentences, tagged, strict=True)):
        tokens = tokenize(sentence.text, sentence.start)
        mentions = SentenceMentions(sentence, index, tokens)
        for entity in entities:
            span = _token_range(tokens, sentence.start + entity.start, sentence.start + entity.end)
            if span is None:
                continue
            {"ORG": mentions.organizations, "PER": mentions.people, "LOC": mentions.places}[
                entity.kind
            ].append(span)
        mentions.organizations, mentions.people = kazakh_patronymic_people(
            tokens, mentions.organizations, mentions.people
        )
        mentions.people, bodies = split_people(tokens, mentions.people)
        mentions.organizations = _organizations(tokens, mentions) + bodies
        mentions.places, mentions.organizations = promote_signing_places(
            tokens, mentions.places, mentions.organizations
        )
        shared_head_lists(tokens, mentions)
        region_lists(tokens, mentions)
        without_counted(tokens, mentions)
        quoted_twins(tokens, mentions)
        between_items(tokens, mentions)
        found.append(mentions)
    counted_regions(found)
    return found


def _token_range(tokens: list[Token], start: int, end: int) -> Range | None:
    inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
    return (inside[0], inside[-1] + 1) if inside else None


def _organizations(tokens: list[Token], mentions: SentenceMentions) -> list[Range]:
    """natasha's organizations grown to their head phrase, and names it missed."""
    places, people = mentions.places, mentions.people
    grown: list[Range] = []
    for first, last in mentions.organizations:
        # «Института Саябек Сахиев» tagged as one name: it ends where a person's name begins.
        cut = next(
            (
                j
                for j in range(first + 1, last)
                if (starts_person(tokens[j]) or _named(tokens, j)) and not _quoted(tokens, first, j)
            ),
            last,
        )
        if cut < last and 2 <= last - cut <= 3 and all(t.capitalized for t in tokens[cut:last]):
            people.append((cut, last))
        last = cut
        head = next((i for i in range(first, last) if _heads(tokens, i)), None)
        if head is None and first > 0 and _heads(tokens, first - 1):
            head = first - 1
        if head is None and last < len(tokens) and tokens[last].capitalized:
            # «Жогорку Кенешем»: a foreign name's own word before its type noun
            head = last if _heads(tokens, last) else None
        if head is not None:
            start = _adjectives_before(tokens, head)
            grown.append(
                (min(first, start), max(last, name_tail(tokens, head + 1, places, people)))
            )
        else:
            grown.append(
                (
                    first,
                    name_tail(tokens, last, places, people)
                    if _is_quote_end(tokens, last) or _acronym_named_after(tokens, first, last)
                    else _with_country(tokens, first, last, places),
                )
            )
    for i in range(len(tokens)):
        if _heads(tokens, i) and not any(a <= i < b for a, b in grown):
            start, end = _adjectives_before(tokens, i), name_tail(tokens, i + 1, places, people)
            if _is_name(tokens, start, i, end):
                grown.append((start, end))
    for i in range(len(tokens) - 1):
        # «КазНУ имени аль-Фараби присоединился ...»: an acronym bearing a person's name is a
        # body's name wherever the tagger left it
        if (
            tokens[i].acronym
            and tokens[i + 1].text.casefold() in _NAMED_AFTER
            and not any(a <= i < b for a, b in grown)
        ):
            grown.append((i, name_tail(tokens, i + 1, places, people)))
    grown += [
        span
        for span in latin_companies(tokens)
        if not any(overlaps(span, other) for other in grown)
    ]
    pieces = [
        piece for s in _joined(tokens, outermost(grown)) for piece in after_namesake(tokens, s)
    ]
    owned = [owner_after_description(tokens, p) if _generic(tokens, p) else p for p in pieces]
    return [
        _of_named(tokens, without_trailing_verbs(tokens, p))
        for p in owned
        if p is not None and not _generic(tokens, p)
    ]


def _quoted(tokens: list[Token], first: int, j: int) -> bool:
    """«СПК "Конаев"»: a word inside quotes opened after `first` is the body's own name, though it
    reads as a surname."""
    texts = [t.text for t in tokens[first:j]]
    return texts.count("«") > texts.count("»") or texts.count('"') % 2 == 1


def _named(tokens: list[Token], j: int) -> bool:
    """«университета имени Букетова Нурлан Дулатбеков»: a given name in the nominative after a
    capitalized word, with a capitalized word after it, opens a person's name."""
    given = tokens[j].parses[:1]
    if not (0 < j < len(tokens) - 1 and tokens[j - 1].capitalized and tokens[j + 1].capitalized):
        return False
    if not given or given[0].tag.case != "nomn":
        return False
    # a given name the dictionary knows, or any word before a surname in the nominative
    surname = any(
        "Surn" in p.tag.grammemes and p.tag.case == "nomn" for p in tokens[j + 1].parses[:2]
    ) or tokens[j + 1].text.casefold().endswith(tuple(words("morph", "surname_name_endings")))
    return "Name" in given[0].tag.grammemes or surname


def _acronym_named_after(tokens: list[Token], first: int, last: int) -> bool:
    """«РГУ нефти и газа имени И. М. Губкина»: an acronym whose lower-case genitive words lead
    to «имени» goes on to the name it bears, like a type noun's tail."""
    if last - first != 1 or not tokens[first].acronym:
        return False
    i = last
    while i < len(tokens) and (tokens[i].text == AND_WORD or is_genitive(tokens[i])):
        if tokens[i].text.casefold() == _NAMED_AFTER_WORD:
            break
        if tokens[i].capitalized:
            return False
        i += 1
    return i > last and i < len(tokens) and tokens[i].text.casefold() in _NAMED_AFTER


def _with_country(tokens: list[Token], first: int, last: int, places: list[Range]) -> int:
    """«Минэнерго России», «МИД Казахстана»: a ministry's contracted name or acronym keeps the
    country written right after it (data: contracted_names, ministry_acronyms)."""
    word = tokens[first].text.casefold()
    if last - first != 1 or not (
        word in load("lexicon")["contracted_names"] or word in words("lexicon", "ministry_acronyms")
    ):
        return last
    place = next((b for a, b in places if a == last), None)
    countries = load("lexicon")["country_words"]
    if place is None or not all(t.lemma in countries for t in tokens[last:place]):
        return last
    return place


def _heads(tokens: list[Token], i: int) -> bool:
    """A type noun at `i` heading a name; one bound to the word after it («кабинет министров»)
    only with that word."""
    if not is_head(tokens[i]):
        return False
    bound = load("lexicon")["bound_heads"].get(tokens[i].lemma)
    return bound is None or i + 1 < len(tokens) and tokens[i + 1].lemma in bound


def _of_named(tokens: list[Token], span: Range) -> Range:
    """«открылся филиал Южно-Казахстанского университета»: a branch written in lower case has
    no name of its own; the body named after it is the one the text speaks of. So has one that
    opens a sentence with no place of its own («Филиал КазНУ откроют в Омске», not «Филиал ЧелГУ
    в Костанае»)."""
    first, after = tokens[span[0]], tokens[span[1] : span[1] + 2]
    place = [t.text.casefold() for t in tokens[span[0] : span[1]]] + [
        t.text.casefold() for t in after[:1] if len(after) == 2 and after[1].capitalized
    ]
    named = span[0] + 1  # «филиала нашего Омского университета»: past a pointing pronoun
    while named < span[1] - 1 and tokens[named].lemma in words("lexicon", "pronoun_words"):
        named += 1
    if (
        span[1] - span[0] > 1
        and (first.text.islower() or span[0] == 0 and not _IN & set(place))
        and first.lemma in words("lexicon", "unnamed_units")
        and tokens[named].capitalized
    ):
        return (named, span[1])
    return span


def _generic(tokens: list[Token], span: Range) -> bool:
    """«университеты Турции», «данный Центр», a bare «Институт»: a description, not a name."""
    phrase = tokens[span[0] : span[1]]
    head = next((t for t in phrase if is_head(t)), None)
    if head is None:
        return span[0] == 0 and common_words(phrase)
    if span[0] == 0 and head is not phrase[0] and phrase[0].is_pos("NOUN"):
        if common_words(phrase):  # «Оснащение лаборатории ...»: a sentence's first noun
            return True
    if any(t.is_quote for t in phrase):
        return False  # «компаний «ИНТЕРНЭШНЛ ...»»: a quoted name after the type word
    # «первый полноценный филиал»: the judgement after an ordinal describes the body as well
    opener = next((t for t in phrase if t.lemma not in words("lexicon", "leading_ordinals")), head)
    if opener.lemma in words("lexicon", "demonstratives"):
        return True
    if len(phrase) == 1:
        return head.lemma not in words("lexicon", "standalone_heads")
    listed = listed_case(head.text)  # «Кенешем»: the data file's noun, not a guessed verb
    top = head.parses[0].tag if head.parses else None
    plural = listed == "plur" if listed is not None else top is not None and top.number == "plur"
    return plural and split_plural(phrase) is None


def split_plural(phrase: list[Token]) -> list[str] | None:
    """«правительствами Казахстана и Китая», «правительствами Таджикистана, Туркменистана и
    Узбекистана»: the countries a plural government body is shared by, «министерствами
    здравоохранения Узбекистана и Казахстана» with the words of its field shared too (a plural
    «университеты Павлодара» only describes)."""
    if len(phrase) < 4 or phrase[-2].text != AND_WORD:
        return None
    if load("lexicon")["organization_heads"].get(phrase[0].lemma) != "government":
        return None
    places = [phrase[-1], phrase[-3]]
    at = len(phrase) - 4
    while at >= 2 and phrase[at].text == "," and phrase[at - 1].capitalized:
        places.append(phrase[at - 1])
        at -= 2
    field = [t.text for t in phrase[1 : at + 1]]
    if not all(t.capitalized for t in places) or any(not w.islower() for w in field):
        return None
    return [" ".join([*field, place.text]) for place in reversed(places)]


def _joined(tokens: list[Token], spans: list[Range]) -> list[Range]:
    """Pieces of one name: «ГКУ НСО» before a quoted name, a name and the quote around it."""
    out: list[Range] = []
    for first, last in spans:
        while (
            first > 0
            and tokens[first - 1].text in '«„"'
            and last < len(tokens)
            and (tokens[last].text in '»"”')
        ):
            first, last = first - 1, last + 1
        while first > 0 and tokens[first - 1].acronym and tokens[first - 1].text.isupper():
            first -= 1
        if out and out[-1][1] == first and not _second_name(tokens[first]):
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def _second_name(token: Token) -> bool:
    """«... Шанхайской организации сотрудничества Министерство энергетики»: a capitalized head
    noun that cannot be genitive begins a name of its own (a parent inside an official name
    stands in the genitive)."""
    if token.text.islower() and token.lemma in words("lexicon", "unnamed_units"):
        return True  # «на базе Павлодарского университета филиала Омского ...»: another body's unit
    cases = token.cases("NOUN")
    return token.capitalized and is_head(token) and bool(cases) and cases <= {"nomn", "accs"}


def _is_quote_end(tokens: list[Token], index: int) -> bool:
    return index < len(tokens) and tokens[index].is_quote


def _adjectives_before(tokens: list[Token], head: int) -> int:
    """The first of the adjectives agreeing with the head noun («Казахским национальным ...»)."""
    start = head
    i = head - 1
    while i >= 0:
        token = tokens[i]
        if token.text == AND_WORD and i > 0 and start < head and tokens[i - 1].capitalized:
            i -= 1
            continue
        # «нашего Омского университета»: a pronoun before a proper name points at it and is
        # no part of it («наш университет», with no proper word, stays a description)
        if token.lemma in words("lexicon", "pronoun_words") and any(
            t.capitalized for t in tokens[i + 1 : head + 1]
        ):
            break
        # «соглашением, ратифицированным казахским Сенатом»: a participle tells what was done
        if (
            token.is_word
            and not token.acronym
            and agrees(token, tokens[head])
            and not (token.text.islower() and token.parses and token.parses[0].tag.POS == "PRTF")
        ):
            start = i
            i -= 1
            continue
        break
    return start


def _is_name(tokens: list[Token], start: int, head: int, end: int) -> bool:
    """A type noun is a name when it is capitalized inside the sentence, or has a proper tail."""
    phrase = tokens[start:end]
    if start > 0 and any(t.capitalized for t in tokens[start : head + 1]):
        return end > head + 1 or tokens[head].capitalized or start < head
    if start == 0 and start == head and end > head + 1:
        # A sentence's first word is capitalized anyway: «Организация школы CERN» is an event.
        return tokens[head + 1].capitalized or tokens[head + 1].is_quote
    tail = tokens[head + 1 : end]
    if not tail:
        return False
    government = load("lexicon")["organization_heads"][tokens[head].lemma] == "government"
    return (
        government
        or any(t.capitalized or t.is_quote for t in tail)
        or (start == 0 and len(phrase) > 1 and any(t.capitalized for t in tail))
    )
