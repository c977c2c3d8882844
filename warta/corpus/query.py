"""Questions to the corpus store. Each returns plain rows (dicts), for the CLI and the HTTP API alike.

Copies of one text (syndication, see fingerprint.py) count once: searches show the first copy with the
number of copies; an event that several articles of a story report is one row listing its reports."""
from __future__ import annotations

import json
import zlib
from collections import defaultdict

from ..events import plover_type
from ..kb import load_kb
from .db import Database, marks
from .terms import query_words

DEFAULT_LIMIT = 20
MAX_LIMIT = 1000  # a listing's largest page (the CLI and the API refuse more)
MAX_ROWS = 100_000  # the most any one call returns (exports)


def _limit(limit: int | None) -> int:
    return max(1, min(limit or DEFAULT_LIMIT, MAX_ROWS))


def _filters(column_for: dict[str, str], **given) -> tuple[str, list]:
    """AND-ed conditions for the filters that have a value: {"since": "a.day >= ?"} with since="2023-09-01"."""
    parts, params = [], []
    for name, value in given.items():
        if value is not None:
            parts.append(column_for[name])
            params.append(value)
    return "".join(f" AND {p}" for p in parts), params


ARTICLE_FILTERS = {"outlet": "LOWER(a.outlet) = LOWER(?)", "since": "a.day >= ?", "until": "a.day <= ?"}


def search(db: Database, q: str, outlet=None, since=None, until=None, limit=None, offset: int = 0,
           copies: bool = False) -> list[dict]:
    """Full-text search, best first; each word matches its written or base form (`senjata`: `persenjataan`)."""
    words = query_words(q)
    if not words:
        return []
    where, params = _filters(ARTICLE_FILTERS, outlet=outlet, since=since, until=until)
    columns = "a.id, a.published, a.outlet, a.headline, a.lead, a.url, a.copy_of, a.story"
    fetch = (_limit(limit) + offset) * (1 if copies else 3)
    if db.dialect == "sqlite":
        match = " AND ".join("(" + " OR ".join(f'"{w}"' for w in forms) + ")" for forms in words)
        rows = db.rows(f"SELECT {columns}, bm25(article_search, 4.0, 1.0) AS score FROM article_search "
                       f"JOIN articles a ON a.seq = article_search.rowid WHERE article_search MATCH ?{where} "
                       f"ORDER BY score, a.day DESC LIMIT ?", (match, *params, fetch))
    else:
        match = " & ".join("(" + " | ".join(f"'{w}'" for w in forms) + ")" for forms in words)
        rows = db.rows(f"SELECT {columns}, -ts_rank(s.terms, to_tsquery('simple', ?)) AS score FROM article_search s "
                       f"JOIN articles a ON a.seq = s.seq WHERE s.terms @@ to_tsquery('simple', ?){where} "
                       f"ORDER BY score, a.day DESC LIMIT ?", (match, match, *params, fetch))
    if not copies:
        rows = _first_per(rows, lambda r: r["copy_of"])
    rows = rows[offset:offset + _limit(limit)]
    counts = _copy_counts(db, [r["copy_of"] for r in rows])
    for row in rows:
        row["copies"] = counts.get(row["copy_of"], 1)
        row["score"] = round(-row["score"], 3)
    return rows


def _first_per(rows: list[dict], key) -> list[dict]:
    """The first row of each group that `key` names (rows come best or newest first)."""
    seen, out = set(), []
    for row in rows:
        if key(row) not in seen:
            seen.add(key(row))
            out.append(row)
    return out


def _copy_counts(db: Database, groups: list[str]) -> dict[str, int]:
    if not groups:
        return {}
    rows = db.rows(f"SELECT copy_of, COUNT(*) AS n FROM articles WHERE copy_of IN ({marks(groups)}) "
                   f"GROUP BY copy_of", groups)
    return {r["copy_of"]: r["n"] for r in rows}


def articles(db: Database, outlet=None, since=None, until=None, limit=None, offset: int = 0) -> list[dict]:
    where, params = _filters(ARTICLE_FILTERS, outlet=outlet, since=since, until=until)
    return db.rows(f"SELECT a.id, a.published, a.outlet, a.headline, a.url, a.copy_of, a.story FROM articles a "
                   f"WHERE 1 = 1{where} ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?",
                   (*params, _limit(limit), offset))


def document(db: Database, article_id: str) -> dict | None:
    """The stored warta/1 document of an article."""
    blob = db.value("SELECT doc FROM articles WHERE id = ?", (article_id,))
    return None if blob is None else json.loads(zlib.decompress(bytes(blob)))


def article_links(db: Database, article_id: str) -> dict:
    """Where a stored article sits in the corpus: its copies, its story, its entities' corpus numbers."""
    row = db.rows("SELECT copy_of, story FROM articles WHERE id = ?", (article_id,))[0]
    copies = db.rows("SELECT id, outlet, published, headline FROM articles WHERE copy_of = ? AND id <> ? "
                     "ORDER BY published", (row["copy_of"], article_id))
    story = db.rows("SELECT id, title, first_day, last_day, articles FROM stories WHERE id = ?", (row["story"],))
    entities = {r["local_id"]: r["entity"] for r in db.rows(
        "SELECT local_id, entity FROM article_entities WHERE article = ?", (article_id,))}
    return {"copy_of": row["copy_of"], "copies": copies, "story": story[0] if story else None, "entities": entities}


# -- entities -------------------------------------------------------------------------------------------

def entity_ids(db: Database, name: str) -> list[int]:
    """Corpus entities a name can mean: its knowledge-base entries, else stored names spelled so."""
    kb_ids = [entry["id"] for entry in load_kb().lookup(name)]
    if kb_ids:
        found = [r["id"] for r in db.rows(f"SELECT id FROM entities WHERE kb IN ({marks(kb_ids)})", kb_ids)]
        if found:
            return found
    found = [r["id"] for r in db.rows("SELECT id FROM entities WHERE LOWER(name) = LOWER(?) ORDER BY articles DESC",
                                      (name,))]
    return found or [r["entity"] for r in db.rows(
        "SELECT DISTINCT entity FROM article_entities WHERE LOWER(name) = LOWER(?)", (name,))]


def entity(db: Database, name_or_id: str | int, limit=None) -> dict | None:
    """One entity: who it is, mentions per day, the entities it appears with, quotes by and about it."""
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        ids = [int(name_or_id)]
    else:
        ids = entity_ids(db, str(name_or_id))
    rows = db.rows(f"SELECT * FROM entities WHERE id IN ({marks(ids)}) ORDER BY articles DESC", ids) if ids else []
    if not rows:
        return None
    main, limit = rows[0], _limit(limit)
    eid = main["id"]
    timeline = db.rows(
        "SELECT a.day, COUNT(DISTINCT a.copy_of) AS articles, SUM(ae.mentions) AS mentions FROM article_entities ae "
        "JOIN articles a ON a.id = ae.article WHERE ae.entity = ? AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day",
        (eid,))
    together = db.rows(
        "SELECT e.id, e.name, e.label, e.kb, COUNT(DISTINCT a.copy_of) AS articles FROM article_entities mine "
        "JOIN article_entities other ON other.article = mine.article AND other.entity <> mine.entity "
        "JOIN entities e ON e.id = other.entity JOIN articles a ON a.id = mine.article WHERE mine.entity = ? "
        "GROUP BY e.id, e.name, e.label, e.kb ORDER BY articles DESC, e.name LIMIT ?", (eid, limit))
    names = db.rows("SELECT name, COUNT(*) AS articles FROM article_entities WHERE entity = ? GROUP BY name "
                    "ORDER BY articles DESC, name LIMIT 10", (eid,))
    return {
        "id": eid, "name": main["name"], "label": main["label"], "kb": main["kb"], "country": main["country"],
        "lat": main["lat"], "lon": main["lon"], "wikidata": main["wikidata"], "articles": main["articles"],
        "also": [{"id": r["id"], "name": r["name"], "label": r["label"], "articles": r["articles"]} for r in rows[1:]],
        "names": names, "timeline": timeline, "co_occurring": together,
        "quotes_by": quotes(db, speaker_ids=[eid], limit=limit),
        "quotes_about": quotes(db, about_ids=[eid], limit=limit),
    }


def entities(db: Database, q: str | None = None, label: str | None = None, limit=None, offset: int = 0) -> list[dict]:
    where, params = _filters({"q": "LOWER(name) LIKE LOWER(?)", "label": "label = ?"},
                             q=f"%{q}%" if q else None, label=label)
    return db.rows(f"SELECT id, name, label, kb, country, articles FROM entities WHERE articles > 0{where} "
                   f"ORDER BY articles DESC, name LIMIT ? OFFSET ?", (*params, _limit(limit), offset))


# -- quotes ---------------------------------------------------------------------------------------------

def quotes(db: Database, speaker: str | None = None, q: str | None = None, since=None, until=None,
           speaker_ids: list[int] | None = None, about_ids: list[int] | None = None, limit=None) -> list[dict]:
    """Quotes, newest first; one per text within a group of copies."""
    where, params = _filters({"q": "LOWER(q.text) LIKE LOWER(?)", "since": "a.day >= ?", "until": "a.day <= ?"},
                             q=f"%{q}%" if q else None, since=since, until=until)
    if speaker:
        speaker_ids = entity_ids(db, speaker)
        where += f" AND (q.speaker_entity IN ({marks(speaker_ids)}) OR LOWER(q.speaker) LIKE LOWER(?))" \
            if speaker_ids else " AND LOWER(q.speaker) LIKE LOWER(?)"
        params += [*speaker_ids, f"%{speaker}%"]
    elif speaker_ids:
        where += f" AND q.speaker_entity IN ({marks(speaker_ids)})"
        params += speaker_ids
    if about_ids:
        where += (f" AND EXISTS (SELECT 1 FROM quote_entities qe WHERE qe.article = q.article AND qe.idx = q.idx "
                  f"AND qe.entity IN ({marks(about_ids)}))")
        params += about_ids
    rows = db.rows(f"SELECT a.day, a.outlet, q.speaker, e.name AS speaker_name, q.kind, q.text, q.article, q.idx, "
                   f"a.copy_of FROM quotes q JOIN articles a ON a.id = q.article "
                   f"LEFT JOIN entities e ON e.id = q.speaker_entity WHERE 1 = 1{where} "
                   f"ORDER BY a.day DESC, q.article, q.idx LIMIT ?", (*params, _limit(limit) * 3))
    out = _first_per(rows, lambda r: (r["copy_of"], r["text"]))[:_limit(limit)]
    for row in out:
        del row["copy_of"]
    return out


# -- events ---------------------------------------------------------------------------------------------

EVENT_FILTERS = {"type": "ev.type = ?", "modality": "ev.modality = ?", "since": "ev.day >= ?",
                 "until": "ev.day <= ?", "story": "a.story = ?"}


def events(db: Database, actor: str | None = None, country: str | None = None, type: str | None = None,
           modality: str | None = None, since=None, until=None, bbox: tuple[float, float, float, float] | None = None,
           story: int | None = None, limit=None, offset: int = 0, reports: bool = False) -> list[dict]:
    """Events by day. `actor` is a name (Kim Jong-un) or a country code (PRK), `country` a country code;
    either side of the event matches.
    An event that several articles of one story report alike is one row with its `reports`, unless `reports`."""
    where, params = _filters(EVENT_FILTERS, type=plover_type(type) if type else None, modality=modality,
                             since=since, until=until, story=story)
    if actor and len(actor) == 3 and actor.isalpha() and actor.isupper():
        country, actor = actor, None
    if country:
        where += " AND (ev.source_country = ? OR ev.target_country = ?)"
        params += [country.upper(), country.upper()]
    if actor:
        ids = entity_ids(db, actor) or [-1]
        where += f" AND (ev.source_entity IN ({marks(ids)}) OR ev.target_entity IN ({marks(ids)}))"
        params += ids + ids
    if bbox:
        where += " AND ev.lon BETWEEN ? AND ? AND ev.lat BETWEEN ? AND ?"
        params += [bbox[0], bbox[2], bbox[1], bbox[3]]
    wanted, fetch = offset + _limit(limit), (offset + _limit(limit)) * 3
    while True:  # reports merge into events: fetch more rows until the page is full or none are left
        rows = db.rows(
            f"SELECT ev.*, a.story, a.outlet, a.url, se.name AS source_entity_name, te.name AS target_entity_name "
            f"FROM events ev JOIN articles a ON a.id = ev.article LEFT JOIN entities se ON se.id = ev.source_entity "
            f"LEFT JOIN entities te ON te.id = ev.target_entity WHERE 1 = 1{where} "
            f"ORDER BY ev.day DESC, a.story, ev.article, ev.idx LIMIT ?", (*params, fetch))
        grouped = _group_reports(rows, reports)
        if len(grouped) >= wanted or len(rows) < fetch:
            break
        fetch *= 4
    return grouped[offset:wanted]


def _group_reports(rows: list[dict], reports: bool) -> list[dict]:
    grouped: dict[tuple, dict] = {}
    for row in rows:
        key = (row["article"], row["idx"]) if reports else (
            row["story"], row["type"], row["source_entity"] or row["source_name"],
            row["target_entity"] or row["target_name"], None if row["day_assumed"] else row["day"], row["modality"])
        if key not in grouped:
            grouped[key] = {**_event_row(row), "reports": 0, "outlets": [], "articles": []}
        found = grouped[key]
        if row["article"] not in found["articles"]:  # an article that tells it twice is one report
            found["reports"] += 1
            found["articles"].append(row["article"])
        if row["outlet"] and row["outlet"] not in found["outlets"]:
            found["outlets"].append(row["outlet"])
    return list(grouped.values())


def _event_row(row: dict) -> dict:
    return {
        "day": row["day"], "day_assumed": bool(row["day_assumed"]), "type": row["type"], "mode": row["mode"],
        "source": row["source_entity_name"] or row["source_name"], "source_country": row["source_country"],
        "source_sector": row["source_sector"], "target": row["target_entity_name"] or row["target_name"],
        "target_country": row["target_country"], "target_sector": row["target_sector"],
        "location": row["location"], "lat": row["lat"], "lon": row["lon"], "modality": row["modality"],
        "attributed_to": row["attributed_to"], "trigger": row["trigger"], "evidence": row["evidence"],
        "story": row["story"],
    }


# -- stories --------------------------------------------------------------------------------------------

def stories(db: Database, since=None, until=None, min_articles: int = 1, limit=None, offset: int = 0) -> list[dict]:
    """Stories that overlap the period, largest first."""
    where, params = _filters({"since": "s.last_day >= ?", "until": "s.first_day <= ?"}, since=since, until=until)
    rows = db.rows(f"SELECT s.id, s.title, s.first_day, s.last_day, s.articles FROM stories s "
                   f"WHERE s.articles >= ?{where} ORDER BY s.articles DESC, s.last_day DESC, s.id LIMIT ? OFFSET ?",
                   (min_articles, *params, _limit(limit), offset))
    ids = [r["id"] for r in rows]
    outlets, names = defaultdict(list), defaultdict(list)
    if ids:  # two queries for the page, not two per story
        for r in db.rows(f"SELECT DISTINCT story, outlet FROM articles WHERE story IN ({marks(ids)}) "
                         f"AND outlet IS NOT NULL ORDER BY story, outlet", ids):
            outlets[r["story"]].append(r["outlet"])
        for r in db.rows(f"SELECT a.story, e.name, COUNT(*) AS n FROM article_entities ae JOIN articles a "
                         f"ON a.id = ae.article JOIN entities e ON e.id = ae.entity WHERE a.story IN ({marks(ids)}) "
                         f"AND ae.salient = 1 GROUP BY a.story, e.name ORDER BY a.story, n DESC, e.name", ids):
            names[r["story"]].append(r["name"])
    for row in rows:
        row["outlets"], row["entities"] = outlets[row["id"]], names[row["id"]][:5]
    return rows


def story(db: Database, story_id: int) -> dict | None:
    """A story's timeline: its articles and their events in time order, copies marked."""
    head = db.rows("SELECT id, title, first_day, last_day, articles FROM stories WHERE id = ?", (story_id,))
    if not head:
        return None
    out = head[0]
    out["timeline"] = db.rows(
        "SELECT id, published, day, outlet, COALESCE(headline, SUBSTR(lead, 1, 120)) AS headline, url, copy_of "
        "FROM articles WHERE story = ? "
        "ORDER BY published, seq", (story_id,))
    out["events"] = sorted(events(db, story=story_id, limit=MAX_LIMIT), key=lambda e: e["day"] or "")
    return out
