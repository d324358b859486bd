"""A clause that signs a document, read for the milestones: the memorandum holds the signing
itself, so the clause only lends what later clauses need (its day, its signers) and gives the
deadlines its documents set and the occasion it was signed at."""

from __future__ import annotations

from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.extract.english.milestone_reading import ArticleReading, Clause
from kztracker.importing.extract.english.signed_deadlines import signed_deadlines
from kztracker.importing.extract.english.signing_days import occasion_of


def note_signing(reading: ArticleReading, clause: Clause) -> None:
    """Note the signing's day and signers for the meeting told after it, add the deadlines of
    the sentence's documents once, and the occasion (a forum, a round-table) once."""
    dated = find_dates(clause.text, reading.reference, clause.year)
    lead_day = reading.lead.get(clause.index)
    occasion = occasion_of(
        clause.sentence, clause.start, clause.text, dated, lead_day or reading.signed.one()
    )
    reading.signed.note(dated, lead_day)
    signers = reading.unique_orgs() if dated else reading.signers
    reading.signers, reading.signed_at = signers, clause.index  # its own day
    if reading.signed_at != reading.told_deadlines:  # the sentence's documents, once
        sentence = clause.sentence
        reading.milestones += signed_deadlines(sentence.text, sentence.start, reading.reference)
        reading.told_deadlines = clause.index
    told = {(o.date, o.title) for o in reading.occasions}  # one occasion, many clauses
    if occasion and (occasion.date, occasion.title) not in told:
        occasion.organizations = reading.unique_orgs()  # "signed at a round-table": an event
        reading.occasions.append(occasion)
