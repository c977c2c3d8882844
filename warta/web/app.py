"""The HTTP API (`/api/...`, OpenAPI at `/openapi.json`) and the web UI (`/`), over one corpus store.

Reads need nothing; writes (`POST /api/ingest`) are off unless the server was given a token, and then
need it as `Authorization: Bearer TOKEN`. Every error is JSON: {"error": message, "status": code}."""
from __future__ import annotations

import hmac
import io
import json
import threading
from importlib import resources
from typing import Annotated

from fastapi import Body, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..corpus import query
from ..corpus.db import Database
from ..corpus.export import csv_text, flat_rows, write_parquet
from ..errors import InputError

MAX_BODY = 2 * 1024 * 1024  # bytes a request body may have (an article, or a small batch to ingest)
STATIC = resources.files(__package__).joinpath("static")
Limit = Annotated[int, Query(ge=1, le=query.MAX_LIMIT, description=f"page size, at most {query.MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=100_000)]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


class Stores:
    """One connection per server thread (SQLite and psycopg connections are not shared across threads)."""

    def __init__(self, url: str):
        self.url, self._local = url, threading.local()
        with Database(url) as db:
            if db.schema_version() == 0:
                raise InputError("not a warta corpus database (build one with `warta ingest`)", url)

    def get(self) -> Database:
        if not hasattr(self._local, "db"):
            self._local.db = Database(self.url)
        return self._local.db


def _json(data) -> JSONResponse:
    """Rows from the store are plain JSON already: skip FastAPI's per-value encoder (a third of the time)."""
    return JSONResponse(data)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


def create_app(db_url: str, token: str | None = None) -> FastAPI:
    stores = Stores(db_url)
    # One request at a time runs the pipeline (its taggers are not thread-safe) or writes (one writer).
    writer = threading.Lock()
    app = FastAPI(title="warta", version=__version__, description="Indonesian news as structured, checkable "
                  "knowledge: articles, entities, quotes, events and stories of a warta corpus store.")
    loading, loaded = threading.Lock(), []

    def pipeline():
        """The analysis pipeline, loaded on the first request that needs it."""
        with loading:
            if not loaded:
                from ..corpus.ingest import INGEST_PIPELINE
                from ..pipeline import Pipeline

                ready = Pipeline(INGEST_PIPELINE)
                ready.load()
                loaded.append(ready)
            return loaded[0]

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        size = request.headers.get("content-length")
        if request.method == "POST" and not (size or "").isdigit():
            return _error(411, "a request body needs a Content-Length (chunked uploads are not accepted)")
        if size and size.isdigit() and int(size) > MAX_BODY:
            return _error(413, f"the request body is larger than {MAX_BODY} bytes")
        return await call_next(request)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request, exc):
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request, exc):
        parts = [f"{'.'.join(str(x) for x in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()]
        return _error(400, "; ".join(parts))

    @app.exception_handler(Exception)
    async def internal(request, exc):
        return _error(500, f"internal error ({exc.__class__.__name__})")

    # -- analysis ---------------------------------------------------------------------------------------

    @app.post("/api/analyze", summary="Analyse one article (text or HTML) into a warta/1 document")
    def analyze(body: Annotated[str, Body(media_type="text/plain", description="the article: text or HTML")],
                url: str | None = None, outlet: str | None = None, published: str | None = None) -> dict:
        from ..pipeline import analyze as run

        try:
            with writer:
                return run(body, url=url, outlet=outlet, published=published, source="request",
                           pipeline=pipeline()).to_dict()
        except InputError as e:
            raise HTTPException(422, e.problem) from None

    @app.post("/api/ingest", summary="Analyse and store articles (needs the server's API token)")
    def ingest(body: Annotated[str, Body(media_type="application/x-ndjson",
                                         description="JSON Lines: {text | html, url, outlet, published}")],
               authorization: Annotated[str | None, Header()] = None) -> dict:
        if not token:
            raise HTTPException(403, "writes are off: start the server with --token to allow them")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid API token is needed (Authorization: Bearer TOKEN)")
        return _ingest_lines(body, stores.get(), pipeline(), writer)

    # -- articles ---------------------------------------------------------------------------------------

    @app.get("/api/articles", summary="Articles, newest first, or best first for a full-text query `q`")
    def articles(q: str | None = None, outlet: str | None = None, since: Day = None, until: Day = None,
                 limit: Limit = query.DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        db = stores.get()
        if q:
            items = query.search(db, q, outlet=outlet, since=since, until=until, limit=limit, offset=offset)
        else:
            items = query.articles(db, outlet=outlet, since=since, until=until, limit=limit, offset=offset)
        return _json({"items": items, "limit": limit, "offset": offset})

    @app.get("/api/articles/{article_id}", summary="One stored article: its warta/1 document and corpus links")
    def article(article_id: str) -> JSONResponse:
        db = stores.get()
        doc = query.document(db, article_id)
        if doc is None:
            raise HTTPException(404, f"no article {article_id}")
        return _json({"document": doc, **query.article_links(db, article_id)})

    # -- entities, quotes, events, stories -----------------------------------------------------------------

    @app.get("/api/entities", summary="Entities of the corpus, most written about first")
    def entities(q: str | None = None, label: str | None = None, limit: Limit = query.DEFAULT_LIMIT,
                 offset: Offset = 0) -> JSONResponse:
        items = query.entities(stores.get(), q=q, label=label, limit=limit, offset=offset)
        return _json({"items": items, "limit": limit, "offset": offset})

    @app.get("/api/entities/{key}", summary="One entity (by number or by name): mentions over time, "
                                            "co-occurring entities, quotes by and about it")
    def entity(key: str, limit: Limit = query.DEFAULT_LIMIT) -> JSONResponse:
        found = query.entity(stores.get(), int(key) if key.isdigit() else key, limit=limit)
        if found is None:
            raise HTTPException(404, f"no entity {key}")
        return _json(found)

    @app.get("/api/quotes", summary="Quotes, newest first")
    def quotes(speaker: str | None = None, q: str | None = None, since: Day = None, until: Day = None,
               limit: Limit = query.DEFAULT_LIMIT) -> JSONResponse:
        items = query.quotes(stores.get(), speaker=speaker, q=q, since=since, until=until, limit=limit)
        return _json({"items": items, "limit": limit})

    @app.get("/api/events", summary="Events; one row per event however many articles report it")
    def events(actor: str | None = None, country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
               type: str | None = None, modality: str | None = None, since: Day = None, until: Day = None,
               bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
               reports: bool = False, limit: Limit = query.DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        box = _bbox(bbox) if bbox else None
        items = query.events(stores.get(), actor=actor, country=country, type=type, modality=modality, since=since,
                             until=until, bbox=box, reports=reports, limit=limit, offset=offset)
        return _json({"items": items, "limit": limit, "offset": offset})

    @app.get("/api/stories", summary="Stories, largest first")
    def stories(since: Day = None, until: Day = None, min_articles: Annotated[int, Query(ge=1)] = 1,
                limit: Limit = query.DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        items = query.stories(stores.get(), since=since, until=until, min_articles=min_articles, limit=limit,
                              offset=offset)
        return _json({"items": items, "limit": limit, "offset": offset})

    @app.get("/api/stories/{story_id}", summary="One story's timeline across outlets, with its events")
    def story(story_id: int) -> JSONResponse:
        found = query.story(stores.get(), story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id}")
        return _json(found)

    @app.get("/api/export", summary="A filtered selection as CSV, JSON Lines or Parquet")
    def export(table: Annotated[str, Query(pattern="^(articles|events|quotes|entities)$")] = "events",
               format: Annotated[str, Query(pattern="^(csv|jsonl|parquet)$")] = "csv",
               q: str | None = None, actor: str | None = None, country: str | None = None, type: str | None = None,
               modality: str | None = None, speaker: str | None = None, since: Day = None, until: Day = None,
               limit: Annotated[int, Query(ge=1, le=query.MAX_ROWS)] = 10_000) -> Response:
        db = stores.get()
        rows = {
            "articles": lambda: query.search(db, q, since=since, until=until, limit=limit) if q else
            query.articles(db, since=since, until=until, limit=limit),
            "events": lambda: query.events(db, actor=actor, country=country, type=type, modality=modality,
                                           since=since, until=until, limit=limit),
            "quotes": lambda: query.quotes(db, speaker=speaker, q=q, since=since, until=until, limit=limit),
            "entities": lambda: query.entities(db, q=q, limit=limit),
        }[table]()
        return _file(rows, table, format)

    # -- the web UI -------------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return FileResponse(str(STATIC.joinpath("index.html")), media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        types = {".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml"}
        suffix = "." + name.rsplit(".", 1)[-1]
        path = STATIC.joinpath(name)
        if "/" in name or suffix not in types or not path.is_file():
            raise HTTPException(404, f"no file {name}")
        return FileResponse(str(path), media_type=types[suffix], headers={"Cache-Control": "max-age=3600"})

    return app


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise HTTPException(400, "bbox: four numbers west,south,east,north") from None
    return west, south, east, north


def _ingest_lines(body: str, db: Database, pipeline, writer: threading.Lock) -> dict:
    """`warta ingest` for a request body: the same analysis and the same one-transaction store per article."""
    from ..corpus import store
    from ..corpus.ingest import analyse
    from ..reader.sources import records

    outcome = {"added": 0, "updated": 0, "duplicate": 0, "known": 0, "failed": 0, "errors": []}
    for item in records("request", io.StringIO(body), MAX_BODY):
        if isinstance(item, InputError):
            outcome["failed"] += 1
            outcome["errors"].append(str(item))
            continue
        hash_ = store.input_hash(item.content, item.meta)
        with writer:
            if store.known_input(db, hash_):
                outcome["known"] += 1
                continue
            result = analyse(item, hash_, pipeline)
            if isinstance(result, InputError):
                outcome["failed"] += 1
                outcome["errors"].append(str(result))
                continue
            outcome[store.add(db, result)] += 1
    return outcome


def _file(rows: list[dict], name: str, fmt: str) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    if fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        return Response(text, media_type="application/x-ndjson", headers=headers)
    if fmt == "csv":
        return Response(csv_text(rows), media_type="text/csv; charset=utf-8", headers=headers)
    sink = io.BytesIO()
    write_parquet(sink, flat_rows(rows))
    return Response(sink.getvalue(), media_type="application/vnd.apache.parquet", headers=headers)
