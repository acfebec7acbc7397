"""Options several commands share, declared once so they read the same everywhere."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from dealradar.errors import ValidationError
from dealradar.store.queries import DealFilter, parse_usd

DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLite file or SQLAlchemy URL (default: DEALRADAR_DB).")
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of the terminal.")
]
LicensorOpt = Annotated[str | None, typer.Option(help="Licensor name or alias contains this.")]
LicenseeOpt = Annotated[str | None, typer.Option(help="Licensee name or alias contains this.")]
LicensorCountryOpt = Annotated[
    str | None, typer.Option(help="Licensor country codes, e.g. CN or CN,HK; !CN excludes.")
]
LicenseeCountryOpt = Annotated[
    str | None, typer.Option(help="Licensee country codes, e.g. US; !CN excludes.")
]
SinceOpt = Annotated[str | None, typer.Option(help="Announced on or after (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option(help="Announced on or before (YYYY-MM-DD).")]
ModalityOpt = Annotated[str | None, typer.Option(help="Modality, e.g. ADC,bispecific.")]
AreaOpt = Annotated[str | None, typer.Option(help="Indication area, e.g. oncology.")]
PhaseOpt = Annotated[str | None, typer.Option(help="Phase at deal, e.g. phase1,preclinical.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Deal type, e.g. license,option.")]
MinUpfrontOpt = Annotated[
    str | None, typer.Option(help="Upfront at least this much USD: 50M, 1.5B or 50 (millions).")
]
MinTotalOpt = Annotated[str | None, typer.Option(help="Headline value at least this, e.g. 1B.")]
QueryOpt = Annotated[
    str | None, typer.Option("--q", help="Text search over parties, assets, target, territory.")
]


def parse_day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise ValidationError(f"{option} {value!r}: expected a date as YYYY-MM-DD") from exc


def deal_filter(
    *,
    licensor: str | None = None,
    licensee: str | None = None,
    licensor_country: str | None = None,
    licensee_country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    modality: str | None = None,
    area: str | None = None,
    phase: str | None = None,
    deal_type: str | None = None,
    min_upfront: str | None = None,
    min_total: str | None = None,
    q: str | None = None,
) -> DealFilter:
    """Build the library's DealFilter from the shared command-line options."""
    return DealFilter(
        licensor=licensor,
        licensee=licensee,
        licensor_country=licensor_country,
        licensee_country=licensee_country,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        modality=modality,
        area=area,
        phase=phase,
        deal_type=deal_type,
        min_upfront=parse_usd(min_upfront) if min_upfront else None,
        min_total=parse_usd(min_total) if min_total else None,
        q=q,
    )
