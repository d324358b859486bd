"""py3langid's model is unpacked once, cut down to the languages told apart, into the user's
cache folder and mapped back from there: the same answers as the packed model, older caches
dropped, and a cache folder that cannot be written is no error."""

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
    stale = tmp_path / "kztracker" / "langid-1-2.npz"  # an older version's cache
    stale.parent.mkdir()
    stale.write_bytes(b"old")
    unpacked = _answers()
    kept = list((tmp_path / "kztracker").glob("langid-*"))
    assert len(kept) == 1 and kept[0].is_dir()
    assert {p.suffix for p in kept[0].iterdir()} == {".npy"}
    assert _answers() == unpacked  # now mapped from the cache
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
