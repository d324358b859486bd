"""Extraction on the shared corpus of real announcements stays at or above its recorded floors.

The corpus is third-party text read at test time only; where a checkout does not have it beside
the project, the test says so and skips.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kztracker.importing.corpus_score import SCORED_TYPES, prf
from kztracker.importing.evaluate import corpus_tables

CORPUS = Path(__file__).parents[3] / "shared" / "corpus"
FLOORS = json.loads((Path(__file__).parent / "corpus_floors.json").read_text("utf-8"))
LANGUAGES = sorted(k for k, v in FLOORS.items() if isinstance(v, dict))


@pytest.mark.skipif(not (CORPUS / "splits.json").is_file(), reason=f"no corpus at {CORPUS}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_stays_above_the_floors(language: str) -> None:
    splits = FLOORS[language]
    tables = corpus_tables(CORPUS, splits, [language])
    below = []
    for table in tables:
        assert not table.errors, table.errors
        for kind, floor in splits[table.split].items():
            assert kind in SCORED_TYPES, kind
            f1 = prf(*table.totals[kind])[2]
            if f1 < floor:
                below.append(f"{table.split} {kind}: F1 {f1:.2f} < {floor:.2f}")
    assert not below, below
