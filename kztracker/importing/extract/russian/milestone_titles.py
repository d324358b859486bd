"""A Russian event's title as a person writes it: its label and what the event is of, in the
genitive («открыть совместную лабораторию» is «Открытие совместной лаборатории»), up to its date.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.russian.dates import dates_in
from kztracker.importing.extract.russian.lexicon import IN_WORD, load
from kztracker.importing.extract.russian.lexicon import words as listed
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.phrase_cases import head_phrase_in
from kztracker.importing.extract.russian.tokens import Token
from kztracker.importing.extract.russian.visit_titles import visit_title

_MEETING = load("events")["meeting_title"]  # «Встреча {host} с {guest}»
_WITH = tuple(load("lexicon")["with_forms"])  # «с», «со»
_TITLE_WORDS = 8
_OPENING_QUOTES = frozenset("«“„")
_PERSONAL = frozenset(load("lexicon")["personal_pronouns"])
# «5-й форум», «XI съезд»: an ordinal before the event word is part of its title
_ORDINAL = re.compile(r"[IVXLC]+|\d{1,3}-(?:" + "|".join(load("lexicon")["ordinal_endings"]) + ")")
_CLOSING_QUOTES = frozenset("»”“")


def event_title(mentions: SentenceMentions, trigger: int, label: str) -> str:
    """The event's label and the words after it, up to its date («завершится в 2026 году» is
    dated, not named, by «в 2026 году»); an event a verb tells whose words after do not name it
    («Лаборатория начнет работу ...», «Академия ... создана в 1946 году») takes the clause's
    subject. A noun's clause subject is no owner of it («Стороны подчеркнули значимость
    реализации ...» is no «Реализация стороны значимость»)."""
    tokens = mentions.tokens
    offset = mentions.sentence.start
    dated = [(d.start + offset, d.end + offset) for d in dates_in(mentions.sentence.text, None)]
    subjects = {a for a, _b in mentions.organizations if _opens_clause(tokens, a)}
    words_after = _words_after(tokens, trigger, dated, subjects)
    # «провели встречу и обсудили ...»: a title never ends on a word that only joins
    while (
        words_after
        and words_after[-1].is_pos("PREP", "CONJ")
        and not words_after[-1].text[:1].isupper()  # «Ли», a Korean surname, is no «ли»
    ):
        words_after.pop()
    named = [t for t in words_after if t.is_word and not t.is_pos("PREP", "CONJ", "PRCL")]
    if not label:  # «Министр принял посла»: the minister's meeting with the ambassador
        host = _titles_only(mentions, _subject(tokens, trigger, dated), "gent")
        guest = _titles_only(mentions, words_after, "ablt")
        return _MEETING.format(host=host, guest=guest).replace("  ", " ")
    if label in load("events")["visit_labels"]:
        visit = visit_title(mentions, trigger, dated)
        if visit is not None:
            return f"{_ordinal(tokens, trigger)}{visit}"
    rest = " ".join(t.text for t in words_after)
    subject = _subject(tokens, trigger, dated) if _told_by_verb(tokens, trigger) else []
    if tokens[trigger].is_verb and words_after and "accs" in words_after[0].cases("NOUN", "ADJF"):
        if label in load("events")["object_case_labels"] and _travels(mentions, subject):
            # «Мэр Абу-Даби посетит Астану»: where the visit goes, «Визит мэра Абу-Даби в
            # Астану», not «Визит Астаны»
            owner = head_phrase_in(" ".join(t.text for t in subject), "gent") if subject else ""
            rest = _tidy(f"{owner} {IN_WORD} {rest}".strip())
            return f"{_ordinal(tokens, trigger)}{label} {rest}".replace("  ", " ")
        # «открыть совместную лабораторию»: the verb's object is what the event is of
        rest = head_phrase_in(rest, "gent")
    if len(named) < 2 and subject:
        # «Реализация документа начнется ...»: «Начало реализации документа»
        owner = head_phrase_in(" ".join(t.text for t in subject), "gent")
        rest = f"{rest} {owner}".strip()
    return f"{_ordinal(tokens, trigger)}{label} {_tidy(rest)}".strip()


def _tidy(rest: str) -> str:
    """Words joined back as a person writes them: no space before a dot or inside quotes."""
    return rest.replace(" .", ".").replace("« ", "«").replace(" »", "»")


def _travels(mentions: SentenceMentions, subject: list[Token]) -> bool:
    """The clause's subject is someone who goes somewhere: a person, an official by title, a
    delegation («Мэр ... посетит Астану»); not a body visited in an inverted clause («КазНУ
    посетила делегация»)."""
    travellers = listed("lexicon", "title_heads") | listed("events", "traveller_nouns")
    people = {mentions.tokens[a].start for a, _b in mentions.people}
    return any(t.lemma in travellers or t.start in people for t in subject)


def _ordinal(tokens: list[Token], trigger: int) -> str:
    """«на XIX Форуме», «21-го заседания»: the ordinal that tells which event it was, kept
    before the title as a person writes it («XIX Форум ...»)."""
    if trigger == 0:
        return ""
    before = tokens[trigger - 1].text
    return f"{before} " if _ORDINAL.fullmatch(before) else ""


def _told_by_verb(tokens: list[Token], trigger: int) -> bool:
    """The event is a verb («Лаборатория начнет ...»), or the noun a verb right before it governs
    («Группа врачей пройдет стажировку»): the clause's subject is whose event it is; not a noun
    another noun governs («значимость реализации ...»)."""
    if tokens[trigger].is_verb:
        return True
    k = trigger - 1
    while k >= 0 and tokens[k].is_pos("ADJF"):
        k -= 1
    return k >= 0 and tokens[k].is_verb


def _opens_clause(tokens: list[Token], at: int) -> bool:
    """A body named in the nominative right after a place, no preposition before it («В рамках
    визита в Китай АО НК «КазМунайГаз» и CNPC заключили ...»): the clause's subject, no part of
    the event's title."""
    first = tokens[at]
    nominative = first.is_pos("NOUN", "ADJF") and first.cases("NOUN", "ADJF") <= {"nomn", "accs"}
    acronym = len(first.text) > 1 and first.text.isupper()
    return (
        at > 1
        and first.text[:1].isupper()
        and (nominative or acronym)
        and not tokens[at - 1].is_pos("PREP")
        and tokens[at - 2].is_pos("PREP")
    )


def _words_after(
    tokens: list[Token], trigger: int, dated: list[tuple[int, int]], subjects: set[int]
) -> list[Token]:
    """The words after the event word up to a stop, a verb or a date. An adverb is left out
    («начать весной строительство»), and a participle whose date is the document's («реализации
    подписанного 8 августа 2024 года Соглашения») gives way to the noun it qualifies."""
    words: list[Token] = []
    n = trigger + 1
    while n < len(tokens):
        token = tokens[n]
        if len(words) >= _TITLE_WORDS:
            return _whole_phrase(words)
        if _initial(token) and n + 1 < len(tokens) and tokens[n + 1].text == ".":
            words += tokens[n : n + 2]  # «встреча К. Саудабаева», «в г. Семей»
            n += 2
            continue
        if token.text in _OPENING_QUOTES and (close := _quote_end(tokens, n)) is not None:
            words += tokens[n : close + 1]  # «форум «Формируя будущее»»: a name, verbs and all
            n = close + 1
            continue
        if token.text in ",.;:!?—–" or token.is_verb or n in subjects:
            break
        if token.text.casefold() in _PERSONAL:
            break  # «в ходе своего визита он пригласил ...»: the clause's subject, no owner
        if token.text.casefold() in _WITH and _event_phrase(tokens, n + 1):
            break  # «посетил Россию с государственным визитом»: the event told again
        if token.is_pos("PRTF") and _starts_date(tokens, n + 1, dated):
            n = _past_date(tokens, n + 1, dated)
            continue
        if _starts_date(tokens, n, dated):
            if words or not tokens[trigger].is_pos("NOUN"):
                break
            # «о проведении в 2027 году третьего этапа обучения»: a date right after
            # the event noun, its name after the date
            n = _past_date(tokens, n, dated)
            continue
        if not token.is_pos("ADVB") or token.is_pos("NOUN", "ADJF"):
            words.append(token)
        n += 1
    return words


def _event_phrase(tokens: list[Token], n: int) -> bool:
    """Adjectives and an event noun in the instrumental from `n` («государственным визитом»)."""
    events = load("lexicon")["milestone_lemmas"]
    # «рабочим» is also a noun (a worker): an adjective's reading is enough before the event
    while n < len(tokens) and tokens[n].is_pos("ADJF") and tokens[n].lemma not in events:
        n += 1
    return n < len(tokens) and tokens[n].lemma in events and "ablt" in tokens[n].cases("NOUN")


def _quote_end(tokens: list[Token], n: int) -> int | None:
    """The closing quote of a short quoted name that opens at `n`, if it closes soon."""
    limit = load("events")["name_quote_words"]
    for k in range(n + 1, min(len(tokens), n + limit + 2)):
        if tokens[k].text in _CLOSING_QUOTES:
            return k if k > n + 1 else None
        if tokens[k].text in ".;!?":
            return None
    return None


def _initial(token: Token) -> bool:
    """An initial or a short word a dot abbreviates («К.», «г.», «им.»): its dot ends nothing."""
    text = token.text
    return len(text) == 1 and text.isupper() or text in listed("lexicon", "dotted_abbreviations")


def _past_date(tokens: list[Token], n: int, dated: list[tuple[int, int]]) -> int:
    """The index of the first token after the date that starts at (or right after) `n`."""
    if tokens[n].is_pos("PREP") and not _inside(tokens, n, dated):
        n += 1
    while n < len(tokens) and _inside(tokens, n, dated):
        n += 1
    return n


def _whole_phrase(words: list[Token]) -> list[Token]:
    """Words a title's length cut short, back to where a phrase ends: no preposition,
    conjunction or particle last, nor a preposition whose noun or number was cut off («... с
    Чрезвычайным и» ends before «с»)."""
    words = list(words)
    while words and words[-1].is_pos("PREP", "CONJ", "PRCL"):
        words.pop()
    last = max((k for k, t in enumerate(words) if t.is_pos("PREP")), default=None)
    held = words[last + 1 :] if last is not None else []
    if last is not None and not any(
        t.is_pos("NOUN", "NPRO", "NUMR") or t.text[:1].isdigit() for t in held
    ):
        words = words[:last]
    return words


def _titles_only(mentions: SentenceMentions, phrase: list[Token], case: str) -> str:
    """«Министр энергетики Ерлан Аккенженов» as a meeting's side: its title in `case`
    («министра энергетики»), the person's name left out; the words as they are when they
    hold no title before the name."""
    starts = {mentions.tokens[a].start for a, _b in mentions.people}
    cut = next((k for k, t in enumerate(phrase) if t.start in starts), len(phrase))
    if cut == 0:
        return " ".join(t.text for t in phrase)
    return head_phrase_in(" ".join(t.text for t in phrase[:cut]), case)


def _inside(tokens: list[Token], k: int, dated: list[tuple[int, int]]) -> bool:
    return k < len(tokens) and any(a <= tokens[k].start < b for a, b in dated)


def _starts_date(tokens: list[Token], n: int, dated: list[tuple[int, int]]) -> bool:
    """A date, or the preposition right before one («в 2026 году», «к 2028 году»)."""
    if n >= len(tokens):
        return False
    return _inside(tokens, n, dated) or tokens[n].is_pos("PREP") and _inside(tokens, n + 1, dated)


def _subject(tokens: list[Token], trigger: int, dated: list[tuple[int, int]]) -> list[Token]:
    """The words that open the trigger's clause when they hold a noun in the nominative
    («замена 12 тысяч светильников завершится ...»), dates and verbs left out."""
    start = max((j + 1 for j in range(trigger) if tokens[j].text in ",.;:!?—–()"), default=0)
    # «Казахстан примет международный форум»: the subject ends at its verb, the adjectives
    # after it are the event's own
    end = next((k for k in range(start, trigger) if tokens[k].is_verb), trigger)
    words = [
        t
        for k, t in enumerate(tokens[start:end], start)
        if t.is_word
        and not t.is_verb
        and not _starts_date(tokens, k, dated)
        and not any(a <= t.start < b for a, b in dated)
        and not t.is_pos("ADVB", "PRCL", "CONJ")
    ]
    if not any(t.is_pos("NOUN") and "nomn" in t.cases("NOUN") for t in words):
        return []
    return words[:_TITLE_WORDS]
