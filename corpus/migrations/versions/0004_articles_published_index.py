"""Index on articles.published: near-duplicate lookup searches a publication-date window.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_published", "articles", ["published"])


def downgrade() -> None:
    op.drop_index("ix_articles_published", table_name="articles")
