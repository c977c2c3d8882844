"""Skip-gram word vectors of IndoSum's news text, trained by warta (gensim, one worker, fixed seed, so the
same data gives the same vectors). The NER model groups them into word clusters; the syntax model reads
them as static vectors."""
from __future__ import annotations

import json
import zlib
from pathlib import Path

import numpy as np

INDOSUM_FILE = Path("indosum") / "indosum-dev-union-minus-holdout.jsonl"  # under ../shared/data


def news_sentences(indosum: Path):
    with open(indosum, encoding="utf-8") as f:
        for line in f:
            for paragraph in json.loads(line)["paragraphs"]:
                for sentence in paragraph:
                    yield [w.lower() for w in sentence]


def _stable_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))  # Python's own hash() changes between runs


def skipgram_vectors(indosum: Path, seed: int) -> tuple[list[str], np.ndarray]:
    """(lower-cased words seen at least 3 times, their 100-dimensional vectors), most frequent first."""
    from gensim.models import Word2Vec

    w2v = Word2Vec(list(news_sentences(indosum)), vector_size=100, window=5, min_count=3, workers=1, seed=seed,
                   epochs=8, sg=1, hashfxn=_stable_hash)
    return list(w2v.wv.index_to_key), w2v.wv.vectors
