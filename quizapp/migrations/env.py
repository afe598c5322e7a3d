"""Alembic environment: runs migrations online against the configured URL."""
from alembic import context

from quizapp.db import make_engine
from quizapp.models import Base

config = context.config
url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
    "sqlalchemy.url"
)

engine = make_engine(url)
with engine.connect() as connection:
    if engine.dialect.name == "sqlite":
        # Batch mode copies a table, drops the old one and renames the copy: with foreign keys
        # enforced, dropping a table other rows point at fails. The pragma only takes effect
        # outside a transaction; the copies keep every row, so the keys still hold after.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite alters tables by copying them; batch mode lets later migrations do that.
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
