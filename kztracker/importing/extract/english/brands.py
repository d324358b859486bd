"""Organizations named without a type word ("Google", "Binance", "AstraZeneca Kazakhstan"),
recognized by the company they keep: "partnership with X", "experts from X and Y", "such as
X, Y and Z", "X is a global company", "X Kazakhstan". A name so recognized once is an
organization wherever else the article uses it.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    COMMON_WORDS,
    COUNTRIES,
    HONORIFICS,
    INTERNATIONAL_ACRONYMS,
    MONTHS,
    NATIONALITIES,
    NON_ORGANIZATION_NOUNS,
    NOT_NAMES,
    ORGANIZATION_NOUNS,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
    WEEKDAYS,
)
from kztracker.importing.extract.english.name_runs import proper_runs
from kztracker.importing.extract.english.places import country_of, is_place
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import Coverage, OrganizationMention

_DATA = language_file("english", "brands")
_LEFT: tuple[str, ...] = tuple(_DATA["left"])
_RIGHT: tuple[str, ...] = tuple(_DATA["right"])


def _pattern(key: str, flags: int = 0) -> re.Pattern[str]:
    """The data's pattern `key`, each {list} in it the alternatives of that data list."""
    lists = (
        "is_a",
        "agreement_verbs",
        "agreement_nouns",
        "descriptor_leads",
        "descriptor_nouns",
        "described_not_first",
        "described_nouns",
    )
    return re.compile(
        fill_slots(_DATA[key], **{words: "|".join(_DATA[words]) for words in lists}), flags
    )


_IS_A = _pattern("is_a_pattern", re.IGNORECASE)
# "General Director of X": the title's organization, never a person.
TITLES_OF: frozenset[str] = frozenset(_DATA["titles_of"])
_LEGAL_PREFIXES = frozenset(_DATA["legal_prefixes"])
# "KAZAKHSTAN: A and B signed ...": a label in capitals before the subject; "signed a
# Memorandum of Understanding": the document's noun in any case
_SUBJECT_OF_AGREEMENT = _pattern("subject_of_agreement")
_DESCRIPTOR = _pattern("descriptor")
# ", Kazakhstan's state oil and gas company,": an appositive description between commas.
_DESCRIBED = _pattern("described")
_DESCRIBED_NOUNS = frozenset(_DATA["described_nouns"])
# Acronyms of blocs that mostly qualify something else ("EU funding", "SCO member states").
_BLOCS = frozenset(_DATA["blocs"])
# "state-run", "Paris-based": a hyphened participle describing the company named after it.
_DESCRIBED_BEFORE = re.compile(
    r"^[\w’']+-(?:" + "|".join(language_file("english", "actors")["participle_suffixes"]) + r")$"
)
# Lower-case words, then a short form of mixed case in brackets: "point of presence (PoP)".
_GLOSSED = re.compile(r"((?:\b[a-z][a-z-]+ ){1,6})\(([A-Za-z]{2,6})\)")
_CAMEL = re.compile(r"[a-z][A-Z]")
_FIELD_OF_TITLE = re.compile(_DATA["field_of_title"])
_TITLE_FIELDS = frozenset(_DATA["title_fields"])
_CONNECTORS = frozenset(_DATA["run_connectors"])
_CIRCUMSTANCE_VERBS = frozenset(_DATA["circumstance_verbs"])
_WORDS = _DATA["small_words"]
_BASED = _WORDS["based"]
_ADVERB_END = _WORDS["adverb_ending"]
_DETERMINERS = tuple(_WORDS["determiners"])
_EITHER = tuple(_WORDS["pair_leads"])
_THE = _WORDS["article"]
_AT = _WORDS["place_link"]
_AND = tuple(_WORDS["ands"])
_FROM = _WORDS["range_start"]
_TO = _WORDS["range_end"]
_WITH = _WORDS["partner_link"]
_LIST_LEAD = re.compile(r"\b(?:" + "|".join(_WORDS["list_leads"]) + r")\b")
_LIST_JOINERS = frozenset(_WORDS["list_joiners"])
_UNLETTERED = tuple(_WORDS["unlettered"])
_TITLE_LINKS = tuple(_WORDS["title_links"])
_TITLE_JOINERS = tuple(_WORDS["title_joiners"])


def _candidates(sentence: Sentence, taken: Coverage) -> list[list[Token]]:
    found = []
    for run in proper_runs(sentence):
        part: list[Token] = []
        for token in [*run, None]:
            if (
                token is None
                or token.lower in _CONNECTORS
                or taken.covers(token.start)
                or sentence.text[token.start - sentence.start - 1 : token.start - sentence.start]
                in ("#", "@")
            ):  # "#KazakhstanKorea", "@MFA_KZ": a hashtag or a handle, not a name
                if part:
                    found.append(part)
                part = []
            else:
                part.append(token)
    return [c for c in (_clean(c) for c in found) if c]


def _clean(words: list[Token]) -> list[Token]:
    while words and words[0].lower.endswith(_BASED):
        words = words[1:]  # "Paris-based Lumiere Energies": where it is, not its name
    while words and (
        words[0].lower in NOT_NAMES or words[0].lower in TITLE_WORDS or words[0].lower in HONORIFICS
    ):
        if words[0].lower in HONORIFICS:
            return []  # "His Excellency AskarBekov": a person's name, glued or not
        words = words[1:]
    if not words:
        return []
    lowered = [w.lower for w in words]
    if any(ch.isdigit() for w in words for ch in w.text):
        return []
    if all(
        w in NOT_NAMES
        or w in MONTHS
        or w in WEEKDAYS
        or w in TITLE_WORDS
        or w in COUNTRIES
        or w in NATIONALITIES
        for w in lowered
    ):
        return []
    if is_place(lowered) or lowered[-1] in NON_ORGANIZATION_NOUNS:
        return []
    if all(w in COMMON_WORDS for w in lowered):
        return []  # "Higher Education", "Strategic Partnerships": words, not a name
    if any(re.search(r"\.(?:kz|com|org|net|ru|uk|io)$", w) for w in lowered):
        return []
    if len(words) > 4:
        return []
    return words


def _route_end(left: str, tokens: list[Token], last: int) -> bool:
    """ "from X to Y": a single name between "from" and "to" and another name."""
    return (
        (left == _FROM or left.endswith(" " + _FROM))
        and last + 2 < len(tokens)
        and tokens[last + 1].lower == _TO
        and tokens[last + 2].capitalized
    )


def brand_organizations(
    sentences: list[Sentence],
    taken: list[tuple[int, int]],
    known: set[str],
    organization_ends: frozenset[int] = frozenset(),
) -> list[OrganizationMention]:
    """Organization mentions without a type word; `known` holds names already found and
    `organization_ends` where the organizations already found end."""
    covered = Coverage(taken)
    per_sentence = [(i, s, _candidates(s, covered)) for i, s in enumerate(sentences)]
    common = _lower_case_glosses(sentences)
    per_sentence = [
        (i, s, [c for c in found if _name(s, c) not in common]) for i, s, found in per_sentence
    ]
    names: set[str] = set(known)
    for _ in range(2):  # a second pass lets coordination spread from a name found in the first
        for _index, sentence, candidates in per_sentence:
            for words in candidates:
                name = _name(sentence, words)
                if name not in names and _triggered(
                    sentence, words, candidates, names, organization_ends
                ):
                    names.add(name)
    mentions = []
    for index, sentence, candidates in per_sentence:
        for words in candidates:
            name = _name(sentence, words)
            if name in names:
                origin = _origin(words)
                if origin:  # "Turkish Omtis Makina", "French TotalEnergies": the name after it
                    words, name = words[1:], _name(sentence, words[1:])
                following = sentence.tokens[sentence.tokens.index(words[-1]) + 1 :][:1]
                if following and following[0].text[:1].isdigit():
                    continue
                if _FIELD_OF_TITLE.match(sentence.text[words[-1].end - sentence.start :]) and all(
                    w.lower in COMMON_WORDS or w.lower in NATIONALITIES for w in words
                ):  # "Kazakh Culture and Sports Minister X": the title's field, no company
                    continue
                parent = None
                if len(words) > 1 and words[-1].lower in COUNTRIES:
                    parent = _name(sentence, words[:-1])
                if parent in INTERNATIONAL_ACRONYMS:
                    # "UNICEF Kazakhstan" is UNICEF's country office: UNICEF itself.
                    mentions.append(
                        OrganizationMention(
                            parent,
                            words[0].start,
                            words[-1].end,
                            "international",
                            None,
                            aliases=[name],
                            sentence=index,
                        )
                    )
                    continue
                mentions.append(
                    OrganizationMention(
                        name,
                        words[0].start,
                        words[-1].end,
                        "company" if parent else None,
                        country_of(name) if parent else origin,
                        parent=parent,
                        sentence=index,
                    )
                )

    return mentions


def _lower_case_glosses(sentences: list[Sentence]) -> set[str]:
    """ "a point of presence (PoP)", "the memorandum of understanding (MoU)": a short form in
    brackets after lower-case words whose initials it is shortens a common noun, no body."""
    found = set()
    for sentence in sentences:
        for match in _GLOSSED.finditer(sentence.text):
            short = match.group(2)
            every = match.group(1).split()
            plain = [w for w in every if w not in _UNLETTERED]
            if any(  # "of" gives "PoP" a letter; it gives "SME" none
                len(words) >= len(short)
                and "".join(w[0] for w in words[-len(short) :]) == short.casefold()
                for words in (every, plain)
            ):
                found.add(short)
    return found


def _origin(words: list[Token]) -> str | None:
    """The country of a nationality heading a company's own name: before an acronym or a
    CamelCase word ("Chinese CNPC", "French TotalEnergies"), or before two words or more none
    of which is a common or type word ("Turkish Omtis Ortadogu Makina"); not "Kazakh Invest"."""
    country = NATIONALITIES.get(words[0].lower) if len(words) > 1 else None
    rest = words[1:]
    if not country or any(w.lower in COMMON_WORDS or w.lower in ORGANIZATION_TYPES for w in rest):
        return None
    if len(rest) == 1 and not re.search(r"[A-Z]{2}|[a-z][A-Z]", rest[0].text):
        return None
    return country


def _triggered(
    sentence: Sentence,
    words: list[Token],
    candidates: list[list[Token]],
    names: set[str],
    organization_ends: frozenset[int],
) -> bool:
    tokens = sentence.tokens
    first = tokens.index(words[0])
    last = tokens.index(words[-1])
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    following_word = tokens[last + 1] if last + 1 < len(tokens) else None
    if len(words) == 1 and words[0].lower.endswith(_ADVERB_END) and following_word is not None:
        if following_word.text == ",":
            return False  # "Currently, Busan City is ...": an adverb opening the clause
    if (
        following_word is not None
        and following_word.lower in ORGANIZATION_NOUNS
        and first
        and (tokens[first - 1].lower in _DETERMINERS)
    ):
        return True  # "at the Lokomotiv Kurastyru Zauyty plant", "the Tobol Agro cooperative"
    if len(words) >= 2 and words[0].text in _LEGAL_PREFIXES:
        return True  # "JSC Kazakhstan Temir Zholy": a legal form before a name
    if first and _DESCRIBED_BEFORE.match(tokens[first - 1].text):
        return True  # "state-run Kazatomprom", "Paris-based Orano": a company described
    if len(words) == 1 and words[0].text in INTERNATIONAL_ACRONYMS - _BLOCS:
        return True  # "UNESCO", "UNICEF": an international organization by its acronym
    if (
        after_title_of(tokens, first)
        and words[0].lower.rstrip("s") not in TITLE_WORDS  # "Board of Directors of X"
        and not (len(words) == 1 and words[0].lower in _TITLE_FIELDS)  # "VP of Operations"
        and (following is None or following.lower not in _AND)
        and not any(n.startswith(_name(sentence, words) + " ") for n in names)
    ):
        return True  # "General Director of Total Eren", "CEO of PJSC Tatneft"
    rest = sentence.text[words[-1].end - sentence.start :]
    if _DESCRIPTOR.match(rest) or _DESCRIBED.match(rest):
        return True  # "Kazakh Invest national company"
    if following is not None and (
        following.text[:1].isdigit()
        or following.lower in ORGANIZATION_TYPES
        or following.lower in NON_ORGANIZATION_NOUNS
    ):
        return False  # "ConnectED 2024", "Tartu university": a name inside another phrase
    window = [t.lower for t in tokens[max(0, first - 5) : first]]
    if window[-2:-1] and window[-1] == "," and window[-2] in _DESCRIBED_NOUNS:
        return True  # "the national atomic company, Kazatomprom, and X": the name it describes
    if window and window[-1] in _DESCRIBED_NOUNS:
        return True  # "the national teacher training organisation Orleu"
    if window and window[-1] in _EITHER:
        window = window[:-1]  # "loans from both X and Y": the pair is what "from" takes
    if window and (window[-1] == _THE or first and tokens[first - 1].possessive):
        window = window[:-1]  # "with the X", "with China's X"
    left = " ".join(window[-3:])
    if _route_end(left, tokens, last):
        return False  # "runs from Atasu to Alashankou": where a line starts, not who acts
    if any(left == w or left.endswith(" " + w) for w in _LEFT) and not _circumstance(
        left, following
    ):
        if not left.endswith(_AT) or following is None or not following.text[:1].isalnum():
            return True
    if following is not None and following.lower in _AND and last + 2 < len(tokens):
        partner = next((c for c in candidates if c[0] is tokens[last + 2]), None)
        if partner is not None and _name(sentence, partner) in names:
            return True  # "KMG and Sinopec discussed": coordinated with a name found
    right = " ".join(t.lower for t in tokens[last + 1 : last + 3])
    if any(right.startswith(w) for w in _RIGHT):
        return True
    if _IS_A.match(rest):
        return True
    if words[-1].possessive and following is not None and following.lower in TITLE_WORDS:
        return True  # "Boeing's Vice President"
    subject = _SUBJECT_OF_AGREEMENT.match(sentence.text)
    if subject and words[-1].end - sentence.start <= subject.end("subject"):
        return True  # "Air Astana and Boeing have extended their agreement"
    lead = first - 1 if first and tokens[first - 1].lower == _THE else first
    ahead = tokens[lead - 2 : lead] if lead >= 2 else []  # "the BMBF, the DAAD": each its own "the"
    if (
        [t.lower for t in ahead[1:]] in ([_WORDS["joiner"]], [","])
        and ahead[0].end in organization_ends
        and (
            following is None
            or following.lower not in _AND
            # "memoranda with A, B and C": a list of partners runs on past "and"
            or _LIST_LEAD.search(sentence.text[: ahead[0].start - sentence.start])
        )
    ):
        return True  # "with Astana Hub and Microsoft": coordinated with a found organization
    if len(words) > 1 and words[-1].lower in COUNTRIES:
        return True
    if any(_CAMEL.search(w.text) and w.text[0].isupper() for w in words) and len(words) <= 2:
        return True
    # Coordinated with a name already known to be an organization: "Elsevier and Clarivate".
    for other in candidates:
        if other is words or _name(sentence, other) not in names:
            continue
        a, b = sorted((tokens.index(other[0]), first))
        between = {t.lower for t in tokens[a:b]} - {t.lower for t in [*other, *words]}
        if between and between <= _LIST_JOINERS:
            return True
    return False


def _circumstance(left: str, following: Token | None) -> bool:
    """ "with X having failed to ...", "with X being ...": "with" opens a circumstance about X,
    no partnership with it."""
    return (
        (left == _WITH or left.endswith(" " + _WITH))
        and following is not None
        and following.text in _CIRCUMSTANCE_VERBS
    )


def _name(sentence: Sentence, words: list[Token]) -> str:
    return sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]


def after_title_of(tokens: list[Token], first: int) -> bool:
    """Whether the word at `first` follows "of" or "at" closing a company title: "General
    Director of X", "Chairman of the Board of Directors of X"."""
    if first < 2 or tokens[first - 1].lower not in _TITLE_LINKS:
        return False
    for n in range(first - 2, max(-1, first - 10), -1):
        if tokens[n].lower in TITLES_OF:
            return True
        if not (tokens[n].capitalized or tokens[n].lower in _TITLE_JOINERS):
            return False
    return False
