"""What a person's title says about an organization: "Vice Minister of Health" belongs to the
Ministry of Health, "Prime Minister" to the Government, "Almaty Akim" to the city's akimat;
a title that names an organization found in the sentence ends before it."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.home_names import with_country
from kztracker.importing.extract.english.lexicon import COMMON_WORDS, COUNTRIES, TITLE_WORDS
from kztracker.importing.extract.english.places import COUNTRY_SUFFIX
from kztracker.importing.extract.english.regional_heads import headed_region, prefixed_region
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_TITLES = language_file("english", "titles")
_MINISTER = re.compile(_TITLES["minister"])
_AMBASSADOR = re.compile(_TITLES["ambassador"])
_POSTED_TO = re.compile(_TITLES["posted_to"])
# "... of Hungary", "... of the Republic of Korea": a country named at a title's end.
_FOREIGN_SUFFIX = re.compile(_TITLES["country_at_end"])
_PORTFOLIOS: dict[str, str] = language_file("english", "ministries")["portfolio_names"]
_SECRETARY = re.compile(_TITLES["secretary"])
_DEPARTMENTS = frozenset(_TITLES["secretary_departments"])
_PRIME = re.compile(_TITLES["prime_minister"], re.IGNORECASE)  # "the deputy prime minister"
_HOME_GOVERNMENT = _TITLES["home_government"]
_HOME = _TITLES["home_stem"]  # "Kazakh" in a body's name: the home country's
_BODY: dict[str, str] = _TITLES["body_names"]  # "Ministry of {field}", ...
_OF_HOME = _BODY["of_country"].format(name="", country=_HOME_GOVERNMENT)
_COUNTRY_BODIES = tuple(_TITLES["country_bodies"])  # named with a foreign official's country
_AND = _TITLES["office_joiner"]
_PLURAL = _TITLES["plural_ending"]  # "Rectors": a plural title
# "Deputy Minister of Health and Head of Digital Development": a second office the same
# person holds ends the ministry's field.
_second_office = re.compile(
    fill_slots(
        _TITLES["second_office"],
        title_words="|".join(
            re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True) if " " not in w
        ),
    ),
    re.IGNORECASE,
)
# "Almaty Akim", "Shymkent Mayor": the city's own body, by the title's words.
_MUNICIPAL: dict[str, str] = {
    title: body["name"] for body in _TITLES["municipal_bodies"] for title in body["titles"]
}
# What a title drops before the organization named inside it: "Rector of the X" keeps "Rector".
_ORG_LINK_END, _THE_END, _OF_AT_END = (re.compile(p) for p in _TITLES["before_organization"])
_AT_ORGANIZATION = re.compile(_TITLES["at_organization"])  # "Professor at X"
_US_SECRETARY_OF_STATE = re.compile(_TITLES["us_secretary_of_state"])
# "Deputy Foreign Minister", "First Vice Energy Minister": the deputy's ministry
_PORTFOLIO_MINISTER = re.compile(_TITLES["portfolio_minister"])
# "Minister for Science", "Minister of State for X": X's ministry
_MINISTER_FOR, _MINISTER_OF_STATE_FOR = (re.compile(p) for p, _ in _TITLES["minister_fields"])
_FOR_OF, _STATE_FOR_OF = (r for _, r in _TITLES["minister_fields"])
_POSTING = _TITLES["ambassador_posting"]  # "Ambassador of X to Y"
_AKIM = re.compile(_TITLES["akim_of"])


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
    body = _MUNICIPAL.get(title.casefold())
    if body is None:
        return None
    name = body.format(place=place)
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
        title_text = _ORG_LINK_END.sub("", title_text.strip())
        title_text = _THE_END.sub("", title_text)
        title_text = _OF_AT_END.sub("", title_text)
        if not title_text:
            return None
        return singular_title(title_text), org.name, None
    text = text_of(sentence, start, end)
    at = _AT_ORGANIZATION.search(text)
    if at:
        return singular_title(text[: at.start()]), at.group(1), None
    title = COUNTRY_SUFFIX.sub("", text)
    derived = _derived(sentence, title, text, start, end)
    if derived is None and _AND in title:
        # "State Councilor and Foreign Minister", "Deputy Prime Minister and Minister of
        # Foreign Affairs": the last office names the body the person speaks for here
        cut = title.rindex(_AND) + len(_AND)
        derived = _derived(sentence, title[cut:], text[cut:], start, end)
    country = _FOREIGN_SUFFIX.search(title)
    if derived is None and country and country.group(1).casefold() in COUNTRIES:
        # "Foreign Minister of Hungary": the title's own ministry, of that country
        derived = _derived(sentence, title[: country.start()], title[: country.start()], start, end)
        nation = country.group(1)
    if derived is None and nation == "United States" and _US_SECRETARY_OF_STATE.match(title):
        derived = OrganizationMention(
            _TITLES["us_state_department"], start, end, "government", "United States", derived=True
        )
    if derived is not None and nation and COUNTRIES.get(nation.casefold(), nation) != "Kazakhstan":
        if derived.name.endswith(_OF_HOME):  # "Russian Prime Minister"
            derived.name = derived.name.removesuffix(_OF_HOME)
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
    if not mention.name.startswith(_COUNTRY_BODIES) or (
        named and named.group(1).casefold() in COUNTRIES
    ):
        return mention
    name = COUNTRIES.get(country.casefold(), country)
    mention.name = _BODY["of_country"].format(name=mention.name, country=name)
    mention.country = name
    return mention


def _derived(
    sentence: Sentence, title: str, full: str, start: int, end: int
) -> OrganizationMention | None:
    suffix = full[len(title) :].strip()
    portfolio = _PORTFOLIO_MINISTER.match(title)
    if portfolio and all(
        w.casefold() in COMMON_WORDS or w.casefold() in _PORTFOLIOS
        for w in portfolio.group(1).split()
        if w != _AND.strip()
    ):
        field = _PORTFOLIOS.get(portfolio.group(1).casefold(), portfolio.group(1))
        return OrganizationMention(
            _BODY["ministry_of"].format(field=field),
            start,
            end,
            "government",
            "Kazakhstan",
            derived=True,
        )
    minister = _MINISTER.match(_second_office.sub("", title))
    if minister:
        field = _MINISTER_FOR.sub(_FOR_OF, minister.group(1))  # "Minister for Science"
        field = _MINISTER_OF_STATE_FOR.sub(_STATE_FOR_OF, field)  # "Minister of State for X"
        name = _BODY["ministry"].format(field=field) + (f" {suffix}" if suffix else "")
        return OrganizationMention(
            name,
            start,
            end,
            "government",
            "Kazakhstan" if _HOME in name or not suffix else None,
            derived=True,
        )
    ambassador = _AMBASSADOR.match(full)
    if ambassador:
        # "Ambassador of Kazakhstan to Pakistan" heads the Embassy of Kazakhstan in Pakistan.
        # The title may hold the posting itself now: "Ambassador of X to Malaysia".
        sending, _, post = ambassador.group(1).partition(_POSTING)
        name = _BODY["embassy"].format(country=sending)
        posted = _POSTED_TO.match(
            _POSTING + post if post else sentence.text[end - sentence.start :]
        )
        if posted and posted.group(1).casefold() in COUNTRIES:
            name += _TITLES["embassy_posting"] + posted.group(1)
        return OrganizationMention(name, start, end, "government", None, derived=True)
    region = headed_region(full)  # "Governor of Orenburg region": its administration
    if region is not None:
        return OrganizationMention(region[0], start, end, "government", region[1], derived=True)
    akim = _AKIM.match(full)
    if akim:
        return OrganizationMention(
            _BODY["akimat"].format(place=akim.group(1)),
            start,
            end,
            "government",
            "Kazakhstan",
            derived=True,
        )
    secretary = _SECRETARY.match(title)
    if secretary and secretary.group(1).casefold() in _DEPARTMENTS:
        # "Secretary of Commerce": the United States' department, a cabinet only it has
        return OrganizationMention(
            _BODY["department"].format(field=secretary.group(1)),
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
            _BODY["government"].format(country=country),
            start,
            end,
            "government",
            "Kazakhstan" if _HOME in country else None,
            derived=True,
        )
    return None


def singular_title(title: str) -> str:
    words = title.split()
    if words and words[0].casefold().rstrip(_PLURAL) in TITLE_WORDS and words[0].endswith(_PLURAL):
        words[0] = words[0].removesuffix(_PLURAL)
    if words:
        words[0] = upper_first(words[0])
    return " ".join(words)


_OF_AT = re.compile(_TITLES["of_at"])
_OF_AT_NAME_END = re.compile(_TITLES["of_at_name_end"])  # "Chief Executive Officer of Svevind"
_MINISTRY = _COUNTRY_BODIES[0]  # "Ministry ...": a ministry's name
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
    ministries = [m for m in organizations if m.name.startswith(_MINISTRY)]
    written_ministries = {m.name for m in ministries if not m.derived}
    for person in people:
        if person.title and person.organization is None:
            found = _named_in(person.title, names, lengths)
            if found:
                person.organization = names[found[0]]
                person.title = person.title[: found[1]]
        title = person.title or ""
        tail = _OF_AT_NAME_END.search(title)
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
