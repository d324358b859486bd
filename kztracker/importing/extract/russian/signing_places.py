"""Places that sign: a region or a republic within a state named as a side of a signing.

«Алматинская область и правительство провинции ... подписали»: natasha tags the region as a
place, yet it is a side of the document. A region or a republic («Республика Татарстан») in the
nominative, opening the sentence or joined by «и» or a comma to another side, before a signing
verb, is moved to the organizations; resolve names a Kazakh region by its akimat (data:
regions.json). A country («Республика Казахстан») stays a place: its government signs.
"""

from __future__ import annotations

from dataclasses import replace

from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.normalize import lemma
from kztracker.importing.extract.russian.tokens import Token

Range = tuple[int, int]


def promote_signing_places(
    tokens: list[Token], places: list[Range], organizations: list[Range]
) -> tuple[list[Range], list[Range]]:
    """(places, organizations) with the places that sign moved to the organizations."""
    signs = [
        i for i, t in enumerate(tokens) if t.is_verb and t.lemma in words("lexicon", "sign_lemmas")
    ]
    kept: list[Range] = []
    moved: list[Range] = []
    for span in places:
        head = _subnational_head(tokens, span)
        if (
            head is None
            or not any(i >= span[1] for i in signs)
            or not _joined_side(tokens, span)
            or not _nominative_singular(tokens[head])
            or any(a < span[1] and span[0] < b for a, b in organizations)
        ):
            kept.append(span)
        else:
            moved.append(span)
    return kept, sorted(organizations + moved)


def region_body(name: str) -> str:
    """A Kazakh region's name in the nominative → its akimat; any other name as it is."""
    akimats: dict[str, str] = load("regions")["region_akimats"]
    return akimats.get(name, name)


def regions_as_bodies(found: list[OrganizationMention]) -> list[OrganizationMention]:
    """«Вологодская область и Казахстан подписали ...» over a story where «Правительство
    Вологодской области» signs: a region that acts is the body the text names for it, not a
    second organization."""
    bodies: dict[tuple[str, ...], str] = {}
    for mention in found:
        first, _space, rest = mention.name.partition(" ")
        if rest and lemma(first.casefold()) in words("regions", "region_body_heads"):
            bodies.setdefault(_lemmas(rest), mention.name)
    renamed = []
    for mention in found:
        parts = mention.name.split()
        body = bodies.get(_lemmas(mention.name))
        if (
            body
            and len(parts) >= 2
            and lemma(parts[-1].casefold()) in words("regions", "region_nouns")
        ):
            mention = replace(mention, name=body, short_name=None, aliases=[])
        renamed.append(mention)
    return renamed


def _lemmas(name: str) -> tuple[str, ...]:
    return tuple(lemma(w.casefold()) for w in name.split())


def _subnational_head(tokens: list[Token], span: Range) -> int | None:
    """The type noun of «<adjective> область» or «Республика <Name>» (not a country's)."""
    phrase = tokens[span[0] : span[1]]
    if (
        len(phrase) >= 2
        and phrase[-1].lemma in words("regions", "region_nouns")
        and all(t.is_pos("ADJF") for t in phrase[:-1])
    ):
        return span[1] - 1
    if (
        len(phrase) == 2
        and phrase[0].lemma in words("regions", "republic_nouns")
        and (phrase[1].capitalized and phrase[1].lemma not in load("lexicon")["country_words"])
    ):
        return span[0]
    return None


def _nominative_singular(token: Token) -> bool:
    """«область», not «Павлодарская и Омская области» (a list sharing a plural head)."""
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
        for p in token.parses
    )


def _joined_side(tokens: list[Token], span: Range) -> bool:
    """Opening its sentence, or joined to another side by «и» or a comma."""
    before = tokens[span[0] - 1].text if span[0] > 0 else ""
    after = tokens[span[1]].text if span[1] < len(tokens) else ""
    return span[0] == 0 or before in (AND_WORD, ",") or after == AND_WORD
