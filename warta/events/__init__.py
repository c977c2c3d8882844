"""The `events` component: who did what to whom — PLOVER event types from a lexicon of Indonesian
predicates over the syntax layer, with actors from the entities layer, modality from the words around
the trigger, attribution from the quotes layer, and time from the times layer."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from ..data import load_json
from ..document import Document, Token
from ..registry import component
from ..segment import sentence_tokens
from ..syntax.lemmas import stem

PRONOUNS = {"dia", "ia", "beliau", "mereka", "kami", "kita", "saya", "aku"}
SPEAKER_PRONOUNS = {"kami", "kita", "saya", "aku"}  # inside a quote: the speaker
TARGET_CASES = {"dengan", "ke", "kepada", "terhadap", "atas", "antara", "bagi", "untuk"}
PLACE_CASES = {"di", "ke"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict
    nouns: dict
    modality: dict[str, str]  # word → modality
    sectors: dict[str, str]
    actor_nouns: frozenset[str]  # heads that make an unnamed phrase an actor (`warga`, `petugas`)
    not_agents: frozenset[str]  # `pe-` words that are things, not doers (`penjara`)


@cache
def lexicon() -> Lexicon:
    d = load_json("id/event_lexicon.json")
    modality = {w: kind for kind, ws in d["modality"].items() for w in ws}
    sectors = {k: v for k, v in d["sectors"].items() if not k.startswith("_")}
    return Lexicon(d["verbs"], d["nouns"], modality, sectors, frozenset(d["actor_nouns"]["words"]),
                   frozenset(d["actor_nouns"]["not_agents"]))


def plover_type(name: str) -> str:
    """PLOVER's type for a name, POLECAT's REQUEST and ACCUSE included; unknown names come back upper-cased."""
    name = name.strip().upper()
    return load_json("id/event_lexicon.json")["type_aliases"].get(name, name)


@component("events", requires=("syntax", "link", "times", "quotes"), indonesian_only=True)
def events(doc: Document) -> None:
    doc.events = find_events(doc)


def find_events(doc: Document) -> list[dict]:
    from .arguments import build_event

    out = []
    starts = [s.start for s in doc.sentences]
    for first, tokens in sentence_tokens(doc):
        index = bisect_right(starts, tokens[0].start) - 1
        for i in range(first, first + len(tokens)):
            entry = trigger_entry(doc, i)
            if entry:
                event = build_event(doc, i, entry, index)
                if event:
                    out.append(event)
    return out


def trigger_entry(doc: Document, i: int) -> dict | None:
    token: Token = doc.tokens[i]
    lex = lexicon()
    if i > 0 and doc.tokens[i - 1].text.lower() == "juru":
        return None  # `juru bicara` is a spokesperson
    if any(m["start"] <= token.start < m["end"] for m in doc.mentions):
        return None  # a word of a name: `Komisi Pemberantasan Korupsi`, `Satuan Tugas Penyidikan`
    word = token.text.lower()
    key = next((k for k in ((token.lemma or "").lower(), word, stem(word, "VERB")) if k in lex.verbs), None)
    if token.pos in ("VERB", "ADJ") and key:  # the tagger's lemma, else the form, else Sastrawi's stem
        entry = lex.verbs[key]
        objects = {w for c in children(doc, i, ("obj", "obl", "nmod", "xcomp")) for w in forms(doc.tokens[c])}
        if objects & set(entry.get("concede_object", ())):
            return {"type": "CONCEDE", "mode": "apologize"}  # `meminta maaf`
        needed = entry.get("object")
        if needed is not None and not objects & set(needed):
            if not (entry.get("clause") and clause_subject(doc, i) is not None):
                return None
        return entry
    noun = word if word in lex.nouns else word.removesuffix("nya")  # `gugatannya`
    if token.pos in ("NOUN", "VERB", "PROPN", "ADJ", "X") and noun in lex.nouns:
        return lex.nouns[noun]
    return None


def forms(token: Token) -> set[str]:
    return {token.text.lower(), (token.lemma or "").lower()}


def clause_subject(doc: Document, i: int) -> int | None:
    """The subject of a complement clause: `ingin agar Kim menyetujui …` → Kim."""
    for c in children(doc, i, ("advcl", "ccomp", "xcomp")):
        subject = children(doc, c, ("nsubj",))
        if subject:
            return subject[0]
    return None


def children(doc: Document, i: int, deps: tuple[str, ...] | None = None) -> list[int]:
    sentence_tokens = range(max(0, i - 80), min(len(doc.tokens), i + 80))
    return [j for j in sentence_tokens if j != i and doc.tokens[j].head == i
            and (deps is None or (doc.tokens[j].dep or "").split(":")[0] in deps)]
