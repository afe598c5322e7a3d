"""security: every quiz has a share token; teachers' sessions on the server; login failures
name the browser

Revision ID: 0003
Revises: 0002
"""
import secrets

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rounds start only from a quiz's share link: quizzes made before (the demo's) get one.
    quizzes = sa.table('quizzes', sa.column('id', sa.Integer), sa.column('share_token', sa.String))
    connection = op.get_bind()
    for (quiz_id,) in connection.execute(
            sa.select(quizzes.c.id).where(quizzes.c.share_token.is_(None))).all():
        connection.execute(quizzes.update().where(quizzes.c.id == quiz_id)
                           .values(share_token=secrets.token_urlsafe(9)))
    with op.batch_alter_table('quizzes', schema=None) as batch_op:
        batch_op.alter_column('share_token', existing_type=sa.String(length=40), nullable=False)

    op.create_table('teacher_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('teacher_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash')
    )
    with op.batch_alter_table('teacher_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teacher_sessions_teacher_id'), ['teacher_id'], unique=False)

    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('device', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_login_failures_device'), ['device'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_failures_device'))
        batch_op.drop_column('device')

    with op.batch_alter_table('teacher_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teacher_sessions_teacher_id'))
    op.drop_table('teacher_sessions')
    with op.batch_alter_table('quizzes', schema=None) as batch_op:
        batch_op.alter_column('share_token', existing_type=sa.String(length=40), nullable=True)
