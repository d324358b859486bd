"""A body a country has only one of ("Embassy of X", "Government of X") is one organization
however the text names it: implied by a title ("Ambassador of Kyrgyzstan to South Korea"),
written with another spelling of the country ("Embassy of the Kyrgyz Republic"), or in short
("the Kazakh Embassy" beside "the Embassy of Kazakhstan in Japan"). It keeps the longest name
the text writes; the other written names become its aliases, and the title's holder works there.
Two embassies of one country in different places ("... in Japan", "... in Korea") stay two.
The head words are data (data/actors.json "one_per_country_heads")."""

from __future__ import annotations

import re

from kztracker.importing.draft import (
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
)
from kztracker.importing.extract.english.lexicon import COUNTRIES, NATIONALITIES
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.merge import folded_into

_DATA = language_file("english", "actors")
_HEADS = frozenset(_DATA["one_per_country_heads"])
_OWN_NAMES = "|".join(map(re.escape, _DATA["government_names"]))
# "Embassy of X in Japan": one posting
_POSTED = re.compile(r"\s(?:" + "|".join(_DATA["posting_words"]) + r")\s", re.IGNORECASE)
# "the Azerbaijani Cabinet of Ministers", "Cabinet of Ministers of the Republic of X"
_WRITTEN = re.compile(fill_slots(_DATA["own_government_name"], names=_OWN_NAMES))
_OWN_NAME = _DATA["own_government_template"]
_GOVERNMENT_OF = _DATA["government_template"]


def _head(organization: DraftOrganization) -> str:
    words = organization.name.casefold().split()
    head = words[0] if words else ""
    if head not in _HEADS and len(words) == 2 and words[1] in _HEADS:
        head = words[1]  # "Kazakh Embassy", "Kyrgyz Government"
    return head


def implied_twins(
    organizations: list[DraftOrganization],
    people: list[DraftPerson],
    memoranda: list[DraftMemorandum],
    milestones: list[DraftMilestone],
    text: str,
) -> list[DraftOrganization]:
    """The organizations with each country's one body of a kind folded into one."""
    _own_government_names(organizations, people, memoranda, milestones, text)
    folded = text.casefold()
    groups: dict[tuple[str, str], list[DraftOrganization]] = {}
    for organization in organizations:
        head = _head(organization)
        if head in _HEADS and organization.country:
            groups.setdefault((head, organization.country), []).append(organization)
    into: dict[str, DraftOrganization] = {}
    for group in groups.values():
        written = [o for o in group if o.name.casefold() in folded]
        if len(group) < 2 or not written or sum(bool(_POSTED.search(o.name)) for o in group) > 1:
            continue
        keeper = max(written, key=lambda o: len(o.name))
        for other in group:
            if other is keeper:
                continue
            into[other.name] = keeper
            for spelling in (other.name, *other.aliases):
                if spelling.casefold() in folded and spelling not in keeper.aliases:
                    keeper.aliases.append(spelling)
    return folded_into(into, organizations, people, memoranda, milestones)


def _own_government_names(
    organizations: list[DraftOrganization],
    people: list[DraftPerson],
    memoranda: list[DraftMemorandum],
    milestones: list[DraftMilestone],
    text: str,
) -> None:
    """ "Government of Azerbaijan", implied by its Prime Minister, is "the Azerbaijani Cabinet
    of Ministers" the text names (as a source too): the country's own name for it."""
    names: dict[str, tuple[str, str]] = {}  # country → (canonical name, the written form)
    for match in _WRITTEN.finditer(text):
        adjective, head, head2, country_word = match.groups()
        word = (adjective or country_word).casefold()
        country = NATIONALITIES.get(word) or COUNTRIES.get(word)
        if country:
            own_name = _OWN_NAME.format(head=head or head2, country=country)
            names.setdefault(country, (own_name, match.group(0)))
    renamed: dict[str, str] = {}
    for organization in organizations:
        own = names.get(organization.country or "")
        if own is None or organization.name != _GOVERNMENT_OF.format(country=organization.country):
            continue
        if organization.name.casefold() in text.casefold():
            continue  # the text names the government as such: keep it
        renamed[organization.name] = own[0]
        organization.name = own[0]
        if own[1] != own[0] and own[1] not in organization.aliases:
            organization.aliases.append(own[1])
    for person in people:
        person.organization = renamed.get(person.organization or "", person.organization)
    for memorandum in memoranda:
        memorandum.parties = [renamed.get(p, p) for p in memorandum.parties]
    for milestone in milestones:
        milestone.organizations = [renamed.get(o, o) for o in milestone.organizations]
