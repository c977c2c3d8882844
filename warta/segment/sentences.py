"""Sentence boundaries for Indonesian news, by rule, over tokens, never across a paragraph.

A sentence ends at `.`, `!`, `?` or `...` (with any closing quotes and brackets after it) when the
next word starts a sentence: a capital, a digit or an opening quote. Hence `DPR. untuk` goes on,
`Dr. Budi`, `Jl. Sudirman`, `John F. Kirby` go on (titles and initials), and `dll. Presiden` ends.
A sentence may end inside a quotation; the quote layer reads character offsets, not sentences.
"""
from __future__ import annotations

import re

from ..data import load_json
from ..document import Sentence, Token

TERMINALS = re.compile(r"^(?:[.!?]+|\.\.+|…)$")
CLOSERS = {"”", "’", ")", "]", "»"}
OPENERS = {"“", "‘", "«", '"', "'"}  # not `(`: `PT HM Sampoerna Tbk. (HMSP)` goes on
_ABBR = load_json("id/abbreviations.json")
MAY_END = set(_ABBR["others"])


def _starts_sentence(token: str) -> bool:
    first = token[0]
    return first.isupper() or first.isdigit() or token in OPENERS


def _ends_here(token: str) -> bool:
    # `dll.` ends a sentence when a capital follows; titles (`Dr.`) and initials (`F.`) never do
    return bool(TERMINALS.match(token)) or token in MAY_END


def _absorb_closers(tokens: list[Token], i: int, open_straight: bool) -> int:
    """Index of the last token that still belongs to the sentence ending at token i."""
    while i + 1 < len(tokens):
        nxt = tokens[i + 1].text
        if nxt in CLOSERS or (nxt == '"' and open_straight):
            open_straight = open_straight and nxt != '"'
            i += 1
        else:
            break
    return i


def split_paragraph(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token indexes of each sentence in one paragraph's tokens."""
    sentences, first, straight_quotes = [], 0, 0
    for i, tok in enumerate(tokens):
        if tok.text == '"':
            straight_quotes += 1
        if i < first or not _ends_here(tok.text):
            continue
        last = _absorb_closers(tokens, i, straight_quotes % 2 == 1)
        if last + 1 >= len(tokens):
            break
        if _starts_sentence(tokens[last + 1].text):
            sentences.append((first, last))
            first = last + 1
    if first < len(tokens):
        sentences.append((first, len(tokens) - 1))
    return sentences


def split_sentences(text: str, paragraphs, tokens: list[Token]) -> list[Sentence]:
    out, t = [], 0
    for p_index, para in enumerate(paragraphs):
        para_tokens = []
        while t < len(tokens) and tokens[t].start < para.end:
            if tokens[t].start >= para.start:
                para_tokens.append(tokens[t])
            t += 1
        for first, last in split_paragraph(para_tokens):
            start, end = para_tokens[first].start, para_tokens[last].end
            out.append(Sentence(start, end, text[start:end], p_index))
    return out
