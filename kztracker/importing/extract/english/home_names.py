"""A government body named by its function alone ("the Ministry of Health") takes the country
the text gives it ("Kazakhstan's Ministry of Health", "his Kazakh counterpart"): it is the
"Ministry of Health of Kazakhstan", as a reader and the annotation guide name it, and stays
apart from another country's ministry of the same name. Kazakhstan's own keeps its bare name
as an alias, so it still links to the stored record of that name. A body whose country the
text does not give keeps its bare name: no country is guessed here."""

from __future__ import annotations

from collections.abc import Callable

from kztracker.importing.draft import DraftOrganization
from kztracker.importing.extract.english.lexicon import COUNTRIES, NATIONALITIES
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_HEADS = frozenset(language_file("english", "ministries")["function_heads"])


def bare_body(name: str) -> bool:
    """ "Ministry of Health", "Committee of Tourism Industry": a body no country word names."""
    words = name.replace("’", "'").split()
    if not words or words[0] not in _HEADS:
        return False
    lowered = " ".join(words).casefold()
    return not any(
        w.casefold().removesuffix("'s") in COUNTRIES or NATIONALITIES.get(w.casefold())
        for w in words
    ) and not any(f" {c}" in f" {lowered}" for c in COUNTRIES if " " in c)


def with_country(mention: OrganizationMention, country: str) -> None:
    """Names a bare body with the country the text gives it."""
    if not bare_body(mention.name):
        return
    home = COUNTRIES.get(country.casefold(), country)
    bare = mention.name
    mention.name = f"{bare} of {home}"
    mention.country = home
    if home == "Kazakhstan" and bare not in mention.aliases:
        mention.aliases.append(bare)


def apart_from_namesakes(mentions: list[OrganizationMention]) -> None:
    """ "Kazakhstan's Ministry of Transport" beside a foreign "Ministry of Transport of
    Uzbekistan" takes its country too; alone, it keeps the name the text writes."""
    foreign = {
        m.name[: m.name.rindex(" of ")]
        for m in mentions
        if " of " in m.name and m.country not in (None, "Kazakhstan") and m.name.endswith(m.country)
    }
    for mention in mentions:
        if not mention.derived and mention.country == "Kazakhstan" and mention.name in foreign:
            with_country(mention, "Kazakhstan")


def named_homes(
    organizations: list[DraftOrganization], names: dict[str, str], core_key: Callable[[str], str]
) -> None:
    """A body written bare and also named with its country in the text ("the Ministry of
    Energy" and "Kazakhstan's Energy Minister") goes by the name with the country."""
    for organization in organizations:
        if not bare_body(organization.name) or organization.country is None:
            continue
        full = f"{organization.name} of {organization.country}"
        if full not in organization.aliases:
            continue
        bare = organization.name
        organization.name = full
        organization.aliases = [a for a in organization.aliases if a != full] + [bare]
        for key, name in list(names.items()):
            if name == bare:
                names[key] = full
