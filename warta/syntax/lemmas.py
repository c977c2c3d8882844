"""Lemmas: the trained edit-tree lemmatizer, with Sastrawi's dictionary stemmer where the model has no rule.

The edit-tree model learns UD Indonesian's conventions (proper nouns keep their case, `mengerahkan` ->
`kerah`, `sebesar` stays) but only from ~2,000 training sentences. A lower-case open-class word that it
left unchanged, and that the treebanks never show unchanged, goes to Sastrawi, which knows Indonesian
derivation (meN-, di-, ber-, ter-, per-, ke-an, pe-an, -kan, -i, -nya, reduplication) and a root-word
dictionary. `warta eval syntax` scores the model alone, Sastrawi alone and this combination.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from .model import unchanged_forms

OPEN_CLASS = {"VERB", "NOUN", "ADJ", "ADV"}
_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


@cache
def _stemmer():
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # Sastrawi keeps its 30,000 root words in a list and scans it per lookup; a set makes stemming ~1000x faster.
    dictionary = ArrayDictionary()
    dictionary.words = frozenset(StemmerFactory().get_words())
    return Stemmer(dictionary)


@lru_cache(maxsize=200_000)  # bounded: a run over millions of articles meets millions of words
def stem(word: str, pos: str) -> str:
    """Sastrawi's stem of an open-class word; proper nouns, numbers and symbols stay as written."""
    if pos in ("PROPN", "NUM", "PUNCT", "SYM", "X") or not _WORD.match(word):
        return word
    if pos not in OPEN_CLASS:
        return word.lower()
    return _stemmer().stem(word) or word.lower()


def combine_lemma(word: str, pos: str, model_lemma: str) -> str:
    """The model's lemma, unless, for a lower-case open-class word, it left the word as it was and the
    treebanks never show that word as its own lemma, or it made a word no dictionary knows
    (`memperingatkan` → `pperingat`) where Sastrawi finds a root: then Sastrawi's."""
    if pos not in OPEN_CLASS or not word.islower():
        return model_lemma
    lowered = model_lemma.lower()
    if lowered == word.lower():
        return model_lemma if lowered in unchanged_forms() else stem(word, pos)
    if lowered not in root_words() and lowered not in unchanged_forms() and (root := stem(word, pos)) in root_words():
        return root
    return model_lemma


@cache
def root_words() -> frozenset[str]:
    return _stemmer().dictionary.words
