"""`dealradar stats` and `dealradar compare-totals`: market figures from the store."""

from __future__ import annotations

from typing import Annotated

import typer

from dealradar.analytics.compare import compare_totals
from dealradar.analytics.periods import GRANULARITIES
from dealradar.analytics.stats import GROUPS, stats
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
from dealradar.cli._output import Format, TextFormat, emit, percent, plain, usd
from dealradar.errors import ValidationError
from dealradar.store.engine import open_store


def stats_cmd(
    ctx: typer.Context,
    by: Annotated[str, typer.Option(help="month, quarter, half or year.")] = "year",
    group: Annotated[
        str | None, typer.Option(help=f"Split each period by: {', '.join(GROUPS)}.")
    ] = None,
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
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """Deal count, headline value, upfront total, median upfront and upfront share per period.

    Example: dealradar stats --by half --licensor-country CN --since 2025-01-01
    """
    if by not in GRANULARITIES:
        raise ValidationError(f"--by {by!r}: choose month, quarter, half or year")
    if group is not None and group not in GROUPS:
        raise ValidationError(f"--group {group!r}: choose one of {', '.join(GROUPS)}")
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
        rows = stats(conn, flt, by=by, group=group)
    data = [r.to_json() for r in rows]
    if fmt is Format.table:
        for row in data:
            row.pop("deals_with_total")
            row.pop("deals_with_upfront")
            if group is None:
                row.pop("group")
    emit(
        data,
        fmt,
        output=output,
        title=f"Deals by {by}" + (f" and {group}" if group else ""),
        formatters={
            "total_value_usd": usd,
            "upfront_usd": usd,
            "median_upfront_usd": usd,
            "median_upfront_share": percent,
        },
        headers={
            "total_value_usd": "total value",
            "upfront_usd": "upfront",
            "median_upfront_usd": "median upfront",
            "median_upfront_share": "upfront share",
            "group": group or "group",
        },
    )


def compare_totals_cmd(
    ctx: typer.Context,
    all_rows: Annotated[
        bool, typer.Option("--all", help="Also list published figures we cannot reproduce.")
    ] = False,
    fmt: Annotated[TextFormat, typer.Option("--format", "-f")] = TextFormat.table,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """Our totals beside published industry totals for the same period and scope.

    A ratio near 1 means our records cover the market as the publisher counted it.
    """
    store = open_store(db_of(ctx, db))
    with store.connect() as conn:
        rows = compare_totals(conn)
    data = [r.to_json() for r in rows if all_rows or r.note is None]
    if fmt is TextFormat.table:
        for row in data:
            row.pop("unit") if not all_rows else None
            if not all_rows:
                row.pop("note")
    emit(
        data,
        Format(fmt.value),
        output=output,
        title="Published totals vs dealradar",
        formatters={
            "ratio": lambda v: f"{v:.2f}" if v is not None else "—",
            "published": plain,
            "ours": plain,
        },
    )


def register(app: typer.Typer) -> None:
    app.command("stats")(stats_cmd)
    app.command("compare-totals")(compare_totals_cmd)
