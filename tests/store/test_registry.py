"""The registry in the store: seeded once, loaded with database ids, user corrections win."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select

from dealradar.model import Company, Deal
from dealradar.resolve.match import resolve_company
from dealradar.store import registry as reg
from dealradar.store import tables as t
from dealradar.store.engine import Store
from dealradar.store.writes import Writer


def _resolve(conn: Connection, name: str) -> int | None:
    return resolve_company(reg.load_registry(conn), name).company_id


def _reseed(conn: Connection) -> None:
    """What a new release of the packaged data does: the seed runs again."""
    conn.execute(delete(t.audit).where(t.audit.c.action == "seed-registry"))
    assert reg.sync_seed(conn)


def test_seed_is_written_once_and_resolves_with_store_ids(sqlite_store: Store) -> None:
    with sqlite_store.begin() as conn:
        assert reg.sync_seed(conn)
        assert not reg.sync_seed(conn)
        found = resolve_company(reg.load_registry(conn), "Nuocheng Jianhua")
        stored = conn.execute(
            select(t.companies.c.name).where(t.companies.c.id == found.company_id)
        ).scalar()
    assert stored == "InnoCare Pharma"


def test_reseeding_adds_nothing_twice(sqlite_store: Store) -> None:
    with sqlite_store.begin() as conn:
        reg.sync_seed(conn)
        before = conn.execute(select(t.company_aliases.c.id)).all()
        _reseed(conn)
        assert conn.execute(select(t.company_aliases.c.id)).all() == before


def test_user_alias_takes_a_name_over_and_survives_reseeding(sqlite_store: Store) -> None:
    with sqlite_store.begin() as conn:
        reg.sync_seed(conn)
        pfizer = reg.find_company(conn, "Pfizer")
        reg.add_alias(conn, pfizer, "Hengrui")
        _reseed(conn)
        assert _resolve(conn, "Hengrui") == pfizer
        assert _resolve(conn, "Cinda Bio") is None
        innovent = reg.find_company(conn, "Innovent")
        reg.add_alias(conn, innovent, "Cinda Bio")
        assert _resolve(conn, "Cinda Bio") == innovent
        actions = conn.execute(select(t.audit.c.action).where(t.audit.c.actor == "user"))
        assert actions.scalars().all() == ["alias", "alias"]


def test_merge_repoints_deals_and_aliases_and_survives_reseeding(sqlite_store: Store) -> None:
    with sqlite_store.begin() as conn:
        reg.sync_seed(conn)
        deal_id, _ = Writer(conn).upsert_deal(
            Deal((Company("Foo Biologics"),), (Company("Pfizer"),)), origin="test"
        )
        foo = reg.find_company(conn, "Foo Biologics")
        hengrui = reg.find_company(conn, "Hengrui")
        reg.merge_companies(conn, hengrui, foo)
        _reseed(conn)
        assert _resolve(conn, "Foo Biologics") == hengrui
        licensor = conn.execute(
            select(t.deals.c.licensor_id).where(t.deals.c.id == deal_id)
        ).scalar()
        assert licensor == hengrui
        assert reg.company_view(conn, hengrui).deals == 1
        audit = conn.execute(select(t.audit.c.action, t.audit.c.entity_id)).all()
        assert ("merge", hengrui) in audit


def test_split_moves_aliases_and_their_deals_to_a_new_company(sqlite_store: Store) -> None:
    with sqlite_store.begin() as conn:
        reg.sync_seed(conn)
        hengrui = reg.find_company(conn, "Hengrui")
        reg.add_alias(conn, hengrui, "Hengrui Bank")
        deal_id, _ = Writer(conn).upsert_deal(
            Deal((Company("Hengrui Bank"),), (Company("Pfizer"),)), origin="test"
        )
        new = reg.split_company(conn, hengrui, ["Hengrui Bank"])
        _reseed(conn)
        assert _resolve(conn, "Hengrui Bank") == new
        assert _resolve(conn, "Hengrui") == hengrui
        licensor = conn.execute(
            select(t.deals.c.licensor_id).where(t.deals.c.id == deal_id)
        ).scalar()
        assert licensor == new
