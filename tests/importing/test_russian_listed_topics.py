"""Russian: documents in the plural listed by topic a comma apart («соглашения в сфере X, в
области Y, о Z») are one document each, also in a sentence that lists what the signing before
it told of («В их числе ...»)."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_topics_a_comma_apart_after_a_plural_noun_are_one_document_each() -> None:
    draft = draft_of(
        "Итоги визита\n"
        "Министерство энергетики Казахстана и Министерство энергетики Армении подписали "
        "соглашения в сфере атомной энергетики, в области подготовки кадров и обмена опытом, "
        "о создании рабочей группы."
    )
    titles = [m.title for m in draft.memoranda]
    assert titles == [
        "Соглашение в сфере атомной энергетики",
        "Соглашение в области подготовки кадров и обмена опытом",
        "Соглашение о создании рабочей группы",
    ]
    for memo in draft.memoranda:
        assert set(memo.parties) == {
            "Министерство энергетики Казахстана",
            "Министерство энергетики Армении",
        }


def test_a_sentence_listing_the_documents_signed_before_names_one_each() -> None:
    draft = draft_of(
        "Итоги визита\n"
        "В присутствии президентов были подписаны межведомственные документы. В их числе "
        "соглашения в сфере туризма, в области охраны здоровья, лечения и реабилитации, о "
        "создании совместного фонда, а также другие документы."
    )
    titles = [m.title for m in draft.memoranda]
    assert titles == [
        "Соглашение в сфере туризма",
        "Соглашение в области охраны здоровья, лечения и реабилитации",
        "Соглашение о создании совместного фонда",
    ]
    assert all(m.parties == [] for m in draft.memoranda)


def test_one_topic_with_fields_listed_stays_one_document() -> None:
    draft = draft_of(
        "Итоги визита\n"
        "Министерство энергетики Казахстана и Министерство энергетики Армении подписали "
        "соглашения в области образования, науки и культуры."
    )
    assert len(draft.memoranda) == 1
