"""py3langid's model is unpacked once into the user's cache folder and read back from there:
the same answers as the packed model, and a cache folder that cannot be written is no error."""

from __future__ import annotations

from pathlib import Path

import pytest

from kztracker.importing import language

TEXTS = [
    "The ministry and the university agreed on a joint laboratory for water research.",
    "Министерство и университет договорились о совместной лаборатории водных исследований.",
    "Министрлік пен университет су зерттеулерінің бірлескен зертханасы туралы келісті.",
    "Das Ministerium und die Universität vereinbarten ein gemeinsames Labor.",
]


def _answers() -> list[object]:
    language._identifier.cache_clear()
    identifier = language._identifier()
    return [identifier.classify(text) for text in TEXTS]


def test_the_unpacked_model_is_kept_and_gives_the_same_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    unpacked = _answers()
    kept = list((tmp_path / "kztracker").glob("langid-*.npz"))
    assert len(kept) == 1
    assert not list((tmp_path / "kztracker").glob("*.partial*"))
    assert _answers() == unpacked  # now read from the cache
    assert [answer[0] for answer in unpacked] == ["en", "ru", "kk", "de"]  # type: ignore[index]
    language._identifier.cache_clear()


def test_a_cache_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert [answer[0] for answer in _answers()] == ["en", "ru", "kk", "de"]  # type: ignore[index]
    language._identifier.cache_clear()
