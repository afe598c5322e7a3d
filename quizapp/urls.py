"""What a URL may hold: the secret tokens of rounds and share links."""
from __future__ import annotations

import re

# secrets.token_urlsafe() makes them
TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def is_token(value: str | None) -> bool:
    return bool(value) and TOKEN.fullmatch(value) is not None
