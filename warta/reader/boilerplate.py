"""Page furniture around a story: `Baca juga:` links, editor and reporter lines, end markers."""
from __future__ import annotations

import re

from ..data import load_json

_DATA = load_json("id/boilerplate.json")
_LINES = [(re.compile(rule["pattern"], re.I), rule.get("field")) for rule in _DATA["lines"]]
_INLINE = [re.compile(pattern, re.I) for pattern in _DATA["inline"]]
_MARKER = _DATA["end_marker"]
# An end marker closes the story: after final punctuation, or alone at the end of the last paragraph.
_TRAILING_MARKERS = re.compile(rf"(?:(?<=[.!?”\"’)\]])|^)(?:\s*{_MARKER})+\s*$")


def classify_line(line: str) -> tuple[bool, str | None, str | None]:
    """(is boilerplate, metadata field, field value) for one stripped line."""
    for pattern, field in _LINES:
        m = pattern.fullmatch(line)
        if m:
            value = m.groupdict().get("value")
            return True, field, value.strip() if value else None
    return False, None, None


def strip_end_marker(paragraph: str) -> str:
    """Cut `(*)`, `(ant)`, `(mdk/lia)`, `[pan]` and the like from the end of the last paragraph."""
    return _TRAILING_MARKERS.sub("", paragraph).rstrip()


def inline_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of page furniture inside paragraphs (`[Baca juga: Ada 3 Kasus Persekusi …]`): a link's title
    tells no event of this story."""
    return sorted((m.start(), m.end()) for pattern in _INLINE for m in pattern.finditer(text))


def in_furniture(furniture: list[tuple[int, int]], offset: int) -> bool:
    return any(a <= offset < b for a, b in furniture)


def outside_furniture(text: str, items: list, start=lambda item: item["start"]) -> list:
    """The items (mentions, times, quotes) that do not start inside a link to another story."""
    furniture = inline_furniture(text)
    return [x for x in items if not in_furniture(furniture, start(x))] if furniture else items
