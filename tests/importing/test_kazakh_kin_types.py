"""«Үнді клиникасының директоры» after «... ауруханасынан мамандар келді»: a story names one
hospital by its type word and then as «the clinic»; the generic mention stands for that one
hospital, not for a body of its own. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_clinic_told_after_a_hospital_is_that_hospital() -> None:
    draft = kazakh_draft(
        "Дәрігерлер тәжірибе алмасты\n"
        "Павлодар медициналық орталығына Үндістанның Ченнай қаласындағы жүрек ауруханасынан "
        "дәрігерлер келді. Үнді клиникасының директоры Р. Кумар бастаған мамандар операция "
        "бөлімін аралады."
    )
    names = {o.name for o in draft.organizations}
    assert "Үнді клиникасы" not in names
    (person,) = draft.people
    assert person.organization is not None
    assert person.organization.endswith("жүрек ауруханасы")
