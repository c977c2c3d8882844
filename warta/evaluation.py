"""What the `warta eval` commands share: warta's own annotation files, the IndoSum articles they point
into (re-joined by ../shared/tools/indosum_to_jsonl.py), precision/recall/F1 and the printed score line."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

from .wordvectors import INDOSUM_FILE


def read_gold(name: str) -> list[dict]:
    """A JSON Lines annotation file under warta/data/ (e.g. `eval/times_indosum.jsonl`)."""
    text = resources.files("warta.data").joinpath(name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def indosum_articles(data: Path, ids: set[str], records: bool = False) -> dict:
    """IndoSum articles by id: the text, or with `records` the whole record (text, published, url, ...)."""
    tool = data.parent / "tools" / "indosum_to_jsonl.py"
    source = data / INDOSUM_FILE
    for needed in (tool, source):
        if not needed.is_file():
            raise FileNotFoundError(f"{needed}: not found (the IndoSum articles and ../shared/tools are needed)")
    lines = subprocess.run([sys.executable, str(tool), str(source)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    articles = (json.loads(line) for line in lines)
    return {a["id"]: a if records else a["text"] for a in articles if a["id"] in ids}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_line(metrics: dict) -> str:
    """`name 0.123  name 45`: floats to three places, counts as they are."""
    return "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in metrics.items())
