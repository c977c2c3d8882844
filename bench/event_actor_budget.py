#!/usr/bin/env python3
"""Where (type, source, target) F1 is lost: the error budget of warta's events on the annotated sets it was
built from (train by 5-fold cross-validation over articles, the actor model trained on dev and the other
folds, as `warta train events` does; dev2 with the model trained on dev and train). Held-out and the
agreement set are not read.

For each gold event whose type warta finds at its trigger, and each role:
- settled: the parse decides the role, the model may not change it (`dilarang oleh PBB`);
- open: the model chooses among candidates (nobody, the names of the article so far, unnamed groups, the
  actors of the last events); `reachable` is the share whose gold actor is among them.

    python bench/event_actor_budget.py [--data ../shared/data]
"""
from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from warta.evaluation import indosum_articles, read_gold
from warta.events import find_events, rule_events
from warta.events.actors import ROLES, Article, candidates, featurize
from warta.events.evaluate import GOLD, TRAIN_GOLD, actor_matches, score, typed_match
from warta.events.train import FOLDS, article_examples, fit
from warta.pipeline import DEFAULT_PIPELINE, Pipeline, analyze

L2 = 10.0  # the shipped model's weight (warta/models/events/actors.json)
SHARES = (0.25, 0.5, 0.75, 1.0)


def budget(docs: dict, gold: list[dict], weights: dict[str, float], counts: Counter) -> None:
    """Adds one split's figures to `counts`, the model being `weights`."""
    for article in sorted({g["article"] for g in gold}):
        doc = docs[article]
        events, nominal = rule_events(doc)
        names, pool_of = {e["id"]: e["name"] for e in doc.entities}, Article.of(doc)
        for g in (g for g in gold if g["article"] == article):
            k = typed_match(events, g)
            counts["gold"] += 1
            if k is None:
                continue
            counts["typed"] += 1
            pool = candidates(pool_of, events, k)
            for role in ROLES:
                gold_actor = (g[f"{role}_name"], g[f"{role}_country"], names)
                count_role(counts, events[k], nominal[k], role, pool[role], weights, gold_actor)


def count_role(counts: Counter, event: dict, nominal: bool, role: str, options: list, weights: dict[str, float],
               gold_actor: tuple) -> None:
    def right(actor: dict | None) -> bool:
        return actor_matches(actor, *gold_actor)
    if role in event["settled"]:
        counts["settled"] += 1
        counts["settled right"] += right(event[role])
        return
    scored = [(sum(weights.get(f, 0.0) for f in featurize(c, event, role, nominal)), n) for n, c in enumerate(options)]
    counts["open"] += 1
    counts["open reachable"] += any(right(c.actor) for c in options)
    counts["open rules right"] += right(event[role])
    counts["open model right"] += right(options[max(scored)[1]].actor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    gold = [g for g in read_gold(GOLD) + read_gold(TRAIN_GOLD) if g["split"] in ("dev", "train", "dev2")]
    records = indosum_articles(args.data, {g["article"] for g in gold}, records=True)
    pipeline = Pipeline(DEFAULT_PIPELINE)
    docs = {a: analyze(r["text"], published=r["published"], pipeline=pipeline)
            for a, r in tqdm(sorted(records.items()), desc="reading annotated articles", unit="article")}
    of = {split: sorted({g["article"] for g in gold if g["split"] == split}) for split in ("dev", "train", "dev2")}
    examples = {a: article_examples(docs[a], [g for g in gold if g["article"] == a]) for a in of["dev"] + of["train"]}
    def model(articles: list[str]) -> dict[str, float]:
        return fit([x for a in articles for x in examples[a]], L2)
    folds = [[a for i, a in enumerate(of["train"]) if i % FOLDS == fold] for fold in range(FOLDS)]
    def teaching(test: list[str]) -> list[str]:
        return of["dev"] + [a for a in of["train"] if a not in test]
    runs = {"train (5-fold CV)": [(test, model(teaching(test))) for test in folds],
            "dev2": [(of["dev2"], model(of["dev"] + of["train"]))]}
    for name, parts in runs.items():
        counts = Counter()
        for articles, weights in parts:
            budget(docs, [g for g in gold if g["article"] in set(articles)], weights, counts)
        m = scored(docs, gold, parts)
        print(f"{name}: {counts['gold']} gold events, found with their type at their trigger: {counts['typed']} "
              f"(type F1 {m['type f1']:.3f}); both actors right in {m['type+source+target r'] * m['gold']:.0f} "
              f"of them; (type, source, target) F1 {m['type+source+target f1']:.3f}")
        print(f"  roles the parse settles: {counts['settled'] / (2 * counts['typed']):.0%} of roles, "
              f"right {counts['settled right'] / counts['settled']:.3f}")
        print(f"  roles left open: gold actor (or nobody, where gold has none) among the candidates "
              f"{counts['open reachable'] / counts['open']:.3f}; right: rules "
              f"{counts['open rules right'] / counts['open']:.3f}, the model's best candidate "
              f"{counts['open model right'] / counts['open']:.3f}")
    print("Learning curve: train (5-fold CV) (type, source, target) F1, the model taught by a share of each fold's "
          "teaching articles (mean of three draws)")
    for share in SHARES:
        draws = [scored(docs, gold, [(test, model(random.Random(draw).sample(teaching(test), round(
            share * len(teaching(test)))))) for test in folds])["type+source+target f1"] for draw in range(3)]
        print(f"  {share:.0%} ({round(share * len(teaching(folds[0])))} articles): {sum(draws) / len(draws):.3f}")


def scored(docs: dict, gold: list[dict], parts: list[tuple[list[str], dict]]) -> dict[str, float]:
    """warta's scores over the articles of `parts`, each run with its model."""
    for articles, weights in parts:
        for a in articles:
            docs[a].events = find_events(docs[a], weights=weights)
    return score([g for g in gold if g["article"] in {a for articles, _ in parts for a in articles}], docs)


if __name__ == "__main__":
    main()
