"""`warta eval times`: span P/R/F1 and value accuracy on hand-checked IndoSum sentences, the same
scores for dateparser's `search_dates` with the same anchor (when dateparser is installed), and span
P/R/F1 against the TIME spans of NER-UGM's test fold."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..entities.corpora import Split, spans
from ..evaluation import indosum_articles, prf, read_gold, score_line
from . import time_expressions
from .resolve import anchor_of

GOLD = "eval/times_indosum.jsonl"


def score(gold_sentences: list[dict], predicted: list[list[dict]], matches=None) -> dict[str, float]:
    """Strict spans (same offsets) and lenient spans (overlap); value accuracy over the gold expressions
    matched strictly, and over those matched leniently (fairer to a tool with other span conventions)."""
    matches = matches or value_matches
    n_gold = sum(len(s["times"]) for s in gold_sentences)
    n_pred = sum(len(p) for p in predicted)
    strict = lenient = right = right_lenient = 0
    for sentence, preds in zip(gold_sentences, predicted, strict=True):
        for g in sentence["times"]:
            exact = next((p for p in preds if (p["start"], p["end"]) == (g["start"], g["end"])), None)
            overlapping = [p for p in preds if p["start"] < g["end"] and g["start"] < p["end"]]
            strict += exact is not None
            lenient += bool(overlapping)
            right += exact is not None and matches(exact, g)
            right_lenient += any(matches(p, g) for p in overlapping)
    return {**{f"strict {k}": v for k, v in prf(strict, n_pred, n_gold).items()},
            "lenient f1": prf(lenient, n_pred, n_gold)["f1"],
            "value acc (strict)": right / max(strict, 1), "value acc (lenient)": right_lenient / max(lenient, 1),
            "gold": n_gold}


def value_matches(pred: dict, gold: dict) -> bool:
    return pred.get("value") == gold["value"] and pred.get("mod") == gold.get("mod")


def warta_predictions(gold: list[dict], articles: dict[str, dict]) -> list[list[dict]]:
    """warta's times inside each gold sentence; the article is read as in `warta analyze`."""
    from ..pipeline import Pipeline, analyze

    pipeline = Pipeline(("language", "tokens", "sentences", "times"))
    by_article = {}
    for article, record in articles.items():
        by_article[article] = analyze(record["text"], published=record["published"], pipeline=pipeline).times
    return [[t for t in by_article[s["article"]] if s["start"] <= t["start"] and t["end"] <= s["end"]]
            for s in gold]


def dateparser_predictions(gold: list[dict], texts: dict[str, str]) -> list[list[dict]] | None:
    """dateparser's `search_dates` on each gold sentence, anchored on the same publication date."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    out = []
    for s in gold:
        sentence = texts[s["article"]][s["start"]:s["end"]]
        anchor, _ = anchor_of(s["published"])
        base = dt.datetime.combine(anchor, dt.time(12)) if anchor else None
        found = search_dates(sentence, languages=["id"], settings={"RELATIVE_BASE": base} if base else {}) or []
        preds, pos = [], 0
        for substring, when in found:
            at = sentence.find(substring, pos)
            if at < 0:
                continue
            pos = at + len(substring)
            preds.append({"start": s["start"] + at, "end": s["start"] + pos, "value": when, "mod": None})
        out.append(preds)
    return out


def datetime_matches(pred: dict, gold: dict) -> bool:
    """A datetime counts as the gold value at the gold value's own precision (day, month, year, minute)."""
    when, value = pred["value"], gold["value"] or ""
    value = value.split("/")[0]
    formats = [(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", "%Y-%m-%dT%H:%M"), (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
               (r"\d{4}-\d{2}", "%Y-%m"), (r"\d{4}", "%Y")]
    for pattern, fmt in formats:
        if re.fullmatch(pattern, value[:16] if "T" in value else value):
            return when.strftime(fmt) == (value[:16] if "T" in value else value) and not gold.get("mod")
    return False


def nerugm_time_spans(data: Path) -> dict[str, float]:
    """Span P/R/F1 against NER-UGM test fold 1 TIME spans (no dates there: spans only)."""
    path = data / "indolem-ner" / "nerugm" / "test.01.tsv"
    tp_strict = tp_lenient = n_pred = n_gold = 0
    for words, tags in _raw_sentences(Split("nerugm", "test", str(path))):
        text, offsets, at = "", [], 0
        for w in words:
            offsets.append((at, at + len(w)))
            text += w + " "
            at += len(w) + 1
        gold = {(offsets[a][0], offsets[b - 1][1]) for a, b, label in spans(tags) if label == "TIME"}
        pred = {(t["start"], t["end"]) for t in time_expressions(text.rstrip(), None)}
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        tp_strict += len(gold & pred)
        tp_lenient += sum(any(a < d and c < b for c, d in pred) for a, b in gold)
    return {**{f"strict {k}": v for k, v in prf(tp_strict, n_pred, n_gold).items()},
            "lenient f1": prf(tp_lenient, n_pred, n_gold)["f1"], "gold": n_gold}


def _raw_sentences(split: Split):
    words, tags = [], []
    with open(split.path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            words.append(cols[0])
            tags.append(cols[-1])
    if words:
        yield words, tags


def evaluate_times(data: Path) -> dict[str, dict[str, float]]:
    gold = read_gold(GOLD)
    articles = indosum_articles(data, {s["article"] for s in gold}, records=True)
    ours = warta_predictions(gold, articles)
    theirs = dateparser_predictions(gold, {a: r["text"] for a, r in articles.items()})
    results = {}
    for split in ("dev", "held-out"):
        chosen = [i for i, s in enumerate(gold) if s["split"] == split]
        part = [gold[i] for i in chosen]
        results[f"warta, IndoSum {split}"] = score(part, [ours[i] for i in chosen])
        if theirs is not None:
            results[f"dateparser search_dates, IndoSum {split}"] = score(part, [theirs[i] for i in chosen],
                                                                         datetime_matches)
    results["warta, NER-UGM test fold 1 TIME spans"] = nerugm_time_spans(data)
    return results


def format_report(results: dict[str, dict[str, float]]) -> str:
    lines = [f"Time expressions (gold: warta/data/{GOLD}, hand-checked)"]
    for name, m in results.items():
        lines.append(f"  {name}")
        lines.append("    " + score_line(m))
    return "\n".join(lines)
