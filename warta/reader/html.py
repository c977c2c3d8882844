"""HTML pages: trafilatura finds the story and the page metadata, then the plain-text cleaning applies."""
from __future__ import annotations

import re

import trafilatura

from ..errors import InputError
from .published import find_published
from .story import Story, build_story

# Publication time as sites declare it; trafilatura's own date guess has no time and may read a copyright year.
_META_TIME = [
    re.compile(
        r"""<meta\s[^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
        r"""pubdate|publishdate|publish-date|datepublished|content_publisheddate|dc\.date)["'][^>]*>""",
        re.I,
    ),
    re.compile(r"""<time\s[^>]*datetime\s*=\s*["'][^"']+["'][^>]*>""", re.I),
]
_CONTENT = re.compile(r"""(?:content|datetime)\s*=\s*["']([^"']+)["']""", re.I)
_JSON_LD = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
MIN_WORDS = 10  # less than this is a menu or a fragment that trafilatura fell back to, not a story


def declared_published(html: str) -> str | None:
    for pattern in _META_TIME:
        for tag in pattern.findall(html):
            value = _CONTENT.search(tag)
            if value and find_published(value.group(1)):
                return value.group(1)
    m = _JSON_LD.search(html)
    return m.group(1) if m and find_published(m.group(1)) else None


def _strip_site_suffix(title: str | None, site: str | None) -> str | None:
    """`Banjir Rendam Kota - Kompas.com` -> `Banjir Rendam Kota`."""
    if not title or not site:
        return title
    m = re.match(rf"(.+?)\s*[-|–—:]\s*{re.escape(site)}\s*$", title, re.I)
    return m.group(1) if m else title


def read_html(html: str, *, url=None, outlet=None, published=None) -> Story:
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = extracted.text if extracted else None
    if not text or len(text.split()) < MIN_WORDS:
        raise InputError("no article text found in the HTML page")
    site = extracted.sitename
    story = build_story(
        text.split("\n"),
        headline=_strip_site_suffix(extracted.title, site),
        outlet=outlet,
        url=url or extracted.url,
        published=published or declared_published(html) or extracted.date,
        site_outlet=site,
    )
    if extracted.author and not story.authors:
        story.authors = [a.strip() for a in re.split(r"[;,]", extracted.author) if a.strip()]
    return story
