"""Bodies implied by a title written with no name after it.

«Министр иностранных дел Турции отметил ...», «Губернатор ... области подчеркнул ...», «по
словам посла Японии в Казахстане»: the title speaks for its body as it does before a name, so
the body is in the story. Only a title that names whose it is (a country, a region, an acronym
at its end) counts: a bare «министр» or «губернатор» names no body.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.people import implied_body
from kztracker.importing.extract.russian.tokens import Token

_MAX_TAIL = 10  # tokens after the title word
_IN = tuple(load("lexicon")["in_forms"])  # «в», «во»: a place follows


def bare_title_bodies(
    sentences: Sequence[SentenceMentions],
    titled: set[tuple[int, Range]],
    named: Iterable[str] = (),
) -> list[OrganizationMention]:
    """The bodies of singular titles outside every person's title (`titled`, each person's
    (sentence, token range)) and name; a body already `named` (the story's other
    organizations), or the start of one, adds nothing: a headline's «с послом Монголии» is
    the embassy the story names in full."""
    known = [_key(n) for n in named]
    heads = (
        set(load("lexicon")["implied_organizations"])
        | set(words("lexicon", "bare_region_heads"))
        | set(words("lexicon", "deputy_heads"))
    )
    found: list[OrganizationMention] = []
    for at, mentions in enumerate(sentences):
        tokens = mentions.tokens
        for i, token in enumerate(tokens):
            if (
                token.lemma not in heads
                or not _singular(token)
                or _inside(mentions, i, titled)
                or _credited(tokens, i)
            ):
                continue
            end = _tail_end(tokens, i)
            if end == i + 1 or not _owned(tokens, i, end):
                continue
            start = i
            while start > 0 and tokens[start - 1].lemma in words("lexicon", "title_modifiers"):
                start -= 1
            body = implied_body(mentions, (start, end), i, sentences[:at])
            if body is None:
                continue
            key = _key(body)
            if any(k[: len(key)] == key for k in known):
                continue
            known.append(key)
            found.append(
                OrganizationMention(
                    name=body,
                    start=tokens[start].start,
                    end=tokens[start].start,
                    kind="government",
                    sentence=mentions.index,
                    derived=True,
                )
            )
    return found


def _key(name: str) -> tuple[str, ...]:
    """A name's words cut to their stems, without a country's style («Республики»): the
    same body written «... Казахстана» and «... Республики Казахстан» gives one key."""
    style = words("lexicon", "country_styles")
    return tuple(w[:5] for w in name.casefold().split() if w not in style)


def _credited(tokens: list[Token], i: int) -> bool:
    """«на сайте премьер-министра», «со ссылкой на пресс-службу посла»: a source the story
    cites, not a side (data: lexicon bare_title_sources)."""
    sources = words("lexicon", "bare_title_sources")
    return any(t.lemma in sources for t in tokens[max(0, i - 2) : i])


def _singular(token: Token) -> bool:
    nouns = [p for p in token.parses if p.tag.POS == "NOUN"]
    return not nouns or any(p.tag.number == "sing" for p in nouns)


def _inside(mentions: SentenceMentions, i: int, titled: set[tuple[int, Range]]) -> bool:
    return any(a <= i < b for a, b in mentions.people) or any(
        index == mentions.index and span[0] <= i < span[1] for index, span in titled
    )


def _tail_end(tokens: list[Token], head: int) -> int:
    """The end of the genitive phrase after the title word («иностранных дел Турции», «энергетики
    Республики Казахстан»), with a place after «в» («в Казахстане») for a mission; lower-case
    «и» joins words of the list."""
    end = head + 1
    j = head + 1
    while j < len(tokens) and j - head <= _MAX_TAIL:
        token = tokens[j]
        # «Республики Казахстан»: the republic's name stays in the nominative
        republic = token.capitalized and tokens[j - 1].lemma == load("lexicon")["republic_lemma"]
        if (
            token.text == AND_WORD
            or token.acronym
            or republic
            or "gent" in token.cases("NOUN", "ADJF")
        ):
            j += 1
            if token.text != AND_WORD:
                end = j
            continue
        if token.text in _IN and j + 1 < len(tokens) and tokens[j + 1].capitalized:
            j += 2
            end = j
            continue
        break
    return end


def _owned(tokens: list[Token], head: int, end: int) -> bool:
    """A title ends on whose it is: a capitalized name or acronym («Турции», «РК»), or a
    region's unit after its adjective («Павлодарской области»; a bare «области» is no one's)."""
    last = tokens[end - 1]
    if last.text.casefold() in words("lexicon", "region_units_after_title"):
        return end - 2 > head and tokens[end - 2].capitalized
    return last.capitalized
