"""teachers, login failures, article imports, banks; question versions and tags, quiz settings

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('teachers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('email')
    )
    op.create_table('login_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('remote_addr', sa.String(length=64), nullable=False),
    sa.Column('failed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_login_failures_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_failures_failed_at'), ['failed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_failures_remote_addr'), ['remote_addr'], unique=False)

    op.create_table('article_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('article_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_imports_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_imports_status'), ['status'], unique=False)

    op.create_table('banks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('banks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_banks_owner_id'), ['owner_id'], unique=False)

    op.create_table('bank_questions',
    sa.Column('bank_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['bank_id'], ['banks.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('bank_id', 'question_id')
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role_source', sa.Text(), nullable=True))

    # server defaults fill the rows already there (the demo's questions and quiz)
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.alter_column('article_id', existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('tags', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('replaced_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_questions_replaced_by_id', 'questions', ['replaced_by_id'], ['id'])

    with op.batch_alter_table('quizzes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bank_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('shuffle', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('feedback', sa.String(length=20), nullable=False, server_default='immediate'))
        batch_op.add_column(sa.Column('attempts_allowed', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('share_token', sa.String(length=40), nullable=True))
        batch_op.create_unique_constraint('uq_quizzes_share_token', ['share_token'])
        batch_op.create_foreign_key('fk_quizzes_bank_id', 'banks', ['bank_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('quizzes', schema=None) as batch_op:
        batch_op.drop_constraint('fk_quizzes_bank_id', type_='foreignkey')
        batch_op.drop_constraint('uq_quizzes_share_token', type_='unique')
        batch_op.drop_column('share_token')
        batch_op.drop_column('attempts_allowed')
        batch_op.drop_column('feedback')
        batch_op.drop_column('shuffle')
        batch_op.drop_column('bank_id')

    # 0001 has no room for questions imported without an article: they go, with their uses.
    orphans = "SELECT id FROM questions WHERE article_id IS NULL"
    for table in ('answers', 'round_questions', 'quiz_questions', 'bank_questions'):
        op.execute(f"DELETE FROM {table} WHERE question_id IN ({orphans})")
    op.execute("UPDATE questions SET replaced_by_id = NULL")
    op.execute("DELETE FROM questions WHERE article_id IS NULL")
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_constraint('fk_questions_replaced_by_id', type_='foreignkey')
        batch_op.drop_column('replaced_by_id')
        batch_op.drop_column('tags')
        batch_op.drop_column('version')
        batch_op.alter_column('article_id', existing_type=sa.Integer(), nullable=False)

    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_column('role_source')

    op.drop_table('bank_questions')

    with op.batch_alter_table('banks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_banks_owner_id'))
    op.drop_table('banks')
    with op.batch_alter_table('article_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_imports_status'))
        batch_op.drop_index(batch_op.f('ix_article_imports_owner_id'))
    op.drop_table('article_imports')
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_failures_remote_addr'))
        batch_op.drop_index(batch_op.f('ix_login_failures_failed_at'))
        batch_op.drop_index(batch_op.f('ix_login_failures_email'))
    op.drop_table('login_failures')
    op.drop_table('teachers')
