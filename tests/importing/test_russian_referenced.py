"""Russian documents a signed document carries out: «дорожная карта по реализации соглашения
о ...» tells that agreement exists (an entry of its own, of the same sides, or of the two
governments when it is intergovernmental). Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _entries(draft: Draft) -> list[tuple[str, str, frozenset[str]]]:
    return sorted((m.kind, m.title, frozenset(m.parties)) for m in draft.memoranda)


def test_a_roadmap_carrying_out_an_agreement_makes_the_agreement_an_entry() -> None:
    draft = draft_of(
        "Университеты утвердили дорожную карту\n"
        "Евразийский национальный университет и Новосибирский государственный университет "
        "подписали дорожную карту по реализации соглашения о научном сотрудничестве."
    )
    sides = frozenset(
        {"Евразийский национальный университет", "Новосибирский государственный университет"}
    )
    assert [(kind, parties) for kind, _title, parties in _entries(draft)] == [
        ("agreement", sides),
        ("roadmap", sides),
    ]
    assert "Соглашение о научном сотрудничестве" in {m.title for m in draft.memoranda}


def test_an_intergovernmental_agreement_is_the_governments() -> None:
    draft = draft_of(
        "Подписан документ о гранте\n"
        "Министерство энергетики Республики Казахстан и Посольство Кореи в Казахстане "
        "подписали протокол об исполнении межправительственного соглашения о гранте на "
        "строительство солнечной станции."
    )
    governments = {"Правительство Республики Казахстан", "Правительство Республики Корея"}
    assert governments in [set(m.parties) for m in draft.memoranda]
    assert governments <= {o.name for o in draft.organizations}
    assert len(draft.memoranda) == 2


def test_a_programme_carried_out_is_no_document() -> None:
    draft = draft_of(
        "Меморандум о подготовке кадров\n"
        "Карагандинский технический университет и компания «Казахмыс» подписали меморандум "
        "о реализации программы подготовки горных инженеров."
    )
    assert len(draft.memoranda) == 1


def test_documents_in_the_plural_with_partners_said_with_brackets_and_again_with_s() -> None:
    draft = draft_of(
        "Университет подписал меморандумы\n"
        "Евразийский национальный университет подписал меморандумы с Белградским "
        "университетом (Сербия) и с Пражским техническим университетом (Чехия)."
    )
    assert sorted(sorted(m.parties) for m in draft.memoranda) == [
        ["Белградский университет", "Евразийский национальный университет"],
        ["Евразийский национальный университет", "Пражский технический университет"],
    ]
