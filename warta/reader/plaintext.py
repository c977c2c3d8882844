"""Plain text as scraped from a news page: one paragraph per line or per blank-line block."""
from __future__ import annotations

import re

from .story import Story, build_story

_ENDS_SENTENCE = re.compile(r"[.!?:;”\"’)\]]\s*$")


def split_paragraphs(text: str) -> list[str]:
    """Lines are paragraphs, except a hard-wrapped line whose next line continues the sentence in lower case."""
    paragraphs: list[str] = []
    joinable = False
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            joinable = False
            continue
        if joinable and line[0].islower():
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        joinable = not _ENDS_SENTENCE.search(paragraphs[-1])
    return paragraphs


def read_text(text: str, *, url=None, outlet=None, published=None) -> Story:
    return build_story(split_paragraphs(text), url=url, outlet=outlet, published=published)
