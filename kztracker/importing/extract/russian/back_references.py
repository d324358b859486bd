"""An event a later sentence dates by a pronoun: «Ежегодно проходят заседания комиссии. В этом
году оно состоится 6-7 октября.» The pronoun that opens such a clause with a verb of taking place
stands for the event the story told last, of the same gender («оно» an «Заседание», «она» a
«Встреча», «они» «Переговоры»), which takes the sentence's date when it had none.
"""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone
from kztracker.importing.extract.russian.dates import DateMention
from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.extract.russian.normalize import parses
from kztracker.importing.extract.russian.tokens import Token

# the pronoun opening the clause and the gender of the event noun it stands for
_GENDERS: dict[str, str] = load("lexicon")["pronoun_genders"]


def dated_back(
    found: list[DraftMilestone],
    tokens: list[Token],
    dates: list[DateMention],
    reference: PartialDate | None,
) -> bool:
    """Date the last event found by this sentence's pronoun and verb; True when it did."""
    gender = _pronoun_subject(tokens)
    dated = [d for d in dates if d.date is not None and d.date.month is not None]
    if gender is None or not dated or not found or found[-1].date is not None:
        return False
    if _gender_of(found[-1].title) != gender:
        return False
    event, when = found[-1], dated[0].date
    assert when is not None
    event.date = when
    if reference is not None:
        event.status = "planned" if when.first_day() > reference.last_day() else "done"
    return True


def _pronoun_subject(tokens: list[Token]) -> str | None:
    """The gender of a personal pronoun a verb of taking place follows within two words."""
    verbs = set(load("events")["taking_place_verbs"])
    for k, token in enumerate(tokens):
        gender = _GENDERS.get(token.text.casefold())
        if gender and any(t.lemma in verbs for t in tokens[k + 1 : k + 3]):
            return gender
    return None


def _gender_of(title: str) -> str | None:
    head = title.split()[0].casefold() if title.split() else ""
    for reading in parses(head):
        if reading.tag.POS == "NOUN" and reading.tag.case == "nomn":
            return "plur" if reading.tag.number == "plur" else str(reading.tag.gender)
    return None
