"""The corpus commands of `warta`: ingest, search, entity, events, quotes, stories, story, export."""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from ..console import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from ..console import say as _say
from ..errors import InputError
from ..reader.decode import DEFAULT_MAX_BYTES
from . import query
from .db import DEFAULT_DB, Database
from .export import csv_text

CELL_WIDTH = 60


def _db_option(p) -> None:
    p.add_argument("--db", default=os.environ.get("WARTA_DB", DEFAULT_DB),
                   help="SQLite file or postgresql://... URL (default: $WARTA_DB or warta.db)")


def _query_command(sub, name: str, help: str, func):
    """A query command: its own arguments come after; all take --db, --format and --limit."""
    p = sub.add_parser(name, help=help)
    _db_option(p)
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument("--limit", type=int, default=query.DEFAULT_LIMIT, help=f"at most this many rows "
                                                                            f"(default {query.DEFAULT_LIMIT})")
    p.set_defaults(func=func)
    return p


def _period_options(p) -> None:
    p.add_argument("--since", help="from this day on (YYYY-MM-DD)")
    p.add_argument("--until", help="up to this day (YYYY-MM-DD)")


def add_commands(sub) -> None:
    p = sub.add_parser("ingest", help="analyse articles and store them in the corpus database")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, JSONL (.jsonl, .jsonl.gz) or - for stdin")
    _db_option(p)
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1: analyse in this process)")
    p.add_argument("--components", help="comma-separated pipeline (default: the default pipeline and events)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest article accepted (default 10 MB)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = _query_command(sub, "search", "full-text search (each word also finds its inflected forms)", cmd_search)
    p.add_argument("query")
    p.add_argument("--outlet")
    _period_options(p)
    p.add_argument("--copies", action="store_true", help="list every copy of a syndicated text")

    p = _query_command(sub, "entity", "an entity's mentions over time, companions and quotes", cmd_entity)
    p.add_argument("name", help="a name, alias or entity number")

    p = _query_command(sub, "events", "events by actor, type, modality and time", cmd_events)
    p.add_argument("--actor", help="country code (PRK) or name (Kim Jong-un), as source or target")
    p.add_argument("--type", help="PLOVER type (CONSULT, DEMAND, ...; POLECAT's REQUEST/ACCUSE accepted)")
    p.add_argument("--modality", choices=["asserted", "planned", "reported", "requested", "hypothetical", "negated"])
    _period_options(p)
    p.add_argument("--reports", action="store_true", help="one row per article's report, not per event")

    p = _query_command(sub, "quotes", "quotes by speaker or words", cmd_quotes)
    p.add_argument("--speaker", help="the speaker's name or alias")
    p.add_argument("--q", help="words the quote contains")
    _period_options(p)

    p = _query_command(sub, "stories", "stories (articles about one happening), largest first", cmd_stories)
    _period_options(p)
    p.add_argument("--min-articles", type=int, default=1)

    p = _query_command(sub, "story", "one story's timeline: its articles and events across outlets", cmd_story)
    p.add_argument("id", type=int)

    p = sub.add_parser("export", help="write the store's tables as Parquet, CSV or JSON Lines files")
    p.add_argument("--format", choices=["parquet", "csv", "jsonl"], default="parquet")
    p.add_argument("-o", "--output", default="warta-export", help="folder for the files (default warta-export)")
    p.add_argument("--tables", help="comma-separated: articles,entities,mentions,quotes,events,stories (default all)")
    _db_option(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("serve", help="the HTTP API and the web UI over a corpus store")
    _db_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=os.environ.get("WARTA_API_TOKEN"),
                   help="allow POST /api/ingest with this bearer token (default $WARTA_API_TOKEN; none: no writes)")
    p.set_defaults(func=cmd_serve)


def _open(url: str, create: bool = False) -> Database | None:
    if not create and not url.startswith(("postgresql://", "postgres://")) and not Path(url).exists():
        _say(f"{url}: no such database (build one with `warta ingest ARTICLES --db {url}`)")
        return None
    try:
        db = Database(url)
        if not create and db.schema_version() == 0:
            raise InputError("not a warta corpus database", url)
        return db
    except InputError as e:
        _say(str(e).replace(url, _shown(url)))
        return None
    except Exception as e:  # sqlite3 / psycopg errors on a file or server that is not ours
        _say(f"{_shown(url)}: cannot open the database ({e.__class__.__name__}: {e})")
        return None


def _shown(url: str) -> str:
    """A database URL fit for the terminal: the password masked."""
    return re.sub(r"(://[^/:@]*:)[^@/]*@", r"\1***@", url)


def cmd_ingest(args) -> int:
    from ..pipeline import Pipeline
    from .ingest import INGEST_PIPELINE, ingest

    names = tuple(args.components.split(",")) if args.components else INGEST_PIPELINE
    try:
        Pipeline(names)
    except ValueError as e:
        _say(str(e))
        return EXIT_USAGE
    if args.workers < 1:
        _say("--workers must be 1 or more")
        return EXIT_USAGE
    db = _open(args.db, create=True)
    if db is None:
        return EXIT_FAILED
    with db:
        summary = ingest(args.inputs, db, workers=args.workers, names=names, max_bytes=args.max_bytes,
                         quiet=args.quiet, say=_say)
    _say(("interrupted: " if summary.interrupted else "") + summary.line() + f"; database {_shown(args.db)}")
    if summary.interrupted:
        _say("run the same command again to finish: stored articles are skipped")
        return 130
    if summary.counts["failed"]:
        return EXIT_PARTIAL if sum(summary.counts.values()) > summary.counts["failed"] else EXIT_FAILED
    return EXIT_OK


def _query(args, run) -> int:
    if not 1 <= args.limit <= query.MAX_LIMIT:
        _say(f"--limit must be between 1 and {query.MAX_LIMIT} (use `warta export` for everything)")
        return EXIT_USAGE
    db = _open(args.db)
    if db is None:
        return EXIT_FAILED
    with db:
        result = run(db)
    if result is None:
        return EXIT_FAILED
    _print(result, args.format)
    return EXIT_OK


def cmd_search(args) -> int:
    return _query(args, lambda db: query.search(db, args.query, outlet=args.outlet, since=args.since,
                                                until=args.until, limit=args.limit, copies=args.copies))


def cmd_entity(args) -> int:
    def run(db):
        found = query.entity(db, args.name, limit=args.limit)
        if found is None:
            _say(f"no entity named {args.name!r} in {args.db}")
        return found
    return _query(args, run)


def cmd_events(args) -> int:
    return _query(args, lambda db: query.events(db, actor=args.actor, type=args.type, modality=args.modality,
                                                since=args.since, until=args.until, limit=args.limit,
                                                reports=args.reports))


def cmd_quotes(args) -> int:
    return _query(args, lambda db: query.quotes(db, speaker=args.speaker, q=args.q, since=args.since,
                                                until=args.until, limit=args.limit))


def cmd_stories(args) -> int:
    return _query(args, lambda db: query.stories(db, since=args.since, until=args.until,
                                                 min_articles=args.min_articles, limit=args.limit))


def cmd_story(args) -> int:
    def run(db):
        found = query.story(db, args.id)
        if found is None:
            _say(f"no story {args.id} in {args.db}")
        return found
    return _query(args, run)


def cmd_export(args) -> int:
    from .export import TABLES, export

    tables = args.tables.split(",") if args.tables else None
    unknown = [t for t in tables or [] if t not in TABLES]
    if unknown:
        _say(f"unknown table(s) {', '.join(unknown)}; known: {', '.join(TABLES)}")
        return EXIT_USAGE
    db = _open(args.db)
    if db is None:
        return EXIT_FAILED
    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            _say("Parquet needs the pyarrow package: pip install pyarrow")
            return EXIT_FAILED
    with db:
        for path in export(db, Path(args.output), args.format, tables):
            _say(f"wrote {path}")
    return EXIT_OK


def cmd_serve(args) -> int:
    import uvicorn

    from ..web.app import create_app

    db = _open(args.db)
    if db is None:
        return EXIT_FAILED
    db.close()
    app = create_app(args.db, token=args.token)
    writes = "on (token required)" if args.token else "off"
    _say(f"serving {_shown(args.db)} at http://{args.host}:{args.port}/ (API docs at /docs; writes {writes})")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


# -- printing -------------------------------------------------------------------------------------------

def _print(result, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    sections = {k: v for k, v in result.items() if isinstance(v, list)} if isinstance(result, dict) else {}
    if isinstance(result, dict):
        head = {k: v for k, v in result.items() if k not in sections}
        sections = {"": [head], **sections}
    else:
        sections = {"": result}
    for title, rows in sections.items():
        if fmt == "csv":
            rows = [{"section": title, **r} for r in rows] if title else rows
            sys.stdout.write(csv_text(rows))
        else:
            if title:
                print(f"\n{title} ({len(rows)})")
            print(_table(rows))


def _cell(value) -> str:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= CELL_WIDTH else text[:CELL_WIDTH - 1] + "…"


def _table(rows: list[dict]) -> str:
    if not rows:
        return "(none)"
    columns = list(dict.fromkeys(k for r in rows for k in r))
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)

