"""natasha's news NER model (navec embeddings + slovnet tagger): ORG, PER and LOC spans.

Only the NER model is used. natasha's package __init__ imports its morphology and normalizer
(pymorphy2, pkg_resources), so the model files are located through the package's search path
without executing it, and loaded by navec and slovnet directly. Loading takes about a second, so
it happens once per process, on first need, or early through `preload()` from a background thread.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

_EMBEDDING = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
_MODEL = "data/model/slovnet_ner_news_v1.tar"


@dataclass(frozen=True)
class Entity:
    start: int  # offsets into the text that was tagged
    end: int
    kind: str  # "ORG", "PER" or "LOC"


def _natasha_dir() -> Path:
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("natasha", name="natasha")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _tagger() -> Any:
    from navec import Navec
    from slovnet import NER

    base = _natasha_dir()
    embedding = Navec.load(str(base / _EMBEDDING))
    tagger = NER.load(str(base / _MODEL))
    tagger.navec(embedding)
    return tagger


def preload() -> None:
    """Load the model now (from a background thread) so the first import does not wait for it."""
    _tagger()


def entities(texts: list[str]) -> list[list[Entity]]:
    """The named entities of each text, in the order given; one model pass per batch."""
    if not texts:
        return []
    tagger = _tagger()
    result: list[list[Entity]] = []
    for markup in tagger.map(texts):
        result.append([Entity(s.start, s.stop, s.type) for s in markup.spans])
    return result
