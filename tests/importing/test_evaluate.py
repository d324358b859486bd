"""The evaluation command: scoring rules, and the quality the labelled corpus holds us to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.importing.corpus_score import score_prediction
from kztracker.importing.draft import (
    Document,
    Draft,
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
)
from kztracker.importing.evaluate import evaluate, find_pairs, main, score_draft
from kztracker.importing.extract import known_names_from_session

ANNOUNCEMENTS = Path(__file__).parent.parent / "announcements"
SEED_TEXTS = Path(__file__).parents[3] / "shared" / "seeds"
TARGETS = {"organizations": 0.9, "people": 0.9, "memoranda": 0.8, "milestones": 0.7}
# Not a target of the issue: a floor under the focus-area F1 the README reports for the corpus
# (0.80 and 0.84), so a change that loses focus areas shows.
FOCUS_FLOOR = 0.7

GOLD = {
    "organizations": [
        {"name": "Ministry of Health of the Republic of Kazakhstan", "aliases": ["MoH"]},
        {"name": "University of Tartu", "aliases": []},
    ],
    "people": [{"name": "Toomas Asser", "role": "Rector", "organization": "University of Tartu"}],
    "memoranda": [{"title": "MoU", "parties": ["MoH", "University of Tartu"]}],
    "focus_areas": ["Clinical research"],
    "milestones": [
        {"title": "Joint summer school in Tartu", "date": "2025-06", "status": "planned"},
        {"title": "Undated plans", "date": None, "status": "planned"},
    ],
}


def _draft() -> Draft:
    return Draft(
        document=Document("text", "pasted text", "pasted"),
        organizations=[
            DraftOrganization("Ministry of Health of the Republic of Kazakhstan"),
            DraftOrganization("Tartu", aliases=["University of Tartu"]),
            DraftOrganization("Samsung Electronics"),
        ],
        people=[DraftPerson("Toomas  Asser", title="Rector of the university")],
        memoranda=[
            DraftMemorandum(
                "x",
                parties=["University of Tartu", "Ministry of Health of the Republic of Kazakhstan"],
            )
        ],
        milestones=[
            DraftMilestone(
                "The first joint summer school will take place in Tartu", PartialDate(2025, 6, 14)
            ),
            DraftMilestone("A summer school in Tartu", PartialDate(2025, 7)),
        ],
    )


def test_scoring_matches_by_normalized_name_alias_parties_and_date_precision() -> None:
    counts = score_draft(_draft(), GOLD)
    assert (counts["organizations"].tp, counts["organizations"].fp) == (2, 1)
    assert counts["organizations"].fn == 0
    assert (counts["people"].tp, counts["titles"].tp) == (1, 1)
    assert counts["memoranda"].tp == 1  # parties compared through the gold's aliases
    # The day is beyond the gold's month precision; July is another month.
    assert (counts["milestones"].tp, counts["milestones"].fp, counts["milestones"].fn) == (1, 1, 0)
    assert counts["focus_areas"].fn == 1
    assert counts["organizations"].precision == pytest.approx(2 / 3)
    assert counts["organizations"].f1 == pytest.approx(0.8)


def test_each_gold_item_matches_once() -> None:
    draft = _draft()
    draft.people.append(DraftPerson("Toomas Asser"))
    assert score_draft(draft, GOLD)["people"].fp == 1


def test_every_announcement_has_a_wellformed_gold_file() -> None:
    pairs = find_pairs(ANNOUNCEMENTS)
    assert len(pairs) >= 15
    for folder in (
        ANNOUNCEMENTS,
        ANNOUNCEMENTS / "formats",
        ANNOUNCEMENTS / "seeds",
        ANNOUNCEMENTS / "heldout",
        ANNOUNCEMENTS / "heldout2",
    ):
        for gold_path in folder.glob("*.gold.json"):
            gold = json.loads(gold_path.read_text("utf-8"))
            assert set(gold) == {
                "organizations",
                "people",
                "memoranda",
                "focus_areas",
                "milestones",
            }, gold_path
            for milestone in gold["milestones"]:
                if milestone["date"]:
                    PartialDate.parse(milestone["date"])
    formats = {p.suffix for p, _ in find_pairs(ANNOUNCEMENTS / "formats")}
    assert formats == {".html", ".docx", ".pdf"}


@pytest.mark.parametrize("folder", ["", "formats"])
def test_corpus_meets_the_quality_targets(folder: str) -> None:
    report = evaluate(ANNOUNCEMENTS / folder)
    for kind, target in {**TARGETS, "focus_areas": FOCUS_FLOOR}.items():
        assert report.totals[kind].f1 >= target, (kind, report.totals[kind])


def test_the_first_heldout_set_now_tuned_on_meets_the_targets() -> None:
    # heldout/ became development data when the rules were tuned for generalization;
    # heldout2/ is never tuned on and so is measured, not asserted.
    report = evaluate(ANNOUNCEMENTS / "heldout")
    for kind, target in TARGETS.items():
        assert report.totals[kind].f1 >= target, (kind, report.totals[kind])


def test_command_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(ANNOUNCEMENTS / "formats"), "--per-file"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == [
        "type",
        "gold",
        "found",
        "right",
        "precision",
        "recall",
        "F1",
    ]
    assert "ann10_british_council.pdf" in out


def test_command_refuses_a_folder_without_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path)]) == 2
    assert "no X.gold.json" in capsys.readouterr().err
    assert main([str(tmp_path / "missing")]) == 2


def test_the_database_as_gazetteer_keeps_the_quality(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        known = known_names_from_session(session)
    folder, texts = (
        (ANNOUNCEMENTS / "seeds", SEED_TEXTS)
        if SEED_TEXTS.is_dir()
        else (ANNOUNCEMENTS / "formats", None)
    )
    report = evaluate(folder, texts, known)
    for kind, target in TARGETS.items():
        assert report.totals[kind].f1 >= target, (kind, report.totals[kind])


def test_command_reads_the_gazetteer_from_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(ANNOUNCEMENTS / "formats"), "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "no database" in capsys.readouterr().err


def test_corpus_scoring_follows_the_gold_shape() -> None:
    gold = {
        "organizations": [
            {"name": "Ministry of Health of the Republic of Kazakhstan", "aliases": ["MoH"]},
            {"name": "University of Tartu", "aliases": []},
        ],
        "people": [{"name": "Toomas Asser", "role": "Rector", "organization": None}],
        "memoranda": [
            {"title": "MoU", "parties": ["MoH", "University of Tartu"], "signed_on": "2025-03-02"}
        ],
        "milestones": [
            {"title": "Summer school in Tartu", "date": "2025-06", "status": "planned"},
            {"title": "Visit", "date": None, "status": "done"},
        ],
    }
    predicted = {
        "organizations": [{"name": "Ministry of Health"}, {"name": "Tartu"}, {"name": "Acme"}],
        "people": [{"name": "Toomas Asser", "title": "Rector of the University of Tartu"}],
        "memoranda": [
            {
                "title": "x",
                "parties": [
                    "Ministry of Health of the Republic of Kazakhstan",
                    "University of Tartu LLP",
                ],
                "signed_on": "2025-03-02",
            }
        ],
        "milestones": [{"title": "a summer school in Tartu", "date": "2025-06-10"}],
    }
    counts = score_prediction(predicted, gold)
    # "Ministry of Health" lies inside the gold's longer name; the single word "Tartu" does not
    # match "University of Tartu"; the signing counts as a dated event, but the gold has none.
    assert counts["organizations"] == (1, 3, 2)
    assert counts["people"] == (1, 1, 1)
    assert counts["titles"] == (1, 1, 1)
    assert counts["memoranda"] == (1, 1, 1)
    assert counts["milestones"] == (1, 2, 1)


def test_focus_areas_match_by_their_words_beside_the_reference_types() -> None:
    gold = {"focus_areas": ["renewable energy", "ядерная медицина", "academic mobility"]}
    predicted = {
        "focus_areas": [
            {"name": "Renewable energy sources"},
            {"name": "Ядерная медицина"},
            {"name": "Tourism"},
        ]
    }
    assert score_prediction(predicted, gold)["focus_areas"] == (2, 3, 3)


def test_command_scores_a_corpus_per_language_and_split(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "splits.json").write_text(json.dumps({"dev": ["en/a"], "test": ["en/b"]}))
    (tmp_path / "en").mkdir()
    for stem, org in (("a", "Aalborg Wind Lab"), ("b", "Kestrel Robotics")):
        (tmp_path / "en" / f"{stem}.txt").write_text(
            f"Partnership news\n\nThe {org} signed a memorandum with Nazarbayev University "
            "on 3 March 2025 in Astana.\n",
            "utf-8",
        )
        (tmp_path / "en" / f"{stem}.gold.json").write_text(
            json.dumps(
                {
                    "language": "en",
                    "organizations": [{"name": org, "aliases": []}],
                    "people": [],
                    "memoranda": [],
                    "milestones": [],
                }
            )
        )
    assert main([str(tmp_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "en dev (1 texts)" in out and "en test (1 texts)" in out
    assert "organizations" in out


def test_a_folder_of_held_out_pages_is_scored_by_the_corpus_rules_per_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p01.txt").write_text(
        "Water research\n\nAstana, 12 May 2026. Nazarbayev University and the Lakeside "
        "Institute signed a memorandum of understanding on water research.",
        encoding="utf-8",
    )
    gold = {
        "source": None,
        "language": "en",
        "published": "2026-05-12",
        "organizations": [
            {"name": "Nazarbayev University", "aliases": [], "kind": "university"},
            {"name": "Lakeside Institute", "aliases": [], "kind": "research_center"},
        ],
        "people": [],
        "memoranda": [
            {
                "title": "Memorandum on water research",
                "parties": ["Nazarbayev University", "Lakeside Institute"],
                "signed_on": "2026-05-12",
            }
        ],
        "milestones": [],
    }
    (tmp_path / "p01.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main([str(tmp_path), "--corpus-rules"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"en {tmp_path.name} (1 texts)"
    memoranda = next(line for line in out.splitlines() if "memoranda" in line)
    assert memoranda.endswith("(1/1/1)")
    # The signing counts as a dated event, as the reference scorer counts it.
    milestones = next(line for line in out.splitlines() if "milestones" in line)
    assert milestones.endswith("(0/1/0)")
