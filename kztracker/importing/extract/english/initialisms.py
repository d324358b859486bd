"""Names and their initials: "the United Nations Development Programme (UNDP)" introduces a
body with its short form, "Discovery Centre (DISC)" gives a name found its short name, and the
short form used alone afterwards ("the DISC team") is that body again."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.extract.english.lexicon import (
    INTERNATIONAL_ACRONYMS,
    NON_ORGANIZATION_NOUNS,
)
from kztracker.importing.extract.english.places import is_place
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import Coverage, OrganizationMention

_VARIANT_DATA = language_file("english", "variants")
_UNLETTERED = frozenset(_VARIANT_DATA["function_words"])  # words an acronym gives no letter
_CORE = _VARIANT_DATA["core_key"]
_RUN_OPENERS = tuple(_CORE["run_openers"])
_ARTICLES = tuple(_CORE["articles"])
_NAME_GLUE = tuple(_CORE["name_glue"])
# "Steppe Rail JSC (SR, the country's freight carrier)": a description may follow the acronym.
# "(OVF)", "(MaVíz)": a short form in brackets, its letters in any alphabet's accents.
_PARENTHESIS = re.compile(r"^\s*\(([A-Z](?:[^\W\d_]|&){1,9})(?:\)|,\s[^()]{2,80}\))")


def introduced_names(
    sentence: Sentence, index: int, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    """ "the United Nations Development Programme (UNDP)": a name its own initials follow."""
    from kztracker.importing.extract.english.name_runs import proper_runs
    from kztracker.importing.extract.merge import initials

    def english_initials(name: str) -> str:
        return initials(name, "en")

    result = []
    for run in proper_runs(sentence):
        end = run[-1].end
        # "Kazatomprom and Electricite de France (EDF)": what follows a name found is left
        run = [t for t in run if all(m.end <= t.start for m in found if m.start < end)]
        while run and run[0].lower in _RUN_OPENERS:
            run = run[1:]
        if not run or any(run[0].start <= m.start < end for m in found):
            continue
        after = _PARENTHESIS.match(sentence.text[end - sentence.start : end - sentence.start + 14])
        while run and run[0].lower in _ARTICLES:
            run = run[1:]
        if not after or not run or len(run) < 2:
            continue
        if run[-1].lower in NON_ORGANIZATION_NOUNS and after.group(1) not in INTERNATIONAL_ACRONYMS:
            continue  # "a Country Cooperation Strategy (CCS)" names a document, not a body
        name = sentence.text[run[0].start - sentence.start : end - sentence.start]
        while len(run) > 2 and not stands_for(after.group(1), name, english_initials):
            run = run[1:]  # "Permanent Representative of the United Nations ... (UNDP)"
            while run and run[0].lower in _NAME_GLUE:
                run = run[1:]
            name = (
                sentence.text[run[0].start - sentence.start : end - sentence.start] if run else ""
            )
        if run and stands_for(after.group(1), name, english_initials):
            result.append(
                OrganizationMention(
                    name,
                    run[0].start,
                    end,
                    None,
                    None,
                    short_name=after.group(1),
                    aliases=[after.group(1)],
                    sentence=index,
                )
            )
    return result


def stands_for(acronym: str, name: str, initials: Callable[[str], str]) -> bool:
    """Whether the acronym is the name's initials; a particle may give its letter too
    ("Electricite de France (EDF)")."""
    particles = "".join(
        w[0] for w in name.split() if w[:1].isalpha() and w.casefold() not in _UNLETTERED
    )
    return acronym.upper() in (initials(name).upper(), particles.upper())


def short_forms(text: str, mentions: list[OrganizationMention]) -> None:
    """ "Discovery Centre (DISC)": the acronym in brackets is the short name."""
    for mention in mentions:
        match = _PARENTHESIS.match(text[mention.end : mention.end + 100])
        if (
            match
            and match.group(1).upper() == match.group(1)[:1] + match.group(1)[1:].upper()
            and not is_place([match.group(1)])  # "Kazakhtelecom (Astana)": where it is
        ):
            mention.short_name = match.group(1)
            mention.aliases.append(match.group(1))


def acronyms_alone(
    sentences: list[Sentence], mentions: list[OrganizationMention], taken: list[tuple[int, int]]
) -> list[OrganizationMention]:
    """Stand-alone uses of a known short form ("NU President", "the Cambridge DISC")."""
    from kztracker.importing.extract.merge import initials

    forms: dict[str, OrganizationMention] = {}
    for mention in mentions:
        if mention.short_name:
            forms[mention.short_name] = mention
        letters = initials(mention.name, "en")
        # an implied body's name is ours, not the text's: its initials are no short form
        if len(letters) >= 2 and len(mention.name.split()) >= 2 and not mention.derived:
            forms.setdefault(letters, mention)
    found = []
    covered = Coverage(taken + [(m.start, m.end) for m in mentions if not m.derived])
    for index, sentence in enumerate(sentences):
        for token in sentence.tokens:
            target = forms.get(token.text)
            if target is None or covered.covers(token.start):
                continue
            found.append(
                OrganizationMention(
                    token.text,
                    token.start,
                    token.end,
                    target.kind,
                    target.country,
                    short_name=token.text,
                    aliases=[target.name],
                    sentence=index,
                )
            )
    return found
