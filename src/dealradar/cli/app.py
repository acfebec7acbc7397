"""Root of the `dealradar` CLI. Each command group lives in its own module and registers here."""

from __future__ import annotations

from importlib import import_module
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from dealradar.cli._context import CliState
from dealradar.errors import DealradarError


class DealradarGroup(TyperGroup):
    """Turns a DealradarError anywhere below into `Error: <message>` and exit status 1.

    Our errors carry messages written for the user (what, where, why, which flag fixes it),
    so they are shown as they are, without a traceback.
    """

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except DealradarError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from exc


app = typer.Typer(
    name="dealradar",
    cls=DealradarGroup,
    help="Biopharma licensing deals from news: extract, resolve, store, analyse.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

#: Command modules, in the order they appear in `--help`. Each defines `register(app)`.
COMMAND_MODULES = ("info", "reference", "deals", "stats", "extract", "companies", "ingest")


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="DEALRADAR_DB", help="SQLite file or SQLAlchemy URL."),
    ] = None,
) -> None:
    """dealradar: licensing deals from news, grounded to their sources."""
    ctx.obj = CliState(db=db)


for _name in COMMAND_MODULES:
    import_module(f"dealradar.cli.{_name}").register(app)


def main() -> None:
    """Console entry point (`dealradar`, `python -m dealradar`)."""
    app()
