"""`warta eval syntax`: UPOS, features, lemma, UAS and LAS on the held-out UD test files, on gold tokens.

Tokens are UD's surface tokens (multiword tokens merged as in training); LAS compares the universal
relation without subtype, as the CoNLL 2018 shared task scored it. Lemmas are also scored for the
rule stemmer (Sastrawi) and for warta's combination, so the choice of lemmatizer stays measured.
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from .conllu import read_conllu
from .lemmas import combine_lemma, stem
from .model import load_model
from .train import TEST_FILES, lemma_of


def _universal(rel: str) -> str:
    return rel.split(":")[0].lower()


def evaluate_file(nlp, path: Path) -> dict:
    sentences = read_conllu(path)
    docs = nlp.pipe(Doc(nlp.vocab, words=[w.form for w in s.words], spaces=[w.space_after for w in s.words])
                    for s in sentences)
    counts = dict.fromkeys(("tokens", "upos", "feats", "lemma_model", "lemma_stemmer", "lemma", "uas", "las"), 0)
    for sentence, doc in zip(sentences, docs, strict=True):
        for gold, tok in zip(sentence.words, doc, strict=True):
            gold_head = gold.head if gold.head >= 0 else None
            head = tok.head.i if tok.head.i != tok.i else None
            gold_lemma = lemma_of(gold)
            counts["tokens"] += 1
            counts["upos"] += tok.pos_ == gold.upos
            counts["feats"] += (str(tok.morph) or "_") == gold.feats
            counts["lemma_model"] += tok.lemma_ == gold_lemma
            counts["lemma_stemmer"] += stem(tok.text, tok.pos_) == gold_lemma
            counts["lemma"] += combine_lemma(tok.text, tok.pos_, tok.lemma_) == gold_lemma
            counts["uas"] += head == gold_head
            counts["las"] += head == gold_head and _universal(tok.dep_) == _universal(gold.deprel)
    n = counts.pop("tokens")
    return {"file": path.name, "tokens": n, **{k: v / n for k, v in counts.items()}}


def evaluate_syntax(data: Path) -> list[dict]:
    nlp = load_model()
    return [evaluate_file(nlp, data / f) for f in TEST_FILES if (data / f).exists()]


def format_report(results: list[dict]) -> str:
    lines = ["| file | tokens | UPOS | UFeats | Lemma | UAS | LAS | lemma: model only | lemma: Sastrawi only |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['file']} | {r['tokens']} | {r['upos']:.3f} | {r['feats']:.3f} | {r['lemma']:.3f} | "
                     f"{r['uas']:.3f} | {r['las']:.3f} | {r['lemma_model']:.3f} | {r['lemma_stemmer']:.3f} |")
    return "\n".join(lines)
