"""Drop officials.ix_officials_article_id: the unique (article_id, seq) index already answers
every look-up by article (its first column), so the second index only cost a write per official.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_officials_article_id", table_name="officials")


def downgrade() -> None:
    op.create_index("ix_officials_article_id", "officials", ["article_id"])
