"""A Russian body that told the news is no side of the document: «..., сообщили журналистам в
понедельник в министерстве X» names where the words came from, even with other words between the
verb and «в», and «Обе стороны подписали ...» in the next sentence means the bodies that act, not
the source. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def _parties(text: str) -> list[str]:
    draft = draft_of(text, detected="ru")
    assert len(draft.memoranda) == 1
    return draft.memoranda[0].parties


def test_the_source_of_the_news_in_the_sentence_before_is_no_side() -> None:
    parties = _parties(
        "Вузы договорились о сотрудничестве\n"
        "Университет «Туран» и Уральский федеральный университет откроют совместную "
        "магистратуру, сообщили журналистам во вторник в Министерстве науки и высшего "
        "образования Республики Казахстан. Обе стороны подписали меморандум о сотрудничестве "
        "в сфере подготовки инженеров."
    )
    assert not any("министерств" in p.casefold() for p in parties)
    assert len(parties) == 2


def test_a_source_right_after_the_verb_in_the_sentence_before_is_no_side() -> None:
    parties = _parties(
        "Вузы будут сотрудничать\n"
        "Университет «Туран» и Уральский федеральный университет будут готовить инженеров "
        "вместе, рассказали в Министерстве науки и высшего образования Республики Казахстан. "
        "Стороны подписали меморандум о сотрудничестве."
    )
    assert not any("министерств" in p.casefold() for p in parties)
    assert len(parties) == 2
