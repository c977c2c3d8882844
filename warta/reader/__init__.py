"""The reader layer: raw article (plain text, HTML, JSONL record) -> a Document with paragraphs and metadata."""
from __future__ import annotations

import re

from ..document import Document
from ..errors import InputError
from .decode import DEFAULT_MAX_BYTES, decode
from .html import read_html
from .plaintext import read_text

_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div)[\s>]", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML.search(text[:5000]))


def read(
    article: str | bytes,
    *,
    source: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    html: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one article. `html=None` decides from the content. Raises InputError naming `source`."""
    try:
        text = decode(article, max_bytes) if isinstance(article, bytes) else article
        if not text.strip():
            raise InputError("input is empty")
        is_html = looks_like_html(text) if html is None else html
        reader = read_html if is_html else read_text
        story = reader(text, url=url, outlet=outlet, published=published)
    except InputError as e:
        raise (e.at(source) if source else e) from None
    return story.to_document(source)
