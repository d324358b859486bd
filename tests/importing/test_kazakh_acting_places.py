"""A place named on its own in the story stands for the body its head's title implies: a region
that hosts, trades or signs is the region, not an akimat the text never writes; a place named
only as a venue («облысында») leaves the implied akimat as it was. Sentences written for these
tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_region_acting_by_its_own_name_is_the_side() -> None:
    draft = kazakh_draft(
        "Өңірлер арасында хаттама\n"
        "Павлодар облысының әкімі Асайын Байханов пен Омбы мэрі Сергей Шелест ынтымақтастық "
        "туралы хаттамаға қол қойды. Павлодар облысы өткен жылы Омбыға көмір мен астық "
        "жөнелтті."
    )
    names = {o.name for o in draft.organizations}
    assert "Павлодар облысы" in names
    assert "Павлодар облысының әкімдігі" not in names
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Павлодар облысы", "Омбы"}
    heads = {p.name: p.organization for p in draft.people}
    assert heads["Асайын Байханов"] == "Павлодар облысы"


def test_a_region_only_hosting_an_event_keeps_its_akimat() -> None:
    draft = kazakh_draft(
        "Инвесторлар келді\n"
        "Павлодар облысында өткен форумда облыс әкімі Асайын Байханов неміс "
        "инвесторларымен кездесті."
    )
    (person,) = draft.people
    assert person.organization == "Павлодар облысының әкімдігі"


def test_a_foreign_region_has_no_akimat() -> None:
    draft = kazakh_draft(
        "Көршілермен кездесу\n"
        "Ақтау қаласында Маңғыстау облысының әкімі Нұрлан Ноғаев Наманган облысының әкімі "
        "Шавкат Абдураззаковпен кездесті."
    )
    heads = {p.name: p.organization for p in draft.people}
    assert heads["Шавкат Абдураззаков"] == "Наманган облысы"
    assert heads["Нұрлан Ноғаев"] == "Маңғыстау облысының әкімдігі"


def test_a_region_only_owning_something_keeps_its_akimat() -> None:
    draft = kazakh_draft(
        "Инвесторлар келді\n"
        "Павлодар облысының әкімі Асайын Байханов Павлодар облысының кәсіпорындарын неміс "
        "инвесторларына таныстырды."
    )
    (person,) = draft.people
    assert person.organization == "Павлодар облысының әкімдігі"
