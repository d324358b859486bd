"""Where a document stands in a Russian sentence: its noun, its clause, what it is about.

Shared by the agreements and milestones of the relate stage (and by the resolve stage, which
sets aside what a document is about): an agreement noun by its lemma, the clause it heads (a dot
of «им.» or «г.» ends none), the «о ...» phrase naming its subject, «договориться о ...».
"""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.tokens import Token

CLAUSE_END = frozenset(",.;:!?—–()")
_LEX = load("lexicon")
_ABOUT = tuple(_LEX["about_forms"])  # «о»/«об»: what a document is about follows
# «между», «с», «со»: who signs follows, no longer what the document is about
_SIDE_WORDS = (_LEX["between_word"], *_LEX["with_forms"])
# «соглашение о …», «договор с …»: a noun with a subject or sides of its own
_OWN_COMPLEMENT = tuple(_LEX["own_complement_words"])


def agreed_about(tokens: list[Token]) -> Range | None:
    """«Об открытии филиалов договорились президенты»: «договориться о» is an agreement
    reached (with an infinitive, «договорились создать», it is a plan)."""
    verb = next((i for i, t in enumerate(tokens) if t.lemma == _LEX["agreed_lemma"]), None)
    if verb is None or verb + 1 < len(tokens) and tokens[verb + 1].is_pos("INFN"):
        return None
    about = next((i for i, t in enumerate(tokens) if t.text.casefold() in _ABOUT), None)
    if about is None or abs(about - verb) > 12:
        return None
    end = about + 1
    while end < len(tokens) and end != verb and tokens[end].text not in CLAUSE_END:
        end += 1
    return (about, end)


def subject_range(tokens: list[Token], noun: int) -> Range:
    """«соглашение о создании Центра ...», «протокол решения комиссии о создании филиала»,
    «соглашение между X и Y о реализации проектов»: what the document is about, not who signs
    it; it starts at the first «о»/«об» of the document's clause."""
    clause = clause_end(tokens, noun + 1)
    i = next((j for j in range(noun + 1, clause) if tokens[j].text.casefold() in _ABOUT), None)
    if i is None:
        return (0, 0)
    return (i, _phrase_end(tokens, i + 1))


def topic_range(tokens: list[Token], noun: int) -> Range:
    """«меморандум по созданию механизма координации деятельности центра ...»: «по» and an
    action noun right after the document tell what it is about as «о ...» does, so the bodies
    named in it are no sides (data: referenced.json action_noun_endings); (0, 0) when none."""
    at = noun + 1
    if at + 1 >= len(tokens) or tokens[at].text.casefold() != _LEX["purpose_preposition"]:
        return (0, 0)
    head = tokens[at + 1]
    endings = tuple(words("referenced", "action_noun_endings"))
    if not (head.is_pos("NOUN") and "datv" in head.cases("NOUN") and head.lemma.endswith(endings)):
        return (0, 0)
    return (at, _phrase_end(tokens, at + 1))


def _phrase_end(tokens: list[Token], end: int) -> int:
    # «Меморандум о сотрудничестве подписали министры ...»: the verb ends what it is about.
    while (
        end < len(tokens)
        and tokens[end].text not in CLAUSE_END
        and tokens[end].lemma not in _SIDE_WORDS
        and not (tokens[end].is_verb and tokens[end].parses[0].tag.POS == "VERB")
    ):
        end += 1
    return end


def is_agreement(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    lemmas: dict[str, str] = load("lexicon")["agreement_lemmas"]
    if token.lemma not in lemmas or not token.is_pos("NOUN"):
        return False
    if token.lemma in words("referenced", "statement_lemmas"):
        return False  # «подписали декларацию»: a statement of intent, not a memorandum
    if token.lemma in words("lexicon", "agreement_needs_sign"):
        # «подписали документ о ...» is a document signed and described; «документ
        # предусматривает», «подписание документа» speak of one named before.
        described = i + 1 < len(tokens) and tokens[i + 1].text.casefold() in _ABOUT
        signs = words("lexicon", "sign_lemmas")
        # «предыдущего документа, подписанного в 2023 году»: an earlier document, signed
        earlier = earlier_noun(tokens, i) and any(t.lemma in signs for t in tokens[i + 1 : i + 4])
        return earlier or described and any(t.lemma in signs for t in tokens[max(0, i - 2) : i])
    needs: dict[str, list[str]] = load("lexicon")["agreement_needs_modifier"]
    if token.lemma in needs:
        near = {t.lemma for t in tokens[max(0, i - 1) : i + 3]}
        return bool(near & set(needs[token.lemma]))
    # «в рамках соглашения», «согласно договору»: the agreement is context, not the news.
    # «в рамках (подписанных) соглашений», «согласно договору»: context, not news.
    before = {t.lemma for t in tokens[max(0, i - 2) : i]}
    framed = bool(before & words("lexicon", "context_words")) or background(tokens, i)
    return not framed or signed_frame(tokens, i)


def background(tokens: list[Token], i: int) -> bool:
    """A document the story stands on rather than one it reports: the frame of what is told,
    with what describes it between the framing word and the noun («в рамках подписанного ранее
    меморандума», «согласно подписанному в 2019 году соглашению»). One signed on the story's
    day («в рамках подписанного сегодня соглашения») is the story's own, told again; one told
    to be in force («соглашение ... действует с 2008 года») is still a document the annotators
    record."""
    context = words("lexicon", "context_words")
    describing = words("referenced", "describing_words")
    for token in reversed(tokens[max(0, i - 8) : i]):
        if token.lemma in context:
            return True
        if not (
            token.is_pos("PRTF", "ADJF")
            or token.text.isdigit()
            or token.text.casefold() in describing
            or token.lemma in words("lexicon", "time_nouns")
        ):
            return False
    return False


def prepared(tokens: list[Token], noun: int) -> bool:
    """«договорились о подготовке меморандума», «проработать соглашение», «разработке проекта
    соглашения»: a document the sides are to draft or work out is not signed yet (data:
    referenced.json preparation_lemmas; a draft's own words and adjectives may stand between)."""
    drafting = words("referenced", "preparation_lemmas")
    for token in reversed(tokens[max(0, noun - 5) : noun]):
        if token.lemma in drafting:
            return True
        if not (token.is_pos("ADJF") or token.lemma in words("referenced", "draft_words")):
            return False
    return False


def clause_end(tokens: list[Token], start: int) -> int:
    end = start
    while end < len(tokens) and (
        tokens[end].text not in CLAUSE_END or abbreviation_dot(tokens, end)
    ):
        end += 1
    return end


def abbreviation_dot(tokens: list[Token], i: int) -> bool:
    """The dot of «им.», «г.»: not the end of a clause."""
    return (
        tokens[i].text == "."
        and i > 0
        and tokens[i - 1].text.casefold() in words("lexicon", "dotted_abbreviations")
    )


def approved_only(tokens: list[Token], sign: list[int]) -> bool:
    """«Правительство одобрило соглашение между ...»: a government approving a document (a
    draft it has yet to sign) signs nothing in that sentence."""
    return not sign and any(t.lemma in words("lexicon", "approved_only_lemmas") for t in tokens)


def amended_document(tokens: list[Token], noun: int) -> int | None:
    """«протокол о внесении изменений в соглашение между X и Y», «протокол об изменении
    соглашения ...»: the noun of the document this one amends, which this one's sides signed
    (data: referenced.json amending_lemmas); None when it amends none."""
    if noun + 2 >= len(tokens) or tokens[noun + 1].text.casefold() not in _ABOUT:
        return None
    if tokens[noun + 2].lemma not in words("referenced", "amending_lemmas"):
        return None
    lemmas: dict[str, str] = load("lexicon")["agreement_lemmas"]
    for k in range(noun + 3, min(noun + 9, len(tokens))):
        if tokens[k].text in CLAUSE_END:
            return None
        if tokens[k].lemma in lemmas and tokens[k].is_pos("NOUN"):
            return k
    return None


def ratification_object(tokens: list[Token], noun: int) -> bool:
    """«проект ратификации протокола», «планируют ратифицировать соглашение»: a document put
    to ratification was signed; what is planned is the ratification (data: referenced.json
    ratification_lemmas), so the plan does not make the document planned."""
    ratifying = words("referenced", "ratification_lemmas")
    return any(t.lemma in ratifying for t in tokens[max(0, noun - 3) : noun])


def on_behalf(tokens: list[Token], noun: int) -> bool:
    """«Со стороны правительства соглашение подписал министр ...», «С казахстанской стороны
    меморандум подписал ...»: a sentence on whose behalf a document was signed tells of one
    named before when the noun stands bare (no «о ...», «между ...» or «с ...» of its own)."""
    opening = [t.text.casefold() for t in tokens[:3]]
    with_short, with_long = _LEX["with_forms"]
    side = _LEX["behalf_word"]
    behalf = opening[:2] == [with_long, side] or (
        len(opening) == 3 and opening[0] == with_short and opening[2] == side
    )
    after = tokens[noun + 1].text.casefold() if noun + 1 < len(tokens) else ""
    return behalf and after not in _OWN_COMPLEMENT


def restated(tokens: list[Token], noun: int, nouns: list[int]) -> bool:
    """«план мероприятий (дорожной карты) по ...»: a document noun in brackets right after
    another is that document's other name, not a second document."""
    # «(дорожной карты)», «(«Дорожная карта»)»: an adjective or an opening quote may stand
    # between the bracket and the noun
    bracket = next(
        (k for k in (noun - 1, noun - 2, noun - 3) if k > 0 and tokens[k].text == "("), None
    )
    if bracket is None or any(t.is_pos("NOUN") for t in tokens[bracket + 1 : noun]):
        return False
    return any(bracket - 3 <= j < bracket for j in nouns)


def counted(tokens: list[Token], noun: int) -> bool:
    """«подписали 17 соглашений», «ряд меморандумов»: a bundle of documents, none of them
    told apart, is not one memorandum («два меморандума — в сфере X и Y» are told apart)."""
    at = noun - 1
    # «ряд ключевых соглашений», «9 межрегиональных и коммерческих соглашений»
    while at > 0 and (tokens[at].is_pos("ADJF") or tokens[at].text.casefold() in (AND_WORD, ",")):
        at -= 1
    before = tokens[at] if at >= 0 else None
    if before is None:
        return False
    if before.text.isdigit():
        return int(before.text) > 3
    return before.text.casefold() in words("lexicon", "bundle_words")


def describes_document(tokens: list[Token], sign: int) -> bool:
    """«реализации подписанного в мае соглашения»: a full participle before the document it
    qualifies tells that someone signed it once, not that the sentence's subject did; «ими»
    right after it («подписанного ими») names the signers after all."""
    word = tokens[sign]
    after = tokens[sign + 1].text.casefold() if sign + 1 < len(tokens) else ""
    return bool(word.parses) and word.parses[0].tag.POS == "PRTF" and after != _LEX["by_them_word"]


def earlier_noun(tokens: list[Token], noun: int) -> bool:
    """«предыдущего документа», «прежней дорожной карты»: a word for the one before stands
    right before the noun, or before the adjective right before it."""
    earlier = words("referenced", "earlier_modifiers")
    before = tokens[max(0, noun - 2) : noun]
    return any(
        t.lemma in earlier and all(u.is_pos("ADJF") for u in before[k + 1 :])
        for k, t in enumerate(before)
    )


def signed_frame(tokens: list[Token], noun: int) -> bool:
    return frame_sign(tokens, noun) is not None


def frame_sign(tokens: list[Token], noun: int) -> int | None:
    """«в рамках меморандума, подписанного в 2023 году между X и Y», «в рамках договоренностей
    глав государств, достигнутых в 2022 году»: a framing document the text tells was signed,
    with its year or its sides, is a document of its own (the annotators record it), not only
    the frame of the news: the index of the participle that tells it, else None. A participle
    before the noun («согласно подписанному в 2018 году договору») only qualifies the frame."""
    signs = words("lexicon", "sign_lemmas") | {_LEX["reached_lemma"]}
    start = next(
        (
            k
            for k in range(noun + 1, min(noun + 10, len(tokens)))
            if tokens[k].lemma in signs and tokens[k].is_pos("PRTF", "ADJF")
        ),
        None,
    )
    if start is None:
        return None
    told = tokens[noun : clause_end(tokens, start + 1)]
    dated = any(
        t.lemma == _LEX["between_word"] or len(t.text) == 4 and t.text.isdigit() for t in told
    )
    return start if dated else None
