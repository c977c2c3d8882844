"""The shipped syntax model (warta/models/syntax), loaded once, offline, from the package."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy

from ..errors import ModelMissing

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "syntax"


@cache
def load_model():
    if not (MODEL_DIR / "config.cfg").exists():
        raise ModelMissing(f"the syntax model is missing from {MODEL_DIR}; rebuild it with `warta train syntax`")
    return spacy.load(MODEL_DIR, exclude=["tokenizer"])


@cache
def unchanged_forms() -> frozenset[str]:
    """Lower-cased training words whose gold lemma is the word itself (written by `warta train syntax`)."""
    path = MODEL_DIR / "unchanged_forms.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()
