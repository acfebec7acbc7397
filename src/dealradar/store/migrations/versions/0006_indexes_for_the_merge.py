"""indexes for the resolving merge's look-up of a pair's deals

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

For every new report the resolving merge finds the stored deals of its licensor and licensee.
It read every deal of both companies and kept the few of the pair: at 20,000 articles, 244
rows read per document on average, over a thousand for the busiest companies, and a cost per
document that grew with the store. `(licensee_id, licensor_id)` answers "this pair, or this
side with the other unnamed" in one seek each and replaces the index on `licensee_id` alone,
which it serves too. Co-licensors and co-licensees (`position > 0`) are not in those columns:
a partial index finds them by company.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CO_PARTIES = "position > 0"


def upgrade() -> None:
    op.drop_index("ix_deals_licensee_id", table_name="deals")  # not batch: no table rebuild
    op.create_index("ix_deals_licensee_licensor", "deals", ["licensee_id", "licensor_id"])
    op.create_index(
        "ix_deal_parties_co_parties",
        "deal_parties",
        ["company_id"],
        sqlite_where=sa.text(CO_PARTIES),
        postgresql_where=sa.text(CO_PARTIES),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and _analyzed(bind):
        # Without statistics of their own, new indexes look so selective to SQLite that it
        # may take them over better ones (see 0005).
        op.execute("ANALYZE ix_deals_licensee_licensor")
        op.execute("ANALYZE ix_deal_parties_co_parties")


def _analyzed(bind: sa.Connection) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    return bind.exec_driver_sql(query).first() is not None


def downgrade() -> None:
    op.drop_index("ix_deal_parties_co_parties", table_name="deal_parties")
    op.drop_index("ix_deals_licensee_licensor", table_name="deals")
    op.create_index("ix_deals_licensee_id", "deals", ["licensee_id"])
