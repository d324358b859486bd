"""Whether a capitalized run names a company by the company it keeps: the words before it ("a
partnership with X", "experts from X"), the words after it ("X signed", "X is a global
company"), the names it is coordinated with, its own shape ("JSC X", "X Kazakhstan").
The tests run in order and the first that holds decides; some say no, and a test that says no
before one that says yes keeps its run from the later test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from kztracker.importing.extract.english.company_titles import after_title_of
from kztracker.importing.extract.english.lexicon import (
    COUNTRIES,
    INTERNATIONAL_ACRONYMS,
    NON_ORGANIZATION_NOUNS,
    ORGANIZATION_NOUNS,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.language_files import fill_slots, language_file

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
_CAMEL = re.compile(r"[a-z][A-Z]")
_TITLE_FIELDS = frozenset(_DATA["title_fields"])
_CIRCUMSTANCE_VERBS = frozenset(_DATA["circumstance_verbs"])
_WORDS = _DATA["small_words"]
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


@dataclass
class _Run:
    """A capitalized run in its sentence, and what the tests below read around it."""

    sentence: Sentence
    words: list[Token]
    candidates: list[list[Token]]  # every run of the sentence that may be a name
    names: set[str]  # the names found to be organizations so far
    organization_ends: frozenset[int]  # where the organizations found before end

    @property
    def tokens(self) -> list[Token]:
        return self.sentence.tokens

    @cached_property
    def first(self) -> int:
        """The run's first token's place in the sentence."""
        return self.tokens.index(self.words[0])

    @cached_property
    def last(self) -> int:
        """The run's last token's place in the sentence."""
        return self.tokens.index(self.words[-1])

    @cached_property
    def following(self) -> Token | None:
        """The token right after the run."""
        return self.tokens[self.last + 1] if self.last + 1 < len(self.tokens) else None

    @cached_property
    def rest(self) -> str:
        """The sentence's text after the run."""
        return self.sentence.text[self.words[-1].end - self.sentence.start :]

    @cached_property
    def window(self) -> list[str]:
        """The five words before the run, in lower case."""
        return [t.lower for t in self.tokens[max(0, self.first - 5) : self.first]]

    @cached_property
    def left(self) -> str:
        """The three words before the run, past a "both" and a "the" or a possessive name."""
        window = self.window
        if window and window[-1] in _EITHER:
            window = window[:-1]  # "loans from both X and Y": the pair is what "from" takes
        if window and (window[-1] == _THE or self.first and self.tokens[self.first - 1].possessive):
            window = window[:-1]  # "with the X", "with China's X"
        return " ".join(window[-3:])


def triggered(
    sentence: Sentence,
    words: list[Token],
    candidates: list[list[Token]],
    names: set[str],
    organization_ends: frozenset[int],
) -> bool:
    """Whether the run `words` names a company by what surrounds it: the first of the tests
    that holds decides, and a run no test speaks for is none. `names` holds the names found to
    be organizations so far, `organization_ends` where the organizations found before end."""
    run = _Run(sentence, words, candidates, names, organization_ends)
    for test, verdict in _TESTS:
        if test(run):
            return verdict
    return False


def _adverb_opening_clause(run: _Run) -> bool:
    """ "Currently, Busan City is ...": an adverb opening the clause, no company."""
    return (
        len(run.words) == 1
        and run.words[0].lower.endswith(_ADVERB_END)
        and run.following is not None
        and run.following.text == ","
    )


def _before_organization_noun(run: _Run) -> bool:
    """ "at the Lokomotiv Kurastyru Zauyty plant", "the Tobol Agro cooperative": a name
    between a determiner and the noun of what it names."""
    return (
        run.following is not None
        and run.following.lower in ORGANIZATION_NOUNS
        and run.first > 0
        and run.tokens[run.first - 1].lower in _DETERMINERS
    )


def _after_legal_form(run: _Run) -> bool:
    """ "JSC Kazakhstan Temir Zholy": a legal form before a name."""
    return len(run.words) >= 2 and run.words[0].text in _LEGAL_PREFIXES


def _described_before(run: _Run) -> bool:
    """ "state-run Kazatomprom", "Paris-based Orano": a company described by a hyphened
    participle before its name."""
    return run.first > 0 and _DESCRIBED_BEFORE.match(run.tokens[run.first - 1].text) is not None


def _international_acronym(run: _Run) -> bool:
    """ "UNESCO", "UNICEF": an international organization by its acronym, not a bloc's
    ("EU funding"), which mostly qualifies something else."""
    return len(run.words) == 1 and run.words[0].text in INTERNATIONAL_ACRONYMS - _BLOCS


def _after_company_title(run: _Run) -> bool:
    """ "General Director of Total Eren", "CEO of PJSC Tatneft": the title's company; not
    "Board of Directors of X" or "VP of Operations", nor a name before "and" or one that opens
    a longer name found."""
    words, following = run.words, run.following
    return (
        after_title_of(run.tokens, run.first)
        and words[0].lower.rstrip("s") not in TITLE_WORDS  # "Board of Directors of X"
        and not (len(words) == 1 and words[0].lower in _TITLE_FIELDS)  # "VP of Operations"
        and (following is None or following.lower not in _AND)
        and not any(n.startswith(run_name(run.sentence, words) + " ") for n in run.names)
    )


def _described_after(run: _Run) -> bool:
    """ "Kazakh Invest national company", "X, the national operator", "X, Kazakhstan's state
    oil and gas company,": a description right after the name."""
    return bool(_DESCRIPTOR.match(run.rest) or _DESCRIBED.match(run.rest))


def _inside_another_phrase(run: _Run) -> bool:
    """ "ConnectED 2024", "Tartu university": a name inside another phrase."""
    following = run.following
    return following is not None and (
        following.text[:1].isdigit()
        or following.lower in ORGANIZATION_TYPES
        or following.lower in NON_ORGANIZATION_NOUNS
    )


def _described_before_comma(run: _Run) -> bool:
    """ "the national atomic company, Kazatomprom, and X": the name its description names."""
    window = run.window
    return len(window) >= 2 and window[-1] == "," and window[-2] in _DESCRIBED_NOUNS


def _after_description_noun(run: _Run) -> bool:
    """ "the national teacher training organisation Orleu": the name right after the noun."""
    return bool(run.window) and run.window[-1] in _DESCRIBED_NOUNS


def _route_start(run: _Run) -> bool:
    """ "runs from Atasu to Alashankou": a single name between "from" and "to" and another
    name is where a line starts, not who acts."""
    left, tokens, last = run.left, run.tokens, run.last
    return (
        (left == _FROM or left.endswith(" " + _FROM))
        and last + 2 < len(tokens)
        and tokens[last + 1].lower == _TO
        and tokens[last + 2].capitalized
    )


def _partner_words_before(run: _Run) -> bool:
    """ "partnership with X", "experts from X": words before the name that take a partner;
    not "with X having failed", nor "at X" before more of the same phrase."""
    left, following = run.left, run.following
    return (
        any(left == w or left.endswith(" " + w) for w in _LEFT)
        and not _circumstance(left, following)
        and (not left.endswith(_AT) or following is None or not following.text[:1].isalnum())
    )


def _and_a_name_found(run: _Run) -> bool:
    """ "KMG and Sinopec discussed": coordinated with a name found, which follows."""
    tokens, last, following = run.tokens, run.last, run.following
    if following is None or following.lower not in _AND or last + 2 >= len(tokens):
        return False
    partner = next((c for c in run.candidates if c[0] is tokens[last + 2]), None)
    return partner is not None and run_name(run.sentence, partner) in run.names


def _partner_words_after(run: _Run) -> bool:
    """ "X signed", "X will invest": words after the name that tell what a company does."""
    right = " ".join(t.lower for t in run.tokens[run.last + 1 : run.last + 3])
    return any(right.startswith(w) for w in _RIGHT)


def _is_a_company(run: _Run) -> bool:
    """ "X is a global company", "X, a leading logistics firm": what the name is."""
    return _IS_A.match(run.rest) is not None


def _before_its_title(run: _Run) -> bool:
    """ "Boeing's Vice President": a possessive name before a title."""
    following = run.following
    return run.words[-1].possessive and following is not None and following.lower in TITLE_WORDS


def _agreement_subject(run: _Run) -> bool:
    """ "Air Astana and Boeing have extended their agreement": in the subject of a verb of
    agreement that a document of agreement follows."""
    subject = _SUBJECT_OF_AGREEMENT.match(run.sentence.text)
    return subject is not None and run.words[-1].end - run.sentence.start <= subject.end("subject")


def _after_organization_found(run: _Run) -> bool:
    """ "with Astana Hub and Microsoft": coordinated with an organization found before it;
    "the BMBF, the DAAD": each with its own "the"."""
    tokens, first, following = run.tokens, run.first, run.following
    lead = first - 1 if first and tokens[first - 1].lower == _THE else first
    ahead = tokens[lead - 2 : lead] if lead >= 2 else []
    return (
        [t.lower for t in ahead[1:]] in ([_WORDS["joiner"]], [","])
        and ahead[0].end in run.organization_ends
        and (
            following is None
            or following.lower not in _AND
            # "memoranda with A, B and C": a list of partners runs on past "and"
            or _LIST_LEAD.search(run.sentence.text[: ahead[0].start - run.sentence.start])
            is not None
        )
    )


def _country_office(run: _Run) -> bool:
    """ "AstraZeneca Kazakhstan": a name, then a country its office is in."""
    return len(run.words) > 1 and run.words[-1].lower in COUNTRIES


def _camel_case(run: _Run) -> bool:
    """ "KazMunayGas", "TotalEnergies": a short name with a capital inside a word."""
    words = run.words
    return any(_CAMEL.search(w.text) and w.text[0].isupper() for w in words) and len(words) <= 2


def _listed_with_name_found(run: _Run) -> bool:
    """ "Elsevier and Clarivate": coordinated with a name already known to be an
    organization, only list words between them."""
    for other in run.candidates:
        if other is run.words or run_name(run.sentence, other) not in run.names:
            continue
        a, b = sorted((run.tokens.index(other[0]), run.first))
        between = {t.lower for t in run.tokens[a:b]} - {t.lower for t in [*other, *run.words]}
        if between and between <= _LIST_JOINERS:
            return True
    return False


# Each test with what it decides when it holds, in order: a test that says no before one that
# says yes keeps its run from the later test.
_TESTS: tuple[tuple[Callable[[_Run], bool], bool], ...] = (
    (_adverb_opening_clause, False),
    (_before_organization_noun, True),
    (_after_legal_form, True),
    (_described_before, True),
    (_international_acronym, True),
    (_after_company_title, True),
    (_described_after, True),
    (_inside_another_phrase, False),
    (_described_before_comma, True),
    (_after_description_noun, True),
    (_route_start, False),
    (_partner_words_before, True),
    (_and_a_name_found, True),
    (_partner_words_after, True),
    (_is_a_company, True),
    (_before_its_title, True),
    (_agreement_subject, True),
    (_after_organization_found, True),
    (_country_office, True),
    (_camel_case, True),
    (_listed_with_name_found, True),
)


def _circumstance(left: str, following: Token | None) -> bool:
    """ "with X having failed to ...", "with X being ...": "with" opens a circumstance about X,
    no partnership with it."""
    return (
        (left == _WITH or left.endswith(" " + _WITH))
        and following is not None
        and following.text in _CIRCUMSTANCE_VERBS
    )


def run_name(sentence: Sentence, words: list[Token]) -> str:
    """The run `words` as the sentence writes it."""
    return sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]
