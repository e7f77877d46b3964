"""Drop two indexes no query reads: articles.published and seen_urls.content_hash.

The publication-date index served the near-duplicate window query, which corpus.nearindex now
answers from memory; the status counts scan the articles anyway. The seen-URL content-hash index
served only `is_known_hash`, a rare lookup (articles keep their own content-hash index, which
the exact-copy clusters query). Both index random-order values, so every batch of a bulk ingest
rewrote a page of each per inserted row once they outgrew the batch: 35% of what a 100,000-article
ingest wrote to SQLite's WAL.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_articles_published", table_name="articles")
    op.drop_index("ix_seen_urls_content_hash", table_name="seen_urls")


def downgrade() -> None:
    op.create_index("ix_seen_urls_content_hash", "seen_urls", ["content_hash"])
    op.create_index("ix_articles_published", "articles", ["published"])
