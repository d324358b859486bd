import pytest

from kztracker.dates import PartialDate
from kztracker.normalize import clean_name, mixes_scripts, name_key


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("An\u0430r Turmukhambetova", "Anar Turmukhambetova"),
        ("Ministry  of\tHealth", "ministry of health"),
        ("ＮＶＩＤＩＡ", "NVIDIA"),
        ("Назарбаев Университет", "назарбаев университет"),
        ("Н\u0061зарбаев", "Назарбаев"),  # a Latin "a" hidden in a Cyrillic word
    ],
)
def test_spellings_that_share_a_key(left: str, right: str) -> None:
    assert name_key(left) == name_key(right)


def test_cleaned_names_never_mix_scripts() -> None:
    assert mixes_scripts("An\u0430r")
    assert not mixes_scripts(clean_name("An\u0430r"))


@pytest.mark.parametrize(
    ("text", "precision"), [("2026", "year"), ("2024-10", "month"), ("2024-10-17", "day")]
)
def test_partial_dates_keep_their_precision(text: str, precision: str) -> None:
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.isoformat() == text


@pytest.mark.parametrize("text", ["2024-13", "2023-02-29", "17.10.2024", "", "2024-1"])
def test_invalid_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_partial_dates_order_like_the_calendar() -> None:
    assert PartialDate(2024) < PartialDate(2024, 10) < PartialDate(2024, 10, 17) < PartialDate(2025)


def test_lookalike_letters_fold_to_the_script_that_dominates_each_word() -> None:
    from kztracker.normalize import fold_lookalikes

    # "Anаr" with a Cyrillic а; «Аcтана» with a Latin c; the words around stay as written.
    assert fold_lookalikes("Dr Anаr  met «Аcтана»\nofficials") == "Dr Anar  met «Астана»\nofficials"
    assert fold_lookalikes("Қазақстан and Kazakhstan") == "Қазақстан and Kazakhstan"
