#!/usr/bin/env python3
"""The model-family comparison behind warta's NER choice: a spaCy CNN NER (its default
tok2vec + transition-based NER, no pretrained vectors) trained on exactly the sentences
`warta train ner` uses, for a fixed time, then scored like `warta eval ner`.

    python bench/ner_spacy_trial.py [--data ../shared/data] [--minutes 15]
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.training import Example, biluo_tags_to_spans, iob_to_biluo

from warta.entities.corpora import read_split, spans, splits
from warta.entities.train import training_sentences


def to_doc(nlp, sentence) -> Doc:
    doc = Doc(nlp.vocab, words=[w for w, _ in sentence])
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo([t for _, t in sentence]))
    return doc


def micro_f1(nlp, sentences) -> float:
    tp = fp = fn = 0
    annotated = {lab for s in sentences for *_, lab in spans([t for _, t in s])}
    for sentence in sentences:
        gold = spans([t for _, t in sentence])
        doc = nlp(Doc(nlp.vocab, words=[w for w, _ in sentence]))
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in annotated}
        tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return 2 * p * r / max(p + r, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--minutes", type=float, default=15)
    args = parser.parse_args()
    spacy.util.fix_random_seed(7)
    nlp = spacy.blank("id")
    nlp.add_pipe("ner")
    examples = [Example(Doc(nlp.vocab, words=[w for w, _ in s]), to_doc(nlp, s))
                for s in training_sentences(Path(args.data))]
    optimizer = nlp.initialize(lambda: examples)
    rng, started, epoch = random.Random(7), time.time(), 0
    while time.time() - started < args.minutes * 60:
        rng.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2)
        epoch += 1
        print(f"epoch {epoch} ({time.time() - started:.0f} s)", flush=True)
    for sp in splits(Path(args.data)):
        if sp.part == "test":
            print(f"{sp.corpus:8s} micro-F1 {micro_f1(nlp, read_split(sp)):.3f}")


if __name__ == "__main__":
    main()
