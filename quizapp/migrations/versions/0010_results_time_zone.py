"""results and time zones: a teacher's time zone; an answer a teacher graded by hand

Revision ID: 0010
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('teachers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('time_zone', sa.String(length=64), nullable=False,
                                      server_default='UTC'))
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('graded_by_hand_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_column('graded_by_hand_at')
    with op.batch_alter_table('teachers', schema=None) as batch_op:
        batch_op.drop_column('time_zone')
