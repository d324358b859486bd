"""Memoranda, agreements and partnerships: their parties, signing date and focus areas.

A sentence with a signing verb and an agreement noun, or an agreement noun followed by "with"
or "between", proposes a memorandum whose parties are the organizations in that part of the
sentence. When the text names only the partner ("a memorandum with AstraZeneca"), the other
side is the one speaking: the organization of a person in the sentence, else the article's
first government body.
"""

from __future__ import annotations

from collections.abc import Callable

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.agreement_merge import (
    further_document,
    memorandum_title,
    one_sided,
    restate,
    signer_sides,
    unique_names,
    unnamed_side,
    without_inner,
)
from kztracker.importing.extract.english.agreement_settle import settle_memoranda
from kztracker.importing.extract.english.agreement_sides import (
    behalf_sides,
    clause_start,
    cut_off,
    host_of,
    in_fronted_occasion,
    is_subject,
    names_sides,
    pair_told_of,
    partners_end,
    present_at,
    signer_of,
    signers_for_countries,
    signers_in,
)
from kztracker.importing.extract.english.background_documents import told_documents
from kztracker.importing.extract.english.coordinated_sides import lone_head, signing_heads
from kztracker.importing.extract.english.country_sides import (
    CountrySide,
    bare_side,
    country_sides,
    intergovernmental_sides,
)
from kztracker.importing.extract.english.datelines import dateline_leads
from kztracker.importing.extract.english.listed_documents import (
    document_kind,
    listed_documents,
    listed_memoranda,
    lists_signed,
)
from kztracker.importing.extract.english.paired_sides import paired_sides
from kztracker.importing.extract.english.sentence_signings import (
    read_signing,
    signing_to_come,
    story_year,
)
from kztracker.importing.extract.english.sides_before import another_of_last, sides_before
from kztracker.importing.extract.english.signing_clauses import (
    clause_breaks,
    clause_end,
    own_clause,
    serves_document,
)
from kztracker.importing.extract.english.signing_dates import nearest, told_day
from kztracker.importing.extract.english.speaking_sides import speaking_side
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.english.told_pairs import restates_headline
from kztracker.importing.extract.english.unnamed_documents import unnamed_signing
from kztracker.importing.extract.mentions import (
    OrganizationMention,
    PersonMention,
    by_sentence,
)

# Each pattern's meaning is told beside it in agreement_wording.py and data/agreements.json.
_NOUN, _BOTH = W.NOUN, W.BOTH
_DOCUMENT, _DEFINITE, _REFERENT_KINDS = W.DOCUMENT, W.DEFINITE, W.REFERENT_KINDS
_CALL_FOR, _PLANNED = W.CALL_FOR, W.PLANNED
_TO_ACT, _RESTATING = W.TO_ACT, W.RESTATING
_BY = W.SIGNED_BY
_PREP_BETWEEN = W.WORDING["prep_between"]  # "an accord between A and B": both sides after it
_AGREED = W.WORDING["agreeing_noun"]  # "A and B agreed on ...": no document signed


def memoranda_in(
    article: Article,
    mentions: list[OrganizationMention],
    people: list[PersonMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
    reference: PartialDate | None,
) -> list[DraftMemorandum]:
    def resolve(name: str) -> str:
        return names.get(core_key(name), name)

    host = host_of(mentions, resolve, article.text)
    found: list[tuple[DraftMemorandum, int]] = []
    weak: list[DraftMemorandum] = []  # "X and Y agreed to ...", without an agreement named
    signing_dates: list[PartialDate] = []
    day_of: dict[int, PartialDate | None] = {}
    another: list[DraftMemorandum] = []  # a further document of the same sides
    unnamed: list[tuple[DraftMemorandum, int]] = []  # signed, with sides the text never names
    new_at = -1  # the sentence that last told of a new document
    signer: str | None = None  # "X signed documents with A and B": X, for "the deal with A"
    reference_day = reference or PartialDate(9999)
    year: int | None = None
    mentions = [m for m in mentions if not cut_off(article.text, m)]  # "... of the Rep"
    mentions_at, people_at = by_sentence(mentions), by_sentence(people)
    lead = dateline_leads(article, reference)  # the day a dateline gives its first sentence
    for index, sentence in enumerate(article.sentences):
        in_sentence = mentions_at.get(index, [])
        if reference is None:  # the year a later day without one is in
            year = story_year(sentence.text, year)
        read = read_signing(sentence.text, reference, year, reference_day)
        signs, future, all_dates, dates, signed = (
            read.signs,
            read.future,
            read.all_dates,
            read.dates,
            read.signed,
        )
        if index and signing_to_come(sentence.text, read, article.sentences[index - 1].text):
            # "A and B agreed on an MoU. The MoU will be signed soon.": a plan, no memorandum.
            found = [(m, i) for m, i in found if i != index - 1]
        # Not "The Cabinet has approved an MoU", nor "replaces the agreement signed in 1994".
        matches = told_documents(sentence.text, signs, reference)
        if (
            signed
            and signs
            and not future
            and not signed > reference_day
            and not _TO_ACT.match(signs.group())
            and (matches or not _NOUN.search(sentence.text))  # a background document's day
        ):
            # Not "the sides agreed to harmonize tariffs by 1 July 2026": a plan, not a signing.
            signing_dates.append(signed)
        # The day a sentence tells of, for a signing that follows it without a date of its own.
        day_of[index] = told_day(article, index, all_dates, reference_day, day_of)
        signer = signer_of(sentence, in_sentence, resolve) or signer
        listed = listed_documents(sentence, matches, mentions_at.get(index, []), resolve)
        breaks = clause_breaks(sentence)  # "A and B signed X, and C and D signed Y"
        if (signs or lists_signed(article, index)) and not future and listed:
            # "documents were signed, including the protocol between A and B, an agreement
            # on ... between C and D": one document per pair.
            signed_on = nearest(dates, signs.start()).date if dates and signs else None
            if not signs:  # "The documents include ...": the day of the signing told before
                signed_on = day_of.get(index - 1)
            found += [
                (m, index) for m in listed_memoranda(listed, host, signed_on, sentence.span())
            ]
            continue
        for n, match in enumerate(matches):
            kind = document_kind(match.group("noun"))
            if _DOCUMENT.search(match.group("noun")) and not _RESTATING.search(
                sentence.text[: match.start()]
            ):
                new_at = index  # "A memorandum to create X." tells of a new document
            if not match.group("prep") and not signs:
                continue
            if W.RELATION.fullmatch(match.group("noun")) and not W.RELATION_SIGNED.search(
                sentence.text[: match.start()]
            ):
                continue  # "noted the strong partnership between A and B": no document
            if not signs and _PLANNED.search(sentence.text):
                continue  # "an MoU with X is on the horizon": a plan, not a memorandum
            if not signs and (
                W.AIM.search(sentence.text[: match.start()])
                or (match.group("prep") and not W.DESCRIBED.match(match.group("prep")))
            ):
                continue  # "to build a partnership with X", "the deal deepens ties between"
            # "A and B have signed more than 90 documents": a tally, naming none of them.
            tally = W.tallied(sentence.text, matches, n)
            if _CALL_FOR.search(sentence.text[: match.start()]):
                continue  # "a call for joint projects with X" invites, it does not agree
            if serves_document(sentence, matches, n, breaks):
                continue  # "an agreement with A for the B Project": the agreement's purpose
            start = sentence.start + match.start()
            stop = clause_end(  # "A signed X with B, and C signed Y with D": B alone
                breaks,
                start,
                sentence.start
                + (matches[n + 1].start() if n + 1 < len(matches) else len(sentence.text)),
            )
            between = _PREP_BETWEEN in (match.group("prep") or "").casefold()
            first = n == 0 or own_clause(breaks, start, 0) > sentence.start + matches[n - 1].start()
            opens = own_clause(
                breaks, start, clause_start(sentence, signs.start()) if signs else sentence.start
            )
            subjects = [
                m
                for m in in_sentence
                if opens <= m.start
                and m.end <= start
                and is_subject(sentence, m)
                and not in_fronted_occasion(sentence, m, start)
            ]
            persons = people_at.get(index, [])
            states = country_sides(sentence, opens, start, in_sentence, persons) if signs else []
            states_before = states
            agreed = match.group("noun").casefold().startswith(_AGREED)
            # "X and Y agreed to build", "the governments of A and B agreed to": two sides
            # named here, not one.
            bodies = {s for s in states if not isinstance(s, CountrySide)}
            if agreed and len({resolve(m.name) for m in subjects} | bodies) < 2:
                continue
            referent = _DEFINITE.match(sentence.text)
            if referent:
                # "The company, a subsidiary of X, signed ...": the company named before.
                kinds = _REFERENT_KINDS[referent.group(1).casefold()]
                earlier = [m for m in mentions if m.sentence < index and m.kind in kinds]
                aside_end = sentence.start + referent.end()
                # What the aside names ("a subsidiary of X") is not a party.
                subjects = earlier[-1:] + [m for m in subjects if m.start >= aside_end]
            # "the sides signed the memorandum": the one told of, not the sentence before's.
            restating = bool(
                found and not match.group("prep") and W.restates(sentence.text, matches, n)
            )
            signing_sides = {p.organization for p in people_at.get(index, []) if p.organization}
            if (
                not (subjects or states or restating)
                and len(signing_sides) < 2  # "the sides signed ... after A of X met B of Y"
                and _BOTH.search(sentence.text[: match.start()])
                and index
            ):
                subjects, states = sides_before(article, index, mentions_at, people_at)
                if (
                    not subjects
                    and signs
                    and signs.group().casefold() != _AGREED
                    and _DOCUMENT.search(match.group("noun"))
                    and not future
                    and found
                    and not restates_headline(article, found[-1], kind)
                    and not in_sentence
                ):
                    # "Additionally, the parties signed a joint Action Plan": another document
                    # of the sides of the memorandum just told of.
                    another.append(another_of_last(found, kind, host, sentence.span()))
                    continue
            if (
                kind == "other"
                and not match.group("prep")
                and len({resolve(m.name) for m in subjects}) < 2
            ):
                continue  # "launched a project": a joint one only when two sides launch it
            if match.group("prep"):
                after = sorted(
                    (m for m in in_sentence if start < m.start < stop), key=lambda m: m.start
                )
                end = partners_end(sentence, start, stop, after[0] if after else None)
                present = present_at(
                    sentence, [(m.start, m.end) for m in in_sentence + people_at.get(index, [])]
                )
                parties = [m for m in after if m.start < end and m.start not in present]
                states = (states if first and not between else []) + country_sides(
                    sentence, start, end, in_sentence, persons
                )
                if between and signers_for_countries(sentence, start, parties):
                    states = []  # "between Iran and Kazakhstan by the head of X and of Y"
                parties = (subjects if first and not between else []) + parties
            else:
                parties = subjects
            signatories, signing_titles = signers_in(sentence, persons if signs else [])
            signers_after: list[PersonMention] = []  # "signed by Minister of Energy X, ..."
            if not parties and signs and _BY.match(sentence.text[signs.end() :]):
                # "a memorandum signed by Minister X and Y, Director of Z": the signers' sides.
                parties = [m for m in in_sentence if m.start > sentence.start + signs.start()]
                by = sentence.start + signs.end()  # "... by the Minister of Health of A and ..."
                signers_after = [p for p in signatories if p.start > by]
                states = states + country_sides(sentence, by, sentence.end, in_sentence, persons)
            if signs and (acted_for := behalf_sides(sentence, in_sentence, start)):
                parties = acted_for  # "X and Y signed the plan on behalf of A and B": A and B
            if signs and not parties and (pair := pair_told_of(sentence, mentions, start, resolve)):
                parties = pair  # "a memorandum signed between the two universities"
            following = index + 1 < len(article.sentences) and names_sides(
                article.sentences[index + 1]
            )
            if not parties and signs and following:
                # "A memorandum was signed on ... . The parties to it are A and B."
                parties = mentions_at.get(index + 1, [])
                signers_after = people_at.get(index + 1, [])  # "It was signed by Minister X, ..."
            # "the Aerospace Committee of the Ministry ...": the committee, not its ministry.
            children = {m.parent for m in parties if m.parent}
            parties = [m for m in parties if m.name not in children]
            # "an intergovernmental agreement with X": the governments are its parties.
            states = intergovernmental_sides(sentence.text[: match.start()], states)
            named = " ".join(resolve(m.name) for m in parties)
            states = [s for s in states if s.split()[-1] not in named]  # "... of Kazakhstan"
            party_names = unique_names(
                without_inner([resolve(m.name) for m in parties], states)
                + [resolve(s) for s in states if not isinstance(s, CountrySide)]
            ) or signer_sides(
                [resolve(p.organization) for p in signatories if p.organization]
            )  # "signed by Vice Minister of Health X and WHO Representative Y": their sides
            if signers_after:  # each signer's body is a side, named or told by a title
                theirs = [resolve(p.organization) for p in signers_after if p.organization]
                party_names = unique_names(party_names + signer_sides(theirs))
            opening = sentence.text[: signs.start()] if signs else ""  # "Presidents of A X and B Y"
            heads = signing_heads(signing_titles, signatories, resolve, opening)
            if signs and len(heads) > 1 and len(party_names) < 2:
                party_names = heads  # "President of A X and President of B Y signed": A and B
            elif (
                signs
                and len(party_names) == 1
                and (head := lone_head(signing_titles, resolve))
                and head not in party_names
            ):
                # "signed by X's chief executive A and the Kazakh Prime Minister B": X and the
                # government the head of government signs for.
                party_names.append(head)
            if tally or not party_names:
                # "Several memoranda were signed at the forum", "the agreement between Kazakhstan
                # and X": a document whose sides are left unnamed.
                done = bool(signs and W.signing_done(sentence.text, signs))
                done = done or bare_side(states)
                if done and not future and not _PLANNED.search(sentence.text):
                    document = unnamed_signing(sentence, match, kind, host, (signs, dates))
                    unnamed += [(document, index)] if document else []
                continue
            signing_states = bool(states_before) and n == 0 and not between
            if len(party_names) == 1 or (
                match.group("prep") and not between and not subjects and not signing_states
            ):
                # "Kazakhstan signed an agreement with X": no speaking side beside its government
                other = speaking_side(
                    people_at.get(index, []),
                    party_names,
                    resolve,
                    sentence.start + signs.start() if signs else None,
                    opens,
                    signs.group() if signs else None,
                    signer or host,
                    host,
                    index,
                    mentions,
                )
                if (
                    other
                    and other not in party_names
                    and not W.UNNAMED_COUNTERPART.search(sentence.text)
                ):
                    party_names.insert(0, other)
            if len(party_names) < 2 or future:
                told = unnamed_side(match.group("noun"), sentence.text) or bare_side(states)
                if not future and signs and told:
                    # "a memorandum was signed with several schools at X": the side named
                    unnamed.append((one_sided(kind, party_names, host, sentence.span()), index))
                continue  # a signing still to come is a milestone, not a memorandum yet
            subject_names = [resolve(m.name) for m in subjects]
            pairs = paired_sides(sentence.text, match.group("noun"), subject_names, party_names)
            if pairs:
                # "signed agreements with A and B": one with each; "A and B signed agreements
                # with C and D, respectively": A with C, B with D.
                for two in pairs:
                    memo = DraftMemorandum(
                        title=memorandum_title(kind, two, host),
                        kind=kind,
                        parties=two,
                        spans=[sentence.span()],
                    )
                    found.append((memo, index))
                continue
            memo = DraftMemorandum(
                title=memorandum_title(kind, party_names, host),
                kind=kind,
                parties=party_names,
                signatories=unique_names([p.name for p in signatories]),
                signed_on=nearest(dates, signs.start()).date
                if dates and signs and not future
                else None,
                spans=[sentence.span()],
            )
            if restating and new_at <= found[-1][1]:
                restate(found[-1][0], memo, host)  # "The memorandum was signed by ...": the same
            elif restating:
                another.append(memo)  # "A memorandum on X. This one was signed by ...": its own
            elif agreed:
                weak.append(memo)
            elif signs and further_document(sentence.text, signs.end(), memo, found, (matches, n)):
                another.append(memo)  # "A and B also signed a memorandum on X": a further one
            else:
                found.append((memo, index))
    return settle_memoranda(
        article,
        (found, weak, another, unnamed),
        mentions,
        resolve,
        host,
        (signing_dates, day_of, lead),
        reference,
    )
