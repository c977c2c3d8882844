"""The syntax layer: UPOS, features, lemma, head and relation for every token; noun chunks on request."""
from __future__ import annotations

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc as SpacyDoc

from ..document import Document, Span, Token
from ..registry import component
from ..segment import sentence_tokens
from .lemmas import combine_lemma
from .model import load_model


def _words(doc: Document, tokens: list[Token]) -> tuple[list[str], list[bool]]:
    spaces = [doc.text[t.end : t.end + 1].isspace() for t in tokens]
    return [t.text for t in tokens], spaces


@component("syntax", requires=("tokens", "sentences"), indonesian_only=True, load=load_model)
def syntax(doc: Document) -> None:
    nlp = load_model()
    sentences = sentence_tokens(doc)
    parsed = nlp.pipe((SpacyDoc(nlp.vocab, *_words(doc, toks)) for _, toks in sentences), batch_size=64)
    strings = nlp.vocab.strings
    for (offset, tokens), sdoc in zip(sentences, parsed, strict=True):
        # Whole columns at once: reading spaCy Token objects one by one costs as much as the tagger.
        table = sdoc.to_array([POS, LEMMA, DEP, MORPH]).tolist()
        heads = sdoc.to_array(HEAD).view("int64").tolist()  # relative offsets, stored unsigned
        for i, (token, (pos, lemma, dep, morph), head) in enumerate(zip(tokens, table, heads, strict=True)):
            token.pos = POS_NAMES[pos]
            token.morph = "" if (morph := strings[morph]) == "_" else morph
            token.lemma = combine_lemma(token.text, token.pos, strings[lemma])
            token.head = offset + i + head
            token.dep = "root" if (dep := strings[dep]) == "ROOT" else dep


def noun_chunks(doc: Document) -> list[Span]:
    """Base noun phrases (spaCy's Indonesian syntax iterator) over a parsed document."""
    nlp = load_model()
    chunks = []
    for offset, tokens in sentence_tokens(doc):
        if any(t.head is None for t in tokens):
            raise ValueError("noun_chunks needs the syntax layer: run the `syntax` component first")
        words, spaces = _words(doc, tokens)
        sdoc = SpacyDoc(nlp.vocab, words=words, spaces=spaces, pos=[t.pos for t in tokens],
                        heads=[t.head - offset for t in tokens],
                        deps=["ROOT" if t.dep == "root" else t.dep for t in tokens])
        for chunk in sdoc.noun_chunks:
            start, end = tokens[chunk.start].start, tokens[chunk.end - 1].end
            chunks.append(doc.span(start, end))
    return chunks
