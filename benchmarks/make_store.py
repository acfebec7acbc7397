"""Build a SQLite store of N synthetic deals for query benchmarks.

Usage: python benchmarks/make_store.py N PATH

Parties, countries, modalities, areas, phases and deal sizes are drawn from the bundled
reference table's own distributions, so filters are as selective as on real data. Rows go in
through SQLAlchemy Core executemany (not the per-deal upsert path), because this script
measures reads; `bench_store.py` times the upsert path separately on the reference data.
"""

from __future__ import annotations

import csv
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from dealradar.resolve.normalise import name_key
from dealradar.store import tables as t
from dealradar.store.engine import open_store
from dealradar.store.load import reference_path
from dealradar.store.writes import search_text

SYLLABLES = "ka lo mi ne su ta ri vo ze an be co du fi ga ho".split()
SUFFIXES = ["Biosciences", "Therapeutics", "Pharma", "Biologics", "Bio", "Medicine", "Oncology"]


def company_name(rng: random.Random) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{stem} {rng.choice(SUFFIXES)}"


def build(n: int, path: Path, seed: int = 7) -> float:
    rng = random.Random(seed)
    with reference_path("deals.csv").open(encoding="utf-8") as handle:
        ref = list(csv.DictReader(handle))
    store = open_store(path)
    started = time.perf_counter()
    n_companies = max(50, n // 20)
    companies = []
    for i in range(1, n_companies + 1):
        country = rng.choice(ref)["licensor_country" if i % 2 else "licensee_country"].split(";")[0]
        companies.append({"id": i, "name": f"{company_name(rng)} {i}", "country": country})
    aliases = [
        {"company_id": c["id"], "alias": c["name"], "norm": name_key(c["name"]), "how": "canonical"}
        for c in companies
    ]
    n_assets = n
    assets = [
        {
            "id": i,
            "name": f"{rng.choice('ABCDEFGHJKLMNPRSTXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTXYZ')}"
            f"-{rng.randint(100, 9999)}-{i}",
        }
        for i in range(1, n_assets + 1)
    ]
    asset_aliases = [
        {"asset_id": a["id"], "alias": a["name"], "norm": name_key(a["name"]), "how": "reference"}
        for a in assets
    ]
    start_day, span = date(2015, 1, 1), (date(2026, 11, 1) - date(2015, 1, 1)).days
    deals, parties, links = [], [], []
    for i in range(1, n + 1):
        proto = rng.choice(ref)
        lor, lee = rng.sample(companies, 2)
        upfront = (
            float(proto["upfront_usd_m"]) * 1e6 * rng.uniform(0.5, 1.5)
            if proto["upfront_usd_m"]
            else None
        )
        miles = (
            float(proto["milestones_usd_m"]) * 1e6 * rng.uniform(0.5, 1.5)
            if proto["milestones_usd_m"]
            else None
        )
        total = (upfront or 0) + (miles or 0) or None
        asset = assets[i - 1]
        row = {
            "id": i,
            "key": f"synthetic-{i}",
            "announced": start_day + timedelta(days=rng.randrange(span)),
            "deal_type": proto["deal_type"],
            "territory": proto["territory"],
            "territory_class": "global",
            "licensor_id": lor["id"],
            "licensee_id": lee["id"],
            "licensor_country": lor["country"],
            "licensee_country": lee["country"],
            "modality": proto["modality"] or None,
            "target": proto["target"] or None,
            "area": proto["indication_area"] or None,
            "phase": proto["phase_at_deal"] or None,
            "status": "accepted",
            "confidence": 1.0,
            "origin": "synthetic",
            "total_stated": False,
            "royalties": proto["royalties"] or None,
            "locked_fields": "[]",
        }
        for kind in ("upfront", "near_term", "milestones", "total", "equity"):
            value = {"upfront": upfront, "milestones": miles, "total": total}.get(kind)
            row.update(
                {
                    f"{kind}_amount": value,
                    f"{kind}_currency": "USD" if value else None,
                    f"{kind}_usd": value,
                    f"{kind}_fx_rate": 1.0 if value else None,
                    f"{kind}_fx_date": None,
                    f"{kind}_qualifier": None,
                }
            )
        row["search_text"] = " | ".join(
            [lor["name"], lee["name"], asset["name"], proto["target"], proto["territory"]]
        ).casefold()
        deals.append(row)
        parties += [
            {
                "deal_id": i,
                "role": "licensor",
                "position": 0,
                "company_id": lor["id"],
                "mention": lor["name"],
            },
            {
                "deal_id": i,
                "role": "licensee",
                "position": 0,
                "company_id": lee["id"],
                "mention": lee["name"],
            },
        ]
        links.append({"deal_id": i, "position": 0, "asset_id": asset["id"], "phase": row["phase"]})
    with store.begin() as conn:
        for table, rows in (
            (t.companies, companies),
            (t.company_aliases, aliases),
            (t.assets, assets),
            (t.asset_aliases, asset_aliases),
            (t.deals, deals),
            (t.deal_parties, parties),
            (t.deal_assets, links),
        ):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[start : start + 5000])
    with store.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    store.dispose()
    _ = search_text
    return time.perf_counter() - started


if __name__ == "__main__":
    count, target = int(sys.argv[1]), Path(sys.argv[2])
    if target.exists():
        sys.exit(f"{target} exists; give a new path")
    seconds = build(count, target)
    print(f"built {count:,} synthetic deals in {target} in {seconds:.1f}s")
