"""An embassy or consulate named by whose it is and where it sits («Қазақстанның Мысырдағы
елшілігі», «... Стамбулдағы бас консулдығы») is an organization of that whole name. Sentences
written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_mission_named_by_country_and_place() -> None:
    draft = kazakh_draft(
        "Мәдениет күндері\n"
        "Қазақстанның Мысырдағы елшілігі Каир университетімен бірге қазақ мәдениеті күндерін "
        "өткізді. Қазақстанның Стамбулдағы бас консулдығы да көрме ұйымдастырды."
    )
    names = [o.name for o in draft.organizations]
    assert "Қазақстанның Мысырдағы елшілігі" in names
    assert "Қазақстанның Стамбулдағы бас консулдығы" in names


def test_a_place_and_a_type_word_alone_still_name_no_one() -> None:
    draft = kazakh_draft("Құрылыс\nАстанадағы зауыт жаңа цех ашты.")
    assert draft.organizations == []
