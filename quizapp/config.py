"""Configuration defaults; `instance/config.py` and the environment override them."""
from __future__ import annotations

import os
from pathlib import Path


def defaults(instance_path: str) -> dict:
    return {
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", f"sqlite:///{Path(instance_path) / 'quizapp.sqlite'}"
        ),
        # An open quiz tab must keep working: the token lives as long as the session cookie.
        "WTF_CSRF_TIME_LIMIT": None,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_HTTPONLY": True,
        # True when served over HTTPS: cookies are then never sent over plain HTTP.
        "SESSION_COOKIE_SECURE": False,
        # Behind a reverse proxy: how many proxies' X-Forwarded-For/-Proto/-Host/-Port/-Prefix
        # to trust, so that the client's address and the https scheme are seen. 0: none.
        "PROXY_FIX": 0,
        "SQLITE_BUSY_TIMEOUT_MS": 5000,
        # Every form of the app is small; refuse anything bigger before parsing it.
        "MAX_CONTENT_LENGTH": 64 * 1024,
    }


def config_for_tests(database_url: str) -> dict:
    return {"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "test"}
