"""The memoranda of a whole text settled once every sentence has been read: which of the
proposals stand, merged per document, and dated (their focus areas are linked later, by the
stage every language shares: extract/focus_fields.py)."""

from __future__ import annotations

from collections.abc import Callable

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.english.agreement_merge import (
    bare_party,
    memorandum_title,
    merge_memoranda,
)
from kztracker.importing.extract.english.article_places import headline_sentence
from kztracker.importing.extract.english.document_lists import listed_items
from kztracker.importing.extract.english.lexicon import ORGANIZATION_TYPES
from kztracker.importing.extract.english.signing_dates import undated_signings
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.english.told_pairs import met_pair, own_side, told_pair
from kztracker.importing.extract.english.two_countries import two_countries_sides
from kztracker.importing.extract.english.unnamed_documents import (
    distinct_documents,
    has_own_title,
    titled_apart,
)
from kztracker.importing.extract.mentions import OrganizationMention

Found = list[tuple[DraftMemorandum, int]]  # a proposal and the sentence that told of it


def settle_memoranda(
    article: Article,
    proposals: tuple[Found, list[DraftMemorandum], list[DraftMemorandum], Found],
    mentions: list[OrganizationMention],
    resolve: Callable[[str], str],
    host: str | None,
    dating: tuple[dict[int, PartialDate], dict[int, PartialDate | None], dict[int, PartialDate]],
    reference: PartialDate | None,
) -> list[DraftMemorandum]:
    """proposals: the memoranda found, the agreements to act (weak), further documents of the
    same sides (another) and signings with unnamed sides; dating: the text's signing dates, the
    day each sentence tells of, and the days datelines give."""
    found, weak, another, unnamed = proposals
    signing_days, day_of, lead = dating
    title_only = headline_sentence(article)
    for memo, index in unnamed:
        pair = [] if memo.parties else told_pair(article, index, mentions, resolve)
        pair = pair or ([] if memo.parties else met_pair(article, index, mentions, resolve))
        pair = pair or ([] if memo.parties else own_side(article, index, host))
        pair = pair or ([] if memo.parties else two_countries_sides(article, index))
        if pair:  # "... the agreement between A and B ... . The agreement was signed ...": A, B
            memo.parties = pair
            memo.title = memorandum_title(memo.kind, pair, host)
            found.append((memo, index))
    if not found and not weak and not another:
        # one document at most: a text that names one side or none tells of one
        found = distinct_documents(unnamed)
    else:
        # a document told by its own title in a sentence of its own is one more
        found += titled_apart(article, unnamed, found)
    if len(found) > 1:
        # The headline restates a memorandum the body describes.
        found = [(m, i) for m, i in found if i != title_only] or found
    parents = {resolve(m.name): resolve(m.parent) for m in mentions if m.parent}
    # An agreement to act restates a memorandum with a party in common, else it stands alone.
    sides_named = {bare_party(p) for m, _ in found for p in m.parties} - {bare_party(host or "")}
    found += [(m, -1) for m in weak if not sides_named & {bare_party(p) for p in m.parties}]
    for memo, _ in found:
        _named_bodies(memo, mentions, resolve, host)
    memoranda = merge_memoranda([m for m, _ in found], host, parents) + another
    # "... were signed: - Agreement on X; - ...": one for each listed document
    listed = listed_items(article, memoranda, mentions, resolve, host)
    if listed:
        # "37 MoUs were signed. These included: - ...": the bundle is the list it opens
        memoranda = [m for m in memoranda if m.parties or has_own_title(m)]
    memoranda += listed
    undated_signings(memoranda, article, signing_days, day_of, lead, reference)
    return memoranda


def _named_bodies(
    memo: DraftMemorandum,
    mentions: list[OrganizationMention],
    resolve: Callable[[str], str],
    host: str | None,
) -> None:
    """ "The Organization's Director-General ... signed": a party that is only a type word is the
    text's one organization with that word in its name; left out when none or several fit."""
    parties: list[str] = []
    for party in memo.parties:
        word = party.casefold()
        if word in ORGANIZATION_TYPES:
            fits = {
                resolve(m.name)
                for m in mentions
                if not m.derived and m.name.casefold() != word and word in m.name.casefold().split()
            }
            if len(fits) != 1:
                continue
            party = fits.pop()
        if party not in parties:
            parties.append(party)
    if parties != memo.parties:
        memo.parties = parties
        memo.title = memorandum_title(memo.kind, parties, host)
