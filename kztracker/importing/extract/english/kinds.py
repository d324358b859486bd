"""An organization's kind and country where its name does not give them: the words before it
("the French space agency CNES", "Norway's X"), an international organization's acronym, a
government body being Kazakhstan's own unless the text says otherwise."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftOrganization
from kztracker.importing.extract.english.lexicon import (
    COUNTRIES,
    INTERNATIONAL_ACRONYMS,
    NATIONALITIES,
)
from kztracker.importing.extract.english.places import country_of
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "organizations")
_INTERNATIONAL = re.compile(r"^(?:" + "|".join(_DATA["international_leads"]) + r")\b")
_COUNTRY_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+(?:[a-z-]+\s+){0,3}$")
_NATIONALITY_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,3}$")


def complete_organization(organization: DraftOrganization, text: str) -> None:
    """Kind and country the text implies: a nationality before the name ("the French space
    agency CNES"), a government body without a foreign country being Kazakhstan's own; an
    organization found only by its context is taken for a company."""
    if organization.country is None:
        organization.country = country_of(organization.name)
    if organization.country is None:
        for span in organization.spans:
            window = text[max(0, span.start - 50) : span.start]
            before = _NATIONALITY_BEFORE.search(window)
            if before and NATIONALITIES.get(before.group(1).casefold()):
                organization.country = NATIONALITIES[before.group(1).casefold()]
                break
            owner = _COUNTRY_BEFORE.search(window)  # "Norway's X", "South Korea's state lender X"
            if owner and owner.group(1).casefold() in COUNTRIES:
                organization.country = COUNTRIES[owner.group(1).casefold()]
                break
    _correct_kind(organization)
    if _acronym_of_international(organization.name):
        organization.kind = "international"
        organization.country = None
    if organization.kind is None:
        organization.kind = (
            "international" if _INTERNATIONAL.search(organization.name) else ("company")
        )
    if organization.country is None and organization.kind == "government":
        organization.country = "Kazakhstan"


_INTERNATIONAL_BODY = re.compile(r"\b(?:" + "|".join(_DATA["international_bodies"]) + r")\b")
_STATE_BANK = re.compile(_DATA["state_bank"])
_TECHNICAL_UNIVERSITY = re.compile(_DATA["technical_university"])
_COUNTRY_OFFICE = _DATA["country_office"]


def _correct_kind(organization: DraftOrganization) -> None:
    """What a type word alone gets wrong: "Asian Development Bank" is international, not a
    company; "National Bank of Kazakhstan" a government body; "Massachusetts Institute of
    Technology" a university."""
    name = organization.name
    if _INTERNATIONAL.search(name) and organization.kind in ("company", "other", "government"):
        if organization.kind != "company" or _INTERNATIONAL_BODY.search(name):
            organization.kind = "international"
            organization.country = None
    elif _STATE_BANK.search(name):
        organization.kind = "government"
    elif _TECHNICAL_UNIVERSITY.search(name) and organization.kind == "research_centre":
        organization.kind = "university"


def _acronym_of_international(name: str) -> bool:
    """ "UNICEF", "UNICEF Kazakhstan" (its country office), "WHO Country Office in ..."."""
    words = name.split()
    return (
        bool(words)
        and words[0] in INTERNATIONAL_ACRONYMS
        and (
            len(words) == 1
            or " ".join(words[1:]).casefold() in COUNTRIES
            or name.startswith(_COUNTRY_OFFICE.format(acronym=words[0]))
        )
    )
