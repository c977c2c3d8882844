"""The `ner` component: a CRF over each sentence's tokens finds PER, ORG and LOC names."""
from __future__ import annotations

from ..document import Document
from ..kb import load_kb
from ..registry import component
from ..segment import sentence_tokens
from .corpora import spans
from .features import sentence_features
from .model import load_clusters, load_tagger


def tag_words(words: list[str]) -> list[str]:
    """IOB2 tags for one sentence of words."""
    features = sentence_features(words, load_clusters(), load_kb().gazetteer_tags(words))
    return load_tagger().tag(features)


def load() -> None:
    load_tagger()
    load_clusters()
    load_kb()


@component("ner", requires=("tokens", "sentences"), indonesian_only=True, load=load)
def ner(doc: Document) -> None:
    mentions = []
    for _, tokens in sentence_tokens(doc):
        for s, e, label in sorted(spans(tag_words([tok.text for tok in tokens]))):
            start, end = tokens[s].start, tokens[e - 1].end
            mentions.append({"start": start, "end": end, "text": doc.text[start:end], "label": label, "entity": None})
    doc.mentions = mentions
