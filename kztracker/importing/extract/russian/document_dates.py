"""A date written into a Russian document's own name: «Договор о дружбе (1997 год)», «соглашение
между X и Y о пунктах пропуска от 25 декабря 2003 года». The date in brackets right after the
title, or after «от» within the title's clause, is that document's and no other document's: a
list of earlier treaties each with its year, or a protocol that amends an agreement «от» an
older day, dates each document by its own; so does the date of a «, который был подписан ...»
clause right after a title. The day a document has been in force from dates no
signing."""

from __future__ import annotations

import re
from functools import cache

from kztracker.importing.extract.russian.clauses import CLAUSE_END, is_agreement
from kztracker.importing.extract.russian.dates import DateMention
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.parties import next_document
from kztracker.importing.extract.russian.tokens import Token

# «(1997 год)», «от 1 мая 2030 года»: what stands right before a document's own date
_DATE_MARKERS = ("(", load("lexicon")["document_date_preposition"])
_WHICH = load("lexicon")["which_stem"]  # «который» in any form


def own_dates(
    mentions: SentenceMentions, nouns: list[int], dates: list[DateMention]
) -> dict[int, DateMention]:
    """Each document noun of `nouns` whose title carries a date of its own, with that date."""
    tokens = mentions.tokens
    offset = mentions.sentence.start
    owned: dict[int, DateMention] = {}
    for date in dates:
        at = next((k for k, t in enumerate(tokens) if t.start - offset >= date.start), len(tokens))
        if at == 0 or at >= len(tokens):
            continue
        marker = (
            at - 1 if tokens[at - 1].text.casefold() in _DATE_MARKERS else _which_signed(tokens, at)
        )
        if marker is None:
            continue
        owner = next(
            (k for k in range(marker - 1, -1, -1) if is_agreement(tokens, k)),
            None,
        )
        if owner is None or owner not in nouns or owner in owned:
            continue
        # The title runs unbroken from its noun to the bracket, «от» or the comma before
        # «который»: no clause ends between.
        if any(t.text in CLAUSE_END for t in tokens[owner + 1 : marker]):
            continue
        owned[owner] = date
    return owned


def _which_signed(tokens: list[Token], at: int) -> int | None:
    """«Договор ..., который был подписан 19 апреля 2024 года»: the comma before «который»
    when the date at `at` stands in that clause after its signing word; else None."""
    sign = words("lexicon", "sign_lemmas")
    signed = False
    for k in range(at - 1, max(at - 8, 0), -1):
        if tokens[k].lemma in sign:
            signed = True
        elif tokens[k].text.casefold().startswith(_WHICH):
            return k - 1 if signed and tokens[k - 1].text == "," else None
        elif tokens[k].text in CLAUSE_END:
            return None
    return None


def signing_dates(
    mentions: SentenceMentions, dates: list[DateMention], owned: dict[int, DateMention]
) -> list[DateMention]:
    """The sentence's dates that may date a signing: none owned by a title, none a document
    has been in force from («действующее с 25 декабря 2003 года»; data: validity.json)."""
    text = mentions.sentence.text
    return [
        d for d in dates if d not in owned.values() and not _in_force_from().search(text[: d.start])
    ]


def about_events(
    mentions: SentenceMentions, subject: tuple[int, int], dates: list[DateMention]
) -> list[DateMention]:
    """`dates` less those inside what a document is about (token range `subject`) after an event
    noun there: «соглашение о проведении Дней культуры в 2026 году» dates the days, not the
    signing (data: lexicon milestone_lemmas); «о сотрудничестве в 2024 году» names no event."""
    tokens = mentions.tokens
    events = load("lexicon")["milestone_lemmas"]
    first = next((k for k in range(*subject) if tokens[k].lemma in events), None)
    if first is None:
        return dates
    low = tokens[first].end - mentions.sentence.start
    high = tokens[subject[1] - 1].end - mentions.sentence.start
    return [d for d in dates if not low <= d.start < high]


def before_next(
    mentions: SentenceMentions, noun: int, dates: list[DateMention]
) -> list[DateMention]:
    """With no signing word, a date after the next document's noun is that document's
    («протокол о внесении изменений в соглашение ..., подписанное в 2003 году»)."""
    following = next_document(mentions.tokens, noun)
    if following >= len(mentions.tokens):
        return dates
    limit = mentions.tokens[following].start - mentions.sentence.start
    return [d for d in dates if d.start < limit]


@cache
def _in_force_from() -> re.Pattern[str]:
    return re.compile(load("validity")["in_force_from"], re.IGNORECASE)
