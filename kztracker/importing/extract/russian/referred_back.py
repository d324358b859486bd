"""A later sentence about a document told before: «Документ подписали ректор ... и ректор ...»,
«документ был заключен между X и Y» give that document its signatories, sides and day."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.clauses import CLAUSE_END, clause_end
from kztracker.importing.extract.russian.dates import dates_in
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.parties import unique
from kztracker.importing.extract.russian.signing_time import is_term


def last_listed(found: list[Agreement]) -> list[Agreement]:
    """The last document found, with the others listed under the same noun («дорожные карты: по
    X; о Y»): «Документы подписали ...» speaks of them all."""
    last = found[-1]
    return [a for a in found if a.memorandum.spans == last.memorandum.spans]


def refer_back(
    agreement: Agreement,
    mentions: SentenceMentions,
    sign: list[int],
    orgs: list[tuple[Range, str]] | None,
    signatories: dict[int, list[str]],
    reference: PartialDate | None,
) -> None:
    """«Документ подписали ректор ... и ректор ...», «документ был заключен между X и Y»: a
    later sentence about the document before it gives its signatories and its parties."""
    tokens = mentions.tokens
    if not any(
        t.lemma in words("lexicon", "document_words") | words("lexicon", "anaphoric_modifiers")
        for t in tokens
    ):
        return
    memo = agreement.memorandum
    memo.signatories = unique(memo.signatories + signatories.get(mentions.index, []))
    verbs = [i for i in sign if tokens[i].is_verb]
    if memo.signed_on is None and verbs and not agreement.planned:
        # «Сам документ еще в 2024 году подписали ...»: a date in the signing verb's clause
        first = max((j + 1 for j in range(verbs[0]) if tokens[j].text in CLAUSE_END), default=0)
        last = clause_end(tokens, verbs[0])
        start, end = (
            tokens[first].start - mentions.sentence.start,
            tokens[last - 1].end - mentions.sentence.start,
        )
        dates = [
            d
            for d in dates_in(mentions.sentence.text, reference)
            if d.date
            and not d.period
            and start <= d.start < end
            and not is_term(mentions.sentence.text, d)
        ]
        memo.signed_on = dates[0].date if dates else None
    named = unique([name for _span, name in orgs or []])
    between = any(t.lemma == load("lexicon")["between_word"] for t in tokens)
    if len(named) >= 2 and (between or len(memo.parties) < 2):
        memo.parties = named
    elif len(memo.parties) < 2:
        memo.parties = unique(memo.parties + named)
