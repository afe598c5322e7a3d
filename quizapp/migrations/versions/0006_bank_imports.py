"""bank imports: what each file imported into a bank took, found already there, and skipped

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bank_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bank_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('taken', sa.Integer(), nullable=False),
    sa.Column('already', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.JSON(), nullable=False),
    sa.Column('joined', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['bank_id'], ['banks.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('bank_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bank_imports_bank_id'), ['bank_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('bank_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bank_imports_bank_id'))
    op.drop_table('bank_imports')
