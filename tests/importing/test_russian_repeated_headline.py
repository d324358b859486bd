"""Russian: the headline repeated as the story's first line names the same documents the story
lists, not one more."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_headline_repeated_under_itself_adds_no_document() -> None:
    headline = "Армения и Казахстан подписали дорожные карты в нескольких отраслях"
    draft = draft_of(
        f"{headline}\n"
        " date 2027-03-02 Погода Курсы валют Афиша\n"
        f"    {headline}\n\n"
        "Армения и Казахстан подписали дорожные карты: по сотрудничеству в энергетике; о "
        "туристических обменах на 2027-2028 годы.\n"
    )
    assert [m.title for m in draft.memoranda] == [
        "Дорожная карта по сотрудничеству в энергетике",
        "Дорожная карта о туристических обменах на 2027-2028 годы",
    ]
