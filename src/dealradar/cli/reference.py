"""`dealradar load-reference` and `dealradar import-csv`: deal tables into the store."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from dealradar.cli._context import db_of
from dealradar.cli._options import DbOption
from dealradar.cli._output import console
from dealradar.store.engine import open_store
from dealradar.store.load import import_deals_csv, load_reference


def load_reference_cmd(ctx: typer.Context, db: DbOption = None) -> None:
    """Load the bundled reference deals and published industry totals (safe to repeat)."""
    store = open_store(db_of(ctx, db))
    started = time.perf_counter()
    report = load_reference(store)
    console().print(
        f"Loaded {report.rows} reference deals ({report.created} new, {report.updated} already "
        f"there) and {report.totals_created} new industry totals into {store.url} "
        f"in {time.perf_counter() - started:.1f}s."
    )


def import_csv_cmd(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV with the reference table's columns.")],
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Import the good rows and report the bad ones.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Import your own deals from a CSV (columns as in the bundled reference deals.csv).

    Amounts are in millions: `upfront_usd_m` etc., or with a `currency` column (e.g. CNY)
    `upfront_m` etc. in that currency, converted to USD at the announcement date.
    Every row is checked first; by default one bad row means nothing is imported.
    """
    store = open_store(db_of(ctx, db))
    report = import_deals_csv(store, file, skip_bad=skip_bad)
    out = console()
    out.print(
        f"Imported {report.created + report.updated} of {report.rows} rows from {file} "
        f"({report.created} new, {report.updated} updated)."
    )
    if report.errors:
        out.print(f"[yellow]Skipped {len({e.line for e in report.errors})} bad row(s):[/yellow]")
        for err in report.errors:
            out.print(f"  {err}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.command("load-reference")(load_reference_cmd)
    app.command("import-csv")(import_csv_cmd)
