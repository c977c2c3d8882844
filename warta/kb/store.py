"""The knowledge base: entities from JSON Lines files, indexed by normalised name and alias.

Files: every *.jsonl under data/kb/generated and data/kb/curated, then the user's own files
named in $WARTA_KB (paths separated by the OS path separator). A later entry with an id
already seen replaces the earlier one, so a user file can correct a shipped entry.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..errors import InputError

KB_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"
TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "EVENT")
MAX_NAME_TOKENS = 8

_JOINERS = re.compile(r"[\-‐‑–—_/]+")
_DROPPED = re.compile(r"[.'’‘`\"“”()]+")
_TOKEN = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """`Kim Jong-un` and `kim jong un` → `kim jong un`; `U.S.` → `us`; `Sergei K. Shoigu` → `sergei k shoigu`."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    plain = plain.casefold()  # Cf: zero-width spaces and joiners that scraped text carries
    return " ".join(_JOINERS.sub(" ", _DROPPED.sub("", plain)).split())


class KnowledgeBase:
    def __init__(self, paths: list[Path]):
        self.entries: dict[str, dict] = {}
        for path in paths:
            for entry in _read(path):
                self.entries[entry["id"]] = entry
        self.by_name: dict[str, list[str]] = {}
        for entry in self.entries.values():
            for name in (entry["name"], *entry.get("aliases", [])):
                key = normalize(name)
                if key:
                    ids = self.by_name.setdefault(key, [])
                    if entry["id"] not in ids:
                        ids.append(entry["id"])
        self._keys_by_type: dict[str, list[str]] = {}
        self._name_parts: dict[str, set[str]] | None = None
        self._offices: dict[str, list[tuple[dict, dict]]] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str) -> list[dict]:
        return [self.entries[i] for i in self.by_name.get(normalize(name), ())]

    def keys_of(self, types: tuple[str, ...]) -> list[str]:
        """Normalised names of entries of these types (for typo-tolerant matching)."""
        cache_key = ",".join(types)
        if cache_key not in self._keys_by_type:
            self._keys_by_type[cache_key] = [
                k for k, ids in self.by_name.items() if any(self.entries[i]["type"] in types for i in ids)
            ]
        return self._keys_by_type[cache_key]

    def people_by_name_part(self) -> dict[str, set[str]]:
        """First and last words (4+ letters) of people's names → their ids: `putin` → {per:vladimir-putin}."""
        if self._name_parts is None:
            self._name_parts = {}
            for entry in self.entries.values():
                if entry["type"] != "PER":
                    continue
                for name in (entry["name"], *entry.get("aliases", [])):
                    words = normalize(name).split()
                    for word in {words[0], words[-1]} if len(words) >= 2 else ():
                        if len(word) >= 4:
                            self._name_parts.setdefault(word, set()).add(entry["id"])
        return self._name_parts

    def office_holder(self, title: str, country: str, on: str) -> dict | None:
        """Who held an office (`Kapolri`, `Presiden` of IDN) on a day (YYYY-MM-DD), if one person did."""
        if self._offices is None:
            self._offices = {}
            for entry in self.entries.values():
                for office in entry.get("offices", ()):
                    self._offices.setdefault(normalize(office["title"]), []).append((entry, office))
        holders = {entry["id"]: entry for entry, office in self._offices.get(normalize(title), ())
                   if office.get("country") == country and (office.get("start") or "")[:len(on)] <= on
                   and (office.get("end") is None or on <= office["end"] + "~")}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def office_title(self, words: str) -> str | None:
        """The longest office title normalised `words` open with (`menteri luar negeri`, not `menteri`)."""
        self.office_holder("", "", "")  # builds the index
        split = words.split()
        return next((t for k in range(len(split), 0, -1) if (t := " ".join(split[:k])) in self._offices), None)

    def gazetteer_tags(self, words: list[str]) -> list[str]:
        """IOB tags of the longest known names in a token sequence, typed by the first entry's type."""
        tags = ["O"] * len(words)
        keys = [normalize(w) for w in words]
        i = 0
        while i < len(words):
            length = 0
            if keys[i]:
                for n in range(min(MAX_NAME_TOKENS, len(words) - i), 0, -1):
                    ids = self.by_name.get(" ".join(k for k in keys[i:i + n] if k)) if keys[i + n - 1] else None
                    if ids:
                        length, label = n, self.entries[ids[0]]["type"]
                        break
            if length:
                tags[i:i + length] = [f"B-{label}"] + [f"I-{label}"] * (length - 1)
                i += length
            else:
                i += 1
        return tags


def _read(path: Path):
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read knowledge-base file: {e}", str(path)) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"line {n} is not JSON ({e.msg})", str(path)) from None
        problem = _check(entry)
        if problem:
            raise InputError(f"line {n}: {problem}", str(path))
        yield entry


def _check(entry) -> str | None:
    if not isinstance(entry, dict):
        return "an entry must be a JSON object"
    for key in ("id", "type", "name"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            return f"an entry needs a non-empty string {key!r}"
    if entry["type"] not in TYPES:
        return f"type {entry['type']!r} is not one of {', '.join(TYPES)}"
    if not isinstance(entry.get("aliases", []), list):
        return "'aliases' must be a list of strings"
    return None


@lru_cache(maxsize=1)
def _shipped_files() -> tuple[Path, ...]:
    return tuple(sorted((KB_DIR / "generated").glob("*.jsonl")) + sorted((KB_DIR / "curated").glob("*.jsonl")))


def kb_files() -> list[Path]:
    shipped = list(_shipped_files())
    extra = [Path(p) for p in os.environ.get("WARTA_KB", "").split(os.pathsep) if p]
    return shipped + extra


@lru_cache(maxsize=1)
def _cached(paths: tuple[Path, ...]) -> KnowledgeBase:
    return KnowledgeBase(list(paths))


def load_kb() -> KnowledgeBase:
    """The shipped knowledge base plus the user's files in $WARTA_KB, loaded once."""
    return _cached(tuple(kb_files()))
