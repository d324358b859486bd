"""People and organizations checked against each other once both are found: a surname used
alone ("Dzhumabayeva signed for ...") is not a company, a company's name after "CEO of" is not
a person, and "Committee chairman X" belongs to the one committee the article names in full."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftOrganization, DraftPerson
from kztracker.importing.extract.english.agreement_wording import WORDING
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_OF = re.compile(WORDING["employer_link"])
# "X (ACR) of Y represented by General Secretary, Mr. A B", "a delegation of X led by its
# Vice-Rector A B": what stands between a side and the person who represents it (an acronym
# or "of Y" after the name, the title, an honorific).
_REPRESENTED = re.compile(WORDING["represented_by"])
# The same, read in place (match(text, pos, endpos)) rather than on a copy of the gap: copying
# every gap before every person cost time in proportion to length squared on a long text. Its
# only anchors are "^" (dropped: match() is anchored at pos already, and "^" never matches at a
# pos > 0) and "$" (matches at endpos as at the end of a slice); no lookaround, no \b.
_REPRESENTED_AT = re.compile(_REPRESENTED.pattern.removeprefix("^"))
# Heads of state known by surname ("Putin and Nazarbayev agreed"): a fact list in agreements.json.
_HEADS = frozenset(WORDING["heads_of_state"])


def _person_run(name: str, person_words: set[str]) -> bool:
    """A run of capitals that ends in a head of state's or a found person's name is that
    person, not an organization: "Putin", "Kazakhstan Kassym-Zhomart Tokayev" (the country
    before the name), "Tűrkiye Recep" (a name cut by a title); a stray capital ("K azakhstan")
    is nothing."""
    words = name.split()
    last = words[-1]
    return len(name) < 2 or (
        len(words) <= 4 and (last.casefold() in _HEADS or (len(words) > 1 and last in person_words))
    )


def separate(
    organizations: list[OrganizationMention], people: list[PersonMention]
) -> tuple[list[OrganizationMention], list[PersonMention]]:
    """Drop a one-word organization that is a person's surname, and a person who is an
    organization found elsewhere in the article; a person's full name that ends an
    organization's run is cut off it."""
    # Any word of a person's name: "Wang" of "Wang Yi", the surname written first.
    surnames = {word for p in people for word in p.name.split()}
    titled = {p.name for p in people if p.title}  # "Minister ... Han Changfu": a person
    kept = [
        m
        for m in organizations
        if not (m.kind is None and (" " not in m.name and m.name in surnames or m.name in titled))
        and not (m.kind is None and not m.derived and _person_run(m.name, surnames))
    ]
    full_names = {p.name for p in people if len(p.name.split()) >= 2}
    for m in kept:  # "Advisor of the Embassy of X Peace Kennedy": the person ends the run
        for name in full_names:
            rest = m.name.removesuffix(f" {name}")
            if not m.derived and rest != m.name and len(rest.split()) >= 2:
                m.name, m.end = rest, m.end - len(name) - 1
                break
    names = {m.name for m in kept if not m.derived and m.kind != "government"}
    return kept, [p for p in people if p.name not in names]


def complete_employers(people: list[DraftPerson], organizations: list[DraftOrganization]) -> None:
    """ "Hengtai vice chairman": Hengtai Logistics Group, when it is the only organization whose
    name starts or ends with the word the title gives."""
    spellings = {n for o in organizations for n in (o.name, o.short_name, *o.aliases) if n}
    for person in people:
        short = person.organization
        if not short or short in spellings:
            continue
        fuller = {
            o.name
            for o in organizations
            if o.name.startswith(f"{short} ") or o.name.endswith(f" {short}")
        }
        if not fuller:  # "Kazakhtelecom Management Board Chairman": the company, not its board
            fuller = {o.name for o in organizations if short.startswith(f"{o.name} ")}
        if len(fuller) == 1:
            person.organization = fuller.pop()


def employers_after(
    people: list[PersonMention], organizations: list[OrganizationMention], text: str
) -> None:
    """ "Dr. Henrik Lund of Aalborg Wind Lab": the organization right after the name."""
    starts = {m.start: m for m in organizations if not m.derived}
    last_first = sorted(starts.values(), key=lambda m: -m.end)
    for person in people:
        if person.organization is not None:
            continue
        link = _OF.match(text, person.end)
        if link and link.end() in starts:
            person.organization = starts[link.end()].name
            continue
        side = next(
            (
                m
                for m in last_first
                if m.end < person.start and _REPRESENTED_AT.match(text, m.end, person.start)
            ),
            None,
        )
        if side is not None:  # "the Committee, represented by its Chairman A B"
            person.organization = side.name
