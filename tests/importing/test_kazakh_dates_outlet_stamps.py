"""A page stamp led by the site's name, with a short month keeping its dot and a view count
after the clock time («Сайт 14 жел. 2019 09:05 371»), dates the page; the short month with its
dot reads as a date in a sentence too. Lines written for these tests."""

from __future__ import annotations

from kztracker.importing.extract.kazakh.dates import find_dates
from tests.importing.drafting import kazakh_draft


def test_a_stamp_led_by_the_site_name_dates_the_page() -> None:
    draft = kazakh_draft(
        "Екі ел басшылары кездесті\n"
        "Ақпарат 14 жел. 2019 09:05 371\n"
        "Бүгін Ташкентте Қазақстан мен Өзбекстан президенттері кездесті."
    )
    assert draft.document.published_on is not None
    assert draft.document.published_on.isoformat() == "2019-12-14"


def test_a_short_month_with_its_dot_is_a_date() -> None:
    (found,) = find_dates("Құжат 3 ақп. 2021 жылы бекітілді.")
    assert found.date.isoformat() == "2021-02-03"


def test_a_sentence_opening_with_a_word_and_a_date_is_no_stamp() -> None:
    draft = kazakh_draft(
        "Екі ел басшылары кездесті\n"
        "Кеше 14 желтоқсан 2019 жылы Ташкентте Қазақстан мен Өзбекстан президенттері кездесті."
    )
    assert draft.document.published_on is None
