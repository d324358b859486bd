"""Witnesses and sources of a signing: «Меморандум подписан в присутствии руководителя Роскосмоса
и главы Казкосмоса», «... сообщает агентство со ссылкой на сайт Роскосмоса». The bodies whose
heads look on, or whose site told the news, are no sides of the document; the words that name
them are a genitive chain after «в присутствии» or «со ссылкой на» and its noun. A parliament
that ratifies a document the governments signed is no side of it either."""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.normalize import lemma
from kztracker.importing.extract.russian.tokens import Token

_IN = tuple(load("lexicon")["in_forms"])  # «в», «во»
_ON = load("lexicon")["on_word"]  # «на сайте»

_JOINERS = frozenset({AND_WORD, ",", "-", "–", "—", ".", "(", ")"})


def without_witnesses(
    tokens: list[Token], orgs: list[tuple[Range, str]]
) -> list[tuple[Range, str]]:
    """`orgs` less those named inside a «в присутствии ...» phrase or as the source of what
    is said («..., подчеркнули в администрации президента»)."""
    spans = witness_spans(tokens) + speaker_spans(tokens)
    if not spans:
        return orgs
    return [(span, name) for span, name in orgs if not any(a <= span[0] < b for a, b in spans)]


def witness_spans(tokens: list[Token]) -> list[Range]:
    """Token ranges of the phrases after «в присутствии» (or «со ссылкой на сайт»): words in
    the genitive, capitalized names, quotes and «и» between them, up to a verb or a word that
    cannot be genitive."""
    spans: list[Range] = []
    presence = words("lexicon", "presence_lemmas")
    source = words("lexicon", "source_lemmas")
    for i, token in enumerate(tokens):
        if token.lemma not in presence | source:
            continue
        end = i + 1
        if token.lemma in source and end + 1 < len(tokens) and tokens[end].text == _ON:
            end += 1 if tokens[end + 1].capitalized else 2  # «на сайт», «на пресс-службу»
        while end < len(tokens):
            t = tokens[end]
            if t.is_verb:
                break
            if t.text == "." and not (end and len(tokens[end - 1].text) == 1):
                break  # a sentence's end, not an initial's dot
            genitive = "gent" in t.cases("NOUN", "ADJF", "PRTF", "NPRO", "NUMR")
            if not (genitive or t.capitalized or t.is_quote or t.text.casefold() in _JOINERS):
                break
            end += 1
        spans.append((i + 1, end))
    return spans


def speaker_spans(tokens: list[Token]) -> list[Range]:
    """«..., подчеркнули в администрации президента», «В министерстве отметили, что ...»: the
    body after «в» next to a verb of saying told the words (data: referenced.json
    speech_lemmas); token ranges of its name, up to a word that cannot continue it."""
    speech = words("referenced", "speech_lemmas")
    spans: list[Range] = []
    for i, token in enumerate(tokens):
        if token.lemma not in speech:
            continue
        # «сообщили в министерстве», «сообщили журналистам в пятницу в министерстве»: a body
        # after «в» anywhere in the verb's own clause
        for k in range(i + 1, _clause_end(tokens, i + 1)):
            if tokens[k].text.casefold() in _IN:
                spans.append((k + 1, _name_end(tokens, k + 1)))
        # «В министерстве отметили»: «в» opens the sentence or its clause, the verb ends it
        start = next(
            (
                k
                for k in range(i - 1, max(i - 8, -1), -1)
                if tokens[k].text.casefold() in _IN and (k == 0 or tokens[k - 1].text in ",.:;—–")
            ),
            None,
        )
        if start is not None and _name_end(tokens, start + 1) >= i:
            spans.append((start + 1, i))
    return spans


def _clause_end(tokens: list[Token], end: int) -> int:
    """The end of a clause: the next verb or punctuation that ends a clause."""
    while end < len(tokens) and not (tokens[end].is_verb or tokens[end].text in ",;:!?"):
        end += 1
    return end


def _name_end(tokens: list[Token], end: int) -> int:
    """The end of a body's name in the locative and the genitives after it."""
    while end < len(tokens):
        t = tokens[end]
        if t.is_verb or t.text in ",.;:!?":
            break
        if not (
            {"gent", "loct", "loc2"} & t.cases("NOUN", "ADJF", "PRTF")
            or t.capitalized
            or t.is_quote
        ):
            break
        end += 1
    return end


def without_venues(tokens: list[Token], orgs: list[tuple[Range, str]]) -> list[tuple[Range, str]]:
    """«в Дохе в Министерстве иностранных дел Катара директора двух фондов подписали ...»: a body
    in the locative after «в» is where the document was signed when two other bodies sign it
    («В КазНУ подписали меморандум с X» keeps KazNU, the only other side); so is a body that
    holds the event («на форуме, организованном Министерством X, ... подписали ...»)."""
    venues = [
        (span, name)
        for span, name in orgs
        if span[0] > 0
        and (
            tokens[span[0] - 1].text.casefold() in _IN
            and tokens[span[0]].cases("NOUN") & {"loct", "loc2"}
            or _organizer(tokens, span[0])
        )
    ]
    rest = [org for org in orgs if org not in venues]
    return rest if venues and len({name for _span, name in rest}) >= 2 else orgs


def _organizer(tokens: list[Token], start: int) -> bool:
    """«форума, организованного Министерством X»: a body in the instrumental right after a
    passive participle that is no signing word is the event's host, not a signer."""
    participle = tokens[start - 1]
    return (
        participle.is_pos("PRTF")
        and participle.lemma not in words("lexicon", "sign_lemmas")
        and "ablt" in tokens[start].cases("NOUN")
    )


def without_ratifiers(
    tokens: list[Token], orgs: list[tuple[Range, str]]
) -> list[tuple[Range, str]]:
    """«Мажилис ратифицировал соглашение ...»: a parliament ratifies or approves a document
    the governments signed; it is no side of it."""
    if not {t.lemma for t in tokens} & words("lexicon", "ratify_lemmas"):
        return orgs
    legislatures = words("lexicon", "standalone_heads") | words("referenced", "legislature_heads")
    return [
        (span, name)
        for span, name in orgs
        if not any(lemma(w.casefold()) in legislatures for w in name.split())
    ]
