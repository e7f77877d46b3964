"""Crawler incremental state (seen URLs, entry-page validators), official results, dataset.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seen_urls",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("canonical_url", sa.Text, index=True),
        sa.Column("content_hash", sa.String(64), index=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("extractor_version", sa.String(32)),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "entry_pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_status", sa.Integer),
        sa.Column("checked_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "official_results",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("entity", sa.Text, nullable=False),
        sa.Column("entity_type", sa.String(32)),
        sa.Column("entity_key", sa.Text),
        sa.Column("region_code", sa.String(16)),
        sa.Column("score", sa.Float),
        sa.Column("zone", sa.String(16)),
        sa.Column("grade", sa.String(4)),
        sa.Column("opinion", sa.String(32)),
        sa.Column("rank_national", sa.Integer),
        sa.Column("rank_provincial", sa.Integer),
        sa.Column("source", sa.Text),
        sa.Column("source_file", sa.Text, index=True),
    )
    op.create_index("ix_official_year_key", "official_results", ["year", "entity_key"])
    op.create_table(
        "dataset",
        sa.Column("entity_key", sa.Text, primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("entity", sa.Text, nullable=False),
        sa.Column("entity_type", sa.String(32)),
        sa.Column("region_code", sa.String(16)),
        sa.Column("province", sa.Text),
        sa.Column("parent", sa.Text),
        sa.Column("score", sa.Float),
        sa.Column("rank", sa.Integer),
        sa.Column("rank_scope", sa.String(16)),
        sa.Column("zone", sa.String(16)),
        sa.Column("grade", sa.String(4)),
        sa.Column("opinion", sa.String(32)),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("n_records", sa.Integer, nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False),
        sa.Column("score_conflict", sa.Boolean, nullable=False),
        sa.Column("rank_conflict", sa.Boolean, nullable=False),
        sa.Column("zone_conflict", sa.Boolean, nullable=False),
        sa.Column("grade_conflict", sa.Boolean, nullable=False),
        sa.Column("opinion_conflict", sa.Boolean, nullable=False),
        sa.Column("conflicts", sa.JSON),
        sa.Column("first_seen", sa.String(32)),
        sa.Column("last_seen", sa.String(32)),
        sa.Column("source_urls", sa.JSON),
        sa.Column("record_ids", sa.JSON),
    )


def downgrade() -> None:
    for t in ("dataset", "official_results", "entry_pages", "seen_urls"):
        op.drop_table(t)
