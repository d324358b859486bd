"""Governments as the sides of a document whose text names only countries.

A country named bare as a signer («Беларусь и Казахстан подписали дорожные карты») or a head of
state who signs («Президенты Узбекистана и Казахстана подписали») gives the document no party:
the guide lists no body for a state or its head. Two wordings do name governments through their
countries: heads of governments who sign («Главы правительств Беларуси и Казахстана подписали»)
sign for their governments, and a document the text calls intergovernmental («межправительственное
соглашение с Россией») binds the two countries' governments (named as the text implies them, with
no alias)."""

from __future__ import annotations

from kztracker.importing.draft import DraftMemorandum, DraftOrganization, Span
from kztracker.importing.extract.russian.agreement_titles import agreement_title
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.tokens import Token

_GOVERNMENT = load("lexicon")["body_names"]["government"]  # «Правительство X»
_WITH = tuple(load("lexicon")["with_forms"])  # «с», «со»
_BETWEEN = load("lexicon")["between_word"]


def country_sides(
    agreements: list[Agreement],
    sentences: list[SentenceMentions],
    organizations: list[DraftOrganization],
) -> list[DraftOrganization]:
    """Give a signed document with fewer than two parties the governments its sentence names
    through their countries (heads of governments who sign, an intergovernmental document);
    return the governments not yet among `organizations`."""
    by_index = {m.index: m for m in sentences}
    known = {o.name for o in organizations}
    added: list[DraftOrganization] = []
    for agreement in agreements:
        memo = agreement.memorandum
        told = agreement.sentence if agreement.context is None else agreement.context
        mentions = by_index.get(told)
        if agreement.planned or len(memo.parties) >= 2 or mentions is None:
            continue
        # «межправительственное соглашение ..., а также меморандум между X и Y»: only the
        # document called intergovernmental is the governments'
        called = _called_intergovernmental(memo, sentences) or (
            agreement.context is not None and _calls_intergovernmental(mentions.tokens)
        )
        sides = _signing_countries(mentions.tokens) or next(
            (
                codes
                for m in [mentions, *_named_in(memo, sentences)]
                if called and (codes := _intergovernmental_countries(m.tokens))
            ),
            [],
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


def _called_intergovernmental(memo: DraftMemorandum, sentences: list[SentenceMentions]) -> bool:
    """The document's title, or a word right before its noun («межправительственную дорожную
    карту»), calls it intergovernmental."""
    marker = load("referenced")["intergovernmental"]
    if marker in memo.title.casefold():
        return True
    for m in _named_in(memo, sentences):
        for span in memo.spans:
            before = [t for t in m.tokens if t.end <= span.start][-3:]
            if any(t.text.casefold().startswith(marker) for t in before):
                return True
    return False


def _calls_intergovernmental(tokens: list[Token]) -> bool:
    """«... подписали ряд межправительственных соглашений:» before a list: the sentence that
    introduces the listed documents calls them intergovernmental."""
    marker = load("referenced")["intergovernmental"]
    return any(t.text.casefold().startswith(marker) for t in tokens)


def _named_in(memo: DraftMemorandum, sentences: list[SentenceMentions]) -> list[SentenceMentions]:
    """The sentences that name the document: one told of twice («Согласно подписанному ...
    соглашению», then «... межправительственного соглашения с Россией») may call it
    intergovernmental only where its title comes from."""
    return [
        m
        for m in sentences
        if any(m.sentence.start <= span.start < m.sentence.end for span in memo.spans)
    ]


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
        if o.kind == "government" and o.country in names and o.name.split()[0] == _GOVERNMENT:
            names[o.country] = o.name
    return names


def _signing_countries(tokens: list[Token]) -> list[str]:
    """«Главы правительств Беларуси и Казахстана подписали ...»: the countries, as codes, whose
    heads of governments sign; none when the countries or their heads of state sign."""
    codes, head = _signers(tokens)
    return codes if head in words("lexicon", "government_head_words") else []


def _signers(tokens: list[Token]) -> tuple[list[str], str | None]:
    """The countries, as codes, that make up the clause before the first signing verb («и» and
    commas between them), with the lemma of the head they depend on («правительство» of «Главы
    правительств Беларуси и Казахстана», «президент»), None when they stand alone («Казахстан и
    Беларусь подписали»); none at all after a place («В Казахстане и России») or as owners
    («Министерства Казахстана и России»)."""
    verb = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.is_verb and t.lemma in words("lexicon", "sign_lemmas")
        ),
        None,
    )
    if verb is None:
        return [], None
    countries: dict[str, str] = load("lexicon")["country_words"]
    codes: list[str] = []
    heads = words("lexicon", "government_head_words") | words("lexicon", "state_head_words")
    head = None
    for at, token in reversed(list(enumerate(tokens[: _before_apposition(tokens, verb)]))):
        code = countries.get(token.lemma) or countries.get(token.text.casefold())
        if code is not None and token.text[:1].isupper():
            codes.insert(0, code)
        elif token.text == "," and len(codes) >= 2 and not _country(tokens, at - 1):
            break  # «Кроме того, Россия и Казахстан подписали ...»: the clause begins here
        elif token.text.casefold() != AND_WORD and token.text != ",":
            if token.lemma in heads and len(codes) >= 2:
                head = token.lemma
                break
            if token.is_pos("PREP", "NOUN", "ADJF"):
                return [], None
            break
    return (list(dict.fromkeys(codes)), head) if len(codes) >= 2 else ([], None)


def _intergovernmental_countries(tokens: list[Token]) -> list[str]:
    """«межправительственное соглашение с Россией», «... между Казахстаном и Узбекистаном»: the
    countries, as codes, of a document the sentence calls intergovernmental; one partner after
    «с» stands with Kazakhstan, the side every text here tells of (data: referenced.json)."""
    marker = load("referenced")["intergovernmental"]
    if not any(t.text.casefold().startswith(marker) for t in tokens):
        return []
    codes = _signers(tokens)[0] or _countries_between(tokens) or ratifying_countries(tokens)
    if codes:
        return codes
    countries: dict[str, str] = load("lexicon")["country_words"]
    home = load("referenced")["home_country"]
    partners = [
        countries.get(tokens[k + 1].lemma) or countries[tokens[k + 1].text.casefold()]
        for k in range(len(tokens) - 1)
        if tokens[k].text.casefold() in _WITH and _country(tokens, k + 1)
    ]
    partners = [code for code in dict.fromkeys(partners) if code != home]
    if not partners:
        # «В ходе визита премьер-министра Венгрии подписано межправительственное соглашение»:
        # the one foreign country the sentence names is the partner
        partners = [
            code
            for code in dict.fromkeys(
                countries.get(t.lemma) or countries.get(t.text.casefold())
                for k, t in enumerate(tokens)
                if _country(tokens, k)
            )
            if code is not None and code != home
        ]
    return [home, partners[0]] if len(partners) == 1 else []


def _before_apposition(tokens: list[Token], verb: int) -> int:
    """«Президенты ..., Шавкат Мирзиеев и Касым-Жомарт Токаев, подписали»: where the clause before
    the verb ends once the names set off by commas right before it are left out."""
    if verb < 2 or tokens[verb - 1].text != ",":
        return verb
    for at in range(verb - 2, -1, -1):
        text = tokens[at].text
        if text == ",":
            return at if at < verb - 2 else verb
        if not (text[:1].isupper() and text.replace("-", "").isalpha() or text in (AND_WORD, "-")):
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
        if token.lemma != _BETWEEN:
            continue
        codes: list[str] = []
        for k in range(i + 1, len(tokens)):
            if tokens[k].lemma in words("lexicon", "country_form_words"):
                continue  # «между Республикой Узбекистан и Республикой Казахстан»
            if _country(tokens, k):
                codes.append(countries.get(tokens[k].lemma) or countries[tokens[k].text.casefold()])
            elif tokens[k].text.casefold() not in (AND_WORD, ","):
                break
        if len(codes) >= 2:
            return list(dict.fromkeys(codes))
    return []


def ratified(mentions: SentenceMentions, nouns: list[int]) -> Agreement | None:
    """«Казахстан ратифицировал соглашение с Россией об ...», «закон о ратификации соглашения»:
    a document ratified was signed (its sides, if any, are given above); its date is the
    ratification's, not the signing's."""
    tokens = mentions.tokens
    ratifying = words("referenced", "ratification_lemmas")
    if not nouns or not any(t.lemma in ratifying for t in tokens[: nouns[0]]):
        return None
    noun = nouns[0]
    memo = DraftMemorandum(
        title=agreement_title(mentions, noun),
        kind="agreement",
        spans=[Span(tokens[noun].start, tokens[noun].end)],
    )
    headline = mentions.sentence.headline
    # a document of its own where a country ratifies it with another; else it may be one told
    # of before («Ратификация соглашения позволит ...»)
    context = mentions.index if ratifying_countries(tokens) else None
    return Agreement(memo, False, mentions.index, None, headline, context=context)


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
        if tokens[k].text.casefold() in _WITH and _country(tokens, k + 1):
            nxt = tokens[k + 1]
            codes.append(countries.get(nxt.lemma) or countries[nxt.text.casefold()])
            break
    return list(dict.fromkeys(codes)) if len(set(codes)) == 2 else []
