"""`warta train ner`: rebuild the shipped NER model from the Indonesian NER sets.

Word clusters: skip-gram vectors trained on the IndoSum news text, grouped by k-means at three
granularities. Tagger: a CRF (python-crfsuite) over the train and dev splits of TRAIN_CORPORA,
minus every sentence that also occurs in any test split (the sets share source sentences).
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from ..kb import load_kb
from ..wordvectors import INDOSUM_FILE, skipgram_vectors
from .corpora import read_split, sentence_key, splits
from .features import sentence_features
from .model import CLUSTERS_FILE, CRF_FILE, MODEL_DIR

TRAIN_CORPORA = ("idner", "nerui", "nergrit", "nerp")
CLUSTER_SIZES = (64, 256, 1024)
CRF_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def training_sentences(data: Path) -> list[list[tuple[str, str]]]:
    all_splits = splits(data)
    held_out = {sentence_key(s) for sp in all_splits if sp.part == "test" for s in read_split(sp)}
    return [
        s for sp in all_splits if sp.corpus in TRAIN_CORPORA and sp.part in ("train", "dev")
        for s in read_split(sp) if sentence_key(s) not in held_out
    ]


def word_clusters(indosum: Path, seed: int) -> dict[str, tuple[int, ...]]:
    words, vectors = skipgram_vectors(indosum, seed)
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = [kmeans(vectors, k, seed) for k in CLUSTER_SIZES]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(words)}


def kmeans(x: np.ndarray, k: int, seed: int, rounds: int = 15) -> np.ndarray:
    """Spherical k-means on unit vectors."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(rounds):
        assigned = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = x[assigned == j]
            if len(members):
                c = members.mean(axis=0)
                centres[j] = c / np.linalg.norm(c)
    return np.argmax(x @ centres.T, axis=1)


def train_ner(data: Path, output: Path = MODEL_DIR, seed: int = 7) -> Path:
    import pycrfsuite

    started = time.time()
    output.mkdir(parents=True, exist_ok=True)
    clusters = word_clusters(data / INDOSUM_FILE, seed)
    with open(output / CLUSTERS_FILE, "w", encoding="utf-8") as f:
        for word, ids in clusters.items():
            f.write(word + "\t" + "\t".join(map(str, ids)) + "\n")
    print(f"{len(clusters)} word clusters from IndoSum ({time.time() - started:.0f} s)", flush=True)
    cluster_ids = {w: tuple(map(str, ids)) for w, ids in clusters.items()}
    kb = load_kb()
    trainer = pycrfsuite.Trainer(verbose=False)
    sentences = training_sentences(data)
    for sentence in sentences:
        words = [w for w, _ in sentence]
        trainer.append(sentence_features(words, cluster_ids, kb.gazetteer_tags(words)), [t for _, t in sentence])
    trainer.set_params(CRF_PARAMS)
    trainer.train(str(output / CRF_FILE))
    meta = {"corpora": list(TRAIN_CORPORA), "sentences": len(sentences), "crf": CRF_PARAMS,
            "clusters": list(CLUSTER_SIZES), "seed": seed, "kb_entries": len(kb)}
    (output / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"CRF trained on {len(sentences)} sentences ({time.time() - started:.0f} s)", flush=True)
    return output
