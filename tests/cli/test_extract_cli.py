"""`dealradar extract` and `dealradar eval` through the real CLI (typer CliRunner)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dealradar.cli.app import app

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles" / "en"
runner = CliRunner()


def test_extract_json_prints_one_object_per_document() -> None:
    path = str(ARTICLES / "t001.txt")
    result = runner.invoke(app, ["extract", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    doc = json.loads(line)
    assert (doc["source"], doc["language"]) == (path, "en")
    (deal,) = doc["deals"]
    schema_keys = {
        "licensor",
        "licensor_aliases",
        "licensee",
        "licensee_aliases",
        "assets",
        "deal_type",
        "territory",
        "territory_class",
        "upfront",
        "near_term",
        "milestones",
        "total",
        "equity",
        "royalties",
        "announced",
        "evidence",
    }
    assert schema_keys <= set(deal)
    assert deal["upfront"]["amount"] == 85_000_000 and deal["upfront"]["currency"] == "USD"
    text = (ARTICLES / "t001.txt").read_text(encoding="utf-8")
    for spans in deal["evidence"].values():
        for span in spans:
            assert text[span["start"] : span["end"]] == span["quote"]


def test_extract_reads_standard_input() -> None:
    text = (ARTICLES / "t008.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", "-"], input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["deals"][0]["licensee"] == "Aldgate Bio"


def test_extract_table_quotes_the_evidence() -> None:
    result = runner.invoke(app, ["extract", str(ARTICLES / "t002.txt"), "--format", "table"])
    assert result.exit_code == 0
    assert "Kestrel Biosciences → Ipsen" in result.stdout
    assert "“€900 million”" in result.stdout


def test_directory_is_walked_and_a_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    shutil.copy(ARTICLES / "t001.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary\x00junk" * 50)
    (tmp_path / "c.html").write_text(
        "<html><body><p>" + (ARTICLES / "t007.txt").read_text() + "</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "ignored.csv").write_text("a,b", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    lines = [json.loads(x) for x in result.stdout.strip().splitlines()]
    assert [Path(x["source"]).name for x in lines] == ["a.txt", "b.txt", "c.html"]
    assert "binary data" in lines[1]["error"]
    assert lines[2]["deals"]
    assert result.exit_code == 1
    assert "b.txt: binary data" in result.stderr


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(ARTICLES / "t001.txt"), "--format", "xml"])
    assert result.exit_code == 2


def test_eval_table_shows_scores_and_misses(tmp_path: Path) -> None:
    for name in ("t001", "t005"):
        shutil.copy(ARTICLES / f"{name}.txt", tmp_path / f"{name}.txt")
    gold = json.loads((ARTICLES / "t001.json").read_text())
    gold["deals"][0]["upfront"]["amount"] = 99_000_000
    (tmp_path / "t001.json").write_text(json.dumps(gold))
    shutil.copy(ARTICLES / "t005.json", tmp_path / "t005.json")
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Deal detection" in result.stdout and "1.000" in result.stdout
    assert "t001" in result.stdout and "upfront" in result.stdout and "99000000" in result.stdout


def test_eval_json_saves_predictions_and_fails_under_threshold(tmp_path: Path) -> None:
    saved = tmp_path / "pred.jsonl"
    result = runner.invoke(
        app,
        [
            "eval",
            str(ARTICLES),
            "--format",
            "json",
            "--save-extracted",
            str(saved),
            "--fail-under",
            "1.01",
        ],
    )
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["deals"]["f1"] == pytest.approx(1.0)
    assert {json.loads(x)["source"] for x in saved.read_text().splitlines()} >= {"t001", "t008"}


def test_eval_passes_when_above_threshold() -> None:
    result = runner.invoke(app, ["eval", str(ARTICLES), "--fail-under", "0.9"])
    assert result.exit_code == 0


def test_eval_gives_the_extractor_the_gold_published_date(tmp_path: Path) -> None:
    """A weekday with no date resolves against the article's date, which only the gold
    file knows here; without it the extractor has no date to count back from."""
    (tmp_path / "d001.txt").write_text(
        "Holvik Pharma Inc. licenses HV-101 to Tessary Bio Inc.\n\n"
        "Holvik Pharma Inc. said on Monday it granted Tessary Bio Inc. exclusive global rights "
        "to HV-101 for $20 million upfront.\n"
    )
    gold = {
        "id": "d001",
        "language": "en",
        "published": "2025-03-05",
        "deals": [
            {
                "licensor": "Holvik Pharma Inc.",
                "licensee": "Tessary Bio Inc.",
                "announced": "2025-03-03",
            }
        ],
    }
    (tmp_path / "d001.json").write_text(json.dumps(gold))
    saved = tmp_path / "pred.jsonl"
    result = runner.invoke(
        app, ["eval", str(tmp_path), "--format", "json", "--save-extracted", str(saved)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(saved.read_text())["deals"][0]["announced"] == "2025-03-03"
    assert json.loads(result.stdout)["fields"]["announced"] == pytest.approx(1.0)


def test_eval_stops_loudly_when_every_document_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backend that cannot run (here: nothing listens at its URL) fails every document; the
    scores are then meaningless, so eval names the error and exits 1 instead of printing zeros."""
    for name in ("t001.txt", "t001.json", "t002.txt", "t002.json"):
        shutil.copy(ARTICLES / name, tmp_path / name)
    monkeypatch.setenv("DEALRADAR_LLM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("DEALRADAR_LLM_MODEL", "none")
    result = runner.invoke(app, ["eval", str(tmp_path), "--backend", "openai"])
    assert result.exit_code == 1, result.output
    assert "2 of 2 documents could not be extracted (first: t001:" in result.stderr
    assert "every document failed" in result.stderr
