"""A Kazakh document's date and title: the dates of each sentence, the day a signing takes (its
own, the ceremony's told just after, or the story's), and a title from the agreement phrase."""

from __future__ import annotations

from bisect import bisect_right

from kztracker.dates import PartialDate
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.kazakh.dates import DateMention
from kztracker.importing.extract.kazakh.documents import Document, document_in
from kztracker.importing.extract.kazakh.endings import strip_case
from kztracker.importing.extract.kazakh.lexicon import agreement_stems, data, words
from kztracker.importing.extract.kazakh.organizations import type_of
from kztracker.importing.extract.kazakh.people import title_of
from kztracker.importing.extract.kazakh.segment import Sentence

_LEAD_PARAGRAPHS = 2  # how far back a clause with no date of its own takes the story's day
_CEREMONY_AFTER = 2  # sentences after a signing that may tell the ceremony's day


def dates_by_sentence(
    sentences: list[Sentence], dates: list[DateMention]
) -> dict[int, list[DateMention]]:
    starts = [s.start for s in sentences]
    result: dict[int, list[DateMention]] = {}
    for mention in dates:
        index = bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.start < sentences[index].end:
            result.setdefault(index, []).append(mention)
    return result


def signing_day(
    sentences: list[Sentence], index: int, dates: dict[int, list[DateMention]]
) -> PartialDate | None:
    """The clause's own date; else the day of the ceremony the next sentences tell of
    («Рәсім 15 қарашада өтті») or of a relative day just before («Бүгін ...»); the story's
    dateline alone is not taken for it (a date the text does not give is none)."""
    if dates.get(index):
        return dates[index][0].date
    paragraph = sentences[index].paragraph
    ceremony = agreement_stems("ceremony_words")
    for later in range(index + 1, min(index + 1 + _CEREMONY_AFTER, len(sentences))):
        day = [d for d in dates.get(later, []) if d.date.day is not None]
        if day and ceremony.search(sentences[later].text):
            return day[0].date
    for earlier in range(index - 1, -1, -1):
        if sentences[earlier].headline or paragraph - sentences[earlier].paragraph > (
            _LEAD_PARAGRAPHS
        ):
            break
        day = [d for d in dates.get(earlier, []) if d.relative and d.date.day is not None]
        if day:
            return day[0].date  # «Бүгін ... кездесуде»: the documents of that day
    return None


def document_title(sentence: Sentence, at: int, document: Document, parties: list[str]) -> str:
    tokens = sentence.tokens
    head = strip_case(tokens[at].text).casefold()
    if document.title:
        head = document.title
    elif head.startswith(document.stem) and head != document.stem:
        head = document.stem
    if at >= 2 and tokens[at - 1].lower in words("agreements", "about"):
        start = at - 2
        while (
            start > 0
            and at - start < 4
            and not tokens[start - 1].capitalized
            and (
                tokens[start - 1].text[:1].isalpha()
                and type_of(tokens[start - 1].text) is None
                and title_of(tokens[start - 1].text) is None  # «... губернаторы ынтымақтастық»
                and tokens[start - 1].lower not in words("agreements", "between", "title_breaks")
                # «келісім және туризм туралы меморандум»: the document before has its own
                and document_in(sentence, tokens[start - 1].start, tokens[start - 1].end) is None
            )
        ):
            start -= 1  # «су ресурстары туралы келісім»
        while start < at - 2 and tokens[start].lower in words("agreements", "conjunctions"):
            start += 1  # «келісім және туризм туралы меморандум»: the title starts after «және»
        head = " ".join([*(t.text for t in tokens[start:at]), head])
    joiner = data("agreements")["title_words"]
    if len(parties) >= 2:
        sides = f"{', '.join(parties[:-1])} {joiner['and']} {parties[-1]}"
        title = f"{sides} {joiner['between']} {head}"
    else:
        # one side: «A қол қойған меморандум» (signed by A), as «A меморандум» is no Kazakh phrase
        title = f"{parties[0]} {joiner['signed_by']} {head}" if parties else head
    # a title opens with a capital, as the user's own and the other languages' do («Меморандум»)
    return upper_first(title)
