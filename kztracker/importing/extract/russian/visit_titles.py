"""Who visits where: a visit's title names its traveller and its destination, wherever the
clause puts them («Делегация Синьцзяна прибыла в ВКО с рабочим визитом», «С визитом в ВКО
прибыла делегация Монголии», «Токаев прибыл в Россию с официальным визитом» are «Визит
делегации ... в ВКО», «Визит Токаева в Россию»), not the bare «Визит» or «Визит в ВКО» that the
words after the event noun give when the clause tells the rest before it or after its verb.
"""

from __future__ import annotations

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.lexicon import load
from kztracker.importing.extract.russian.lexicon import words as listed
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.normalize import parses
from kztracker.importing.extract.russian.phrase_cases import head_phrase_in
from kztracker.importing.extract.russian.token_kinds import Range
from kztracker.importing.extract.russian.tokens import Token

_STOPS = frozenset(',.;:!?—–()«»"')
# a surname's nominative ending and its genitive («Токаев» → «Токаева», «Серикова» → «Сериковой»)
_SURNAME_GENITIVES: dict[str, str] = load("lexicon")["surname_genitives"]
_SURNAME_ENDINGS = tuple(_SURNAME_GENITIVES)
_PHRASE_WORDS = 10
_FROM = frozenset(load("lexicon")["from_words"])
_IN = tuple(load("lexicon")["in_forms"])  # «в», «во»: where the traveller goes follows


def visit_title(mentions: SentenceMentions, trigger: int, dated: list[Range]) -> str | None:
    """«Визит <traveller in the genitive> в <destination>» when the trigger's clause names both;
    None otherwise (the title the words after the event noun give stands). `dated`: the
    sentence's dates as document offsets, no part of a name."""
    tokens = mentions.tokens
    if _owned(tokens, trigger):
        return None
    start, end = _clause(tokens, trigger)
    traveller = _traveller(mentions, start, end, trigger, dated)
    if traveller is None:
        return None
    place = _destination(mentions, start, end, traveller, dated)
    if place is None and tokens[trigger].is_verb:
        place = _visited(mentions, start, trigger, traveller, dated)
    if place is None:
        return None
    owner = _genitive(mentions, tokens[traveller[0] : traveller[1]])
    where = " ".join(t.text for t in tokens[place[0] : place[1]])
    return _tidy(load("events")["visit_title"].format(owner=owner, where=where))


def _tidy(title: str) -> str:
    """Words joined back as a person writes them: no space before a dot or inside quotes."""
    for spaced, joined in ((" .", "."), ("« ", "«"), (" »", "»"), ("( ", "("), (" )", ")")):
        title = title.replace(spaced, joined)
    return title


def _owned(tokens: list[Token], trigger: int) -> bool:
    """«визит Владимира Путина в Казахстан», «визита делегации ...»: the words after the event
    noun already name whose visit it is."""
    k = trigger + 1
    while k < len(tokens) and tokens[k].is_pos("ADJF") and not tokens[k].is_pos("NOUN"):
        k += 1
    return (
        not tokens[trigger].is_verb
        and k < len(tokens)
        and tokens[k].is_word
        and not tokens[k].is_pos("PREP")
        and "gent" in tokens[k].cases("NOUN", "ADJF")
    )


def _clause(tokens: list[Token], trigger: int) -> Range:
    start = max((k + 1 for k in range(trigger) if tokens[k].text in ",;:!?()"), default=0)
    end = next((k for k in range(trigger + 1, len(tokens)) if tokens[k].text in ",;:!?()"), None)
    return start, len(tokens) if end is None else end


def _traveller(
    mentions: SentenceMentions, start: int, end: int, trigger: int, dated: list[Range]
) -> Range | None:
    """The clause's subject who travels: a person named, an official by title or a delegation
    in the nominative with no preposition before it; a body named only when nothing else is
    («КазНУ посетила делегация»: the delegation, not the university)."""
    tokens = mentions.tokens
    travellers = listed("lexicon", "title_heads") | listed("events", "traveller_nouns")
    people = {a: b for a, b in mentions.people}
    bodies = {a: b for a, b in mentions.organizations}
    found: list[tuple[int, Range]] = []
    inside = {n for a, b in [*mentions.organizations, *mentions.places] for n in range(a + 1, b)}
    for k in range(start, end):
        token = tokens[k]
        if k == trigger or _dated(token, dated) or not _free(tokens, k, start):
            continue
        if k in inside:
            continue  # «университет имени Шокана Уалиханова»: a name inside a body's is no one's
        if k in people and _nominative(tokens[k : people[k]]) and not _apposed(tokens, k, start):
            found.append((0, (k, people[k])))
        elif _surname_subject(tokens, k):
            found.append((0, (k, k + 1)))
        elif token.lemma in travellers and "nomn" in token.cases("NOUN"):
            found.append((0, (k, _phrase_end(mentions, k, end, trigger, dated, "nomn"))))
        elif k in bodies and not token.acronym and "nomn" in token.cases("NOUN", "ADJF"):
            found.append((1, (k, bodies[k])))
    return min(found, default=(0, None))[1]


def _destination(
    mentions: SentenceMentions, start: int, end: int, traveller: Range, dated: list[Range]
) -> Range | None:
    """«в ВКО», «во Францию», «в Республику Казахстан»: a place in the accusative after «в»."""
    tokens = mentions.tokens
    for k in range(start, end - 1):
        if tokens[k].text.casefold() not in _IN or traveller[0] <= k < traveller[1]:
            continue
        head = tokens[k + 1]
        if _dated(head, dated) or not head.capitalized:
            continue
        if head.acronym or head.foreign_name or "accs" in head.cases("NOUN", "ADJF"):
            return k + 1, _phrase_end(mentions, k + 1, end, -1, dated, "accs")
    return None


def _visited(
    mentions: SentenceMentions, start: int, end: int, traveller: Range, dated: list[Range]
) -> Range | None:
    """«ВКО посетила делегация»: the verb's object put before it, a place or a body named in
    the accusative that is not the traveller (an object after the verb is the words after the
    event, as milestone_titles reads them)."""
    tokens = mentions.tokens
    bodies = {a: b for a, b in [*mentions.organizations, *mentions.places]}
    for k in range(start, end):
        token = tokens[k]
        if traveller[0] <= k < traveller[1] or _dated(token, dated) or not _free(tokens, k, start):
            continue
        if k in bodies and (token.acronym or "accs" in token.cases("NOUN", "ADJF")):
            return k, bodies[k]
    return None


def _phrase_end(
    mentions: SentenceMentions,
    k: int,
    end: int,
    trigger: int,
    dated: list[Range],
    case: str,
) -> int:
    """Where the phrase that opens at `k` ends: adjectives and their noun in the head's `case`,
    then genitive words and names (a body's whole name), up to a stop, a verb, a preposition
    outside a name, the event word or a date («делегация Европейской организации по ядерным
    исследованиям», «Курганскую область Российской Федерации»)."""
    tokens = mentions.tokens
    bodies = {a: b for a, b in mentions.organizations}
    people = {a for a, _b in mentions.people}
    noun = tokens[k].is_pos("NOUN") and not tokens[k].is_pos("ADJF")
    n = k + 1
    while n < end and n - k < _PHRASE_WORDS and n != trigger and not _dated(tokens[n], dated):
        token = tokens[n]
        if n in bodies:
            n = bodies[n]
            noun = True
            continue
        if n in people or token.text in _STOPS or not token.is_word:
            break
        if token.is_verb and not (token.foreign_name and token.capitalized):
            break  # «Шэньси», a name the dictionary only guesses, read as a verb
        if token.lemma in listed("lexicon", "title_heads"):
            break  # «в Казахстан Премьер-министра ...»: an official's title opens a new phrase
        cases = token.cases("NOUN", "ADJF")
        if noun and token.text.casefold() in _FROM and n + 1 < end:
            # «делегация из города Карамай», «гости из Китая»: where the traveller comes from
            following = tokens[n + 1].cases("NOUN", "ADJF")
            if "gent" in following or tokens[n + 1].foreign_name:
                n += 1
                continue
        if not noun and case in cases:
            noun = token.is_pos("NOUN")
        elif not ("gent" in cases or token.acronym or token.foreign_name):
            break
        n += 1
    return n


def _free(tokens: list[Token], k: int, start: int) -> bool:
    """No preposition right before the word, nor an adjective run opened by one («с
    официальным визитом»)."""
    i = k - 1
    while i >= start and tokens[i].is_pos("ADJF") and not tokens[i].is_pos("NOUN"):
        i -= 1
    return i < start or not tokens[i].is_pos("PREP")


def _apposed(tokens: list[Token], k: int, start: int) -> bool:
    """«визитом в Казахстан Премьер-министра Беларуси Александра Турчина»: a name after a title
    in another case than the nominative is that title's, not the clause's subject."""
    return k > start and tokens[k - 1].is_word and "nomn" not in tokens[k - 1].cases("NOUN")


def _surname_subject(tokens: list[Token], k: int) -> bool:
    """«Токаев прибыл ...»: a capitalized word of a Russian surname's shape right before the
    clause's verb, which the dictionary may not know as a name."""
    word = tokens[k].text
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].is_verb
        and word[:1].isupper()
        and word[1:].islower()
        and word.casefold().endswith(_SURNAME_ENDINGS)
    )


def _nominative(phrase: list[Token]) -> bool:
    return any("nomn" in t.cases("NOUN") for t in phrase) or all(
        not t.cases("NOUN") for t in phrase
    )


def _genitive(mentions: SentenceMentions, phrase: list[Token]) -> str:
    """The traveller as the visit's owner: a person's name word by word («Токаева»), a title or
    a body by its head phrase («делегации провинции Цзилинь»)."""
    starts = {mentions.tokens[a].start for a, _b in mentions.people}
    lone_name = len(phrase) == 1 and phrase[0].capitalized and not _common(phrase[0])
    if phrase and (phrase[0].start in starts or lone_name):  # not «Делегация» opening a sentence
        return " ".join(_name_in_genitive(t.text) for t in phrase)
    owner = head_phrase_in(" ".join(t.text for t in phrase), "gent")
    return owner[:1].casefold() + owner[1:] if _common(phrase[0]) else owner


def _common(token: Token) -> bool:
    """A common noun capitalized only as the sentence's first word («Аким ВКО посетил ...»)."""
    proper = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"}
    return (
        not token.acronym
        and bool(token.parses)
        and not any(proper & set(p.tag.grammemes) for p in token.parses[:2])
    )


def _name_in_genitive(word: str) -> str:
    for reading in parses(word.casefold()):
        if {"Surn", "Name"} & set(reading.tag.grammemes) and reading.tag.case == "nomn":
            form = reading.inflect({"gent"})
            if form is not None:
                text = str(form.word)
                return upper_first(text) if word[:1].isupper() else text
    ending = next((e for e in _SURNAME_ENDINGS if word.casefold().endswith(e)), None)
    if ending is not None and word[:1].isupper():
        return word[: -len(ending)] + _SURNAME_GENITIVES[ending]
    return word


def _dated(token: Token, dated: list[Range]) -> bool:
    return any(a <= token.start < b for a, b in dated)
