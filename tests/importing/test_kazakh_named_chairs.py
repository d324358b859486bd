"""«ЮНЕСКО кафедрасы»: a university's chair named after a body's acronym is the university's
unit, and the body itself does not act; the acronym acting on its own still names the body.
Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_an_acronym_naming_a_chair_is_no_body() -> None:
    draft = kazakh_draft(
        "Университет жаңалықтары\n"
        "Торайғыров университетінде 2015 жылдан бері ЮНЕСКО кафедрасы экология мамандарын "
        "даярлап келеді."
    )
    assert "ЮНЕСКО" not in {o.name for o in draft.organizations}


def test_the_acronym_acting_names_the_body() -> None:
    draft = kazakh_draft(
        "Университет жаңалықтары\n"
        "ЮНЕСКО Торайғыров университетімен экология саласында меморандумға қол қойды."
    )
    assert "ЮНЕСКО" in {o.name for o in draft.organizations}
