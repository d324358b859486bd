"""English organizations: one body written in two Latin spellings of its name is one
organization, and the documents it signs name it once."""

from kztracker.importing.extract import extract
from kztracker.importing.extract.english.spelling_twins import loose_key
from kztracker.importing.read import read_text


def test_two_transliterations_fold_into_the_spelling_written_most() -> None:
    draft = extract(
        read_text(
            "ASTANA, 2 June 2025. Ural Steel and AltynGaz signed a supply memorandum on Monday."
            " The head of AltynGas said the memorandum runs for five years. AltynGas will ship"
            " the first gas in May.\n"
        )
    )
    names = {o.name: o.aliases for o in draft.organizations}
    assert names.get("AltynGas") == ["AltynGaz"]
    assert "AltynGaz" not in names
    assert [m.parties for m in draft.memoranda] == [["Ural Steel", "AltynGas"]]


def test_the_loose_key_makes_the_letter_choices_alike() -> None:
    assert loose_key("Qazaq Temir Zholy") == loose_key("Kazakh Temir Zholy")
    assert loose_key("Samruk-Kazyna") == loose_key("Samruk Qazyna")
    assert loose_key("Zhetysu University") == loose_key("Jetisu University")
    assert loose_key("Altyn Bank") != loose_key("Altyn Fund")


def test_a_surname_written_once_with_a_letter_slipped_is_the_same_person() -> None:
    draft = extract(
        read_text(
            "ASTANA, 2 June 2025. The delegates met Governor of Turgay region Erbol Tazhibekov."
            ' "We welcome the plant," Governor Erbol Tazhibeko said. Erbol Tazhibekov thanked'
            " the guests.\n"
        )
    )
    people = {p.name: p.aliases for p in draft.people}
    assert people == {"Erbol Tazhibekov": ["Erbol Tazhibeko"]}


def test_two_people_with_the_same_given_name_stay_two() -> None:
    draft = extract(
        read_text(
            "ASTANA, 2 June 2025. Rector Askar Zhumabekov met Vice-Rector Askar Nurmaganbetov"
            " at the university.\n"
        )
    )
    assert {p.name for p in draft.people} == {"Askar Zhumabekov", "Askar Nurmaganbetov"}
