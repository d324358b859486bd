"""A short form only the headline uses (resolve stage): "QAZ signed a memorandum" over a body
that names the organization in full. The headline sums up the body, so an acronym it alone uses,
which no name of the body spells out, names one of the body's organizations, not another one;
it is left out rather than proposed as a partner of its own."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMemorandum, DraftOrganization, Span
from kztracker.importing.extract.variants import ACRONYM


def without_headline_acronyms(
    organizations: list[DraftOrganization],
    memoranda: list[DraftMemorandum],
    text: str,
    title: str | None,
) -> list[DraftOrganization]:
    if not title or not title.strip():
        return organizations
    lines = [(m.start(), m.end()) for m in re.finditer(re.escape(title.strip()), text)]

    def in_headline(span: Span) -> bool:
        return any(start <= span.start and span.end <= end for start, end in lines)

    def headline_only(organization: DraftOrganization) -> bool:
        return bool(organization.spans) and all(in_headline(s) for s in organization.spans)

    if not any(o.spans and not headline_only(o) for o in organizations):
        return organizations  # a body that names no organization: the headline's are all there is
    sides = {p for m in memoranda for p in m.parties}  # one a memorandum names stays
    return [
        o
        for o in organizations
        if o.name in sides or not (ACRONYM.match(o.name) and not o.aliases and headline_only(o))
    ]
