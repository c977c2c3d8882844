"""The `quotes` component: direct, indirect and mixed quotations with their cue, speaker and the
channel they came through (`“…,” kata Watson`, `Menurut AS, …`, `seperti dikutip The New York Times`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import load_json
from ..document import Document
from ..reader.boilerplate import outside_furniture
from ..registry import component

OPENING, CLOSING, STRAIGHT = "“„«", "”»", '"'


@dataclass(frozen=True)
class Words:
    after: frozenset[str]
    verbs: frozenset[str]
    according_to: frozenset[str]
    speaker_stops: frozenset[str]
    source_cues: tuple[str, ...]
    pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    title_words: frozenset[str]
    passive_cues: frozenset[str]
    organisation_nouns: frozenset[str]


@cache
def words() -> Words:
    d = load_json("id/quote_words.json")
    return Words(frozenset(d["after"]), frozenset(d["verbs"]), frozenset(d["according_to"]),
                 frozenset(d["speaker_stops"]), tuple(sorted(d["source_cues"], key=len, reverse=True)),
                 frozenset(d["pronouns"]), frozenset(d["group_pronouns"]), frozenset(d["title_words"]),
                 frozenset(d["passive_cues"]), frozenset(d["organisation_nouns"]))


def cue_word(word: str) -> str | None:
    """`ujarnya` → `ujar`; a reporting word or None."""
    w = word.lower()
    if w in words().after or w in words().verbs:
        return w
    if w.endswith("nya") and (w[:-3] in words().after or w[:-3] in words().verbs):
        return w[:-3]
    return None


WORD = re.compile(r"[\w'’-]+")


@dataclass
class Quoted:
    """Text in quotation marks: the marks' offsets and the content between them."""
    open: int
    close: int  # offset of the closing mark, or the end of the last paragraph it runs to
    start: int
    end: int


def quoted_spans(text: str, paragraphs) -> list[Quoted]:
    """Pairs of quotation marks; a quote left open at a paragraph's end continues when the next paragraph
    opens with a mark (news style for a quote over several paragraphs), else it ends with its paragraph.
    Text that writes ” for both marks (as some Kompas pages do) has them paired in turn, like straight ones."""
    out: list[Quoted] = []
    i = 0
    bounds = [(p.start, p.end) for p in paragraphs] or [(0, len(text))]
    p = 0
    while p < len(bounds):
        start, end = bounds[p]
        i = max(i, start)
        same_marks = text.count("”", start, end) > 2 * text.count("“", start, end) + 1
        opened = _next_mark(text, i, end, OPENING + STRAIGHT + ("”" if same_marks else ""))
        if opened is None:
            p += 1
            continue
        mark = text[opened]
        closing = CLOSING if mark in OPENING else mark
        close = _next_mark(text, opened + 1, end, closing)
        q = p
        while close is None and q + 1 < len(bounds) and text[bounds[q + 1][0]] in OPENING + STRAIGHT:
            q += 1
            close = _next_mark(text, bounds[q][0] + 1, bounds[q][1], closing)
        last = close if close is not None else bounds[q][1]
        content_start, content_end = _trim(text, opened + 1, last)
        if content_end > content_start:
            out.append(Quoted(opened, last, content_start, content_end))
        i = last + 1
        p = q if close is not None else q + 1
    return out


def _next_mark(text: str, start: int, end: int, marks: str) -> int | None:
    for i in range(start, end):
        if text[i] in marks:
            return i
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without surrounding spaces and the comma or full stop that sits before a closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",."):
        end -= 1
    return start, end


def span(doc: Document, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": doc.text[start:end]}


@component("quotes", requires=("sentences", "link"), indonesian_only=True)
def quotes(doc: Document) -> None:
    from .attribution import attribute

    doc.quotes = attribute(doc, outside_furniture(doc.text, quoted_spans(doc.text, doc.paragraphs), lambda q: q.start))
