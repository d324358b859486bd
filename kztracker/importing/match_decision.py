"""From ranked candidates to a recommendation and an action, the way beets and Picard decide.

The recommendation (strong / medium / low / none) follows from the best score and its margin
over the next record; the thresholds are a parameter, never read from globals. A candidate
can be shown and still be barred from a link: a memorandum whose parties or dates disagree
is offered to the reviewer with its score and reason, but an unreviewed import creates a new
record rather than link on a guess.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from kztracker.importing.draft import Candidate, Match, Recommendation


@dataclass(frozen=True)
class MatchThresholds:
    """Where a best score turns into a recommendation, and which ones propose a link."""

    strong: float = 0.93
    medium: float = 0.86
    low: float = 0.75  # below this a candidate is not worth showing
    margin: float = 0.03  # a best score this close to another record's is ambiguous
    link_from: tuple[Recommendation, ...] = ("strong", "medium")


def decide(match: Match, thresholds: MatchThresholds, linkable: list[Candidate]) -> None:
    """The recommendation and the proposed action from the best linkable candidates."""
    if not linkable:
        match.recommendation, match.action, match.record_id = "none", "create", None
        return
    best = linkable[0]
    runner_up = next((c for c in linkable[1:] if c.record_id != best.record_id), None)
    levels: list[Recommendation] = ["strong", "medium", "low", "none"]
    if best.score >= thresholds.strong:
        level = 0
    elif best.score >= thresholds.medium:
        level = 1
    elif best.score >= thresholds.low:
        level = 2
    else:
        level = 3
    if runner_up is not None and best.score - runner_up.score < thresholds.margin and level < 2:
        level += 1  # two records are about as likely: let the user choose
    match.recommendation = levels[level]
    if match.recommendation in thresholds.link_from:
        match.action, match.record_id = "link", best.record_id
    else:
        match.action, match.record_id = "create", None


def finish(
    match: Match,
    candidates: list[Candidate],
    thresholds: MatchThresholds,
    barred: Collection[int] = (),
) -> None:
    """Rank the candidates worth showing and decide among those not barred from a link."""
    candidates.sort(key=lambda c: (-c.score, c.name))
    match.candidates = [c for c in candidates if c.score >= thresholds.low]
    decide(match, thresholds, [c for c in match.candidates if c.record_id not in barred])
