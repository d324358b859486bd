"""Mentions of people: capitalised name pairs after a title, or with a surname's shape.

Kazakh puts the title and its owner before the name: «ҚР Ауыл шаруашылығы вице-министрі Гүлмира
Исаева», «БҰҰ-ның Бас хатшысы Антониу Гутерриш». The title is read backwards from its head word
to the organization that owns it (a genitive name, or «X тарапынан» — on X's side); a minister
with no named owner implies a ministry (`implied`), an akim an akimat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kztracker.importing.extract.kazakh.endings import (
    case_of,
    genitive,
    nominative,
    person_nominative,
    strip_case,
)
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.organizations import official_owner, type_of
from kztracker.importing.extract.kazakh.segment import Sentence, Token
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_NOUN_CASES = tuple(data("endings")["object_case_endings"])  # not «Асайын»
_TITLE_WORDS = 8  # words a title may hold before its head, the owner's name aside


@dataclass(frozen=True)
class Title:
    bare: str
    head: str
    implies: str | None = None  # the owner's type word in its possessed form («министрлігі»)
    implies_fixed: str | None = None  # an owner named outright («Үкімет»)


@cache
def _titles() -> dict[str, Title]:
    index: dict[str, Title] = {}
    for raw in data("people")["titles"]:
        title = Title(raw["bare"], raw["head"], raw.get("implies"), raw.get("implies_fixed"))
        index[title.bare] = title
        index[title.head] = title
    return index


def title_of(word: str) -> Title | None:
    """The title `word` is a form of: «министрінің» → министр, «төрағасы» → төраға."""
    folded = word.casefold()
    found = _titles().get(folded) or _titles().get(strip_case(word).casefold())
    if found is None and "-" in word.strip("-"):
        return title_of(word.rsplit("-", 1)[1])  # «төрағасы-ректор»: two titles, one person
    return found


_INITIAL = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)+")


def _name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not text[:1].isalpha():
        return False
    if len(text) > 1 and text.isupper() and "." not in text:
        return False  # an acronym («ҚР», «БҰҰ»)
    folded = strip_case(text).casefold()
    lists = ("not_names",)
    if any(folded in words("people", key) or token.lower in words("people", key) for key in lists):
        return False
    places = words("organizations", "places", "countries", "latin_heads")
    return folded not in places and type_of(text) is None and title_of(text) is None


@cache
def _patronymic_endings() -> tuple[str, ...]:
    """A middle name's endings: a Kazakh one («Әнуарбекқызы», «Бахетжанұлы») or a Russian one
    («Афанасьевич»), so a third name word after it is the surname."""
    return (*words("people", "patronymic_endings"), *data("people")["russian_patronymic_endings"])


def _surname(word: str) -> bool:
    folded = strip_case(word).casefold()
    endings = words("people", "surname_endings")
    return len(folded) > 4 and any(folded.endswith(end) for end in endings)


def _object_verb(token: Token | None) -> bool:
    """«қабылдады», «құттықтады»: a verb whose object the name before it is."""
    stems = tuple(data("people")["object_verbs"])
    return token is not None and token.lower.startswith(stems)


def _name_at(tokens: list[Token], i: int) -> int:
    """How many tokens from `i` form a name: 2, 3 for short East Asian names, initials
    written apart and a surname («С. Н. Идрисов»), or 0."""
    initials = 0
    while (
        i + initials < len(tokens)
        and initials < 3
        and _INITIAL.fullmatch(tokens[i + initials].text)
    ):
        initials += 1
    if initials >= 2 and i + initials < len(tokens) and _name_word(tokens[i + initials]):
        return initials + 1
    if tokens[i].lower.endswith(_NOUN_CASES) and case_of(tokens[i].text) is not None:
        return 0  # «Семинарды ...», «Жиынға ...»: a first name takes no case; a noun does
    run = 0
    while i + run < len(tokens) and run < 3 and _name_word(tokens[i + run]):
        run += 1
    patronymic = run == 3 and tokens[i + 1].lower.endswith(_patronymic_endings())
    if patronymic and i + 3 < len(tokens) and type_of(tokens[i + 3].text) is not None:
        patronymic = False  # «Бақытжан Берікбайұлы Түркі академиясына»: a body's name follows
    if (
        run == 3
        and not patronymic
        and not all(len(strip_case(t.text)) <= 4 for t in tokens[i : i + 3])
    ):
        run = 2  # «Ким Енг Гон», «Зәуре Әнуарбекқызы Байменова», not «Саясат Нұрбек Астанада»
    if run >= 2 and tokens[i + 1].text.endswith("."):
        return 0  # two sets of initials
    return run if run >= 2 else 0


def people_in(
    sentence: Sentence, index: int, organizations: list[OrganizationMention]
) -> tuple[list[PersonMention], list[OrganizationMention]]:
    """The people of a sentence, and the organizations their titles imply."""
    tokens = sentence.tokens
    people: list[PersonMention] = []
    implied: list[OrganizationMention] = []
    named_after = words("people", "named_after")
    inside = [(m.start, m.end) for m in organizations]
    named: list[int] = []  # where each person's name ends: a later title stops there
    i = 0
    while i < len(tokens):
        run = _name_at(tokens, i)
        if not run or any(s <= tokens[i].start < e for s, e in inside):
            i += 1
            continue
        after = tokens[i + run] if i + run < len(tokens) else None
        if after is not None and after.lower in named_after:
            i += run
            continue
        title = title_of(tokens[i - 1].text) if i > 0 else None
        honoured = after is not None and after.lower in words("people", "honorifics")
        given = tokens[i].lower in words("people", "given_names")
        if title is None and not honoured and not given and not _surname(tokens[i + run - 1].text):
            i += 1
            continue
        first, last = tokens[i], tokens[i + run - 1]
        written = sentence.text[first.start - sentence.start : last.end - sentence.start]
        name = person_nominative(written, _object_verb(after))
        person = PersonMention(name, first.start, last.end, sentence=index)
        if title is not None:
            _read_title(sentence, tokens, i - 1, person, organizations, implied, index, named)
        else:
            _title_after(sentence, tokens, i + run, person, organizations, implied, index)
        people.append(person)
        named.append(last.end)
        i += run
    return people, implied


def _read_title(
    sentence: Sentence,
    tokens: list[Token],
    head: int,
    person: PersonMention,
    organizations: list[OrganizationMention],
    implied: list[OrganizationMention],
    index: int,
    named: list[int],
) -> None:
    """The title ending at token `head`, its owner, and the organization it implies."""
    owners = [m for m in organizations if not _state_mention(m)]

    def owner_at(token: Token) -> OrganizationMention | None:
        if case_of(token.text) not in (None, "genitive"):
            return None  # «... университетінде Президенті»: where, not whose
        found = next((m for m in owners if m.start < token.end and token.start < m.end), None)
        if found is None and type_of(token.text) is not None and tokens.index(token) > 0:
            # «Hyundai Engineering компаниясының»: the name before its type word
            before = tokens[tokens.index(token) - 1]
            found = next((m for m in owners if m.end == before.end), None)
        return found

    start = head
    owner: OrganizationMention | None = None
    side: Token | None = None
    while start > 0 and head - start < _TITLE_WORDS:
        before = tokens[start - 1]
        # «"Отандастар қоры" президенті»: a quoted owner ends at its closing quote
        owner = owner_at(tokens[start - 2] if before.text == "»" and start > 1 else before)
        if owner is not None:
            break
        if before.lower in words("agreements", "side") and start > 1:
            side = tokens[start - 2]
            owner = owner_at(side)
            break
        if before.text in (",", "–", "—") and start > 1 and title_of(tokens[start - 2].text):
            start -= 2  # «ректор, профессор Го Чанги», «Басқарма Төрағасы – Ректоры ...»
            continue
        if _rank_word(tokens, start - 1):
            start -= 1  # «Төтенше және өкілетті елшісі»: the ambassador's rank
            continue
        if not _title_word(before, named):
            break
        start -= 1
    while start < head and tokens[start].lower in words("agreements", "conjunctions"):
        start += 1  # «Гүлнар Әбдіқызы және Польшаның ... елшісі»: «және» joins two people
    text = sentence.text[tokens[start].start - sentence.start : tokens[head].end - sentence.start]
    person.title = nominative(text)
    if owner is not None:
        person.organization = owner.name
        return
    heads = words("people", "heads_of_state")
    modifiers = tokens[start:head]
    if tokens[head].lower in heads and any(_place(t) for t in modifiers):
        return  # «Иран президенті», «Қытай Халық Республикасының Төрағасы»: no organization
    org = implied_body(sentence, tokens, start, head, index)
    if org is not None:
        org.name = _of_side(side, org.name)
        person.organization = org.name
        implied.append(org)


def _of_side(side: Token | None, name: str) -> str:
    """«Түркия тарапынан Сауда министрі»: the body of that side's country, not of the home
    one the title alone would give."""
    country = strip_case(side.text) if side is not None else ""
    folded = country.casefold()
    foreign = words("organizations", "countries") - words("organizations", "home")
    if folded not in foreign or folded in name.casefold():
        return name
    official = data("organizations")["state_names"].get(country)
    return f"{genitive(official or country)} {name}"


def _title_after(
    sentence: Sentence,
    tokens: list[Token],
    at: int,
    person: PersonMention,
    organizations: list[OrganizationMention],
    implied: list[OrganizationMention],
    index: int,
) -> None:
    """«Асқар Жұмағалиев, Цифрлық даму министрі, ...»: a title in apposition after the name."""
    if at >= len(tokens) or tokens[at].text != ",":
        return
    for head in range(at + 1, min(at + 1 + _TITLE_WORDS, len(tokens))):
        if not tokens[head].text[:1].isalpha():
            return
        after = tokens[head + 1].text if head + 1 < len(tokens) else ","
        # «..., Денсаулық сақтау министрі:» ends before the words the person says
        if title_of(tokens[head].text) and case_of(tokens[head].text) is None and after in ",.:":
            _read_title(sentence, tokens, head, person, organizations, implied, index, [])
            return


def _title_word(token: Token, named: list[int]) -> bool:
    """A word a title may hold before its head: an owner in the genitive, a modifier; not
    another person's name or title («Үкімет басшысы Иранның ... вице-президенті»)."""
    if not token.text[:1].isalpha() or token.lower in words("organizations", "boundaries"):
        return False
    if token.text.islower() and token.lower.endswith(tuple(data("people")["participle_endings"])):
        return False  # «... келген профессор»: the clause's verb, not the title's
    if token.end in named or token.lower in words("organizations", "not_owners"):
        return False
    entry = type_of(token.text)
    if entry is not None and not entry.state and token.lower != entry.bare:
        return False  # «мұнай-химия университетінің»: the owner, not «басқарма төрағасы»
    case = case_of(token.text)
    if title_of(token.text) is not None and case is None:
        return False
    return case in (None, "genitive", "attributive")


def _rank_word(tokens: list[Token], at: int) -> bool:
    """«Төтенше», «өкілетті», and the «және» between them: a rank, part of the title only."""
    ranks = words("people", "title_modifiers")
    if tokens[at].lower in ranks:
        return True
    return (
        tokens[at].lower == data("agreements")["and_word"]
        and 0 < at < len(tokens) - 1
        and (tokens[at - 1].lower in ranks and tokens[at + 1].lower in ranks)
    )


def _place(token: Token) -> bool:
    folded = strip_case(token.text).casefold()
    return (
        folded in words("organizations", "countries")
        or folded in words("organizations", "home")
        or (type_of(token.text) is not None and type_of(token.text).state)  # type: ignore[union-attr]
    )


def _state_mention(mention: OrganizationMention) -> bool:
    entry = type_of(mention.name.split()[-1])
    return entry is not None and entry.state


def implied_body(
    sentence: Sentence, tokens: list[Token], start: int, head: int, index: int
) -> OrganizationMention | None:
    """«Ғылым және жоғары білім министрі» → «Ғылым және жоғары білім министрлігі»; «Сенат
    төрағасы» → «Сенат» (a chamber named in the title is the body; data people chambers)."""
    chamber = next(
        (
            t
            for t in tokens[start:head]
            if strip_case(t.text).casefold() in words("people", "chambers")
        ),
        None,
    )
    if chamber is not None:
        return OrganizationMention(
            strip_case(chamber.text),
            chamber.start,
            chamber.end,
            "government",
            derived=True,
            sentence=index,
        )
    for k in range(head, start - 1, -1):
        title = title_of(tokens[k].text)
        if title is None:
            continue
        # «Өзбекстан Республикасы Премьер-Министрі»: another country's head of government
        # serves that country's government, not the home one the bare title names
        if title.implies_fixed and not (title.implies and _foreign(tokens[start:k])):
            token = tokens[k]
            return OrganizationMention(
                _home_body(tokens[start:k], title) or title.implies_fixed,
                token.start,
                token.end,
                "government",
                derived=True,
                sentence=index,
            )
        if title.implies is None:
            continue
        # «Премьер-Министрінің орынбасары – Сыртқы істер министрі»: the body is the last post's
        dashes = [i for i in range(start, k) if tokens[i].text in ("–", "—")]
        first = dashes[-1] + 1 if dashes else start
        while first < k and not tokens[first].capitalized:
            first += 1  # «еліміздің Денсаулық сақтау министрі»: the name starts capitalised
        kept = [t for i, t in enumerate(tokens[first:k], start=first) if not _rank_word(tokens, i)]
        owners = [t for t in kept if t.lower not in words("people", "not_owners")]
        if not owners:
            return None  # a bare «министр», «Бас консул», «Облыс әкімі» names no one
        # «Ресейдің Өскемендегі бас консулы» serves «Ресей Федерациясының ... консулдығы».
        written = [official_owner(t) or t.text for t in kept]
        name = " ".join([*written, title.implies])
        return OrganizationMention(
            name, tokens[first].start, tokens[k].end, "government", derived=True, sentence=index
        )
    return None


def _foreign(tokens: list[Token]) -> bool:
    """Whether the words name a country other than the home one («Өзбекстан», not «ҚР»)."""
    home = words("organizations", "home")
    states = {n.split()[0].casefold() for n in data("organizations")["state_names"].values()}
    named = {strip_case(t.text).casefold() for t in tokens}
    return bool(named & (words("organizations", "countries") | states) - home)


def _home_body(tokens: list[Token], title: Title) -> str | None:
    """«ҚР Премьер-Министрі»: the home country named in the title names its body in full
    («Қазақстан Республикасының Үкіметі»); None when the title names no country."""
    raw = data("organizations")
    home = words("organizations", "home")
    if not title.implies or not any(strip_case(t.text).casefold() in home for t in tokens):
        return None
    return f"{genitive(raw['state_names'][raw['home'][0]])} {title.implies}"
