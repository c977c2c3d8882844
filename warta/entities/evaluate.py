"""`warta eval ner`: precision, recall and F1 per label on each held-out test split.

Scored on the gold tokens, exact span and label; only labels the test set annotates count
(a model EVENT is not an error on a set that has no EVENT tag).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..evaluation import indosum_articles, read_gold, score_line
from .corpora import read_split, spans, splits
from .ner import tag_words

# Published micro-F1 for the same test data (IndoLEM reports NER-UI/NER-UGM as a 5-fold mean).
PUBLISHED = {
    "idner": "CRF (ours, first trial) 0.819",
    "nerui": "IndoBERT 0.901",
    "nerugm": "IndoBERT 0.749",
    "nergrit": "XLM-R large 0.791",
    "nerp": "IndoBERT 0.7925",
}
NAMES = {"idner": "IDNer news 2k test", "nerui": "NER-UI fold 1 test", "nerugm": "NER-UGM fold 1 test",
         "nergrit": "NERGrit test", "nerp": "NERP test (lower-cased)"}


def score(sentences) -> dict[str, dict[str, float]]:
    golds = [spans([t for _, t in sentence]) for sentence in sentences]
    annotated = {lab for gold in golds for *_, lab in gold}
    counts = Counter()
    for sentence, gold in zip(sentences, golds, strict=True):
        pred = {s for s in spans(tag_words([w for w, _ in sentence])) if s[2] in annotated}
        for s in pred:
            counts[("tp" if s in gold else "fp", s[2])] += 1
        for s in gold - pred:
            counts[("fn", s[2])] += 1
    labels = sorted(annotated)
    report = {lab: _prf(counts["tp", lab], counts["fp", lab], counts["fn", lab]) for lab in labels}
    report["micro"] = _prf(*(sum(counts[k, lab] for lab in labels) for k in ("tp", "fp", "fn")))
    return report


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "n": tp + fn}


def evaluate_ner(data: Path) -> dict[str, dict]:
    return {sp.corpus: score(read_split(sp)) for sp in splits(data) if sp.part == "test"}


def format_report(results: dict[str, dict]) -> str:
    lines = []
    for corpus, report in results.items():
        lines.append(f"{NAMES[corpus]}  (published: {PUBLISHED[corpus]})")
        lines.append(f"  {'label':<7}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
        for label, m in report.items():
            lines.append(f"  {label:<7}{m['p']:>7.3f}{m['r']:>7.3f}{m['f1']:>7.3f}{m['n']:>7}")
    return "\n".join(lines)


# Hand-checked links of every mention `ner` + `link` found in 25 + 25 IndoSum news articles. `dev` was looked at
# while the linker was written (its errors led to fixes); `held-out` was checked after, and not used to change code.
LINK_GOLD = {"dev": "eval/link_indosum_dev.jsonl", "held-out": "eval/link_indosum_heldout.jsonl"}


def evaluate_link(data: Path) -> dict[str, dict[str, dict[str, float]]]:
    """For each gold mention, the entry it names (or none) against what `ner` + `link` give the same span."""
    from ..pipeline import Pipeline, analyze

    golds = {name: read_gold(path) for name, path in LINK_GOLD.items()}
    texts = indosum_articles(data, {g["article"] for gold in golds.values() for g in gold})
    pipeline = Pipeline(("language", "tokens", "sentences", "ner", "link"))
    predicted: dict[tuple[str, int, int], str | None] = {}
    for article, text in texts.items():
        doc = analyze(text, pipeline=pipeline)
        kb_of = {e["id"]: e["kb"] for e in doc.entities}
        for m in doc.mentions:
            predicted[article, m["start"], m["end"]] = kb_of[m["entity"]]
    return {name: link_scores(gold, predicted) for name, gold in golds.items()}


def link_scores(gold: list[dict], predicted: dict) -> dict[str, dict[str, float]]:
    counts = Counter()
    for g in gold:
        key = (g["article"], g["start"], g["end"])
        found = key in predicted
        kind = "in KB" if g["kb"] else "not in KB"
        counts[kind, "n"] += 1
        counts[kind, "found"] += found
        counts[kind, "right"] += found and predicted[key] == g["kb"]
        if found and predicted[key]:
            counts["links", "n"] += 1
            counts["links", "right"] += predicted[key] == g["kb"]

    def share(kind: str, what: str) -> float:
        return counts[kind, what] / max(counts[kind, "n"], 1)

    report = {kind: {"n": counts[kind, "n"], "span found": share(kind, "found"), "accuracy": share(kind, "right")}
              for kind in ("in KB", "not in KB")}
    report["links made"] = {"n": counts["links", "n"], "precision": share("links", "right")}
    return report


def format_link_report(results: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = []
    for name, report in results.items():
        lines.append(f"Entity linking, {name}: 25 IndoSum news articles, every mention hand-checked "
                     f"(warta/data/{LINK_GOLD[name]})")
        for kind, m in report.items():
            lines.append(f"  {kind:<10} {score_line(m)}")
    return "\n".join(lines)
