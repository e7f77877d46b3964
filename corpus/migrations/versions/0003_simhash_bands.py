"""Near-duplicate lookup by the cleaner's simhash bands (clean.dedup: 11 bands, 10 bits).

Replaces the four 16-bit band columns of `articles` (which only found copies within 3 bits)
by a band table any number of bands fits in.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_bands",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("band", sa.String(32), primary_key=True),
    )
    op.create_index("ix_article_bands_band", "article_bands", ["band"])
    # plain ALTER TABLE DROP COLUMN (SQLite >= 3.35): no table rebuild, so no cascade can fire
    for i in range(4):
        op.drop_index(f"ix_articles_sim_b{i}", table_name="articles")
        op.drop_column("articles", f"sim_b{i}")


def downgrade() -> None:
    for i in range(4):
        op.add_column("articles", sa.Column(f"sim_b{i}", sa.Integer))
        op.create_index(f"ix_articles_sim_b{i}", "articles", [f"sim_b{i}"])
    op.drop_index("ix_article_bands_band", table_name="article_bands")
    op.drop_table("article_bands")
