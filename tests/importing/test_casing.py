"""A title built from the text's words begins with a capital and keeps the rest as written."""

from __future__ import annotations

import pytest

from kztracker.importing.extract.casing import upper_first


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("visit of the KazNU rector", "Visit of the KazNU rector"),
        ("меморандум о сотрудничестве", "Меморандум о сотрудничестве"),
        ("әріптестік туралы келісім", "Әріптестік туралы келісім"),
        ("Already capital", "Already capital"),
        ("", ""),
    ],
)
def test_only_the_first_letter_is_raised(text: str, shown: str) -> None:
    assert upper_first(text) == shown
