"""«Маңғыстау өңірі» and «Маңғыстау облысы»: «өңір» (region) is another word for a region's
«облыс», so the two spellings are one body and one side. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_region_called_by_both_words_is_one_body() -> None:
    draft = kazakh_draft(
        "Павлодар облысы көршілерімен байланысты нығайтады\n"
        "Павлодар өңірі мен Омбы облысы ауыл шаруашылығы саласындағы ынтымақтастық туралы "
        "меморандумға қол қойды."
    )
    names = [o.name for o in draft.organizations]
    assert "Павлодар облысы" in names
    assert "Павлодар өңірі" not in names
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Павлодар облысы", "Омбы облысы"}
