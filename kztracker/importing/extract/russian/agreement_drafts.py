"""The memoranda a signing sentence's agreement nouns propose: for each noun whether its signing
is only planned, its sides, its date, and one draft per partner group and per listed title."""

from __future__ import annotations

from dataclasses import dataclass

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.russian.agreement_sides import clause_sides, document_parties
from kztracker.importing.extract.russian.agreement_state import SigningSentence
from kztracker.importing.extract.russian.agreement_titles import (
    agreement_title,
    between_titles,
    listed_titles,
)
from kztracker.importing.extract.russian.clauses import (
    amended_document,
    prepared,
    ratification_object,
    subject_range,
    topic_range,
)
from kztracker.importing.extract.russian.dates import DateMention, dates_in
from kztracker.importing.extract.russian.document_dates import (
    about_events,
    before_next,
    own_dates,
    signing_dates,
)
from kztracker.importing.extract.russian.earlier_documents import set_apart_earlier
from kztracker.importing.extract.russian.found_agreements import Agreement, restates_headline
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.parties import (
    after_between,
    between_groups,
    paired_sides,
    per_partner,
)
from kztracker.importing.extract.russian.signing_time import planned_signing, signing_date


@dataclass(frozen=True)
class _SentenceDates:
    """What the sentence tells of its documents' time: a signing still to come, the dates in a
    document's own title (noun -> date), the dates left for a signing, and the nouns of the
    documents another one amends."""

    signing_planned: bool
    owned: dict[int, DateMention]
    free: list[DateMention]
    amended_nouns: set[int | None]


def draft_documents(sentence: SigningSentence, found: list[Agreement]) -> None:
    """Append to `found` the documents each agreement noun of the sentence names, then set apart
    the earlier documents the sentence only recalls beside a newer one."""
    tokens = sentence.tokens
    dating = _sentence_dates(sentence)
    kinds: dict[str, str] = load("lexicon")["agreement_lemmas"]
    another = any(t.lemma in words("lexicon", "another_cues") for t in tokens)
    start = len(found)
    for noun in sentence.nouns:
        _draft_document(sentence, noun, dating, kinds[tokens[noun].lemma], another, found)
    set_apart_earlier(tokens, found, start)


def _sentence_dates(sentence: SigningSentence) -> _SentenceDates:
    """The sentence's dates, shared among its documents."""
    mentions, tokens = sentence.mentions, sentence.tokens
    signing_planned = planned_signing(tokens, sentence.sign)
    reference = sentence.story.reference
    dates = [d for d in dates_in(mentions.sentence.text, reference) if d.date and not d.period]
    # «Договор о дружбе (1997 год)»: a date in a document's own title is its alone
    owned = own_dates(mentions, sentence.nouns, dates)
    free = signing_dates(mentions, dates, owned)
    amended_nouns = {amended_document(tokens, n) for n in sentence.nouns}
    return _SentenceDates(signing_planned, owned, free, amended_nouns)


def _draft_document(
    sentence: SigningSentence,
    noun: int,
    dating: _SentenceDates,
    kind: str,
    another: bool,
    found: list[Agreement],
) -> None:
    """Append the drafts of the document of `noun`: one per group of sides and listed title."""
    mentions, tokens = sentence.mentions, sentence.tokens
    planned = _planned(sentence, noun, dating)
    title = agreement_title(mentions, noun)
    subject = subject_range(tokens, noun)
    subject = subject if subject[1] else topic_range(tokens, noun)
    in_clause = clause_sides(sentence, noun, subject, found)
    parties = document_parties(sentence, noun, in_clause, found)
    date = None if planned else _signed_on(sentence, noun, subject, dating)
    for titled, group in _titled_groups(sentence, noun, title, in_clause, parties):
        memorandum = DraftMemorandum(
            title=titled,
            kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
            parties=list(group),
            signatories=list(sentence.story.signatories.get(mentions.index, [])),
            signed_on=date,
            spans=[Span(tokens[noun].start, tokens[min(noun + 3, len(tokens) - 1)].end)],
        )
        found.append(
            Agreement(
                memorandum,
                planned,
                mentions.index,
                date,
                restates_headline(sentence.story.sentences, mentions),
                another,
            )
        )


def _planned(sentence: SigningSentence, noun: int, dating: _SentenceDates) -> bool:
    """Whether the document is only planned, not signed."""
    tokens = sentence.tokens
    # «договорились о подготовке меморандума»: a document yet to be drafted is planned
    # a document put to ratification, or one another amends, was signed already
    return (
        (dating.signing_planned or prepared(tokens, noun))
        and not ratification_object(tokens, noun)
        and noun not in sentence.framed
        and noun not in dating.amended_nouns
    )


def _signed_on(
    sentence: SigningSentence, noun: int, subject: Range, dating: _SentenceDates
) -> PartialDate | None:
    """The date a signed document was signed on: a date in its own title, else the date nearest
    the signing word that is no date of what the document is about, else the day a verb of
    signing tells the news on."""
    mentions, tokens, sign = sentence.mentions, sentence.tokens, sentence.sign
    if noun in dating.owned:
        return dating.owned[noun].date
    free = dating.free if sign else before_next(mentions, noun, dating.free)
    return signing_date(mentions, noun, sign, about_events(mentions, subject, free)) or (
        sentence.told_on if sign and tokens[sign[0]].is_verb else None
    )


def _titled_groups(
    sentence: SigningSentence,
    noun: int,
    title: str,
    in_clause: list[tuple[Range, str]],
    parties: list[str],
) -> list[tuple[str, list[str]]]:
    """The documents the noun stands for, each a title and its sides: one per pair of sides,
    per partner of a plural noun, per listed item, per «между» group; else the one."""
    mentions, tokens = sentence.mentions, sentence.tokens
    # «Соглашения ... между X и Y»: one document of all the sides listed after «между».
    own = [] if after_between(tokens, noun) else sentence.partners.get(noun) or []
    # «Павлодарской и Омской, Мангистауской и Астраханской областями подписаны
    # документы»: one document per pair
    groups = paired_sides(tokens, noun, in_clause) or per_partner(tokens[noun], parties, own)
    # «дорожные карты: по X; о Y»: one document per item, with the same sides
    titled = [(t, g) for t in listed_titles(mentions, noun) or [title] for g in groups]
    if between := between_groups(tokens, noun, sentence.orgs):  # «между X и Y, а также между»
        titled = between_titles(mentions, noun, between)
    return titled
