"""Russian documents in the plural whose «с» comes again after each one's subject
(«меморандумы с X о ..., с Y о ... и с Z о ...»): one document per partner. Sentences written
for these tests."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_each_partner_after_its_own_s_signs_a_document_of_its_own() -> None:
    draft = extract(
        read_text(
            "Холдинг подписал меморандумы\n"
            "Холдинг «Байтерек» подписал меморандумы с компанией Siemens о модернизации "
            "подстанций, с компанией Hitachi о поставках турбин и с компанией Alstom о "
            "ремонте локомотивов."
        )
    )
    partners = sorted(p for m in draft.memoranda for p in m.parties if "Байтерек" not in p)
    assert partners == ["Alstom", "Hitachi", "Siemens"]
    assert len(draft.memoranda) == 3


def test_one_document_with_one_partner_takes_no_later_s() -> None:
    draft = extract(
        read_text(
            "Холдинг подписал меморандум\n"
            "Холдинг «Байтерек» подписал меморандум с компанией Siemens о модернизации "
            "подстанций, а также обсудил сотрудничество с компанией Hitachi."
        )
    )
    assert len(draft.memoranda) == 1
    assert "Hitachi" not in draft.memoranda[0].parties
