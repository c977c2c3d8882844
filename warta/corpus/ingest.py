"""`warta ingest`: read articles, analyse them in worker processes, store each one whole.

The main process reads the inputs and is the only writer; workers run the pipeline. Each article is
stored in one transaction together with the hash of its raw input, so a rerun after a crash or a kill
skips what was stored and analyses the rest: nothing is lost and nothing doubled."""
from __future__ import annotations

import gzip
import multiprocessing
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from ..errors import InputError
from ..pipeline import DEFAULT_PIPELINE, Pipeline, analyze
from ..reader.decode import DEFAULT_MAX_BYTES
from ..reader.sources import Item, expand, is_jsonl, iter_items
from . import store
from .db import Database

INGEST_PIPELINE = (*DEFAULT_PIPELINE, "events")
_pipeline: Pipeline | None = None


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)  # added, updated, duplicate, known, failed
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def stored(self) -> int:
        return self.counts["added"] + self.counts["updated"]

    def line(self) -> str:
        c = self.counts
        rate = self.stored / self.seconds if self.seconds else 0.0
        return (f"{c['added']} added, {c['updated']} updated, {c['known'] + c['duplicate']} already stored, "
                f"{c['failed']} failed ({rate:.1f} articles/s)")


def _start_worker(names: tuple[str, ...]) -> None:
    global _pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    _pipeline = Pipeline(names)
    _pipeline.load()


def analyse(item: Item, hash_: str, pipeline: Pipeline | None = None) -> store.Prepared | InputError:
    """The analysed document and its derived search and matching data (in a worker: with its pipeline)."""
    try:
        doc = analyze(item.content, source=item.name, html=item.html, pipeline=pipeline or _pipeline, **item.meta)
        return store.prepare(doc.to_dict(), hash_, item.name)
    except InputError as e:
        return e.at(item.name)
    except Exception as e:  # one bad article must not lose the others
        return InputError(f"internal error ({e.__class__.__name__}: {e}); please report it", item.name)


class _InProcess:
    """The pool's interface for --workers 1: analysis in this process, no pickling."""

    def __init__(self, names):
        _start_worker(names)
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def submit(self, fn, *args) -> Future:
        future = Future()
        future.set_result(fn(*args))
        return future

    def shutdown(self, wait=True, cancel_futures=False) -> None:
        pass


def ingest(paths: list[str], db: Database, workers: int = 1, names: tuple[str, ...] = INGEST_PIPELINE,
           max_bytes: int = DEFAULT_MAX_BYTES, quiet: bool = False, say=print) -> Summary:
    db.migrate()
    Pipeline(names)  # unknown or misordered components fail here, before any worker starts
    targets = expand(paths)
    summary, started = Summary(), time.monotonic()
    bar = tqdm(total=_count(targets), unit="article", file=sys.stderr, disable=quiet, dynamic_ncols=True)
    if workers > 1:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(names,))
    else:
        pool = _InProcess(names)
    pending: deque[tuple[str, Future]] = deque()

    def finish_one() -> None:
        name, future = pending.popleft()
        _store(db, name, future.result(), summary, say)
        bar.update(1)
        bar.set_postfix(added=summary.stored, failed=summary.counts["failed"], refresh=False)

    try:
        for item in _items(targets, max_bytes):
            if isinstance(item, InputError):
                _fail(db, item.source or "?", str(item), summary, say)
                bar.update(1)
                continue
            hash_ = store.input_hash(item.content, item.meta)
            if store.known_input(db, hash_):
                summary.counts["known"] += 1
                bar.update(1)
                continue
            pending.append((item.name, pool.submit(analyse, item, hash_)))
            while len(pending) > 2 * workers:  # a bounded window: millions of inputs never sit in memory
                finish_one()
        while pending:
            finish_one()
    except KeyboardInterrupt:
        summary.interrupted = True
        pool.shutdown(wait=False, cancel_futures=True)
    except BrokenProcessPool:
        summary.interrupted = True
        say("a worker process died (out of memory?); what was stored is kept")
    finally:
        bar.close()
        pool.shutdown()
        summary.seconds = time.monotonic() - started
    return summary


def _store(db: Database, name: str, result, summary: Summary, say) -> None:
    if isinstance(result, InputError):
        _fail(db, name, str(result), summary, say)
        return
    summary.counts[store.add(db, result)] += 1


def _fail(db: Database, name: str, message: str, summary: Summary, say) -> None:
    summary.counts["failed"] += 1
    say(message)
    store.record_error(db, name, message)


def _items(targets, max_bytes) -> Iterator[Item | InputError]:
    for target in targets:
        yield from iter_items(target, max_bytes)


def _count(targets) -> int | None:
    """How many articles the progress bar expects: lines of JSONL files, one per other file."""
    total = 0
    for target in targets:
        if target == "-":
            return None
        if is_jsonl(Path(target)):
            opener = gzip.open if str(target).endswith(".gz") else open
            try:
                with opener(target, "rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except (OSError, EOFError):
                total += 1
        else:
            total += 1
    return total
