"""A milestone cut from a quotation leaves out the quotation's close and who said it ('The next
forum will be held in Aktau in 2033," the minister said in a statement' is titled by the forum
alone)."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_the_attribution_after_the_quote_leaves_the_title() -> None:
    draft = extract(
        read_text(
            "Ruritania forum\n\n"
            '"Our trade grew fast. The next Ruritania-Kazakhstan forum will be held in Aktau in '
            '2033," the Ruritanian minister said in a statement to the press.\n'
        )
    )
    titles = [m.title for m in draft.milestones if m.date is not None]
    assert titles and not any("said" in t or '"' in t for t in titles)
