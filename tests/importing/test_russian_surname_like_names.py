"""Russian: a body's quoted name that reads as a surname or a verb («СПК "Конаев"») stays the
body's name, and the title before the signer runs through it."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_quoted_surname_like_name_stays_a_body_and_keeps_the_title() -> None:
    draft = extract(
        read_text(
            "Подписан договор о поставках\n"
            'Договор подписал заместитель председателя правления СПК "Конаев" Ерлан Касымов.'
        )
    )
    assert "СПК «Конаев»" in {o.name for o in draft.organizations}
    person = next(p for p in draft.people if p.name == "Ерлан Касымов")
    assert person.title == "заместитель председателя правления СПК «Конаев»"
