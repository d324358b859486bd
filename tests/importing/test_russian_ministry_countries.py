"""Russian ministries of two countries with one portfolio stay two: the country written in full
(«Российской Федерации») is the ministry's country, so matching never folds one into the other."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text
from kztracker.importing.repeats import merge_organizations


def test_a_country_written_in_full_is_the_ministrys_country() -> None:
    draft = extract(
        read_text(
            "Министерства транспорта договорились\n"
            "Министерство транспорта Российской Федерации и Министерство транспорта Республики "
            "Казахстан подписали протокол о пунктах пропуска."
        )
    )
    countries = {o.name: o.country for o in draft.organizations}
    assert countries["Министерство транспорта Российской Федерации"] == "Russia"
    assert countries["Министерство транспорта Республики Казахстан"] == "Kazakhstan"
    assert len(merge_organizations(list(draft.organizations))) == 2
