"""`dealradar info`: version, database, schema revision and table counts."""

from __future__ import annotations

from typing import Annotated

import typer

from dealradar import __version__
from dealradar.cli._context import db_of
from dealradar.cli._options import DbOption
from dealradar.cli._output import TextFormat, console, to_json_text
from dealradar.store.engine import current_revision, open_store
from dealradar.store.queries import table_counts


def info(
    ctx: typer.Context,
    db: DbOption = None,
    fmt: Annotated[TextFormat, typer.Option("--format", "-f")] = TextFormat.table,
) -> None:
    """Show the version, the database in use and what it holds."""
    store = open_store(db_of(ctx, db))
    with store.connect() as conn:
        counts = table_counts(conn)
    data = {
        "version": __version__,
        "database": store.url,
        "dialect": store.engine.dialect.name,
        "schema_revision": current_revision(store),
        "counts": counts,
    }
    if fmt is TextFormat.json:
        typer.echo(to_json_text(data))
        return
    out = console()
    out.print(f"[bold]dealradar[/bold] {__version__}")
    out.print(f"database: {data['database']} ({data['dialect']}, schema {data['schema_revision']})")
    for name, n in counts.items():
        out.print(f"  {name:<16} {n:>8,}")
    if counts["deals"] == 0:
        out.print("The store is empty: run `dealradar load-reference` to load the bundled deals.")


def register(app: typer.Typer) -> None:
    app.command("info")(info)
