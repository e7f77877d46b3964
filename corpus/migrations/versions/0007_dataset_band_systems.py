"""dataset.band_systems: fields whose sources differ only by the attested band system they printed.

For 2017–2019 two band systems are attested (corpus.scheme); two outlets giving the same score
with zones of different systems are not a conflict. Consolidation rebuilds the table, so the
column starts empty.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("dataset", sa.Column("band_systems", sa.JSON))


def downgrade() -> None:
    op.drop_column("dataset", "band_systems")
