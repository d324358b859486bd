"""The resolve stage: mentions become organizations and people, one record per real thing.

Names are put in the nominative first; then the pieces of one organization join: the spellings
the database already knows, an acronym and its long form («КазНУ» and «Казахский национальный
университет»), «X (ACR)», a body implied by a title and the same body named in full. Outlets that
only report the story («сообщает Казинформ») and venues are dropped.
"""

from __future__ import annotations

import re
from functools import cache

from kztracker.importing.draft import DraftOrganization
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.merge import merge_organizations
from kztracker.importing.extract.russian.gazetteer import known_mentions
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions, split_plural
from kztracker.importing.extract.russian.normalize import (
    head_phrase_nominative,
    lemma,
    parses,
    without_legal_form,
)
from kztracker.importing.extract.russian.people import Person
from kztracker.normalize import name_key

_PARENTHESIS = re.compile(r"\s*\(([^()]{2,30})\)")
_QUOTES = str.maketrans("", "", "«»\"“”„")
_DESCRIBED = re.compile(r"(\w+)\s+[«\"„]([^«»\"“”]{2,})[»\"“”]$")
_SMALL = frozenset({"и", "по", "в", "при", "им", "имени", "им.", "на", "для", "о", "об", "с"})


@cache
def core_key(name: str) -> str:
    """The key two spellings of one organization share: no legal form, no quotes, no case."""
    return name_key(without_legal_form(name.translate(_QUOTES)).replace("ё", "е"))


def organization_name(raw: str) -> tuple[str, str | None]:
    """The nominative name and its short form: in brackets after it, or a Latin acronym closing
    a Russian name («Европейская организация по ядерным исследованиям CERN»)."""
    short = None
    found = _PARENTHESIS.search(raw)
    if found:
        raw, short = raw[: found.start()] + raw[found.end() :], found.group(1).strip()
        raw = raw.replace(" »", "»")
    raw = _after_inner_legal_form(raw)
    parts = _without_title(raw.split())
    while len(parts) > 2 and lemma(parts[0]) in words("lexicon", "dropped_leading"):
        parts = parts[1:]  # «первого филиала ...», «нового центра ...»
    if len(parts) > 2 and parts[-1].isascii() and parts[-1][:1].isupper() and not (
            parts[-2].isascii()):
        parts, short = parts[:-1], parts[-1]
    raw = " ".join(parts)
    if raw[:1] in "«\"" and raw[-1:] in "»\"" and _outer_quotes(raw):
        raw = raw[1:-1]  # «СК-Фармация», «НК «...»»: a name given in quotes alone
    name = without_legal_form(head_phrase_nominative(_balanced(raw.strip(" ,.;:–—-"))))
    if name[:1] == "«" and name[-1:] == "»" and _outer_quotes(name):
        name = name[1:-1]
    first, _space, rest = name.partition(" ")
    if rest and lemma(first) in words("lexicon", "descriptor_heads") and (
            rest[:1].isupper() or rest[:1] in "«\""):
        name = rest.strip("«»\"")  # «компания Masdar» is Masdar: the word only describes it
    quoted = _DESCRIBED.search(name)
    if quoted and lemma(quoted.group(1)) in words("lexicon", "descriptor_heads"):
        name = quoted.group(2)  # «одной из ведущих компаний «X»», «российской компанией "X"»
    return name[:1].upper() + name[1:], short


def _balanced(name: str) -> str:
    if name.count("«") > name.count("»"):
        return name + "»" * (name.count("«") - name.count("»"))
    return name


@cache
def outlets() -> frozenset[str]:
    return frozenset(core_key(o) for o in load("lexicon")["outlets"])


def is_outlet(name: str, context_before: str) -> bool:
    key = core_key(name)
    known = outlets()
    if key in known or re.sub(r"^(?:иа|ia|миа)\s+", "", key) in known:
        return True
    before = context_before[-40:].casefold()
    return any(before.rstrip(" ,«\"").endswith(cue) for cue in words("lexicon", "outlet_cues"))


def _outer_quotes(raw: str) -> bool:
    """The first quote closes only at the very end («НК «Продкорпорация»», not «A» и «B»)."""
    if raw[0] == '"':
        return raw.count('"') == 2
    depth = 0
    for i, c in enumerate(raw):
        depth += (c == "«") - (c == "»")
        if depth == 0:
            return i == len(raw) - 1
    return False


def _after_inner_legal_form(raw: str) -> str:
    """«Дочерняя компания холдинга «КазАгро» АО «НК «...»»»: the description before a legal form
    is not the name; the company's own name follows the form."""
    forms = set(load("morph")["legal_forms"])
    parts = raw.split()
    for i, part in enumerate(parts[1:], 1):
        if part in forms and i + 1 < len(parts) and parts[i + 1][:1] in "«\"":
            return " ".join(parts[i:])
    return raw


def _without_title(parts: list[str]) -> list[str]:
    """«Председателя Правления-Ректора КазНУ» tagged as one name: the title words go."""
    heads, modifiers = words("lexicon", "title_heads"), words("lexicon", "title_modifiers")
    boards = words("lexicon", "board_words")
    start = cut = 0
    while start < len(parts) - 1:
        pieces = [lemma(piece) for piece in parts[start].split("-")]
        if not all(p in heads or p in modifiers or p in boards for p in pieces):
            break
        start += 1
        if any(p in heads or p in boards for p in pieces):
            cut = start  # only a run with a title word in it is a title («технический» alone
                         # begins «Технический университет»)
    return parts[cut:]


def _listed_name(mentions: SentenceMentions, span: tuple[int, int]) -> str:
    """«Стамбульский» + университет → «Стамбульский университет», «Осман Гази» → «Университет
    Осман Гази»: an adjective goes before the shared noun, a name after it."""
    head = mentions.listed[span]
    item = mentions.text_of(span)
    first = mentions.tokens[span[0]]
    if span[1] - span[0] == 1 and first.is_pos("ADJF"):
        return f"{head_phrase_nominative(item + ' ' + head)}"
    return f"{head[:1].upper()}{head[1:]} {item}"


def _dropped(name: str, before: str) -> bool:
    """Outlets, venues, sectors («АПК»), a bare quoted title and adjectives with no noun
    («Национального исследовательского», a masthead cut in two) are not organizations."""
    return (not name or len(name) < 2 or name[:1] in "«\"" or is_outlet(name, before)
            or _is_venue(name) or name.casefold() in words("lexicon", "not_organizations")
            or _adjectives_only(name)
            or any(lemma(w) in words("lexicon", "not_organization_heads") for w in name.split()))


def _adjectives_only(name: str) -> bool:
    parts = name.split()
    return all(p.isalpha() and p[1:].islower() and any(
        q.tag.POS == "ADJF" for q in parses(p.casefold())[:1]) for p in parts)


def _cut_off(mentions: SentenceMentions, span: tuple[int, int]) -> bool:
    """A name running into the cut-off end of a stored excerpt is not whole."""
    return not mentions.sentence.complete and span[1] == len(mentions.tokens)


def expand_abbreviations(name: str) -> str:
    """«Посольство Японии в РК» → «Посольство Японии в Казахстане»: a body implied by a title
    is named in full, the way the body itself is named."""
    table: dict[str, dict[str, str]] = load("lexicon")["abbreviations"]
    parts = name.split()
    out = []
    for i, part in enumerate(parts):
        forms = table.get(part)
        if forms is None:
            out.append(part)
        else:
            out.append(forms["loct"] if i and parts[i - 1].casefold() in ("в", "во") else
                       forms["gent"])
    return " ".join(out)


def _without_board(raw: str) -> str:
    """«Правления НАО НАНОЦ»: the board of a body stands for the body."""
    lowered = raw.casefold()
    for board in sorted(words("lexicon", "board_words"), key=len, reverse=True):
        stem = board[:-2]
        if lowered.startswith(stem) and " " in raw:
            rest = raw.split(" ", len(board.split()))[-1]
            if rest[:1].isupper():
                return rest
    return raw


def _inside_title(span: tuple[int, int], sentence: int, titles: set) -> bool:
    return any(index == sentence and title[0] <= span[0] and span[1] <= title[1]
               for index, title in titles)


def _is_venue(name: str) -> bool:
    first = name.split()[0].casefold() if name.split() else ""
    return any(first.startswith(v) for v in words("lexicon", "venue_heads"))


def organization_mentions(
    sentences: list[SentenceMentions], people: list[Person], known: KnownNames
) -> list[OrganizationMention]:
    heads = load("lexicon")["organization_heads"]
    titles = {(p.mentions.index, p.title_span) for p in people if p.title_span}
    found: list[OrganizationMention] = []
    for mentions in sentences:
        for span in mentions.organizations:
            raw = mentions.text_of(span)
            before = mentions.sentence.text[: mentions.tokens[span[0]].start
                                             - mentions.sentence.start]
            if raw == raw.lower() and _inside_title(span, mentions.index, titles):
                continue  # «представитель департамента ...»: a unit named in a title
            if _cut_off(mentions, span):
                continue
            if span in mentions.listed:
                raw = _listed_name(mentions, span)
            plural = split_plural(mentions.tokens[span[0] : span[1]])
            for piece in plural or [raw]:
                if plural:
                    piece = f"{mentions.tokens[span[0]].lemma} {piece}"
                name, short = organization_name(_without_board(piece))
                if _dropped(name, before):
                    continue
                head = next((t.lemma for t in mentions.tokens[span[0]:span[1]] if t.lemma in heads),
                            None)
                found.append(OrganizationMention(
                    name=name, start=mentions.tokens[span[0]].start,
                    end=mentions.tokens[span[1] - 1].end, kind=heads.get(head or ""),
                    country=_country(name), short_name=short,
                    aliases=[short] if short else [], sentence=mentions.index,
                ))

    for person in people:
        if person.implied and not person.head_of_state:
            first = person.mentions.tokens[person.title_span[0]] if person.title_span else None
            start = first.start if first else 0
            name = expand_abbreviations(person.implied)
            found.append(OrganizationMention(
                name=name, start=start, end=start, kind="government",
                country=_country(name), sentence=person.mentions.index, derived=True,
            ))
    found += known_mentions(sentences, known, found)
    _join_variants(found, known)
    return found


def _country(name: str) -> str | None:
    countries: dict[str, str] = load("lexicon")["country_words"]
    for word in re.findall(r"\w+", name):
        code = countries.get(lemma(word)) or countries.get(word.casefold())
        if code:
            return code
    return None


def _join_variants(found: list[OrganizationMention], known: KnownNames) -> None:
    """Spellings of one organization told to merge: known records, acronyms, implied bodies."""
    known_keys = {core_key(s): k for k in known.organizations for s in k.spellings()}
    full = [m for m in _distinct(found) if len(m.name.split()) > 1 and not m.derived]
    for mention in found:
        record = known_keys.get(core_key(mention.name))
        if record is not None:
            mention.same_as.extend(record.spellings())
        if mention.derived:
            longer = next((m.name for m in full if m.name.startswith(mention.name + " ")), None)
            if longer:
                mention.same_as.append(longer)
        elif _acronym_like(mention.name):
            expanded = next((m for m in full if abbreviates(mention.name, m.name)), None)
            if expanded is not None:
                mention.same_as.append(expanded.name)
        elif _inner_acronym_of(mention.name, full):
            mention.same_as.append(_inner_acronym_of(mention.name, full) or "")
        elif len(mention.name.split()) > 1:
            # «Европейская организация» shortens «Европейская организация по ядерным
            # исследованиям», «Томский политехнический университет» its longer official name.
            longer = next((m.name for m in full if m.name != mention.name and (
                m.name.startswith(mention.name + " ") or m.name.endswith(" " + mention.name)
                or _shortens(mention.name, m.name))), None)
            if longer:
                mention.same_as.append(longer)


def _inner_acronym_of(name: str, full: list[OrganizationMention]) -> str | None:
    """«Казахстанский филиал МГУ» for «Казахстанский филиал Московского государственного
    университета ...»: the same words, then an acronym of the rest."""
    words_ = name.split()
    at = next((i for i, w in enumerate(words_) if i and _acronym_like(w)), None)
    if at is None or at != len(words_) - 1:
        return None
    head = [w.casefold() for w in words_[:at]]
    for other in full:
        parts = other.name.split()
        if len(parts) > at + 1 and [w.casefold() for w in parts[:at]] == head and _consume(
                words_[at].casefold(), [p.casefold() for p in parts[at:]
                                        if p.casefold() not in _SMALL]):
            return other.name
    return None


def _shortens(short: str, long: str) -> bool:
    """«Алтайский университет» for «Алтайский государственный университет»: the same first
    and last word, the short form's words all in the long one in order."""
    a, b = short.casefold().split(), long.casefold().split()
    if len(a) < 2 or len(a) >= len(b) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    position = 0
    for word in a:
        while position < len(b) and b[position] != word:
            position += 1
        if position == len(b):
            return False
        position += 1
    return True


def _distinct(found: list[OrganizationMention]) -> list[OrganizationMention]:
    """One mention per name, so the joins above stay linear in a long text's repeats."""
    return list({m.name: m for m in found}.values())


def _acronym_like(name: str) -> bool:
    first = name.split()[0]
    return sum(c.isupper() for c in first) >= 2 and len(first) <= 10


def abbreviates(acronym: str, name: str) -> bool:
    """КазНУ for «Казахский национальный университет», ТПУ for «... Томский политехнический
    университет»: the acronym's letters start the name's words in order, a word giving one or
    more first letters, leading words («Национальный исследовательский») allowed to be skipped."""
    letters = acronym.split()[0].casefold()
    parts = [p for w in name.translate(_QUOTES).split() if w.casefold() not in _SMALL
             for p in w.split("-") if p]
    for skip in range(len(parts)):
        if _consume(letters, [p.casefold() for p in parts[skip:]]):
            return True
    return False


def _consume(letters: str, parts: list[str]) -> bool:
    if not letters:
        return True
    if not parts or parts[0][:1] != letters[0]:
        return False
    word = parts[0]
    for take in range(min(len(word), len(letters)), 0, -1):
        if word[:take] == letters[:take] and _consume(letters[take:], parts[1:]):
            return True
    return False


def merge(found: list[OrganizationMention]) -> tuple[list[DraftOrganization], dict[str, str]]:
    return merge_organizations(found, core_key)
