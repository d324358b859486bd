"""A Russian text may write a company's brand in capitals («группа компаний «STEINHOFFER»»)
and its fuller name as the company writes it («Steinhoffer Group»): one organization, not two.
Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_brand_in_capitals_is_the_fuller_name_it_opens() -> None:
    draft = draft_of(
        "Министр встретился с инвестором\n"
        "Сегодня в Министерстве энергетики Республики Казахстан состоялась встреча министра "
        "Алмаса Сеитова с Генеральным директором группы компаний «STEINHOFFER» Марко Росси. "
        "Итальянская компания Steinhoffer Group специализируется на строительстве солнечных "
        "станций.",
        detected="ru",
    )
    names = [o.name for o in draft.organizations]
    assert "Steinhoffer Group" in names
    assert "STEINHOFFER" not in names
