"""Russian documents whose sides come in pairs («Карагандинской и Акмолинской, Атырауской и
Актюбинской областями подписаны документы»): one document per pair. Sentences written for these
tests."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_sides_in_pairs_sign_one_document_per_pair() -> None:
    draft = extract(
        read_text(
            "Регионы подписали документы\n"
            "На форуме регионов Карагандинской и Акмолинской, Атырауской и Актюбинской "
            "областями подписаны межрегиональные документы о сотрудничестве."
        )
    )
    pairs = sorted(sorted(m.parties) for m in draft.memoranda if m.parties)
    assert len(pairs) == 2
    assert all(len(pair) == 2 for pair in pairs)
    assert any(
        any("Карагандинск" in p for p in pair) and any("Акмолинск" in p for p in pair)
        for pair in pairs
    )
