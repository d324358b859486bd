"""The relate stage for events: visits, meetings, openings, launches, targets, with their dates.

One milestone per sentence that names an event (by the lemma of its noun or verb), dated by the
sentence's date, its status by that date against the publication date, else by tense. Each is
tied to the text's memorandum and the organizations of its sentence. Planned agreements become
planned milestones here too.
"""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, DraftMilestone, Span
from kztracker.importing.extract.russian.back_references import dated_back
from kztracker.importing.extract.russian.dates import DateMention, dates_in
from kztracker.importing.extract.russian.event_dates import (
    event_dates,
    lent_dates,
    signing_days,
    trigger_date,
)
from kztracker.importing.extract.russian.event_kinds import approves, first_event, label_of
from kztracker.importing.extract.russian.event_triggers import event_words
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.milestone_merging import merged
from kztracker.importing.extract.russian.milestone_status import status_of
from kztracker.importing.extract.russian.milestone_titles import event_title
from kztracker.importing.extract.russian.signing_time import is_term
from kztracker.importing.extract.russian.story_state import (
    EventSentence,
    Story,
    event_labels,
    read_sentence,
    remember_told,
)


def milestones_in(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    agreements: list[Agreement],
    reference: PartialDate | None,
    dateline: bool = False,
) -> list[DraftMilestone]:
    """The text's milestones: a planned signing for each planned document, then the sentences
    read in order against what the story told before them, each one's event words found, dated
    and made milestones; the same event told twice is merged into one.

    `dateline`: the story opens with a place and the date of what it tells."""
    signed = [a.memorandum for a in agreements if not a.planned]
    found = [
        _planned_signing(a.memorandum, a, sentences, reference) for a in agreements if a.planned
    ]
    story = Story(labels=event_labels())
    for mentions in sentences:
        remember_told(story, found)
        sentence = read_sentence(story, sentences, mentions, reference, len(found))
        if sentence is None:
            continue
        documents = [a for a in agreements if a.sentence == mentions.index]
        named = organizations.get(mentions.index, [])
        sentence.triggers, frame_day = event_words(sentence, documents, named, story)
        sentence.signings = signing_days(documents)
        dates = event_dates(sentence, frame_day, reference)
        if not sentence.triggers:
            _event_without_word(found, sentence, dates, named, reference)
            continue
        if not dates and not sentence.unresolved:
            # «в ноябре прошлого года» with nothing to count from: no other day is its
            dates = lent_dates(sentence, reference, dateline)
        orgs = _unique([name for _span, name in named])
        found += _events_of(sentence, dates, orgs, signed, story.labels, reference)
    return merged(found)


def _event_without_word(
    found: list[DraftMilestone],
    sentence: EventSentence,
    dates: list[DateMention],
    organizations: list[tuple[Range, str]],
    reference: PartialDate | None,
) -> None:
    """A sentence with no event word may still tell one: its pronoun dates the event the story
    told last («В этом году оно состоится ...»), else «Первые студенты отправятся ... в январе
    2025 года» is an event of its own, added to `found`."""
    tokens = sentence.tokens
    if dated_back(found, tokens, dates, reference):
        return
    if (first := first_event(tokens, dates, sentence.offset)) is not None:
        title, when = first
        found.append(
            DraftMilestone(
                title=title,
                date=when.date,
                status=status_of(tokens, when, reference),
                organizations=_unique([n for _s, n in organizations]),
                spans=[Span(sentence.mentions.sentence.start, sentence.mentions.sentence.end)],
            )
        )


def _events_of(
    sentence: EventSentence,
    dates: list[DateMention],
    organizations: list[str],
    signed: list[DraftMemorandum],
    labels: dict[str, str],
    reference: PartialDate | None,
) -> list[DraftMilestone]:
    """A milestone for each event word of the sentence, dated by its own stretch of `dates`,
    tied to the sentence's organizations and the signed document they serve."""
    events: list[DraftMilestone] = []
    for n, trigger in enumerate(sentence.triggers):
        date = trigger_date(sentence, n, dates, labels, reference)
        if date is None and n:
            continue  # a second undated event in one sentence is the same story
        signing_day = any(date and date.date == d for d, _a in sentence.signings)
        if approves(sentence.tokens, trigger) and signing_day:
            continue  # «утвердили и подписали»: the approval is the signing itself
        events.append(
            DraftMilestone(
                title=event_title(
                    sentence.mentions, trigger, label_of(sentence.tokens[trigger], labels)
                ),
                date=date.date if date else None,
                status=status_of(sentence.tokens, date, reference),
                organizations=organizations,
                memorandum=_memorandum_of(organizations, signed),
                spans=[Span(sentence.mentions.sentence.start, sentence.mentions.sentence.end)],
            )
        )
    return events


def _memorandum_of(organizations: list[str], signed: list[DraftMemorandum]) -> str | None:
    """The text's document the event serves: the only one, else the one whose parties the
    event's sentence names most."""
    if len(signed) == 1:
        return signed[0].title
    scored = [(len(set(m.parties) & set(organizations)), m.title) for m in signed]
    best = max(scored, default=(0, None))
    if best[0] == 0 or sum(1 for score, _t in scored if score == best[0]) > 1:
        return None
    return best[1]


def _nearest(dates: list[DateMention], position: int) -> DateMention | None:
    """The first date after the event word («увеличить ... до 2030 года»), else the nearest."""
    dated = [d for d in dates if d.date is not None]
    after = [d for d in dated if d.start >= position]
    if after:
        return after[0]
    return min(dated, key=lambda d: abs(d.start - position), default=None)


def _planned_signing(
    memo: DraftMemorandum,
    agreement: Agreement,
    sentences: list[SentenceMentions],
    reference: PartialDate | None,
) -> DraftMilestone:
    text = sentences[agreement.sentence].sentence.text
    # «подписание ... программы сотрудничества до 2026 года»: the term the document runs to
    dates = [
        d for d in dates_in(text, reference) if d.date and not d.period and not is_term(text, d)
    ]
    return DraftMilestone(
        title=load("events")["planned_signing_title"].format(title=memo.title),
        date=dates[0].date if dates else None,
        status="planned",
        organizations=list(memo.parties),
        spans=list(memo.spans),
    )


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))
