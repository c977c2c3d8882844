"""Near-duplicate detection: MinHash signatures of word shingles, banded for locality-sensitive lookup.

Outlets republish wire copy and each other with a new opening line, a changed headline or a trimmed end;
word 3-gram shingles of the body survive such edits. With 128 hashes in 32 bands of 4, two texts whose
shingle sets overlap by Jaccard 0.5 share a band with probability > 0.87; the stored signatures then
estimate the overlap exactly enough to decide."""
from __future__ import annotations

import re
import zlib

import numpy as np

HASHES, BANDS = 128, 32
ROWS = HASHES // BANDS
SHINGLE = 3
COPY_THRESHOLD = 0.5  # estimated Jaccard at or above which two articles are copies of one text
_WORD = re.compile(r"\w+")
_SEEDS = np.random.default_rng(20231005).integers(1, 2**63, size=(HASHES, 1), dtype=np.uint64)
_MASK = np.uint64(2**63 - 1)


def _mix(z: np.ndarray) -> np.ndarray:
    """A 64-bit avalanche mixer (splitmix64's finaliser): each seed gives an independent-looking hash."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def shingles(text: str) -> np.ndarray:
    words = _WORD.findall(text.lower())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    return np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams))


def signature(text: str) -> bytes:
    values = shingles(text)
    if values.size == 0:
        return np.full(HASHES, _MASK, dtype=np.uint64).tobytes()
    with np.errstate(over="ignore"):  # the mixer multiplies modulo 2**64 on purpose
        hashed = _mix(values[None, :] ^ _SEEDS) & _MASK
    return hashed.min(axis=1).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard overlap of the two texts' shingle sets."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))


def buckets(sig: bytes) -> list[int]:
    """One bucket per band: the band's hash with the band number above it, so bands never collide."""
    values = np.frombuffer(sig, dtype=np.uint64).reshape(BANDS, ROWS)
    return [zlib.crc32(row.tobytes()) | (band << 32) for band, row in enumerate(values)]
