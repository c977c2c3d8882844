"""The shipped NER model (warta/models/ner): a CRF and the word clusters its features read."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import ModelMissing

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
CRF_FILE, CLUSTERS_FILE = "ner.crfsuite", "clusters.tsv"


def read_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """`word<TAB>cluster<TAB>cluster...` lines → word → cluster ids, coarse to fine."""
    clusters = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, *ids = line.rstrip("\n").split("\t")
            clusters[word] = tuple(ids)
    return clusters


@cache
def load_tagger():
    import pycrfsuite

    if not (MODEL_DIR / CRF_FILE).exists():
        raise ModelMissing(f"the NER model is missing from {MODEL_DIR}; rebuild it with `warta train ner`")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_DIR / CRF_FILE))
    return tagger


@cache
def load_clusters() -> dict[str, tuple[str, ...]]:
    return read_clusters(MODEL_DIR / CLUSTERS_FILE)
