#!/usr/bin/env python3
"""Would a stronger learner than warta's log-linear actor model choose actors better from the same
candidates and features? Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier, not a
warta dependency), scoring each candidate alone, against the log-linear model `warta train events` fits;
both by 5-fold cross-validation over the train articles, taught by dev and the other folds. The figure is
the share of open roles whose gold actor is among the candidates where the best-scored candidate is a gold one.

    pip install scikit-learn && python bench/event_actor_learner_trial.py [--data ../shared/data]
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from tqdm import tqdm

from warta.evaluation import indosum_articles, read_gold
from warta.events.evaluate import GOLD, TRAIN_GOLD
from warta.events.train import FOLDS, accuracy, article_examples, fit
from warta.pipeline import DEFAULT_PIPELINE, Pipeline, analyze


def design(examples: list, index: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One row per candidate (its features as 0/1), whether it is gold, and which example it belongs to."""
    rows = [(fs, right, n) for n, (features, rights) in enumerate(examples)
            for fs, right in zip(features, rights, strict=True)]
    x = np.zeros((len(rows), len(index)), dtype=np.float32)
    for r, (fs, _, _) in enumerate(rows):
        x[r, [index[f] for f in fs if f in index]] = 1.0
    return x, np.array([right for _, right, _ in rows]), np.array([n for _, _, n in rows])


def trees_right(teach: list, test: list) -> int:
    index = {f: i for i, f in enumerate(sorted({f for fs, _ in teach for c in fs for f in c}))}
    x, y, _ = design(teach, index)
    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15, l2_regularization=1.0,
                                           random_state=0).fit(x, y)
    xt, yt, groups = design(test, index)
    p = model.predict_proba(xt)[:, 1]
    return sum(int(yt[rows[np.argmax(p[rows])]]) for rows in (np.flatnonzero(groups == n) for n in range(len(test))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    gold = [g for g in read_gold(GOLD) + read_gold(TRAIN_GOLD) if g["split"] in ("dev", "train")]
    records = indosum_articles(args.data, {g["article"] for g in gold}, records=True)
    pipeline = Pipeline(DEFAULT_PIPELINE)
    examples = {a: article_examples(analyze(r["text"], published=r["published"], pipeline=pipeline),
                                    [g for g in gold if g["article"] == a])
                for a, r in tqdm(sorted(records.items()), desc="reading annotated articles", unit="article")}
    dev = sorted({g["article"] for g in gold if g["split"] == "dev"})
    train = sorted({g["article"] for g in gold if g["split"] == "train"})
    right = {"log-linear (warta)": 0, "gradient-boosted trees": 0}
    total = 0
    for fold in range(FOLDS):
        test = [x for i, a in enumerate(train) if i % FOLDS == fold for x in examples[a]]
        teach = [x for a in dev + [a for i, a in enumerate(train) if i % FOLDS != fold] for x in examples[a]]
        right["log-linear (warta)"] += round(accuracy(fit(teach, 10.0), test) * len(test))
        right["gradient-boosted trees"] += trees_right(teach, test)
        total += len(test)
    for name, n in right.items():
        print(f"{name}: {n / total:.3f} of {total} open roles")


if __name__ == "__main__":
    main()
