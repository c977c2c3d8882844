"""`warta train syntax`: rebuild the shipped syntax model from the UD Indonesian treebanks.

Trained on CSUI train + GSD dev + PUD test; every tenth of those sentences is held back to pick the
best checkpoint. CSUI test and GSD test are never seen in training: they are the evaluation sets.
Static word vectors: skip-gram on IndoSum's news text (warta.wordvectors), keyed by the lower-cased form.
"""
from __future__ import annotations

import shutil
import tempfile
from importlib import resources
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from ..wordvectors import INDOSUM_FILE, skipgram_vectors
from .conllu import Sentence, read_conllu
from .model import MODEL_DIR

TRAIN_FILES = (
    "UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    "UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
    "UD_Indonesian-PUD/id_pud-ud-test.conllu",
)
TEST_FILES = ("UD_Indonesian-CSUI/id_csui-ud-test.conllu", "UD_Indonesian-GSD/id_gsd-ud-test.conllu")
DEV_EVERY = 10
UNCHANGED_FORMS = "unchanged_forms.txt"  # training words that are their own lemma: no stemmer may cut them


def lemma_of(word) -> str:
    """GSD lower-cases proper-noun lemmas, CSUI and PUD keep them: keep them, so the model learns one rule."""
    if word.upos == "PROPN" and word.lemma == word.form.lower():
        return word.form
    return word.lemma


def to_doc(vocab, sentence: Sentence) -> Doc:
    words = sentence.words
    return Doc(
        vocab,
        words=[w.form for w in words],
        spaces=[w.space_after for w in words],
        pos=[w.upos for w in words],
        morphs=["" if w.feats == "_" else w.feats for w in words],
        lemmas=[lemma_of(w) for w in words],
        heads=[w.head if w.head >= 0 else i for i, w in enumerate(words)],
        deps=["ROOT" if w.head < 0 else w.deprel for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def build_corpora(data: Path, folder: Path) -> tuple[Path, Path, int, int]:
    vocab = spacy.blank("id").vocab
    train, dev = DocBin(), DocBin()
    n = 0
    for name in TRAIN_FILES:
        for sentence in read_conllu(data / name):
            (dev if n % DEV_EVERY == DEV_EVERY - 1 else train).add(to_doc(vocab, sentence))
            n += 1
    train_path, dev_path = folder / "train.spacy", folder / "dev.spacy"
    train.to_disk(train_path)
    dev.to_disk(dev_path)
    return train_path, dev_path, len(train), len(dev)


def write_vectors(indosum: Path, folder: Path, seed: int) -> Path:
    """A blank pipeline holding the IndoSum vectors, looked up by NORM (the lower-cased word)."""
    from spacy.vectors import Vectors

    if not indosum.is_file():
        raise FileNotFoundError(f"{indosum}: the syntax model's word vectors are trained on IndoSum's text")
    words, table = skipgram_vectors(indosum, seed)
    nlp = spacy.blank("id")
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=table, keys=[nlp.vocab.strings.add(w) for w in words],
                                attr="NORM")
    nlp.to_disk(folder / "vectors")
    return folder / "vectors"


def train_syntax(data: Path, output: Path = MODEL_DIR, seed: int = 7, max_steps: int | None = None) -> Path:
    from spacy.cli.train import train as spacy_train

    config = Path(str(resources.files("warta.syntax").joinpath("config.cfg")))
    with tempfile.TemporaryDirectory(prefix="warta-syntax-") as tmp:
        tmp = Path(tmp)
        vectors = write_vectors(data.parent / INDOSUM_FILE, tmp, seed)
        train_path, dev_path, n_train, n_dev = build_corpora(data, tmp)
        print(f"training on {n_train} sentences, choosing the checkpoint on {n_dev} held-back ones", flush=True)
        overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path), "paths.vectors": str(vectors),
                     "system.seed": seed, "training.seed": seed}
        if max_steps:
            overrides["training.max_steps"] = max_steps
        spacy_train(config, tmp / "out", overrides=overrides)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(tmp / "out" / "model-best", output)
    clear_paths(output / "config.cfg")
    write_unchanged_forms(data, output)
    return output


def clear_paths(config: Path) -> None:
    """The temporary training files are no part of the model: without their paths two runs write the same files."""
    from thinc.api import Config

    cfg = Config().from_disk(config, interpolate=False)
    cfg["paths"] = {key: None for key in cfg["paths"]}
    cfg.to_disk(config)


def write_unchanged_forms(data: Path, output: Path) -> None:
    forms = {w.form.lower() for name in TRAIN_FILES for s in read_conllu(data / name) for w in s.words
             if lemma_of(w).lower() == w.form.lower()}
    (output / UNCHANGED_FORMS).write_text("\n".join(sorted(forms)) + "\n", encoding="utf-8")
