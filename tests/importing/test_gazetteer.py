"""The database's own names found in a sentence (extract/gazetteer.known_mentions), the one
finder the English rules use for known organizations and people."""

from __future__ import annotations

from dataclasses import dataclass

from kztracker.importing.extract.gazetteer import KnownName, known_mentions
from kztracker.normalize import fold_lookalikes


@dataclass
class _Sentence:
    text: str
    start: int


def _found(sentence: _Sentence, records: list[KnownName], **options: object) -> list[str]:
    return [
        sentence.text[a - sentence.start : b - sentence.start]
        for a, b, _ in known_mentions(sentence, records, **options)  # type: ignore[arg-type]
    ]


def test_long_spellings_match_in_any_case_short_ones_in_their_own() -> None:
    records = [KnownName("Steppe Mining Institute", ("SMI",))]
    sentence = _Sentence("The STEPPE MINING INSTITUTE and SMI met; smi is a word.", 100)
    assert _found(sentence, records) == ["STEPPE MINING INSTITUTE", "SMI"]


def test_offsets_are_the_whole_texts_and_the_record_comes_back() -> None:
    record = KnownName("Lakeside University")
    sentence = _Sentence("Lakeside University hosted guests.", 40)
    assert known_mentions(sentence, [record]) == [(40, 59, record)]


def test_a_spelling_inside_a_longer_word_or_hyphenated_word_is_no_mention() -> None:
    records = [KnownName("Nord", ("KMG",))]
    sentence = _Sentence("Nordlicht and KMG-Engineering and Nord-Ost met.", 0)
    assert _found(sentence, records) == []


def test_people_need_two_words_and_spellings_are_normalized_like_the_text() -> None:
    records = [KnownName("\u0410nna Berg", ("Berg",))]  # a Cyrillic A in the stored name
    sentence = _Sentence("Anna Berg spoke; Berg agreed.", 0)
    assert _found(sentence, records, min_words=2) == []
    assert _found(sentence, records, normalize=fold_lookalikes, min_words=2) == ["Anna Berg"]
