"""Names marked by their writing: a «quoted» name before a legal form or type word, runs of
Latin words (KazAID, CITIC Geyi Biorefineries Co., Ltd.), acronyms (БҰҰ-ның, ЮНИДО) and the
acronym in brackets after a name (ДДҰ)."""

from __future__ import annotations

import re

from kztracker.importing.extract.kazakh.documents import document_in
from kztracker.importing.extract.kazakh.endings import case_of, nominative, strip_case
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.organizations import (
    CYRILLIC_ACRONYM,
    LATIN,
    between,
    company_forms,
    honoree_start,
    legal_forms,
    titled,
    type_of,
    unknown_acronym,
)
from kztracker.importing.extract.kazakh.segment import Sentence, Token
from kztracker.importing.extract.mentions import OrganizationMention

_BRACKETED = re.compile(r"\s*\(([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]{1,9})\)")


def short_forms(text: str, mentions: list[OrganizationMention]) -> None:
    """«Дүниежүзілік денсаулық сақтау ұйымы (ДДҰ)»: the acronym in brackets is the short name."""
    for mention in mentions:
        match = _BRACKETED.match(text[mention.end : mention.end + 14])
        if match and sum(c.isupper() for c in match.group(1)) >= 2:
            mention.short_name = match.group(1)
            mention.aliases.append(match.group(1))


def quoted_names(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """«Самұрық-Қазына» АҚ, «Әл-Фараби атындағы ҚазҰУ» КеАҚ: a quoted name before a legal form
    or a type word."""
    legal = legal_forms()
    found = []
    for match in re.finditer(r"«([^«»]{2,120})»\s*([\w.-]+)?", sentence.text):
        inner, after = match.group(1).strip(), strip_case((match.group(2) or "").rstrip("."))
        if not inner[:1].isupper() or len(inner.split()) > 10:
            continue
        entry = type_of(after) if after else None
        if after.casefold() not in legal and entry is None:
            continue
        entry = entry or type_of(inner.split()[-1])
        start = sentence.start + match.start(1)
        kind = entry.kind if entry else "company" if after.casefold() in company_forms() else None
        # The span takes in the legal form, so a title after it finds its owner.
        end = sentence.start + match.end() if after else start + len(inner)
        mention = OrganizationMention(inner, start, end, kind, sentence=index)
        if after.casefold() in legal and len(inner.split()) == 1:
            # «МАЗ» ААҚ, «ҚазМұнайГаз» ҰК АҚ: a one-word name is known by its fullest form,
            # its legal forms with it
            forms = [after]
            for more in re.finditer(r"\s+([\w.-]+)", sentence.text[match.end() :]):
                if strip_case(more.group(1).rstrip(".")).casefold() not in legal:
                    break
                forms.append(strip_case(more.group(1).rstrip(".")))
            mention.name, mention.aliases = f"«{inner}» {' '.join(forms)}", [inner]
        found.append(mention)
    return found


def latin_names(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """Runs of Latin words: «KazAID», «CITIC Geyi Biorefineries Co., Ltd.»; not web addresses."""
    tokens = sentence.tokens
    legal = legal_forms()
    # «Ltd-ның»: a Latin name takes its Kazakh case after a hyphen.
    bases = [strip_case(t.text) for t in tokens]
    found = []
    i = 0
    while i < len(tokens):
        if not (LATIN.match(bases[i]) and bases[i][:1].isupper()):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and bases[j] == tokens[j].text:
            if LATIN.match(bases[j + 1]):
                j += 1
            elif (
                tokens[j + 1].text == ","
                and j + 2 < len(tokens)
                and (bases[j + 2].casefold() in legal)
            ):
                j += 2
            else:
                break
        heads = words("organizations", "latin_heads")
        if i > 0 and titled(tokens[i - 1]) and bases[j].casefold() not in heads:
            i = j + 1
            continue  # «ректоры John Smith»: a person; not «Елшісі Astana ... University-ге»
        start, end = tokens[i].start, tokens[j].start + len(bases[j])
        rest = sentence.text[end - sentence.start : end - sentence.start + 1]
        if rest == "." and bases[j].casefold() in legal:
            end += 1  # «Ltd.»
        name = sentence.text[start - sentence.start : end - sentence.start]
        entry = type_of(tokens[j + 1].text) if j + 1 < len(tokens) else None
        company = bases[j].casefold() in company_forms()
        kind = entry.kind if entry else "company" if company else None
        not_names = words("organizations", "not_latin_names")
        if name.casefold() in not_names or re.fullmatch(r"[IVXLC]+", name):
            pass  # «PhD», «IT»: Latin capitals that name no organization
        elif not re.search(r"\.(?:kz|com|ru|org|net|uz|kg)\b", name, re.IGNORECASE):
            found.append(OrganizationMention(name, start, end, kind, sentence=index))
        i = j + 1
    return found


def acronyms(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """Known acronyms of international bodies and universities, in any case: «БҰҰ-ның»."""
    known = data("organizations")["acronyms"]
    named_after = words("people", "named_after")
    named_units = tuple(words("organizations", "named_units"))
    tokens = sentence.tokens
    found = []
    for i, token in enumerate(tokens):
        bare = strip_case(token.text)
        kind = known.get(bare)
        if kind is None and unknown_acronym(bare):
            kind = "other"  # «ЮНИДО»: capitals in Kazakh news are mostly an organization
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if bare == token.text and following[:1].isdigit():
                continue  # «ЗИЛ 5301 автокөліктері»: a make and its model, a product
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if kind and bare == token.text and following.startswith(named_units):
            continue  # «ЮНЕСКО кафедрасы»: a university's chair named after the body
        if kind and kind != "generic" and CYRILLIC_ACRONYM.match(bare):
            first = i
            after_honoree = i > 1 and tokens[i - 1].lower in named_after
            honoree = honoree_start(tokens, i - 1) if after_honoree else None
            if honoree is not None:
                first = honoree  # «Әл-Фараби атындағы ҚазҰУ»
            start, end = tokens[first].start, token.start + len(bare)
            name = between(sentence, tokens[first], token)[: end - start]
            body = _body_after(tokens, i) if bare == token.text else None
            if body is not None:  # «БҰҰ Даму бағдарламасы»: a body of the acronym's
                end = tokens[body].end
                name = nominative(between(sentence, tokens[first], tokens[body]))
            found.append(OrganizationMention(name, start, end, kind, sentence=index))
    return found


def _body_after(tokens: list[Token], i: int) -> int | None:
    """Where «Даму бағдарламасы» after «БҰҰ» ends: a capitalised run closed by a body word."""
    if i + 1 >= len(tokens) or not tokens[i + 1].capitalized:
        return None
    bodies = tuple(data("organizations")["acronym_bodies"])
    for k in range(i + 1, min(i + 5, len(tokens))):
        if strip_case(tokens[k].text).casefold().startswith(bodies):
            return k
        if not tokens[k].text[:1].isalpha():
            return None
    return None


def between_names(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """«Роскосмос пен Қазғарыш арасында ... меморандум»: capitalised names the agreement joins
    before «арасында», though no type word or quotes mark them. Places, countries and people's
    names are left to their own readers."""
    if document_in(sentence) is None:
        return []
    tokens = sentence.tokens
    at = next((k for k, t in enumerate(tokens) if t.lower in words("agreements", "between")), None)
    if at is None:
        return []
    glue = words("agreements", "conjunctions") | {","}
    groups: list[list[Token]] = []
    run: list[Token] = []
    openers = words("organizations", "not_owners", "boundaries")
    for token in reversed(tokens[:at]):
        if token.text[:1].isupper() and token.text[:1].isalpha() and token.lower not in openers:
            run.insert(0, token)
        elif token.lower in glue and run:
            groups.insert(0, run)
            run = []
        else:
            break
    if run:
        groups.insert(0, run)
    if len(groups) < 2:
        return []
    found = []
    for group in groups:
        text = between(sentence, group[0], group[-1])
        name = nominative(text)
        if _someone_or_somewhere(group, name):
            continue
        found.append(OrganizationMention(name, group[0].start, group[-1].end, None, sentence=index))
    return found


def _someone_or_somewhere(group: list[Token], name: str) -> bool:
    """A group «X мен Y арасында» joins that is a place, a country, a person or a body a type
    word already marks."""
    folded = [strip_case(t.text).casefold() for t in group]
    places = words("organizations", "countries", "places", "home")
    people = words("people", "given_names")
    surname = tuple(data("people")["surname_endings"])
    return (
        " ".join(folded) in places
        or any(w in places or w in people for w in folded)
        or folded[-1].endswith(surname)
        or type_of(name.split()[-1]) is not None
        or len(group) > 4
    )


def place_bodies(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """«Қаражалда қала әкімдігі»: a place named where the story happens, then its own body by
    the unit it governs in lower case: the body of that place («Қаражал қала әкімдігі»)."""
    tokens = sentence.tokens
    units = words("organizations", "admin_units")
    found = []
    for k in range(len(tokens) - 2):
        place, unit, head = tokens[k], tokens[k + 1], tokens[k + 2]
        entry = type_of(head.text)
        if (
            place.capitalized
            and place.text[:1].isalpha()
            and unit.lower in units
            and case_of(place.text) == "locative"
            and entry is not None
            and not entry.state
        ):
            name = f"{strip_case(place.text)} {unit.text} {strip_case(head.text)}"
            found.append(
                OrganizationMention(name, place.start, head.end, entry.kind, sentence=index)
            )
    return found
