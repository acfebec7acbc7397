"""`dealradar companies ...` through the real CLI on a temporary SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dealradar.cli.app import app


def _run(runner: CliRunner, db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), "companies", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_resolve_json_gives_id_name_country_and_how(runner: CliRunner, tmp_path: Path) -> None:
    out = _run(
        runner,
        tmp_path / "c.db",
        "resolve",
        "Jiakesi Pharmaceutical",
        "Shandong Hengrui",
        "--format",
        "json",
    )
    first, second = json.loads(out)
    assert (first["name"], first["country"], first["how"]) == (
        "Jacobio Pharmaceuticals",
        "CN",
        "pinyin",
    )
    assert isinstance(first["id"], int)
    assert second["resolved"] is False and second["id"] is None


def test_resolve_table_marks_unresolved(runner: CliRunner, tmp_path: Path) -> None:
    out = _run(runner, tmp_path / "c.db", "resolve", "信达生物", "Hengrui Textile")
    assert "Innovent Biologics" in out and "(unresolved)" in out


def test_resolve_ids_are_stable_across_runs(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    a = json.loads(_run(runner, db, "resolve", "BeiGene", "--format", "json"))[0]["id"]
    b = json.loads(_run(runner, db, "resolve", "百济神州", "--format", "json"))[0]["id"]
    assert a == b


def test_alias_then_resolve(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert "now resolves to Innovent Biologics" in _run(
        runner, db, "alias", "Innovent", "Cinda Bio"
    )
    out = json.loads(_run(runner, db, "resolve", "Cinda Bio", "--format", "json"))
    assert out[0]["name"] == "Innovent Biologics"


def test_merge_and_split_round_trip(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert "merged Zenas BioPharma into InnoCare Pharma" in _run(
        runner, db, "merge", "InnoCare", "Zenas BioPharma"
    )
    assert json.loads(_run(runner, db, "resolve", "Zenas", "--format", "json"))[0]["name"] == (
        "InnoCare Pharma"
    )
    assert "split Zenas, Zenas BioPharma off InnoCare Pharma" in _run(
        runner, db, "split", "InnoCare", "Zenas", "Zenas BioPharma"
    )
    assert (
        json.loads(_run(runner, db, "resolve", "Zenas", "--format", "json"))[0]["name"] == "Zenas"
    )


def test_show_lists_aliases_with_their_origin(runner: CliRunner, tmp_path: Path) -> None:
    out = _run(runner, tmp_path / "c.db", "show", "Glenmark", "--format", "json")
    view = json.loads(out)
    assert view["name"] == "Glenmark Pharmaceuticals"
    assert "Glenmark Specialty S.A." in view["subsidiaries"]
    assert {"alias": "Glenmark", "how": "curated"} in view["aliases"]


def test_list_filters_by_name(runner: CliRunner, tmp_path: Path) -> None:
    rows = json.loads(_run(runner, tmp_path / "c.db", "list", "--q", "Hengrui", "--format", "json"))
    assert [r["name"] for r in rows] == ["Jiangsu Hengrui Pharmaceuticals"]


def test_unknown_company_is_a_clean_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["--db", str(tmp_path / "c.db"), "companies", "show", "Nowhere Therapeutics"]
    )
    assert result.exit_code == 1
    assert "no company matches 'Nowhere Therapeutics'" in result.output


def test_each_command_accepts_its_own_db(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["companies", "resolve", "Hengrui", "--db", str(tmp_path / "own.db")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "own.db").exists()
