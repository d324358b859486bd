"""What a person's title says about an organization: "Vice Minister of Health" belongs to the
Ministry of Health, "Prime Minister" to the Government, "Almaty Akim" to the city's akimat;
a title that names an organization found in the sentence ends before it."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.home_names import with_country
from kztracker.importing.extract.english.lexicon import COMMON_WORDS, COUNTRIES, TITLE_WORDS
from kztracker.importing.extract.english.places import COUNTRY_SUFFIX
from kztracker.importing.extract.english.regional_heads import headed_region, prefixed_region
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_TITLES = language_file("english", "titles")
_MINISTER = re.compile(_TITLES["minister"])
_AMBASSADOR = re.compile(_TITLES["ambassador"])
_POSTED_TO = re.compile(_TITLES["posted_to"])
# "... of Hungary", "... of the Republic of Korea": a country named at a title's end.
_FOREIGN_SUFFIX = re.compile(_TITLES["country_at_end"])
_PORTFOLIOS: dict[str, str] = language_file("english", "ministries")["portfolio_names"]
_SECRETARY = re.compile(r"^Secretary\s+of\s+(.+)$")
_DEPARTMENTS = frozenset(_TITLES["secretary_departments"])
_PRIME = re.compile(_TITLES["prime_minister"], re.IGNORECASE)  # "the deputy prime minister"
_HOME_GOVERNMENT = "the Republic of Kazakhstan"
# "Deputy Minister of Health and Head of Digital Development": a second office the same
# person holds ends the ministry's field.
_second_office = re.compile(
    r"\s+and\s+(?:(?:First|Deputy|Vice|Acting)[\s-]+)?(?:"
    + "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True) if " " not in w)
    + r")\b.*$",
    re.IGNORECASE,
)


def text_of(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


def municipality(
    place: str, title: str, sentence: Sentence, start: int, end: int
) -> OrganizationMention | None:
    """ "Almaty Akim", "Tashkent Mayor": the city's own administration."""
    from kztracker.importing.extract.english.places import is_place

    region = prefixed_region(place, title)  # "the Pavlodar oblast akim"
    if region is not None:
        return OrganizationMention(region[0], start, end, "government", region[1], derived=True)
    if not is_place(place.split()):
        return None
    if title.casefold() in ("akim", "deputy akim"):
        name = f"Akimat of {place}"
    elif title.casefold() in ("mayor", "deputy mayor"):
        name = f"{place} city administration"
    else:
        return None
    return OrganizationMention(name, start, end, "government", None, derived=True)


def split_title(
    sentence: Sentence,
    words: list[Token],
    organizations: list[OrganizationMention],
    nation: str | None = None,
) -> tuple[str, str | None, OrganizationMention | None] | None:
    """The title, the organization it names, and the one it implies; `nation` is the country
    of a nationality before it ("Turkish Health Minister": the Ministry of Health of Türkiye)."""
    if not words:
        return None
    start, end = words[0].start, words[-1].end
    inside = [o for o in organizations if start <= o.start and o.end <= end and not o.derived]
    if inside:
        org = min(inside, key=lambda o: o.start)
        title_text = text_of(sentence, start, org.start)
        title_text = re.sub(r"\s+(?:of|at|for|of the|at the)\s*$", "", title_text.strip())
        title_text = re.sub(r"\s+the$", "", title_text)
        title_text = re.sub(r"\s+(?:of|at)$", "", title_text)
        if not title_text:
            return None
        return singular_title(title_text), org.name, None
    text = text_of(sentence, start, end)
    at = re.search(r"\s+at\s+(?:the\s+)?(.+)$", text)
    if at:
        return singular_title(text[: at.start()]), at.group(1), None
    title = COUNTRY_SUFFIX.sub("", text)
    derived = _derived(sentence, title, text, start, end)
    if derived is None and " and " in title:
        # "State Councilor and Foreign Minister", "Deputy Prime Minister and Minister of
        # Foreign Affairs": the last office names the body the person speaks for here
        cut = title.rindex(" and ") + len(" and ")
        derived = _derived(sentence, title[cut:], text[cut:], start, end)
    country = _FOREIGN_SUFFIX.search(title)
    if derived is None and country and country.group(1).casefold() in COUNTRIES:
        # "Foreign Minister of Hungary": the title's own ministry, of that country
        derived = _derived(sentence, title[: country.start()], title[: country.start()], start, end)
        nation = country.group(1)
    if derived is None and nation == "United States" and re.match(r"Secretary of State$", title):
        derived = OrganizationMention(
            "Department of State", start, end, "government", "United States", derived=True
        )
    if derived is not None and nation and COUNTRIES.get(nation.casefold(), nation) != "Kazakhstan":
        if derived.name.endswith(" of " + _HOME_GOVERNMENT):  # "Russian Prime Minister"
            derived.name = derived.name.removesuffix(" of " + _HOME_GOVERNMENT)
            derived.country = None
        derived = of_country(derived, nation)
    elif derived is not None and nation:  # "the Kazakh Agriculture Minister": Kazakhstan's
        with_country(derived, nation)
    named = _FOREIGN_SUFFIX.search(derived.name) if derived is not None else None
    if derived is not None and named and named.group(1).casefold() in COUNTRIES:
        derived.country = COUNTRIES[named.group(1).casefold()]  # "... of Hungary": Hungary's
    return singular_title(title), None, derived


def of_country(mention: OrganizationMention, country: str) -> OrganizationMention:
    """A ministry or government implied by a foreign official's title, named with its country
    so that it stays apart from Kazakhstan's own."""
    named = _FOREIGN_SUFFIX.search(mention.name)
    if not mention.name.startswith(("Ministry", "Government")) or (
        named and named.group(1).casefold() in COUNTRIES
    ):
        return mention
    name = COUNTRIES.get(country.casefold(), country)
    mention.name = f"{mention.name} of {name}"
    mention.country = name
    return mention


def _derived(
    sentence: Sentence, title: str, full: str, start: int, end: int
) -> OrganizationMention | None:
    suffix = full[len(title) :].strip()
    portfolio = re.match(
        # "Deputy Foreign Minister", "First Vice Energy Minister": the deputy's ministry
        r"^(?:(?:First )?(?:Deputy|Vice)[ -])?"
        r"([A-Z][a-z]+(?:(?: and)? [A-Z][a-z]+){0,3}) Minister$",
        title,
    )
    if portfolio and all(
        w.casefold() in COMMON_WORDS or w.casefold() in _PORTFOLIOS
        for w in portfolio.group(1).split()
        if w != "and"
    ):
        field = _PORTFOLIOS.get(portfolio.group(1).casefold(), portfolio.group(1))
        return OrganizationMention(
            f"Ministry of {field}",
            start,
            end,
            "government",
            "Kazakhstan",
            derived=True,
        )
    minister = _MINISTER.match(_second_office.sub("", title))
    if minister:
        field = re.sub(r"^for\s", "of ", minister.group(1))  # "Minister for Science"
        field = re.sub(r"^of\s+State\s+for\s", "of ", field)  # "Minister of State for X": X's
        name = f"Ministry {field}" + (f" {suffix}" if suffix else "")
        return OrganizationMention(
            name,
            start,
            end,
            "government",
            "Kazakhstan" if "Kazakh" in name or not suffix else None,
            derived=True,
        )
    ambassador = _AMBASSADOR.match(full)
    if ambassador:
        # "Ambassador of Kazakhstan to Pakistan" heads the Embassy of Kazakhstan in Pakistan.
        # The title may hold the posting itself now: "Ambassador of X to Malaysia".
        sending, _, post = ambassador.group(1).partition(" to ")
        name = f"Embassy of {sending}"
        posted = _POSTED_TO.match(" to " + post if post else sentence.text[end - sentence.start :])
        if posted and posted.group(1).casefold() in COUNTRIES:
            name += f" in {posted.group(1)}"
        return OrganizationMention(name, start, end, "government", None, derived=True)
    region = headed_region(full)  # "Governor of Orenburg region": its administration
    if region is not None:
        return OrganizationMention(region[0], start, end, "government", region[1], derived=True)
    akim = re.match(r"^(?:Deputy\s+)?Akim\s+of\s+(.+)$", full)
    if akim:
        return OrganizationMention(
            f"Akimat of {akim.group(1)}", start, end, "government", "Kazakhstan", derived=True
        )
    secretary = _SECRETARY.match(title)
    if secretary and secretary.group(1).casefold() in _DEPARTMENTS:
        # "Secretary of Commerce": the United States' department, a cabinet only it has
        return OrganizationMention(
            f"Department of {secretary.group(1)}",
            start,
            end,
            "government",
            "United States",
            derived=True,
        )
    prime = _PRIME.match(full)
    if prime:
        # A bare "Prime Minister" is Kazakhstan's unless a nationality before it says otherwise
        # (`split_title` names that country then).
        country = prime.group(1) or _HOME_GOVERNMENT
        return OrganizationMention(
            f"Government of {country}",
            start,
            end,
            "government",
            "Kazakhstan" if "Kazakh" in country else None,
            derived=True,
        )
    return None


def singular_title(title: str) -> str:
    words = title.split()
    if words and words[0].casefold().rstrip("s") in TITLE_WORDS and words[0].endswith("s"):
        words[0] = words[0][:-1]
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


_OF_AT = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
_GROUP = re.compile(_TITLES["group_suffix"])
_BARE_MINISTER = re.compile(_TITLES["bare_minister"])


def _named_in(title: str, names: dict[str, str], lengths: list[int]) -> tuple[str, int] | None:
    """The longest of `names` standing after an "of"/"at" in `title`, and where that word starts;
    looked up by the lengths names have, so the work does not grow with the number of names."""
    best: tuple[str, int] | None = None
    for match in _OF_AT.finditer(title):
        rest = title[match.end() :]
        for length in lengths:
            if best is not None and length <= len(best[0]):
                break
            name = rest[:length]
            if len(name) == length and name in names:
                after = rest[length : length + 1]
                if not (after.isalnum() or after == "_") or not name[-1:].isalnum():
                    best = (name, match.start())
    return best


def titles_naming_organizations(
    people: list[PersonMention], organizations: list[OrganizationMention]
) -> None:
    """ "Chief Executive Officer of Kcell": once Kcell is known, the title ends before it.
    A bare "Vice Minister" belongs to the ministry the same or the previous sentence names."""
    written = [m for m in organizations if not m.derived]
    names: dict[str, str] = {}  # a spelling → the organization it names
    for mention in written:
        for spelling in (mention.name, *mention.aliases):
            names.setdefault(spelling, mention.name)
    for mention in written:
        names.setdefault(_GROUP.sub("", mention.name), mention.name)
    lengths = sorted({len(n) for n in names}, reverse=True)
    first_words: dict[str, set[str]] = {}
    for mention in written:
        first_words.setdefault(mention.name.split()[0], set()).add(mention.name)
    ministries = [m for m in organizations if m.name.startswith("Ministry")]
    written_ministries = {m.name for m in ministries if not m.derived}
    for person in people:
        if person.title and person.organization is None:
            found = _named_in(person.title, names, lengths)
            if found:
                person.organization = names[found[0]]
                person.title = person.title[: found[1]]
        title = person.title or ""
        tail = re.search(r"\s+(?:of|at)\s+([A-Z][\w’'-]+)$", title)
        if tail and person.organization is None and tail.group(1).casefold() not in COUNTRIES:
            # "Chief Executive Officer of Svevind": the one organization named "Svevind ...".
            owners = first_words.get(tail.group(1), set())
            if len(owners) == 1:
                person.organization = next(iter(owners))
                person.title = title[: tail.start()]
        if person.title and person.organization is None and _BARE_MINISTER.fullmatch(person.title):
            nearby = [
                m
                for m in ministries
                if m.kind == "government" and person.sentence - 1 <= m.sentence <= person.sentence
            ]
            if nearby:
                person.organization = nearby[-1].name
            elif len(written_ministries) == 1:
                person.organization = next(iter(written_ministries))


def portfolio_word(word: str) -> bool:
    """ "foreign", "defense": a word naming a minister's portfolio."""
    return word in _PORTFOLIOS
