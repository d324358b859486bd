"""Kazakh: a time word before a bare title («Мұнан соң облыс әкімі ...») is not part of the title
or of the body it implies."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_time_word_before_a_bare_title_is_not_part_of_it() -> None:
    draft = extract(
        read_text(
            "Елші облыспен танысты\n"
            "Кеше Жапонияның Қазақстан Республикасындағы елшісі Кента Сато облысқа келді. "
            "Мұнан соң облыс әкімі Болат Ерланұлы елшімен кездесті."
        )
    )
    [akim] = [p for p in draft.people if p.name == "Болат Ерланұлы"]
    assert akim.title is not None and not akim.title.casefold().startswith("мұнан")
    assert not any("Мұнан" in o.name for o in draft.organizations)
