"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "assets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("modality", sa.String(length=32), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("area", sa.String(length=32), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assets")),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "companies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_zh", sa.String(length=300), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("tickers", sa.String(length=300), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["companies.id"],
            name=op.f("fk_companies_parent_id_companies"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companies")),
    )
    op.create_table(
        "industry_totals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("metric", sa.String(length=300), nullable=False),
        sa.Column("value_usd_b", sa.Float(), nullable=True),
        sa.Column("deal_count", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_industry_totals")),
        sa.UniqueConstraint(
            "period",
            "scope",
            "metric",
            "source",
            name=op.f("uq_industry_totals_period_scope_metric_source"),
        ),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uri", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.String(length=200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column(
            "fetched_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_sources_content_hash")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index("ix_sources_uri", ["uri"], unique=False)

    op.create_table(
        "asset_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("how", sa.String(length=32), server_default="reference", nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
            name=op.f("fk_asset_aliases_asset_id_assets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset_aliases")),
        sa.UniqueConstraint("asset_id", "norm", name=op.f("uq_asset_aliases_asset_id_norm")),
    )
    with op.batch_alter_table("asset_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_asset_aliases_norm"), ["norm"], unique=False)

    op.create_table(
        "company_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=True),
        sa.Column("how", sa.String(length=32), server_default="reference", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_company_aliases_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_aliases")),
        sa.UniqueConstraint("company_id", "norm", name=op.f("uq_company_aliases_company_id_norm")),
    )
    with op.batch_alter_table("company_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_company_aliases_norm"), ["norm"], unique=False)

    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("announced", sa.Date(), nullable=True),
        sa.Column("deal_type", sa.String(length=20), nullable=False),
        sa.Column("territory", sa.Text(), nullable=True),
        sa.Column(
            "territory_class", sa.String(length=20), server_default="unspecified", nullable=False
        ),
        sa.Column("licensor_id", sa.Integer(), nullable=True),
        sa.Column("licensee_id", sa.Integer(), nullable=True),
        sa.Column("licensor_country", sa.String(length=2), nullable=True),
        sa.Column("licensee_country", sa.String(length=2), nullable=True),
        sa.Column("modality", sa.String(length=32), nullable=True),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("area", sa.String(length=32), nullable=True),
        sa.Column("phase", sa.String(length=16), nullable=True),
        sa.Column("upfront_amount", sa.Float(), nullable=True),
        sa.Column("upfront_currency", sa.String(length=3), nullable=True),
        sa.Column("upfront_usd", sa.Float(), nullable=True),
        sa.Column("upfront_fx_rate", sa.Float(), nullable=True),
        sa.Column("upfront_fx_date", sa.Date(), nullable=True),
        sa.Column("upfront_qualifier", sa.String(length=8), nullable=True),
        sa.Column("near_term_amount", sa.Float(), nullable=True),
        sa.Column("near_term_currency", sa.String(length=3), nullable=True),
        sa.Column("near_term_usd", sa.Float(), nullable=True),
        sa.Column("near_term_fx_rate", sa.Float(), nullable=True),
        sa.Column("near_term_fx_date", sa.Date(), nullable=True),
        sa.Column("near_term_qualifier", sa.String(length=8), nullable=True),
        sa.Column("milestones_amount", sa.Float(), nullable=True),
        sa.Column("milestones_currency", sa.String(length=3), nullable=True),
        sa.Column("milestones_usd", sa.Float(), nullable=True),
        sa.Column("milestones_fx_rate", sa.Float(), nullable=True),
        sa.Column("milestones_fx_date", sa.Date(), nullable=True),
        sa.Column("milestones_qualifier", sa.String(length=8), nullable=True),
        sa.Column("total_amount", sa.Float(), nullable=True),
        sa.Column("total_currency", sa.String(length=3), nullable=True),
        sa.Column("total_usd", sa.Float(), nullable=True),
        sa.Column("total_fx_rate", sa.Float(), nullable=True),
        sa.Column("total_fx_date", sa.Date(), nullable=True),
        sa.Column("total_qualifier", sa.String(length=8), nullable=True),
        sa.Column("equity_amount", sa.Float(), nullable=True),
        sa.Column("equity_currency", sa.String(length=3), nullable=True),
        sa.Column("equity_usd", sa.Float(), nullable=True),
        sa.Column("equity_fx_rate", sa.Float(), nullable=True),
        sa.Column("equity_fx_date", sa.Date(), nullable=True),
        sa.Column("equity_qualifier", sa.String(length=8), nullable=True),
        sa.Column("total_stated", sa.Boolean(), nullable=True),
        sa.Column("royalties", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=12), server_default="reported", nullable=False),
        sa.Column("confidence", sa.Float(), server_default="1.0", nullable=False),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=16), server_default="reference", nullable=False),
        sa.Column("locked_fields", sa.Text(), server_default="[]", nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["licensee_id"], ["companies.id"], name=op.f("fk_deals_licensee_id_companies")
        ),
        sa.ForeignKeyConstraint(
            ["licensor_id"], ["companies.id"], name=op.f("fk_deals_licensor_id_companies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
        sa.UniqueConstraint("key", name=op.f("uq_deals_key")),
    )
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deals_announced"), ["announced"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_area"), ["area"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_deal_type"), ["deal_type"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deals_licensee_country"), ["licensee_country"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deals_licensee_id"), ["licensee_id"], unique=False)
        batch_op.create_index(
            "ix_deals_licensor_country_announced", ["licensor_country", "announced"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deals_licensor_id"), ["licensor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_modality"), ["modality"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_phase"), ["phase"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_total_usd"), ["total_usd"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_upfront_usd"), ["upfront_usd"], unique=False)

    op.create_table(
        "deal_assets",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["assets.id"], name=op.f("fk_deal_assets_asset_id_assets")
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_assets_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("deal_id", "position", name=op.f("pk_deal_assets")),
    )
    with op.batch_alter_table("deal_assets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deal_assets_asset_id"), ["asset_id"], unique=False)

    op.create_table(
        "deal_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("kept", sa.Text(), nullable=True),
        sa.Column("other", sa.Text(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("resolved", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name=op.f("fk_deal_conflicts_deal_id_deals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_deal_conflicts_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_conflicts")),
    )
    with op.batch_alter_table("deal_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_deal_conflicts_deal_id", ["deal_id"], unique=False)

    op.create_table(
        "deal_parties",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("mention", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_deal_parties_company_id_companies")
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name=op.f("fk_deal_parties_deal_id_deals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("deal_id", "role", "position", name=op.f("pk_deal_parties")),
    )
    with op.batch_alter_table("deal_parties", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deal_parties_company_id"), ["company_id"], unique=False
        )

    op.create_table(
        "deal_sources",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name=op.f("fk_deal_sources_deal_id_deals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_deal_sources_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("deal_id", "source_id", name=op.f("pk_deal_sources")),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_evidence_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index("ix_evidence_deal_id", ["deal_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_deal_id")

    op.drop_table("evidence")
    op.drop_table("deal_sources")
    with op.batch_alter_table("deal_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_parties_company_id"))

    op.drop_table("deal_parties")
    with op.batch_alter_table("deal_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_deal_conflicts_deal_id")

    op.drop_table("deal_conflicts")
    with op.batch_alter_table("deal_assets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_assets_asset_id"))

    op.drop_table("deal_assets")
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deals_upfront_usd"))
        batch_op.drop_index(batch_op.f("ix_deals_total_usd"))
        batch_op.drop_index(batch_op.f("ix_deals_status"))
        batch_op.drop_index(batch_op.f("ix_deals_phase"))
        batch_op.drop_index(batch_op.f("ix_deals_modality"))
        batch_op.drop_index(batch_op.f("ix_deals_licensor_id"))
        batch_op.drop_index("ix_deals_licensor_country_announced")
        batch_op.drop_index(batch_op.f("ix_deals_licensee_id"))
        batch_op.drop_index(batch_op.f("ix_deals_licensee_country"))
        batch_op.drop_index(batch_op.f("ix_deals_deal_type"))
        batch_op.drop_index(batch_op.f("ix_deals_area"))
        batch_op.drop_index(batch_op.f("ix_deals_announced"))

    op.drop_table("deals")
    with op.batch_alter_table("company_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_aliases_norm"))

    op.drop_table("company_aliases")
    with op.batch_alter_table("asset_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_asset_aliases_norm"))

    op.drop_table("asset_aliases")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index("ix_sources_uri")

    op.drop_table("sources")
    op.drop_table("industry_totals")
    op.drop_table("companies")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit")
    op.drop_table("assets")
