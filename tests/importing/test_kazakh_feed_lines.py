"""Kazakh pages: a feed of other stories, each headline over its clock time, is no part of
the story."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_feed_of_timed_headlines_signs_nothing() -> None:
    draft = kazakh_draft(
        "Жетісу университеті Гданьск университетімен келісім жасады\n\n"
        "Жетісу университеті Гданьск университетімен ғылыми ынтымақтастық туралы келісімге "
        "қол қойды. Құжат зертханаларды бірге пайдалануды көздейді.\n\n"
        "Атырау университеті Бақу университетімен меморандумға қол қойды\n"
        "14:20\n"
        "Көкшетауда жаңа саябақ ашылды\n"
        "13:05\n"
        "Семейде өрт сөндірілді\n"
        "12:40\n"
    )
    assert [m.parties for m in draft.memoranda] == [["Жетісу университеті", "Гданьск университеті"]]


def test_a_lone_time_under_the_headline_keeps_the_headline() -> None:
    draft = kazakh_draft(
        "Жетісу университеті Гданьск университетімен келісімге қол қойды\n"
        "09:15\n"
        "Құжат зертханаларды бірге пайдалануды көздейді.\n"
    )
    assert [m.parties for m in draft.memoranda] == [["Жетісу университеті", "Гданьск университеті"]]
