"""Root of the `dealradar` CLI. Each command group lives in its own module and registers here."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Annotated

import typer

from dealradar.cli._context import CliState
from dealradar.errors import DealradarError

app = typer.Typer(
    name="dealradar",
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
    """Console entry point: runs the app and turns DealradarError into a clean message."""
    try:
        app(standalone_mode=False)
    except DealradarError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        sys.exit(130)
    except Exception as exc:  # click's usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
