"""Stories: articles about the same happening, grouped as they arrive.

A new article joins the story of a stored article published within WINDOW_DAYS that names the same
salient entities (weighted by rarity: `Indonesia` says little, `Vladivostok` much) and whose headline and
lead share enough content words. Copies join their original's story. Joining is conservative: two
stories are never merged afterwards, and an article that fits none starts its own."""
from __future__ import annotations

import math
from datetime import date, timedelta

from .db import Database, marks

WINDOW_DAYS = 3
MIN_ENTITY_SCORE = 0.5    # rarity-weighted share of the smaller salient-entity set that both name
MIN_KEYWORD_SCORE = 0.28  # overlap of headline-and-lead content words (of the smaller set)
TEXT_ONLY_SCORE = 0.5     # enough on its own when the articles name no entity in common


def assign(db: Database, article: str, day: str | None, copy_of: str, salient: list[int], keywords: str,
           title: str | None) -> int:
    story = None
    if copy_of != article:
        story = db.value("SELECT story FROM articles WHERE id = ?", (copy_of,))
    if story is None and day:
        story = _best_story(db, article, day, salient, set(keywords.split()))
    if story is None:
        return db.value("INSERT INTO stories (title, first_day, last_day, articles) VALUES (?, ?, ?, 1) RETURNING id",
                        (title, day, day))
    db.execute("UPDATE stories SET articles = articles + 1, first_day = CASE WHEN first_day IS NULL OR first_day > ? "
               "THEN ? ELSE first_day END, last_day = CASE WHEN last_day IS NULL OR last_day < ? THEN ? ELSE last_day "
               "END WHERE id = ?", (day, day, day, day, story))
    return story


def _best_story(db: Database, article: str, day: str, salient: list[int], words: set[str]) -> int | None:
    start, end = _window(day)
    total = db.value("SELECT MAX(seq) AS n FROM articles") or 1  # the article count, by index, not a table scan
    weights = _rarity(db, salient, total)
    candidates: dict[str, dict] = {}
    if salient:
        for row in db.rows(
                f"SELECT a.id, a.story, a.keywords, ae.entity FROM article_entities ae JOIN articles a "
                f"ON a.id = ae.article WHERE ae.salient = 1 AND ae.entity IN ({marks(salient)}) "
                f"AND a.day BETWEEN ? AND ? AND a.id <> ? AND a.story IS NOT NULL", (*salient, start, end, article)):
            found = candidates.setdefault(row["id"], {"story": row["story"], "keywords": row["keywords"], "shared": []})
            found["shared"].append(row["entity"])
    best, best_score = None, 0.0
    for other_id, other in candidates.items():
        theirs = [r["entity"] for r in db.rows("SELECT entity FROM article_entities WHERE article = ? AND salient = 1",
                                               (other_id,))]
        weights.update(_rarity(db, [e for e in theirs if e not in weights], total))
        entity_score = _weighted_share(other["shared"], salient, theirs, weights)
        text_score = _overlap(words, set((other["keywords"] or "").split()))
        if entity_score >= MIN_ENTITY_SCORE and text_score >= MIN_KEYWORD_SCORE or text_score >= TEXT_ONLY_SCORE:
            score = entity_score + text_score
            if score > best_score:
                best, best_score = other["story"], score
    return best


def _rarity(db: Database, ids: list[int], total: int) -> dict[int, float]:
    if not ids:
        return {}
    rows = db.rows(f"SELECT id, articles FROM entities WHERE id IN ({marks(ids)})", ids)
    return {r["id"]: math.log((total + 1) / (r["articles"] + 1)) + 0.1 for r in rows}


def _weighted_share(shared: list[int], mine: list[int], theirs: list[int], weights: dict[int, float]) -> float:
    def weight(ids):
        return sum(weights.get(e, 0.1) for e in set(ids))

    smaller = min(weight(mine), weight(theirs))
    return weight(shared) / smaller if smaller else 0.0


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _window(day: str) -> tuple[str, str]:
    d = date.fromisoformat(day)
    return (d - timedelta(days=WINDOW_DAYS)).isoformat(), (d + timedelta(days=WINDOW_DAYS)).isoformat()


def forget(db: Database, story: int | None) -> None:
    """One article fewer in a story (its article was replaced); an empty story goes."""
    if story is None:
        return
    db.execute("UPDATE stories SET articles = articles - 1 WHERE id = ?", (story,))
    db.execute("DELETE FROM stories WHERE id = ? AND articles <= 0", (story,))
