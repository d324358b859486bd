"""Kazakh organizations: an acronym said alone is the body whose name it heads."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_an_acronym_after_a_named_after_phrase_is_that_body() -> None:
    draft = kazakh_draft(
        "Ректорлар кездесті\n"
        "Бішкекте Ш. Уәлиханов атындағы КӨТУ университетінің ректоры Арман Сейітов "
        "баяндама жасады. Қонақтар КӨТУ зертханаларымен танысты."
    )
    (organization,) = draft.organizations
    assert organization.name.startswith("Ш. Уәлиханов атындағы КӨТУ")


def test_an_acronym_before_other_words_is_another_body() -> None:
    draft = kazakh_draft(
        "Жаңа жоба\n"
        "БҰҰ Даму бағдарламасы аудандағы су жобасын қаржыландырады. "
        "БҰҰ өкілі Анна Смит жобаны таныстырды."
    )
    names = {o.name for o in draft.organizations}
    assert {"БҰҰ Даму бағдарламасы", "БҰҰ"} <= names
