"""People across scripts: a name in Cyrillic proposes the record it transliterates to in Latin,
and back ("Саясат Нурбек" and "Sayasat Nurbek").

Every stored name and alias, and every drafted one, gets its Latin keys (one per
romanization, see kztracker.transliteration); one rapidfuzz cdist compares them, and only a
pair with Cyrillic on one side counts, so two Latin spellings keep their own reasons. A match
scores a little below the same name (0.95 for equal keys), and its reason says
"transliteration"; a reviewer's merge then records the other script's spelling as an alias,
as any merge does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from kztracker.i18n import _
from kztracker.importing.draft import Candidate
from kztracker.importing.name_index import Entry, NameIndex
from kztracker.transliteration import has_cyrillic, latin_keys

_WORTH = 0.95  # equal keys: below a name or alias written the same way, above the link floor


def _stored(index: NameIndex) -> list[tuple[str, Entry, bool]]:
    keys = []
    for key, entries in index.exact.items():
        cyrillic = has_cyrillic(key)
        for latin in latin_keys(key):
            keys += [(latin, e, cyrillic) for e in entries if e.via in ("name", "alias")]
    return keys


def transliteration_candidates(
    index: NameIndex, names_per_item: Sequence[Iterable[str | None]], floor: float
) -> list[dict[int, Candidate]]:
    """For each item, the best candidate per record its names meet across scripts."""
    results: list[dict[int, Candidate]] = [{} for _ in names_per_item]
    queries = [
        (item, latin, has_cyrillic(name))
        for item, names in enumerate(names_per_item)
        for name in dict.fromkeys(n for n in names if n)
        for latin in latin_keys(name)
    ]
    stored = _stored(index)
    cyrillic = any(c for *_, c in queries) or any(c for *_, c in stored)
    if not queries or not stored or not cyrillic:
        return results
    matrix = process.cdist(
        [latin for _item, latin, _cyrillic in queries],
        [latin for latin, _entry, _cyrillic in stored],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=floor / _WORTH * 100,
        workers=1,
    )
    for row, (item, _latin, query_cyrillic) in enumerate(queries):
        for column in matrix[row].nonzero()[0]:
            _key, entry, stored_cyrillic = stored[column]
            if query_cyrillic == stored_cyrillic:
                continue  # the same script: the ordinary comparison's business
            score = round(float(matrix[row][column]) / 100 * _WORTH, 3)
            held = results[item].get(entry.record_id)
            if held is None or score > held.score:
                results[item][entry.record_id] = Candidate(
                    entry.record_id, entry.name, score, _("transliteration")
                )
    return results


def with_transliterations(ranked: list[Candidate], found: dict[int, Candidate]) -> list[Candidate]:
    """The ranked candidates with those found across scripts, one per record, best first."""
    best = {c.record_id: c for c in ranked}
    for record_id, candidate in found.items():
        if record_id not in best or candidate.score > best[record_id].score:
            best[record_id] = candidate
    return sorted(best.values(), key=lambda c: (-c.score, c.name))
