"""Kazakh: signers named by their titles alone imply the bodies that sign; a city's maslikhat
and a legislative assembly are bodies; «қол қою болды» tells a signing that took place."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_an_akim_and_a_mayor_who_sign_unnamed_imply_the_akimat_and_the_mayoralty() -> None:
    draft = kazakh_draft(
        "Павлодар облысының әкімі мен Новосибирск мэрі ынтымақтастық туралы хаттамаға қол қойды\n"
        "Кездесуде екі өңір арасындағы сауда мәселелері талқыланды. Тараптар білім беру "
        "саласындағы байланыстарды дамытуға уағдаласты."
    )
    names = {o.name for o in draft.organizations}
    assert {"Павлодар облысының әкімдігі", "Новосибирск мэриясы"} <= names
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Павлодар облысының әкімдігі", "Новосибирск мэриясы"}


def test_a_titled_person_is_read_with_the_person_not_as_an_unnamed_signer() -> None:
    draft = kazakh_draft(
        "Жаңалықтар\n"
        "Облыс әкімі Ержан Сейітов кәсіпкерлермен кездесті. Кездесуде жол құрылысы талқыланды."
    )
    assert draft.memoranda == []
    assert not any(o.name.endswith("мэриясы") for o in draft.organizations)


def test_a_title_in_a_sentence_that_signs_nothing_implies_no_side() -> None:
    draft = kazakh_draft(
        "Жаңалықтар\nНовосибирск мэрі қала көшелерін аралап, құрылыс барысымен танысты."
    )
    assert draft.memoranda == []
    assert not any(o.name == "Новосибирск мэриясы" for o in draft.organizations)


def test_a_maslikhat_and_an_assembly_sign_a_memorandum_whose_signing_took_place() -> None:
    draft = kazakh_draft(
        "Қалалар ынтымақтасады\n"
        "Сапардың қорытындысы Шымкент қаласының мәслихаты мен Қазан қаласының заң шығарушы "
        "жиналысы арасындағы ынтымақтастық туралы меморандумға қол қою болды."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Шымкент қаласының мәслихаты",
        "Қазан қаласының заң шығарушы жиналысы",
    }


def test_a_lone_title_beside_a_signing_is_a_guest_not_a_side() -> None:
    draft = kazakh_draft(
        "Жаңа серіктестік\n"
        "Жапония елшісі қатысқан рәсімде Павлодар педагогикалық университеті Новосибирск "
        "мемлекеттік университетімен меморандумға қол қойды."
    )
    assert not any(o.name == "Жапония елшілігі" for o in draft.organizations)
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Павлодар педагогикалық университеті",
        "Новосибирск мемлекеттік университеті",
    }
