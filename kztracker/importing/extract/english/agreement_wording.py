"""The English wording of agreements, compiled from data/agreements.json: a new wording is one
more entry there, not a change here."""

from __future__ import annotations

import re

from kztracker.importing.extract.language_files import fill_slots, language_file

WORDING = language_file("english", "agreements")


def alternatives(key: str) -> str:
    return "|".join(WORDING[key])


def pattern(key: str, **parts: str) -> str:
    """The regular expression `WORDING[key]` with each "{part}" in it filled in from `parts`."""
    return fill_slots(WORDING[key], **parts)


# A comma inside a long title, not one before a new clause ("..., and a contract was signed").
_TITLE_COMMA = r"(?:,(?!\s+(?:" + alternatives("title_comma_stops") + r")\b))"
_AMOUNT = WORDING["amount_word"]
NOUN = re.compile(
    r"\b(?P<noun>" + alternatives("nouns") + r")\b"
    # "an agreement on 4 May 2025 with", "a document on the expansion of ... relations between"
    # "a memorandum of cooperation (MoC) with X": an acronym in brackets may stand between;
    # "a roadmap for 2026-2028 between A and B": a term may too, and a purpose of up to twelve
    # words before "with" ("an agreement for a joint survey of copper deposits with",
    # "a cooperation agreement for 2025-2027 with": a term's dash within the words)
    # "A Memorandum of ... (a long title) has been signed between A and B": the passive verb
    # names its sides after a title of up to sixteen words, commas listing its fields included.
    # "a contract worth KZT 12.5 bln with X": an amount counts as a word before "with".
    r"(?P<prep>" + pattern("noun_partners", amount=_AMOUNT, title_comma=_TITLE_COMMA) + r")?",
    re.IGNORECASE,
)
SIGN = re.compile(r"\b(?:" + alternatives("signing_verbs") + r")\b", re.IGNORECASE)
# "a memorandum signed by Minister X and Y": the signers follow the verb.
SIGNED_BY = re.compile(pattern("signed_by"))
# Signed in the future: the date is a plan, not a signing date.
NOT_YET = re.compile(r"\b(?:" + alternatives("not_yet") + r")\b", re.IGNORECASE)
# "agreed to sign a roadmap": what follows the verb makes it a plan.
NOT_YET_AFTER = re.compile(r"^\s+(?:" + alternatives("not_yet_after") + r")\b", re.IGNORECASE)
# "the two universities signed", "the partners signed": the parties of the sentence before.
BOTH = re.compile(r"\b(?:" + alternatives("both_sides") + r")\b", re.IGNORECASE)
DOCUMENT = re.compile(alternatives("document_heads"), re.IGNORECASE)
REFERENT_KINDS: dict[str, set[str | None]] = {
    noun: set(kinds) for noun, kinds in WORDING["referents"].items()
}
# "The company, ... signed": the description, an aside after it, never "The company of".
DEFINITE = re.compile(pattern("definite_referent", referents="|".join(REFERENT_KINDS)))
CALL_FOR = re.compile(pattern("invitation", invitations=alternatives("invitations")))
PLURAL = re.compile(r"^(?:" + alternatives("plural_nouns") + r")$", re.IGNORECASE)
PLANNED = re.compile(
    r"\b(?:" + "|".join(re.escape(cue) for cue in WORDING["planned_cues"]) + r")\b",
    re.IGNORECASE,
)
# "building a solid partnership with X": without a signing, an aim, not a document.
AIM = re.compile(pattern("aim", aims=alternatives("aims")), re.IGNORECASE)
# "the strong partnership between A and B": a relation, a document only when a signing
# verb governs it ("signed a strategic partnership").
RELATION = re.compile(r"(?:" + alternatives("relations") + r")", re.IGNORECASE)
# A partnership that opens its sentence ("Strategic partnerships with X now drive ...") is told
# as a fact, as before; one inside a clause ("noted the strong partnership") is only a relation.
RELATION_SIGNED = re.compile(
    r"(?:\b(?:" + alternatives("signing_verbs") + r")\s+(?:\S+\s+){0,4}|^\W*)$", re.IGNORECASE
)
# "an agreement on 4 May with X": what may stand between a document and its partners.
DESCRIBED = re.compile(pattern("described", describing=alternatives("describing")), re.IGNORECASE)
# ", which will run for five years,": an aside whose tense is not the signing's.
ASIDE = re.compile(r",\s*(?:" + alternatives("relative_asides") + r")\b[^,]*,", re.IGNORECASE)
VALIDITY = re.compile(pattern("validity", validity_leads=alternatives("validity_leads")))
TO_ACT = re.compile(pattern("to_act"), re.IGNORECASE)  # "agreed to build": no document signed
REPORTED_ON = re.compile(pattern("reported_on", reported=alternatives("reported")))
# "the memorandum", "this agreement": a document told of before.
RESTATING = re.compile(r"\b(?:" + alternatives("restating") + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
# "signed the law ratifying the agreement": the law is what was signed.
OTHER_OBJECT = re.compile(
    pattern("other_object", other_objects=alternatives("other_objects")), re.IGNORECASE
)
# "more than 90 documents", "several deals": a tally of documents, not one of them.
TALLY = re.compile(r"\b(?:" + alternatives("tallies") + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
# "Following the talks, the ministers signed ...": the day of the talks told just before.
FOLLOWING = re.compile(
    pattern(
        "following_event",
        following=alternatives("following"),
        followed_events=alternatives("followed_events"),
    ),
    re.IGNORECASE,
)
# "A and B also signed a memorandum on ...": a further document of the same sides.
FURTHER = re.compile(r"\b(?:" + alternatives("further") + r")\b", re.IGNORECASE)
# "signed with several schools": a side told only by a common plural, left unnamed.
UNNAMED_PARTNERS = re.compile(WORDING["unnamed_partners"] + "|" + WORDING["unnamed_counterpart"])
# "a deal between A and its Kazakh counterpart": no speaking side stands for the counterpart.
UNNAMED_COUNTERPART = re.compile(WORDING["unnamed_counterpart"])


def own_clause(text: str, start: int, end: int) -> str:
    """The 30 characters before a signing verb, within its clause: "The agreement, which will
    run for five years, was signed" is signed, not to be."""
    lead = ASIDE.sub(",", text[:start])[-30:]
    return lead[lead.rfind(",") + 1 :] + text[start:end]


# "The Federal Cabinet has approved an MoU", "approved by the Cabinet": a home body's approval.
_BODY = r"(?:" + alternatives("approving_bodies") + r")"
APPROVED = re.compile(pattern("approved", body=_BODY), re.IGNORECASE)
UNSIGNED_STATE = re.compile(r"\b(?:" + alternatives("unsigned_states") + r")\b", re.IGNORECASE)
# "the minister signed the approved text": a signing, whatever approval the sentence tells of.
_SIGNING_NOT_APPROVAL = frozenset(WORDING["signing_not_approval"])


def only_approved(text: str, signs: re.Match[str] | None) -> bool:
    """Whether a sentence tells of a document approved at home or only finalized, not signed:
    no memorandum is made of it."""
    if signs and signs.group().casefold() in _SIGNING_NOT_APPROVAL:
        return False
    return bool(APPROVED.search(text) or (UNSIGNED_STATE.search(text) and not signs))


# What may stand between two plural nouns of one tally: "37 memorandums (MoUs) and agreements".
# Partners told as a kind, not named: "Japanese and Kazakh nuclear power companies".
_CATEGORY = re.compile(pattern("partner_category", partner_kinds=alternatives("partner_kinds")))
_TALLY_JOIN = re.compile(pattern("tally_join"), re.IGNORECASE)


def tallied(text: str, matches: list[re.Match[str]], n: int) -> bool:
    """Whether the n-th agreement noun of a sentence is counted, not named: "A and B have
    signed more than 90 documents", and each plural noun joined to such a count ("signing 37
    memorandums of understanding (MoUs) and agreements")."""
    match = matches[n]
    if not PLURAL.match(match.group("noun")):
        return False
    if match.group("prep"):  # "a number of deals between Japanese and Kazakh companies"
        return bool(TALLY.search(text[: match.start()]) and _CATEGORY.match(text, match.end()))
    if TALLY.search(text[: match.start()]):
        return True
    between = text[matches[n - 1].end() : match.start()] if n else ""
    return bool(n and _TALLY_JOIN.fullmatch(between) and tallied(text, matches, n - 1))


_TITLE_JOIN = re.compile(WORDING["title_join"], re.IGNORECASE)


def second_title(text: str, matches: list[re.Match[str]], n: int) -> bool:
    """Whether the n-th agreement noun of a sentence heads a title of its own joined to the one
    before ("signed the Treaty on X and the Treaty on Y"): two documents, even of one pair."""
    match = matches[n]
    heads = [m for m in matches[:n] if DOCUMENT.search(m.group("noun"))]
    if not heads or not DOCUMENT.search(match.group("noun")):
        return False
    previous = heads[-1]  # "the Treaty on Strategic Partnership and ...": the Treaty
    capitals = previous.group("noun")[:1].isupper() and match.group("noun")[:1].isupper()
    return capitals and bool(_TITLE_JOIN.match(text[previous.end() : match.start()]))


def restates(text: str, matches: list[re.Match[str]], n: int) -> bool:
    """Whether the n-th agreement noun of a sentence refers back ("the memorandum"), not heading
    a second title joined to the one before."""
    return bool(RESTATING.search(text[: matches[n].start()])) and not second_title(text, matches, n)


_DONE_LEAD = re.compile(
    pattern("done_lead", done_signing_leads=alternatives("done_signing_leads")), re.IGNORECASE
)


def planned_signing(text: str, signs: re.Match[str]) -> bool:
    """Whether a non-finite signing ("signing", "to sign") tells of a plan: a planned cue in its
    sentence ("the importance of signing"), unless the signing came of something done ("led to
    the signing of an agreement ... to build a plant that will produce")."""
    return bool(PLANNED.search(text)) and not _DONE_LEAD.search(text[: signs.start()])


def signing_done(text: str, signs: re.Match[str]) -> bool:
    """Whether the signing verb `signs` of `text` tells of a signing done: a past form
    ("signed", "inked"), or a signing noun after what it came of ("the talks were followed by
    the signing of a protocol")."""
    return signs.group().casefold().endswith(WORDING["done_ending"]) or bool(
        _DONE_LEAD.search(text[: signs.start()])
    )
