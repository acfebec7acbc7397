"""covering indexes for stats

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

`stats` and filtered `deals list` read a dozen narrow columns of every matching deal. Two
covering indexes (by date, and by licensor country then date) let the database answer from
the index alone; the single-column indexes on low-cardinality columns they replace made the
planner do a random row lookup per deal instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATS_COLUMNS = [
    "status", "licensee_country", "deal_type", "modality", "area", "phase", "licensor_id",
    "licensee_id", "total_usd", "upfront_usd", "milestones_usd", "total_stated",
]  # fmt: skip
DROPPED = ["announced", "area", "deal_type", "licensee_country", "modality", "phase", "status"]


def upgrade() -> None:
    with op.batch_alter_table("deals", schema=None) as batch_op:
        for column in DROPPED:
            batch_op.drop_index(f"ix_deals_{column}")
        batch_op.drop_index("ix_deals_licensor_country_announced")
        batch_op.create_index(
            "ix_deals_stats_by_date", ["announced", "licensor_country", *STATS_COLUMNS]
        )
        batch_op.create_index(
            "ix_deals_stats_by_country", ["licensor_country", "announced", *STATS_COLUMNS]
        )


def downgrade() -> None:
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index("ix_deals_stats_by_date")
        batch_op.drop_index("ix_deals_stats_by_country")
        batch_op.create_index(
            "ix_deals_licensor_country_announced", ["licensor_country", "announced"]
        )
        for column in DROPPED:
            batch_op.create_index(f"ix_deals_{column}", [column])
