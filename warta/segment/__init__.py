"""The segmentation layer: `tokens` and `sentences` components over the canonical text."""
from __future__ import annotations

from bisect import bisect_left

from ..document import Document, Token
from ..registry import component
from .sentences import split_sentences
from .tokenizer import news_tokenizer


def tokenize(text: str) -> list[Token]:
    return [Token(t.idx, t.idx + len(t), t.text) for t in news_tokenizer().make_doc(text) if not t.is_space]


def sentence_tokens(doc: Document) -> list[tuple[int, list[Token]]]:
    """(index in doc.tokens of the first token, tokens) for each sentence that has tokens."""
    starts = [t.start for t in doc.tokens]
    out = []
    for s in doc.sentences:
        first, last = bisect_left(starts, s.start), bisect_left(starts, s.end)
        if last > first:
            out.append((first, doc.tokens[first:last]))
    return out


@component("tokens")
def tokens(doc: Document) -> None:
    doc.tokens = tokenize(doc.text)


@component("sentences", requires=("tokens",))
def sentences(doc: Document) -> None:
    doc.sentences = split_sentences(doc.text, doc.paragraphs, doc.tokens)
