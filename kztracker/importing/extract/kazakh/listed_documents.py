"""Documents listed after «бірнеше құжатқа қол қойды:»: «Тараптар бірнеше құжатқа қол қойды:
сауда туралы келісім және білім беру саласындағы меморандум» is two documents of the same
sides, each with its own title, not one."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kztracker.importing.extract.kazakh.clauses import Clause, unique
from kztracker.importing.extract.kazakh.dates import DateMention
from kztracker.importing.extract.kazakh.document_details import document_title, signing_day
from kztracker.importing.extract.kazakh.documents import document_in
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import OrganizationMention


@cache
def _several_documents() -> re.Pattern[str]:
    """«бірнеше құжатқа қол қойды», «екі құжатқа қол қойылды», a colon after it in group 1."""
    counts = data("agreements")["counts"]
    several = "|".join(
        re.escape(w) for w in sorted(words("agreements", "unspecified") | set(counts))
    )
    signed = data("agreements")["documents_signed"]
    return re.compile(rf"(?<!\w)(?:{several}){signed}", re.IGNORECASE)


def _list_start(sentences: list[Sentence], index: int) -> int | None:
    """Where the list of documents begins: after «бірнеше құжатқа қол қойды:», or at the
    sentence after «... бірнеше құжатқа қол қойды.» that opens with «Атап айтқанда», «Олардың
    қатарында» ...; None when the sentence lists none."""
    sentence = sentences[index]
    opener = _several_documents().search(sentence.text)
    if opener is not None and opener.group(1):
        return sentence.start + opener.end()
    if index == 0 or _several_documents().search(sentences[index - 1].text) is None:
        return None
    lead = sentence.text.casefold().lstrip(" -–—")
    if any(lead.startswith(w) for w in words("agreements", "list_openers")):
        return sentence.start
    return None


def listed_clauses(
    sentences: list[Sentence],
    index: int,
    orgs_at: dict[int, list[OrganizationMention]],
    names: dict[str, str],
    core_key: Callable[[str], str],
    earlier: list[Clause],
    dates: dict[int, list[DateMention]],
) -> list[Clause]:
    """One clause per document named after the colon, its sides the sentence's own signers,
    else those of the document told just before, else the bodies the sentence before names
    («Тараптар ...»); [] when the sentence lists fewer than two."""
    sentence = sentences[index]
    start = _list_start(sentences, index)
    if start is None:
        return []

    def named(k: int) -> list[str]:
        return unique([names.get(core_key(m.name), m.name) for m in orgs_at.get(k, [])])

    told = earlier[-1].parties if earlier else []
    if start == sentence.start:  # the list after the sentence that told of the signing
        sides = named(index - 1) or told
    else:
        sides = named(index) or told or named(index - 1)
    found = []
    while (hit := document_in(sentence, start)) is not None:
        at, document = hit
        found.append((at, document))
        start = sentence.tokens[at].end
    if len(found) < 2:
        return []
    day = signing_day(sentences, index, dates)
    return [
        Clause(
            index,
            list(sides),
            [],
            day,
            document_title(sentence, at, document, list(sides)),
            document.kind,
            [sentence.span()],
            separate=True,
        )
        for at, document in found
    ]
