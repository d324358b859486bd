"""Part of the resolve stage: the spellings of one organization told to join.

The key two spellings share («Правительство РК» and «Правительство Республики Казахстан»); an
acronym and its long form («КазНУ», «КМГ» of «КазМунайГаз», «КТЖ» of «Қазақстан темір жолы»); a
ministry's contracted name («Минфин»); a body implied by a title and the same body named in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kztracker.importing.extract.gazetteer import KnownName, KnownNames
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.acronym_letters import (
    SMALL_WORDS,
    acronym_led_by,
    acronym_like,
    fold_kazakh,
    inner_acronym_of,
    spells,
)
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.normalize import lemma, without_legal_form
from kztracker.normalize import name_key

_QUOTES = str.maketrans("", "", '«»"“”„')
# «КазМунайГаз» → Каз Мунай Газ: each capital inside a word starts a part an acronym may use.
_CAMEL = re.compile(r"(?<=[a-zа-яёәғқңөұүһі])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_IN = tuple(load("lexicon")["in_forms"])  # «в», «во»: a place in the prepositional follows
_LAST_QUOTED = re.compile(r"\s«([^«»]{3,})»+$")


@cache
def core_key(name: str) -> str:
    """The key two spellings of one organization share: no legal form, no quotes, no case."""
    # «Правительство РК» and «Правительство Республики Казахстан» are one body, «НК «ҚТЖ»» and
    # «НК «КТЖ»» too: a page writes a Kazakh name with or without its Kazakh letters.
    return fold_kazakh(
        name_key(
            without_legal_form(expand_abbreviations(name.translate(_QUOTES))).replace("ё", "е")
        )
    )


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
            out.append(forms["loct"] if i and parts[i - 1].casefold() in _IN else forms["gent"])
    return " ".join(out)


def join_variants(found: list[OrganizationMention], known: KnownNames) -> None:
    """Spellings of one organization told to merge: known records, acronyms, implied bodies."""
    written = _written_names(found, known)
    for mention in found:
        _join_known_record(mention, written)
        _join_without_status_or_case(mention, written)
        _join_short_form(mention, written)


@dataclass
class _Written:
    """The names one text writes, gathered once before any of its mentions is joined."""

    known_keys: dict[str, KnownName]  # a known record by the core key of each of its spellings
    distinct: list[OrganizationMention]  # one mention per name
    full: list[OrganizationMention]  # the names of two words or more the text itself writes
    spelled: list[OrganizationMention]  # the names a short form or an acronym may stand for
    bare: dict[str, str]  # each name by its core key
    quoted: dict[str, str]  # a name by the core key of the quoted name it ends on
    # The longer name each name is cut from, looked up once per name: a long text repeats its
    # names, and each look-up reads every full name the text writes.
    cut_from: dict[str, str | None] = field(default_factory=dict)


def _written_names(found: list[OrganizationMention], known: KnownNames) -> _Written:
    """What a mention may join: the known records' spellings and the names the text writes,
    each kind of name a short form may stand for in a list or a key of its own."""
    known_keys = {core_key(s): k for k in known.organizations for s in k.spellings()}
    distinct = _distinct(found)
    full = [m for m in distinct if len(m.name.split()) > 1 and not m.derived]
    # A body implied by a title («министр иностранных дел» → the ministry) can be what a short
    # form («МИД», «Минфин») elsewhere in the text stands for.
    spelled = [m for m in distinct if len(m.name.split()) > 1 or _CAMEL.search(m.name)]
    bare = {core_key(m.name): m.name for m in distinct}
    # «КазМунайГаз» of «Национальная компания «КазМунайГаз»»: the quoted part stands for it too
    quoted = {core_key(q.group(1)): m.name for m in distinct if (q := _LAST_QUOTED.search(m.name))}
    return _Written(known_keys, distinct, full, spelled, bare, quoted)


def _join_known_record(mention: OrganizationMention, written: _Written) -> None:
    """A name the database knows joins every spelling of that record, so the mention finds it
    whichever spelling the record was saved under."""
    record = written.known_keys.get(core_key(mention.name))
    if record is not None:
        mention.same_as.extend(record.spellings())


def _join_without_status_or_case(mention: OrganizationMention, written: _Written) -> None:
    """«КазМунайГаз» joins «НК «КазМунайГаз»», the longer name whose quoted part it is; else
    «НК «КазМунайГаз»» and «КазМунайГаза» join «КазМунайГаз» the text writes bare: the name
    without its status word or case ending is the name the text writes that way."""
    plain = (
        _without_status(mention.name)
        or _declined_word(mention.name, {**written.quoted, **written.bare})
        or mention.name
    )
    if written.quoted.get(core_key(plain), mention.name) != mention.name:
        mention.same_as.append(written.quoted[core_key(plain)])
    elif plain != mention.name and core_key(plain) in written.bare:
        # «НК «КазМунайГаз»» and «КазМунайГаз»
        mention.same_as.append(written.bare[core_key(plain)])


def _join_short_form(mention: OrganizationMention, written: _Written) -> None:
    """The one way the name may shorten another the text writes, the first that fits in this
    order: a body implied by a title, a ministry's contracted name, a brand in capitals, an
    acronym, a name ending in an acronym, a body that stands alone, a name cut short."""
    if mention.derived:
        _join_implied_body(mention, written)
    elif expansion := _contracted(mention.name):
        _join_contracted(mention, expansion, written.spelled)
    elif brand := _in_capitals(mention.name, written.spelled):
        _written_as(mention, brand)  # «ALMATEX» for «Almatex Group»
    elif acronym_like(mention.name):
        _written_as(
            mention, next((m for m in written.spelled if abbreviates(mention.name, m.name)), None)
        )
    elif inner := inner_acronym_of(mention.name, written.full):
        mention.same_as.append(inner)
    elif lemma(mention.name.casefold()) in words("lexicon", "standalone_heads"):
        _join_standalone_head(mention, written.full)
    elif len(mention.name.split()) > 1:
        _join_cut_short(mention, written)


def _join_implied_body(mention: OrganizationMention, written: _Written) -> None:
    """A body implied by a title joins the first longer name that starts with it, that it
    shortens, or that starts with it once both are made plain."""
    # «аким области» → «Акимат области», the «Акимат Карагандинской области» named
    # another title's body counts too: «консул Казахстана» joins «консул Казахстана в
    # Екатеринбурге» told later without a name
    # (taken anew for each mention: an implied body a short form joined is implied no longer)
    implied = [m for m in written.distinct if m.derived and len(m.name.split()) > 1]
    longer = next(
        (
            m.name
            for m in written.full + implied
            if m.name.startswith(mention.name + " ")
            or _shortens(mention.name, m.name)
            or _plain(m.name).startswith(_plain(mention.name) + " ")
        ),
        None,
    )
    if longer:
        mention.same_as.append(longer)


def _join_contracted(
    mention: OrganizationMention, expansion: str, spelled: list[OrganizationMention]
) -> None:
    """«Минэнерго» joins the first name that starts with the ministry's full name (its
    expansion), the same made plain, or the contracted name itself."""
    # «Генконсульство Казахстана» for «Генеральное консульство Республики Казахстан»: the
    # country written either way (data: name_variants)
    _written_as(
        mention,
        next(
            (
                m
                for m in spelled
                if m.name.casefold().startswith(expansion)
                or _plain(m.name).startswith(_plain(expansion))
                or m.name.startswith(mention.name + " ")  # «Минэнерго России»
            ),
            None,
        ),
    )


def _join_standalone_head(mention: OrganizationMention, full: list[OrganizationMention]) -> None:
    """A body named by its type noun alone joins the longer name it opens, when only one does."""
    # «Сенат» for «Сенат Парламента Республики Казахстан» named once in full
    fuller = {m.name for m in full if m.name.startswith(mention.name + " ")}
    if len(fuller) == 1:
        mention.same_as.append(fuller.pop())


def _join_cut_short(mention: OrganizationMention, written: _Written) -> None:
    """A name of two words or more joins the longer name it is cut from: the official one the
    text writes in full, then one with a city word, then an acronym its words start."""
    name = mention.name
    if name not in written.cut_from:
        written.cut_from[name] = (
            _longer_official_name(name, written.full)
            or next((m.name for m in written.distinct if _city_named_short(name, m.name)), None)
            or acronym_led_by(name, written.distinct)
        )
    longer = written.cut_from[name]
    if longer:
        mention.same_as.append(longer)


def _longer_official_name(name: str, full: list[OrganizationMention]) -> str | None:
    """The first other full name that adds words before, after or inside the name, or that is
    the same name once spelling variants, a moved country or a left-out parent body are set
    aside."""
    # «Европейская организация» shortens «Европейская организация по ядерным
    # исследованиям», «Томский политехнический университет» its longer official name.
    plain = _plain(name)
    return next(
        (
            m.name
            for m in full
            if m.name != name
            and (
                m.name.startswith(name + " ")
                or m.name.endswith(" " + name)
                or _shortens(name, m.name)
                or _plain(m.name) == plain
                or _plain(m.name).startswith(plain + " ")
                or _plain(m.name).endswith(" " + plain)
                or _plain(m.name) == _country_moved(plain)
                or _parent_left_out(plain, _plain(m.name))
            )
        ),
        None,
    )


def _parent_left_out(short: str, long: str) -> bool:
    """«Национальный центр Казахстана» for «Национальный центр Министерства здравоохранения
    Республики Казахстан»: the same words and country, the long name adding the body it belongs
    to (one opening with an organization noun) between them (both names made plain first)."""
    a, b = short.split(), long.split()
    countries = load("lexicon")["country_words"]
    return (
        len(a) >= 3
        and len(b) > len(a)
        and b[: len(a) - 1] == a[:-1]
        and b[-1] == a[-1]
        and lemma(a[-1]) in countries
        and lemma(b[len(a) - 1]) in load("lexicon")["organization_heads"]
    )


def _country_moved(plain: str) -> str:
    """«китайское географическое общество» → «географическое общество китая»: a country's
    adjective opening a name says what the country's name after it does (data: lexicon
    country_adjectives); "" for any other name."""
    first, _space, rest = plain.partition(" ")
    country = load("lexicon")["country_adjectives"].get(lemma(first))
    return f"{rest} {country}" if country and rest else ""


@cache
def _plain(name: str) -> str:
    """The name with its spelling variants made one: «им.» is «имени», «Республики Казахстан»
    is «Казахстана» (data: name_variants), quotes and case set aside."""
    out = " " + name.translate(_QUOTES).casefold().replace("ё", "е") + " "
    for variant, plain in load("lexicon")["name_variants"].items():
        out = out.replace(f" {variant} ", f" {plain} ")
    return " ".join(out.split())


def _written_as(short: OrganizationMention, full: OrganizationMention | None) -> None:
    """The short form joins the full name; a body implied by a title that the text also writes
    short («министр иностранных дел» and «МИД») counts as written, so its full name is kept."""
    if full is None:
        return
    short.same_as.append(full.name)
    full.derived = False


def _contracted(name: str) -> str:
    """«Минэнерго», «Минфина»: the start of the ministry's full name, or "" for other names;
    «Минздрав Узбекистана» keeps the country after it («министерство здравоохранения
    узбекистана»)."""
    table: dict[str, str] = load("lexicon")["contracted_names"]
    first, _space, rest = name.casefold().partition(" ")
    expansion = table.get(first) or table.get(lemma(first)) or ""
    return f"{expansion} {rest}".strip() if expansion else ""


_NAMED_AFTER = re.compile(r"\s+(?:" + "|".join(load("lexicon")["named_after_words"]) + r")\s.*$")


def _shortens(short: str, long: str) -> bool:
    """«Алтайский университет» for «Алтайский государственный университет»: the same first
    and last word, the short form's words all in the long one in order; the name it bears
    («... университет им. М.В. Ломоносова») is left out of the long one's last word."""
    a, b = short.casefold().split(), _NAMED_AFTER.sub("", long.casefold()).split()
    status = words("lexicon", "status_adjectives")
    while len(b) > 2 and b[0] in status and a[:1] != b[:1]:
        b = b[1:]  # «Национальный исследовательский Саратовский ... университет»
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


def _city_named_short(short: str, long: str) -> bool:
    """«Акимат Астаны» for «Акимат города Астана», one body: the long name has only a word for
    a city before the city's name (data: city_words), which it may leave in the nominative."""
    a, b = short.casefold().split(), long.casefold().split()
    return (
        len(b) == len(a) + 1
        and b[-2] in words("lexicon", "city_words")
        and a[:-1] == b[:-2]
        and lemma(a[-1]) == lemma(b[-1])
    )


def _distinct(found: list[OrganizationMention]) -> list[OrganizationMention]:
    """One mention per name, so the joins above stay linear in a long text's repeats."""
    return list({m.name: m for m in found}.values())


def _in_capitals(name: str, spelled: list[OrganizationMention]) -> OrganizationMention | None:
    """«группа компаний «ALMATEX»» beside «Almatex Group»: a one-word name in capitals is the
    brand that opens a longer name, written as some texts write brands."""
    if " " in name or not name.isupper() or len(name) < 4:
        return None
    return next((m for m in spelled if m.name.split()[0].casefold() == name.casefold()), None)


def abbreviates(acronym: str, name: str) -> bool:
    """КазНУ for «Казахский национальный университет», ТПУ for «... Томский политехнический
    университет»: the acronym's letters start the name's words in order, a word giving one or
    more first letters, leading words («Национальный исследовательский») allowed to be skipped."""
    letters = fold_kazakh(acronym.split()[0].casefold())
    parts = [
        p
        for w in name.translate(_QUOTES).split()
        if w.casefold() not in SMALL_WORDS
        for piece in _CAMEL.split(w)
        for p in piece.split("-")
        if p
    ]
    for skip in range(len(parts)):
        if spells(letters, [fold_kazakh(p.casefold()) for p in parts[skip:]]):
            return True
    return False


def _declined_word(name: str, bare: dict[str, str]) -> str | None:
    """«КазМунайГаза» beside «КазМунайГаз»: a one-word name the dictionary cannot decline, with a
    case ending after a name the text also gives bare, is that name."""
    if " " in name:
        return None
    for ending in load("morph")["acronym_case_endings"]:
        stem = name[: -len(ending)]
        if name.endswith(ending) and len(stem) >= 3 and core_key(stem) in bare:
            return stem
    return None


def _without_status(name: str) -> str | None:
    """«НК «КазМунайГаз»» → «КазМунайГаз»: a status word before a quoted name (data: lexicon
    status_prefixes) is no part of what the text calls the body elsewhere."""
    match = re.match(r"^(\S+)\s+[«\"](.+)[»\"]$", name)
    if match is None or match.group(1).casefold() not in words("lexicon", "status_prefixes"):
        return None
    return match.group(2)
