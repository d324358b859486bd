"""The relate stage for events: visits, meetings, openings, launches, targets, with their dates.

One milestone per sentence that names an event (by the lemma of its noun or verb), dated by the
sentence's date, its status by that date against the publication date, else by tense. Each is
tied to the text's memorandum and the organizations of its sentence. Planned agreements become
planned milestones here too.
"""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, DraftMilestone, Span
from kztracker.importing.extract.russian.back_references import dated_back
from kztracker.importing.extract.russian.clauses import agreed_about, is_agreement, subject_range
from kztracker.importing.extract.russian.dates import (
    DateMention,
    date_only,
    dates_in,
    in_dateline,
    month_word,
)
from kztracker.importing.extract.russian.event_kinds import (
    aimless,
    approves,
    ceremony_of_nothing,
    clause_break,
    dated_in,
    figurative,
    first_event,
    label_of,
    quoted_speech,
    reported_on,
    said_how,
    same_day,
    signed_at,
    told_before,
    unresolved_relative,
)
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.framed_days import (
    during,
    events_told,
    framed_visit,
    framing,
    told_frame,
)
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.milestone_merging import merged
from kztracker.importing.extract.russian.milestone_status import status_of
from kztracker.importing.extract.russian.milestone_titles import event_title
from kztracker.importing.extract.russian.signing_time import is_term
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
    # the lexicon's event words, and those events.json adds («сессия», «консультации»)
    labels: dict[str, str] = {
        **load("lexicon")["milestone_lemmas"],
        **load("events")["event_lemmas"],
    }
    stamp: DateMention | None = None  # «Астана. 28 января.»: a paragraph's own dateline
    placed = False  # the stamp names a place
    seen_story = False
    last_dated: DateMention | None = None  # the story's last day told, for «в тот же день»
    story_year: int | None = None  # the year the story last wrote out, for «9 августа»
    events: dict[str, PartialDate | None] = {}  # the events told so far, for «в рамках ...»
    told_in: tuple[list[Token], int] | None = None  # the last sentence read, and its first event
    for mentions in sentences:
        if told_in is not None:
            added = found[told_in[1] :]
            day = added[0].date if added else None
            for label, said in events_told(told_in[0], labels, day).items():
                events[label] = said or events.get(label)
        told_in = None
        previous = stamp if stamp is not None and placed else None
        # «Астана. 15 февраля 2026 года. ... в ноябре прошлого года»: with no page stamp, the
        # paragraph's own dateline is what its relative dates count from
        told = dates_in(mentions.sentence.text, reference or _of(previous), story_year)
        in_sentence = [d for d in told if d.date and not d.period]
        unresolved = unresolved_relative(mentions.sentence.text, told)
        story_year = next(
            (d.date.year for d in reversed(in_sentence) if d.own_year and d.date), story_year
        )
        stamp = date_only(mentions.sentence.text, in_sentence)
        # «Астана. 28 января.» dates the paragraph after it; a bare «27 июня 2024» is the page's
        # stamp, which dates no event the story does not say happened that day
        placed = stamp is not None and (
            _names_place(mentions.sentence.text, stamp) or _place_before(sentences, mentions.index)
        )
        headline = mentions.sentence.headline
        # A headline tells the story's event again, undated; one that writes out its day
        # («Визит ... с 8 по 9 августа 2024 года») is read, the story's copy merged with it.
        if stamp is not None or headline and not _own_day(in_sentence):
            continue
        tokens = mentions.tokens
        told_in = (tokens, len(found))
        lead, seen_story = not (seen_story or headline), seen_story or not headline
        about = [subject_range(tokens, i) for i in range(len(tokens)) if is_agreement(tokens, i)]
        if any(a.sentence == mentions.index for a in agreements):
            about += [r for r in [agreed_about(tokens)] if r is not None]
        signs = any(a.sentence == mentions.index and not a.planned for a in agreements)
        # «соглашение о реализации проектов»: what a document is about is not an event, nor the
        # forum a document was signed «в рамках» or «на полях» of.
        triggers = [
            i
            for i, t in enumerate(tokens)
            if (t.lemma in labels or _receives(tokens, i) or approves(tokens, i))
            and not any(
                a <= i < b and not dated_in(mentions, (i, b), in_sentence) for a, b in about
            )
            and not (signs and framing(tokens, i) and not framed_visit(tokens, i, labels))
            and not any(a < i < b for (a, b), _n in organizations.get(mentions.index, []))
            and not _time_phrase(tokens, i)
            and not t.is_pos("GRND")  # «..., достигнув 2,7 млн тонн»: a result, no event
            and not aimless(tokens, i)
            and not ceremony_of_nothing(tokens, i)
            and not figurative(tokens, i)
            and not told_before(tokens, i)
            and not quoted_speech(mentions.sentence.text, t.start - mentions.sentence.start)
        ]
        triggers = [
            i
            for n, i in enumerate(triggers)
            if not (n and (_governed(tokens, triggers[n - 1], i) or said_how(tokens, triggers, n)))
        ]
        # «В рамках конференции состоялся запуск ...»: a frame told before is no new event
        frame_day, framed = None, False
        if not signs:
            triggers, frame_day, framed = told_frame(tokens, triggers, labels, events)
        days = [d for d in in_sentence if d.date is not None and d.date.day is not None]
        earlier, last_dated = last_dated, (days[0] if days else last_dated)
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


def _of(stamp: DateMention | None) -> PartialDate | None:
    return stamp.date if stamp is not None else None


def _governed(tokens: list[Token], head: int, i: int) -> bool:
    """«Начало строительства завода», «о реализации ... второго этапа строительства»: an event
    noun in the genitive inside the phrase of the event noun before it is that event's object,
    no event of its own (no verb, conjunction or stop between them)."""
    between = tokens[head + 1 : i]
    return (
        tokens[head].is_pos("NOUN")
        and tokens[i].is_pos("NOUN")
        and "gent" in tokens[i].cases("NOUN")
        and len(between) <= 8
        and not any(t.is_verb or t.is_pos("CONJ") or t.text in ",.;:!?—–()" for t in between)
    )


def _names_place(text: str, date: DateMention) -> bool:
    """A date-only sentence that names a place beside its date («Астана, 14 марта 2025 года.»)."""
    rest = text[: date.start] + text[date.end :]
    return any(w[:1].isupper() and w.isalpha() for w in re.findall(r"\w+", rest))


def _place_before(sentences: list[SentenceMentions], index: int) -> bool:
    """«Астана. 28 января.»: the date's sentence follows a place's, one capitalized word of its
    paragraph."""
    if index == 0:
        return False
    before, this = sentences[index - 1].sentence, sentences[index].sentence
    found = re.findall(r"\w+", before.text)
    return before.paragraph == this.paragraph and len(found) == 1 and found[0][:1].isupper()


def _own_day(dates: list[DateMention]) -> bool:
    return any(d.own_year and d.date and d.date.day for d in dates)


def _event_between(tokens: list[Token], triggers: list[int], start: int, end: int) -> bool:
    """An event word between a document's first word and a date (all offsets in the text)."""
    return any(start < tokens[i].start < end for i in triggers)


def _receives(tokens: list[Token], i: int) -> bool:
    """«Министр принял посла Италии», «принял делегацию»: a reception, not a document adopted."""
    if tokens[i].lemma not in words("lexicon", "reception_verbs"):
        return False
    k = i + 1  # «принял Чрезвычайного и Полномочного Посла»: past the title's modifiers
    while k < min(len(tokens) - 1, i + 5) and (
        tokens[k].lemma in words("lexicon", "title_modifiers") or tokens[k].text == AND_WORD
    ):
        k += 1
    return k < len(tokens) and (
        tokens[k].lemma in words("lexicon", "title_heads")
        or tokens[k].lemma in words("lexicon", "reception_objects")
    )


def _time_phrase(tokens: list[Token], trigger: int) -> bool:
    """«с начала нынешнего года», «в конце месяца», «в начале апреля 2024 года»: a point of
    time, not an event."""
    times = words("lexicon", "time_nouns")
    return any(t.lemma in times for t in tokens[trigger + 1 : trigger + 3]) or (
        trigger + 1 < len(tokens) and month_word(tokens[trigger + 1].text)
    )


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
