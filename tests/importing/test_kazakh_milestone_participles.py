"""A Kazakh event told by a past participle before its noun («2011 жылы ашылған бұл орталық»)
is titled by that noun, not a bare «құру», and an event of an earlier year than the page's is
done whatever tense the sentence's last verb has."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _milestones(body: str) -> list[tuple[str, PartialDate | None, str]]:
    draft = extract(read_text("Серіктес туралы\n12.03.2025 11:20\n" + body))
    return [(m.title, m.date, m.status) for m in draft.milestones]


def test_a_participles_noun_names_the_founding() -> None:
    found = _milestones("2009 жылы құрылған бұл компания жел турбиналарын жасайды.")
    assert [t for t, d, _s in found if d == PartialDate(2009)] == ["Компания құру"]


def test_a_founding_of_an_earlier_year_is_done() -> None:
    found = _milestones("2009 жылы құрылған бұл компания жел турбиналарын жасайды.")
    assert [s for _t, d, s in found if d == PartialDate(2009)] == ["done"]
