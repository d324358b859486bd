"""Kazakh pages: theme chrome («Back to top button», «Басқа жаңалықтар») is no part of the
story, and the particle «да/де» ends a name read back from its type word."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_back_to_top_line_names_no_body() -> None:
    draft = kazakh_draft(
        "Жаңа жоба\n"
        "Павлодар университеті жаңа зертхана ашты.\n\n"
        "Басқа жаңалықтар\n\n"
        "Back to top button"
    )
    assert {o.name for o in draft.organizations} == {"Павлодар университеті"}


def test_the_particle_da_ends_a_name() -> None:
    draft = kazakh_draft(
        "Тәжірибе\nМамандар өткен айда клиникаға келді. Түрікмендер биыл да аурухана "
        "жұмысымен танысты."
    )
    assert not any("аурухана" in o.name for o in draft.organizations)


def test_a_business_format_acronym_is_no_body() -> None:
    draft = kazakh_draft(
        "Іскерлік форум\nФорумда екі елдің кәсіпкерлері B2B форматында келіссөз жүргізді."
    )
    assert draft.organizations == []
