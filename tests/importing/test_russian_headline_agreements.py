"""An agreement reached that the Russian headline tells («X и Y договорились о ...») is told
again in the story's first sentences; the story's own «договорились о ...» is read as that
agreement, so a later document on another subject is a second memorandum instead of taking the
headline's in. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_headline_agreement_told_again_in_the_story_is_not_lost() -> None:
    draft = draft_of(
        "Минтранс Казахстана и Минтранс Грузии договорились о создании логистического центра\n"
        "Министерство транспорта Казахстана и Министерство транспорта Грузии договорились о "
        "создании логистического центра в порту Поти. Кроме того, стороны подписали соглашение "
        "о подготовке морских специалистов.",
        detected="ru",
    )
    titles = sorted(m.title for m in draft.memoranda)
    assert len(titles) == 2
    assert any("логистического" in t for t in titles)
    assert any("специалистов" in t for t in titles)
