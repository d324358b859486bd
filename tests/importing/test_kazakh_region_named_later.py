"""«Облыс әкімі X ...» before the story names its region: the one Kazakh region the text names
later, or names only by the word for its people («атыраулық делегация»), is the akim's, so the
region's akimat acts; two regions named later leave it open. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_the_one_region_named_after_its_head() -> None:
    draft = kazakh_draft(
        "Инвестиция\n"
        "Облыс әкімі Нұрлан Оспанов жапон делегациясымен кездесті. Әкім жапон "
        "инвесторларының Маңғыстау облысындағы жобаларға қызығушылығын жоғары бағалады."
    )
    (person,) = draft.people
    assert person.organization == "Маңғыстау облысының әкімдігі"
    assert "Маңғыстау облысының әкімдігі" in [o.name for o in draft.organizations]


def test_two_regions_named_after_the_head_imply_neither() -> None:
    draft = kazakh_draft(
        "Инвестиция\n"
        "Облыс әкімі Нұрлан Оспанов жапон делегациясымен кездесті. Қонақтар Маңғыстау "
        "облысына, содан кейін Атырау облысына барады."
    )
    (person,) = draft.people
    assert person.organization is None


def test_the_region_told_by_its_people() -> None:
    draft = kazakh_draft(
        "Инвестиция\n"
        "Облыс әкімі Нұрлан Оспанов бастаған атыраулық делегация Сеулде үш компаниямен "
        "кездесті."
    )
    (person,) = draft.people
    assert person.organization == "Атырау облысының әкімдігі"
