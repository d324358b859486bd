"""A title written in lower case after a name with its country before it, as wire stories
write it: "A B, Japan's minister of foreign affairs", "C D, Japan's economy, trade and industry
minister", "E F, Kazakhstan's ambassador in Japan", "G H, the Kazakh prime minister". The
title implies the body the person speaks for: the country's ministry, its embassy, its
government, named as a title written in capitals would name them."""

from __future__ import annotations

from kztracker.importing.extract.english.lexicon import COUNTRIES, NATIONALITIES, TITLE_HEADS
from kztracker.importing.extract.english.text import Sentence, Token, tokenize
from kztracker.importing.extract.english.title_owners import split_title
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_TITLES = language_file("english", "titles")
_SMALL = frozenset(_TITLES["small_words"])
_POSTS = frozenset(_TITLES["posting_words"])  # "ambassador in Japan": where the holder serves
_AMBASSADOR: str = _TITLES["ambassador_title"]["title"]
_POSTED: str = _TITLES["ambassador_title"]["posted"]  # "Ambassador of {nation} to {post}"


def nation_title(
    sentence: Sentence, k: int, article: bool, organizations: list[OrganizationMention]
) -> tuple[str, str | None, OrganizationMention | None] | None:
    """The title starting at tokens[k] after a name's comma (an article already passed), with
    the body it implies; None unless a country or nationality opens a lower-case title."""
    tokens = sentence.tokens
    if k >= len(tokens):
        return None
    found = _nation(tokens, k, article)
    if found is None:
        return None
    nation, end = found
    words: list[str] = []
    head_seen = False
    while end < len(tokens):
        token = tokens[end]
        if token.text == ",":
            if head_seen:
                break
            words.append(",")
        elif token.text[:1].islower():
            head_seen = head_seen or token.lower in TITLE_HEADS
            words.append(token.text)
        elif words and words[-1] in _POSTS and token.lower in COUNTRIES:
            words.append(token.text)  # "ambassador in Japan"
        else:
            break
        end += 1
    if not head_seen or not words or not words[-1][:1].isalpha():
        return None
    title = " ".join(w if w in _SMALL or w[:1].isupper() else w.capitalize() for w in words)
    title = title.replace(" ,", "").replace(",", "")
    post = None
    if title.startswith(_AMBASSADOR + " ") and title.split()[1] in _POSTS:
        post = title.split(None, 2)[2]  # "Ambassador in Japan": the sending country's embassy
        title = _POSTED.format(nation=nation, post=post)
    built = Sentence(tokens[k].start, tokens[end - 1].end, title, sentence.paragraph)
    built.tokens = tokenize(title, tokens[k].start)
    split = split_title(built, built.tokens, organizations, nation)
    if split is None or split[2] is None:
        return None
    derived = split[2]
    derived.start, derived.end = tokens[k].start, tokens[end - 1].end
    return (split[0] if post is None else _AMBASSADOR), None, derived


def _nation(tokens: list[Token], k: int, article: bool) -> tuple[str, int] | None:
    """ "Japan's", "South Korea's" (a country's possessive) or, after "the", "Kazakh" (a
    nationality): the country, and where the title's words start."""
    for size in (1, 2):
        last = tokens[k + size - 1] if k + size - 1 < len(tokens) else None
        phrase = " ".join(t.lower for t in tokens[k : k + size])
        if last is not None and last.possessive and phrase in COUNTRIES:
            return COUNTRIES[phrase], k + size
    if article and NATIONALITIES.get(tokens[k].lower):
        return NATIONALITIES[tokens[k].lower], k + 1
    return None
