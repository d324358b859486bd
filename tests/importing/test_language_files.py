"""The language data files: a pattern's word-list slots are filled by name, once; a word list
becomes an alternation one way."""

import re

from kztracker.importing.extract.language_files import fill_slots, one_of


def test_each_named_slot_is_filled_and_quantifiers_and_unknown_slots_stay() -> None:
    template = r"\b(?:{verbs})\s+(?:\w+\s+){0,3}?with\s+{partner}{later}"
    filled = fill_slots(template, verbs="signed|concluded", partner=r"(?P<p>[A-Z]\w+)")
    assert filled == r"\b(?:signed|concluded)\s+(?:\w+\s+){0,3}?with\s+(?P<p>[A-Z]\w+){later}"
    found = re.search(fill_slots(filled, later=""), "they signed a deal with Acme")
    assert found is not None and found.group("p") == "Acme"


def test_a_part_is_not_read_again_for_slots() -> None:
    assert fill_slots("{a} {b}", a="{b}", b="x") == "{b} x"


def test_one_of_joins_the_words_as_an_alternation() -> None:
    pattern = re.compile(rf"\b(?:{one_of(['memorandum', 'memorandum of understanding'])})\b")
    assert pattern.search("a memorandum of understanding").group() == "memorandum"


def test_one_of_tries_longer_words_first_when_asked() -> None:
    words = ["memorandum", "memorandum of understanding"]
    pattern = re.compile(rf"\b(?:{one_of(words, longest_first=True)})\b")
    assert pattern.search("a memorandum of understanding").group() == "memorandum of understanding"


def test_one_of_literal_escapes_and_lets_spaces_stretch() -> None:
    pattern = re.compile(one_of(["Trend (Baku)", "Kazinform"], literal=True))
    assert pattern.search("said Trend  (Baku) today").group() == "Trend  (Baku)"
    assert pattern.search("Trend Baku") is None
