"""The title written after a person's name, set off by a comma: "X, Rector of Y," or "X, the
company's head of stakeholder relations", with the organization the title names."""

from __future__ import annotations

from kztracker.importing.extract.english.lexicon import HONORIFICS, TITLE_HEADS, TITLE_WORDS
from kztracker.importing.extract.english.names import SPEECH_VERBS, initialed, name_like
from kztracker.importing.extract.english.nation_titles import nation_title
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.english.title_owners import split_title, text_of
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_TITLES = language_file("english", "titles")
_CONNECT = frozenset(_TITLES["connectors"])
_CLAUSE = frozenset(_TITLES["clause_words"])
_ARTICLES = frozenset(_TITLES["articles"])  # "A B, the Rector of X"
# "an energy economist at X": up to three plain words after these, until a clause's word.
_FIELD_WORDS = frozenset(_TITLES["title_field_words"])
_END_WORDS = frozenset(_TITLES["title_end_words"])


def title_after(
    sentence: Sentence, k: int, organizations: list[OrganizationMention]
) -> tuple[str, str | None, OrganizationMention | None] | None:
    """ ", Chairman of the Board of the University Medical Center" after a name."""
    tokens = sentence.tokens
    if k >= len(tokens) or tokens[k].text not in (",", "("):
        return None  # "A B, Director of X" and "A B (Director of X)"
    k += 1
    article = k < len(tokens) and tokens[k].lower in _ARTICLES
    if article:
        k += 1
    told = nation_title(sentence, k, article, organizations)
    if told is not None:  # "A B, Japan's minister of foreign affairs"
        return told
    # A title may open with modifiers or its organization: "acting Rector", "UNICEF Representative";
    # after an article also with plain words: "the company's head of ...", "an energy economist".
    head = next(
        (n for n in range(k, min(k + 4, len(tokens))) if tokens[n].lower in TITLE_HEADS), None
    )
    if head is None:
        return None
    ahead = k
    while (
        ahead < len(tokens)
        and tokens[ahead].text not in (",", ";", "(", ")")
        and not _ends_title(tokens[ahead], ahead > head)
    ):
        if tokens[ahead].lower in HONORIFICS:
            return None  # "A, Ambassador of X Mr. B": the title is B's, the next one named
        ahead += 1
    if _ends_in_name(tokens, k, ahead):
        return None  # "A, Ambassador of X to Y B C, ...": the title is B C's
    if article and all(t.possessive or t.text[:1].islower() for t in tokens[k:head]):
        modifiers = [t for t in tokens[k:head] if not t.possessive]
        k = tokens.index(modifiers[0]) if modifiers else head
        prefix: list[Token] = []
    elif any(not (t.capitalized or t.lower in TITLE_WORDS) for t in tokens[k:head]):
        return None
    else:
        prefix = tokens[k:head]
    if article and not prefix:
        return split_title(sentence, tokens[k : _plain_title_end(tokens, k, head)], organizations)
    while prefix and prefix[-1].lower in TITLE_WORDS:
        prefix = prefix[:-1]  # "UNDP Resident Representative": "Resident" is the title's
    k += len(prefix)
    end = k
    while (
        end < len(tokens)
        and (
            tokens[end].capitalized
            or tokens[end].lower in _CONNECT
            or tokens[end].lower in TITLE_WORDS
        )
        and tokens[end].text[:1].isalnum()
        and tokens[end].lower not in HONORIFICS
    ):
        end += 1
    while end > k and tokens[end - 1].lower in _CONNECT:
        end -= 1
    split = split_title(sentence, tokens[k:end], organizations)
    if split is not None and prefix and split[1] is None:
        return split[0], text_of(sentence, prefix[0].start, prefix[-1].end), split[2]
    return split


def _ends_title(token: Token, after_head: bool) -> bool:
    """ "with", "met", "said": a word of the clause after the title's head ends it ("X, the Head
    of the Company with his counterpart Mr. Y": the honorific is the next man's)."""
    return after_head and (token.lower in _CLAUSE or token.lower in SPEECH_VERBS)


def _ends_in_name(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a title's words hold a name of their own ("Ambassador of X to Y Anna Grey"):
    two name words that follow a title's word, not "of", "at" or "for"."""
    for n in range(start + 1, end - 1):
        if (
            name_like(tokens[n])
            and name_like(tokens[n + 1])
            and (not name_like(tokens[n - 1]) or initialed(tokens[n - 1]))
            and tokens[n - 1].lower not in _CONNECT
            and tokens[n - 1].text[:1].isalpha()
        ):
            return True
    return False


def _plain_title_end(tokens: list[Token], start: int, head: int) -> int:
    """Where "an energy economist at X" or "the company's head of stakeholder relations" ends:
    capitalized words and connectors, and up to three plain words after "of" or "for"."""
    end = head + 1
    plain = 0
    while end < len(tokens) and tokens[end].text[:1].isalnum():
        token = tokens[end]
        if token.lower in _FIELD_WORDS:
            plain = 3
        elif not (token.capitalized or token.lower in _CONNECT or token.lower in TITLE_WORDS):
            if plain == 0 or token.lower in _END_WORDS:
                break
            plain -= 1
        end += 1
    while end > start and tokens[end - 1].lower in _CONNECT:
        end -= 1
    return end
