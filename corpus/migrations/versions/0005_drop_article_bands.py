"""Drop the simhash band table: near copies are found from memory (corpus.nearindex).

With 11 bands of ~6 bits (copies lie up to 10 bits apart), a band matches about a sixtieth of
all articles, so the band query read a share of the whole corpus for each new article, and the
table held 11 rows per article. The date-window index compares the simhashes themselves.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_article_bands_band", table_name="article_bands")
    op.drop_table("article_bands")


def downgrade() -> None:
    from clean.dedup import simhash_bands

    bands = op.create_table(
        "article_bands",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("band", sa.String(32), primary_key=True),
    )
    op.create_index("ix_article_bands_band", "article_bands", ["band"])
    rows = op.get_bind().execute(sa.text("SELECT id, simhash FROM articles WHERE simhash IS NOT NULL")).all()
    op.bulk_insert(bands, [{"article_id": i, "band": b} for i, sim in rows for b in simhash_bands(int(sim, 16))])
