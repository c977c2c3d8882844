"""The warta document: one canonical text and stand-off layers of spans over it.

Every span carries `start`/`end` character offsets into `Document.text` and its own `text`,
with `doc.text[start:end] == span.text`. Components add layers; nothing rewrites `text`.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "warta/1"
PARAGRAPH_SEPARATOR = "\n\n"


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Paragraph(Span):
    role: str  # headline | lead | body


@dataclass
class Sentence(Span):
    paragraph: int


@dataclass
class Token(Span):
    lemma: str | None = None
    pos: str | None = None
    morph: str | None = None
    head: int | None = None  # index into Document.tokens
    dep: str | None = None


# Layers filled by later components; their items are kept as plain dicts until those land.
LAYERS = ("tokens", "mentions", "entities", "quotes", "times", "events")


@dataclass
class Metadata:
    """What the page says about the article: the reader fills it, the Document carries it."""
    headline: str | None = None
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None
    published: str | None = None
    published_assumed_zone: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)

    def metadata(self) -> dict:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(Metadata)}


@dataclass
class Document(Metadata):
    lead: str | None = None
    language: str | None = None
    input: str | None = None
    text: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)
    entities: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    times: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    components: list[str] = field(default_factory=list)  # names of the components that ran
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_paragraphs(cls, parts: list[tuple[str, str]], **meta) -> Document:
        """Build the canonical text from (role, text) pairs joined by a blank line."""
        paragraphs, offset = [], 0
        for role, text in parts:
            paragraphs.append(Paragraph(offset, offset + len(text), text, role))
            offset += len(text) + len(PARAGRAPH_SEPARATOR)
        text = PARAGRAPH_SEPARATOR.join(t for _, t in parts)
        return cls(text=text, paragraphs=paragraphs, **meta)

    @property
    def id(self) -> str:
        """Stable content hash of the canonical text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"schema": SCHEMA_VERSION, "id": self.id}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, list):
                value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value]
            out[f.name] = value
        return out


def iter_spans(data: dict):
    """Yield (layer, span dict) for every stand-off span in a document dict, nested ones included."""
    def walk(layer, value):
        if isinstance(value, dict):
            if {"start", "end", "text"} <= value.keys():
                yield layer, value
            for v in value.values():
                yield from walk(layer, v)
        elif isinstance(value, list):
            for v in value:
                yield from walk(layer, v)

    for layer in ("paragraphs", "sentences", *LAYERS):
        yield from walk(layer, data.get(layer, []))
