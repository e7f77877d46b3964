"""Smaller indexes where a bulk ingest inserts keys in random order.

Every batch of a bulk ingest rewrites a page of such an index per inserted key once the index
outgrows the batch, so its write volume per article grows with the corpus. Two of them:

- `articles.content_hash` (64 hex digits per entry) becomes an index on its first 16 digits,
  `substr(content_hash, 1, 16)`: exact copies are looked up by that prefix and confirmed by the
  full hash, and the index takes a third of the pages;
- `records (entity_key, year)` is dropped: consolidation reads every record and sorts them
  (faster without the index, which it only partly used), and the browse queries join records to
  the dataset by its primary key.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_articles_content_hash", table_name="articles")
    op.create_index("ix_articles_hash_prefix", "articles", [sa.text("substr(content_hash, 1, 16)")])
    op.drop_index("ix_records_key_year", table_name="records")


def downgrade() -> None:
    op.create_index("ix_records_key_year", "records", ["entity_key", "year"])
    op.drop_index("ix_articles_hash_prefix", table_name="articles")
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
