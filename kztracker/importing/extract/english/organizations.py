"""Organizations named in a sentence: a run of capitalized words around a type word.

"Ministry of Health of the Republic of Kazakhstan", "Astana Medical University", "AAALAC
International": the type word heads the name; complements after "of", "for" or "under" belong
to it unless they hold a type word of their own, which makes them the parent organization
("Scientific and Technical Council of the Ministry of Health").
"""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    APPOSITIVE_HEADS,
    APPOSITIVE_LEADS,
    CITIES,
    COUNTRIES,
    LEGAL_SUFFIXES,
    MONTHS,
    NON_ORGANIZATION_NOUNS,
    NOT_NAMES,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
    UPPERCASE_SUFFIXES,
)
from kztracker.importing.extract.english.name_edges import (
    complement_before_person,
    one_business,
)
from kztracker.importing.extract.english.name_runs import LINKS, proper_runs
from kztracker.importing.extract.english.places import COUNTRY_SUFFIX, country_of
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.english.type_words import (
    appositive_end,
    is_type_word,
    surname_before_given,
    too_vague,
)
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "organizations")
_WORDS = _DATA["parse_words"]
_ADJECTIVE = re.compile(r"(?:" + "|".join(_WORDS["adjective_suffixes"]) + r")$")
_THE = _WORDS["article"]
_OF = _WORDS["link"]
_FOR = _WORDS["purpose_link"]
_INTERNATIONAL = _WORDS["international_word"]
_GENERAL = _WORDS["general_word"]
_ANDS = tuple(_WORDS["ands"])
_INDEFINITE = tuple(_WORDS["indefinite_articles"])
_TITLE_LINKS = tuple(_WORDS["title_links"])
_NUMBER_WORDS = tuple(_WORDS["number_words"])
_OF_THE_PARENT = _WORDS["of_the_parent"]
_DOMAIN_NOUNS: frozenset[str] = frozenset(_DATA["domain_nouns"])
_KEPT: frozenset[str] = frozenset(_DATA["kept_before_type"])
_GENERAL_AFTER: frozenset[str] = frozenset(_DATA["general_after"])  # "Consulate General"
_DESCRIPTION_LEADS: frozenset[str] = frozenset(_DATA["description_leads"])
_FIELD_TYPES: frozenset[str] = frozenset(_DATA["field_types"])
# The small words a title's chain of names runs through: "Head of the Chair at the Institute".
_CHAIN: frozenset[str] = frozenset(_DATA["title_chain_words"])
_CHAIN_REACH = 12  # tokens looked back through for the title


def _chunks(run: list[Token]) -> list[tuple[Token | None, list[Token]]]:
    """Split at "of", "for", "under": (the link word before the chunk, the chunk's words)."""
    chunks: list[tuple[Token | None, list[Token]]] = []
    link: Token | None = None
    words: list[Token] = []
    for token in run:
        if token.lower in LINKS:
            chunks.append((link, words))
            link, words = token, []
        elif token.lower == _THE and not words:
            continue
        else:
            words.append(token)
    chunks.append((link, words))
    return [(link, words) for link, words in chunks if words]


def _head(words: list[Token], following: Token | None) -> int | None:
    """Index of the type word heading the chunk, or None when the chunk names no organization."""
    for h in range(len(words) - 1, -1, -1):
        if not is_type_word(words[h]) or surname_before_given(words, h):
            continue
        after = h + 1
        while after < len(words) and (
            words[after].lower in COUNTRIES
            or words[after].lower in CITIES
            or words[after].lower in LEGAL_SUFFIXES
            or words[after].text in UPPERCASE_SUFFIXES
            or words[after].lower == _INTERNATIONAL
            or (words[after].lower == _GENERAL and words[h].lower in _GENERAL_AFTER)
        ):
            after += 1
        if (
            words[h].lower in APPOSITIVE_HEADS
            and 0 < h
            and all(w.lower in APPOSITIVE_LEADS for w in words[:h])
            and 0 < len(words) - after <= 3
        ):
            after = appositive_end(words, after)
        if (
            after + 2 == len(words)
            and words[after].lower in _ANDS
            and words[after + 1].lower in _DOMAIN_NOUNS
        ):
            after += 2  # "Wageningen University & Research"
        nxt = words[after] if after < len(words) else following
        if nxt is not None and nxt.lower in NON_ORGANIZATION_NOUNS:
            return None
        if words[h].lower == _INTERNATIONAL and after < len(words):
            continue
        if words[h].lower in LEGAL_SUFFIXES and h == 0:
            return None
        if words[h].lower == _INTERNATIONAL and h == 0:
            return None
        return after - 1
    return None


def organizations_in(sentence: Sentence, index: int) -> list[OrganizationMention]:
    found: list[OrganizationMention] = []
    tokens = sentence.tokens
    for run in proper_runs(sentence):
        end_pos = tokens.index(run[-1])
        start_pos = tokens.index(run[0])
        following = tokens[end_pos + 1] if end_pos + 1 < len(tokens) else None
        preceding = tokens[start_pos - 1] if start_pos > 0 else None
        if run[0].lower in _INDEFINITE and len(run) > 1:
            preceding = run[0]  # "A Leading European University signed": described, not named
        before = [t.lower for t in tokens[max(0, start_pos - 3) : start_pos]]
        if before and before[-1] in _TITLE_LINKS and any(w in TITLE_WORDS for w in before):
            # "Director General of the Institute of Nuclear Physics Yerzhan Akhmetov"
            preceding = Token("title", -1, -1)
        elif _titled_chain(tokens, start_pos):
            preceding = Token("title", -1, -1)
        found.extend(_parse_run(sentence, run, following, preceding, index))
    return found


def _titled_chain(tokens: list[Token], start: int) -> bool:
    """Whether a title heads the names the run ends: "Director of the Bank of X’s Regional
    Office for Y A. B.", "Head of the Chair of Z at the Institute of W A. B." (the person then
    follows the last name)."""
    if start == 0 or not (tokens[start - 1].lower in _CHAIN or tokens[start - 1].possessive):
        return False
    for token in reversed(tokens[max(0, start - _CHAIN_REACH) : start]):
        if token.lower in TITLE_WORDS:
            return True
        if not (token.capitalized or token.lower in _CHAIN):
            return False
    return False


def _parse_run(
    sentence: Sentence,
    run: list[Token],
    following: Token | None,
    preceding: Token | None,
    index: int,
) -> list[OrganizationMention]:
    parts = _coordinated(run)
    if len(parts) > 1:
        found = []
        for k, part in enumerate(parts):
            after = parts[k + 1][0] if k + 1 < len(parts) else following
            found.extend(_parse_run(sentence, part, after, preceding if k == 0 else None, index))
        return found
    chunks = _chunks(run)
    mentions: list[OrganizationMention] = []
    i = 0
    while i < len(chunks):
        link, words = chunks[i]
        titled = any(w.lower in TITLE_WORDS for _, c in chunks[:i] for w in c) or (
            preceding is not None and preceding.lower == "title"
        )
        nxt = chunks[i + 1][1][0] if i + 1 < len(chunks) else following
        head = _head(words, nxt)
        if head is None:
            i += 1
            continue
        number = _number_after(words, head)  # "Secondary School No. 24"
        words = _left_edge(words[: head + 1])
        if words and words[0].lower in _DESCRIPTION_LEADS:
            i += 1  # "the Leading Bank of the Region": a description, not a name
            continue
        # The complement: following chunks without a type word of their own.
        last = number or (words[-1] if words else None)
        j = i + 1
        has_complement = False
        while words and j < len(chunks) and head == len(chunks[i][1]) - 1:
            c_link, c_words = chunks[j]
            c_words = complement_before_person(
                chunks[j][1], c_link, titled, j + 1 == len(chunks), _DOMAIN_NOUNS
            )
            nxt_j = chunks[j + 1][1][0] if j + 1 < len(chunks) else following
            field = c_link is not None and c_link.lower == _FOR and _field(c_words)
            if not c_words or (
                _head(c_words, nxt_j) is not None and not _legal_tail(c_words) and not field
            ):
                break  # "Bank of China Limited": a legal form closes the name, heads nothing
            last = c_words[-1]
            has_complement = True
            j += 1
            if len(c_words) < len(chunks[j - 1][1]):
                break
        if last is None or too_vague(words, has_complement or number is not None):
            i = j
            continue
        if preceding is not None and preceding.lower in _INDEFINITE and i == 0:
            i = j
            continue  # "creating a Regional Pharmaceutical Center": described, not named
        start = words[0].start
        name = _slice(sentence, start, last.end)
        mention = OrganizationMention(
            name=name,
            start=start,
            end=last.end,
            kind=_kind(words),
            country=country_of(name),
            sentence=index,
        )
        mentions.append(mention)
        link_j = chunks[j][0] if j < len(chunks) else None
        adjacent = link_j is not None and not _slice(sentence, last.end, link_j.start).strip()
        if link_j is not None and link_j.lower == _OF and adjacent:
            # "... of the Ministry of Health": the next organization is this one's parent.
            parents = _parse_run(sentence, _rest(run, chunks[j][1][0]), following, None, index)
            if parents:
                mention.parent = parents[0].name
                mention.country = mention.country or parents[0].country  # its parent's country
                if not has_complement:
                    core = COUNTRY_SUFFIX.sub("", parents[0].name)
                    mention.aliases.append(mention.name)
                    mention.name = _OF_THE_PARENT.format(name=mention.name, parent=core)
                mentions.extend(parents)
            break
        i = j
    return mentions


def _field(words: list[Token]) -> bool:
    """ "for Civil Service Affairs": a type word that names the body's field after "for"."""
    heads = [w for w in words if is_type_word(w)]
    return bool(heads) and all(w.lower in _FIELD_TYPES for w in heads)


def _number_after(words: list[Token], head: int) -> Token | None:
    """The number a numbered body's type word is followed by in its run (name_runs.py lets
    only such a number in): "Gymnasium No. 38"."""
    rest = words[head + 1 : head + 3]
    if rest and rest[0].text in _NUMBER_WORDS:
        rest = rest[1:]
    return rest[0] if rest and rest[0].text.isdigit() else None


def _legal_tail(words: list[Token]) -> bool:
    types = [k for k, w in enumerate(words) if is_type_word(w)]
    return bool(types) and all(
        words[k].lower in LEGAL_SUFFIXES and k == len(words) - 1 for k in types
    )


def _coordinated(run: list[Token]) -> list[list[Token]]:
    """ "De Montfort University and Coventry University": two names joined by "and"."""
    parts: list[list[Token]] = []
    current: list[Token] = []
    for k, token in enumerate(run):
        if token.lower in _ANDS and any(is_type_word(w) for w in current):
            right = []
            for w in run[k + 1 :]:
                if w.lower in LINKS or w.lower in _ANDS:
                    break
                right.append(w)
            if any(is_type_word(w) for w in right) and not one_business(current, run[k + 1 :]):
                parts.append(current)
                current = []
                continue
        current.append(token)
    parts.append(current)
    return [p for p in parts if p]


def _rest(run: list[Token], first: Token) -> list[Token]:
    return run[run.index(first) :]


def _left_edge(words: list[Token]) -> list[Token]:
    """Drop openers ("The", "During") and, before "and", words that are another name."""
    while words and (
        words[0].lower in NOT_NAMES and not words[0].text.isupper() or words[0].lower in MONTHS
    ):
        if words[0].lower in _KEPT and 1 < len(words) <= 4 and is_type_word(words[-1]):
            break  # "the State Council of China", "the State Oil Company of X"
        words = words[1:]
    heads = [k for k, w in enumerate(words) if is_type_word(w)]
    for k in range((heads[-1] if heads else len(words)) - 1, -1, -1):
        if words[k].lower not in _ANDS:
            continue
        left = words[:k]
        if one_business(left, words[k + 1 :]):
            continue
        if any(is_type_word(w) for w in left):
            return words[k + 1 :]
        if len(left) == 1 and (_ADJECTIVE.search(left[0].lower) or left[0].lower in _DOMAIN_NOUNS):
            continue
        if all(w.lower in _DOMAIN_NOUNS for w in left):
            continue
        return words[k + 1 :]
    return words


def _kind(words: list[Token]) -> str:
    for token in reversed(words):
        if token.lower in ORGANIZATION_TYPES and token.lower not in (_INTERNATIONAL,):
            return ORGANIZATION_TYPES[token.lower]
    return "international" if words and words[-1].lower == _INTERNATIONAL else "other"


def _slice(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]
