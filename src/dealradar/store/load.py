"""Loading deal tables (the bundled reference data, or a user's CSV) into the store.

A CSV is validated whole before anything is written: a bad row is reported with file, line,
column, value and reason, and by default nothing is imported (`skip_bad=True` imports the good
rows). Loading is an upsert keyed on the deal, so loading the same file twice changes nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import Connection, select, update

from dealradar.errors import ValidationError
from dealradar.model import Asset, Company, Deal, Money, Source
from dealradar.model.fx import supported_currencies, to_usd
from dealradar.model.vocab import AREAS, COUNTRIES, DEAL_TYPES, MODALITIES, PHASES
from dealradar.resolve.drugs import asset_names
from dealradar.resolve.match import with_company_ids
from dealradar.store import tables as t
from dealradar.store.engine import Store
from dealradar.store.registry import load_registry, sync_seed
from dealradar.store.writes import Writer

REQUIRED_COLUMNS = ("announced", "licensor", "licensee", "deal_type")
AMOUNT_KINDS = ("upfront", "near_term", "milestones", "total", "equity")
_SPLIT = re.compile(r";(?![^()]*\))")
_PAREN = re.compile(r"\s*\(([^()]*)\)")


@dataclass(frozen=True)
class RowError:
    """One problem with one cell: where it is, what it holds, why it is wrong."""

    file: str
    line: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: column {self.column!r}: {self.value!r}: {self.reason}"


@dataclass
class LoadReport:
    """What a load did. `errors` lists rows left out (only non-empty with `skip_bad`)."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    totals_created: int = 0


def reference_path(name: str) -> Path:
    """Path of a bundled reference file (`deals.csv`, `industry_totals.csv`)."""
    return Path(str(resources.files("dealradar") / "data" / "reference" / name))


def split_parties(text: str) -> list[str]:
    """'A;B (x; y)' → ['A', 'B (x; y)']: semicolons inside parentheses are not separators."""
    return [p.strip() for p in _SPLIT.split(text) if p.strip()]


def outside_parens(text: str) -> tuple[str, list[str]]:
    """'sintilimab (Tyvyt)' → ('sintilimab', ['Tyvyt'])."""
    inner = [s.strip() for m in _PAREN.finditer(text) for s in re.split(r"[;,]", m.group(1))]
    return " ".join(_PAREN.sub("", text).split()), [s for s in inner if s]


_OTHER_REGIONS = re.compile(
    r"\b(usa?|united states|canada|europe|eu|japan|korea|russia|india|turkey|asia|cis)\b"
)


def territory_class(text: str | None) -> str:
    """Classify the reference table's territory text into SCHEMA.md's territory classes.

    Only the first clause counts ("worldwide (… retains China option)" is still worldwide).
    Excluding more than China's regions ("ex-China, USA and Japan") makes a territory regional.
    """
    if not text:
        return "unspecified"
    low = re.split(r"[(;/]", text.casefold())[0].strip()
    excluded = re.search(r"\b(?:ex|excluding|outside)\b[-\s]*(.*)", low)
    if low.startswith(("worldwide", "global", "ex-", "licensed territory")) and excluded:
        rest = excluded.group(1)
        if _OTHER_REGIONS.search(rest):
            return "regional"
        if re.search(r"greater china|hong kong|taiwan|macau|macao|hk\b", rest):
            return "ex-greater-china"
        if "china" in rest:
            incl = re.search(r"\(incl[^)]*(hong kong|taiwan|macau)", text.casefold())
            return "ex-greater-china" if incl else "ex-china"
        return "regional"
    if low.startswith(("worldwide", "global")):
        return "global"
    if low.startswith(("greater china", "china", "mainland china")):
        return "china"
    return "regional"


class _RowReader:
    """Turns one CSV row into a Deal, collecting every problem instead of stopping at the first."""

    def __init__(self, file: str, line: int, row: dict[str, str]) -> None:
        self.file, self.line, self.row = file, line, row
        self.errors: list[RowError] = []

    def fail(self, column: str, reason: str) -> None:
        self.errors.append(
            RowError(self.file, self.line, column, self.row.get(column) or "", reason)
        )

    def text(self, column: str) -> str:
        return (self.row.get(column) or "").strip()

    def vocab(self, column: str, allowed: tuple[str, ...]) -> Any:
        value = self.text(column)
        if value and value not in allowed:
            self.fail(column, f"unknown value; expected one of {', '.join(allowed)}")
            return None
        return value or None

    def announced(self) -> date | None:
        value = self.text("announced")
        if not value:
            self.fail("announced", "missing date (expected YYYY-MM-DD)")
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail("announced", "not a date (expected YYYY-MM-DD)")
            return None

    def parties(self, role: str) -> tuple[Company, ...]:
        names = split_parties(self.text(role))
        if not names:
            self.fail(role, f"missing {role}")
            return ()
        countries = [
            c.strip().upper() for c in self.text(f"{role}_country").split(";") if c.strip()
        ]
        for code in countries:
            if code not in COUNTRIES:
                self.fail(f"{role}_country", f"unknown country code {code!r} (ISO 3166 alpha-2)")
        if countries and len(countries) not in (1, len(names)):
            self.fail(f"{role}_country", f"{len(countries)} countries for {len(names)} parties")
        out = []
        for i, raw in enumerate(names):
            name, _inner = outside_parens(raw)
            country = (
                (countries[i] if len(countries) == len(names) else countries[0])
                if countries
                else None
            )
            out.append(Company(name=name or raw, country=country if country in COUNTRIES else None))
        return tuple(out)

    def money(self, kind: str, currency: str, on: date | None) -> Money | None:
        column = f"{kind}_m" if currency != "USD" and f"{kind}_m" in self.row else f"{kind}_usd_m"
        value = self.text(column).replace(",", "").lstrip("$")
        if not value:
            return None
        try:
            millions = Decimal(value)
        except InvalidOperation:
            self.fail(column, "not a number (amounts are in millions, e.g. 18 or 1093.5)")
            return None
        if millions < 0 or not millions.is_finite():
            self.fail(column, "amounts cannot be negative")
            return None
        stated = kind != "total" or self.text("total_stated").casefold() != "false"
        money = Money(millions * 1_000_000, currency, stated=stated)
        if currency != "USD":
            money = to_usd(money, on)
        return money

    def deal(self) -> Deal | None:
        for column in REQUIRED_COLUMNS:
            if column not in self.row:
                self.fail(column, "column missing from the header")
        announced = self.announced()
        licensors = self.parties("licensor")
        licensees = self.parties("licensee")
        deal_type = self.vocab("deal_type", DEAL_TYPES)
        if not self.text("deal_type"):
            self.fail("deal_type", "missing deal type")
        modality = self.vocab("modality", MODALITIES)
        area = self.vocab("indication_area", AREAS)
        phase = self.vocab("phase_at_deal", PHASES)
        stated = self.text("total_stated").casefold()
        if stated not in ("", "true", "false"):
            self.fail("total_stated", "expected true or false")
        currency = (self.text("currency") or "USD").upper()
        if currency != "USD" and currency not in supported_currencies():
            self.fail("currency", "no ECB reference rate for this currency")
            currency = "USD"
        payments = {kind: self.money(kind, currency, announced) for kind in AMOUNT_KINDS}
        if self.errors:
            return None
        assets = []
        for raw in split_parties(self.text("assets")):
            # Drug names and codes as the resolver reads them ("HRS-9821 + up to 11 programs"
            # → HRS-9821); the cell's own wording stays as an alias, so nothing is lost.
            groups = asset_names(raw) or [[outside_parens(raw)[0] or raw, *outside_parens(raw)[1]]]
            for i, names in enumerate(groups):
                extra = (raw,) if i == 0 and raw not in names else ()
                assets.append(
                    Asset(
                        name=names[0],
                        aliases=(*names[1:], *extra),
                        modality=modality,
                        target=self.text("target") or None,
                        area=area,
                        phase=phase,
                    )
                )
        territory = self.text("territory") or None
        deal = Deal(
            licensors=licensors,
            licensees=licensees,
            assets=tuple(assets),
            deal_type=deal_type or "license",
            territory=territory,
            territory_class=territory_class(territory),  # type: ignore[arg-type]
            royalties=self.text("royalties") or None,
            announced=announced,
            status="accepted",
            **payments,  # type: ignore[arg-type]
        )
        return deal.with_derived_total()

    def source(self) -> Source | None:
        url = self.text("source_url")
        if not url:
            return None
        return Source(uri=url, publisher=urlparse(url).hostname)


def read_deals_csv(
    path: Path, *, file_label: str | None = None
) -> Iterator[tuple[Deal | None, Source | None, list[RowError]]]:
    """Yield (deal, source, errors) for every data row; a bad row gives (None, None, errors)."""
    label = file_label or str(path)
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(f"cannot read {label}: {exc.strerror}") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValidationError(
                f"{label}: missing column(s) {', '.join(missing)}; the header must have the "
                f"columns of the reference table (see `dealradar import-csv --help`)"
            )
        try:
            for row in reader:
                rr = _RowReader(label, reader.line_num, row)
                deal = rr.deal()
                yield deal, rr.source() if deal else None, rr.errors
        except UnicodeDecodeError as exc:
            raise ValidationError(f"{label}: not UTF-8 text ({exc.reason})") from exc


def import_deals_csv(
    store: Store,
    path: Path,
    *,
    origin: str = "import",
    skip_bad: bool = False,
    file_label: str | None = None,
) -> LoadReport:
    """Validate then load a deals CSV in one transaction.

    Raises:
        ValidationError: some rows are bad and `skip_bad` is False; nothing was written. The
            message lists every bad cell.
    """
    parsed = list(read_deals_csv(path, file_label=file_label))
    errors = [e for _, _, errs in parsed for e in errs]
    if errors and not skip_bad:
        lines = "\n".join(f"  {e}" for e in errors)
        raise ValidationError(
            f"{len({e.line for e in errors})} bad row(s), nothing imported:\n{lines}\n"
            f"Fix them, or use --skip-bad to import the good rows."
        )
    report = LoadReport(rows=len(parsed), errors=errors)
    with store.begin() as conn:
        sync_seed(conn)
        registry = load_registry(conn)
        writer = Writer(conn, actor=f"import:{path.name}")
        for deal, source, _ in parsed:
            if deal is None:
                continue
            deal = with_company_ids(registry, deal)
            _, created = writer.upsert_deal(deal, origin=origin, source=source)
            report.created += created
            report.updated += not created
    return report


def load_industry_totals(conn: Connection, path: Path) -> int:
    """Upsert the published industry totals; returns how many rows were new."""
    created = 0
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            values = {
                "period": row["period"].strip(),
                "scope": row["scope"].strip(),
                "metric": row["metric"].strip(),
                "value_usd_b": float(row["value_usd_b"]) if row["value_usd_b"].strip() else None,
                "deal_count": int(row["deal_count"]) if row["deal_count"].strip() else None,
                "source": row["source"].strip(),
                "source_url": row["source_url"].strip() or None,
            }
            c = t.industry_totals.c
            key = (
                (c.period == values["period"])
                & (c.scope == values["scope"])
                & (c.metric == values["metric"])
                & (c.source == values["source"])
            )
            existing = conn.execute(select(c.id).where(key)).scalar()
            if existing is None:
                conn.execute(t.industry_totals.insert().values(**values))
                created += 1
            else:
                conn.execute(update(t.industry_totals).where(c.id == existing).values(**values))
    return created


def load_reference(store: Store) -> LoadReport:
    """Load the bundled reference deals and industry totals (idempotent)."""
    report = import_deals_csv(
        store, reference_path("deals.csv"), origin="reference", file_label="reference/deals.csv"
    )
    with store.begin() as conn:
        report.totals_created = load_industry_totals(conn, reference_path("industry_totals.csv"))
    return report
