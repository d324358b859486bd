"""When a Russian document was signed: the date nearest the signing word, not one a clause of
its own tells of; and whether the signing is only planned."""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.dates import DateMention
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.tokens import Token


def signing_date(
    mentions: SentenceMentions, noun: int, sign: list[int], dates: list[DateMention]
) -> PartialDate | None:
    """The date nearest the signing word («в июне 2023 года ... был подписан»), else the first
    one after the document («соглашение ..., совершенное 12 ноября 2024 года»)."""
    offset = mentions.sentence.start
    tokens = mentions.tokens
    dates = [
        d
        for d in dates
        if not _told_of_else(mentions, d) and not is_term(mentions.sentence.text, d)
    ]
    if sign:
        anchor = tokens[min(sign, key=lambda i: abs(i - noun))].start - offset
        near = min(dates, key=lambda d: abs(d.start - anchor), default=None)
        return near.date if near else None
    after = [d for d in dates if d.start > tokens[noun].start - offset]
    return after[0].date if after else None


def is_term(text: str, date: DateMention) -> bool:
    """«дорожная карта до 2028 года», «к 2030 году», «до конца 2025 года»: a term or deadline the
    document runs to, never the day it was signed (data: lexicon term_openers)."""
    before = re.findall(r"\w+", text[: date.start].casefold())[-2:]
    return any(w in words("lexicon", "term_openers") for w in before)


def _told_of_else(mentions: SentenceMentions, date: DateMention) -> bool:
    """«меморандум о строительстве элеватора, который планируется ввести в 2027 году»: a date
    in a clause of its own that opens with «который» or a plan dates that, not the signing."""
    text = mentions.sentence.text[: date.start]
    clause = re.split(r"[,;:(—–]", text)[-1].casefold().split()
    cues = words("lexicon", "planned_cues")
    return any(w.startswith(load("lexicon")["which_stem"]) or w in cues for w in clause)


def planned_signing(tokens: list[Token], sign: list[int]) -> bool:
    """Signed in the future, or only intended; a past signing word («подписанное») is not."""
    cues = words("lexicon", "planned_cues")
    for i in sign:
        tag = tokens[i].parses[0].tag if tokens[i].parses else None
        if any(t.text.casefold() in cues for t in tokens[max(0, i - 2) : i]):
            return True  # «будет принят», «планируется подписать»
        if tag is not None and tag.tense == "past":
            return False
    if any(t.text.casefold() in cues for t in tokens):
        return True
    for i in sign:
        tag = tokens[i].parses[0].tag if tokens[i].parses else None
        if tag is not None and (tag.tense == "futr" or tag.POS == "INFN"):
            return True
    return False
