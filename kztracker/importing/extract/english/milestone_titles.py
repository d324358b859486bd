"""A dated piece's milestone title: what the piece names happened, told in the words the text
gives it, with its subject, its antecedent and the work it completes."""

from __future__ import annotations

from kztracker.importing.extract.english.dated_phrases import bracket_around, event_before_date
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.milestone_naming import (
    completed_work,
    hosted_event,
    named_event,
    named_subject,
    plain_event,
    planned_act,
    told_content,
    told_title,
    visit_before,
    with_antecedent,
    without_frame,
)
from kztracker.importing.extract.english.milestone_reading import ArticleReading, Clause
from kztracker.importing.extract.english.shared_subjects import shared_subject
from kztracker.importing.extract.english.targets import target_title
from kztracker.importing.extract.english.titles import milestone_title


def piece_title(
    reading: ArticleReading,
    clause: Clause,
    piece_start: int,
    piece: str,
    date: DateMention,
    dates: list[DateMention],
) -> str:
    """The title of the event a piece of a clause tells on `date`: the plain title first, then
    the better-named forms the piece's wording allows, each replacing it when found."""
    title = named_subject(
        with_antecedent(
            clause.text,
            piece_start,
            piece,
            milestone_title(
                without_frame(piece),
                [d for d in dates if d.start >= piece_start],
                piece_start,
            ),
        ),
        reading.mentions_at.get(clause.index, []),
        reading.names,
        reading.core_key,
        [p.organization for p in reading.people_at.get(clause.index, []) if p.organization],
        clause.at + piece_start,
        piece,
    )
    title = plain_event(piece) or named_event(piece, title)
    if date.end > date.start >= piece_start:
        title = _around_the_date(piece, piece_start, date, title)
    title = shared_subject(clause.sentence.text, clause.start + piece_start, piece, title)
    at = clause.at + piece_start
    title = completed_work(piece, reading.article.text[max(0, at - 600) : at]) or title
    return told_title(title, piece)  # a long name cut before its verb, names alone


def _around_the_date(piece: str, piece_start: int, date: DateMention, title: str) -> str:
    """A date written inside the piece says where its event's words are: what is hosted, told,
    planned or visited just before it, a bracket around it, or the target it is the year of."""
    at = date.start - piece_start  # "to host the 7th Congress of X on 14 May"
    content = hosted_event(piece, at) or told_content(piece, at)  # "that X will"
    title = (
        content
        or planned_act(piece, at)
        or visit_before(piece, at)
        or event_before_date(piece, at, title)
        or title
    )
    inner = bracket_around(piece, at)  # "(transit of X in 2023 was agreed)"
    if inner is not None:
        title = milestone_title(piece[inner[0] : inner[1]], [date], piece_start + inner[0])
    # "the goal of X by 2030": X is it
    return target_title(piece, date.start - piece_start, date.end - piece_start) or title
