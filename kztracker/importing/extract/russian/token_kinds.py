"""What one Russian token says on its own, for the mention finder: an adjective agreeing with its
head, a plural, a genitive, a given name or the start of a person's name, where a quoted name
closes."""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.extract.russian.normalize import listed_case
from kztracker.importing.extract.russian.tokens import Token


def is_genitive(token: Token) -> bool:
    """«акиматом» is no genitive, though the dictionary's guesses for it include one."""
    listed = listed_case(token.text)
    return listed == "gent" if listed is not None else "gent" in token.cases("NOUN")


Range = tuple[int, int]  # token indexes [first, last + 1)


def is_head(token: Token) -> bool:
    """A type noun that heads an organization's name (университет, министерство, акимат)."""
    return token.lemma in load("lexicon")["organization_heads"]


def agrees(adjective: Token, head: Token) -> bool:
    """An adjective in the head noun's case («Восточно-Казахстанским ... университетом»)."""
    cases = head.cases("NOUN")
    return any(
        p.tag.POS in ("ADJF", "PRTF") and (not cases or p.tag.case in cases)
        for p in adjective.parses
    )


def is_plural(token: Token) -> bool:
    return bool(token.parses) and token.parses[0].tag.number == "plur"


def starts_person(token: Token) -> bool:
    return (
        token.capitalized
        and not token.acronym
        and "gent" not in token.cases("NOUN", "ADJF")
        and any({"Name", "Surn"} & p.tag.grammemes for p in token.parses[:3])
    )


def is_first_name(token: Token, following: Token | None = None) -> bool:
    """«Института Саябек Сахиев»: a given name (known, or before a surname in the nominative)
    ends an organization's tail."""
    if not token.capitalized or token.acronym:
        return False
    if following is not None and following.capitalized and is_head(following):
        return False  # «Сената Олий Мажлиса»: a word before a body's type noun is its name
    if any("Name" in p.tag.grammemes for p in token.parses[:1]):
        return True
    return (
        following is not None
        and following.capitalized
        and any("Surn" in p.tag.grammemes and p.tag.case == "nomn" for p in following.parses[:2])
    )


def closing_quote(tokens: list[Token], i: int) -> int | None:
    depth = 0
    for j in range(i, min(len(tokens), i + 15)):
        text = tokens[j].text
        if text in "«„":
            depth += 1
        elif text == "»":
            depth -= 1
            if depth <= 0:
                return j if j + 1 >= len(tokens) or tokens[j + 1].text != "»" else j + 1
        elif text in '"“”' and j > i:
            return j
    return None


def common_words(phrase: list[Token]) -> bool:
    """«Главы регионов подписали ...» tagged as a name at a sentence's start: lower-case words
    after the first, each a common noun or adjective the dictionary knows, name no body."""
    if any(t.capitalized for t in phrase[1:]):
        return False
    if len(phrase) == 1 and (phrase[0].acronym or not phrase[0].parses[:1]):
        return False  # «Магистратуру в Астане откроет ...»: one common noun, known in full
    if len(phrase) == 1 and not (
        phrase[0].parses[0].is_known
        and phrase[0].text[1:].islower()
        # written inflected: a company named by a common word («Аэрофлот») opens a sentence
        # as its subject, in the nominative
        and phrase[0].parses[0].tag.case != "nomn"
    ):
        return False
    return all(
        t.is_word
        and not t.foreign_name
        and t.parses[0].tag.POS in ("NOUN", "ADJF")
        and not {"Orgn", "Geox", "Name", "Surn", "Abbr"} & set(t.parses[0].tag.grammemes)
        for t in phrase
    )
