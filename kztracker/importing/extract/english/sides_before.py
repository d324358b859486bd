"""Sides a signing takes from the sentence before it: "A met B. Both sides signed a memorandum."
gives A and B; "The Prime Minister of A arrived in B. The sides signed ..." the two governments;
and "Additionally, the parties signed a joint Action Plan", with no side of its own, is another
document of the sides of the memorandum just told of."""

from __future__ import annotations

from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.english.agreement_merge import memorandum_title
from kztracker.importing.extract.english.agreement_sides import is_subject
from kztracker.importing.extract.english.coordinated_sides import visit_sides
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention


def sides_before(
    article: Article,
    index: int,
    mentions_at: dict[int, list[OrganizationMention]],
    people_at: dict[int, list[PersonMention]],
) -> tuple[list[OrganizationMention], list[str]]:
    """The organizations standing as subjects of the sentence before sentence `index`, or,
    when none does, the governments a visit there tells of."""
    before = article.sentences[index - 1]
    subjects = [m for m in mentions_at.get(index - 1, []) if is_subject(before, m)]
    return subjects, [] if subjects else visit_sides(before, people_at.get(index - 1, []))


def another_of_last(
    found: list[tuple[DraftMemorandum, int]], kind: str, host: str | None, span: Span
) -> DraftMemorandum:
    """A further document of the sides of the last memorandum found."""
    sides = found[-1][0].parties
    return DraftMemorandum(
        title=memorandum_title(kind, sides, host), kind=kind, parties=list(sides), spans=[span]
    )
