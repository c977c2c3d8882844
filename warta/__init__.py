"""warta: Indonesian online news to structured, checkable knowledge."""
from .document import SCHEMA_VERSION, Document
from .errors import InputError
from .pipeline import Pipeline, analyze

__version__ = "0.1.0"
__all__ = ["Document", "InputError", "Pipeline", "SCHEMA_VERSION", "analyze", "__version__"]
