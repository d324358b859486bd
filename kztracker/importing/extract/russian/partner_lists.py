"""Documents whose partners are listed apart: in the next sentence, or as a cooperation's frame.

«В рамках подписанных соглашений университет сотрудничает с вузами Турции. Среди них
Стамбульский, Анкарский и Эгейский университеты.»: «в рамках соглашений» is context when it
refers to one document told before, but documents in the plural said to be signed, whose partners
the same clause («с X, Y и Z») or the next sentence («Среди них ...») names, are signed documents:
one per partner, with the side that cooperates. So are documents in the plural signed «с тремя
вузами», the next sentence listing them («Среди них ...»).
"""

from __future__ import annotations

from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.russian.clauses import clause_end
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.normalize import lemma
from kztracker.importing.extract.russian.parties import paired_sides, partner_after, unique
from kztracker.importing.extract.russian.tokens import Token


def framed_documents(
    sentences: list[SentenceMentions],
    index: int,
    organizations: dict[int, list[tuple[Range, str]]],
    home: str | None,
) -> list[DraftMemorandum]:
    """The documents a «в рамках подписанных соглашений» sentence states, one per partner."""
    mentions = sentences[index]
    tokens = mentions.tokens
    noun = next((i for i in range(len(tokens)) if _framed(tokens, i)), None)
    if noun is None:
        return []
    orgs = organizations.get(index, [])
    partners = partner_after(tokens, noun, orgs)
    partners = partners or listed_next(sentences, index, organizations)
    end = clause_end(tokens, noun + 1)
    # who cooperates: a body named in the clause before the partners, else the story's own side
    side = [name for (a, _b), name in orgs if a < end and name not in partners][:1]
    if not side and home and home not in partners:
        side = [home]
    kind = load("lexicon")["agreement_lemmas"][tokens[noun].lemma]
    return [
        DraftMemorandum(
            title=_title(tokens[noun].lemma),
            kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
            parties=side + [partner],
            spans=[Span(tokens[noun].start, tokens[min(noun + 3, len(tokens) - 1)].end)],
        )
        for partner in partners
    ]


def listed_next(
    sentences: list[SentenceMentions],
    index: int,
    organizations: dict[int, list[tuple[Range, str]]],
) -> list[str]:
    """The organizations of the next sentence when it lists what this one counted
    («... подписал меморандумы с тремя вузами. Среди них X, Y и Z.»)."""
    if index + 1 < len(sentences) and _lists_them(sentences[index + 1].tokens):
        return unique([name for _span, name in organizations.get(sentences[index + 1].index, [])])
    return []


def _framed(tokens: list[Token], i: int) -> bool:
    """An agreement noun in the plural after a context word and a signing participle
    («в рамках подписанных соглашений», «на основе заключенных договоров»)."""
    token = tokens[i]
    if token.lemma not in load("lexicon")["agreement_lemmas"] or not token.is_pos("NOUN"):
        return False
    if not any(p.tag.number == "plur" for p in token.parses[:1]):
        return False
    before = tokens[max(0, i - 3) : i]
    return any(t.lemma in words("lexicon", "context_words") for t in before) and any(
        t.lemma in words("lexicon", "sign_lemmas")
        or t.participle_lemma in words("lexicon", "sign_lemmas")
        for t in before
    )


def _lists_them(tokens: list[Token]) -> bool:
    """«Среди них ...», «В их числе ...»: the sentence lists what the one before counted."""
    opening = " ".join(t.text.casefold() for t in tokens[:3])
    return any(opening.startswith(cue) for cue in words("lexicon", "list_openers"))


def _title(noun_lemma: str) -> str:
    return load("events")["cooperation_title"].format(
        noun=f"{noun_lemma[:1].upper()}{noun_lemma[1:]}"
    )


def paired_documents(
    mentions: SentenceMentions, orgs: list[tuple[Range, str]], sign: list[int]
) -> list[DraftMemorandum]:
    """«Павлодарской и Омской, Мангистауской и Астраханской областями подписаны документы»:
    documents in the plural after a signing word, their sides in pairs, are one per pair."""
    tokens = mentions.tokens
    lemmas = load("lexicon")["agreement_lemmas"]
    noun = next(
        (
            i
            for i in range(min(sign, default=len(tokens)) + 1, len(tokens))
            if tokens[i].lemma in lemmas and tokens[i].is_pos("NOUN")
        ),
        None,
    )
    if noun is None:
        return []
    pairs = paired_sides(tokens, noun, orgs)
    if any(_bare_region(name) for pair in pairs for name in pair):
        return []  # a region named bare is not yet the body that signs for it
    kind = lemmas[tokens[noun].lemma]
    return [
        DraftMemorandum(
            title=f"{_title(tokens[noun].lemma)} ({', '.join(pair)})",
            kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
            parties=pair,
            spans=[Span(tokens[noun].start, tokens[noun].end)],
        )
        for pair in pairs
    ]


def _bare_region(name: str) -> bool:
    """«Омская область»: a region's own name, not its akimat or government."""
    first, *_rest, last = name.split() if len(name.split()) > 1 else ["", name]
    return lemma(last.casefold()) in words("regions", "region_nouns") and lemma(
        first.casefold()
    ) not in words("referenced", "regional_body_words")
