"""`dealradar companies`: resolve mentions, inspect companies, and correct the registry.

Corrections (`alias`, `merge`, `split`) are stored with `how='user'` and audited, so they
outrank automatic resolution and survive re-ingestion. See docs/resolution.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated, Any, TypeVar

import typer
from rich.table import Table
from sqlalchemy import Connection, func, select

from dealradar.cli._context import db_of
from dealradar.cli._output import console as terminal
from dealradar.errors import DealradarError
from dealradar.resolve.match import resolve_company
from dealradar.store import registry as reg
from dealradar.store import tables as t
from dealradar.store.engine import open_store

companies_app = typer.Typer(
    help="Resolve company names and correct the company registry.", no_args_is_help=True
)

Db = Annotated[str | None, typer.Option("--db", help="SQLite file or SQLAlchemy URL.")]
T = TypeVar("T")


class Fmt(StrEnum):
    table = "table"
    json = "json"


FmtOpt = Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")]


@contextmanager
def _conn(ctx: typer.Context, db: str | None) -> Iterator[Connection]:
    """A transaction on the chosen store with the registry seeded; errors become messages."""
    store = open_store(db_of(ctx, db))
    try:
        with store.begin() as conn:
            reg.sync_seed(conn)
            yield conn
    except DealradarError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        store.dispose()


def _run(ctx: typer.Context, db: str | None, action: Callable[[Connection], T]) -> T:
    with _conn(ctx, db) as conn:
        return action(conn)


def _table(columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(*columns)
    for row in rows:
        table.add_row(*("—" if v is None else str(v) for v in row))
    terminal().print(table)


@companies_app.command("resolve")
def resolve_cmd(
    ctx: typer.Context,
    names: Annotated[list[str], typer.Argument(help="Company mentions to resolve.")],
    fmt: FmtOpt = Fmt.table,
    db: Db = None,
) -> None:
    """Print the company each mention resolves to (id, name, country, how), or unresolved."""
    results = _run(ctx, db, lambda c: [resolve_company(reg.load_registry(c), n) for n in names])
    if fmt is Fmt.json:
        typer.echo(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2))
        return
    _table(
        ["mention", "id", "company", "country", "how"],
        [
            [r.mention, r.company_id, r.name or "(unresolved)", r.country, r.how or r.note]
            for r in results
        ],
    )


@companies_app.command("show")
def show_cmd(
    ctx: typer.Context,
    company: Annotated[str, typer.Argument(help="Company id, name or alias.")],
    fmt: FmtOpt = Fmt.table,
    db: Db = None,
) -> None:
    """Show a company: names, parent, subsidiaries, aliases with their origin, deal count."""
    view = _run(ctx, db, lambda c: reg.company_view(c, reg.find_company(c, company)))
    if fmt is Fmt.json:
        typer.echo(json.dumps(view.to_json(), ensure_ascii=False, indent=2))
        return
    typer.echo(f"{view.name} (id {view.id})  {view.name_zh or ''}  country: {view.country or '—'}")
    typer.echo(
        f"parent: {view.parent or '—'}   subsidiaries: {', '.join(view.subsidiaries) or '—'}"
    )
    typer.echo(f"deals: {view.deals}")
    _table(["alias", "how"], [[a, h] for a, h in view.aliases])


@companies_app.command("alias")
def alias_cmd(
    ctx: typer.Context,
    company: Annotated[str, typer.Argument(help="Company id, name or alias.")],
    alias: Annotated[str, typer.Argument(help="The new name to resolve to it.")],
    db: Db = None,
) -> None:
    """Make ALIAS resolve to COMPANY (taking it from any other company)."""

    def act(conn: Connection) -> str:
        cid = reg.find_company(conn, company)
        reg.add_alias(conn, cid, alias)
        return reg.company_view(conn, cid).name

    typer.echo(f"{alias!r} now resolves to {_run(ctx, db, act)}")


@companies_app.command("merge")
def merge_cmd(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="The company that stays.")],
    other: Annotated[str, typer.Argument(help="The company folded into it.")],
    db: Db = None,
) -> None:
    """Merge OTHER into KEEP: deals, aliases and subsidiaries move; OTHER is removed."""

    def act(conn: Connection) -> tuple[str, str]:
        keep_id, other_id = reg.find_company(conn, keep), reg.find_company(conn, other)
        gone = reg.company_view(conn, other_id).name
        reg.merge_companies(conn, keep_id, other_id)
        return gone, reg.company_view(conn, keep_id).name

    gone, kept = _run(ctx, db, act)
    typer.echo(f"merged {gone} into {kept}")


@companies_app.command("split")
def split_cmd(
    ctx: typer.Context,
    company: Annotated[str, typer.Argument(help="Company id, name or alias.")],
    aliases: Annotated[list[str], typer.Argument(help="Aliases that belong to another company.")],
    db: Db = None,
) -> None:
    """Move ALIAS... off COMPANY onto a new company named by the first alias."""

    def act(conn: Connection) -> tuple[int, str]:
        cid = reg.find_company(conn, company)
        return reg.split_company(conn, cid, aliases), reg.company_view(conn, cid).name

    new_id, old = _run(ctx, db, act)
    typer.echo(f"split {', '.join(aliases)} off {old} as company {new_id}")


@companies_app.command("list")
def list_cmd(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Option("--q", help="Only names containing this.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many rows.")] = 50,
    fmt: FmtOpt = Fmt.table,
    db: Db = None,
) -> None:
    """List companies with their number of aliases and deals."""

    def act(conn: Connection) -> list[dict[str, Any]]:
        c, ca, dp = t.companies.c, t.company_aliases.c, t.deal_parties.c
        aliases = select(func.count()).where(ca.company_id == c.id).scalar_subquery()
        deals = select(func.count(func.distinct(dp.deal_id))).where(dp.company_id == c.id)
        stmt = (
            select(
                c.id,
                c.name,
                c.name_zh,
                c.country,
                aliases.label("aliases"),
                deals.scalar_subquery().label("deals"),
            )
            .order_by(c.name)
            .limit(limit)
        )
        if query:
            stmt = stmt.where(c.name.ilike(f"%{query}%"))
        return [dict(r) for r in conn.execute(stmt).mappings()]

    rows = _run(ctx, db, act)
    if fmt is Fmt.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    cols = ["id", "name", "name_zh", "country", "aliases", "deals"]
    _table(cols, [[r[k] for k in cols] for r in rows])


def register(app: typer.Typer) -> None:
    """Add `dealradar companies ...` to the root app."""
    app.add_typer(companies_app, name="companies")
