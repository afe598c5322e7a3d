"""Live sessions' fixtures: a fresh PostgreSQL database per test when TEST_DATABASE_URL names
a server (the tests that need one skip without it). The simulated students, the app instances
and the class quiz come from bench/crowd.py, shared with bench/live.py."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))


@pytest.fixture
def pg_url():
    """A new, migrated database on the TEST_DATABASE_URL server, dropped after the test."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip("TEST_DATABASE_URL is not set: no PostgreSQL to test on")
    from crowd import fresh_database

    with fresh_database(base) as url:
        yield url
