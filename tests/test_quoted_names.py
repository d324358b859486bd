"""A name inside a message is quoted the way the user's language quotes (kztracker.i18n.quoted):
«…» in Russian and Kazakh, '…' in English, the same marks whatever the name holds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kztracker import i18n


@pytest.fixture
def speaking() -> Iterator[None]:
    """Switch the core's language inside a test; English again afterwards, whatever happens."""
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "«Kazakh Invest»"), ("kk", "«Kazakh Invest»"), ("en", "'Kazakh Invest'")],
)
def test_a_name_is_quoted_the_way_its_language_quotes(
    language: str, expected: str, speaking: None
) -> None:
    i18n.set_language(language)
    assert i18n.quoted("Kazakh Invest") == expected


@pytest.mark.parametrize("name", ["Kazakhstan's Ministry", 'The "Silk Road" Fund', "C:\\data"])
def test_an_apostrophe_a_double_quote_or_a_backslash_is_shown_as_it_is(
    name: str, speaking: None
) -> None:
    assert i18n.quoted(name) == f"'{name}'"
    i18n.set_language("ru")
    assert i18n.quoted(name) == f"«{name}»"


def test_a_block_in_another_language_quotes_its_way_and_the_earlier_way_after(
    speaking: None,
) -> None:
    with i18n.in_language("kk"):
        assert i18n.quoted("Astana") == "«Astana»"
    assert i18n.quoted("Astana") == "'Astana'"
