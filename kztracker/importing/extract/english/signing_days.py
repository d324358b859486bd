"""The day of a signing clause's occasion when the clause tells none of its own (relate stage):
"The roadmap was signed in Tashkent on June 3. Following the meeting of the speakers, the
roadmap and a memorandum were signed": the meeting is on the one day the text's signings were
told on before. And the occasion may open the sentence before the clause that signs ("Following
delegation-level talks, the minister and his counterpart, and ..., signed the plan")."""

from __future__ import annotations

import re
from dataclasses import replace

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone
from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.signing_occasions import signing_occasion
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import fill_slots, language_file

_SIGNING = language_file("english", "signing")
# "during his meeting with the President": the meeting.
_POSSESSIVE = re.compile(_SIGNING["occasion_possessive"])


class SignedDays:
    """The days on which the signings read so far took place."""

    def __init__(self) -> None:
        self.days: set[PartialDate] = set()

    def one(self) -> PartialDate | None:
        """The single day every signing so far was told on, if there is one."""
        return next(iter(self.days)) if len(self.days) == 1 else None

    def note(self, dated: list[DateMention], lead_day: PartialDate | None) -> None:
        told = {d.date for d in dated if d.until is None and not d.deadline}  # "through 2020"
        self.days |= told or ({lead_day} if lead_day is not None else set())


def occasion_of(
    sentence: Sentence,
    start: int,
    clause: str,
    dated: list[DateMention],
    day: PartialDate | None,
) -> DraftMilestone | None:
    """The occasion the signing clause (at `start` in the sentence) names, else the one the
    sentence names before it, on the clause's date or `day`."""
    occasion = signing_occasion(clause, sentence.start + start, dated, day, "done")
    if occasion is None and start > 0:
        shifted = [replace(d, start=d.start + start, end=d.end + start) for d in dated]
        occasion = signing_occasion(
            sentence.text[: start + len(clause)], sentence.start, shifted, day, "done"
        )
    if occasion is not None:  # "during his meeting with the President": the meeting
        occasion.title = _POSSESSIVE.sub(_capital, occasion.title)
    return occasion


def _capital(match: re.Match[str]) -> str:
    return match.group(1).upper()


SIGNED = "|".join(W.WORDING["past_signing_verbs"])  # "signed", "inked", "concluded" ...
DOCUMENTS = "|".join(W.WORDING["signed_documents"])  # "memorand", "agreement", "roadmap" ...
# "the memorandum signed in 2019", "the roadmap they signed last year", "the agreements that
# were signed during the visit": a document named by its earlier signing.
_SIGNED_BEFORE = re.compile(
    fill_slots(_SIGNING["signed_before"], documents=DOCUMENTS, signed=SIGNED),
    re.IGNORECASE,
)


def signed_before(text: str) -> re.Match[str] | None:
    """A document named by its earlier signing ("the memorandum they signed in 2019")."""
    return _SIGNED_BEFORE.search(text)


def only_refers(clause: str, event: re.Pattern[str]) -> bool:
    """Whether the clause's signing only names a document signed before, after an event of
    its own: "the ministries met in Muscat today to review the memorandum they signed in 2019"
    tells of the meeting, not of a signing."""
    mention = _SIGNED_BEFORE.search(clause)
    if mention is None or not event.search(clause[: mention.start()]):
        return False
    rest = clause[: mention.start()] + clause[mention.end() :]
    return not re.search(rf"\b(?:{SIGNED})\b", rest, re.IGNORECASE)
