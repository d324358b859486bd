"""Russian: the rankings a university story cites are no organizations that act."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_names_listed_right_after_the_word_ranking_are_rankings() -> None:
    draft = draft_of(
        "Вузы подписали меморандум\n"
        "В Астане Евразийский национальный университет имени Л.Н. Гумилева подписал меморандум "
        "с Томским политехническим университетом. Оба вуза входят в топ-500 рейтингов "
        "Times Higher Education (THE) и Academic Ranking of World Universities."
    )
    names = {o.name for o in draft.organizations}
    assert not any("Times Higher" in n or "Academic Ranking" in n for n in names)
    assert "Томский политехнический университет" in names


def test_a_ranking_that_acts_elsewhere_in_the_story_is_kept() -> None:
    draft = draft_of(
        "Новости\n"
        "По данным рейтинга Times Higher Education, вуз вошел в топ-500. Кроме того, "
        "Times Higher Education провела в Астане форум с Евразийским национальным университетом."
    )
    names = {o.name for o in draft.organizations}
    assert "Times Higher Education" in names
