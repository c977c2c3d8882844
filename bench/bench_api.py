#!/usr/bin/env python3
"""Load on `warta serve`: requests from this process (a second one) against a server over a corpus store,
with latency per endpoint (p50, p95), requests/s and errors.

    python bench/bench_api.py --db warta.db [--requests 2000] [--threads 4]

Build the store first, e.g. `python bench/bench_ingest.py --workers 2 --keep /tmp/bench` (IndoSum).
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEARCHES = ["presiden", "senjata", "banjir", "Jokowi", "korupsi KPK", "sepak bola", "ekonomi Indonesia", "pemilu"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()


def plan(host: str, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(endpoint name, path) pairs: listings, searches and detail pages over ids that exist."""
    conn = http.client.HTTPConnection(host, timeout=60)
    entities = [e["id"] for e in json.loads(get(conn, "/api/entities?limit=200")[1])["items"]]
    articles = [a["id"] for a in json.loads(get(conn, "/api/articles?limit=200")[1])["items"]]
    stories = [s["id"] for s in json.loads(get(conn, "/api/stories?limit=200")[1])["items"]]
    kinds = [
        ("articles (newest)", lambda: "/api/articles"),
        ("articles ?q=", lambda: "/api/articles?q=" + urllib.parse.quote(rng.choice(SEARCHES))),
        ("article page", lambda: f"/api/articles/{rng.choice(articles)}"),
        ("entities", lambda: "/api/entities?limit=50"),
        ("entity page", lambda: f"/api/entities/{rng.choice(entities)}"),
        ("events", lambda: "/api/events?limit=200"),
        ("events ?type&country", lambda: f"/api/events?type={rng.choice(['CONSULT', 'DEMAND', 'DISAPPROVE'])}"
                                         f"&country=IDN"),
        ("quotes ?speaker", lambda: "/api/quotes?speaker=" + urllib.parse.quote(rng.choice(
            ["Joko Widodo", "Jusuf Kalla", "Anies Baswedan", "Sri Mulyani"]))),
        ("stories", lambda: "/api/stories"),
        ("story page", lambda: f"/api/stories/{rng.choice(stories)}"),
    ]
    return [(name, make()) for name, make in (rng.choice(kinds) for _ in range(n))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", args.db, "--port", str(port)],
                              cwd=ROOT, stderr=subprocess.DEVNULL)
    host = f"127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                get(http.client.HTTPConnection(host, timeout=5), "/openapi.json")
                break
            except OSError:
                time.sleep(0.2)
        work = plan(host, args.requests, random.Random(7))
        times: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = defaultdict(int)
        lock = threading.Lock()

        def worker(part):
            conn = http.client.HTTPConnection(host, timeout=60)
            for name, path in part:
                started = time.perf_counter()
                try:
                    status, _ = get(conn, path)
                except OSError:
                    status, conn = 0, http.client.HTTPConnection(host, timeout=60)
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    times[name].append(elapsed)
                    if status != 200:
                        errors[name] += 1

        started = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(work[i::args.threads],)) for i in range(args.threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait()
    total = sum(len(v) for v in times.values())
    print(f"{total} requests in {seconds:.1f} s ({total / seconds:.0f}/s) from {args.threads} client threads, "
          f"{sum(errors.values())} errors\n")
    print("| endpoint | requests | p50 ms | p95 ms | errors |\n|---|---:|---:|---:|---:|")
    for name in sorted(times):
        values = sorted(times[name])
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"| {name} | {len(values)} | {statistics.median(values):.1f} | {p95:.1f} | {errors[name]} |")
    everything = sorted(v for vs in times.values() for v in vs)
    print(f"| all | {total} | {statistics.median(everything):.1f} | "
          f"{everything[int(0.95 * (len(everything) - 1))]:.1f} | {sum(errors.values())} |")


if __name__ == "__main__":
    main()
