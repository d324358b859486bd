"""Signers named by their titles alone: «Солтүстік Қазақстан облысының әкімі мен Мәскеу мэрі ...
хаттамаға қол қойды». No person is named, yet each title implies the body that signs (an akim
an akimat, a mayor a mayoralty), so those bodies are the document's sides.
"""

from __future__ import annotations

from kztracker.importing.extract.kazakh.endings import case_of
from kztracker.importing.extract.kazakh.lexicon import words
from kztracker.importing.extract.kazakh.people import implied_body, title_of
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import OrganizationMention

_OWNER_WORDS = 6  # words the title's owner may take before it («Солтүстік Қазақстан облысының»)


def titled_signers(
    sentence: Sentence, index: int, named: list[OrganizationMention], people: int
) -> list[OrganizationMention]:
    """The bodies the sentence's unnamed titled signers imply; `named` are its organizations
    and people's bodies already found (a title inside one of them is theirs), `people` how many
    people it names. Only a sentence that names no one, and only titles joined to another side
    by «мен» («... әкімі мен ... мэрі»): a lone title beside a signing may be a guest who
    attends («... елшісі қатысты»)."""
    tokens = sentence.tokens
    joins = words("agreements", "conjunctions")
    out: list[OrganizationMention] = []
    if people:
        return out
    for k, token in enumerate(tokens):
        title = title_of(token.text)
        if title is None or not (title.implies or title.implies_fixed):
            continue
        if case_of(token.text) is not None:
            continue  # «әкімінің орынбасары»: the title of someone else's owner
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if following is not None and following.capitalized:
            continue  # «облыс әкімі Асхат Шахаров»: a person's title, read with the person
        if any(m.start < token.end and token.start < m.end for m in named):
            continue
        start = k
        while start > 0 and k - start < _OWNER_WORDS:
            before = tokens[start - 1]
            if before.lower in joins or not before.text[:1].isalpha():
                break
            if before.lower in words("organizations", "not_owners"):
                break  # «Келісімге ... вице-министрі»: what is signed, not whose the title is
            start -= 1
        joined = (following is not None and following.lower in joins) or (
            start > 0 and tokens[start - 1].lower in joins
        )
        body = implied_body(sentence, tokens, start, k, index) if joined else None
        if body is not None:
            out.append(body)
    return out
