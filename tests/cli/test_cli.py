"""Every foundation command through the real CLI: exit codes, output, each format."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dealradar.cli.app import app

CSV = Path(__file__).resolve().parents[1] / "data" / "csv"


def run(runner: CliRunner, *args: str | Path, code: int = 0) -> str:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, result.output + repr(result.exception)
    return result.output


@pytest.fixture
def ref(reference_db: Path, tmp_path: Path) -> Path:
    """A private copy of the session's reference store, so a test may write to it."""
    path = tmp_path / "ref.db"
    shutil.copy(reference_db, path)
    return path


def test_info_on_an_empty_store_says_how_to_fill_it(runner: CliRunner, tmp_path: Path) -> None:
    out = run(runner, "--db", tmp_path / "x.db", "info")
    assert "deals                   0" in out
    assert "dealradar load-reference" in out


def test_info_json_reports_counts_and_revision(runner: CliRunner, ref: Path) -> None:
    data = json.loads(run(runner, "--db", ref, "info", "--format", "json"))
    assert data["counts"]["deals"] == 335 and data["counts"]["industry_totals"] == 164
    assert data["dialect"] == "sqlite" and data["schema_revision"]


def test_db_comes_from_the_environment(runner: CliRunner, ref: Path) -> None:
    result = runner.invoke(app, ["info", "--format", "json"], env={"DEALRADAR_DB": str(ref)})
    assert json.loads(result.output)["counts"]["deals"] == 335


def test_load_reference_is_idempotent(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert "335 reference deals (335 new" in run(runner, "--db", db, "load-reference")
    assert "(0 new, 335 already there)" in run(runner, "--db", db, "load-reference")


def test_import_csv_rejects_bad_rows_with_one_message_each(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["--db", str(db), "import-csv", str(CSV / "bad_rows.csv")])
    assert result.exit_code == 1
    assert "Error: 4 bad row(s), nothing imported:" in result.output
    assert "bad_rows.csv:4: column 'upfront_usd_m': 'ten': not a number" in result.output
    assert "use --skip-bad" in result.output
    assert '"deals": 0' in run(runner, "--db", db, "info", "--format", "json")


def test_import_csv_skip_bad_imports_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    out = run(runner, "--db", db, "import-csv", CSV / "bad_rows.csv", "--skip-bad")
    assert "Imported 1 of 5 rows" in out and "Skipped 4 bad row(s)" in out
    assert "bad_rows.csv:3: column 'announced'" in out


def test_deals_list_table_shows_money_as_analysts_read_it(runner: CliRunner, ref: Path) -> None:
    out = run(runner, "--db", ref, "deals", "list", "--q", "rezetecan")
    assert "Glenmark Pharmaceuticals" in out and "$18.0M" in out and "$1.09B" in out
    assert "1 deals" in out


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_deals_list_text_formats_carry_every_column(runner: CliRunner, ref: Path, fmt: str) -> None:
    out = run(
        runner,
        "--db",
        ref,
        "deals",
        "list",
        "--licensor-country",
        "CN",
        "--modality",
        "ADC",
        "--min-upfront",
        "100M",
        "--limit",
        "0",
        "--format",
        fmt,
    )
    rows = json.loads(out) if fmt == "json" else list(csv.DictReader(io.StringIO(out)))
    assert rows
    for row in rows:
        assert row["licensor_country"] == "CN" and row["modality"] == "ADC"
        assert float(row["upfront_usd"]) >= 100e6


def test_deals_list_parquet_and_xlsx_write_files(
    runner: CliRunner, ref: Path, tmp_path: Path
) -> None:
    import openpyxl
    import pyarrow.parquet as pq

    pq_path, xl_path = tmp_path / "d.parquet", tmp_path / "d.xlsx"
    run(runner, "--db", ref, "deals", "list", "--limit", "0", "--format", "parquet", "-o", pq_path)
    run(runner, "--db", ref, "deals", "list", "--limit", "10", "--format", "xlsx", "-o", xl_path)
    table = pq.read_table(pq_path)
    assert table.num_rows == 335 and "total_usd" in table.column_names
    sheet = openpyxl.load_workbook(xl_path).active
    assert sheet is not None and sheet.max_row == 11 and sheet.cell(1, 1).value == "id"


def test_binary_formats_need_an_output_file(runner: CliRunner, ref: Path) -> None:
    result = runner.invoke(app, ["--db", str(ref), "deals", "list", "--format", "parquet"])
    assert result.exit_code == 1 and "add -o FILE" in result.output


def test_deals_list_sorts_and_limits(runner: CliRunner, ref: Path) -> None:
    rows = json.loads(
        run(
            runner,
            "--db",
            ref,
            "deals",
            "list",
            "--sort",
            "total",
            "--limit",
            "3",
            "--format",
            "json",
        )
    )
    totals = [r["total_usd"] for r in rows]
    assert len(rows) == 3 and totals == sorted(totals, reverse=True)
    oldest = json.loads(
        run(runner, "--db", ref, "deals", "list", "--asc", "--limit", "1", "--format", "json")
    )
    assert oldest[0]["announced"] == "2020-05-04"


def test_bad_filter_values_are_clear_errors(runner: CliRunner, ref: Path) -> None:
    result = runner.invoke(app, ["--db", str(ref), "deals", "list", "--since", "yesterday"])
    assert result.exit_code == 1 and "--since 'yesterday': expected a date" in result.output
    result = runner.invoke(app, ["--db", str(ref), "deals", "list", "--min-upfront", "lots"])
    assert result.exit_code == 1 and "not an amount: 'lots'" in result.output


def test_deals_show_tells_everything_with_sources(runner: CliRunner, ref: Path) -> None:
    (row,) = json.loads(
        run(runner, "--db", ref, "deals", "list", "--q", "rezetecan", "--format", "json")
    )
    out = run(runner, "--db", ref, "deals", "show", str(row["id"]))
    assert "Jiangsu Hengrui Pharmaceuticals" in out and "trastuzumab rezetecan" in out
    assert "$1.09B" in out and "(derived)" in out and "source 1" in out
    data = json.loads(run(runner, "--db", ref, "deals", "show", str(row["id"]), "-f", "json"))
    assert data["upfront"]["amount"] == 18_000_000 and data["licensor_country"] == "CN"
    assert data["sources"][0]["uri"].startswith("http")


def test_deals_show_unknown_id(runner: CliRunner, ref: Path) -> None:
    result = runner.invoke(app, ["--db", str(ref), "deals", "show", "99999"])
    assert result.exit_code == 1 and "no deal with id 99999" in result.output


def test_stats_china_out_licensing_by_half_year(runner: CliRunner, ref: Path) -> None:
    args = [
        "--db",
        ref,
        "stats",
        "--by",
        "half",
        "--licensor-country",
        "CN",
        "--since",
        "2025-01-01",
        "--until",
        "2025-06-30",
    ]
    out = run(runner, *args)
    assert "2025-H1" in out and "median upfront" in out
    (row,) = json.loads(run(runner, *args, "--format", "json"))
    assert row["period"] == "2025-H1" and row["deals"] > 20
    assert 30e9 < row["total_value_usd"] < 100e9
    assert 0 < row["median_upfront_share"] < 1


@pytest.mark.parametrize(
    "group", ["licensor-country", "licensee", "modality", "area", "phase", "type"]
)
def test_stats_grouped(runner: CliRunner, ref: Path, group: str) -> None:
    rows = json.loads(
        run(
            runner,
            "--db",
            ref,
            "stats",
            "--by",
            "year",
            "--group",
            group,
            "--since",
            "2025-01-01",
            "--until",
            "2025-12-31",
            "-f",
            "json",
        )
    )
    assert rows and all(r["period"] == "2025" and r["group"] for r in rows)
    total = json.loads(
        run(
            runner,
            "--db",
            ref,
            "stats",
            "--by",
            "year",
            "--since",
            "2025-01-01",
            "--until",
            "2025-12-31",
            "-f",
            "json",
        )
    )
    assert sum(r["deals"] for r in rows) == total[0]["deals"]


def test_stats_csv_and_bad_granularity(runner: CliRunner, ref: Path) -> None:
    out = run(runner, "--db", ref, "stats", "--by", "quarter", "-f", "csv")
    assert out.splitlines()[0].startswith("period,group,deals,total_value_usd")
    result = runner.invoke(app, ["--db", str(ref), "stats", "--by", "week"])
    assert result.exit_code == 1 and "choose month, quarter, half or year" in result.output


def test_compare_totals_shows_ratios(runner: CliRunner, ref: Path) -> None:
    out = run(runner, "--db", ref, "compare-totals")
    assert "Published totals vs dealradar" in out and "Goodwin Procter" in out
    rows = json.loads(run(runner, "--db", ref, "compare-totals", "-f", "json", "--all"))
    assert len(rows) == 164
    assert any(r["ratio"] is not None for r in rows)
    assert any(r["note"] == "period is not a closed past range" for r in rows)


def test_python_m_dealradar_runs_the_cli(ref: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dealradar", "--db", str(ref), "info", "-f", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["counts"]["deals"] == 335


def test_errors_go_to_stderr_without_traceback(ref: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dealradar", "--db", str(ref), "deals", "show", "424242"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == "Error: no deal with id 424242 (see `dealradar deals list`)"
