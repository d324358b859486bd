"""An organization's name as the resolve stage keeps it: in the nominative, without the title,
description or legal form tagged along with it, and its short form when the text gives one
(in brackets after it, or a Latin acronym closing a Russian name)."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.described_names import without_description
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.non_partners import is_adjective
from kztracker.importing.extract.russian.normalize import (
    head_phrase_nominative,
    lemma,
    parses,
    without_honorific,
    without_legal_form,
)
from kztracker.importing.extract.russian.signing_places import region_body

_PARENTHESIS = re.compile(r"\s*\(([^()]{2,30})\)")
_DESCRIBED = re.compile(r"(\w+)\s+[«\"„]([^«»\"“”]{2,})[»\"“”]$")
_SMALL = frozenset(load("lexicon")["name_small_words"])
_NAMED_AFTER = tuple(load("lexicon")["named_after_tokens"])  # «им.», «имени»


_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.(?:[А-ЯЁA-Z]\.)?(?:[А-ЯЁA-Z][а-яёa-z]+)?$")


def organization_name(raw: str) -> tuple[str, str | None]:
    """The nominative name and its short form: in brackets after it, or a Latin acronym closing
    a Russian name («Европейская организация по ядерным исследованиям CERN»)."""
    short = None
    found = _PARENTHESIS.search(raw)
    if found:
        raw, short = raw[: found.start()] + raw[found.end() :], found.group(1).strip()
        raw = raw.replace(" »", "»")
    raw = _after_inner_legal_form(without_honorific(raw))
    parts = _without_title(raw.split())
    while len(parts) > 2 and lemma(parts[0].casefold()) in words(
        "lexicon", "not_organization_heads"
    ):
        parts = parts[1:]  # «делегацией французской компании EDF»: the company is the actor
    parts = without_description(_after_descriptor(parts))
    while len(parts) > 2 and lemma(parts[0]) in words("lexicon", "dropped_leading"):
        parts = parts[1:]  # «первого филиала ...», «нового центра ...»
    if len(parts) > 3 and parts[-2] == AND_WORD and parts[-1].isascii():
        parts = parts[:-2]  # «Агентство ... и EDF»: two names tagged as one, the second not short
    elif (
        len(parts) > 2
        and parts[-1].isascii()
        and parts[-1][:1].isupper()
        # «университет Woosong»: a capitalized Latin word is the body's own name, not a short form
        and sum(c.isupper() for c in parts[-1]) >= 2
        and not parts[-2].strip('«»"“”').isascii()  # «KMG Engineering»: one Latin name
    ):
        parts, short = parts[:-1], parts[-1]
    while len(parts) > 1 and parts[-1].casefold() in _SMALL:
        parts = parts[:-1]  # «Агентство по атомной энергии и EDF»: the «и» before the next name
    while (
        len(parts) > 2
        and parts[-1].islower()
        and lemma(parts[-1]) in words("lexicon", "title_heads")
        # «Российский союз ректоров»: a body of people in a title's plural keeps them
        and not any({"gent", "plur"} <= p.tag.grammemes for p in parses(parts[-1])[:1])
    ):
        parts = parts[:-1]  # «Университета Ланчжоу профессором Ян ...»: the title of the name after
    initial = next((k for k in range(2, len(parts)) if _INITIAL.match(parts[k])), None)
    if (
        initial is not None
        and all(p[:1].isupper() for p in parts[initial:])
        and not any(p.casefold().rstrip(".") in _NAMED_AFTER for p in parts[:initial])
        and lemma(parts[initial - 1].casefold()) not in words("lexicon", "title_heads")
    ):
        parts = parts[:initial]  # «Шымкентского объединения Т. Нишанбаев»: its head's name
    raw = " ".join(parts)
    # «АО «Национальная компания «КазМунайГаз»»»: what the quotes hold is the official name,
    # its descriptor («Национальная компания») a part of it.
    form, _gap, held = raw.partition(" ")
    held = held if form.casefold() in words("morph", "legal_forms") else raw
    official = len(held) > 2 and held[0] in '«"' and held[-1] in '»"' and " " in held
    official = official and _outer_quotes(held)
    if raw[:1] in '«"' and raw[-1:] in '»"' and _outer_quotes(raw):
        raw = raw[1:-1]  # «СК-Фармация», «НК «...»»: a name given in quotes alone
    name = without_legal_form(head_phrase_nominative(_balanced(raw.strip(" ,.;:–—-"))))
    if name[:1] == "«" and name[-1:] == "»" and _outer_quotes(name):
        name = name[1:-1]
    first, _space, rest = name.partition(" ")
    if (
        rest
        and not official
        and lemma(first) in words("lexicon", "descriptor_heads")
        and (rest[:1].isupper() or rest[:1] in '«"')
    ):
        name = rest.strip('«»"')  # «компания Masdar» is Masdar: the word only describes it
    name = load("lexicon")["region_acronyms"].get(name, name)  # «СКО» acts through its akimat
    name = region_body(name)  # «Алматинская область» that signs: its akimat
    name = load("regions")["russian_region_governments"].get(name, name)  # a Russian region's
    quoted = _DESCRIBED.search(name)
    if quoted and not official and lemma(quoted.group(1)) in words("lexicon", "descriptor_heads"):
        name = quoted.group(2)  # «одной из ведущих компаний «X»», «российской компанией "X"»
    return upper_first(name), short


def _after_descriptor(parts: list[str]) -> list[str]:
    """«китайская судоходная корпорация COSCO Shipping» is COSCO Shipping: adjectives and a
    descriptor noun before a Latin name only describe it."""
    at = next(
        (
            i
            for i, p in enumerate(parts)
            if lemma(p.casefold()) in words("lexicon", "descriptor_heads")
        ),
        None,
    )
    if (
        at is None
        or at + 1 >= len(parts)
        or not all(is_adjective(p) for p in parts[:at])
        or not parts[at + 1][:1].isascii()
    ):
        return parts
    rest = parts[at + 1 :]
    return rest if rest[0][:1].isupper() else parts


def _balanced(name: str) -> str:
    if name.count("«") > name.count("»"):
        return name + "»" * (name.count("«") - name.count("»"))
    return name


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
        if part in forms and i + 1 < len(parts) and parts[i + 1][:1] in '«"':
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
