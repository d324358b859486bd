"""A body's own name in its own language, then its acronym and an English gloss in brackets:
"Deutsche Forschungsgemeinschaft (DFG, German Research Foundation)". The name before the
bracket is the organization and the acronym and the gloss are its other names, so the gloss,
which a type word makes a name of its own, is not proposed as a second body, and the acronym
used alone later ("the DFG funds ...") is the same one."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.name_runs import proper_runs
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_GLOSS = re.compile(r"^\s*\(([A-Z][A-Za-z&]{1,9}),\s+([^()]{2,80})\)")
_LEADS = frozenset(language_file("english", "organizations")["gloss_run_leads"])


def glossed_names(
    sentence: Sentence, index: int, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    """Mentions of the names that a bracket with an acronym and a found gloss follows."""
    result = []
    for run in proper_runs(sentence):
        while run and run[0].lower in _LEADS:
            run = run[1:]
        if not run or any(run[0].start < m.end and m.start < run[-1].end for m in found):
            continue
        after = sentence.text[run[-1].end - sentence.start :]
        match = _GLOSS.match(after)
        if not match:
            continue
        gloss_start = run[-1].end + match.start(2)
        gloss = next((m for m in found if m.start == gloss_start), None)
        if gloss is None or gloss.end != run[-1].end + match.end(2):
            continue
        name = sentence.text[run[0].start - sentence.start : run[-1].end - sentence.start]
        acronym = match.group(1)
        gloss.aliases.append(name)
        result.append(
            OrganizationMention(
                name,
                run[0].start,
                run[-1].end,
                gloss.kind,
                gloss.country,
                short_name=acronym,
                aliases=[acronym, gloss.name],
                sentence=index,
            )
        )
    return result
