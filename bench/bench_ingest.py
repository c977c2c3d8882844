#!/usr/bin/env python3
"""Corpus ingest and query speed: `warta ingest` of the IndoSum articles with 1 and 2 workers (articles/s,
database size, peak memory of the whole process tree), then the latency of the corpus queries on the
database it built.

    python bench/bench_ingest.py [--workers 1 2] [--limit N] [--db-url postgresql://...] [--keep DIR]

The articles come from ../shared/tools/indosum_to_jsonl.py (3,438 IndoSum articles). With --db-url the
ingest also runs into that PostgreSQL database (its tables must not exist yet: use a fresh schema).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT.parent / "shared" / "tools" / "indosum_to_jsonl.py"
QUERIES = {
    "search 'Kim Putin Vladivostok'": lambda q, db: q.search(db, "Kim Putin Vladivostok"),
    "search 'senjata'": lambda q, db: q.search(db, "senjata"),
    "entity 'Joko Widodo'": lambda q, db: q.entity(db, "Joko Widodo"),
    "events --actor IDN --type CONSULT": lambda q, db: q.events(db, actor="IDN", type="CONSULT"),
    "events --modality asserted --since 2017-06-01": lambda q, db: q.events(db, modality="asserted",
                                                                           since="2017-06-01"),
    "quotes --speaker 'Joko Widodo'": lambda q, db: q.quotes(db, speaker="Joko Widodo"),
    "stories --since 2017-06-01": lambda q, db: q.stories(db, since="2017-06-01"),
    "story (largest)": lambda q, db: q.story(db, q.stories(db, limit=1)[0]["id"]),
}


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return total


def run_ingest(articles: Path, db: str, workers: int) -> dict:
    started, peak = time.monotonic(), 0
    proc = subprocess.Popen([sys.executable, "-m", "warta.cli", "ingest", str(articles), "--db", db,
                             "--workers", str(workers), "-q"], stderr=subprocess.PIPE, text=True)
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.5)
    seconds = time.monotonic() - started
    summary = proc.stderr.read().strip().splitlines()[-1:]
    size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*")) if "://" not in db else None
    return {"seconds": seconds, "peak_mb": peak / 1024, "size_mb": size / 2**20 if size else None,
            "summary": summary[0] if summary else "", "rc": proc.returncode}


def time_queries(db_url: str, repeats: int) -> dict[str, tuple[float, float]]:
    from warta.corpus import query
    from warta.corpus.db import Database

    out = {}
    with Database(db_url) as db:
        query.entity_ids(db, "warm-up")  # loads the knowledge base once, as a server would
        for name, run in QUERIES.items():
            times = []
            for _ in range(repeats):
                t = time.perf_counter()
                run(query, db)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            out[name] = (statistics.median(times), times[int(0.95 * (len(times) - 1))])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--db-url", help="also ingest into this PostgreSQL URL (with the first --workers value)")
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--keep", help="folder to keep the databases in")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="warta-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    articles = folder / "indosum.jsonl"
    lines = subprocess.run([sys.executable, str(TOOL)], check=True, capture_output=True, text=True).stdout
    lines = lines.splitlines(keepends=True)[:args.limit] if args.limit else lines.splitlines(keepends=True)
    articles.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} articles; databases in {folder}")
    print("| store | workers | seconds | articles/s | peak memory (MB, all processes) | database (MB) |")
    print("|---|---:|---:|---:|---:|---:|")
    last = None
    targets = [("SQLite", str(folder / f"w{n}.db"), n) for n in args.workers]
    if args.db_url:
        targets.append(("PostgreSQL", args.db_url, args.workers[0]))
    for store, db, workers in targets:
        r = run_ingest(articles, db, workers)
        size = f"{r['size_mb']:.0f}" if r["size_mb"] else "-"
        print(f"| {store} | {workers} | {r['seconds']:.0f} | {len(lines) / r['seconds']:.1f} | {r['peak_mb']:.0f} "
              f"| {size} |  <!-- {r['summary']} -->")
        last = last or db
    for store, db, _ in [t for t in targets if t[1] == last] + [t for t in targets if t[0] == "PostgreSQL"]:
        print(f"\nQuery latency on {store} ({args.repeats} runs each, in one process):\n")
        print("| query | p50 ms | p95 ms |\n|---|---:|---:|")
        for name, (p50, p95) in time_queries(db, args.repeats).items():
            print(f"| `{name}` | {p50:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()
