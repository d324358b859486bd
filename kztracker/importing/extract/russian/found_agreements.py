"""One agreement as the relate stage finds it, and the merging of the same document named twice
(the headline and the story, a noun that refers back)."""

from __future__ import annotations

from dataclasses import dataclass

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.russian.agreement_titles import same_title
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.parties import unique


@dataclass
class Agreement:
    """One agreement noun in a sentence and what the sentence says about it."""

    memorandum: DraftMemorandum
    planned: bool
    sentence: int
    date: PartialDate | None
    headline: bool = False
    another: bool = False  # «Стороны также подписали меморандум»: a further document
    # the sentence whose countries are the sides, when they are read later: a list line's
    # signing told before its heading, a ratification's own sentence
    context: int | None = None


def restates_headline(sentences: list[SentenceMentions], mentions: SentenceMentions) -> bool:
    """A body sentence that holds the headline word for word, or that the headline holds (the
    title repeated under it, a ticker run into it), names the headline's documents again, not
    new ones."""
    if mentions.sentence.headline:
        return True
    heads = [" ".join(m.sentence.text.split()).casefold() for m in sentences if m.sentence.headline]
    text = " ".join(mentions.sentence.text.split()).casefold()
    return len(text) > 20 and any(h in text or text in h for h in heads if len(h) > 20)


def deduplicated(found: list[Agreement]) -> list[Agreement]:
    """One document named twice («подписан меморандум ... Меморандум подписали ...», the headline
    and the story) is one: same kind, and the parties of one among the other's."""
    kept: list[Agreement] = []
    for agreement in sorted(found, key=lambda a: (a.headline, -len(a.memorandum.parties))):
        memo = agreement.memorandum
        bare = len(memo.title.split()) == 1  # «Соглашение было достигнуто ...»: the one above
        # a bare noun refers back to a document of another sentence, not to its neighbour in
        # «соглашение и дорожную карту»
        same = (
            None
            # a document whose sides the countries of a sentence give later is one of its own
            if agreement.another and memo.parties or agreement.context is not None
            else next(
                (
                    k
                    for k in kept
                    if (k.memorandum.kind == memo.kind or bare and k.sentence != agreement.sentence)
                    and k.planned == agreement.planned
                    and set(memo.parties) <= set(k.memorandum.parties)
                    and (agreement.headline or bare or same_title(k.memorandum.title, memo.title))
                    or _sides_told_next(k, agreement)
                ),
                None,
            )
        )
        if same is None:
            kept.append(agreement)
            continue
        if len(same.memorandum.title.split()) == 1 and not memo.parties:
            # the bare noun of the next sentence gave the sides; the document keeps its title
            same.memorandum.title, same.memorandum.kind = memo.title, memo.kind
        same.memorandum.signatories = unique(same.memorandum.signatories + memo.signatories)
        same.memorandum.signed_on = same.memorandum.signed_on or memo.signed_on
        same.memorandum.spans += memo.spans
    if any(not a.headline for a in kept):
        # A headline restates the story's document in other words («Университеты ... подписали
        # меморандум»): the story's own sentence names it better.
        _sides_from_headline(kept)
        kept = [a for a in kept if not a.headline]
    return sorted(kept, key=lambda a: a.memorandum.spans[0].start)


def _sides_told_next(kept: Agreement, agreement: Agreement) -> bool:
    """«... во время подписания плана мероприятий ...» naming no side, then «Соглашение
    заключили губернатор X и аким Y»: the bare noun of the next sentence is that document."""
    return (
        not agreement.memorandum.parties
        and len(kept.memorandum.title.split()) == 1
        and kept.sentence == agreement.sentence + 1
        and kept.planned == agreement.planned
        and not agreement.headline
    )


def _sides_from_headline(kept: list[Agreement]) -> None:
    """«X заключил меморандум с Y» as the headline, «Заключение меморандума стало шагом ...» in
    the story: the story's only document of that kind takes the sides the headline names."""
    for head in (a for a in kept if a.headline and len(a.memorandum.parties) >= 2):
        memo = head.memorandum
        body = [
            a
            for a in kept
            if not a.headline
            and a.memorandum.kind == memo.kind
            and a.planned == head.planned
            and set(a.memorandum.parties) < set(memo.parties)
        ]
        if len(body) == 1 and sum(not a.headline for a in kept) == 1:
            body[0].memorandum.parties = list(memo.parties)
            if len(body[0].memorandum.title.split()) == 1:
                body[0].memorandum.title = memo.title
