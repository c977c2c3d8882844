"""Writing analysed articles into the corpus store: one transaction per article, so a kill leaves whole
articles or nothing, and a rerun skips what is already there."""
from __future__ import annotations

import hashlib
import json
import re
import zlib
from dataclasses import dataclass

from ..kb import load_kb
from ..kb.store import normalize
from . import fingerprint, stories, terms
from .db import Database, marks, now

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


@dataclass
class Prepared:
    """What a worker hands to the writer: the document and everything derived from it that costs time."""
    input_hash: str
    input: str
    doc: dict
    headline_terms: str
    body_terms: str
    keywords: str
    signature: bytes


def input_hash(content: str | bytes, meta: dict) -> str:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data + json.dumps(meta, sort_keys=True).encode()).hexdigest()


def prepare(doc: dict, hash_: str, name: str) -> Prepared:
    head, body = terms.index_terms(doc)
    return Prepared(hash_, name, doc, head, body, terms.keywords(doc), fingerprint.signature(doc["text"]))


def known_input(db: Database, hash_: str) -> bool:
    return db.value("SELECT 1 AS x FROM inputs WHERE hash = ?", (hash_,)) is not None


def add(db: Database, item: Prepared) -> str:
    """Store one article; return 'added', 'updated' (a new version of a stored URL) or 'duplicate'."""
    doc = item.doc
    with db.transaction():
        if db.value("SELECT 1 AS x FROM articles WHERE id = ?", (doc["id"],)):
            _remember_input(db, item)
            return "duplicate"
        outcome = "added"
        if doc.get("url"):
            old = db.value("SELECT id FROM articles WHERE url = ?", (doc["url"],))
            if old:
                delete_article(db, old)
                outcome = "updated"
        copy_of = _copy_of(db, item.signature) or doc["id"]
        seq = _insert_article(db, item, copy_of)
        _index_text(db, seq, item)
        for bucket in fingerprint.buckets(item.signature):
            db.execute("INSERT INTO lsh_buckets (bucket, article) VALUES (?, ?)", (bucket, doc["id"]))
        ids, salient = _store_entities(db, doc)
        _store_quotes(db, doc, ids)
        _store_events(db, doc, ids)
        title = doc.get("headline") or " ".join((doc.get("lead") or "").split()[:16]) or None
        story = stories.assign(db, doc["id"], _day(doc.get("published")), copy_of, salient, item.keywords, title)
        db.execute("UPDATE articles SET story = ? WHERE id = ?", (story, doc["id"]))
        _remember_input(db, item)
    return outcome


def _remember_input(db: Database, item: Prepared) -> None:
    db.execute("INSERT INTO inputs (hash, article) VALUES (?, ?) ON CONFLICT DO NOTHING",
               (item.input_hash, item.doc["id"]))


def record_error(db: Database, name: str, message: str) -> None:
    db.execute("INSERT INTO ingest_errors (input, error, at) VALUES (?, ?, ?)", (name, message, now()))


def _day(value: str | None) -> str | None:
    match = _DATE.match(value or "")
    if not match:
        return None
    parts = (match[0].split("-") + ["01", "01"])[:3]
    return "-".join(parts)


def _copy_of(db: Database, sig: bytes) -> str | None:
    """The group of the most similar stored article, if it is a copy of the same text."""
    bands = fingerprint.buckets(sig)
    rows = db.rows(f"SELECT DISTINCT a.id, a.copy_of, a.signature FROM lsh_buckets b JOIN articles a "
                   f"ON a.id = b.article WHERE b.bucket IN ({marks(bands)})", bands)
    best, group = fingerprint.COPY_THRESHOLD, None
    for row in rows:
        score = fingerprint.similarity(sig, bytes(row["signature"]))
        if score >= best:
            best, group = score, row["copy_of"]
    return group


def _insert_article(db: Database, item: Prepared, copy_of: str) -> int:
    doc = item.doc
    blob = zlib.compress(json.dumps(doc, ensure_ascii=False).encode("utf-8"), 6)
    return db.value(
        "INSERT INTO articles (id, url, headline, lead, outlet, dateline, published, day, language, input, "
        "copy_of, signature, keywords, doc, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING seq",
        (doc["id"], doc.get("url"), doc.get("headline"), doc.get("lead"), doc.get("outlet"), doc.get("dateline"),
         doc.get("published"), _day(doc.get("published")), doc.get("language"), item.input, copy_of,
         item.signature, item.keywords, blob, now()))


def _index_text(db: Database, seq: int, item: Prepared) -> None:
    if db.dialect == "sqlite":
        db.execute("INSERT INTO article_search (rowid, headline, body) VALUES (?, ?, ?)",
                   (seq, item.headline_terms, item.body_terms))
    else:
        db.execute("INSERT INTO article_search (seq, terms) VALUES (?, setweight(to_tsvector('simple', ?), 'A') "
                   "|| setweight(to_tsvector('simple', ?), 'B'))", (seq, item.headline_terms, item.body_terms))


def _store_entities(db: Database, doc: dict) -> tuple[dict[str, int], list[int]]:
    """Map the document's entities to corpus rows; return {local id: row id} and the salient row ids."""
    lead_end = max((p["end"] for p in doc.get("paragraphs", []) if p["role"] in terms.LEAD_ROLES), default=0)
    mentions = doc.get("mentions", [])
    ids: dict[str, int] = {}
    ordered = sorted(doc.get("entities", []), key=lambda e: e.get("kb") is None)  # KB ones first: they are context
    salient, counted, known = [], set(), []
    for entity in ordered:
        row = _entity_row(db, entity, known)
        ids[entity["id"]] = row
        if entity.get("kb"):
            known.append(row)
        count = len(entity.get("mentions", []))
        is_salient = count >= 2 or any(mentions[i]["start"] < lead_end for i in entity.get("mentions", []))
        if is_salient:
            salient.append(row)
        db.execute("INSERT INTO article_entities (article, local_id, entity, name, mentions, salient) "
                   "VALUES (?, ?, ?, ?, ?, ?)", (doc["id"], entity["id"], row, entity["name"], count, int(is_salient)))
        if row not in counted:  # two names of one article can meet in one corpus entity
            counted.add(row)
            db.execute("UPDATE entities SET articles = articles + 1 WHERE id = ?", (row,))
    return ids, salient


def _entity_row(db: Database, entity: dict, context: list[int]) -> int:
    fields = (entity["name"], entity["label"], entity.get("country"), entity.get("lat"), entity.get("lon"),
              entity.get("wikidata"))
    if entity.get("kb"):
        found = db.value("SELECT id FROM entities WHERE kb = ?", (entity["kb"],))
        if found:
            return found
        return db.value("INSERT INTO entities (kb, name, label, country, lat, lon, wikidata) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", (entity["kb"], *fields))
    key = f"{entity['label']}:{normalize(entity['name'])}"
    found = _same_unknown_entity(db, key, context) if len(key.split()) >= 2 else None
    if found:
        return found
    return db.value("INSERT INTO entities (name_key, name, label, country, lat, lon, wikidata) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", (key, *fields))


def _same_unknown_entity(db: Database, key: str, context: list[int]) -> int | None:
    """A name without a KB entry is the same entity as an earlier one only if the full name (two words or
    more) is the same and the two appear with a common known entity; otherwise it gets a row of its own."""
    if not context:
        return None
    return db.value(
        f"SELECT e.id FROM entities e JOIN article_entities mine ON mine.entity = e.id "
        f"JOIN article_entities other ON other.article = mine.article "
        f"WHERE e.name_key = ? AND other.entity IN ({marks(context)}) "
        f"GROUP BY e.id ORDER BY COUNT(DISTINCT other.entity) DESC, e.id LIMIT 1", (key, *context))


def _store_quotes(db: Database, doc: dict, ids: dict[str, int]) -> None:
    mentions = doc.get("mentions", [])
    for idx, quote in enumerate(doc.get("quotes", [])):
        speaker = quote.get("speaker") or {}
        db.execute("INSERT INTO quotes (article, idx, kind, text, start_char, end_char, speaker, speaker_entity) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (doc["id"], idx, quote.get("kind"), quote["text"], quote["start"], quote["end"],
                    speaker.get("text"), ids.get(speaker.get("entity"))))
        about = {ids[m["entity"]] for m in mentions
                 if m.get("entity") in ids and quote["start"] <= m["start"] and m["end"] <= quote["end"]}
        for entity in sorted(about):
            db.execute("INSERT INTO quote_entities (article, idx, entity) VALUES (?, ?, ?)", (doc["id"], idx, entity))


def _store_events(db: Database, doc: dict, ids: dict[str, int]) -> None:
    published = _day(doc.get("published"))
    for idx, event in enumerate(doc.get("events", [])):
        source, target = event.get("source") or {}, event.get("target") or {}
        place, when = event.get("location") or {}, event.get("time") or {}
        attributed = event.get("attributed_to")
        if isinstance(attributed, dict):
            attributed = attributed.get("text") or attributed.get("source")
        db.execute(
            "INSERT INTO events (article, idx, type, mode, trigger, source_entity, source_name, source_country, "
            "source_sector, target_entity, target_name, target_country, target_sector, location, lat, lon, "
            "time_value, day, day_assumed, modality, attributed_to, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc["id"], idx, event["type"], event.get("mode"), (event.get("trigger") or {}).get("text"),
             _actor_entity(db, source, ids), source.get("name") or source.get("text"), source.get("country"),
             source.get("sector"), _actor_entity(db, target, ids), target.get("name") or target.get("text"),
             target.get("country"), target.get("sector"),
             place.get("name"), place.get("lat"), place.get("lon"), when.get("value"),
             _day(when.get("value")) or published, int(bool(when.get("assumed"))), event.get("modality"),
             attributed, (event.get("evidence") or {}).get("text")))


def _actor_entity(db: Database, actor: dict, ids: dict[str, int]) -> int | None:
    """The corpus entity of an event actor: the article's entity, or the office holder the KB named."""
    if actor.get("entity") in ids:
        return ids[actor["entity"]]
    entry = load_kb().entries.get(actor.get("kb")) if actor.get("kb") else None
    if entry is None:
        return None
    return _entity_row(db, {**entry, "kb": entry["id"], "label": entry["type"]}, [])


ARTICLE_TABLES = ("article_entities", "quotes", "quote_entities", "events")


def delete_article(db: Database, article_id: str) -> None:
    """Remove an article and its layers (a newer version of the same URL replaces it)."""
    for row in db.rows("SELECT DISTINCT entity FROM article_entities WHERE article = ?", (article_id,)):
        db.execute("UPDATE entities SET articles = articles - 1 WHERE id = ?", (row["entity"],))
    for table in ARTICLE_TABLES:
        db.execute(f"DELETE FROM {table} WHERE article = ?", (article_id,))
    seq, story = next(iter(db.rows("SELECT seq, story FROM articles WHERE id = ?", (article_id,)))).values()
    db.execute("DELETE FROM lsh_buckets WHERE article = ?", (article_id,))
    db.execute("DELETE FROM article_search WHERE " + ("rowid" if db.dialect == "sqlite" else "seq") + " = ?", (seq,))
    db.execute("DELETE FROM inputs WHERE article = ?", (article_id,))
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    stories.forget(db, story)
