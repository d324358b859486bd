"""Two texts of one dialog that say different things in English say different things in Kazakh
and Russian too. The import review read "Байланыстыру" both as the label of the record to link
to and as the Link action chosen beside it; the connection form said a password "is kept" when
it meant "will be kept"."""

from __future__ import annotations

from collections import defaultdict

import pytest

from ui.translation_sources import read_ts, ts_path

# Sources one language rightly says with one word: Kazakh's "Атауы" is a name and a title.
SAME_WORD = {"kk": {frozenset({"Name", "Title"})}}


def _plain(text: str) -> str:
    """Without the & of a shortcut letter or a label's colon: "&Notes:" and "N&otes:" agree."""
    return text.replace("&", "").strip().rstrip(":")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_different_texts_of_one_context_are_translated_differently(language: str) -> None:
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (context, source, _comment), translation in read_ts(ts_path(language)).items():
        if not any(translation.forms):  # plural forms are told apart by their numbers
            sources[(context, _plain(translation.text))].add(_plain(source))
    allowed = SAME_WORD.get(language, set())
    clashes = {
        key: sorted(texts)
        for key, texts in sources.items()
        if len(texts) > 1 and frozenset(texts) not in allowed
    }
    assert not clashes, clashes
