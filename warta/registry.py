"""Pipeline components by name, as spaCy registers its factories: each adds one layer to a Document."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .document import Document


@dataclass(frozen=True)
class Component:
    name: str
    run: Callable[[Document], None]
    requires: tuple[str, ...] = ()  # components that must have run before this one
    indonesian_only: bool = False  # skipped, with a warning, for an article in another language
    load: Callable[[], object] | None = None  # reads models and data once, before the first article


COMPONENTS: dict[str, Component] = {}


def component(name: str, requires: tuple[str, ...] = (), indonesian_only: bool = False,
              load: Callable[[], object] | None = None):
    """Register `func(doc)` as the component `name`."""
    def register(func: Callable[[Document], None]):
        COMPONENTS[name] = Component(name, func, requires, indonesian_only, load)
        return func
    return register
