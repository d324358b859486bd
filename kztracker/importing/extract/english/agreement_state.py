"""What memoranda_in (agreements.py) carries while it reads a text: what the whole text gives
and gathers, what one sentence tells of a signing, and what is known of the sides of one
agreement noun. The steps of agreements.py and agreement_parties.py read and fill these, so
that no step needs a dozen parameters."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.english.agreement_settle import Found
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.sentence_signings import SentenceSigning
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention


@dataclass
class ArticleReading:
    """The text being read, and the proposals gathered from its sentences so far (settled
    together by agreement_settle.py once the last sentence is read)."""

    article: Article
    mentions: list[OrganizationMention]  # those not cut off ("... of the Rep")
    mentions_at: dict[int, list[OrganizationMention]]
    people_at: dict[int, list[PersonMention]]
    resolve: Callable[[str], str]
    host: str | None
    reference: PartialDate | None
    reference_day: PartialDate  # the reference, or a far future without one
    found: Found = field(default_factory=list)
    weak: list[DraftMemorandum] = field(
        default_factory=list
    )  # "X and Y agreed to ...", without an agreement named
    another: list[DraftMemorandum] = field(
        default_factory=list
    )  # a further document of the same sides
    unnamed: Found = field(default_factory=list)  # signed, with sides the text never names
    signing_days: dict[int, PartialDate] = field(default_factory=dict)  # by sentence
    day_of: dict[int, PartialDate | None] = field(default_factory=dict)
    new_at: int = -1  # the sentence that last told of a new document
    signer: str | None = None  # "X signed documents with A and B": X, for "the deal with A"
    year: int | None = None  # the year a later day without one is in, for a text undated


@dataclass
class SentenceReading:
    """What one sentence tells of a signing, and the agreement nouns it names."""

    index: int
    sentence: Sentence
    in_sentence: list[OrganizationMention]
    persons: list[PersonMention]
    signing: SentenceSigning  # its verb, whether still to come, its dates
    signs: re.Match[str] | None  # the signing verb (signing.signs)
    future: bool  # a signing still to come (signing.future)
    dates: list[DateMention]  # those the signing may be on (signing.dates)
    matches: list[re.Match[str]]  # the agreement nouns telling of a document of the text
    breaks: list[tuple[int, int]]  # "A and B signed X, and C and D signed Y"


@dataclass
class MatchSides:
    """Where one agreement noun (the n-th of its sentence) stands, and its sides as the steps
    find them: subjects before it, partners after its preposition, signers, and at last the
    names of its parties."""

    match: re.Match[str]
    n: int
    kind: str
    tally: bool  # "A and B have signed more than 90 documents": counted, none named
    start: int  # where the noun starts in the text
    stop: int  # where its clause's partners must end
    between: bool  # "an accord between A and B": both sides after it
    first: bool  # the first noun of its clause
    opens: int  # where its clause opens
    agreed: bool  # "A and B agreed on ...": no document signed
    subjects: list[OrganizationMention] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    states_before: list[str] = field(default_factory=list)  # the countries before the noun
    restating: bool = False
    parties: list[OrganizationMention] = field(default_factory=list)
    signatories: list[PersonMention] = field(default_factory=list)
    signing_titles: list[str | None] = field(default_factory=list)
    signers_after: list[PersonMention] = field(default_factory=list)
    party_names: list[str] = field(default_factory=list)
