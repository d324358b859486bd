"""A further signer of a Russian document told before: «Соглашение также подписал фонд X» adds
X to that document's sides; «Стороны также подписали соглашение о ...», with «также» before the
noun, is still a further document. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_document_also_signed_by_one_more_body_is_one_document() -> None:
    draft = draft_of(
        "Подписан меморандум о водных ресурсах\n"
        "Меморандум о сотрудничестве подписали Министерство водных ресурсов и ирригации "
        "Республики Казахстан и нидерландская компания Royal HaskoningDHV. Меморандум также "
        "подписал Казахский национальный аграрный исследовательский университет.",
        detected="ru",
    )
    assert len(draft.memoranda) == 1
    parties = draft.memoranda[0].parties
    assert len(parties) == 3
    assert any("аграрный" in p for p in parties)


def test_sides_that_also_sign_a_document_sign_a_further_one() -> None:
    draft = draft_of(
        "Подписаны документы\n"
        "Меморандум о сотрудничестве подписали Министерство водных ресурсов и ирригации "
        "Республики Казахстан и нидерландская компания Royal HaskoningDHV. Стороны также "
        "подписали соглашение о подготовке гидрологов.",
        detected="ru",
    )
    assert len(draft.memoranda) == 2
