"""Initial schema: sites, pages, articles, records, officials, runs.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(255), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("config", sa.JSON),
        sa.Column("counts", sa.JSON),
        sa.Column("errors", sa.JSON),
        sa.Column("report", sa.JSON),
    )
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("canonical_url", sa.Text, index=True),
        sa.Column("site_id", sa.Integer, sa.ForeignKey("sites.id"), index=True),
        sa.Column("fetched_at", sa.DateTime),
        sa.Column("status", sa.Integer),
        sa.Column("headers", sa.JSON),
        sa.Column("raw_html", sa.LargeBinary),
        sa.Column("content_hash", sa.String(64), index=True),
        sa.Column("run_id", sa.Integer),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("source_id", sa.Text),
        sa.Column("page_id", sa.Integer, sa.ForeignKey("pages.id"), index=True),
        sa.Column("site_id", sa.Integer, sa.ForeignKey("sites.id"), index=True),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("modified", sa.String(32)),
        sa.Column("author", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("dateline", sa.Text),
        sa.Column("captions", sa.JSON),
        sa.Column("warnings", sa.JSON),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("simhash", sa.String(16)),
        sa.Column("sim_b0", sa.Integer, index=True),
        sa.Column("sim_b1", sa.Integer, index=True),
        sa.Column("sim_b2", sa.Integer, index=True),
        sa.Column("sim_b3", sa.Integer, index=True),
        sa.Column("cluster_id", sa.Integer, index=True),
        sa.Column("relevant", sa.Boolean),
        sa.Column("extractor_version", sa.String(32)),
        sa.Column("extracted_at", sa.DateTime),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("entity", sa.Text, nullable=False),
        sa.Column("entity_type", sa.String(32)),
        sa.Column("entity_key", sa.Text, nullable=False),
        sa.Column("region_code", sa.String(16)),
        sa.Column("province", sa.Text),
        sa.Column("parent", sa.Text),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("score", sa.Float),
        sa.Column("rank", sa.Integer),
        sa.Column("rank_scope", sa.String(16)),
        sa.Column("zone", sa.String(16)),
        sa.Column("grade", sa.String(4)),
        sa.Column("opinion", sa.String(32)),
        sa.Column("evidence", sa.JSON),
        sa.Column("evidence_text", sa.Text),
        sa.Column("extractor_version", sa.String(32)),
        sa.UniqueConstraint("article_id", "seq"),
    )
    op.create_index("ix_records_key_year", "records", ["entity_key", "year"])
    op.create_table(
        "officials",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("evidence", sa.JSON),
        sa.Column("evidence_text", sa.Text),
        sa.Column("extractor_version", sa.String(32)),
        sa.UniqueConstraint("article_id", "seq"),
    )


def downgrade() -> None:
    for t in ("officials", "records", "articles", "pages", "runs", "sites"):
        op.drop_table(t)
