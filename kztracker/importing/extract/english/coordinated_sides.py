"""Sides named by one plural body over two owners: "the governments of A and B", "the prime
ministers of A and B signed", "a plan between the foreign ministries of A and B", "the Kazakh and
Russian governments", "A's and B's foreign ministries", "Health ministries of A and B". Each owner
is a side of its own: two heads of government stand for their governments, two ministries for
each country's ministry of the portfolio named. Heads of state are no such heads: a president
signs for no body (the corpus dev golds give presidents no organization). The words are
data/agreements.json ('heads', 'ministries', 'ministry_of_country', 'head_titles')."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.agreement_wording import WORDING
from kztracker.importing.extract.english.lexicon import CITIES, COUNTRIES, NATIONALITIES
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import PersonMention

_OWNERS = {**NATIONALITIES, **COUNTRIES}
# An owner is a run of capitalised words looked up in _OWNERS after the match (_owner_run):
# an alternation of every country and nationality cost tens of milliseconds at every import.
_CAPITAL = r"(?-i:[A-Z])[\w-]*"
_MINISTRIES = language_file("english", "ministries")
_OWNER_PREFIX = fill_slots(_MINISTRIES["owner_prefix"], capital=_CAPITAL)


_SHAPES: dict[str, str] = _MINISTRIES["coordinated_shapes"]


def _shape(key: str, **parts: str) -> str:
    """The data's pattern `key` with each {part} filled in."""
    return fill_slots(_SHAPES[key], **parts)


def _owner_re(group: str, greedy: bool = False) -> str:
    run = rf"{_CAPITAL}(?:\s+{_CAPITAL}){{0,3}}{'' if greedy else '?'}"
    return _OWNER_PREFIX + rf"(?P<{group}>{run})(?:['’]s?)?"


_HEADS = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in WORDING["heads"])
_BODIES = "|".join(re.escape(b) for b in WORDING["ministries"])
# A portfolio's words: no preposition or article ("a plan of consultations between the ...").
_WORD = rf"(?!(?:{'|'.join(_MINISTRIES['not_portfolio_words'])})\b)[A-Za-z]+"
_PORTFOLIO = _shape("portfolio", word=_WORD)
# "the governments of A and B", "the foreign ministries of A and B", "ministries of health of
# A and B"
_OVER = re.compile(
    _shape(
        "over",
        heads=_HEADS,
        portfolio=_PORTFOLIO,
        bodies=_BODIES,
        owner_a=_owner_re("a"),
        owner_b=_owner_re("b", greedy=True),
    ),
    re.IGNORECASE,
)
# "the Kazakh and Russian governments", "Kazakhstan's and Russia's foreign ministries"
_BEFORE = re.compile(
    _shape(
        "before",
        owner_a=_owner_re("a"),
        owner_b=_owner_re("b"),
        heads=_HEADS,
        portfolio=_PORTFOLIO,
        bodies=_BODIES,
    ),
    re.IGNORECASE,
)
_NOT_PORTFOLIO = frozenset(_MINISTRIES["not_portfolios"])
_AND = _MINISTRIES["field_joiner"]


# "foreign" -> "Foreign Affairs": the portfolio words titles use too (data/ministries.json).
_PORTFOLIOS: dict[str, str] = _MINISTRIES["portfolio_names"]


def portfolio_of(words: str | None) -> str | None:
    """'foreign' -> 'Foreign Affairs', 'health' -> 'Health'; None when no portfolio is named."""
    kept = [w for w in (words or "").split() if w.casefold() not in _NOT_PORTFOLIO]
    while kept and kept[0] == _AND:
        kept.pop(0)
    if not kept or not any(w[:1].isalpha() for w in kept):
        return None
    phrase = " ".join(kept)
    known = _PORTFOLIOS.get(phrase.casefold())
    if known:
        return known
    return " ".join(w if w == _AND else upper_first(w) for w in kept)


def _owner(word: str) -> str | None:
    if not word[:1].isupper():
        return None  # "the presidents of both countries": no owner named
    return _OWNERS.get(word.casefold())


def _owner_run(run: str) -> str | None:
    """The owner a run of capitalised words opens with: "Russia" for "Russia Today"."""
    words = run.split()
    for count in range(len(words), 0, -1):
        owner = _owner(" ".join(words[:count]))
        if owner:
            return owner
    return None


def owner_of(run: str) -> str | None:
    """The country a run of capitalised words names or opens with ("Kazakh", "Georgia"), if
    any."""
    return _owner_run(run) if run else None


_UNITS: dict[str, str] = WORDING["regional_units"]
# "the governors of Aktobe and Kostanay regions": each region's akimat.
_REGIONAL = re.compile(
    _shape("regional", heads="|".join(WORDING["regional_heads"]), units="|".join(_UNITS)),
    re.IGNORECASE,
)


def _regional(name: str, unit: str) -> str:
    """A Kazakh region's or city's akimat; elsewhere its administration."""
    if CITIES.get(name.casefold()) != "Kazakhstan":
        return str(WORDING["foreign_regional_unit"]).format(name=name)
    return _UNITS[unit.casefold()].format(name=name)


def coordinated_sides(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, sides) of each plural body over two owners in `text`."""
    found: list[tuple[int, int, list[str]]] = [
        (m.start(), m.end(), [_regional(m.group(n), m.group("unit")) for n in "ab"])
        for m in _REGIONAL.finditer(text)
        if m.group("a")[:1].isupper() and m.group("b")[:1].isupper()
    ]
    for pattern in (_OVER, _BEFORE):
        for match in pattern.finditer(text):
            owners = [o for o in (_owner_run(match.group("a")), _owner_run(match.group("b"))) if o]
            if len(owners) != 2 or owners[0] == owners[1]:
                continue
            if any(s < match.end() and match.start() < e for s, e, _ in found):
                continue
            if match.group("heads"):
                template = WORDING["government_of_country"]
                sides = [template.format(country=o) for o in owners]
            else:
                portfolio = portfolio_of(match.groupdict().get("after")) or portfolio_of(
                    match.group("before")
                )
                if portfolio is None:
                    continue  # "the ministries of A and B": which ministries is not said
                template = WORDING["ministry_of_country"]
                sides = [template.format(portfolio=portfolio, country=o) for o in owners]
            found.append((match.start(), match.end(), sides))
    return sorted(found)


_DEPUTY = "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in WORDING["head_deputies"])
_HEAD_TITLE = re.compile(
    _shape(
        "head_title",
        deputies=_DEPUTY,
        titles="|".join(re.escape(t).replace(r"\ ", r"\s+") for t in WORDING["head_titles"]),
        owner=_owner_re("of"),
    ),
    re.IGNORECASE,
)


def head_government(title: str | None) -> str | None:
    """The government a head of government signs for, from his title or the words right before
    his name: 'Kazakh Prime Minister', 'the Kazakh deputy prime minister' (a plain deputy stands
    for the government as his head does); None for a president (a head of state signs for no
    body), a former head or a title naming no country."""
    match = _HEAD_TITLE.search((title or "").strip())
    if not match:
        return None
    adjective = match.group("adjective") or ""
    if adjective.casefold() in WORDING["not_heads"]:
        return None
    country = _owner(match.group("of") or "") or _owner(adjective)
    return WORDING["government_of_country"].format(country=country) if country else None


_PLACES = {**{c.casefold(): c for c in COUNTRIES.values()}, **COUNTRIES, **CITIES}
_VISITED = re.compile(
    _shape(
        "visited",
        leads="|".join(WORDING["visit_leads"]),
        places="|".join(re.escape(p) for p in sorted(_PLACES, key=len, reverse=True)),
    ),
    re.IGNORECASE,
)


def visit_sides(sentence: Sentence, people: list[PersonMention]) -> list[str]:
    """ "The Prime Minister of A arrived in B on an official visit.": the government of A (its
    head's) and of the country visited, the sides of what "the sides signed" next; none unless
    both are told."""
    sides = []
    for person in people:
        before = sentence.text[
            max(0, person.start - sentence.start - 60) : person.start - sentence.start
        ]
        head = head_government(person.title) or head_government(before)
        if head:
            sides.append(head)
    visited = _VISITED.search(sentence.text)
    if visited and visited.group(1)[:1].isupper():
        country = _PLACES[visited.group(1).casefold()]
        sides.append(WORDING["government_of_country"].format(country=country))
    unique = list(dict.fromkeys(sides))
    return unique if len(unique) == 2 else []


_HEADS_OF_STATE: dict[str, str] = WORDING["heads_of_state"]
_PERSON_HEAD = re.compile(
    _shape("person_head", titles="|".join(WORDING["head_titles_of_person"])), re.IGNORECASE
)


def named_head(person: PersonMention) -> str | None:
    """ "Prime Ministers A and B signed": the government a head of government known by name
    signs for, when his title is a head of government's own."""
    if not _PERSON_HEAD.match((person.title or "").strip()):
        return None
    country = _HEADS_OF_STATE.get(person.name.split()[-1].casefold())
    return WORDING["government_of_country"].format(country=country) if country else None


_COUNTRY = "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True))
# "Presidents of A X Y and B Z W signed": each country before its head's name.
_PLURAL_HEADS = re.compile(
    _shape("plural_heads", titles="|".join(WORDING["head_titles_of_person"]), countries=_COUNTRY),
    re.IGNORECASE,
)


def signing_heads(
    titles: list[str | None],
    signers: list[PersonMention],
    resolve: Callable[[str], str],
    lead: str = "",
) -> list[str]:
    """The governments heads of government sign for: by their titles or the words before their
    names ("Prime Minister of A X and Prime Minister of B Y"), by one plural title before both
    ("Prime Ministers of A X and B Y", in `lead`, the sentence before its signing verb), else by
    the names of heads known by name ("Prime Ministers A and B")."""
    heads = list(dict.fromkeys(resolve(h) for h in map(head_government, titles) if h))
    if len(heads) > 1:
        return heads
    plural = _PLURAL_HEADS.search(lead)
    if plural and plural.group(1).casefold() != plural.group(2).casefold():
        return [
            resolve(WORDING["government_of_country"].format(country=COUNTRIES[c.casefold()]))
            for c in plural.groups()
        ]
    return list(dict.fromkeys(resolve(h) for h in map(named_head, signers) if h))


def lone_head(titles: list[str | None], resolve: Callable[[str], str]) -> str | None:
    """The government of the one head of government among the signers' titles (or the words
    before their names), if exactly one government is told: "signed by X's chief executive A
    and the Kazakh Prime Minister B" gives the Government of Kazakhstan."""
    heads = list(dict.fromkeys(resolve(h) for h in map(head_government, titles) if h))
    return heads[0] if len(heads) == 1 else None
