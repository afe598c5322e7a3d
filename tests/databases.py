"""Test databases on the PostgreSQL server of TEST_DATABASE_URL: one database migrated to head
per session, emptied before each test (a copy of a template for each test would cost up to
half a second), and new empty databases for the tests of migrations."""
from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.pool import NullPool


def _engine(url) -> Engine:
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


class PostgresDatabases:
    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        # named after the given database and this process, so that runs side by side differ
        self.prefix = f"{self.url.database}_test_{os.getpid()}"
        self.server = _engine(self.url)
        self.count = 0
        self.shared: str | None = None
        self.emptying = ""

    def create(self) -> str:
        """A new empty database."""
        self.count += 1
        name = f"{self.prefix}_{self.count}"
        with self.server.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        # FORCE ends connections a test left open (a thread's, a subprocess's)
        with self.server.connect() as connection:
            connection.exec_driver_sql(
                f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def migrated(self) -> str:
        """The session's database at head, with no rows and every id counting from 1."""
        from quizapp.models import Base

        if self.shared is None:
            from quizapp import migrations

            self.shared = self.create()
            migrations.upgrade(self.shared)
            return self.shared
        # a test waiting for a lock that another test left taken fails instead of hanging
        emptying = "SET lock_timeout = '10s';" + "".join(
            f'DELETE FROM "{table.name}";' for table in reversed(Base.metadata.sorted_tables))
        restarting = ("DO $$ DECLARE s record; BEGIN FOR s IN SELECT sequencename FROM pg_sequences"
                      " WHERE schemaname = 'public' LOOP EXECUTE 'ALTER SEQUENCE ' || "
                      "quote_ident(s.sequencename) || ' RESTART'; END LOOP; END $$;")
        engine = _engine(self.shared)
        with engine.connect() as connection:
            connection.exec_driver_sql(emptying + restarting)
        engine.dispose()
        return self.shared

    def close(self) -> None:
        if self.shared is not None:
            self.drop(self.shared)
        self.server.dispose()
