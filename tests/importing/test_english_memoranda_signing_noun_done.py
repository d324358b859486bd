"""English memoranda: a signing told as a noun after what it came of ("the talks were followed
by the signing of a protocol", "the visit ended with the signing of a memorandum") is a signing
done: the document is proposed even when its sides are not named; told as still to come, it is
not."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_signing_that_followed_talks_is_a_document() -> None:
    text = (
        "Ministers meet\n\n"
        "ASTANA, 5 March 2025. The two ministers of transport held talks on rail freight.\n\n"
        "The talks were followed by the signing of a protocol on cargo transit tariffs."
    )
    memoranda = english_draft(text).memoranda
    assert len(memoranda) == 1
    assert memoranda[0].title.startswith("Protocol")


def test_signing_to_follow_talks_is_no_document() -> None:
    text = (
        "Ministers meet\n\n"
        "ASTANA, 5 March 2025. The two ministers of transport held talks on rail freight.\n\n"
        "The talks will be followed by the signing of a protocol on cargo transit tariffs."
    )
    assert english_draft(text).memoranda == []
