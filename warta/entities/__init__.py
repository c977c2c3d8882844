"""The entities layer: `ner` finds names, `link` ties them to knowledge-base entries and to each other."""
from . import link as _link  # noqa: F401  (registers `link`)
from . import ner as _ner  # noqa: F401  (registers `ner`)
