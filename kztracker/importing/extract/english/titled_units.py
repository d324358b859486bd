"""An office named only in a person's title at an academic institution (resolve stage): "Head
of the Internationalisation Office", "Manager of Corporate Affairs", "Head of the Scientific and
Technical Cooperation Center", "Professor of the Physics Department". Such a name is made only
of words for what an office does or the discipline it teaches; it is where the person works, a
unit of the university or academy the text names, which acts through that person and stands in
its place (the annotation guide lists the acting body, not its units).
A unit that signs stays; so does one on a page naming no university or academy (a ministry's
"Department for Culture and Arts" is another matter). The words are data (organizations.json
"office_words", "discipline_words", "unit_heads"; variants.json "field_words")."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMemorandum, DraftOrganization, DraftPerson
from kztracker.importing.extract.english.lexicon import COMMON_WORDS, TITLE_WORDS
from kztracker.importing.extract.language_files import language_file

_ORGANIZATIONS = language_file("english", "organizations")
_HEADS = frozenset(_ORGANIZATIONS["unit_heads"]) | frozenset(_ORGANIZATIONS["office_heads"])
_WORDS = (
    _HEADS
    | frozenset(_ORGANIZATIONS["office_words"])
    | frozenset(_ORGANIZATIONS["discipline_words"])
    | frozenset(COMMON_WORDS)
    | frozenset(language_file("english", "variants")["field_words"])
)
_SMALL = frozenset(_ORGANIZATIONS["office_glue_words"])
_TITLED = re.compile(_ORGANIZATIONS["word_before_unit"])
# The head of a university's or academy's name: "X University", "University of Y", "Academy
# of Sciences" (not "Seoul National University Hospital").
_ACADEMIC = re.compile(_ORGANIZATIONS["academic_home"])


def fold_titled_units(
    organizations: list[DraftOrganization],
    people: list[DraftPerson],
    memoranda: list[DraftMemorandum],
    text: str,
) -> list[DraftOrganization]:
    """The organizations less offices named only in titles; their people work for the text's
    first university or academy instead."""
    sides = {p for m in memoranda for p in m.parties}
    homes = sorted(
        (o for o in organizations if o.spans and _ACADEMIC.match(o.name)),
        key=lambda o: min(s.start for s in o.spans),
    )
    if not homes:
        return organizations
    into: dict[str, str] = {}
    for organization in organizations:
        if organization is homes[0] or organization.name in sides or not organization.spans:
            continue
        if _office(organization.name) and all(_in_title(text, s.start) for s in organization.spans):
            into[organization.name] = homes[0].name
    for person in people:
        if person.organization in into:
            person.organization = into[person.organization]
    return [o for o in organizations if o.name not in into]


def _office(name: str) -> bool:
    words = [w for w in re.findall(r"[\w-]+", name.casefold()) if w not in _SMALL]
    return bool(words) and words[-1] in _HEADS and all(w in _WORDS for w in words)


def _in_title(text: str, start: int) -> bool:
    before = _TITLED.search(text[max(0, start - 40) : start])
    return bool(before and before.group(1).casefold() in TITLE_WORDS)
