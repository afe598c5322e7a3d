"""Text from people and files, made safe to store and to compare.

Both databases must take what one takes: PostgreSQL refuses a NUL character that SQLite
keeps, and checks the length of a String column that SQLite ignores.
"""
from __future__ import annotations

import re
import unicodedata

# Control characters other than tab and line breaks (PostgreSQL refuses NUL in any text), and
# lone surrogates (no database can encode them).
UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# Unicode's default-ignorable code points: zero-width spaces and joiners, direction marks,
# variation selectors, fillers; invisible, so "Ann" and "An\u200bn" look the same.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")


UNSTORABLE_MESSAGE = "This holds a character that cannot be stored, such as a NUL byte."


def storable(text: str) -> bool:
    return not UNSTORABLE.search(text)


def fit(column, text: str | None) -> str | None:
    """Text cut to what a String column holds, ending with "…" when cut: PostgreSQL refuses
    a longer value that SQLite would keep. `column` is a model's attribute (Article.title)."""
    limit = column.property.columns[0].type.length
    if text is None or len(text) <= limit:
        return text
    return text[:limit - 1].rstrip() + "…"


def normal_nickname(nickname: str) -> str:
    """The form under which two nicknames are the same student: NFKC, case folded ("Straße"
    and "STRASSE"), invisible characters out, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", nickname).casefold())
    return " ".join(INVISIBLE.sub("", folded).split())
