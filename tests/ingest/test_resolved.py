"""The resolving merge stage: reports of one deal, in any language and order, become one deal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from dealradar.cli.app import app
from dealradar.ingest.merge import ReviewPolicy
from dealradar.store import tables as t
from dealradar.store.engine import Store, open_store

pytest.importorskip("dealradar.extract.en")


def _ingest(db: Path, files: list[Path]) -> list[tuple[str, str, str, float]]:
    result = CliRunner().invoke(
        app, ["--db", str(db), "ingest", *map(str, files), "--quiet", "--batch-size", "7"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(
        CliRunner()
        .invoke(app, ["--db", str(db), "deals", "list", "--limit", "0", "-f", "json"])
        .output
    )
    return sorted(
        (r["licensor"] or "", r["licensee"] or "", r["announced"] or "", r["total_usd"] or 0.0)
        for r in rows
    )


@pytest.mark.slow
def test_dev_corpus_in_two_orders_gives_the_same_deals(shared_corpus: Path, tmp_path: Path) -> None:
    files = sorted((shared_corpus / "dev").glob("*.txt")) + sorted(
        (shared_corpus / "dev-zh").glob("*.txt")
    )
    forward = _ingest(tmp_path / "a.db", files)
    backward = _ingest(tmp_path / "b.db", list(reversed(files)))
    assert forward == backward
    assert len(forward) < 62  # 62 reports: several outlets reported the same deals


@pytest.mark.slow
def test_an_english_and_a_chinese_report_of_one_deal_merge(
    shared_corpus: Path, tmp_path: Path
) -> None:
    """en-007 (Hengrui → Glenmark, machine-translated) and its reports elsewhere are one deal
    whose record lists every source."""
    db = tmp_path / "x.db"
    files = sorted((shared_corpus / "dev").glob("*.txt")) + sorted(
        (shared_corpus / "dev-zh").glob("*.txt")
    )
    _ingest(db, files)
    store = open_store(db)
    with store.connect() as conn:
        most = conn.execute(
            select(func.count())
            .select_from(t.deal_sources)
            .group_by(t.deal_sources.c.deal_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
        langs = conn.execute(
            select(t.deal_sources.c.deal_id, func.count(func.distinct(t.sources.c.language)))
            .join(t.sources, t.sources.c.id == t.deal_sources.c.source_id)
            .group_by(t.deal_sources.c.deal_id)
        ).all()
    assert most >= 3
    assert any(n == 2 for _, n in langs), "no deal has both an English and a Chinese source"


_ = ReviewPolicy


def test_a_rolled_back_batch_does_not_poison_the_next(tmp_path: Path) -> None:
    """The registry is seeded inside the batch's transaction; after a rollback the next batch
    must seed and load it again rather than use company ids that no longer exist."""
    from dealradar.ingest.resolved import resolve_and_merge
    from dealradar.model import Asset, Company, Deal, Document, Money
    from dealradar.store.writes import Writer

    doc = Document(text="Hengrui licensed SHR-A1811 to Glenmark for $18 million.", uri="mem://a")
    deal = Deal(
        licensors=(Company("Hengrui"),),
        licensees=(Company("Glenmark"),),
        assets=(Asset("SHR-A1811"),),
        upfront=Money.usd_millions(18),
    )
    merge = resolve_and_merge()
    store = open_store(tmp_path / "x.db")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.begin() as conn:
        merge(Writer(conn), doc, [deal])
        raise Boom
    with store.begin() as conn:
        report = merge(Writer(conn), doc, [deal])
    assert report.created == 1
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.deals)).scalar_one() == 1


@pytest.mark.slow
def test_news_of_a_reference_deal_adds_sources_but_not_values(
    shared_corpus: Path, tmp_path: Path
) -> None:
    """The bundled table is curated: a report of one of its deals (here in Chinese, with a
    different date and deal type) joins that row as a source and leaves its values alone."""
    db = tmp_path / "x.db"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(db), "load-reference"]).exit_code == 0
    before = json.loads(
        runner.invoke(
            app, ["--db", str(db), "deals", "list", "--q", "hrs-9821", "-f", "json"]
        ).output
    )
    _ingest(db, [shared_corpus / "dev-zh" / "zh-001.txt"])
    after = json.loads(
        runner.invoke(
            app, ["--db", str(db), "deals", "list", "--q", "hrs-9821", "-f", "json"]
        ).output
    )
    assert len(before) == len(after) == 1 and before == after
    shown = json.loads(
        runner.invoke(
            app, ["--db", str(db), "deals", "show", str(after[0]["id"]), "-f", "json"]
        ).output
    )
    assert len(shown["sources"]) == 2 and shown["evidence"]["upfront"]


def test_two_deals_of_one_pair_that_share_a_key_are_both_stored(tmp_path: Path) -> None:
    """An article's new deal and the pair's earlier one, neither naming a drug nor a date,
    have the same identity key; writing by key must not put one over the other (nor link the
    source to one row twice), in one document or across two."""
    from dealradar.ingest.resolved import resolve_and_merge
    from dealradar.model import Company, Deal, Document, Money
    from dealradar.store.writes import Writer

    def pair(**terms: Any) -> Deal:
        return Deal(
            licensors=(Company("Solix Therapeutics"),), licensees=(Company("Velora"),), **terms
        )

    doc = Document(text="Solix and Velora, again.", uri="mem://a")
    later = Document(text="Solix and Velora, once more.", uri="mem://b")
    merge = resolve_and_merge()
    store = open_store(tmp_path / "x.db")
    with store.begin() as conn:
        report = merge(
            Writer(conn),
            doc,
            [pair(territory_class="ex-china"), pair(upfront=Money.usd_millions(376))],
        )
    assert report.created == 2
    with store.begin() as conn:
        merge(Writer(conn), later, [pair(upfront=Money.usd_millions(50), territory_class="global")])
    with store.connect() as conn:
        keys = conn.execute(select(t.deals.c.key)).scalars().all()
        upfronts = conn.execute(select(t.deals.c.upfront_usd)).scalars().all()
    assert len(keys) == len(set(keys)) >= 2
    assert 376_000_000 in {int(u) for u in upfronts if u is not None}


def test_a_pairs_neighbours_are_found_by_seek_as_by_reading_every_deal(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For a report naming both sides, the stored deals it could be part of are those of the
    pair, those naming one of its sides with the other unnamed, and those where either is a
    co-party (second licensor or licensee). The seek by pair finds exactly what reading every
    deal of both companies and keeping the candidates found; a reversed pair, a deal of only
    one of them with someone else, and a co-party on the wrong side are left out."""
    from dealradar.ingest import resolved
    from dealradar.model import Company, Deal
    from dealradar.store.writes import Writer

    def deal(licensors: list[str], licensees: list[str]) -> Deal:
        return Deal(
            licensors=tuple(Company(n) for n in licensors),
            licensees=tuple(Company(n) for n in licensees),
        )

    shapes = {
        "pair": deal(["Aldren Bio"], ["Borvik Pharma"]),
        "licensor, licensee unnamed": deal(["Aldren Bio"], []),
        "licensee, licensor unnamed": deal([], ["Borvik Pharma"]),
        "co-licensor": deal(["Cresta Labs", "Aldren Bio"], ["Borvik Pharma"]),
        "co-licensor, licensee unnamed": deal(["Cresta Labs", "Aldren Bio"], []),
        "reversed": deal(["Borvik Pharma"], ["Aldren Bio"]),
        "licensor with another": deal(["Aldren Bio"], ["Cresta Labs"]),
        "licensee with another": deal(["Cresta Labs"], ["Borvik Pharma"]),
        "co-licensee on the wrong side": deal(["Cresta Labs"], ["Dunmore", "Aldren Bio"]),
    }
    with store.begin() as conn:
        writer = Writer(conn)
        ids = {
            name: writer.upsert_deal(d, origin="import", key=name)[0] for name, d in shapes.items()
        }
        writer.flush()
        report = deal(["Aldren Bio"], ["Borvik Pharma"])
        found = {m.deal_id for m in resolved._neighbours(writer, [report])}
        monkeypatch.setattr(resolved, "_PAIRED_PARTIES_OF", resolved._PARTIES_OF)
        read_all = {m.deal_id for m in resolved._neighbours(writer, [report])}
    expected = {
        ids[n]
        for n in (
            "pair",
            "licensor, licensee unnamed",
            "licensee, licensor unnamed",
            "co-licensor",
            "co-licensor, licensee unnamed",
        )
    }
    assert found == read_all == expected


def test_a_one_sided_reports_neighbours_are_its_sides_deals_read_by_role(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For a report naming one side only, the stored deals it could be part of are those
    naming that company on that side (first or co-party). Only their party rows are read: the
    deals naming it on the other side, however many, are not. With a report naming both sides
    in the same document, the candidates are those of reading every deal of every company."""
    from dealradar.ingest import resolved
    from dealradar.model import Company, Deal
    from dealradar.store.writes import Writer

    def deal(licensors: list[str], licensees: list[str]) -> Deal:
        return Deal(
            licensors=tuple(Company(n) for n in licensors),
            licensees=tuple(Company(n) for n in licensees),
        )

    shapes = {
        "licensor": deal(["Aldren Bio"], ["Borvik Pharma"]),
        "licensor, licensee unnamed": deal(["Aldren Bio"], []),
        "co-licensor": deal(["Cresta Labs", "Aldren Bio"], ["Dunmore"]),
        "licensee": deal(["Cresta Labs"], ["Aldren Bio"]),
        "co-licensee": deal(["Borvik Pharma"], ["Dunmore", "Aldren Bio"]),
        "licensee, licensor unnamed": deal([], ["Aldren Bio"]),
        "others": deal(["Cresta Labs"], ["Dunmore"]),
    }
    with store.begin() as conn:
        writer = Writer(conn)
        ids = {
            name: writer.upsert_deal(d, origin="import", key=name)[0] for name, d in shapes.items()
        }
        writer.flush()
        read: list[int] = []
        select_in = writer.select_in

        def spy(stmt: Any, name: str, values: Any) -> list[Any]:
            rows = select_in(stmt, name, values)
            if stmt is not resolved._REPORTS_OF:
                read.extend(row[0] for row in rows)
            return rows

        monkeypatch.setattr(writer, "select_in", spy)
        one_sided = deal(["Aldren Bio"], [])
        found = {m.deal_id for m in resolved._neighbours(writer, [one_sided])}
        party_rows_read = set(read)
        mixed = [one_sided, deal(["Borvik Pharma"], ["Dunmore"])]
        found_mixed = {m.deal_id for m in resolved._neighbours(writer, mixed)}
        every = dict.fromkeys(("licensor", "licensee"), resolved._PARTIES_OF)
        monkeypatch.setattr(resolved, "_ROLE_PARTIES_OF", every)
        monkeypatch.setattr(resolved, "_PAIRED_PARTIES_OF", resolved._PARTIES_OF)
        read_all = {m.deal_id for m in resolved._neighbours(writer, [one_sided])}
        read_all_mixed = {m.deal_id for m in resolved._neighbours(writer, mixed)}
    licensed_out = {ids[n] for n in ("licensor", "licensor, licensee unnamed", "co-licensor")}
    assert found == read_all == licensed_out
    assert party_rows_read == licensed_out  # the other side's deals: not one row read
    assert found_mixed == read_all_mixed == licensed_out | {ids["co-licensee"]}


def test_a_one_sided_report_joins_the_deal_of_its_side_not_one_naming_it_on_the_other(
    tmp_path: Path,
) -> None:
    """A report naming only the licensor, with the upfront of that licensor's stored deal, is
    a further report of that deal; a deal where the same company is the licensee, with the same
    upfront, is left as it was."""
    from dealradar.ingest import resolved
    from dealradar.model import Company, Deal, Document, Money
    from dealradar.store.writes import Writer

    def report(licensors: list[str], licensees: list[str]) -> Deal:
        return Deal(
            licensors=tuple(Company(n) for n in licensors),
            licensees=tuple(Company(n) for n in licensees),
            upfront=Money.usd_millions(50),
        )

    merge = resolved.resolve_and_merge()
    store = open_store(tmp_path / "one-sided.db")
    stored = (
        ("mem://out", report(["Solix Therapeutics"], ["Velora"])),
        ("mem://in", report(["Quintar Bio"], ["Solix Therapeutics"])),
    )
    for uri, deal in stored:
        with store.begin() as conn:
            merge(Writer(conn), Document(text=uri, uri=uri), [deal])
    with store.begin() as conn:
        done = merge(
            Writer(conn),
            Document(text="mem://brief", uri="mem://brief"),
            [report(["Solix Therapeutics"], [])],
        )
    assert done.created == 0
    licensor, licensee = t.companies.alias(), t.companies.alias()
    with store.connect() as conn:
        sources = conn.execute(
            select(licensor.c.name, licensee.c.name, func.count())
            .select_from(t.deals)
            .join(licensor, licensor.c.id == t.deals.c.licensor_id)
            .join(licensee, licensee.c.id == t.deals.c.licensee_id)
            .join(t.deal_sources, t.deal_sources.c.deal_id == t.deals.c.id)
            .group_by(t.deals.c.id, licensor.c.name, licensee.c.name)
            .order_by(licensor.c.name)
        ).all()
    assert [tuple(row) for row in sources] == [
        ("Quintar Bio", "Solix Therapeutics", 1),
        ("Solix Therapeutics", "Velora", 2),
    ]


def test_a_split_deals_parts_are_not_written_over_the_row_they_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a recomputation splits a stored deal's reports into several deals, the row goes to
    one of them and the others are written by key. The row kept the key its first report gave
    it, and a part with the same parties and no drug or date computes that key again: written
    by it, the part went over the row it had just left (found at 6,600 generated articles as a
    batch failing on a doubled source link). Each part must get a row of its own."""
    from dealradar.ingest import resolved
    from dealradar.model import Company, Deal, Document, Money
    from dealradar.resolve.merge import cluster_reports
    from dealradar.store.writes import Writer

    def report(upfront: int, milestones: int | None = None) -> Deal:
        return Deal(
            licensors=(Company("Solix Therapeutics"),),
            licensees=(Company("Velora"),),
            upfront=Money.usd_millions(upfront),
            milestones=Money.usd_millions(milestones) if milestones else None,
        )

    merge = resolved.resolve_and_merge()
    store = open_store(tmp_path / "split.db")
    for uri, deal in (("mem://a", report(50)), ("mem://b", report(50, 200))):
        with store.begin() as conn:
            merge(Writer(conn), Document(text=uri, uri=uri), [deal])
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.deals)).scalar() == 1

    def apart(unique: Any, registry: Any, memo: Any = None) -> list[Any]:
        return [[r] for cluster in cluster_reports(unique, registry, memo=memo) for r in cluster]

    monkeypatch.setattr(resolved, "cluster_reports", apart)
    with store.begin() as conn:
        merge(Writer(conn), Document(text="c", uri="mem://c"), [report(50, 300)])
    with store.connect() as conn:
        keys = conn.execute(select(t.deals.c.key)).scalars().all()
        reports_per_deal = (
            conn.execute(select(func.count()).select_from(t.reports).group_by(t.reports.c.deal_id))
            .scalars()
            .all()
        )
        links = conn.execute(select(func.count()).select_from(t.deal_sources)).scalar()
    assert len(keys) == len(set(keys)) == 3
    assert sorted(reports_per_deal) == [1, 1, 1]
    assert links == 3
