"""The store on SQLite and PostgreSQL: migrations, idempotent upserts, all-or-nothing imports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from dealradar.errors import StoreError, ValidationError
from dealradar.model import Asset, Company, Deal, Evidence, Money, Source
from dealradar.store import tables as t
from dealradar.store.engine import Store, current_revision, head_revision, open_store
from dealradar.store.load import import_deals_csv, load_reference, split_parties, territory_class
from dealradar.store.queries import DealFilter, count_deals, get_deal, list_deals, table_counts
from dealradar.store.writes import Writer

CSV = Path(__file__).resolve().parents[1] / "data" / "csv"


def counts(store: Store) -> dict[str, int]:
    with store.connect() as conn:
        return table_counts(conn)


def sample_deal(**kw: object) -> Deal:
    text = "Hengrui will receive an upfront payment of $18 million from Glenmark."
    base: dict[str, object] = {
        "licensors": (
            Company("Jiangsu Hengrui Pharmaceuticals", aliases=("Hengrui",), country="CN"),
        ),
        "licensees": (Company("Glenmark Specialty S.A.", country="CH"),),
        "assets": (Asset("SHR-A1811", aliases=("trastuzumab rezetecan",), modality="ADC"),),
        "upfront": Money.usd_millions(18),
        "milestones": Money.usd_millions(1093),
        "announced": date(2025, 9, 24),
        "evidence": (Evidence.at("upfront", text, 43, 54),),
    }
    base.update(kw)
    return Deal(**base).with_derived_total()  # type: ignore[arg-type]


def test_open_store_migrates_to_the_latest_revision(store: Store) -> None:
    assert current_revision(store) == head_revision()
    assert counts(store)["deals"] == 0


def test_reopening_a_migrated_store_keeps_its_data(store_url: str) -> None:
    s = open_store(store_url)
    load_reference(s)
    s.dispose()
    again = open_store(store_url)
    assert counts(again)["deals"] == 335
    again.dispose()


def test_an_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_loading_the_reference_twice_creates_no_duplicates(store: Store) -> None:
    first = load_reference(store)
    before = counts(store)
    second = load_reference(store)
    assert first.created == 335 and first.totals_created == 164
    assert second.created == 0 and second.updated == 335 and second.totals_created == 0
    assert counts(store) == before


def test_upserting_the_same_deal_keeps_one_row_and_one_evidence(store: Store) -> None:
    source = Source(uri="https://example.org/a", content_hash="abc")
    with store.begin() as conn:
        first = Writer(conn).upsert_deal(sample_deal(), origin="extracted", source=source)
    with store.begin() as conn:
        second = Writer(conn).upsert_deal(sample_deal(), origin="extracted", source=source)
    assert first == (first[0], True) and second == (first[0], False)
    c = counts(store)
    assert (c["deals"], c["evidence"], c["sources"], c["companies"]) == (1, 1, 1, 2)


def test_a_deal_reads_back_as_it_was_written(store: Store) -> None:
    source = Source(uri="https://example.org/a", title="Hengrui deal", content_hash="abc")
    with store.begin() as conn:
        deal_id, _ = Writer(conn).upsert_deal(sample_deal(), origin="extracted", source=source)
    with store.connect() as conn:
        back = get_deal(conn, deal_id)
    assert back.licensor is not None and back.licensor.name == "Jiangsu Hengrui Pharmaceuticals"
    assert "Hengrui" in back.licensor.aliases and back.licensor.country == "CN"
    assert back.assets[0].aliases == ("trastuzumab rezetecan",)
    assert back.upfront is not None and back.upfront.amount == Decimal(18_000_000)
    assert back.total is not None and back.total.stated is False
    assert back.total.amount == Decimal(1_111_000_000)
    assert [s.title for s in back.sources] == ["Hengrui deal"]
    assert back.evidence[0].quote == "$18 million" and back.evidence[0].source == source.uri


def test_a_company_is_found_again_by_any_of_its_names(store: Store) -> None:
    with store.begin() as conn:
        w = Writer(conn)
        a = w.company_id(Company("Jiangsu Hengrui Pharmaceuticals Co., Ltd.", aliases=("Hengrui",)))
        b = w.company_id(Company("HENGRUI"))
    assert a == b


def test_human_locked_fields_survive_a_re_extraction(store: Store) -> None:
    with store.begin() as conn:
        deal_id, _ = Writer(conn).upsert_deal(sample_deal(), origin="extracted")
        conn.execute(
            update(t.deals)
            .where(t.deals.c.id == deal_id)
            .values(upfront_usd=20e6, locked_fields='["upfront_usd"]')
        )
    with store.begin() as conn:
        Writer(conn).upsert_deal(sample_deal(royalties="tiered"), origin="extracted")
    with store.connect() as conn:
        row = conn.execute(select(t.deals).where(t.deals.c.id == deal_id)).one()
    assert row.upfront_usd == 20e6 and row.royalties == "tiered"


def test_bad_rows_are_all_reported_and_nothing_is_written(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        import_deals_csv(store, CSV / "bad_rows.csv")
    message = str(info.value)
    assert "4 bad row(s), nothing imported" in message
    assert "bad_rows.csv:3: column 'announced': '2025-13-01': not a date" in message
    assert "bad_rows.csv:4: column 'upfront_usd_m': 'ten': not a number" in message
    assert "bad_rows.csv:5: column 'licensor_country': 'XX': unknown country code 'XX'" in message
    assert "bad_rows.csv:6: column 'licensor': '': missing licensor" in message
    assert "--skip-bad" in message
    assert counts(store)["deals"] == 0 and counts(store)["companies"] == 0


def test_skip_bad_imports_the_good_rows_and_reports_the_rest(store: Store) -> None:
    report = import_deals_csv(store, CSV / "bad_rows.csv", skip_bad=True)
    assert (report.rows, report.created) == (5, 1)
    assert sorted({e.line for e in report.errors}) == [3, 4, 5, 6]
    assert counts(store)["deals"] == 1


def test_a_failure_half_way_leaves_nothing_written(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real = Writer.upsert_deal

    def flaky(self: Writer, *args: object, **kw: object) -> tuple[int, bool]:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        return real(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Writer, "upsert_deal", flaky)
    with pytest.raises(RuntimeError):
        import_deals_csv(store, CSV / "good.csv")
    assert counts(store)["deals"] == 0 and counts(store)["companies"] == 0


def test_co_licensors_and_their_countries_are_kept(store: Store) -> None:
    import_deals_csv(store, CSV / "good.csv")
    with store.connect() as conn:
        (row,) = list_deals(conn, DealFilter(deal_type="option"))
        deal = get_deal(conn, row.id)
    assert [c.name for c in deal.licensors] == ["Other Therapeutics", "Partner Bio"]
    assert [c.country for c in deal.licensors] == ["CN", "CN"]
    assert [a.name for a in deal.assets] == ["OTX-7", "OTX-9"]
    assert deal.near_term is not None and deal.equity is not None
    assert deal.total is not None and deal.total.amount == Decimal(530_000_000)
    assert not deal.total.stated


def test_a_cny_row_is_converted_at_its_announcement_date(store: Store) -> None:
    import_deals_csv(store, CSV / "cny.csv")
    with store.connect() as conn:
        (row,) = list_deals(conn, DealFilter())
        deal = get_deal(conn, row.id)
    assert deal.upfront is not None and deal.upfront.currency == "CNY"
    assert deal.upfront.amount == Decimal(100_000_000)
    assert deal.upfront.fx_date == date(2025, 9, 24)
    assert deal.upfront.usd is not None and 13_900_000 < deal.upfront.usd < 14_100_000
    assert row.total_usd is not None and 139e6 < row.total_usd < 141e6


def test_filters_select_the_right_deals(store: Store) -> None:
    load_reference(store)
    with store.connect() as conn:
        cn = count_deals(conn, DealFilter(licensor_country="CN"))
        not_cn = count_deals(conn, DealFilter(licensor_country="!CN"))
        assert cn + not_cn == 335
        h1 = DealFilter(licensor_country="CN", since=date(2025, 1, 1), until=date(2025, 6, 30))
        rows = list_deals(conn, h1, limit=None)
        assert rows and all(
            date(2025, 1, 1) <= r.announced <= date(2025, 6, 30) for r in rows if r.announced
        )
        big = list_deals(conn, DealFilter(min_upfront=500e6), sort="upfront", limit=None)
        assert big and all(r.upfront_usd and r.upfront_usd >= 500e6 for r in big)
        assert [r.upfront_usd for r in big] == sorted((r.upfront_usd for r in big), reverse=True)
        hengrui = list_deals(conn, DealFilter(licensor="hengrui"), limit=None)
        assert hengrui and all("Hengrui" in (r.licensor or "") for r in hengrui)
        adc = list_deals(conn, DealFilter(q="rezetecan"), limit=None)
        assert [r.licensee for r in adc] == ["Glenmark Pharmaceuticals"]  # parent of GSSA
        ids = {r.id for r in list_deals(conn, DealFilter(modality="ADC,bispecific"), limit=None)}
        assert len(ids) == count_deals(conn, DealFilter(modality="ADC")) + count_deals(
            conn, DealFilter(modality="bispecific")
        )


def test_rejected_deals_are_hidden_unless_asked_for(store: Store) -> None:
    import_deals_csv(store, CSV / "good.csv")
    with store.begin() as conn:
        conn.execute(
            update(t.deals).where(t.deals.c.deal_type == "option").values(status="rejected")
        )
    with store.connect() as conn:
        assert count_deals(conn, DealFilter()) == 1
        assert count_deals(conn, DealFilter(include_rejected=True)) == 2


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("A;B", ["A", "B"]),
        ("Yao Pharma (Fosun; Yao)", ["Yao Pharma (Fosun; Yao)"]),
        ("Nona (Harbour BioMed);MediLink", ["Nona (Harbour BioMed)", "MediLink"]),
    ],
)
def test_parties_split_on_semicolons_outside_parentheses(text: str, parts: list[str]) -> None:
    assert split_parties(text) == parts


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("worldwide", "global"),
        ("worldwide ex-Greater China", "ex-greater-china"),
        ("worldwide ex-mainland China, Hong Kong, Macau and Taiwan", "ex-greater-china"),
        ("worldwide ex-China", "ex-china"),
        ("Greater China", "china"),
        ("US and Europe", "regional"),
        ("", "unspecified"),
    ],
)
def test_reference_territories_are_classified(text: str, cls: str) -> None:
    assert territory_class(text) == cls


def test_sqlite_store_lives_where_asked(tmp_path: Path) -> None:
    s = open_store(tmp_path / "nested" / "dir" / "x.db")
    assert (tmp_path / "nested" / "dir" / "x.db").exists()
    with s.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.deals)).scalar_one() == 0
    s.dispose()
