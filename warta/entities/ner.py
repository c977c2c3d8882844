"""The `ner` component: a CRF over each sentence's tokens finds PER, ORG and LOC names; rules end a name
before a rank that opens a person's name, make a name headed by an institution's word an organisation, and
add people named by their initials."""
from __future__ import annotations

import re
from functools import cache

from ..data import load_json
from ..document import Document
from ..kb import load_kb
from ..reader.boilerplate import outside_furniture
from ..registry import component
from ..segment import sentence_tokens
from .corpora import spans
from .features import sentence_features
from .link import ranks
from .model import load_clusters, load_tagger

# initials introduced as a person's: with an age (`DS (20)`, `AN, ABG berusia 14 tahun`), or after `berinisial`
INITIALS_INTRODUCED = re.compile(r"\b([A-Z]{1,4}) \(\d{1,2}(?: tahun)?\)|\b(?:berinisial|inisial) ([A-Z]{1,4})\b"
                                 r"|\b([A-Z]{1,4}), [\w ]{0,40}?\b(?:berusia|berumur) \d{1,2} tahun")


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
    mentions = outside_furniture(doc.text, mentions)  # `(Baca: Polres Depok Buru Pelaku …)`: another story's
    doc.mentions = with_initials(doc, [as_institution(before_rank(doc, m, mentions)) for m in mentions])


@cache
def institution_heads() -> frozenset[str]:
    return frozenset(load_json("id/institutions.json")["heads"])


def as_institution(mention: dict) -> dict:
    """`Polres Ogan Komering Ulu`, `Densus 88`, `Pengadilan Negeri Jakarta Selatan`: an organisation."""
    head = mention["text"].split(" ", 1)[0].lower()
    return {**mention, "label": "ORG"} if head in institution_heads() else mention


def before_rank(doc: Document, mention: dict, mentions: list[dict]) -> dict:
    """An organisation's or place's name ends before a rank the tagger ran it on into when a person's name
    follows (`Polda Metro Jaya Kombes Argo Yuwono`, `Bareskrim Polri AKBP …`): the rank opens that name.
    Not `Direktorat Jenderal`, with no one after it."""
    words = mention["text"].split(" ")
    while mention["label"] != "PER" and len(words) > 1 and words[-1].lower().rstrip(".") in ranks():
        words.pop()
    end = mention["start"] + len(" ".join(words))
    if end == mention["end"]:
        return mention
    after = doc.text[mention["end"]:mention["end"] + 40].split()
    while after and after[0].lower().rstrip(".") in ranks():  # `Kombes Pol Argo`
        after.pop(0)
    person = after and any(m["label"] == "PER" and 0 < m["start"] - mention["end"] <= 40
                           and m["text"].startswith(after[0]) for m in mentions)
    return {**mention, "end": end, "text": doc.text[mention["start"]:end]} if person else mention


def with_initials(doc: Document, mentions: list[dict]) -> list[dict]:
    """People named by their initials, as crime news names suspects and victims (`DS (20)`, `pria berinisial
    CB`): the tagger takes them for acronyms or nothing. Initials the article introduces so are a person's
    wherever they recur in it."""
    initials = {m.group(1) or m.group(2) or m.group(3) for m in INITIALS_INTRODUCED.finditer(doc.text)}
    if not initials:
        return mentions
    def within_longer(t) -> bool:  # `Polres OKU`: part of another name
        return any(m["start"] <= t.start and t.end <= m["end"] and m["end"] - m["start"] > len(t.text)
                   for m in mentions)
    people = [{"start": t.start, "end": t.end, "text": t.text, "label": "PER", "entity": None}
              for t in doc.tokens if t.text in initials and not within_longer(t)]
    spans_of_people = {(p["start"], p["end"]) for p in people}
    kept = [m for m in mentions if (m["start"], m["end"]) not in spans_of_people]
    return sorted(kept + people, key=lambda m: m["start"])
