#!/usr/bin/env python3
"""Throughput of reading and segmentation on one core.

Builds a batch of articles by repeating the bundled examples with varied paragraph order and numbers
(and, with --indosum, adds real IndoSum articles from ../shared), then times:
  read      - decode + layout cleaning (reader only)
  pipeline  - read + language + tokens + sentences (the default pipeline)
Prints articles/s, words/s and peak resident memory.

    python bench/bench_reader.py [--articles 1000] [--indosum]
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
from warta.reader import read
from warta.reader.sources import expand, iter_items

ROOT = Path(__file__).resolve().parents[1]


def example_articles() -> list[tuple[str | bytes, bool | None]]:
    items = [i for t in expand([str(ROOT / "examples")]) for i in iter_items(t)]
    return [(i.content, i.html) for i in items]


def vary(content: str | bytes, rng: random.Random) -> str:
    """Same layout, different article: shuffled body paragraphs, changed numbers."""
    text = content.decode("utf-8") if isinstance(content, bytes) else content
    head, _, body = text.partition("\n\n")
    paragraphs = body.split("\n\n")
    middle = paragraphs[1:-1]
    rng.shuffle(middle)
    body = "\n\n".join(paragraphs[:1] + middle + paragraphs[-1:])
    return head + "\n\n" + "".join(str(rng.randint(2, 99)) if ch == "3" else ch for ch in body)


def indosum_articles(limit: int) -> list[tuple[str, bool]]:
    tool = ROOT.parent / "shared" / "tools" / "indosum_to_jsonl.py"
    if not tool.exists():
        sys.exit("--indosum needs ../shared/tools/indosum_to_jsonl.py")
    lines = subprocess.run([sys.executable, str(tool)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [(json.loads(line)["text"], False) for line in lines[:limit]]


def timed(label: str, func, batch) -> None:
    words = 0
    start = time.perf_counter()
    for content, html in batch:
        words += len(func(content, html).text.split())
    seconds = time.perf_counter() - start
    print(f"{label:9s} {len(batch):6d} articles  {len(batch) / seconds:8.1f} articles/s  "
          f"{words / seconds:10.0f} words/s  ({words / len(batch):.0f} words/article, {seconds:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--indosum", action="store_true", help="use real IndoSum articles instead of the examples")
    args = parser.parse_args()
    rng = random.Random(7)
    if args.indosum:
        batch = indosum_articles(args.articles)
    else:
        examples = example_articles()
        batch = [(vary(c, rng), h) if not h else (c, h) for c, h in
                 (examples[i % len(examples)] for i in range(args.articles))]
    warta.analyze(batch[0][0], html=batch[0][1])  # load spaCy and the language models outside the clock
    timed("read", lambda c, h: read(c, html=h), batch)
    timed("pipeline", lambda c, h: warta.analyze(c, html=h), batch)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
