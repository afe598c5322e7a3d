"""security: every quiz has a share token; teachers' sessions on the server; login failures
name the browser; a student's attempts are numbered once each; import jobs have a worker's
claim and heartbeat

Revision ID: 0003
Revises: 0002
"""
import secrets

from alembic import op
import sqlalchemy as sa

from quizapp.text import normal_nickname


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

    _number_attempts()

    with op.batch_alter_table('article_imports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('heartbeat_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('claims', sa.Integer(), nullable=False, server_default='0'))
    # jobs a web process was working on: workers take them again
    op.execute("UPDATE article_imports SET status = 'waiting' WHERE status = 'working'")


def _number_attempts() -> None:
    """Rounds made before get their student's key and, first rounds, their attempt number."""
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nickname_key', sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column('attempt', sa.Integer(), nullable=True))
    rounds = sa.table('rounds', sa.column('id', sa.Integer), sa.column('quiz_id', sa.Integer),
                      sa.column('nickname', sa.String), sa.column('retry_of_id', sa.Integer),
                      sa.column('nickname_key', sa.String), sa.column('attempt', sa.Integer))
    connection = op.get_bind()
    attempts: dict[tuple[int, str], int] = {}
    for round_id, quiz_id, nickname, retry_of_id in connection.execute(
            sa.select(rounds.c.id, rounds.c.quiz_id, rounds.c.nickname, rounds.c.retry_of_id)
            .order_by(rounds.c.id)).all():
        key = normal_nickname(nickname)[:160]
        attempt = None
        if retry_of_id is None:
            attempt = attempts[quiz_id, key] = attempts.get((quiz_id, key), 0) + 1
        connection.execute(rounds.update().where(rounds.c.id == round_id)
                           .values(nickname_key=key, attempt=attempt))
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.alter_column('nickname_key', existing_type=sa.String(length=160), nullable=False)
        batch_op.create_unique_constraint('uq_rounds_attempt', ['quiz_id', 'nickname_key', 'attempt'])


def downgrade() -> None:
    with op.batch_alter_table('article_imports', schema=None) as batch_op:
        batch_op.drop_column('claims')
        batch_op.drop_column('heartbeat_at')
        batch_op.drop_column('claimed_by')

    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_constraint('uq_rounds_attempt', type_='unique')
        batch_op.drop_column('attempt')
        batch_op.drop_column('nickname_key')

    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_failures_device'))
        batch_op.drop_column('device')

    with op.batch_alter_table('teacher_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teacher_sessions_teacher_id'))
    op.drop_table('teacher_sessions')
    with op.batch_alter_table('quizzes', schema=None) as batch_op:
        batch_op.alter_column('share_token', existing_type=sa.String(length=40), nullable=True)
