"""An Indonesian news tokenizer: spaCy's Indonesian language data, adjusted for news text.

spaCy splits every hyphen between letters or digits; Indonesian news needs `Jong-un`, `ke-70`, `10-13`,
`baru-baru`, `negara-negara` whole, and day/month notes such as `6/9` and `05/09/2023` whole.
"""
from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.lang.id.punctuation import TOKENIZER_INFIXES
from spacy.symbols import ORTH

from ..data import load_json

# Words an infix rule must leave whole; a spaCy rule that splits any of them is dropped.
_KEEP_WHOLE = ("Jong-un", "ke-70", "10-13", "baru-baru", "COVID-19", "6/9", "05/09/2023", "H-1")
# Dashes still split words: en/em dash and a double hyphen, and arithmetic signs between digits.
_EXTRA_INFIXES = [r"(?<=[\w])(?:--+|–|—)(?=[\w])", r"(?<=[0-9])[+*^](?=[0-9])"]


def _news_infixes() -> list[str]:
    return [
        rule for rule in TOKENIZER_INFIXES
        if not any(re.search(rule, word) for word in _KEEP_WHOLE)
    ] + _EXTRA_INFIXES


@cache
def news_tokenizer():
    """A blank Indonesian spaCy pipeline whose tokenizer keeps news words whole."""
    nlp = spacy.blank("id")
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(_news_infixes()).finditer
    abbreviations = load_json("id/abbreviations.json")
    for abbr in abbreviations["titles"] + abbreviations["others"]:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return nlp
