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
from kztracker.importing.extract.russian.dates import (
    DateMention,
    dates_in,
    in_dateline,
)
from kztracker.importing.extract.russian.event_kinds import (
    approves,
    clause_break,
    first_event,
    label_of,
    reported_on,
    same_day,
    signed_at,
)
from kztracker.importing.extract.russian.event_triggers import event_words
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.framed_days import (
    during,
    framed_visit,
)
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.milestone_merging import merged
from kztracker.importing.extract.russian.milestone_status import status_of
from kztracker.importing.extract.russian.milestone_titles import event_title
from kztracker.importing.extract.russian.signing_time import is_term
from kztracker.importing.extract.russian.story_state import (
    Story,
    event_labels,
    read_sentence,
    remember_told,
)
from kztracker.importing.extract.russian.tokens import Token, tokenize


def milestones_in(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    agreements: list[Agreement],
    reference: PartialDate | None,
    dateline: bool = False,
) -> list[DraftMilestone]:
    """`dateline`: the story opens with a place and the date of what it tells."""
    signed = [a.memorandum for a in agreements if not a.planned]
    found: list[DraftMilestone] = []
    for agreement in agreements:
        if agreement.planned:
            found.append(_planned_signing(agreement.memorandum, agreement, sentences, reference))
    story = Story(labels=event_labels())
    labels = story.labels
    for mentions in sentences:
        remember_told(story, found)
        sentence = read_sentence(story, sentences, mentions, reference, len(found))
        if sentence is None:
            continue
        tokens, in_sentence, unresolved = sentence.tokens, sentence.told, sentence.unresolved
        previous, earlier, lead = sentence.previous, sentence.earlier, sentence.lead
        documents = [a for a in agreements if a.sentence == mentions.index]
        named = organizations.get(mentions.index, [])
        triggers, frame_day = event_words(sentence, documents, named, story)
        framed = frame_day is not None
        offset = mentions.sentence.start
        # a document's day told in a later sentence («В рамках подписанного сегодня
        # Соглашения ...») is the day of the event it was signed «в ходе» of too
        signing_dates = {
            (day, a.memorandum.spans[0].start)
            for a in agreements
            if a.sentence == mentions.index and (day := a.date or a.memorandum.signed_on)
        }
        # «соглашение ..., совершенное 12 ноября 2024 года»: the document's date, not the event's
        # (unless the event stands between the document and the date: «договоренностями на
        # встрече в Астане в январе 2014 года»).
        dates = [
            d
            for d in in_sentence
            if not any(
                d.date == day
                and d.start + offset > at
                and not _event_between(tokens, triggers, at, d.start + offset)
                for day, at in signing_dates
            )
            and not _signed_on(mentions, d)
            and not reported_on(mentions.sentence.text, tokens, d, offset)
        ]
        if framed and not dates and frame_day is not None and not unresolved:
            # one told done is of the frame's day; one still to come may fall on any of its days
            if status_of(tokens, None, reference) == "done":
                dates = [DateMention(0, 0, frame_day)]
        if not triggers:
            if dated_back(found, tokens, dates, reference):
                continue
            if (first := first_event(tokens, dates, offset)) is not None:
                title, when = first
                found.append(
                    DraftMilestone(
                        title=title,
                        date=when.date,
                        status=status_of(tokens, when, reference),
                        organizations=_unique(
                            [n for _s, n in organizations.get(mentions.index, [])]
                        ),
                        spans=[Span(mentions.sentence.start, mentions.sentence.end)],
                    )
                )
            continue
        if unresolved:
            pass  # «в ноябре прошлого года» with nothing to count from: no other day is its
        elif not dates and previous is not None:
            dates = [DateMention(0, 0, previous.date)]
        elif not dates and earlier is not None and same_day(mentions.sentence.text):
            # «В этот же день состоялась встреча ...»: the day the story told last
            dates = [DateMention(0, 0, earlier.date)]
        elif (
            not dates
            and lead
            and dateline
            and reference is not None
            and (reference.day is not None)
            and any(
                tokens[i].lemma in words("lexicon", "dateline_events") or approves(tokens, i)
                for i in triggers
            )
            and (status_of(tokens, None, reference) == "done")
        ):
            # «Астана, 21 июля. Министр провел встречу с ...»: the story's first sentence tells
            # a meeting, visit or approval of the day its dateline gives.
            dates = [DateMention(0, 0, reference)]
        orgs = _unique([name for _span, name in organizations.get(mentions.index, [])])
        for n, trigger in enumerate(triggers):
            # Each event takes the date of its own stretch of the sentence: «достичь ... до 2060
            # года, а также увеличить ... до 2030 года» are two targets.
            low = tokens[triggers[n - 1]].end - offset if n else 0
            high = tokens[triggers[n + 1]].start - offset if n + 1 < len(triggers) else 10**9
            at = tokens[trigger].start - offset
            high = min(high, clause_break(mentions.sentence.text, at))
            date = _nearest([d for d in dates if low <= d.start < high], at)
            framed = framed_visit(tokens, trigger, labels)
            if signing_dates and (during(tokens, trigger) or signed_at(tokens, trigger) or framed):
                # «подписанное в ноябре 2024 года во время визита ...»: the visit's date too
                date = DateMention(0, 0, min(signing_dates, key=lambda d: d[1])[0])
            if date and in_dateline(mentions.sentence.text, date.start):
                # the day of the report dates what was done, not what is planned
                date = date if status_of(tokens, None, reference) == "done" else None
            if date is None and n:
                continue  # a second undated event in one sentence is the same story
            signing_day = any(date and date.date == d for d, _a in signing_dates)
            if approves(tokens, trigger) and signing_day:
                continue  # «утвердили и подписали»: the approval is the signing itself
            found.append(
                DraftMilestone(
                    title=event_title(mentions, trigger, label_of(tokens[trigger], labels)),
                    date=date.date if date else None,
                    status=status_of(tokens, date, reference),
                    organizations=orgs,
                    memorandum=_memorandum_of(orgs, signed),
                    spans=[Span(mentions.sentence.start, mentions.sentence.end)],
                )
            )
    return merged(found)


def _event_between(tokens: list[Token], triggers: list[int], start: int, end: int) -> bool:
    """An event word between a document's first word and a date (all offsets in the text)."""
    return any(start < tokens[i].start < end for i in triggers)


def _signed_on(mentions: SentenceMentions, date: DateMention) -> bool:
    """«реализация подписанного 8 августа 2024 года Соглашения», «Соглашение, действующее с 25
    декабря 2003 года»: the date a participle of signing or of being in force gives is the
    document's, not the event's."""
    before = mentions.sentence.text[: date.start].split()[-3:]
    kinds = words("lexicon", "sign_lemmas") | words("events", "document_date_lemmas")
    return any(t.lemma in kinds and t.is_pos("PRTF") for word in before for t in tokenize(word))


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
