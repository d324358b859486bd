"""Russian names that are no partner however they read: outlets that only report, venues,
sectors, a legal form or adjectives alone, a body described only by another's kind, a bare quoted
title."""

from __future__ import annotations

import re
from functools import cache

from kztracker.importing.extract.russian.described_names import (
    after_brand,
    owned_by_no_one,
    parent_inside_unit,
    part_of_a_place,
)
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.normalize import (
    lemma,
    parses,
)
from kztracker.importing.extract.russian.short_forms import (
    core_key,
)
from kztracker.transliteration import latin_key, latin_keys

# «ИА Ромашка»: the abbreviation for a news agency before an outlet's name
_AGENCY_PREFIX = re.compile(r"^(?:" + "|".join(load("lexicon")["news_agency_prefixes"]) + r")\s+")
# «написал в Facebook», «на YouTube»: the preposition before a platform something is posted on
_POSTED_ON = re.compile(
    r"(?:^|\s)(?:" + "|".join(load("lexicon")["in_on_forms"]) + r")\s*$", re.IGNORECASE
)


@cache
def outlets() -> frozenset[str]:
    return frozenset(core_key(o) for o in load("lexicon")["outlets"])


def is_adjective(word: str) -> bool:
    return any(q.tag.POS == "ADJF" for q in parses(word.casefold())[:1])


def is_outlet(name: str, context_before: str) -> bool:
    key = core_key(name)
    known = outlets()
    if key in known or _AGENCY_PREFIX.sub("", key) in known:
        return True
    # «агентство Синьхуа», «газета Коммерсант»: a known outlet after the word for its kind
    first, _space, rest = name.partition(" ")
    kinds = words("lexicon", "outlet_kinds")
    if rest and lemma(first.casefold()) in kinds and core_key(rest) in known:
        return True
    before = context_before[-40:].casefold()
    if any(re.search(p, before.rstrip(' «"')) for p in load("lexicon")["outlet_kind_phrases"]):
        return True  # «информационное агентство «Дунё»»: named right after its kind
    if named_by_kind(before):
        before = before.rstrip(' ,«"').rsplit(" ", 1)[0]  # «сообщает издание Politico»
    return any(before.rstrip(' ,«"').endswith(cue) for cue in words("lexicon", "outlet_cues"))


def named_by_kind(before: str) -> bool:
    """The name comes right after the word for an outlet's kind («издание», «газета»)."""
    last = before.casefold().rstrip(' ,«"').rsplit(" ", 1)[-1]
    return bool(last) and lemma(last) in words("lexicon", "outlet_kinds")


def is_web_address(after: str) -> bool:
    """«рассказывали ВЕСТИ35.РФ»: a name followed by a web domain is a site, an outlet that only
    reports (a body acting in the story is not written as its address)."""
    match = re.match(r"[^\W_]*\.(\w+)", after)  # «ВЕСТИ» + «35.РФ»: the tagger cut the address
    return match is not None and match.group(1).casefold() in words("lexicon", "web_domains")


def runs_on(name: str, after: str) -> bool:
    """What follows a name shows it is part of something else: a web domain (the name is a
    site), or a lower-case type noun a Latin word describes («Check-in центр», «SPA-салон»,
    a kind of centre or salon; data: lexicon organization_heads, facility_heads)."""
    if is_web_address(after):
        return True
    word = re.match(r"[-\s]([а-яё]{3,})", after)
    heads = set(load("lexicon")["organization_heads"]) | words("lexicon", "facility_heads")
    return name.isascii() and word is not None and lemma(word.group(1)) in heads


def is_no_partner(name: str, before: str, written: str = "") -> bool:
    """Outlets, venues, sectors («АПК»), a bare quoted title and adjectives with no noun
    («Национального исследовательского», a masthead cut in two) are not organizations.
    `written`: the name as the text writes it (its capital inside a sentence names a body)."""
    return (
        not name
        or len(name) < 2
        or name[:1] in '«"'
        or is_outlet(name, before)
        or "." in name
        and is_web_address(name[name.rfind(".") :])  # «Sibnews.ru»
        or _is_venue(name)
        or _after_venue(before, "venue_heads")
        or _after_venue(before, "facility_heads")
        or _legal_form_only(name)
        or _after_venue(before, "event_name_heads")
        and not _headed(name)
        or _after_venue(before, "media_heads")
        and not _headed(name)
        or _posted_on(name, before)
        or name.casefold() in words("lexicon", "not_organizations")
        or lemma(name.casefold()) in words("lexicon", "board_words")
        or _adjectives_only(name)
        or _described_facility(name)
        or _kazakh_person(name)
        or any(lemma(w.casefold()) in words("lexicon", "pronoun_words") for w in name.split()[1:])
        or _described_only(name)
        and not _capitalized_inside(written, before)
        or _described_by_kind(name)
        or any(lemma(w) in words("lexicon", "not_organization_heads") for w in name.split())
        or _empty_shell(name)
        or _ends_in_verb(name)
        or owned_by_no_one(name)
        or parent_inside_unit(before)
        or after_brand(before)
        or part_of_a_place(name, before)
        or after_academic_rank(before)
    )


def after_academic_rank(before: str) -> bool:
    """«академик РАН», «член-корреспондента НАН РК»: the academy of a rank honours a person and
    does not act (data: lexicon academic_ranks; any case of the rank word)."""
    last = re.findall(r"[\w-]+", before[-40:])[-1:]
    return bool(last) and any(
        last[0].casefold().startswith(rank) for rank in words("lexicon", "academic_ranks")
    )


def _empty_shell(name: str) -> bool:
    """«СПК «»»: a legal form or acronym whose quoted name was cut away names nothing (words
    around the shell, «Молодежное движение АНК «»», still describe the body)."""
    rest = re.sub(r"«\s*»", " ", name)
    return rest != name and all(w.isupper() for w in rest.split())


def _ends_in_verb(name: str) -> bool:
    """«Посольство прибыли» (of «сотрудники посольства прибыли»): a name runs on into the
    sentence's verb, written in lower case."""
    last = name.split()[-1] if len(name.split()) > 1 else ""
    return last.islower() and any(p.tag.POS == "VERB" and p.is_known for p in parses(last))


def _posted_on(name: str, before: str) -> bool:
    """«написал в Facebook», «на YouTube»: a platform something is posted on is a place (the
    same company that signs or is invited elsewhere is named without «в»/«на»)."""
    return (
        name.casefold() in words("lexicon", "platforms") and _POSTED_ON.search(before) is not None
    )


def _headed(name: str) -> bool:
    """The name opens with a body's type noun («... форума Министерство энергетики ...»)."""
    first = name.split()[0].casefold() if name.split() else ""
    return lemma(first) in load("lexicon")["organization_heads"]


def is_media_name(name: str) -> bool:
    """A name that can only be a news outlet's: a known outlet, or one with a media word in it
    («Телеграфное агентство ...»); a ministry whose press service reports («пресс-служба
    Министерства ...») or a company quoted («по данным X») still acts elsewhere in the text."""
    return core_key(name) in outlets() or any(
        re.search(pattern, name, re.IGNORECASE) for pattern in load("lexicon")["media_names"]
    )


def _after_venue(before: str, heads: str) -> bool:
    """«в отеле Rixos», «во Дворце Независимости»: a name right after a venue noun is a place;
    «форум «WESTKAZINVEST»», «по программе «Smart City»» (`event_name_heads`) an event's; names
    listed after one are the same kind («пунктов «Гулистан» и «Атамекен»»)."""
    before = _LISTED_BEFORE.sub("", before)
    last = re.findall(r"\w+", before[-40:])[-1:]
    return bool(last) and lemma(last[0].casefold()) in words("lexicon", heads)


# «... «Гулистан» и », «... «Айголек», »: quoted names listed before this one, left for their noun.
_LISTED_BEFORE = re.compile(
    r'(?:\s*[«"][^«»"]{1,40}[»"]+\s*(?:,'
    + "".join(rf"|\b{w}\b" for w in load("lexicon")["list_conjunctions"])
    + r"))+\s*$"
)


def _kazakh_person(name: str) -> bool:
    """«Беріком Әбдіғалиұлы», «Айгерим Тлеубергенқызы»: two capitalized words, the last a Kazakh
    patronymic (data: lexicon patronymic_endings), are a person the tagger took for a body."""
    parts = name.split()
    return (
        len(parts) == 2
        and all(p[:1].isupper() and p[1:].islower() for p in parts)
        and parts[1].casefold().endswith(tuple(words("lexicon", "patronymic_endings")))
    )


def on_a_line_of_its_own(text: str, where: tuple[int, int]) -> bool:
    """«Издательство "Северный Казахстан"» under the story: the name (`where` in `text`, a
    sentence) fills its line, quotes and punctuation aside, the way a masthead, a menu item or a
    footer is written."""
    start = text.rfind("\n", 0, where[0]) + 1
    end = text.find("\n", where[1])
    line = text[start : end if end >= 0 else len(text)]
    rest = line[: where[0] - start] + line[where[1] - start :]
    return not re.sub(r"[\W_]+", "", rest)


def _legal_form_only(name: str) -> bool:
    """«РГП» of «РГП на ПХВ «...»» tagged apart from the name it styles."""
    return name.casefold() in words("morph", "legal_forms")


def _described_only(name: str) -> bool:
    """«Итальянская компания», «Китайская корпорация»: a description with no name in it."""
    parts = name.split()
    return (
        len(parts) > 1
        and lemma(parts[-1].casefold()) in words("lexicon", "descriptor_heads")
        and _adjectives_only(" ".join(parts[:-1]))
    )


def _capitalized_inside(written: str, before: str) -> bool:
    """«... центров Национального медицинского холдинга»: adjectives and a kind noun written with
    a capital inside a sentence are a name, not a description («итальянская компания»)."""
    return written[:1].isupper() and re.search(r"[а-яёa-z]", before) is not None


def _described_by_kind(name: str) -> bool:
    """«Филиал казахстанского университета в России»: a body told by the kind of another («of a
    Kazakh university»), lower-case words only but a place after «в», names nothing."""
    parts = name.split()
    heads = load("lexicon")["organization_heads"]
    inner = next((i for i, p in enumerate(parts[1:], 1) if p.islower() and lemma(p) in heads), None)
    between = " ".join(parts[1:inner])
    # «Госпиталь Сеульского национального университета»: a capital names the inner body
    if inner is None or inner > 1 and not (_adjectives_only(between) and between.islower()):
        return False
    rest = parts[inner + 1 :]
    place = rest[:1] in [[w] for w in load("lexicon")["in_on_forms"]] and len(rest) == 2
    return lemma(parts[0].casefold()) in heads and (not rest or place)


def _adjectives_only(name: str) -> bool:
    parts = name.split()
    return all(
        p.isalpha()
        and p[1:].islower()
        and any(q.tag.POS == "ADJF" for q in parses(p.casefold())[:1])
        for p in parts
    )


def _described_facility(name: str) -> bool:
    """«Карачаганакский ГПЗ», «Шымкентская ТЭЦ», «особой ОЭЗ»: a plant, a station or a zone
    written by the acronym of its kind (data: not_organizations) after adjectives is a facility
    or a place, not a body."""
    *described, last = name.split() or [""]
    return (
        bool(described)
        and last.casefold() in words("lexicon", "not_organizations")
        and last.isupper()
        and _adjectives_only(" ".join(described))
    )


def _is_venue(name: str) -> bool:
    """«Дворец Независимости», «Смольный дворец»: a venue's noun first, or after its adjective."""
    parts = name.split()
    first = parts[0].casefold() if parts else ""
    venues = words("lexicon", "venue_heads")
    return (
        any(first.startswith(v) for v in venues)
        or len(parts) == 2
        and is_adjective(parts[0])
        and lemma(parts[1].casefold()) in venues
    )


def site_names(text: str) -> set[str]:
    """«сообщает Altyn-orda.kz»: the Latin keys of the sites a story names by their address,
    spaces and hyphens dropped («altynorda»)."""
    domains = "|".join(re.escape(d) for d in words("lexicon", "web_domains"))
    found = re.findall(rf"\b([A-Za-z][A-Za-z0-9-]{{2,}})\.(?:{domains})\b", text, re.IGNORECASE)
    return {latin_key(name).replace(" ", "") for name in found}


def is_site_name(name: str, sites: set[str]) -> bool:
    """«АЛТЫНОРДА» over the story of «Altyn-orda.kz»: a masthead is the outlet's name, no
    partner."""
    return bool(sites) and any(key.replace(" ", "") in sites for key in latin_keys(name))
