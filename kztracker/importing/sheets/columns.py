"""Which record kind a sheet holds and which field each column fills, guessed from the
sheet's name and its headers in Kazakh, Russian or English; a face lets the user change it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kztracker.i18n import N_, _, quoted
from kztracker.importing.errors import ImportInputError
from kztracker.importing.sheets.vocabulary import fold, lookup, vocabulary

KINDS = ("partners", "people", "memoranda", "milestones")
KIND_LABELS = {
    "partners": N_("partners"),
    "people": N_("people"),
    "memoranda": N_("memoranda"),
    "milestones": N_("milestones"),
}

# The fields a column can fill, per kind, in the order a mapping offers them; the first one
# is the name a row cannot do without.
FIELDS: dict[str, tuple[str, ...]] = {
    "partners": ("name", "short_name", "kind", "country", "parent", "aliases"),
    "people": ("name", "title", "organization", "aliases"),
    "memoranda": (
        "title",
        "kind",
        "status",
        "parties",
        "signatories",
        "signed_on",
        "focus_areas",
    ),
    "milestones": (
        "title",
        "date",
        "status",
        "organizations",
        "memorandum",
        "focus_area",
        "responsible",
    ),
}
FIELD_LABELS = {
    "name": N_("name"),
    "title": N_("title"),
    "short_name": N_("short name"),
    "kind": N_("kind"),
    "country": N_("country"),
    "parent": N_("parent organization"),
    "aliases": N_("aliases"),
    "organization": N_("organization"),
    "parties": N_("parties"),
    "signatories": N_("signatories"),
    "signed_on": N_("signing date"),
    "focus_areas": N_("focus areas"),
    "date": N_("due date"),
    "status": N_("status"),
    "organizations": N_("partners"),
    "memorandum": N_("memorandum"),
    "focus_area": N_("focus area"),
    "responsible": N_("responsible person"),
}
# A person's "title" is the post held, not the record's name.
PERSON_TITLE_LABEL = N_("position")

Mapping = list[str | None]  # per column: the field it fills, or None to leave it out


def field_label(kind: str, name: str) -> str:
    if kind == "people" and name == "title":
        return _(PERSON_TITLE_LABEL)
    return _(FIELD_LABELS[name])


@dataclass(frozen=True)
class Guess:
    kind: str
    mapping: Mapping
    language: str | None  # the language most headers were written in


def guess_mapping(kind: str, headers: list[str]) -> tuple[Mapping, str | None]:
    """Each header's field (a field is given to its first column only) and the headers'
    language."""
    words = vocabulary().headers[kind]
    mapping: Mapping = []
    taken: set[str] = set()
    languages: dict[str, int] = {}
    for header in headers:
        found = lookup(words, header)
        if found is None or found[0] in taken:
            mapping.append(None)
            continue
        taken.add(found[0])
        mapping.append(found[0])
        languages[found[1]] = languages.get(found[1], 0) + 1
    language = max(languages, key=languages.__getitem__) if languages else None
    return mapping, language


def guess(headers: list[str], sheet: str, kind: str | None = None) -> Guess:
    """The kind (as given, else by the sheet's name, else by the headers that fit best) and
    its mapping. Raises ImportInputError when nothing in the headers fits."""
    if kind is None:
        kind = lookup(vocabulary().sheets, sheet)
    if kind is None:
        scored = []
        for candidate in KINDS:
            mapping, _language = guess_mapping(candidate, headers)
            scored.append((sum(m is not None for m in mapping), candidate))
        best = max(scored, key=lambda pair: pair[0])
        if best[0] == 0:
            raise ImportInputError(
                _(
                    "no column header of sheet {sheet} names a known field; put the headers in "
                    "the first row or give --kind"
                ).format(sheet=quoted(sheet))
            )
        kind = best[1]
    mapping, language = guess_mapping(kind, headers)
    return Guess(kind, mapping, language)


def check_mapping(kind: str, mapping: Mapping) -> None:
    required = FIELDS[kind][0]
    if required not in mapping:
        raise ImportInputError(
            _("no column is mapped to {field}; a {kind} row needs one").format(
                field=field_label(kind, required), kind=_(KIND_LABELS[kind])
            )
        )


def headers_key(headers: list[str]) -> str:
    """A short key for a set of headers, so a face can remember the mapping chosen for it."""
    folded = "\x1f".join(fold(h) for h in headers)
    return hashlib.sha1(folded.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
