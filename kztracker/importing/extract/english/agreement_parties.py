"""The parties of one agreement noun of a sentence, found in steps: where the noun stands, the
subjects before it, the sides told of before when the sentence names none ("the parties
signed ..."), the partners after its "with" or "between", the signers and their sides, the
names that stand, and the speaking side when only the partner is named. Each step reads and
fills a MatchSides (agreement_state.py); memoranda_in (agreements.py) runs them in order."""

from __future__ import annotations

import re

from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.agreement_merge import (
    signer_sides,
    unique_names,
    without_inner,
)
from kztracker.importing.extract.english.agreement_sides import (
    behalf_sides,
    clause_start,
    in_fronted_occasion,
    is_subject,
    names_sides,
    pair_told_of,
    partners_end,
    present_at,
    signers_for_countries,
    signers_in,
)
from kztracker.importing.extract.english.agreement_state import (
    ArticleReading,
    MatchSides,
    SentenceReading,
)
from kztracker.importing.extract.english.coordinated_sides import lone_head, signing_heads
from kztracker.importing.extract.english.country_sides import (
    CountrySide,
    country_sides,
    intergovernmental_sides,
)
from kztracker.importing.extract.english.sides_before import another_of_last, sides_before
from kztracker.importing.extract.english.signing_clauses import clause_end, own_clause
from kztracker.importing.extract.english.speaking_sides import speaking_side
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.english.told_pairs import restates_headline

_PREP_BETWEEN = W.WORDING["prep_between"]  # "an accord between A and B": both sides after it
_AGREED = W.WORDING["agreeing_noun"]  # "A and B agreed on ...": no document signed
# "an agreement on the construction of the X Wind Farm with B": what it is about comes first.
_ABOUT_FIRST = re.compile(W.WORDING["document_subject"], re.IGNORECASE)


def place_match(
    told: SentenceReading, n: int, match: re.Match[str], kind: str, tally: bool
) -> MatchSides:
    """Where the n-th agreement noun stands: its clause (a sentence may tell of two signings,
    each with its own sides) and whether its sides all follow it ("between")."""
    sentence, matches, breaks, signs = told.sentence, told.matches, told.breaks, told.signs
    start = sentence.start + match.start()
    stop = clause_end(  # "A signed X with B, and C signed Y with D": B alone
        breaks,
        start,
        sentence.start + (matches[n + 1].start() if n + 1 < len(matches) else len(sentence.text)),
    )
    return MatchSides(
        match=match,
        n=n,
        kind=kind,
        tally=tally,
        start=start,
        stop=stop,
        between=_PREP_BETWEEN in (match.group("prep") or "").casefold(),
        first=n == 0 or own_clause(breaks, start, 0) > sentence.start + matches[n - 1].start(),
        opens=own_clause(
            breaks, start, clause_start(sentence, signs.start()) if signs else sentence.start
        ),
        agreed=match.group("noun").casefold().startswith(_AGREED),
    )


def find_subjects(reading: ArticleReading, told: SentenceReading, sides: MatchSides) -> bool:
    """The subjects and countries of the noun's clause before it; False when an agreeing noun
    ("A and B agreed to ...") has fewer than two sides there, which is no agreement of two."""
    sentence, in_sentence = told.sentence, told.in_sentence
    sides.subjects = [
        m
        for m in in_sentence
        if sides.opens <= m.start
        and m.end <= sides.start
        and is_subject(sentence, m)
        and not in_fronted_occasion(sentence, m, sides.start)
    ]
    if told.signs:
        sides.states = country_sides(sentence, sides.opens, sides.start, in_sentence, told.persons)
    sides.states_before = sides.states
    # "X and Y agreed to build", "the governments of A and B agreed to": two sides
    # named here, not one.
    bodies = {s for s in sides.states if not isinstance(s, CountrySide)}
    if sides.agreed and len({reading.resolve(m.name) for m in sides.subjects} | bodies) < 2:
        return False
    referent = W.DEFINITE.match(sentence.text)
    if referent:
        # "The company, a subsidiary of X, signed ...": the company named before.
        kinds = W.REFERENT_KINDS[referent.group(1).casefold()]
        earlier = [m for m in reading.mentions if m.sentence < told.index and m.kind in kinds]
        aside_end = sentence.start + referent.end()
        # What the aside names ("a subsidiary of X") is not a party.
        sides.subjects = earlier[-1:] + [m for m in sides.subjects if m.start >= aside_end]
    return True


def take_sides_told_before(
    reading: ArticleReading, told: SentenceReading, sides: MatchSides
) -> bool:
    """For "both sides signed ..." with no side named in the sentence, the sides of the
    sentence before; False when the document is instead recorded as another one of the
    memorandum just told of, and this noun needs nothing more."""
    sentence, signs, match, found = told.sentence, told.signs, sides.match, reading.found
    # "the sides signed the memorandum": the one told of, not the sentence before's.
    sides.restating = bool(
        found and not match.group("prep") and W.restates(sentence.text, told.matches, sides.n)
    )
    signing_sides = {p.organization for p in told.persons if p.organization}
    if (
        not (sides.subjects or sides.states or sides.restating)
        and len(signing_sides) < 2  # "the sides signed ... after A of X met B of Y"
        and W.BOTH.search(sentence.text[: match.start()])
        and told.index
    ):
        sides.subjects, sides.states = sides_before(
            reading.article, told.index, reading.mentions_at, reading.people_at
        )
        if (
            not sides.subjects
            and signs
            and signs.group().casefold() != _AGREED
            and W.DOCUMENT.search(match.group("noun"))
            and not told.future
            and found
            and not restates_headline(reading.article, found[-1], sides.kind)
            and not told.in_sentence
        ):
            # "Additionally, the parties signed a joint Action Plan": another document
            # of the sides of the memorandum just told of.
            reading.another.append(
                another_of_last(found, sides.kind, reading.host, sentence.span())
            )
            return False
    return True


def find_partners(told: SentenceReading, sides: MatchSides) -> None:
    """The parties: after a "with" or "between", the partners named up to the clause's end
    (with the subjects, unless the noun is not the first of its clause or says "between");
    without one, the subjects."""
    sentence, match, in_sentence = told.sentence, sides.match, told.in_sentence
    if not match.group("prep"):
        sides.parties = sides.subjects
        return
    begin = _partners_begin(sentence, match)
    after = sorted((m for m in in_sentence if begin < m.start < sides.stop), key=lambda m: m.start)
    end = partners_end(sentence, sides.start, sides.stop, after[0] if after else None)
    present = present_at(sentence, [(m.start, m.end) for m in in_sentence + told.persons])
    parties = [m for m in after if m.start < end and m.start not in present]
    with_subjects = sides.first and not sides.between
    sides.states = (sides.states if with_subjects else []) + country_sides(
        sentence, sides.start, end, in_sentence, told.persons
    )
    if sides.between and signers_for_countries(sentence, sides.start, parties):
        sides.states = []  # "between Iran and Kazakhstan by the head of X and of Y"
    sides.parties = (sides.subjects if with_subjects else []) + parties


def _partners_begin(sentence: Sentence, match: re.Match[str]) -> int:
    """Where the partners after an agreement noun begin: at the noun, or at its "with" when
    what the document is about stands between; a body named there is its subject ("a
    memorandum on founding the X Centre with B": B alone is the partner)."""
    prep = match.group("prep")
    if _ABOUT_FIRST.match(prep or "") and prep.rstrip().casefold().endswith("with"):
        return sentence.start + match.end("prep") - len("with")
    return sentence.start + match.start()


def find_signers(reading: ArticleReading, told: SentenceReading, sides: MatchSides) -> None:
    """The signers, and the parties they tell of when the sentence names none before them:
    those signed by, for, or between, or named in the sentence that follows."""
    sentence, signs, in_sentence = told.sentence, told.signs, told.in_sentence
    sides.signatories, sides.signing_titles = signers_in(sentence, told.persons if signs else [])
    sides.signers_after = []  # "signed by Minister of Energy X, ..."
    if not sides.parties and signs and W.SIGNED_BY.match(sentence.text[signs.end() :]):
        # "a memorandum signed by Minister X and Y, Director of Z": the signers' sides.
        sides.parties = [m for m in in_sentence if m.start > sentence.start + signs.start()]
        by = sentence.start + signs.end()  # "... by the Minister of Health of A and ..."
        sides.signers_after = [p for p in sides.signatories if p.start > by]
        sides.states = sides.states + country_sides(
            sentence, by, sentence.end, in_sentence, told.persons
        )
    if signs and (acted_for := behalf_sides(sentence, in_sentence, sides.start)):
        sides.parties = acted_for  # "X and Y signed the plan on behalf of A and B": A and B
    if (
        signs
        and not sides.parties
        and (pair := pair_told_of(sentence, reading.mentions, sides.start, reading.resolve))
    ):
        sides.parties = pair  # "a memorandum signed between the two universities"
    sentences = reading.article.sentences
    following = told.index + 1 < len(sentences) and names_sides(sentences[told.index + 1])
    if not sides.parties and signs and following:
        # "A memorandum was signed on ... . The parties to it are A and B."
        sides.parties = reading.mentions_at.get(told.index + 1, [])
        # "It was signed by Minister X, ..."
        sides.signers_after = reading.people_at.get(told.index + 1, [])


def name_parties(reading: ArticleReading, told: SentenceReading, sides: MatchSides) -> None:
    """The names of the parties that stand: each body once, not both a body and the one it is
    part of, and, where the text names too few, the sides its signers sign for."""
    resolve, sentence, signs = reading.resolve, told.sentence, told.signs
    # "the Aerospace Committee of the Ministry ...": the committee, not its ministry.
    children = {m.parent for m in sides.parties if m.parent}
    sides.parties = [m for m in sides.parties if m.name not in children]
    # "an intergovernmental agreement with X": the governments are its parties.
    sides.states = intergovernmental_sides(sentence.text[: sides.match.start()], sides.states)
    named = " ".join(resolve(m.name) for m in sides.parties)
    sides.states = [s for s in sides.states if s.split()[-1] not in named]  # "... of Kazakhstan"
    party_names = unique_names(
        without_inner([resolve(m.name) for m in sides.parties], sides.states)
        + [resolve(s) for s in sides.states if not isinstance(s, CountrySide)]
    ) or signer_sides(
        [resolve(p.organization) for p in sides.signatories if p.organization]
    )  # "signed by Vice Minister of Health X and WHO Representative Y": their sides
    if sides.signers_after:  # each signer's body is a side, named or told by a title
        theirs = [resolve(p.organization) for p in sides.signers_after if p.organization]
        party_names = unique_names(party_names + signer_sides(theirs))
    opening = sentence.text[: signs.start()] if signs else ""  # "Presidents of A X and B Y"
    heads = signing_heads(sides.signing_titles, sides.signatories, resolve, opening)
    if signs and len(heads) > 1 and len(party_names) < 2:
        party_names = heads  # "President of A X and President of B Y signed": A and B
    elif (
        signs
        and len(party_names) == 1
        and (head := lone_head(sides.signing_titles, resolve))
        and head not in party_names
    ):
        # "signed by X's chief executive A and the Kazakh Prime Minister B": X and the
        # government the head of government signs for.
        party_names.append(head)
    sides.party_names = party_names


def add_speaking_side(reading: ArticleReading, told: SentenceReading, sides: MatchSides) -> None:
    """The side that speaks, put first, when the text names only the partner ("a memorandum
    with AstraZeneca"): the organization of a person in the sentence, the signer told of
    before, else the article's host."""
    signs, match = told.signs, sides.match
    signing_states = bool(sides.states_before) and sides.n == 0 and not sides.between
    if len(sides.party_names) == 1 or (
        match.group("prep") and not sides.between and not sides.subjects and not signing_states
    ):
        # "Kazakhstan signed an agreement with X": no speaking side beside its government
        other = speaking_side(
            told.persons,
            sides.party_names,
            reading.resolve,
            told.sentence.start + signs.start() if signs else None,
            sides.opens,
            signs.group() if signs else None,
            reading.signer or reading.host,
            reading.host,
            told.index,
            reading.mentions,
        )
        if (
            other
            and other not in sides.party_names
            and not W.UNNAMED_COUNTERPART.search(told.sentence.text)
        ):
            sides.party_names.insert(0, other)
