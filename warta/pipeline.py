"""The pipeline: a reader makes the Document, then named components each add one layer."""
from __future__ import annotations

from . import entities as _entities  # noqa: F401  (registers `ner`, `link`)
from . import events as _events  # noqa: F401  (registers `events`)
from . import quotes as _quotes  # noqa: F401  (registers `quotes`)
from . import segment as _segment  # noqa: F401  (registers `tokens`, `sentences`)
from . import syntax as _syntax  # noqa: F401  (registers `syntax`)
from . import times as _times  # noqa: F401  (registers `times`)
from .document import Document
from .reader import language as _language  # noqa: F401  (registers `language`)
from .reader import read
from .registry import COMPONENTS, Component

DEFAULT_PIPELINE = ("language", "tokens", "sentences", "syntax", "ner", "link", "times", "quotes")


class Pipeline:
    def __init__(self, names: tuple[str, ...] | list[str] = DEFAULT_PIPELINE):
        unknown = [n for n in names if n not in COMPONENTS]
        if unknown:
            raise ValueError(f"unknown component(s) {', '.join(unknown)}; known: {', '.join(COMPONENTS)}")
        for i, name in enumerate(names):
            missing = [r for r in COMPONENTS[name].requires if r not in names[:i]]
            if missing:
                raise ValueError(f"component {name!r} needs {', '.join(missing)} to run before it")
        self.components: list[Component] = [COMPONENTS[n] for n in names]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def load(self) -> None:
        """Read every component's models and data now: a missing model or a broken knowledge-base
        file is reported before the first article rather than once per article."""
        for c in self.components:
            if c.load:
                c.load()

    def __call__(self, doc: Document) -> Document:
        for c in self.components:
            if c.indonesian_only and doc.language not in (None, "id"):
                doc.warnings.append(f"skipped {c.name}: it reads Indonesian only")
                continue
            c.run(doc)
            doc.components.append(c.name)
        return doc


def analyze(
    article: str | bytes,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    *,
    source: str | None = None,
    html: bool | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Read one article (plain text or HTML, str or bytes) and run the pipeline over it."""
    doc = read(article, source=source, url=url, outlet=outlet, published=published, html=html)
    return (pipeline or default_pipeline())(doc)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
