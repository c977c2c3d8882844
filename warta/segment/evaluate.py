"""Sentence-boundary evaluation on the UD Indonesian test treebanks.

UD gives each sentence's `# text` but no paragraphs, so each file is read as one running text
(sentences joined by a space); a boundary is the character offset where a gold sentence ends.
spaCy's rule-based `sentencizer` on the same text is the baseline.
"""
from __future__ import annotations

from pathlib import Path

import spacy

from ..document import Paragraph
from . import tokenize
from .sentences import split_sentences

TEST_FILES = ("UD_Indonesian-CSUI/id_csui-ud-test.conllu", "UD_Indonesian-GSD/id_gsd-ud-test.conllu",
              "UD_Indonesian-PUD/id_pud-ud-test.conllu")


def read_sentences(path: Path) -> list[str]:
    return [line[len("# text = "):].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")]


def _scores(tp: int, predicted: int, gold: int) -> dict:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"tp": tp, "predicted": predicted, "gold": gold,
            "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _compare(gold: set[int], predicted: set[int]) -> dict:
    return _scores(len(gold & predicted), len(predicted), len(gold))


def evaluate_file(path: Path) -> dict:
    sentences = read_sentences(path)
    text = " ".join(sentences)
    gold, offset = set(), 0
    for s in sentences[:-1]:
        offset += len(s)
        gold.add(offset)
        offset += 1
    para = [Paragraph(0, len(text), text, "body")]
    warta_ends = {s.end for s in split_sentences(text, para, tokenize(text))[:-1]}
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.max_length = len(text) + 1
    spacy_ends = {s.end_char for s in list(nlp(text).sents)[:-1]}
    return {"file": path.name, "sentences": len(sentences), "warta": _compare(gold, warta_ends),
            "spacy_sentencizer": _compare(gold, spacy_ends)}


def evaluate_sentences(data: Path) -> list[dict]:
    """One result per test file found, then the micro-average over all of them."""
    results = [evaluate_file(data / f) for f in TEST_FILES if (data / f).exists()]
    total = {"file": "all (micro)", "sentences": sum(r["sentences"] for r in results)}
    for system in ("warta", "spacy_sentencizer"):
        total[system] = _scores(*(sum(r[system][k] for r in results) for k in ("tp", "predicted", "gold")))
    return results + [total] if results else []


def format_report(results: list[dict]) -> str:
    lines = ["| file | sentences | warta P | warta R | warta F1 | spaCy sentencizer F1 |", "|---|---|---|---|---|---|"]
    for r in results:
        w = r["warta"]
        lines.append(f"| {r['file']} | {r['sentences']} | {w['precision']:.3f} | {w['recall']:.3f} | "
                     f"{w['f1']:.3f} | {r['spacy_sentencizer']['f1']:.3f} |")
    return "\n".join(lines)
