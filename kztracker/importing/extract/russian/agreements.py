"""The relate stage for agreements: memoranda by the lemmas of their words, parties per clause.

A sentence with an agreement noun (меморандум, соглашение, договор, протокол, дорожная карта) and
a signing word (подписать, заключить, подписание) proposes one memorandum per agreement noun. Its
parties are the organizations after «между», else the partner after «с» and the side before the
verb, else the sentence's organizations; several nouns each with its own «с ...» partner give one
memorandum per partner. An agreement only planned is a planned milestone, not a memorandum.
"""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.russian.agreement_sides import (
    clause_sides,
    document_parties,
    signing_sentence,
)
from kztracker.importing.extract.russian.agreement_state import StoryDays, story_of
from kztracker.importing.extract.russian.agreement_titles import (
    agreement_title,
    between_titles,
    listed_titles,
)
from kztracker.importing.extract.russian.clauses import (
    agreed_about,
    amended_document,
    approved_only,
    counted,
    frame_sign,
    is_agreement,
    on_behalf,
    prepared,
    ratification_object,
    restated,
    subject_range,
    topic_range,
)
from kztracker.importing.extract.russian.country_sides import ratified
from kztracker.importing.extract.russian.dates import dates_in
from kztracker.importing.extract.russian.document_dates import (
    about_events,
    before_next,
    own_dates,
    signing_dates,
)
from kztracker.importing.extract.russian.earlier_documents import set_apart_earlier
from kztracker.importing.extract.russian.found_agreements import (
    Agreement,
    deduplicated,
    restates_headline,
)
from kztracker.importing.extract.russian.joined_sides import join_sides
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.listed_items import (
    another_document,
    listed_among,
    listed_item,
)
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.parties import (
    after_between,
    between_groups,
    paired_sides,
    per_partner,
    regional_bodies,
    unique,
)
from kztracker.importing.extract.russian.partner_lists import (
    framed_documents,
    paired_documents,
)
from kztracker.importing.extract.russian.referred_back import last_listed, refer_back
from kztracker.importing.extract.russian.signing_time import planned_signing, signing_date
from kztracker.importing.extract.russian.witnesses import (
    without_ratifiers,
    without_witnesses,
)


def agreements_in(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    signatories: dict[int, list[str]],
    sides: list[str],
    reference: PartialDate | None,
    dateline: bool = False,
) -> list[Agreement]:
    """`organizations` maps a sentence to its organizations (token range, merged name); `sides`
    are the text's main organizations, most named first, for a document whose sentence names
    one side only; `dateline`: the story opens with a place and its date."""
    story = story_of(sentences, organizations, signatories, sides, reference)
    story_days = StoryDays(reference, dateline)
    days = story_days.days
    found: list[Agreement] = []
    for position, mentions in enumerate(sentences):
        tokens = mentions.tokens
        told_on = story_days.read(mentions)
        nouns = [
            i for i in range(len(tokens)) if is_agreement(tokens, i) and not counted(tokens, i)
        ]
        nouns = [i for i in nouns if not restated(tokens, i, nouns)]
        # Once a document is named, «стороны договорились о ...» tells what it holds (the
        # headline's own agreement is told again in the story, and read there).
        reached = agreed_about(tokens) if not nouns and all(a.headline for a in found) else None
        if reached is not None:
            found.append(
                _reached(mentions, reached, organizations.get(mentions.index, []), reference)
            )
            continue
        found += [
            Agreement(memo, False, mentions.index, None)
            for memo in framed_documents(
                sentences, position, organizations, sides[0] if sides else None
            )
        ]
        sign = [i for i, t in enumerate(tokens) if t.lemma in words("lexicon", "sign_lemmas")]
        # «в рамках договоренностей ..., достигнутых в 2022 году»: the participle signs it
        framed = {n: k for n in nouns if (k := frame_sign(tokens, n)) is not None}
        sign = sorted(set(sign) | set(framed.values()))
        anaphoric = [
            i
            for i in nouns
            if i
            and tokens[i - 1].lemma in words("lexicon", "anaphoric_modifiers")
            or found
            and on_behalf(tokens, i)
        ]
        # «Документ был принят Сенатом»: a body that adopts a document told before is no side
        named_here = without_ratifiers(tokens, organizations.get(mentions.index, []))
        if anaphoric and found:  # «Соответствующие договоренности были достигнуты ...»
            for last in last_listed(found):
                refer_back(last, mentions, sign, named_here, signatories, reference)
        nouns = [i for i in nouns if i not in anaphoric and not approved_only(tokens, sign)]
        nouns = join_sides(tokens, nouns, sign, found, without_witnesses(tokens, named_here))
        if not nouns:
            paired = paired_documents(mentions, named_here, sign) if sign else []
            found += [Agreement(memo, False, mentions.index, None) for memo in paired]
            if sign and found and not paired:
                for last in last_listed(found):
                    refer_back(last, mentions, sign, named_here, signatories, reference)
            continue
        sentence = signing_sentence(story, position, mentions, told_on, nouns, sign, framed)
        orgs, partners = sentence.orgs, sentence.partners
        if not sign and not any(partners.values()):
            # «Ключевые документы:» then «Соглашение о ...;»: each line one document
            item = (
                listed_item(sentences, position, found, days)
                or another_document(
                    mentions, nouns, found, sentences[max(0, position - 2) : position]
                )
                or ratified(mentions, nouns)
            )
            found += [item] if item else listed_among(sentences, position, found, days)
            continue
        signing_planned = planned_signing(tokens, sign)
        dates = [d for d in dates_in(mentions.sentence.text, reference) if d.date and not d.period]
        # «Договор о дружбе (1997 год)»: a date in a document's own title is its alone
        owned = own_dates(mentions, nouns, dates)
        free = signing_dates(mentions, dates, owned)
        amended_nouns = {amended_document(tokens, n) for n in nouns}
        kinds: dict[str, str] = load("lexicon")["agreement_lemmas"]
        another = any(t.lemma in words("lexicon", "another_cues") for t in tokens)
        start = len(found)
        for noun in nouns:
            # «договорились о подготовке меморандума»: a document yet to be drafted is planned
            # a document put to ratification, or one another amends, was signed already
            planned = (
                (signing_planned or prepared(tokens, noun))
                and not ratification_object(tokens, noun)
                and noun not in framed
                and noun not in amended_nouns
            )
            title = agreement_title(mentions, noun)
            subject = subject_range(tokens, noun)
            subject = subject if subject[1] else topic_range(tokens, noun)
            in_clause = clause_sides(sentence, noun, subject, found)
            parties = document_parties(sentence, noun, in_clause, found)
            kind = kinds[tokens[noun].lemma]
            date = (
                None
                if planned
                else owned[noun].date
                if noun in owned
                else signing_date(
                    mentions,
                    noun,
                    sign,
                    about_events(
                        mentions, subject, free if sign else before_next(mentions, noun, free)
                    ),
                )
                or (told_on if sign and tokens[sign[0]].is_verb else None)
            )
            # «Соглашения ... между X и Y»: one document of all the sides listed after «между».
            own = [] if after_between(tokens, noun) else partners.get(noun) or []
            # «Павлодарской и Омской, Мангистауской и Астраханской областями подписаны
            # документы»: one document per pair
            groups = paired_sides(tokens, noun, in_clause) or per_partner(
                tokens[noun], parties, own
            )
            # «дорожные карты: по X; о Y»: one document per item, with the same sides
            titled = [(t, g) for t in listed_titles(mentions, noun) or [title] for g in groups]
            if between := between_groups(tokens, noun, orgs):  # «между X и Y, а также между»
                titled = between_titles(mentions, noun, between)
            for title, group in titled:
                memorandum = DraftMemorandum(
                    title=title,
                    kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
                    parties=list(group),
                    signatories=list(signatories.get(mentions.index, [])),
                    signed_on=date,
                    spans=[Span(tokens[noun].start, tokens[min(noun + 3, len(tokens) - 1)].end)],
                )
                found.append(
                    Agreement(
                        memorandum,
                        planned,
                        mentions.index,
                        date,
                        restates_headline(sentences, mentions),
                        another,
                    )
                )
        set_apart_earlier(tokens, found, start)
    names = unique([name for named in organizations.values() for _span, name in named])
    for agreement in found:  # «между Костанайской и Гродненской областями»: their bodies
        agreement.memorandum.parties = regional_bodies(agreement.memorandum.parties, names)
    return deduplicated(found)


def _reached(
    mentions: SentenceMentions,
    about: Range,
    orgs: list[tuple[Range, str]],
    reference: PartialDate | None,
) -> Agreement:
    dates = [d for d in dates_in(mentions.sentence.text, reference) if d.date and not d.period]
    memo = DraftMemorandum(
        title=load("events")["reached_agreement_title"].format(
            about=f"{mentions.text_of(about)[:1].lower()}{mentions.text_of(about)[1:]}"
        ),
        kind="agreement",
        parties=unique([name for _span, name in orgs]),
        signed_on=dates[0].date if dates else None,
        spans=[Span(mentions.tokens[about[0]].start, mentions.tokens[about[1] - 1].end)],
    )
    date = memo.signed_on
    return Agreement(memo, False, mentions.index, date, mentions.sentence.headline)
