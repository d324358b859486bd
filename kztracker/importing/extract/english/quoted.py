"""Names in quotes after a legal form or a type word: JSC "Kazakhstan Temir Zholy", the company
"Rail Cargo Hungaria", JSC "National Company "X"" (the innermost name is the organization's, the
whole an alias); right after a name already found (Qatar State Mining Company "Qatar Mining")
the quoted name is that organization's other name."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import LEGAL_SUFFIXES, ORGANIZATION_TYPES
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "organizations")
_LEADS = sorted(
    {*LEGAL_SUFFIXES, *ORGANIZATION_TYPES, *_DATA["quote_leads"]} - set(_DATA["quote_not_after"]),
    key=len,
    reverse=True,
)
_OPEN, _CLOSE = '"“«„', '"”»“'
_QUOTED = re.compile(
    rf"\b(?P<lead>{'|'.join(re.escape(w) for w in _LEADS)})\s+"
    rf"[{_OPEN}](?P<outer>[^{_OPEN}{_CLOSE}]{{0,60}}?)"
    rf"(?:[{_OPEN}](?P<inner>[^{_OPEN}{_CLOSE}]{{2,60}}))?[{_CLOSE}]{{1,2}}(?=[\s,.;:)]|$)",
    re.IGNORECASE,
)


# "“Fellow citizens fund” NJSC", "“Kazakh Tourism” National Company JSC": a quoted name with
# its legal form or a description after it.
_FORMS = "|".join(re.escape(w) for w in _DATA["legal_forms_after"])
_DESCRIPTIONS = "|".join(re.escape(w) for w in _DATA["descriptions_after"])
_QUOTED_THEN_FORM = re.compile(
    rf"[{_OPEN}](?P<outer>[A-Z][^{_OPEN}{_CLOSE}]{{1,60}}?)[{_CLOSE}]\s+"
    rf"(?P<form>(?:(?:{_DESCRIPTIONS})\s+)?(?:{_FORMS})|(?:{_DESCRIPTIONS}))\b"
)


def quoted_organizations(
    sentence: Sentence, index: int, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    result: list[OrganizationMention] = []
    for match in _QUOTED_THEN_FORM.finditer(sentence.text):
        start = sentence.start + match.start("outer")
        name = " ".join(match.group("outer").split())
        if len(name.split()) <= 6 and not any(m.start <= start < m.end for m in found):
            end = start + len(match.group("outer"))
            form = (sentence.start + match.start("form"), sentence.start + match.end("form"))
            found[:] = [m for m in found if not form[0] <= m.start < form[1]]  # no name alone
            result.append(OrganizationMention(name, start, end, None, None, sentence=index))
    for match in _QUOTED.finditer(sentence.text):
        outer = " ".join(match.group("outer").split())
        inner = " ".join((match.group("inner") or "").split())
        name = inner or outer
        if not name[:1].isupper() or len(name.split()) > 6:
            continue
        start = sentence.start + (match.start("inner") if inner else match.start("outer"))
        end = start + len(match.group("inner") or match.group("outer"))
        if any(m.start <= start < m.end for m in found + result):
            continue
        aliases = [f"{outer} {inner}"] if inner and outer else []
        if inner:  # "National Company" inside JSC "National Company "X"" is X's description
            outer_start = sentence.start + match.start("outer")
            found[:] = [m for m in found if not outer_start <= m.start < start]
        lead_start = sentence.start + match.start("lead")
        named = next(
            (
                m
                for m in found
                if m.end <= lead_start + len(match.group("lead")) and m.end >= lead_start
            ),
            None,
        )
        if named is not None and not inner:
            named.aliases.append(name)  # "Qatar State Mining Company "Qatar Mining""
            continue
        if inner:  # the span covers the description too, so no later step reads it alone
            start = sentence.start + match.start("outer")
        result.append(
            OrganizationMention(name, start, end, None, None, aliases=aliases, sentence=index)
        )
    return result
