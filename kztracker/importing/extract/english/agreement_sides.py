"""Who the sides of an agreement are, by the clause they stand in: the subject of a signing, an
organization that is only an object ("visited X"), the side that speaks, the side that signed
documents a later sentence tells of one by one, sides named in the sentence after, and the
sides signers acted for ("on behalf of A and B"), and the pair a text named before ("signed
between the two universities")."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.extract.english.agreement_wording import REFERENT_KINDS
from kztracker.importing.extract.english.lexicon import DIRECTIONS, REGION_NOUNS
from kztracker.importing.extract.english.reporters import reports_at
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_WORDING = language_file("english", "agreements")
_LOCATIVE = frozenset(_WORDING["object_after"])
_HOME = _WORDING["home_country"]  # the country whose bodies tell the news the app tracks
_ARTICLE = _WORDING["locative_article"]  # "visited the X"
# "a member of the X", and "the Kamkor subsidiary of national railway KTZ": words that say
# what the parent is.
_MEMBER_OF = re.compile("|".join(_WORDING["member_of"]), re.IGNORECASE)
_FOLLOW = re.compile(r"^\W*(?:" + "|".join(_WORDING["parties_follow"]) + r")\b", re.IGNORECASE)
# "X signed documents with A and B", "X and Y have signed": the subject before a signing verb.
_SIGNED_WITH = re.compile(
    fill_slots(_WORDING["signed_with"], signing_verbs="|".join(_WORDING["signing_verbs"])),
    re.IGNORECASE,
)


def is_subject(sentence: Sentence, mention: OrganizationMention) -> bool:
    """Whether `mention` can be a side of what its sentence tells: not after "at", "visited",
    "a member of"."""
    text = sentence.text[: mention.start - sentence.start]
    if _MEMBER_OF.search(text):
        return False
    before = text.split()
    while len(before) > 1 and before[-1].casefold() in DIRECTIONS:
        before.pop()  # "in the southern X region": a place, as "in the X region" is
    return (
        not before
        or before[-1].casefold().strip(",") not in _LOCATIVE
        and not (
            len(before) > 1
            and before[-1].casefold() == _ARTICLE
            and before[-2].casefold() in _LOCATIVE
        )
    )


# "During the session of X, A and B signed ...": X holds the occasion (a meeting, a visit: an
# occasion noun of milestones.json) the phrase put before the signing names; the phrase opens
# the sentence or follows a comma, and a comma closes it.
_FRONTED = re.compile(
    r"(?:^|[,;]\s*|\bthat\s+)(?:"
    + "|".join(_WORDING["fronted_occasions"])
    + r")\b[^,;]*\b(?:"
    + "|".join(language_file("english", "milestones")["occasion_nouns"])
    + r")\b[^,;]*$",
    re.IGNORECASE,
)


def in_fronted_occasion(sentence: Sentence, mention: OrganizationMention, document: int) -> bool:
    """Whether `mention` stands inside a phrase before the document (at `document`, a text
    position) that tells the occasion of the signing, closed by a comma before the document."""
    low, high = mention.start - sentence.start, mention.end - sentence.start
    if not _FRONTED.search(sentence.text[:low]):
        return False
    return "," in sentence.text[high : document - sentence.start]


def host_of(
    mentions: list[OrganizationMention], resolve: Callable[[str], str], text: str = ""
) -> str | None:
    """The side that speaks: the first government body, else the first organization named;
    never a body every mention of which only reports ("X cites the press service of the Y
    Ministry", "according to the Z Ministry")."""
    reporting = {resolve(m.name) for m in mentions if text and reports_at(text, m.start, m.end)}
    reporting -= {
        resolve(m.name) for m in mentions if not (text and reports_at(text, m.start, m.end))
    }
    mentions = sorted(
        (m for m in mentions if resolve(m.name) not in reporting), key=lambda m: m.start
    )  # rules find names in any order
    home = any(m.country == _HOME for m in mentions)
    for mention in mentions:
        # A region that signs is a partner, seldom the side telling the news; so is another
        # country's ministry, where the text names a Kazakh body ("the visit of a Kazakh
        # university to Israel ... a meeting at the Health Ministry of Israel").
        foreign = home and mention.country not in (None, _HOME)
        if (
            mention.kind == "government"
            and mention.name.split()[-1] not in REGION_NOUNS
            and not foreign
        ):
            return resolve(mention.name)
    return resolve(mentions[0].name) if mentions else None


def signer_of(
    sentence: Sentence, mentions: list[OrganizationMention], resolve: Callable[[str], str]
) -> str | None:
    """The one side that signs "with" others in `sentence` ("X signed documents with A and
    B"), who is the other side of "the agreement with A" told of later; else None."""
    match = _SIGNED_WITH.search(sentence.text)
    if not match:
        return None
    at = sentence.start + match.start()
    sides = {resolve(m.name) for m in mentions if m.end <= at and is_subject(sentence, m)}
    return sides.pop() if len(sides) == 1 else None


def names_sides(sentence: Sentence) -> bool:
    """Whether `sentence` opens by naming the sides of a document told of just before."""
    return bool(_FOLLOW.search(sentence.text))


_STOP = re.compile(r"(?:\b|(?=,))(?:" + "|".join(_WORDING["partner_stops"]) + r")\b", re.IGNORECASE)
_OPENER = re.compile(r"(?:\b|(?=[;,]))(?:" + "|".join(_WORDING["clause_openers"]) + r")\b")
_WITNESS = re.compile(r"\b(?:" + "|".join(_WORDING["witnesses"]) + r")\b", re.IGNORECASE)
_WITH = re.compile(_WORDING["partner_with"])
_LEAD = re.compile(r"\b(?:" + "|".join(_WORDING["partner_leads"]) + r")\b")
# "with X for supplying beef to Y", "with X on cooperation in ...": what the agreement is for,
# a lower-case phrase, ends the partners (never "the Ministry for Foreign Affairs").
_PURPOSE = re.compile(fill_slots(_WORDING["purpose_lead"], purpose="|".join(_WORDING["purpose"])))


def partners_end(
    sentence: Sentence, start: int, stop: int, first: OrganizationMention | None
) -> int:
    """Where the partners named from `start` on end: before what says where, when or before
    whom they signed ("with X at the Y Forum, organized by Z"), once one partner (`first`)
    has been named; positions in the text."""
    if first is None:
        return stop
    low, high = first.end - sentence.start, stop - sentence.start
    named = first.start - sentence.start
    ends = [found.start() for found in [_STOP.search(sentence.text, low, high)] if found]
    purpose = _PURPOSE.search(sentence.text, low, high)
    # "with the regional government of X to build the Y Hospital": a purpose after "with" (or
    # "between") but before the first name found, and no "with" after it, says what is built.
    leads = list(_LEAD.finditer(sentence.text, start - sentence.start, named))
    early = [
        found.start()
        for found in _PURPOSE.finditer(sentence.text, leads[-1].end() if leads else named, named)
        if not _WITH.search(sentence.text, found.end(), high)
    ]
    ends += early[:1]
    # "with A on X, with B on Y, and with C on Z": each partner's purpose, then the next one.
    if purpose and not _WITH.search(sentence.text, purpose.end(), high):
        ends.append(purpose.start())
    return sentence.start + min(ends) if ends else stop


_COUNTRIES_BY = re.compile(_WORDING["signers_for_countries"], re.IGNORECASE)


def signers_for_countries(
    sentence: Sentence, start: int, parties: list[OrganizationMention]
) -> bool:
    """Whether "between A and B" names only countries whose signers follow with "by" ("signed
    between Iran and Kazakhstan by the head of X and the head of Y"): X and Y are the sides."""
    if not parties:
        return False
    low, high = start - sentence.start, parties[0].start - sentence.start
    return bool(_COUNTRIES_BY.search(sentence.text[low:high]))


def clause_start(sentence: Sentence, verb: int) -> int:
    """Where the clause of the signing verb at `verb` (in the sentence) opens: "A, B and C
    attended the ceremony where A and B signed"."""
    openers = [m.end() for m in _OPENER.finditer(sentence.text, 0, verb)]
    return sentence.start + (openers[-1] if openers else 0)


def signers_in(
    sentence: Sentence, people: list[PersonMention]
) -> tuple[list[PersonMention], list[str | None]]:
    """The people of `sentence` who sign (not those only present), and their titles followed by
    the words right before each name ("President of A X")."""
    present = present_at(sentence, [(p.start, p.end) for p in people])
    signers = [p for p in people if p.start not in present]
    titles: list[str | None] = [p.title for p in signers]
    titles += [
        sentence.text[max(0, p.start - sentence.start - 60) : p.start - sentence.start]
        for p in signers
    ]
    return signers, titles


# "in the presence of Minister X and Chairman of Y Z": the next one joined by "and" (no verb,
# no "by" between them) is present too, and so is a name right after ("of Y Z"). Not one after
# a comma: "In the presence of X, A and B signed" names the signers there.
_ALSO_PRESENT = re.compile(_WORDING["also_present"], re.IGNORECASE)
# "in the presence of guests, signed by the rector X": the rector signs.
_SIGNERS_NAMED = re.compile(_WORDING["signers_named"])


def present_at(sentence: Sentence, spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the names in `spans` (positions in the text, people's or organizations')
    that only attend: after a witness phrase, or joined by "and" to one that does."""
    present: set[int] = set()
    after: int | None = None  # where the last name only present ends
    for start, end in sorted(spans):
        joined = after is not None and _ALSO_PRESENT.match(
            sentence.text[after - sentence.start : start - sentence.start]
        )
        if witnessed(sentence, start) or joined:
            present.add(start)
            after = end
        else:
            after = None
    return present


def witnessed(sentence: Sentence, start: int) -> bool:
    """Whether the person at `start` only attends: "in the presence of Minister X"."""
    before = sentence.text[max(0, start - sentence.start - 60) : start - sentence.start]
    return bool(_WITNESS.search(before)) and not _SIGNERS_NAMED.search(before)


_BEHALF = re.compile(r"\b(?:" + "|".join(_WORDING["behalf"]) + r")\s+", re.IGNORECASE)
# What may stand between two sides acted for: "A and B", "A, B and the C".
_JOINED = re.compile(_WORDING["sides_joined"], re.IGNORECASE)


def behalf_sides(
    sentence: Sentence, mentions: list[OrganizationMention], after: int
) -> list[OrganizationMention]:
    """The sides signers acted for, named after `after` (a position in the text): "X and Y
    signed the action plan on behalf of A and B" gives A and B; none without such words."""
    found = _BEHALF.search(sentence.text, max(0, after - sentence.start))
    if not found:
        return []
    end = sentence.start + found.end()
    sides: list[OrganizationMention] = []
    for m in sorted((m for m in mentions if m.start >= end), key=lambda m: m.start):
        if not _JOINED.match(sentence.text[end - sentence.start : m.start - sentence.start]):
            break
        sides.append(m)
        end = m.end
    return sides


# "a memorandum signed between the two universities": the pair the text named before.
_PAIR = re.compile(_WORDING["two_of_a_kind"])
_SINGULAR: dict[str, str] = _WORDING["singular_endings"]


def _singular(plural: str) -> str:
    """ "universities": "university"; the first of the language's plural endings it has."""
    for ending, singular in _SINGULAR.items():
        if plural.endswith(ending):
            return plural[: -len(ending)] + singular
    return plural


def pair_told_of(
    sentence: Sentence,
    mentions: list[OrganizationMention],
    after: int,
    resolve: Callable[[str], str],
) -> list[OrganizationMention]:
    """The two organizations of one kind a text named before, when a document's partners are
    only "the two universities" (after `after`, a position in the text); none unless exactly two
    of that kind stand before."""
    bodies = _bodies_told_of(sentence, mentions, after, resolve)
    found = _PAIR.search(sentence.text, max(0, after - sentence.start))
    if bodies or not found:
        return bodies
    plural = found.group(1)
    noun = _singular(plural)
    kinds = REFERENT_KINDS.get(noun)
    if not kinds:
        return []
    first: dict[str, OrganizationMention] = {}
    named: dict[str, OrganizationMention] = {}  # of any kind: "EKSTU" may be of none known
    for m in mentions:
        if m.start < sentence.start + found.start() and not m.derived:
            named.setdefault(resolve(m.name), m)
            if m.kind in kinds:
                first.setdefault(resolve(m.name), m)
    if len(first) == 2:
        return list(first.values())
    # "the two universities" after a text that named two bodies in all, one of them of that kind
    return list(named.values()) if len(named) == 2 and first else []


_BODIES = re.compile(_WORDING["country_bodies"])


def _bodies_told_of(
    sentence: Sentence,
    mentions: list[OrganizationMention],
    after: int,
    resolve: Callable[[str], str],
) -> list[OrganizationMention]:
    """ "signed between the two countries' senates": the two senates the text named before."""
    found = _BODIES.search(sentence.text, max(0, after - sentence.start))
    if not found:
        return []
    plural = found.group(1) or found.group(2)
    noun = _singular(plural).casefold()
    first: dict[str, OrganizationMention] = {}
    for m in mentions:
        if m.start < sentence.start + found.start() and noun in m.name.casefold().split():
            first.setdefault(resolve(m.name), m)
    return list(first.values()) if len(first) == 2 else []
