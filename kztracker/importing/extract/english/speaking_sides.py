"""The side a memorandum names only by implication: the organization that is speaking.

"X signed a memorandum with AstraZeneca" names one side; the other is the organization of a
person in the sentence, else the one that signed the text's documents, else the article's host.
"""

from __future__ import annotations

from collections.abc import Callable

from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention


def speaking_side(
    people: list[PersonMention],
    party_names: list[str],
    resolve: Callable[[str], str],
    signs_at: int | None,
    opens: int,
    signs_word: str | None,
    fallback: str | None,
    host: str | None,
    index: int,
    mentions: list[OrganizationMention],
) -> str | None:
    """The side to add before party_names; signs_at is where the signing verb starts in the
    text (None without one), opens where its clause starts, fallback the signer or the host."""
    speaker = next((p.organization for p in people if p.organization), None)
    if speaker and resolve(speaker) in party_names and signs_at is not None:
        # "the rector X and Director of Y Z signed": the signer of the other side.
        speaker = next(
            (
                p.organization
                for p in people
                if p.organization
                and opens <= p.start < signs_at
                and resolve(p.organization) not in party_names
            ),
            speaker,
        )
    if (
        speaker
        and resolve(speaker) in party_names
        and signs_word is not None
        and signs_word.casefold() in W.WORDING["signing_proper"]
    ):
        speaker = None  # the one side's own people: the other is the speaking side
    other = resolve(speaker) if speaker else fallback
    if other == host and all(m.sentence > index for m in mentions if resolve(m.name) == host):
        other = None  # the speaking side is one named by then, not only later
    return other
