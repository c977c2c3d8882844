"""`warta train events`: the actor model (see actors.py) from warta's annotated IndoSum articles — the
`dev` split and the `train` split, never `held-out`. A conditional log-linear model: for each annotated
event the rules found, a softmax over its candidates, the gold actor's candidates as the answer; the L2
weight by cross-validation over articles: the largest whose accuracy is within one standard error of the
best (differences smaller than that are noise, and the stronger prior moves less between retrainings)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
from tqdm import tqdm

from ..document import Document
from ..evaluation import indosum_articles, read_gold
from . import rule_events
from .actors import MODEL_FILE, ROLES, Article, candidates, featurize
from .evaluate import GOLD, TRAIN_GOLD, actor_matches, typed_match

L2_GRID = (0.3, 1.0, 3.0, 10.0)
FOLDS = 5
STEPS = 400
MODEL_DIR = MODEL_FILE.parent


def training_examples(data: Path) -> dict[str, list[tuple[list[list[str]], list[bool]]]]:
    """Per article: (features of each candidate, which match the gold actor), per role and event."""
    from ..pipeline import DEFAULT_PIPELINE, Pipeline, analyze

    gold = [g for g in read_gold(GOLD) + read_gold(TRAIN_GOLD) if g["split"] in ("dev", "train")]
    articles = indosum_articles(data, {g["article"] for g in gold}, records=True)
    pipeline = Pipeline(DEFAULT_PIPELINE)
    out: dict[str, list] = {}
    for article_id, record in tqdm(sorted(articles.items()), desc="reading annotated articles", unit="article"):
        doc = analyze(record["text"], published=record["published"], pipeline=pipeline)
        examples = article_examples(doc, [g for g in gold if g["article"] == article_id])
        if examples:
            out[article_id] = examples
    return out


def article_examples(doc: Document, gold: list[dict]) -> list[tuple[list[list[str]], list[bool]]]:
    """One article's examples: each role the rules left open of each gold event whose type they found, when
    a candidate is the gold actor."""
    events, nominal = rule_events(doc)
    article, names = Article.of(doc), {e["id"]: e["name"] for e in doc.entities}
    out = []
    for g in gold:
        k = typed_match(events, g)
        if k is None:
            continue
        pool = candidates(article, events, k)
        for role in sorted(set(ROLES) - set(events[k]["settled"])):  # the model never weighs a settled role
            options = pool[role]
            right = [actor_matches(c.actor, g[f"{role}_name"], g[f"{role}_country"], names) for c in options]
            if any(right):
                out.append(([featurize(c, events[k], role, nominal[k]) for c in options], right))
    return out


class Design:
    """Examples as flat arrays: candidate rows grouped by example, (row, feature) pairs."""

    def __init__(self, examples: list, index: dict[str, int]):
        rows, feats, gold, bounds = [], [], [], [0]
        for features, right in examples:
            for fs, g in zip(features, right, strict=True):
                r = len(gold)
                for f in fs:
                    if f in index:
                        rows.append(r)
                        feats.append(index[f])
                gold.append(g)
            bounds.append(len(gold))
        self.rows, self.feats = np.array(rows, dtype=np.int64), np.array(feats, dtype=np.int64)
        self.gold, self.bounds = np.array(gold, dtype=bool), np.array(bounds[:-1], dtype=np.int64)
        self.n_rows, self.n_features = len(gold), len(index)

    def scores(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.feats], minlength=self.n_rows)

    def gradient(self, w: np.ndarray) -> np.ndarray:
        s = self.scores(w)
        s = s - np.repeat(np.maximum.reduceat(s, self.bounds), np.diff(np.append(self.bounds, self.n_rows)))
        e = np.exp(s)
        sizes = np.diff(np.append(self.bounds, self.n_rows))
        p = e / np.repeat(np.add.reduceat(e, self.bounds), sizes)
        eg = np.where(self.gold, e, 0.0)
        q = eg / np.repeat(np.add.reduceat(eg, self.bounds), sizes)
        return np.bincount(self.feats, weights=(p - q)[self.rows], minlength=self.n_features)

    def accuracy(self, w: np.ndarray) -> float:
        s = self.scores(w)
        ends = np.append(self.bounds, self.n_rows)
        best = [a + int(np.argmax(s[a:b])) for a, b in zip(ends[:-1], ends[1:], strict=True)]
        return float(np.mean(self.gold[best])) if best else 0.0


def fit(examples: list, l2: float) -> dict[str, float]:
    index = {f: i for i, f in enumerate(sorted({f for fs, _ in examples for c in fs for f in c}))}
    design = Design(examples, index)
    w, m, v = np.zeros(len(index)), np.zeros(len(index)), np.zeros(len(index))
    for step in range(1, STEPS + 1):  # Adam on the mean loss plus L2
        g = design.gradient(w) / max(len(examples), 1) + l2 * w / max(len(examples), 1)
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-4}


def accuracy(weights: dict[str, float], examples: list) -> float:
    index = {f: i for i, f in enumerate(weights)}
    return Design(examples, index).accuracy(np.array(list(weights.values())))


def cross_validate(by_article: dict[str, list], l2: float) -> float:
    """Mean share of held-out folds' examples whose best candidate is a gold one."""
    ids = sorted(by_article)
    right = total = 0
    for fold in range(FOLDS):
        test = [x for i, a in enumerate(ids) if i % FOLDS == fold for x in by_article[a]]
        train = [x for i, a in enumerate(ids) if i % FOLDS != fold for x in by_article[a]]
        right += accuracy(fit(train, l2), test) * len(test)
        total += len(test)
    return right / max(total, 1)


def train_events(data: Path, output: Path = MODEL_DIR, seed: int = 7) -> Path:
    """`seed` is unused (the fit is deterministic); kept for the `warta train` interface."""
    by_article = training_examples(data)
    cv = {l2: cross_validate(by_article, l2) for l2 in L2_GRID}
    examples = [x for a in sorted(by_article) for x in by_article[a]]
    best = max(cv.values())
    error = math.sqrt(best * (1 - best) / max(len(examples), 1))  # one standard error of that accuracy
    l2 = max(x for x in L2_GRID if cv[x] >= best - error)  # the most regularised within it
    weights = fit(examples, l2)
    output.mkdir(parents=True, exist_ok=True)
    path = output / MODEL_FILE.name
    meta = {"trained_on": "warta/data/eval events_indosum (dev) + events_indosum_train (train)",
            "articles": len(by_article), "examples": len(examples), "l2": l2,
            "cross_validated_accuracy": {str(k): round(v, 4) for k, v in cv.items()}}
    path.write_text(json.dumps({"meta": meta, "weights": weights}, ensure_ascii=False, indent=0, sort_keys=True),
                    encoding="utf-8")
    return path
