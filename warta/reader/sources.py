"""Where articles come from: files, folders, JSONL (optionally gzip'd) and standard input.

Each input yields `Item`s; an unreadable one yields an `InputError` instead, so a batch can report it
and go on with the rest.
"""
from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .decode import DEFAULT_MAX_BYTES, check_size, decode

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class Item:
    name: str  # file path, `path:line` for a JSONL record, or `<stdin>`
    content: str | bytes
    html: bool | None = None
    meta: dict = field(default_factory=dict)  # url, outlet, published


def is_jsonl(path: Path) -> bool:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in JSONL_SUFFIXES


def expand(paths: list[str]) -> list[Path | str]:
    """Folders become their article and JSONL files (sorted, recursive); `-` stays standard input."""
    out: list[Path | str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            out.extend(
                f for f in sorted(path.rglob("*"))
                if f.is_file() and not f.name.startswith(".")
                and (f.suffix.lower() in ARTICLE_SUFFIXES or is_jsonl(f))
            )
        else:
            out.append(p if p == "-" else path)
    return out


def iter_items(target: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item | InputError]:
    if target == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        yield from _from_bytes("<stdin>", data, max_bytes)
        return
    path = Path(target)
    name = str(path)
    if not path.exists():
        yield InputError("no such file or folder", name)
    elif not path.is_file():
        yield InputError("not a regular file", name)
    elif is_jsonl(path):
        yield from _from_jsonl(path, max_bytes)
    else:
        try:
            check_size(path.stat().st_size, max_bytes)
            yield Item(name, path.read_bytes(), html=_html_hint(path))
        except InputError as e:
            yield e.at(name)
        except OSError as e:
            yield InputError(f"cannot read the file ({e.strerror})", name)


def _html_hint(path: Path) -> bool | None:
    suffix = path.suffix.lower()
    return True if suffix in {".html", ".htm", ".xhtml"} else None


def _from_bytes(name: str, data: bytes, max_bytes: int) -> Iterator[Item | InputError]:
    """Standard input: one article, or JSONL when every non-empty line is a JSON object."""
    try:
        text = decode(data, max_bytes)
    except InputError as e:
        yield e.at(name)
        return
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from records(name, io.StringIO(text), max_bytes)
    else:
        yield Item(name, text)


def _from_jsonl(path: Path, max_bytes: int) -> Iterator[Item | InputError]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8", errors="strict") as stream:
            yield from records(str(path), stream, max_bytes)
    except (OSError, EOFError, UnicodeDecodeError) as e:
        yield InputError(f"cannot read the JSONL file ({e.__class__.__name__}: {e})", str(path))


def records(name: str, stream, max_bytes: int) -> Iterator[Item | InputError]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            check_size(len(line.encode("utf-8")), max_bytes)
            yield _record(where, json.loads(line))
        except json.JSONDecodeError as e:
            yield InputError(f"invalid JSON ({e.msg} at column {e.colno})", where)
        except InputError as e:
            yield e.at(where)


def _record(where: str, record) -> Item:
    if not isinstance(record, dict):
        raise InputError("a JSONL line must be an object with `text` or `html`")
    content, html = (record.get("html"), True) if record.get("html") else (record.get("text"), False)
    if not isinstance(content, str) or not content.strip():
        raise InputError("the record has no `text` or `html`")
    meta = {k: record[k] for k in ("url", "outlet", "published") if isinstance(record.get(k), str) and record[k]}
    name = f"{where} ({record['id']})" if record.get("id") else where
    return Item(name, content, html=html, meta=meta)
