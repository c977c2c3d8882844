"""Readers for the Indonesian NER sets in ../shared/data, mapped to one label set.

Each set has its own tags; all are read as IOB2 sentences of (token, tag) with tags
mapped to warta's PER / ORG / LOC (+ EVENT from NERP). TIME, QUANTITY and FNB are dropped.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "IND": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC",
    "EVT": "EVENT",
}


@dataclass(frozen=True)
class Split:
    """One file of one set: `corpus` names the set, `part` is train, dev or test."""
    corpus: str
    part: str
    path: str
    cased: bool = True


def splits(root: str | Path) -> list[Split]:
    """Every split warta trains or evaluates on, under `root` (../shared/data)."""
    r = Path(root)
    idner, nerui, nerugm = r / "idner-news-2k", r / "indolem-ner" / "nerui", r / "indolem-ner" / "nerugm"
    grit, nerp = r / "indonlu-ner" / "nergrit_ner-grit", r / "indonlu-ner" / "nerp_ner-prosa"
    return [
        Split("idner", "train", str(idner / "train.txt")),
        Split("idner", "dev", str(idner / "dev.txt")),
        Split("idner", "test", str(idner / "test.txt")),
        Split("nerui", "train", str(nerui / "train.01.tsv")),
        Split("nerui", "dev", str(nerui / "dev.01.tsv")),
        Split("nerui", "test", str(nerui / "test.01.tsv")),
        Split("nerugm", "train", str(nerugm / "train.01.tsv")),
        Split("nerugm", "dev", str(nerugm / "dev.01.tsv")),
        Split("nerugm", "test", str(nerugm / "test.01.tsv")),
        Split("nergrit", "train", str(grit / "train_preprocess.txt")),
        Split("nergrit", "dev", str(grit / "valid_preprocess.txt")),
        Split("nergrit", "test", str(grit / "test_preprocess.txt")),
        Split("nerp", "train", str(nerp / "train_preprocess.txt"), cased=False),
        Split("nerp", "dev", str(nerp / "valid_preprocess.txt"), cased=False),
        Split("nerp", "test", str(nerp / "test_preprocess.txt"), cased=False),
    ]


Sentence = list[tuple[str, str]]


def read_split(split: Split) -> list[Sentence]:
    """Sentences of (token, mapped IOB2 tag); the token is the first column, the tag the last."""
    sentences: list[Sentence] = []
    current: Sentence = []
    with open(split.path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\r\n").replace("\t", " ").split()
            if not cols:
                if current:
                    sentences.append(current)
                current = []
                continue
            current.append((cols[0], map_tag(cols[-1])))
    if current:
        sentences.append(current)
    return sentences


def map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = LABEL_MAP.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def sentence_key(sentence: Sentence) -> str:
    """Case- and space-blind identity, to find the same sentence in two sets."""
    return "".join(tok for tok, _ in sentence).lower()


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) token spans of an IOB2 sequence; a stray I- opens a span."""
    found, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and label == tag[2:]:
            continue
        if label is not None:
            found.add((start, i, label))
            start, label = None, None
        if tag != "O":
            start, label = i, tag[2:]
    return found
