"""`warta eval events`: precision, recall and F1 for the event type, for (type, source, target), and
modality accuracy, on warta's own annotation of IndoSum news articles."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..evaluation import indosum_articles, prf, read_gold, score_line

GOLD = "eval/events_indosum.jsonl"  # splits dev and held-out
TRAIN_GOLD = "eval/events_indosum_train.jsonl"  # splits train (the actor model learns from it, with dev), dev2
AGREEMENT = "eval/events_indosum_agreement.jsonl"  # two independent annotations of the same further articles
PUBLISHED = "GDELT, hand-checked: type 0.81, actor1 0.79, actor2 0.78 (accuracy); GDELT has no modality"
NAME = re.compile(r"[A-Za-z][\w-]{2,}|\b[A-Z]{1,2}\b")  # words of three letters and more, or initials (`DS`, `B`)
GENERIC = {"para", "pejabat", "pihak", "presiden", "menteri", "kepala", "ketua", "polisi", "juru", "bicara",
           "pemerintah", "yang", "dan", "the"}


def names(text: str | None) -> set[str]:
    """The words of a name that identify it (`Pemerintah` alone still counts as `pemerintah`)."""
    words = {w.lower() for w in NAME.findall(text or "")}
    return (words - GENERIC) or words


def actor_matches(pred: dict | None, name: str | None, country: str | None, entity_names: dict) -> bool:
    """Gold actor `name` (as the annotator resolved it) against a predicted actor: a shared name word, or the
    same country when the gold actor is the country itself. Both absent also matches."""
    if not name:
        return pred is None
    if pred is None:
        return False
    predicted = names(pred.get("text")) | names(entity_names.get(pred.get("entity"))) | names(pred.get("name"))
    if predicted & names(name):
        return True
    return bool(country) and pred.get("country") == country and not (names(name) - names(entity_names.get(
        pred.get("entity"))))


def matches(e: dict, g: dict) -> bool:
    """A predicted event whose trigger overlaps the gold trigger and whose type is the gold type."""
    return e["trigger"]["start"] < g["end"] and g["start"] < e["trigger"]["end"] and e["type"] == g["type"]


def typed_match(events: list[dict], g: dict) -> int | None:
    return next((k for k, e in enumerate(events) if matches(e, g)), None)


@dataclass
class Annotation:
    """One annotator's lines for an article, shaped as warta's events, so that the scorer that compares
    warta with an annotator also compares two annotators."""
    events: list[dict]
    entities: tuple = ()

    @classmethod
    def of(cls, lines: list[dict]) -> Annotation:
        def side(name: str | None, country: str | None = None) -> dict | None:
            return {"text": name, "entity": None, "country": country} if name else None
        return cls([{"trigger": {"start": g["start"], "end": g["end"]}, "type": g["type"], "modality": g["modality"],
                     "source": side(g["source_name"], g["source_country"]),
                     "target": side(g["target_name"], g["target_country"]), "attributed_to": side(g["attributed_to"])}
                    for g in lines])


def evaluate_events(data: Path) -> dict[str, dict[str, float]]:
    """Scores per split, with the actor model and with the rules' actors alone: `dev` articles were looked
    at while the lexicon was written and, with `train`, teach the actor model; `dev2` were scored once
    fresh, then looked at, and teach nothing; `held-out` were not looked at. Then the agreement set: warta
    against each of two annotators, and the annotators against each other (how far annotators agree
    bounds how far a system can agree with either)."""
    from ..pipeline import DEFAULT_PIPELINE, Pipeline, analyze
    from . import find_events

    gold = read_gold(GOLD) + [g for g in read_gold(TRAIN_GOLD) if g["split"] == "dev2"]
    agreement = read_gold(AGREEMENT)
    articles = indosum_articles(data, {g["article"] for g in gold + agreement}, records=True)
    pipeline = Pipeline(DEFAULT_PIPELINE)
    docs = {a: analyze(r["text"], published=r["published"], pipeline=pipeline) for a, r in articles.items()}
    out, agreed = {}, {}
    for name, weights in (("", None), (", rules' actors alone", {})):
        for doc in docs.values():
            doc.events = find_events(doc, weights=weights)
        for split in ("dev", "dev2", "held-out"):
            out[split + name] = score([g for g in gold if g["split"] == split], docs)
        agreed |= agreement_scores(agreement, docs, name, annotators=weights is None)
    return out | agreed


def agreement_scores(annotations: list[dict], docs: dict, name: str = "",
                     annotators: bool = True) -> dict[str, dict[str, float]]:
    """warta against annotator A and against B, and B against A, over every article either annotated (one
    with no event counts its false alarms)."""
    by = {side: {a["article"]: [{**g, "article": a["article"]} for g in a["events"]]
                 for a in annotations if a["annotator"] == side} for side in "AB"}
    articles = sorted(by["A"])
    def lines(side: str) -> list[dict]:
        return [g for a in articles for g in by[side][a]]
    out = {f"agreement, warta against {side}{name}": score(lines(side), docs, articles) for side in "AB"}
    if annotators:
        out["agreement, annotator B against A"] = score(
            lines("A"), {a: Annotation.of(by["B"][a]) for a in articles}, articles)
    return out


def score(gold: list[dict], docs: dict, articles: list[str] | None = None) -> dict[str, float]:
    """`docs`: each article's events and entities (warta's document, or an Annotation); `articles`: those
    scored, by default those with a gold event."""
    n_pred = type_tp = full_tp = modality_right = source_right = target_right = attribution_right = 0
    for article in articles or sorted({g["article"] for g in gold}):
        doc = docs[article]
        entity_names = {e["id"]: e["name"] for e in doc.entities}
        n_pred += len(doc.events)
        for g in (g for g in gold if g["article"] == article):
            typed = [e for e in doc.events if matches(e, g)]
            if not typed:
                continue
            type_tp += 1
            modality_right += typed[0]["modality"] == g["modality"]
            attribution_right += actor_matches(typed[0]["attributed_to"], g["attributed_to"], None, entity_names)
            roles = [(actor_matches(e["source"], g["source_name"], g["source_country"], entity_names),
                      actor_matches(e["target"], g["target_name"], g["target_country"], entity_names)) for e in typed]
            full_tp += any(s and t for s, t in roles)
            source_right += roles[0][0]
            target_right += roles[0][1]
    out = {}
    for name, tp in (("type", type_tp), ("type+source+target", full_tp)):
        out.update({f"{name} {k}": v for k, v in prf(tp, n_pred, len(gold)).items()})
    # per role, of the events whose type was found (GDELT's hand-checked actor1/actor2 accuracies)
    out["source accuracy"], out["target accuracy"] = source_right / max(type_tp, 1), target_right / max(type_tp, 1)
    out["modality accuracy"] = modality_right / max(type_tp, 1)
    out["attribution accuracy"] = attribution_right / max(type_tp, 1)  # whose word it rests on, or nobody's
    out["gold"], out["predicted"] = len(gold), n_pred
    return out


def format_report(results: dict[str, dict[str, float]]) -> str:
    lines = [f"Events, IndoSum (gold: warta/data/{GOLD}, dev2 in warta/data/{TRAIN_GOLD}, agreement in "
             f"warta/data/{AGREEMENT}; published: {PUBLISHED})"]
    for split, m in results.items():
        lines.append(f"  {split}")
        lines.append("    " + score_line(m))
    return "\n".join(lines)
