#!/usr/bin/env python3
"""Throughput and memory of warta's per-article pipeline on one core.

Batches: the bundled examples repeated with shuffled paragraphs and changed numbers (default), or real
IndoSum articles from ../shared (--indosum); --words N joins articles and cuts them to N words
(the syntax issue measures 600-word articles). Stages, each timed over the whole batch:
  read      decode + layout cleaning (the reader)
  segment   read + language + tokens + sentences
  syntax    segment + syntax (tagger, lemmatizer, parser)
  entities  segment + ner + link (names, knowledge base, coreference)
  times     segment + times (time expressions)
  quotes    entities + quotes (its own rate is quotes' time less entities')
  full      the default pipeline
  events    the events component alone, over articles the default pipeline has read (not timed)
Prints articles/s, words/s, the rate of a stage's own components (the stage's time less segment's)
and the peak resident memory of the process.

    python bench/bench_pipeline.py [--articles 1000] [--indosum] [--words 600]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import warta
from warta.pipeline import DEFAULT_PIPELINE, Pipeline
from warta.reader import read
from warta.reader.sources import expand, iter_items
from warta.registry import COMPONENTS

ROOT = Path(__file__).resolve().parents[1]
SEGMENT = ("language", "tokens", "sentences")
STAGES = {"segment": SEGMENT, "syntax": (*SEGMENT, "syntax"), "entities": (*SEGMENT, "ner", "link"),
          "times": (*SEGMENT, "times"), "quotes": (*SEGMENT, "ner", "link", "quotes"), "full": DEFAULT_PIPELINE}


def example_articles(rng: random.Random, n: int) -> list[str]:
    items = [i for t in expand([str(ROOT / "examples")]) for i in iter_items(t)]
    texts = [read(i.content, html=i.html).text for i in items]  # plain text, so every article varies
    return [vary(texts[k % len(texts)], rng) for k in range(n)]


def vary(text: str, rng: random.Random) -> str:
    """Same layout, different article: shuffled body paragraphs, changed numbers."""
    head, _, body = text.partition("\n\n")
    paragraphs = body.split("\n\n")
    middle = paragraphs[1:]
    rng.shuffle(middle)
    body = "\n\n".join(paragraphs[:1] + middle)
    return head + "\n\n" + "".join(str(rng.randint(2, 99)) if ch == "3" else ch for ch in body)


def indosum_articles(n: int) -> list[str]:
    tool = ROOT.parent / "shared" / "tools" / "indosum_to_jsonl.py"
    if not tool.exists():
        sys.exit("--indosum needs ../shared/tools/indosum_to_jsonl.py")
    lines = subprocess.run([sys.executable, str(tool)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [json.loads(line)["text"] for line in lines[:n]]


def lengthen(texts: list[str], words: int) -> list[str]:
    """Join consecutive articles' bodies until each article has `words` words, cutting the last paragraph."""
    out, k = [], 0
    for _ in texts:
        parts = [texts[k % len(texts)]]
        while sum(len(p.split()) for p in parts) < words:
            k += 1
            parts.append(texts[k % len(texts)].partition("\n\n")[2])
        k += 1
        paragraphs = "\n\n".join(parts).split("\n\n")
        kept, count = [], 0
        for paragraph in paragraphs:
            room = words - count
            if room <= 0:
                break
            kept.append(" ".join(paragraph.split(" ")[:room]) if len(paragraph.split()) > room else paragraph)
            count += len(kept[-1].split())
        out.append("\n\n".join(kept))
    return out


def timed(label: str, func, batch: list[str]) -> float:
    words = 0
    start = time.perf_counter()
    for text in batch:
        words += len(func(text).text.split())
    seconds = time.perf_counter() - start
    print(f"{label:8s} {len(batch):6d} articles  {len(batch) / seconds:8.1f} articles/s  "
          f"{words / seconds:10.0f} words/s  ({words / len(batch):.0f} words/article, {seconds:.1f} s)", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--indosum", action="store_true", help="real IndoSum articles instead of the examples")
    parser.add_argument("--words", type=int, help="make each article about this many words long")
    parser.add_argument("--stages", default="read,segment,syntax,entities,times,quotes,full")
    args = parser.parse_args()
    rng = random.Random(7)
    batch = indosum_articles(args.articles) if args.indosum else example_articles(rng, args.articles)
    if args.words:
        batch = lengthen(batch, args.words)
    warta.analyze(batch[0])  # load spaCy, lingua, the models and the knowledge base outside the clock
    seconds = {}
    for stage in args.stages.split(","):
        if stage == "read":
            seconds[stage] = timed("read", read, batch)
        elif stage == "events":
            docs = [warta.analyze(text) for text in batch]
            seconds[stage] = timed("events", lambda doc: (COMPONENTS["events"].run(doc), doc)[1], docs)
        else:
            pipeline = Pipeline(STAGES[stage])
            seconds[stage] = timed(stage, lambda text, p=pipeline: warta.analyze(text, pipeline=p), batch)
    for stage, base in (("syntax", "segment"), ("entities", "segment"), ("times", "segment"), ("quotes", "entities")):
        if stage in seconds and base in seconds and seconds[stage] > seconds[base]:
            own = seconds[stage] - seconds[base]
            print(f"{stage} components alone: {len(batch) / own:.1f} articles/s")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
