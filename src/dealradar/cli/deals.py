"""`dealradar deals list|show`: find deals and read everything known about one."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.panel import Panel
from rich.table import Table

from dealradar.cli._context import db_of
from dealradar.cli._options import (
    AreaOpt,
    DbOption,
    LicenseeCountryOpt,
    LicenseeOpt,
    LicensorCountryOpt,
    LicensorOpt,
    MinTotalOpt,
    MinUpfrontOpt,
    ModalityOpt,
    OutputOption,
    PhaseOpt,
    QueryOpt,
    SinceOpt,
    TypeOpt,
    UntilOpt,
    deal_filter,
)
from dealradar.cli._output import Format, TextFormat, console, emit, to_json_text, usd
from dealradar.model import PAYMENT_FIELDS, Deal, format_usd
from dealradar.store.engine import open_store
from dealradar.store.queries import SORT_COLUMNS, count_deals, get_deal, list_deals

deals_app = typer.Typer(help="List, filter and inspect deals.", no_args_is_help=True)


@deals_app.command("list")
def list_cmd(
    ctx: typer.Context,
    licensor: LicensorOpt = None,
    licensee: LicenseeOpt = None,
    licensor_country: LicensorCountryOpt = None,
    licensee_country: LicenseeCountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    modality: ModalityOpt = None,
    area: AreaOpt = None,
    phase: PhaseOpt = None,
    deal_type: TypeOpt = None,
    min_upfront: MinUpfrontOpt = None,
    min_total: MinTotalOpt = None,
    q: QueryOpt = None,
    sort: Annotated[str, typer.Option(help=f"Sort by: {', '.join(SORT_COLUMNS)}.")] = "announced",
    ascending: Annotated[bool, typer.Option("--asc", help="Smallest / oldest first.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many deals; 0 for all.")] = 50,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """List deals matching the filters, newest first.

    Example: dealradar deals list --licensor-country CN --modality ADC --min-upfront 100M
    """
    flt = deal_filter(
        licensor=licensor,
        licensee=licensee,
        licensor_country=licensor_country,
        licensee_country=licensee_country,
        since=since,
        until=until,
        modality=modality,
        area=area,
        phase=phase,
        deal_type=deal_type,
        min_upfront=min_upfront,
        min_total=min_total,
        q=q,
    )
    store = open_store(db_of(ctx, db))
    with store.connect() as conn:
        rows = list_deals(conn, flt, sort=sort, descending=not ascending, limit=limit or None)
        total = count_deals(conn, flt) if fmt is Format.table else len(rows)
    data = [r.to_json() for r in rows]
    if fmt is Format.table:
        for row in data:
            for key in (
                "licensor_country",
                "licensee_country",
                "status",
                "total_stated",
                "territory_class",
                "area",
                "phase",
                "modality",
            ):
                row.pop(key)
        emit(
            data,
            fmt,
            output=output,
            title=f"{len(rows)} of {total} deals" if total > len(rows) else f"{total} deals",
            formatters={"upfront_usd": usd, "milestones_usd": usd, "total_usd": usd},
            headers={
                "upfront_usd": "upfront",
                "milestones_usd": "milestones",
                "total_usd": "total",
                "deal_type": "type",
            },
            widths={"licensor": 28, "licensee": 26, "assets": 24, "deal_type": 14},
        )
    else:
        emit(data, fmt, output=output, title="deals")


@deals_app.command("show")
def show_cmd(
    ctx: typer.Context,
    deal_id: Annotated[int, typer.Argument(help="Deal id, as `deals list` shows it.")],
    fmt: Annotated[TextFormat, typer.Option("--format", "-f")] = TextFormat.table,
    db: DbOption = None,
) -> None:
    """Everything known about one deal: parties, assets, terms, sources and evidence."""
    store = open_store(db_of(ctx, db))
    with store.connect() as conn:
        deal = get_deal(conn, deal_id)
    if fmt is not TextFormat.table:
        data = deal.to_json()
        data["sources"] = [s.to_json() for s in deal.sources]
        data["licensor_country"] = deal.licensor.country if deal.licensor else None
        data["licensee_country"] = deal.licensee.country if deal.licensee else None
        typer.echo(to_json_text(data))
        return
    console().print(render_deal(deal))


def _party(deal: Deal, role: str) -> str:
    companies = deal.licensors if role == "licensor" else deal.licensees
    if not companies:
        return "(not named)"
    parts = []
    for c in companies:
        extra = f" [{c.country}]" if c.country else ""
        aka = f" — also {', '.join(c.aliases[:4])}" if c.aliases else ""
        parts.append(f"{c.name}{extra}{aka}")
    return "; ".join(parts)


def render_deal(deal: Deal) -> Panel:
    """A deal as a person reads it: who, what, how much, where it was reported."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("licensor", _party(deal, "licensor"))
    grid.add_row("licensee", _party(deal, "licensee"))
    grid.add_row(
        "assets",
        "; ".join(a.name + (f" ({', '.join(a.aliases)})" if a.aliases else "") for a in deal.assets)
        or "—",
    )
    first = deal.assets[0] if deal.assets else None
    if first:
        grid.add_row(
            "asset",
            " · ".join(x for x in (first.modality, first.target, first.area, first.phase) if x)
            or "—",
        )
    grid.add_row("type", deal.deal_type)
    grid.add_row("territory", f"{deal.territory or '—'} ({deal.territory_class})")
    grid.add_row("announced", deal.announced.isoformat() if deal.announced else "—")
    for kind in PAYMENT_FIELDS:
        money = deal.payment(kind)
        if money is None:
            continue
        text = format_usd(money.usd) if money.usd is not None else "—"
        if money.currency != "USD":
            text += (
                f"  ({money.currency} {money.amount:,.0f} at {money.fx_rate} on {money.fx_date})"
            )
        if not money.stated:
            text += "  [dim](derived)[/dim]"
        grid.add_row(kind.replace("_", "-"), text)
    if deal.royalties:
        grid.add_row("royalties", deal.royalties)
    grid.add_row("status", f"{deal.status} (confidence {deal.confidence:.2f})")
    for i, s in enumerate(deal.sources, 1):
        grid.add_row(
            f"source {i}",
            " · ".join(
                x
                for x in (s.title, s.publisher, s.published and s.published.isoformat(), s.uri)
                if x
            ),
        )
    for ev in deal.evidence:
        grid.add_row(f"  {ev.field}", f"“{ev.quote}” [dim][{ev.start}:{ev.end}][/dim]")
    return Panel(grid, title=f"deal {deal.id}", expand=False)


def register(app: typer.Typer) -> None:
    app.add_typer(deals_app, name="deals")
