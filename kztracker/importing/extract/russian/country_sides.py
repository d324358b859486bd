"""Countries that sign: «Беларусь и Казахстан подписали дорожные карты». A country that stands
as the side of a document is its government («Правительство Республики Беларусь»), a party the
text implies (the guide lists it with no alias); a country as a place or an owner is none."""

from __future__ import annotations

from kztracker.importing.draft import DraftMemorandum, DraftOrganization, Span
from kztracker.importing.extract.russian.agreement_titles import agreement_title
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.tokens import Token


def country_sides(
    agreements: list[Agreement],
    sentences: list[SentenceMentions],
    organizations: list[DraftOrganization],
) -> list[DraftOrganization]:
    """Give a signed document with fewer than two parties the governments of the countries its
    sentence names as the subject of the signing verb; return the governments not yet among
    `organizations`."""
    by_index = {m.index: m for m in sentences}
    known = {o.name for o in organizations}
    added: list[DraftOrganization] = []
    for agreement in agreements:
        memo = agreement.memorandum
        told = agreement.sentence if agreement.context is None else agreement.context
        mentions = by_index.get(told)
        if agreement.planned or len(memo.parties) >= 2 or mentions is None:
            continue
        sides = (
            _signing_countries(mentions.tokens)
            or _countries_between(mentions.tokens)
            or ratifying_countries(mentions.tokens)
        )
        governments = _government_names(organizations, mentions.tokens)
        if len(sides) < 2 or any(code not in governments for code in sides):
            continue
        memo.parties = [governments[code] for code in sides]
        for code, name in zip(sides, memo.parties, strict=True):
            if name not in known:
                known.add(name)
                added.append(DraftOrganization(name=name, kind="government", country=code))
    return added


def _government_names(
    organizations: list[DraftOrganization], tokens: list[Token]
) -> dict[str, str]:
    """Each country's government as this text names it: a government the text names already
    («Правительство США»), else the form after the short name the sentence uses («США»), else
    the full name («Правительство Республики Казахстан»)."""
    names: dict[str, str] = dict(load("referenced")["governments"])
    short: dict[str, str] = load("lexicon")["short_government_names"]
    for token in tokens:
        code = load("lexicon")["country_words"].get(token.text.casefold())
        if code and token.text.casefold() in short:
            names[code] = short[token.text.casefold()]
    for o in organizations:
        if o.kind == "government" and o.country in names and o.name.split()[0] == "Правительство":
            names[o.country] = o.name
    return names


def _signing_countries(tokens: list[Token]) -> list[str]:
    """«Казахстан и Беларусь подписали ...»: the countries, as codes, that alone make up the
    clause before the first signing verb («и» and commas between them)."""
    verb = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.is_verb and t.lemma in words("lexicon", "sign_lemmas")
        ),
        None,
    )
    if verb is None:
        return []
    countries: dict[str, str] = load("lexicon")["country_words"]
    codes: list[str] = []
    heads = words("lexicon", "government_head_words") | words("lexicon", "state_head_words")
    for at, token in reversed(list(enumerate(tokens[: _before_apposition(tokens, verb)]))):
        code = countries.get(token.lemma) or countries.get(token.text.casefold())
        if code is not None and token.text[:1].isupper():
            codes.insert(0, code)
        elif token.text == "," and len(codes) >= 2 and not _country(tokens, at - 1):
            break  # «Кроме того, Россия и Казахстан подписали ...»: the clause begins here
        elif token.text.casefold() != "и" and token.text != ",":
            if token.lemma in heads and len(codes) >= 2:
                # «Главы правительств Беларуси и Казахстана подписали», «Президенты Узбекистана
                # и Казахстана подписали»: heads of governments and of states sign for their
                # countries, so the countries are the sides (the guide lists no person's body
                # for a head of state, but the document still binds the two states)
                break
            # «В Казахстане и России ...» a place, «Министерства Казахстана и России ...» owners
            if token.is_pos("PREP", "NOUN", "ADJF"):
                return []
            break
    return list(dict.fromkeys(codes)) if len(codes) >= 2 else []


def _before_apposition(tokens: list[Token], verb: int) -> int:
    """«Президенты ..., Шавкат Мирзиеев и Касым-Жомарт Токаев, подписали»: where the clause before
    the verb ends once the names set off by commas right before it are left out."""
    if verb < 2 or tokens[verb - 1].text != ",":
        return verb
    for at in range(verb - 2, -1, -1):
        text = tokens[at].text
        if text == ",":
            return at if at < verb - 2 else verb
        if not (text[:1].isupper() and text.replace("-", "").isalpha() or text in ("и", "-")):
            return verb
        if _country(tokens, at):
            return verb
    return verb


def _country(tokens: list[Token], at: int) -> bool:
    countries: dict[str, str] = load("lexicon")["country_words"]
    return (
        at >= 0
        and tokens[at].text[:1].isupper()
        and (tokens[at].lemma in countries or tokens[at].text.casefold() in countries)
    )


def _countries_between(tokens: list[Token]) -> list[str]:
    """«подписано соглашение между Казахстаном и Узбекистаном»: the countries, as codes, listed
    right after «между» (and «и», commas between them)."""
    countries: dict[str, str] = load("lexicon")["country_words"]
    for i, token in enumerate(tokens):
        if token.lemma != "между":
            continue
        codes: list[str] = []
        for k in range(i + 1, len(tokens)):
            if tokens[k].lemma in words("lexicon", "country_form_words"):
                continue  # «между Республикой Узбекистан и Республикой Казахстан»
            if _country(tokens, k):
                codes.append(countries.get(tokens[k].lemma) or countries[tokens[k].text.casefold()])
            elif tokens[k].text.casefold() not in ("и", ","):
                break
        if len(codes) >= 2:
            return list(dict.fromkeys(codes))
    return []


def ratified(mentions: SentenceMentions, nouns: list[int]) -> Agreement | None:
    """«Казахстан ратифицировал соглашение с Россией об ...»: a document one country ratifies
    with another was signed by the two (their governments are its sides, given above); its
    date is the ratification's, not the signing's."""
    tokens = mentions.tokens
    if not nouns or not ratifying_countries(tokens):
        return None
    noun = nouns[0]
    memo = DraftMemorandum(
        title=agreement_title(mentions, noun),
        kind="agreement",
        spans=[Span(tokens[noun].start, tokens[noun].end)],
    )
    headline = mentions.sentence.headline
    return Agreement(memo, False, mentions.index, None, headline, context=mentions.index)


def ratifying_countries(tokens: list[Token]) -> list[str]:
    """«Казахстан ратифицировал соглашение с Россией»: the country right before the verb and
    the one after «с» in its clause, as codes."""
    countries: dict[str, str] = load("lexicon")["country_words"]
    verb = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.is_verb and t.lemma in words("lexicon", "ratified_lemmas")
        ),
        None,
    )
    if verb is None or not _country(tokens, verb - 1):
        return []
    codes = [countries.get(tokens[verb - 1].lemma) or countries[tokens[verb - 1].text.casefold()]]
    for k in range(verb + 1, len(tokens) - 1):
        if tokens[k].text in ",.;:":
            break
        if tokens[k].text.casefold() in ("с", "со") and _country(tokens, k + 1):
            nxt = tokens[k + 1]
            codes.append(countries.get(nxt.lemma) or countries[nxt.text.casefold()])
            break
    return list(dict.fromkeys(codes)) if len(set(codes)) == 2 else []
