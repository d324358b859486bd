"""Russian events no event noun of the lexicon names: a document approved («Мажилис одобрил
соглашение»), the first of something a partnership yields («Первые студенты отправятся ... в
январе 2025 года»); and the cues that date an event by another («в тот же день», a forum a
document was signed at). Their words are in data/events.json."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.dates import DateMention, dates_in
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.tokens import Token

_WITH = tuple(load("lexicon")["with_forms"])  # «с», «со»


def approves(tokens: list[Token], i: int) -> bool:
    """«одобрил соглашение», «одобрение соглашения»: an approval word with a document noun
    within a few words after it (a plan or a proposal approved is no event of the partnership)."""
    if tokens[i].lemma not in load("events")["approval_lemmas"]:
        return False
    reach = load("events")["approval_reach"]
    documents = load("lexicon")["agreement_lemmas"]
    return any(t.lemma in documents for t in tokens[i + 1 : i + 1 + reach])


def aimless(tokens: list[Token], i: int) -> bool:
    """«могут достичь большего», «достичь многого»: a verb of achieving whose object is no
    thing (past its adjectives, a noun or a figure) names no target, so no event; nor one in
    the past («объем торговли достиг 5 млрд долларов»), a figure reached, no target set."""
    if tokens[i].lemma not in words("events", "achieving_lemmas"):
        return False
    tag = tokens[i].parses[0].tag if tokens[i].parses else None
    if tag is not None and tag.POS == "VERB" and tag.tense == "past":
        return True
    for token in tokens[i + 1 : i + 1 + load("events")["achieved_reach"]]:
        pos = token.parses[0].tag.POS if token.parses else None  # «в» is no noun («век»)
        if pos == "NOUN" or any(c.isdigit() for c in token.text):
            return False
        if pos not in ("ADJF", "PRTF", "ADVB", "PRCL"):
            return True
    return True


def ceremony_of_nothing(tokens: list[Token], i: int) -> bool:
    """«В церемонии приняли участие ...», «на церемонии подписания»: a ceremony is an event of
    its own only by the event it is of, a genitive noun right after it («церемония открытия
    центра»); bare, it is the one already told, and a signing's is the document's own day."""
    if tokens[i].lemma not in words("events", "ceremony_lemmas"):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None or not after.is_pos("NOUN") or "gent" not in after.cases("NOUN"):
        return True
    return after.lemma in words("lexicon", "sign_lemmas")


def said_how(tokens: list[Token], triggers: list[int], n: int) -> bool:
    """«прибыл в Оренбург с визитом», «посетил Баку с официальным визитом»: an event noun after
    «с» that says how the event before it went, of the same kind, is that event again."""
    at, before = triggers[n], triggers[n - 1]
    labels = {**load("lexicon")["milestone_lemmas"], **load("events")["event_lemmas"]}
    if labels.get(tokens[at].lemma) != labels.get(tokens[before].lemma):
        return False
    if "ablt" not in tokens[at].cases("NOUN"):
        return False
    return any(t.text.casefold() in _WITH for t in tokens[max(before + 1, at - 3) : at])


def reported_on(text: str, tokens: list[Token], date: DateMention, offset: int) -> bool:
    """«..., сообщил 6 ноября пресс-секретарь», «12 марта министр рассказал о планах»: a date in
    the clause of a verb of saying, no event word between them, is the day it was said, not the
    day of the event told."""
    breaks = [m.start() for m in re.finditer(r"[,;:(—–]|\s-\s", text)]
    low = max((b for b in breaks if b < date.start), default=-1)
    high = min((b for b in breaks if b >= date.end), default=len(text))
    saying = words("events", "saying_lemmas")
    labels = {**load("lexicon")["milestone_lemmas"], **load("events")["event_lemmas"]}
    for token in tokens:
        at = token.start - offset
        if not (low < at < high and token.lemma in saying and token.is_pos("VERB", "GRND")):
            continue
        # «доложили о реализации с 2025 года ...»: a date past the event the verb tells of is
        # that event's
        lying = [t for t in tokens if min(at, date.start) < t.start - offset < max(at, date.end)]
        if not any(t.lemma in labels for t in lying if t is not token):
            return True
    return False


def figurative(tokens: list[Token], i: int) -> bool:
    """«откроет новые возможности», «открыл новую страницу», «открывает путь к ...»: an opening
    whose object (past its adjectives) is a figure of speech, no body or place opened."""
    if tokens[i].lemma not in words("events", "opening_lemmas"):
        return False
    for token in tokens[i + 1 : i + 1 + load("events")["achieved_reach"]]:
        pos = token.parses[0].tag.POS if token.parses else None
        if pos == "NOUN":
            return token.lemma in words("events", "figurative_objects")
        if pos not in ("ADJF", "PRTF", "ADVB", "PRCL"):
            return False
    return False


def label_of(token: Token, labels: dict[str, str]) -> str:
    """The title's first word for an event word: the lexicon's, else an approval's."""
    return labels.get(token.lemma) or load("events")["approval_lemmas"].get(token.lemma, "")


def same_day(text: str) -> bool:
    """«В этот же день», «в тот же день»: the day the story last named."""
    phrases = "|".join(re.escape(p) for p in load("dates")["same_day_phrases"])
    return re.search(rf"(?<!\w)(?:{phrases})(?!\w)", text, re.IGNORECASE) is not None


def quoted_speech(text: str, at: int) -> bool:
    """The word at `at` is inside a quotation someone said («..., отметив, что «главное не
    подпись, а работа после неё»»): a quote that starts in lower case or runs past a few
    words or that a dash and its speaker follow is speech, no event of the story; a short
    capitalized one is a name («Вечер дружбы»)."""
    for quote in re.finditer(r"«([^«»]*)»", text):
        if quote.start() < at < quote.end():
            inner = quote.group(1).strip()
            said = re.match(r"\s*,?\s*[—–]", text[quote.end() :]) is not None  # «...», — сказал
            long = len(inner.split()) > load("events")["name_quote_words"]
            return (said or long or inner[:1].islower()) and not _dated_month(inner)
    # a quotation that runs over sentences: a closing mark after the word with no opening one
    # between, or an opening one before it never closed
    after, before = text[at:], text[:at]
    closes = after.find("»")
    inside = (closes >= 0 and "«" not in after[:closes]) or before.rfind("«") > before.rfind("»")
    return inside and not _dated_month(text)


def _dated_month(said: str) -> bool:
    """Speech that names a month and its year («... состоится в июне 2026 года»): an official's
    word on when an event takes place, which the story tells through the quote."""
    return any(d.own_year and d.date and d.date.month for d in dates_in(said, None))


def clause_break(text: str, at: int) -> int:
    """Where a contrast opens a clause of its own after the event word at `at` («увеличить
    оборот до $10 млрд, в то время как на конец 2024 года он сократился»): a date past it is
    not the event's. The text's length when none follows."""
    cues = "|".join(re.escape(c) for c in load("events")["clause_breaks"])
    found = re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE).search(text, at)
    return found.start() if found else len(text)


def signed_at(tokens: list[Token], trigger: int) -> bool:
    """«подписанного в 2023 году на XIX Форуме ...»: an event in the locative after «на», past
    the ordinals and adjectives that name it, is where the sentence's document was signed."""
    if "loct" not in tokens[trigger].cases("NOUN"):
        return False
    i = trigger - 1
    while i >= 0 and trigger - i <= 4 and names_event(tokens[i]):
        i -= 1
    return i >= 0 and tokens[i].text.casefold() in words("events", "signing_places")


def names_event(token: Token) -> bool:
    """An ordinal in Roman or Arabic figures, an adjective or a capitalized word before an
    event noun («XIX Форуме межрегионального», «2-м Международном»)."""
    text = token.text
    return bool(
        re.fullmatch(r"[IVXLC]+|\d+(?:-\w+)?", text)
        or token.is_pos("ADJF", "NUMR")
        or text[:1].isupper()
    )


def first_event(
    tokens: list[Token], dates: list[DateMention], offset: int
) -> tuple[str, DateMention] | None:
    """«Первые студенты отправятся ... в январе 2025 года»: the title «Первые студенты ...»
    (the first-word and the words after it up to a verb, a stop or the date) and the date after
    it; None with no date, or when «первый» tells a time, rank or title («в первый день»).
    `offset`: where the sentence, which the dates count from, starts in the text."""
    firsts = words("events", "first_words")
    at = next((i for i, t in enumerate(tokens) if t.lemma in firsts), None)
    dated = [d for d in dates if d.date is not None]
    if at is None or not dated:
        return None
    title: list[Token] = []
    for token in tokens[at : at + load("events")["first_title_words"]]:
        if title and (token.is_verb or not token.is_word or _at_date(token, dated, offset)):
            break
        title.append(token)
    heads = [t for t in title[1:] if t.is_pos("NOUN")]
    if not heads or heads[0].lemma in words("events", "first_not_heads"):
        return None
    if heads[0].lemma in load("lexicon")["agreement_lemmas"]:
        return None  # «подписали первый договор о ...»: a signing is its document's date
    while title and title[-1].is_pos("PREP", "CONJ", "PRCL"):
        title.pop()
    text = " ".join(t.text for t in title)
    after = [d for d in dated if d.start >= tokens[at].start - offset]
    return upper_first(text), (after or dated)[0]


def _at_date(token: Token, dates: list[DateMention], offset: int) -> bool:
    """The token is inside a date, or the preposition that opens one («в январе 2025 года»)."""
    at = token.start - offset
    reach = len(token.text) + 1 if token.is_pos("PREP") else 0
    return any(d.start <= at < d.end or 0 < d.start - at <= reach for d in dates)


def unresolved_relative(text: str, found: list[DateMention]) -> bool:
    """A relative date the sentence tells that nothing resolved («в ноябре прошлого года», «в
    прошлом месяце» with no stamp to count from): its event is of that time, so no stamp or
    earlier day dates it instead; «сегодня» is the stamp's own day and does not count."""
    today = {w for w, shift in load("dates")["days"].items() if shift == 0}
    return any(
        d.date is None and not d.period and text[d.start : d.end].casefold() not in today
        for d in found
    )


def told_before(tokens: list[Token], i: int) -> bool:
    """«подчеркнул важность данной встречи»: an event noun a demonstrative points back with is
    the event the story already told, no new one."""
    if i == 0 or not tokens[i].is_pos("NOUN"):
        return False
    before = tokens[i - 1]
    return before.lemma in words("events", "pointing_back") or before.text.casefold() in words(
        "events", "pointing_back_forms"
    )


def dated_in(mentions: SentenceMentions, span: tuple[int, int], dates: list[DateMention]) -> bool:
    """«соглашение о проведении Дней культуры в 2026 году»: an event a document is about with a
    date of its own inside the document's words is a planned event of that date."""
    low, high = (mentions.tokens[k].start - mentions.sentence.start for k in (span[0], span[1] - 1))
    return any(low < d.start <= high for d in dates)
