"""From the paragraphs of a scraped page to a clean story: headline, lead, body and metadata.

Shared by the plain-text and HTML readers. Scrapes repeat things (the headline above and below the
date line, the lead as a teaser and again as the first paragraph) and wrap the story in furniture
(`Baca juga:`, `Editor:`, `(*)`); this module keeps one copy of the story and nothing else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document, Metadata
from ..errors import InputError
from .boilerplate import classify_line, strip_end_marker
from .opening import KNOWN_OUTLETS, outlet_from_url, outlet_name, parse_opening
from .published import find_published, is_dateline_only

HEADER_SPAN = 6  # the date line, teaser and opening are looked for in this many first paragraphs


@dataclass
class Story(Metadata):
    paragraphs: list[str] = field(default_factory=list)

    def to_document(self, source: str | None = None) -> Document:
        parts = ([("headline", self.headline)] if self.headline else []) + [
            ("lead" if i == 0 else "body", p) for i, p in enumerate(self.paragraphs)
        ]
        return Document.from_paragraphs(parts, lead=self.paragraphs[0], input=source, **self.metadata())


def squash(text: str) -> str:
    return re.sub(r"[ \t\f\v]+", " ", text).strip()


def _same(a: str, b: str) -> bool:
    """Two paragraphs are copies: equal up to case and spacing, or `a` is a teaser cut with `...`."""
    a, b = squash(a).casefold(), squash(b).casefold()
    if a == b:
        return True
    stem = a.rstrip(".… ")
    return a.endswith(("...", "…")) and len(stem) > 20 and b.startswith(stem)


def _looks_like_headline(p: str) -> bool:
    return len(p) <= 200 and len(p.split()) <= 30 and not p.endswith((".", ":", ",")) and not parse_opening(p)


def build_story(
    paragraphs: list[str],
    headline: str | None = None,
    *,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    site_outlet: str | None = None,
) -> Story:
    """Clean a page's paragraphs into a Story. The outlet is, in order: `outlet` (the caller's), a known
    outlet named in the opening, `site_outlet` (page metadata), any other opening marker, the URL's host."""
    story = Story(url=url)
    body = _drop_furniture([squash(p) for p in paragraphs if p.strip()], story)
    lone = body[0].rstrip(" -–—") if body else ""
    lone_outlet = outlet_name(lone) if len(lone.split()) <= 2 else None
    if lone_outlet:  # a lone `detikNews` or `Merdeka.com -` line
        site_outlet = site_outlet or lone_outlet
        body.pop(0)
    body = _take_date_line(body, story, published)
    if headline is None and len(body) > 1 and _looks_like_headline(body[0]):
        headline = body.pop(0)
    story.headline = squash(headline) if headline else None
    if story.headline:
        body = [p for p in body if not _same(p, story.headline)]
    opening_outlet = _cut_opening(body, story, bare_place=bool(outlet or site_outlet))
    body = _drop_repeats(body)
    body = _cut_end_markers(body)
    if not body:
        raise InputError("no article text found (nothing is left after removing page furniture)")
    story.paragraphs = body
    known = opening_outlet if opening_outlet in KNOWN_OUTLETS else None  # a canonical name beats the page's
    story.outlet = outlet or known or site_outlet or opening_outlet or outlet_from_url(url)
    return story


def _drop_furniture(paragraphs: list[str], story: Story) -> list[str]:
    kept = []
    for p in paragraphs:
        furniture, meta_field, value = classify_line(p)
        if not furniture:
            kept.append(p)
        elif meta_field and value:
            getattr(story, meta_field).extend(v.strip() for v in re.split(r"\s*[,;/]\s*", value) if v.strip())
    return kept


def _take_date_line(body: list[str], story: Story, given: str | None) -> list[str]:
    """Remove the page's date line from the header; it gives the publication time unless one was given."""
    found = find_published(given) if given else None
    if given and not found:
        raise InputError(f"cannot read the publication time {given!r}")
    for i, p in enumerate(body[:HEADER_SPAN]):
        if is_dateline_only(p):
            found = found or find_published(p)
            body = body[:i] + body[i + 1 :]
            break
    if found:
        story.published, story.published_assumed_zone = found.value, found.assumed_zone
    return body


def _cut_opening(body: list[str], story: Story, bare_place: bool) -> str | None:
    """Cut `NUSADAILY.COM - PYONGYANG -` and the like from the first story paragraph that has one."""
    for i, p in enumerate(body[:HEADER_SPAN]):
        opening = parse_opening(p, bare_place)
        if opening and len(p) > opening.end:
            body[i] = p[opening.end :].lstrip()
            story.dateline = opening.dateline
            return opening.outlet
    return None


def _drop_repeats(body: list[str]) -> list[str]:
    """Keep one copy of a paragraph the header repeats (a teaser lead above the story's first paragraph);
    where one copy is a teaser cut with `...`, the full one stays, in the teaser's place."""
    kept: list[str] = []
    for i, p in enumerate(body):
        if i < HEADER_SPAN:
            earlier = next((j for j, k in enumerate(kept) if _same(k, p)), None)
            if earlier is not None:
                kept[earlier] = p
                continue
            if any(_same(p, k) for k in kept):
                continue
        kept.append(p)
    return kept


def _cut_end_markers(body: list[str]) -> list[str]:
    while body:
        last = strip_end_marker(body[-1])
        if last and re.search(r"\w", last):
            body[-1] = last
            break
        body.pop()
    return body
