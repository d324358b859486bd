"""The language data files: a pattern's word-list slots are filled by name, once."""

import re

from kztracker.importing.extract.language_files import fill_slots


def test_each_named_slot_is_filled_and_quantifiers_and_unknown_slots_stay() -> None:
    template = r"\b(?:{verbs})\s+(?:\w+\s+){0,3}?with\s+{partner}{later}"
    filled = fill_slots(template, verbs="signed|concluded", partner=r"(?P<p>[A-Z]\w+)")
    assert filled == r"\b(?:signed|concluded)\s+(?:\w+\s+){0,3}?with\s+(?P<p>[A-Z]\w+){later}"
    found = re.search(fill_slots(filled, later=""), "they signed a deal with Acme")
    assert found is not None and found.group("p") == "Acme"


def test_a_part_is_not_read_again_for_slots() -> None:
    assert fill_slots("{a} {b}", a="{b}", b="x") == "{b} x"
