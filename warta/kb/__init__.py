"""The knowledge base of people, organisations, places and events that mentions link to."""
from .store import KnowledgeBase, load_kb, normalize

__all__ = ["KnowledgeBase", "load_kb", "normalize"]
