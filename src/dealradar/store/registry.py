"""The resolution registry in the database: seeding it, loading it, and users' corrections.

`sync_seed` writes the packaged registry (curated aliases + reference parties) into the
`companies` / `company_aliases` tables once per version of the packaged data; `load_registry`
reads the tables back as a `resolve.Registry` whose ids are database ids. User operations
(`add_alias`, `merge_companies`, `split_company`) store their aliases with `how='user'`, the
highest authority in the registry, and write the audit trail; seeding never adds an alias
whose key another company already holds, so a correction survives re-seeding and
re-ingestion. See docs/resolution.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from dealradar.errors import NotFoundError, ValidationError
from dealradar.resolve.match import resolve_company
from dealradar.resolve.normalise import name_key
from dealradar.resolve.registry import Book, Registry, company_keys
from dealradar.resolve.seed import seed_registry
from dealradar.store import tables as t
from dealradar.store.writes import FilledCountry, NewAlias, NewCompany, RegistryChange, Writer

USER = "user"


@lru_cache(maxsize=1)
def _seed() -> Registry:
    return seed_registry()


def seed_version() -> str:
    """A hash of the packaged alias and reference files: re-seed when they change."""
    digest = hashlib.sha256()
    for parts in (
        ("aliases", "companies.csv"),
        ("aliases", "drugs.csv"),
        ("reference", "deals.csv"),
    ):
        digest.update(resources.files("dealradar").joinpath("data", *parts).read_bytes())
    return digest.hexdigest()[:16]


def sync_seed(conn: Connection) -> bool:
    """Write the packaged registry into the store unless this version is already there.

    Existing companies (found by any alias key) gain the seed's missing aliases; unknown ones
    are created; parents are set where the store has none. Returns True when it wrote.
    """
    version = seed_version()
    a = t.audit.c
    done = conn.execute(
        select(a.id).where(a.action == "seed-registry", a.note == version).limit(1)
    ).first()
    if done is not None:
        return False
    ca = t.company_aliases.c
    owner: dict[str, int] = {}
    for norm, cid in conn.execute(select(ca.norm, ca.company_id).order_by(ca.id)):
        owner.setdefault(norm, cid)
    store_id: dict[int, int] = {}
    seed = _seed().companies
    # Alias rows go out in one executemany at the end, in the order they were found (so with
    # the ids one INSERT per company would give): nothing below reads them back, `owner`
    # already knows every key taken.
    rows: list[dict[str, Any]] = []
    for entry in seed:
        keys = [(alias, name_key(alias), how) for alias, how in entry.aliases.items()]
        cid = next((owner[k] for _, k, _ in keys if k in owner), None)
        if cid is None:
            cid = _insert_company(conn, entry.name, entry.name_zh, entry.country)
        store_id[entry.id] = cid
        for alias, key, how in keys:
            if key and key not in owner:
                owner[key] = cid
                rows.append({"company_id": cid, "alias": alias, "norm": key, "how": how})
    if rows:
        conn.execute(_INSERT_ALIAS, rows)
    for entry in seed:
        if entry.parent_id is not None and entry.parent_id in store_id:
            child, parent = store_id[entry.id], store_id[entry.parent_id]
            if child != parent:
                conn.execute(
                    update(t.companies)
                    .where(t.companies.c.id == child, t.companies.c.parent_id.is_(None))
                    .values(parent_id=parent)
                )
    Writer(conn).audit("seed-registry", "registry", None, note=version)
    return True


def load_registry(conn: Connection) -> Registry:
    """The registry as the store holds it (ids are `companies.id`); drugs from the seed."""
    registry = Registry(companies=Book("company", company_keys), persistent=True)
    book = registry.companies
    c = t.companies.c
    parents: dict[int, int] = {}
    for row in conn.execute(select(c.id, c.name, c.name_zh, c.country, c.parent_id)):
        book.add(row.name, id=row.id, name_zh=row.name_zh, country=row.country)
        if row.parent_id is not None:
            parents[row.id] = row.parent_id
    ca = t.company_aliases.c
    for cid, alias, how in conn.execute(select(ca.company_id, ca.alias, ca.how).order_by(ca.id)):
        if cid in book.entries:
            book.add_alias(cid, alias, how)
    for child, parent in parents.items():
        if parent in book.entries:
            book.entries[child].parent_id = parent
    registry.drugs = _seed().drugs
    return registry


def registry_token(conn: Connection) -> tuple[Any, ...]:
    """A cheap fingerprint of the company tables: ids and counts of companies and aliases,
    how many companies have a country or a parent, and the last audit entry (every user
    correction writes one). Equal tokens mean a registry loaded at the first is still exact."""
    c, ca, a = t.companies.c, t.company_aliases.c, t.audit.c
    parts = (
        func.max(c.id),
        func.count(c.id),
        func.count(c.country),
        func.count(c.parent_id),
        func.max(ca.id),
        func.count(ca.id),
        func.max(a.id),
    )
    row = conn.execute(select(*(select(p).scalar_subquery() for p in parts))).one()
    return tuple(row)


def apply_changes(registry: Registry, changes: Iterable[RegistryChange]) -> None:
    """Bring a registry loaded at the start of a transaction up to its end: the companies,
    aliases and countries a `Writer` recorded, applied as `load_registry` would read them."""
    book = registry.companies
    for change in changes:
        if isinstance(change, NewCompany):
            book.add(change.name, id=change.id, name_zh=change.name_zh, country=change.country)
        elif isinstance(change, NewAlias):
            if change.company_id in book.entries:
                book.add_alias(change.company_id, change.alias, change.how)
        elif isinstance(change, FilledCountry):
            entry = book.get(change.company_id)
            if entry is not None and entry.country is None:
                entry.country = change.country
    book.memo.clear()  # resolutions carry countries; a fresh load would remember none


def find_company(conn: Connection, name_or_id: str) -> int:
    """The company a CLI argument names: an id, an alias, or a mention that resolves.

    Raises:
        NotFoundError: nothing matches; the message suggests `dealradar companies resolve`.
    """
    registry = load_registry(conn)
    if name_or_id.isdigit() and int(name_or_id) in registry.companies.entries:
        return int(name_or_id)
    found = resolve_company(registry, name_or_id)
    if found.company_id is None:
        raise NotFoundError(
            f"no company matches {name_or_id!r} ({found.note}); "
            "try `dealradar companies resolve` or `dealradar companies list`"
        )
    return found.matched_id or found.company_id


def add_alias(conn: Connection, company_id: int, alias: str, *, actor: str = USER) -> None:
    """Give `alias` to the company, taking it from any other company that held it."""
    key = name_key(alias)
    if not key:
        raise ValidationError(f"alias {alias!r} is empty once normalised")
    _require(conn, company_id)
    ca = t.company_aliases.c
    taken = conn.execute(select(ca.company_id).where(ca.norm == key)).scalars().all()
    conn.execute(delete(t.company_aliases).where(ca.norm == key))
    conn.execute(
        insert(t.company_aliases).values(company_id=company_id, alias=alias, norm=key, how=USER)
    )
    Writer(conn, actor=actor).audit(
        "alias", "company", company_id, field="alias", old=sorted(set(taken)) or None, new=alias
    )


def merge_companies(conn: Connection, keep: int, other: int, *, actor: str = USER) -> None:
    """Fold `other` into `keep`: its deals, parties, aliases and subsidiaries move over.

    Moved aliases are marked `how='user'` so no later seeding or resolution splits them off.
    """
    if keep == other:
        raise ValidationError("cannot merge a company with itself")
    kept, gone = _require(conn, keep), _require(conn, other)
    ca, d = t.company_aliases.c, t.deals.c
    held = set(conn.execute(select(ca.norm).where(ca.company_id == keep)).scalars())
    for alias_id, norm in conn.execute(select(ca.id, ca.norm).where(ca.company_id == other)):
        if norm in held:
            conn.execute(delete(t.company_aliases).where(ca.id == alias_id))
        else:
            conn.execute(
                update(t.company_aliases).where(ca.id == alias_id).values(company_id=keep, how=USER)
            )
    conn.execute(update(t.deals).where(d.licensor_id == other).values(licensor_id=keep))
    conn.execute(update(t.deals).where(d.licensee_id == other).values(licensee_id=keep))
    conn.execute(
        update(t.deal_parties).where(t.deal_parties.c.company_id == other).values(company_id=keep)
    )
    conn.execute(update(t.companies).where(t.companies.c.parent_id == other).values(parent_id=keep))
    conn.execute(delete(t.companies).where(t.companies.c.id == other))
    Writer(conn, actor=actor).audit(
        "merge",
        "company",
        keep,
        old={"id": other, "name": gone["name"]},
        new=kept["name"],
        note=f"how={USER}",
    )


def split_company(
    conn: Connection, company_id: int, aliases: list[str], *, actor: str = USER
) -> int:
    """Move `aliases` off the company onto a new one (named by the first); returns its id.

    Deal parties whose mention is one of those aliases follow them to the new company.
    """
    if not aliases:
        raise ValidationError("name at least one alias to split off")
    old = _require(conn, company_id)
    keys = {name_key(a) for a in aliases}
    if name_key(str(old["name"])) in keys:
        raise ValidationError(
            f"{old['name']!r} is the company's own name; rename by splitting the other aliases"
        )
    new_id = _insert_company(conn, aliases[0])
    ca = t.company_aliases.c
    conn.execute(delete(t.company_aliases).where(ca.norm.in_(keys)))
    conn.execute(
        insert(t.company_aliases),
        [
            {"company_id": new_id, "alias": a, "norm": name_key(a), "how": USER}
            for a in dict.fromkeys(aliases)
        ],
    )
    p = t.deal_parties.c
    moved = [
        (r.deal_id, r.role, r.position)
        for r in conn.execute(
            select(p.deal_id, p.role, p.position, p.mention).where(p.company_id == company_id)
        )
        if r.mention and name_key(r.mention) in keys
    ]
    for deal_id, role, position in moved:
        conn.execute(
            update(t.deal_parties)
            .where(p.deal_id == deal_id, p.role == role, p.position == position)
            .values(company_id=new_id)
        )
        if position == 0:
            column = t.deals.c.licensor_id if role == "licensor" else t.deals.c.licensee_id
            conn.execute(
                update(t.deals).where(t.deals.c.id == deal_id).values({column.key: new_id})
            )
    Writer(conn, actor=actor).audit(
        "split",
        "company",
        company_id,
        field="aliases",
        old=old["name"],
        new={"id": new_id, "aliases": aliases, "deals": len(moved)},
        note=f"how={USER}",
    )
    return new_id


@dataclass(frozen=True)
class CompanyView:
    """What `dealradar companies show` prints."""

    id: int
    name: str
    name_zh: str | None
    country: str | None
    parent: str | None
    subsidiaries: list[str]
    aliases: list[tuple[str, str]]
    deals: int

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["aliases"] = [{"alias": a, "how": h} for a, h in self.aliases]
        return out


def company_view(conn: Connection, company_id: int) -> CompanyView:
    row = _require(conn, company_id)
    c, ca, d = t.companies.c, t.company_aliases.c, t.deal_parties.c
    parent = (
        conn.execute(select(c.name).where(c.id == row["parent_id"])).scalar()
        if row["parent_id"]
        else None
    )
    subs = conn.execute(select(c.name).where(c.parent_id == company_id).order_by(c.name))
    aliases = conn.execute(
        select(ca.alias, ca.how).where(ca.company_id == company_id).order_by(ca.id)
    )
    deals = conn.execute(select(d.deal_id).where(d.company_id == company_id).distinct())
    return CompanyView(
        company_id,
        str(row["name"]),
        row["name_zh"],
        row["country"],
        parent,
        list(subs.scalars()),
        [(a, h) for a, h in aliases],
        len(deals.all()),
    )


#: Built once: seeding inserts hundreds of companies, and a statement built per row is
#: compiled per row.
_INSERT_COMPANY = insert(t.companies)
_INSERT_ALIAS = insert(t.company_aliases)


def _insert_company(
    conn: Connection, name: str, name_zh: str | None = None, country: str | None = None
) -> int:
    result = conn.execute(_INSERT_COMPANY, {"name": name, "name_zh": name_zh, "country": country})
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _require(conn: Connection, company_id: int) -> dict[str, Any]:
    row = conn.execute(select(t.companies).where(t.companies.c.id == company_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"no company with id {company_id}; see `dealradar companies list`")
    return dict(row)
