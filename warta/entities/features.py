"""Token features for the CRF tagger: the word, its shape and affixes, its neighbours,
its word-vector cluster, and whether the knowledge base knows the phrase it sits in."""
from __future__ import annotations

import re
from functools import lru_cache

_SHAPE_RUNS = re.compile(r"(.)\1+")


def shape(word: str) -> str:
    """`Jong-un` → `Xx-x`, `2023` → `d`, `PBB` → `X`."""
    mapped = "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)
    return _SHAPE_RUNS.sub(r"\1", mapped)


@lru_cache(maxsize=100_000)
def token_features(word: str) -> dict[str, float | str]:
    """The word's own features; cached, so callers copy before changing them."""
    lower = word.lower()
    f: dict[str, float | str] = {
        "w": lower,
        "shape": shape(word),
        "p3": lower[:3],
        "s3": lower[-3:],
        "s2": lower[-2:],
    }
    if word[:1].isupper():
        f["title"] = 1.0
    if word.isupper() and len(word) > 1:
        f["upper"] = 1.0
    return f


def sentence_features(
    words: list[str],
    clusters: dict[str, tuple[str, ...]] | None = None,
    gazetteer: list[str] | None = None,
) -> list[dict[str, float | str]]:
    """One feature dict per word; `gazetteer[i]` is a B-/I- knowledge-base tag or "O"."""
    own = [token_features(w) for w in words]
    clusters = clusters or {}
    out = []
    n = len(words)
    for i in range(n):
        f = dict(own[i])
        if i == 0:
            f["first"] = 1.0
        for c, cid in enumerate(clusters.get(words[i].lower(), ())):
            f[f"c{c}"] = cid
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f[f"{off}w"] = own[j]["w"]
                f[f"{off}shape"] = own[j]["shape"]
                cl = clusters.get(words[j].lower())
                if cl:
                    f[f"{off}c0"] = cl[0]
            else:
                f[f"{off}w"] = "<pad>"
        if i > 0:
            f["-1w|w"] = f"{own[i - 1]['w']}|{own[i]['w']}"
        if i + 1 < n:
            f["w|+1w"] = f"{own[i]['w']}|{own[i + 1]['w']}"
        if gazetteer:
            g = gazetteer[i]
            if g != "O":
                f["gaz"] = g
                f["gaztype"] = g[2:]
            for off in (-1, 1):
                j = i + off
                if 0 <= j < n and gazetteer[j] != "O":
                    f[f"{off}gaz"] = gazetteer[j]
        out.append(f)
    if not any(c.isupper() for w in words for c in w):
        # A lower-cased sentence (some sites, the NERP set) gets its own copy of every feature,
        # so what holds only without capitals is learned apart from what holds in cased text.
        out = [{**f, **{"lc:" + k: v for k, v in f.items()}} for f in out]
    return out
