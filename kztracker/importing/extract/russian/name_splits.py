"""Names natasha runs together with a neighbour on pages it was not trained on: a body's
abbreviation before a person's name («ректор КазГУ Ерлан Жумабеков» tagged as one person) and a
verb after a name in a headline («Филиал КазГУ откроют» tagged as one organization), and a
phrase of the sentence after a name («роль Института в подготовке кадров»)."""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.token_kinds import is_head
from kztracker.importing.extract.russian.tokens import Token

_NAMED_AFTER = tuple(load("lexicon")["named_after_tokens"])  # «им», «имени»

Range = tuple[int, int]


def split_people(tokens: list[Token], people: list[Range]) -> tuple[list[Range], list[Range]]:
    """The people with an abbreviation that opens their span left out, and those abbreviations
    as organizations (a person's name has no inner capitals: «КазГУ», «ЕНУ» are bodies)."""
    kept: list[Range] = []
    bodies: list[Range] = []
    for first, last in people:
        rest = tokens[first + 1 : last]
        if len(rest) >= 2 and _abbreviation(tokens[first]) and all(t.capitalized for t in rest):
            bodies.append((first, first + 1))
            first += 1
        kept.append((first, last))
    return kept, bodies


def without_trailing_verbs(tokens: list[Token], span: Range) -> Range:
    """A name does not end in a lower-case verb («Филиал КазГУ откроют» → «Филиал КазГУ»)."""
    first, last = span
    while last - first > 1 and tokens[last - 1].is_verb and not tokens[last - 1].capitalized:
        last -= 1
    return _without_trailing_phrase(tokens, _without_next_person(tokens, (first, last)))


def _without_next_person(tokens: list[Token], span: Range) -> Range:
    """«университета им.Я.Купалы Д.Король»: after the surname a body is named after, an
    initial starts the next person (its head, written right after it), no part of the name."""
    first, last = span
    at = next((k for k in range(first, last) if tokens[k].text.casefold() in _NAMED_AFTER), None)
    if at is None:
        return span
    surname = False
    for j in range(at + 1, last - 1):
        text = tokens[j].text
        if surname and len(text) == 1 and text.isupper() and tokens[j + 1].text == ".":
            return first, j
        surname = surname or len(text) > 1 and text[:1].isupper()
    return span


def _without_trailing_phrase(tokens: list[Token], span: Range) -> Range:
    """«Института в развитии науки», «Центра на рынке услуг»: a name ends before a preposition
    followed by lower-case words only, which say where or in what the body acts; a place after
    it («Посольство ... в Российской Федерации») or a field the name is for («в области ...»)
    stays in the name."""
    first, last = span
    keeps = words("lexicon", "name_field_words")
    for k in range(first + 1, last - 1):
        if (
            tokens[k].text in words("lexicon", "trailing_phrase_prepositions")
            and tokens[k + 1].text.casefold() not in keeps
            and all(t.is_word and not t.capitalized for t in tokens[k + 1 : last])
        ):
            return first, k
    return first, last


def _abbreviation(token: Token) -> bool:
    text = token.text
    return (
        token.acronym and not text.isascii() or len(text) >= 2 and text.isalpha() and text.isupper()
    )


def kazakh_patronymic_people(
    tokens: list[Token], organizations: list[Range], people: list[Range]
) -> tuple[list[Range], list[Range]]:
    """«Беріком Әбдіғалиұлы» tagged as a body, «Беріка» tagged without «Әбдіғалиұлы»: a given
    name with a Kazakh patronymic after it (data: lexicon patronymic_endings) is one person."""
    endings = tuple(words("lexicon", "patronymic_endings"))

    def patronymic(i: int) -> bool:
        text = tokens[i].text
        return text[:1].isupper() and text[1:].islower() and text.casefold().endswith(endings)

    kept: list[Range] = []
    for first, last in organizations:
        if last - first == 2 and tokens[first].capitalized and patronymic(last - 1):
            people = [*people, (first, last)]
        else:
            kept.append((first, last))
    grown = [
        (a, b + 1) if b < len(tokens) and b - a == 1 and patronymic(b) else (a, b)
        for a, b in people
    ]
    return kept, grown


def after_namesake(tokens: list[Token], span: Range) -> list[Range]:
    """«МГУ им. Н. П. Огарева и Саратовский университет» tagged as one name: a name after
    «им.»/«имени» ends before «и», and a capitalized phrase after «и» is a body of its own."""
    first, last = span
    at = next((k for k in range(first, last) if tokens[k].text.casefold() in _NAMED_AFTER), None)
    if at is None:
        return [span]
    joint = next((k for k in range(at + 2, last - 1) if tokens[k].text == AND_WORD), None)
    if joint is None or not tokens[joint + 1].capitalized:
        return [span]
    if not all(t.capitalized or t.text in ".-" for t in tokens[at + 1 : joint]):
        return [span]  # «им. Ч.Ч. Валиханова Комитета науки и Министерства ...»: one name
    return [(first, joint), (joint + 1, last)]


def owner_after_description(tokens: list[Token], span: Range) -> Range | None:
    """«ряда медицинских центров Национального холдинга», «клиник Университета Сатпаева»: units
    described in lower case name no body, but the named body whose they are, in the genitive
    after them, is one (its own name has a type noun; «университеты Турции» has none)."""
    first, last = span
    head = next((i for i in range(first, last) if is_head(tokens[i])), None)
    if head is None or tokens[head].capitalized:
        return None
    start = next((k for k in range(head + 1, last) if tokens[k].capitalized), None)
    if start is None or not any(is_head(t) for t in tokens[start:last]):
        return None
    return (start, last)
