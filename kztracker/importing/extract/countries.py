"""A partner's country as the database writes it, whichever language's rules found it.

The seed, the edit dialogs and the English rules write a country by its English short name
("Kazakhstan", "United States"); the Russian rules find an ISO 3166 code («США» → "US"). One
form in the database keeps the partners' country column sortable and filterable as one list.
"""

from __future__ import annotations

import re
from functools import cache

from kztracker.importing.draft import Draft
from kztracker.importing.extract.languages import language_data


def country_name(country: str | None) -> str | None:
    """An ISO 3166 alpha-2 code as its English short name; any other value as it is."""
    if country is None or len(country) != 2 or not country.isupper():
        return country
    return _english_names().get(country, country)


def name_countries(draft: Draft) -> None:
    """Each organization's country as the database writes it; a body only Kazakhstan has (an
    akimat, a maslikhat) is Kazakhstan's whichever language named it."""
    stems = _home_stems(draft.document.language or "")
    for organization in draft.organizations:
        if organization.country is None and _home_body(organization.name, stems):
            organization.country = "KZ"
        organization.country = country_name(organization.country)


@cache
def _home_stems(language: str) -> tuple[str, ...]:
    data = language_data(language, "home_bodies")
    return tuple(stem.casefold() for stem in data["stems"]) if data else ()


def _home_body(name: str, stems: tuple[str, ...]) -> bool:
    return any(word.startswith(stems) for word in re.findall(r"\w+", name.casefold()))


@cache
def _english_names() -> dict[str, str]:
    from babel import Locale  # loaded on the first import, not at start-up

    # Babel adds a second name in brackets to a few ("Myanmar (Burma)"): the first is the one used.
    return {
        code: name.split(" (")[0]
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha()
    }
