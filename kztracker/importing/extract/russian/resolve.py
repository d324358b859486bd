"""The resolve stage: mentions become organizations and people, one record per real thing.

Names are put in the nominative first; then the pieces of one organization join: the spellings
the database already knows, an acronym and its long form («КазНУ» and «Казахский национальный
университет»), «X (ACR)», a body implied by a title and the same body named in full. Outlets that
only report the story («сообщает Казинформ») and venues are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kztracker.importing.draft import DraftOrganization
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.merge import merge_organizations
from kztracker.importing.extract.russian.bare_titles import bare_title_bodies
from kztracker.importing.extract.russian.gazetteer import known_mentions
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions, split_plural
from kztracker.importing.extract.russian.non_partners import (
    is_media_name,
    is_no_partner,
    is_outlet,
    is_site_name,
    named_by_kind,
    on_a_line_of_its_own,
    runs_on,
    site_names,
)
from kztracker.importing.extract.russian.normalize import head_phrase_nominative, lemma
from kztracker.importing.extract.russian.org_names import organization_name
from kztracker.importing.extract.russian.people import Person
from kztracker.importing.extract.russian.region_lists import adjective_with_noun
from kztracker.importing.extract.russian.short_forms import (
    core_key,
    expand_abbreviations,
    join_variants,
)
from kztracker.importing.extract.russian.signing_places import regions_as_bodies


def _listed_name(mentions: SentenceMentions, span: tuple[int, int]) -> str:
    """«Стамбульский» + университет → «Стамбульский университет», «Осман Гази» → «Университет
    Осман Гази»: an adjective goes before the shared noun, a name after it."""
    head = mentions.listed[span]
    item = mentions.text_of(span)
    first = mentions.tokens[span[0]]
    if span[1] - span[0] == 1 and first.is_pos("ADJF"):
        agreeing = (
            adjective_with_noun(first, head) if head in words("regions", "region_nouns") else None
        )
        return agreeing or f"{head_phrase_nominative(item + ' ' + head)}"
    return f"{head[:1].upper()}{head[1:]} {item}"


def _cut_off(mentions: SentenceMentions, span: tuple[int, int]) -> bool:
    """A name running into the cut-off end of a stored excerpt is not whole."""
    return not mentions.sentence.complete and span[1] == len(mentions.tokens)


def _completed(mentions: SentenceMentions, span: tuple[int, int]) -> str | None:
    """«Казахстанский аграрный унив» at the cut-off end of an excerpt: when the cut word begins
    one type noun only, that noun is the word the name ends on, and the name is whole."""
    if not _cut_off(mentions, span) or span[1] - span[0] < 2:
        return None
    last = mentions.tokens[span[1] - 1].text
    if len(last) < 3 or not last.isalpha() or not last.islower():
        return None
    heads = [h for h in load("lexicon")["organization_heads"] if h.startswith(last) and h != last]
    if len(heads) != 1:
        return None
    raw = mentions.text_of(span)
    return raw[: len(raw) - len(last)] + heads[0]


def _dateline_place(mentions: SentenceMentions, span: tuple[int, int]) -> bool:
    """«НУР-СУЛТАН, 21 янв - ...», «АСТАНА. 5 мая»: a city in capitals opening a dateline."""
    raw = mentions.text_of(span)
    after = mentions.sentence.text[mentions.tokens[span[1] - 1].end - mentions.sentence.start :]
    return span[0] == 0 and raw.isupper() and re.match(r"\s*[,.]\s*\d", after) is not None


def _without_board(raw: str) -> str:
    """«Правления НАО НАНОЦ»: the board of a body stands for the body."""
    parts = raw.split()
    for board in sorted(words("lexicon", "board_words"), key=len, reverse=True):
        stems = [w[:-2] for w in board.split()]  # «Наблюдательного совета»: each word inflected
        if len(parts) > len(stems) and all(
            p.casefold().startswith(s) for p, s in zip(parts, stems, strict=False)
        ):
            rest = raw.split(" ", len(stems))[-1]
            if rest[:1].isupper():
                return rest
    return raw


def _inside_title(span: tuple[int, int], sentence: int, titles: set) -> bool:
    return any(
        index == sentence and title[0] <= span[0] and span[1] <= title[1] for index, title in titles
    )


def organization_mentions(
    sentences: list[SentenceMentions], people: list[Person], known: KnownNames
) -> list[OrganizationMention]:
    """The organizations the text names, implies by a title or writes as a known record, each
    told which other spellings it joins; outlets, mastheads and site names left out."""
    titles = {(p.mentions.index, p.title_span) for p in people if p.title_span}
    read = _ReadNames()
    for mentions in sentences:
        for span in mentions.organizations:
            _read_span(mentions, span, titles, read)
    found = _actors_only(read, sentences)
    found += _implied_bodies(people)
    found += _bare_title_bodies(sentences, titles, found)
    found += known_mentions(sentences, known, found)
    join_variants(found, known)
    return found


@dataclass
class _ReadNames:
    """The names the sentences write, and what the article shows of each: whether an outlet
    reports in it, whether it stands on a line of its own or in the story."""

    found: list[OrganizationMention] = field(default_factory=list)
    # keys of outlets seen reporting, with their short forms
    reporting: set[str] = field(default_factory=set)
    # keys of names written on a line of their own
    by_itself: set[str] = field(default_factory=set)
    in_story: set[str] = field(default_factory=set)


def _read_span(
    mentions: SentenceMentions, span: Range, titles: set[tuple[int, Range]], read: _ReadNames
) -> None:
    """One organization span of a sentence: its whole name, then each body it names (one per
    country of a plural «правительствами Казахстана и Китая»)."""
    raw = _whole_name(mentions, span, titles)
    if raw is None:
        return
    before = mentions.sentence.text[: mentions.tokens[span[0]].start - mentions.sentence.start]
    alone = on_a_line_of_its_own(mentions.sentence.text, _offsets(mentions, span))
    for piece in _pieces(mentions, span, raw):
        _read_piece(mentions, span, piece, before, alone, read)


def _whole_name(
    mentions: SentenceMentions, span: Range, titles: set[tuple[int, Range]]
) -> str | None:
    """The span's name as written, completed or with its listed head noun; None for a span that
    names no body: a unit inside a title, a name cut off, a dateline's city, a credit, a name
    that what follows shows to be part of something else (a web domain, «SPA-салон»)."""
    raw = mentions.text_of(span)
    if raw == raw.lower() and _inside_title(span, mentions.index, titles):
        return None  # «представитель департамента ...»: a unit named in a title
    completed = _completed(mentions, span)
    if (
        completed is None
        and _cut_off(mentions, span)
        or _dateline_place(mentions, span)
        or _credit(mentions, span)
        or runs_on(raw, _after(mentions, span))
    ):
        return None
    raw = completed or raw
    if span in mentions.listed:
        raw = _listed_name(mentions, span)
    return raw


def _pieces(mentions: SentenceMentions, span: Range, raw: str) -> list[str]:
    """«правительствами Казахстана и Китая» → «правительство Казахстана», «правительство
    Китая»: a plural body shared by several countries is one body each; any other name is
    itself."""
    plural = split_plural(mentions.tokens[span[0] : span[1]])
    if not plural:
        return [raw]
    return [f"{mentions.tokens[span[0]].lemma} {piece}" for piece in plural]


def _read_piece(
    mentions: SentenceMentions,
    span: Range,
    piece: str,
    before: str,
    alone: bool,
    read: _ReadNames,
) -> None:
    """One body's name: an outlet reporting is noted first (it goes wherever else it is named),
    then a media name outside a signing and a name that is no partner are dropped; any other
    becomes a mention, noted as on a line of its own or in the story."""
    name, short = organization_name(_without_board(piece))
    if name and is_outlet(name, before) and (is_media_name(name) or named_by_kind(before)):
        read.reporting |= {core_key(n) for n in (name, short) if n}
    if name and is_media_name(name) and not _signing(mentions):
        return  # «на сайте информационного агентства X»: it reports here; an
        # agency that signs a document elsewhere in the text is still a side there
    if is_no_partner(name, before, piece) or left_bare(piece, name):
        return
    (read.by_itself if alone else read.in_story).add(core_key(name))
    read.found.append(_mention(mentions, span, name, short))


def _mention(
    mentions: SentenceMentions, span: Range, name: str, short: str | None
) -> OrganizationMention:
    """The mention of a name the text writes, its kind taken from the span's type noun."""
    heads = load("lexicon")["organization_heads"]
    head = next((t.lemma for t in mentions.tokens[span[0] : span[1]] if t.lemma in heads), None)
    return OrganizationMention(
        name=name,
        start=mentions.tokens[span[0]].start,
        end=mentions.tokens[span[1] - 1].end,
        kind=heads.get(head or ""),
        country=_country(name),
        short_name=short,
        aliases=[short] if short else [],
        sentence=mentions.index,
    )


def _actors_only(read: _ReadNames, sentences: list[SentenceMentions]) -> list[OrganizationMention]:
    """The written mentions less the names that only report the story or only frame the page."""
    found = read.found
    # «сообщает агентство (УзТАГ)»: the outlet reports wherever else it is named (a dateline).
    found = [
        m for m in found if not read.reporting & {core_key(n) for n in (m.name, m.short_name) if n}
    ]
    # A name only ever on a line of its own is a masthead, a menu item or a footer, no actor.
    found = [m for m in found if core_key(m.name) not in read.by_itself - read.in_story]
    sites = site_names(" ".join(m.sentence.text for m in sentences))
    return [m for m in found if not is_site_name(m.name, sites)]


def _implied_bodies(people: list[Person]) -> list[OrganizationMention]:
    """The bodies people's titles imply («министр финансов» → the ministry), a head of state's
    title aside, each at the start of its title."""
    bodies: list[OrganizationMention] = []
    for person in people:
        if person.implied and not person.head_of_state:
            first = person.mentions.tokens[person.title_span[0]] if person.title_span else None
            start = first.start if first else 0
            name = expand_abbreviations(person.implied)
            bodies.append(
                OrganizationMention(
                    name=name,
                    start=start,
                    end=start,
                    kind="government",
                    country=_country(name),
                    sentence=person.mentions.index,
                    derived=True,
                )
            )
    return bodies


def _bare_title_bodies(
    sentences: list[SentenceMentions],
    titles: set[tuple[int, Range]],
    found: list[OrganizationMention],
) -> list[OrganizationMention]:
    """The bodies of titles no person bears that no mention `found` names yet, with their
    country."""
    bodies = bare_title_bodies(sentences, titles, [m.name for m in found])
    for bare in bodies:
        bare.country = _country(bare.name)
    return bodies


def left_bare(written: str, name: str) -> bool:
    """«Почетного Профессора университета» once the title goes: a type noun alone, left of a
    longer phrase, names no body (a standalone one, «Сенат», does)."""
    word = lemma(name.casefold())
    return (
        len(written.split()) > 1
        and " " not in name
        and word in load("lexicon")["organization_heads"]
        and word not in words("lexicon", "standalone_heads")
    )


def _signing(mentions: SentenceMentions) -> bool:
    """The sentence tells of a document or its signing (a lemma of either)."""
    found = words("lexicon", "sign_lemmas") | set(load("lexicon")["agreement_lemmas"])
    return any(t.lemma in found for t in mentions.tokens)


def _offsets(mentions: SentenceMentions, span: Range) -> tuple[int, int]:
    """The mention's character range inside its sentence's text."""
    start = mentions.sentence.start
    return mentions.tokens[span[0]].start - start, mentions.tokens[span[1] - 1].end - start


def _credit(mentions: SentenceMentions, span: Range) -> bool:
    """«– Агентство по атомной энергии Казахстана» on a line of its own: the source a quote or
    a page is credited to, which only reports."""
    text = mentions.sentence.text.strip()
    return text[:1] in "-–—" and text.lstrip("-–— ").rstrip(". ") == mentions.text_of(span)


def _after(mentions: SentenceMentions, span: Range) -> str:
    """The few characters of the sentence right after a mention (from its closing dot on, so
    «ВЕСТИ35.» keeps the dot of «ВЕСТИ35.РФ»)."""
    end = mentions.tokens[span[1] - 1].end - mentions.sentence.start
    end -= mentions.text_of(span).endswith(".")
    return mentions.sentence.text[end : end + 12]


def _country(name: str) -> str | None:
    countries: dict[str, str] = load("lexicon")["country_words"]
    # «Российской Федерации» is «России»: the country of a ministry written in full counts, so
    # two same-portfolio ministries of two countries are never folded into one
    plain = f" {name.casefold()} "
    for variant, short in load("lexicon")["name_variants"].items():
        plain = plain.replace(f" {variant} ", f" {short} ")
    for word in re.findall(r"\w+", plain):
        code = countries.get(lemma(word)) or countries.get(word.casefold())
        if code:
            return code
    return None


def merge(found: list[OrganizationMention]) -> tuple[list[DraftOrganization], dict[str, str]]:
    bodies = regions_as_bodies(found)
    organizations, names = merge_organizations(bodies, core_key, "ru")
    # a region renamed to the body the text names for it («Омская область» → «Правительство
    # Омской области») is that body wherever the region is a side
    for region, body in zip(found, bodies, strict=True):
        if region.name != body.name:
            names.setdefault(core_key(region.name), names.get(core_key(body.name), body.name))
    return organizations, names
