"""`warta eval quotes`: quote spans (strict and overlap) and speaker accuracy on warta's own annotation
of IndoSum articles, and on the PFSA-ID test set (Kompas; CC BY-NC-SA: used here only to measure)."""
from __future__ import annotations

import re
from collections import Counter
from importlib import resources
from pathlib import Path

from ..entities.corpora import spans
from ..evaluation import indosum_articles, prf, read_gold, score_line

GOLD = "eval/quotes_indosum.jsonl"
PUBLISHED = "Gender Gap Tracker (English): F1 0.837 loose / 0.761 strict, speaker 0.865; PFSA-ID (KBS 2024) F1 0.813"
SPEAKER_LABELS = ("PERSON", "PERSONCOREF", "ROLE", "AFFILIATION")
EDGE = " \n“”\"'‘’,.:;"
SPEAKER_WINDOW = 200  # characters before and after a PFSA-ID statement where its speaker is looked for


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without quotation marks, punctuation and spaces at its edges, so conventions compare."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def score(items: list[tuple[str, list[dict], list[dict]]]) -> dict[str, float]:
    """items: (text, gold quotes, predicted quotes); each quote has start, end, kind, and `speakers` (gold: the
    acceptable speaker spans) or `speaker` (predicted)."""
    strict = loose = n_gold = n_pred = speaker_right = speaker_n = 0
    direct = Counter()
    for text, gold, pred in items:
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        cores = [_core(text, p["start"], p["end"]) for p in pred]
        for g in gold:
            gs, ge = _core(text, g["start"], g["end"])
            hits = [p for p, (ps, pe) in zip(pred, cores, strict=True) if ps < ge and gs < pe]
            exact = [p for p, (ps, pe) in zip(pred, cores, strict=True) if (ps, pe) == (gs, ge)]
            strict += bool(exact)
            loose += bool(hits)
            if g.get("kind") == "direct":
                direct["gold"] += 1
                direct["loose"] += bool(hits)
                direct["strict"] += bool(exact)
            if hits and g["speakers"]:
                speaker_n += 1
                speaker_right += _speaker_matches(text, hits[0].get("speaker"), g["speakers"])
        direct["pred"] += sum(p.get("kind") == "direct" for p in pred)
    out = {**{f"strict {k}": v for k, v in prf(strict, n_pred, n_gold).items()},
           **{f"loose {k}": v for k, v in prf(loose, n_pred, n_gold).items()},
           "speaker accuracy": speaker_right / max(speaker_n, 1), "gold": n_gold}
    if direct["gold"]:
        out["direct loose f1"] = prf(direct["loose"], direct["pred"], direct["gold"])["f1"]
        out["direct strict f1"] = prf(direct["strict"], direct["pred"], direct["gold"])["f1"]
    return out


def _speaker_matches(text: str, speaker: dict | None, gold: list[tuple[int, int]]) -> bool:
    """Right when the predicted speaker (or what it refers to) overlaps a gold speaker span or shares a name
    with one (`Roland` for `Ajun Komisaris Roland Manurung` named earlier)."""
    if not speaker:
        return False
    gold_names = {w for s, e in gold for w in re.findall(r"[A-Z][\w'-]{2,}", text[s:e])}
    for part in (speaker, speaker.get("refers_to")):
        if not part:
            continue
        if any(part["start"] < e and s < part["end"] for s, e in gold):
            return True
        if set(re.findall(r"[A-Z][\w'-]{2,}", part["text"])) & gold_names:
            return True
    return False


# PFSA-ID ------------------------------------------------------------------------------------------------------

def pfsa_articles(path: Path):
    """(text, [(label, start, end)]) per article: segments joined by spaces, BILOU labels as character spans."""
    segments, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2 or not cols[0]:
                if current:
                    segments.append(current)
                current = []
                continue
            current.append((cols[0], cols[1]))
    if current:
        segments.append(current)
    article: list[list[tuple[str, str]]] = []
    for seg in segments:
        if len(seg) > 3 and seg[1][0] == "," and seg[2][0] == "KOMPAS" and article:
            yield _join(article)
            article = []
        article.append(seg)
    if article:
        yield _join(article)


def _join(segments) -> tuple[str, list[tuple[str, int, int, int]]]:
    words, tags, seg_of = [], [], []
    for n, seg in enumerate(segments):
        for w, t in seg:
            words.append(w)
            tags.append(t)
            seg_of.append(n)
    offsets, at = [], 0
    for w in words:
        offsets.append((at, at + len(w)))
        at += len(w) + 1
    iob = [("B-" + t[2:] if t[:2] in ("U-", "B-") else "I-" + t[2:]) if t != "O" else "O" for t in tags]
    labelled = [(label, offsets[a][0], offsets[b - 1][1], seg_of[a]) for a, b, label in spans(iob)]
    return " ".join(words), labelled


def pfsa_items(path: Path) -> list[tuple[str, list[dict], list[dict]]]:
    from ..pipeline import Pipeline, analyze

    pipeline = Pipeline(("language", "tokens", "sentences", "syntax", "ner", "link", "quotes"))
    items = []
    for text, labelled in pfsa_articles(path):
        doc = analyze(text, pipeline=pipeline)
        shift = _offset_shift(text, doc.text)
        if shift is None:
            continue
        speakers = [(s + shift, e + shift) for label, s, e, _ in labelled if label in SPEAKER_LABELS]
        gold = []
        for label, s, e, _ in labelled:
            if label != "STATEMENT":
                continue
            # PFSA-ID does not link a statement to its speaker: take the speakers named around it
            near = [(a, b) for a, b in speakers if s + shift - SPEAKER_WINDOW < a < e + shift + SPEAKER_WINDOW]
            kind = "direct" if re.search(r"[“”\"]", text[max(0, s - 2):e + 2]) else "indirect"
            gold.append({"start": s + shift, "end": e + shift, "kind": kind, "speakers": near})
        items.append((doc.text, [g for g in gold if g["start"] >= 0], doc.quotes))
    return items


def _offset_shift(raw: str, read: str) -> int | None:
    """The reader drops the `JAKARTA , KOMPAS —` opening; the rest of the text keeps its characters."""
    probe = raw[-80:]
    at = read.rfind(probe)
    return None if at < 0 else at - (len(raw) - 80)


# warta's IndoSum annotation ---------------------------------------------------------------------------------

def indosum_items(data: Path) -> list[tuple[str, list[dict], list[dict]]]:
    from ..pipeline import analyze

    gold = read_gold(GOLD)
    articles = indosum_articles(data, {g["article"] for g in gold}, records=True)
    items = []
    for article_id, record in articles.items():
        doc = analyze(record["text"], published=record["published"])
        quotes = [{**g, "speakers": [tuple(s) for s in g["speakers"]]} for g in gold if g["article"] == article_id]
        items.append((doc.text, quotes, doc.quotes))
    return items


def evaluate_quotes(data: Path) -> dict[str, dict[str, float]]:
    results = {}
    if resources.files("warta.data").joinpath(GOLD).is_file():
        results["IndoSum, warta's annotation"] = score(indosum_items(data))
    pfsa = data / "pfsa-id" / "pfsa-id-test" / "test-data.txt"
    if pfsa.exists():
        results["PFSA-ID test (Kompas)"] = score(pfsa_items(pfsa))
    return results


def format_report(results: dict[str, dict[str, float]]) -> str:
    lines = [f"Quotes (published: {PUBLISHED})"]
    for name, m in results.items():
        lines.append(f"  {name}")
        lines.append("    " + score_line(m))
    return "\n".join(lines)
