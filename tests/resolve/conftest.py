"""Fixtures for resolution tests: a seeded registry, and merge inputs as `Deal` objects.

The merge inputs are the gold corpus deals (`<repo>/../shared/corpus`, skipped with a reason
when absent) and the packaged reference table, one `Source` per article or row.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from dealradar.model import Asset, Company, Deal, Money, Source
from dealradar.resolve.drugs import asset_names
from dealradar.resolve.registry import Registry
from dealradar.resolve.seed import parse_party, seed_registry, split_parties

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def registry() -> Registry:
    return seed_registry()


@pytest.fixture(scope="session")
def inputs() -> tuple[list[Deal], list[Deal]]:
    """(gold deals, reference deals)."""
    corpus = corpus_dir()
    if corpus is None:
        pytest.skip(f"gold corpus not found at {REPO.parent / 'shared' / 'corpus'}")
    return gold_deals(corpus), reference_deals()


def corpus_dir() -> Path | None:
    path = REPO.parent / "shared" / "corpus"
    return path if (path / "dev").is_dir() else None


def _money(value: dict[str, Any] | None) -> Money | None:
    if not value:
        return None
    return Money(Decimal(str(value["amount"])), value["currency"], stated=value.get("stated", True))


def _company(name: str | None, aliases: list[str]) -> tuple[Company, ...]:
    return (Company(name, tuple(a for a in aliases if a != name)),) if name else ()


def gold_deals(corpus: Path) -> list[Deal]:
    """Every gold deal of corpus/dev and corpus/dev-zh, one Source per article."""
    deals = []
    for path in sorted([*corpus.glob("dev/*.json"), *corpus.glob("dev-zh/*.json")]):
        doc = json.loads(path.read_text(encoding="utf-8"))
        source = Source(
            uri=f"corpus/{path.parent.name}/{path.stem}.txt",
            published=date.fromisoformat(doc["published"]) if doc.get("published") else None,
            language=doc.get("language"),
            extra={"source_url": doc.get("source_url")},
        )
        for g in doc["deals"]:
            if not g.get("licensor") and not g.get("licensee"):
                continue
            deals.append(
                Deal(
                    licensors=_company(g.get("licensor"), g.get("licensor_aliases", [])),
                    licensees=_company(g.get("licensee"), g.get("licensee_aliases", [])),
                    assets=tuple(Asset(a) for a in g.get("assets", [])),
                    deal_type=g.get("deal_type", "license"),
                    territory=g.get("territory"),
                    territory_class=g.get("territory_class", "unspecified"),
                    upfront=_money(g.get("upfront")),
                    near_term=_money(g.get("near_term")),
                    milestones=_money(g.get("milestones")),
                    total=_money(g.get("total")),
                    equity=_money(g.get("equity")),
                    royalties=g.get("royalties"),
                    announced=date.fromisoformat(g["announced"]) if g.get("announced") else None,
                    sources=(source,),
                )
            )
    return deals


def _parties(cell: str, countries: str) -> tuple[Company, ...]:
    out = []
    for party, country in zip(
        split_parties(cell), [*countries.split(";"), *[""] * 9], strict=False
    ):
        main, notes = parse_party(party)
        out.append(Company(main, (party,) if notes else (), country or None))
    return tuple(out)


def _usd(value: str, stated: bool = True) -> Money | None:
    return Money.usd_millions(value, stated=stated) if value else None


def reference_deals() -> list[Deal]:
    """The packaged reference table, one Deal per row, each row its own source."""
    path = resources.files("dealradar").joinpath("data", "reference", "deals.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    deals = []
    for i, row in enumerate(rows, start=2):
        deals.append(
            Deal(
                licensors=_parties(row["licensor"], row["licensor_country"]),
                licensees=_parties(row["licensee"], row["licensee_country"]),
                assets=tuple(
                    Asset(names[0], tuple(names[1:])) for names in asset_names(row["assets"])
                ),
                deal_type=row["deal_type"],  # type: ignore[arg-type]
                territory=row["territory"] or None,
                upfront=_usd(row["upfront_usd_m"]),
                near_term=_usd(row["near_term_usd_m"]),
                milestones=_usd(row["milestones_usd_m"]),
                total=_usd(row["total_usd_m"], row["total_stated"] == "true"),
                equity=_usd(row["equity_usd_m"]),
                royalties=row["royalties"] or None,
                announced=date.fromisoformat(row["announced"]),
                sources=(
                    Source(
                        uri=f"reference:deals.csv#{i}",
                        publisher="dealradar reference",
                        extra={"source_url": row["source_url"]},
                    ),
                ),
            )
        )
    return deals
