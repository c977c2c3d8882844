"""Indonesian-aware search terms: every word is indexed with its base form, so `senjata` finds `persenjataan`.

Article words take the lemma the syntax layer gave them in context; query words, which have no context,
take Sastrawi's dictionary stem. A query word matches its written form or its stem."""
from __future__ import annotations

import re

from ..syntax.lemmas import stem

_WORD = re.compile(r"\w+")
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
LEAD_ROLES = ("headline", "lead")


def _forms(text: str, lemma: str | None) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    base = [w.lower() for w in _WORD.findall(lemma or "")]
    return words + [b for b in base if b not in words]


def index_terms(doc: dict) -> tuple[str, str]:
    """(headline terms, body terms) as space-separated words and base forms."""
    headline_end = doc["paragraphs"][0]["end"] if doc.get("paragraphs") else 0
    heads, body = [], []
    if doc.get("tokens"):
        for token in doc["tokens"]:
            (heads if token["start"] < headline_end else body).extend(_forms(token["text"], token.get("lemma")))
    else:
        for match in _WORD.finditer(doc["text"]):
            forms = _forms(match[0], stem(match[0], "NOUN"))
            (heads if match.start() < headline_end else body).extend(forms)
    return " ".join(heads), " ".join(body)


def keywords(doc: dict) -> str:
    """Base forms of the content words of headline and lead: what the article is about, for story matching."""
    end = max((p["end"] for p in doc.get("paragraphs", []) if p["role"] in LEAD_ROLES), default=0)
    found = []
    for token in doc.get("tokens", []):
        if token["start"] < end and token["pos"] in CONTENT_POS and len(token["text"]) > 2:
            word = (token["lemma"] or token["text"]).lower()
            if word not in found:
                found.append(word)
    return " ".join(found)


def query_words(query: str) -> list[tuple[str, ...]]:
    """Each query word with its stem: [("persenjataan", "senjata"), ("kim",)]."""
    out = []
    for word in _WORD.findall(query.lower()):
        base = stem(word, "NOUN").lower()
        out.append((word,) if base == word else (word, base))
    return out
