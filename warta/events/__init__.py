"""The `events` component: who did what to whom — PLOVER event types from a lexicon of Indonesian
predicates over the syntax layer, with actors from the entities layer, modality from the words around
the trigger, attribution from the quotes layer, and time from the times layer."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from weakref import ref

from ..data import load_json
from ..document import Document, Token
from ..reader.boilerplate import in_furniture, inline_furniture
from ..registry import component
from ..segment import sentence_tokens
from ..syntax.lemmas import stem

PRONOUNS = {"dia", "ia", "beliau", "mereka", "kami", "kita", "saya", "aku"}
SPEAKER_PRONOUNS = {"kami", "kita", "saya", "aku"}  # inside a quote: the speaker
TARGET_CASES = {"dengan", "bersama", "ke", "kepada", "terhadap", "atas", "antara", "bagi", "untuk"}
PLACE_CASES = {"di", "ke"}
ANAPHORIC = {"itu", "tersebut", "ini"}  # `pertemuan tersebut`: the meeting already told
INHERIT_SENTENCES = 3  # how far back an event noun with no actor looks for an event of its type
VERB_PREFIXES = ("me", "di")  # meN-, di-: only verbs carry them


@dataclass(frozen=True)
class Lexicon:
    verbs: dict
    nouns: dict
    modality: dict[str, str]  # word → modality
    sectors: dict[str, str]
    actor_nouns: frozenset[str]  # heads that make an unnamed phrase an actor (`warga`, `petugas`)
    not_agents: frozenset[str]  # `pe-` words that are things, not doers (`penjara`)
    mode_words: dict[str, dict[str, str]]  # type → word after the trigger → PLOVER mode (`kerja sama militer`)
    receiving_verbs: frozenset[str]  # `mencari bantuan`: the subject gets the aid
    support_verbs: frozenset[str]  # `tidak melakukan penahanan`: the light verb's negation is the noun's
    no_nearby_target: frozenset[str]  # types whose target is never just the name nearby (`korupsi`, `mundur`)
    occurrence_verbs: frozenset[str]  # `Pertempuran bakal pecah`: the verb's modality is its subject noun's
    investigators: frozenset[str]  # `penyidik`, `petugas`: officers of the investigating body the article names
    investigating_bodies: frozenset[str]  # knowledge-base ids of bodies that investigate (`org:kpk`)


@cache
def lexicon() -> Lexicon:
    d = load_json("id/event_lexicon.json")
    modality = {w: kind for kind, ws in d["modality"].items() for w in ws}
    sectors = {k: v for k, v in d["sectors"].items() if not k.startswith("_")}
    mode_words = {k: v for k, v in d["mode_words"].items() if not k.startswith("_")}
    return Lexicon(d["verbs"], d["nouns"], modality, sectors, frozenset(d["actor_nouns"]["words"]),
                   frozenset(d["actor_nouns"]["not_agents"]), mode_words, frozenset(d["receiving_verbs"]["words"]),
                   frozenset(d["support_verbs"]["words"]), frozenset(d["no_nearby_target"]["types"]),
                   frozenset(d["occurrence_verbs"]["words"]),
                   frozenset(d["investigators"]["words"]),
                   frozenset(d["investigators"]["bodies"]))


def plover_type(name: str) -> str:
    """PLOVER's type for a name, POLECAT's REQUEST and ACCUSE included; unknown names come back upper-cased."""
    name = name.strip().upper()
    return load_json("id/event_lexicon.json")["type_aliases"].get(name, name)


@component("events", requires=("syntax", "link", "times", "quotes"), indonesian_only=True)
def events(doc: Document) -> None:
    doc.events = find_events(doc)


def find_events(doc: Document, weights: dict[str, float] | None = None) -> list[dict]:
    """The rules' events, their actors then weighed by the actor model (`weights={}`: the rules' alone)."""
    from .actors import rank_actors

    return rank_actors(doc, *rule_events(doc), weights=weights)


def rule_events(doc: Document) -> tuple[list[dict], list[bool]]:
    """Events as the lexicon and the parse find them, and which of them a noun tells."""
    from .arguments import build_event

    out, nominal = [], []
    starts = [s.start for s in doc.sentences]
    furniture = inline_furniture(doc.text)  # `[Baca juga: …]`: another story's title
    for first, tokens in sentence_tokens(doc):
        index = bisect_right(starts, tokens[0].start) - 1
        headline = doc.paragraphs[doc.sentences[index].paragraph].role == "headline"
        for i in range(first, first + len(tokens)):
            if in_furniture(furniture, doc.tokens[i].start) \
                    or not headline and in_title(doc, i, first):
                continue
            entry = trigger_entry(doc, i)
            if entry is None and headline and first < i < first + len(tokens) - 1:
                entry = headline_verb(doc.tokens[i])
            if entry:
                event = build_event(doc, i, entry, index)
                if event:
                    out.append(event)
                    nominal.append(is_nominal(doc.tokens[i], entry))
    events = inherit_actors(doc, out, nominal)
    kept = [k for k, e in enumerate(events) if not (e.pop("needs_target", False) and e["target"] is None)]
    return [events[k] for k in kept], [nominal[k] for k in kept]


def in_title(doc: Document, i: int, first: int) -> bool:
    """A capitalised word between capitalised words mid-sentence is part of a title the tagger did not take
    for a name: a law (`Undang-Undang Pemberantasan Tindak Pidana Korupsi`), a court, a named meeting
    (`Rapat Pimpinan TNI`)."""
    def capitalised(j: int) -> bool:
        return first < j < len(doc.tokens) and doc.tokens[j].text[:1].isupper() and doc.tokens[j].text.isalpha()
    return capitalised(i) and (capitalised(i - 1) or capitalised(i + 1))


def inherit_actors(doc: Document, events: list[dict], nominal: list[bool]) -> list[dict]:
    """A noun that names an event already told (`pertemuan tersebut`, a second `gugatan`) takes the actors it
    lacks from the last event of its type when it points back with itu/tersebut/ini; one with no actor at all
    takes both from the last event of its type in the last few sentences (`gugatannya … Gugatan tetap
    dilayangkan`). `Keduanya` is the two actors of the last event between two. Only then does an event still
    without a target take the name nearby that the sentence offered (`nearby`, see arguments.other_named)."""
    for k, event in enumerate(events):
        if event.pop("pair", False):  # `keduanya membahas …`: the two of the last event between two
            earlier = next((e for e in reversed(events[:k]) if e["source"] and e["target"]), None)
            if earlier:
                event["source"], event["target"] = earlier["source"], earlier["target"]
            continue
        if event.get("needs_target") and event["target"] is None:  # `Perjalanan … oleh Kim`: the last trip's
            earlier = next((e for e in reversed(events[:k]) if e["type"] == event["type"] and e["target"]
                            and event["sentence"] - e["sentence"] <= INHERIT_SENTENCES), None)
            if earlier and not same_actor(earlier["target"], event["source"]):
                event["target"] = earlier["target"]
            continue
        if not nominal[k] or (event["source"] and event["target"]):
            continue
        after = doc.text[event["trigger"]["end"]:event["trigger"]["end"] + 12].split()[:1]
        anaphoric = bool(after) and after[0].strip(".,") in ANAPHORIC
        earlier = next((e for e in reversed(events[:k]) if e["type"] == event["type"] and (e["source"] or e["target"])
                        and (anaphoric or event["sentence"] - e["sentence"] <= INHERIT_SENTENCES
                             and not (event["source"] or event["target"]))), None)
        if earlier is None:
            continue
        for role, other in (("source", "target"), ("target", "source")):
            if event[role] is None and not same_actor(earlier[role], event[other]):
                event[role] = earlier[role]
    for event in events:
        nearby, agent = event.pop("nearby", None), event.pop("agent", None)
        if event["target"] is None and not same_actor(nearby, event["source"]):
            event["target"] = nearby
        if event["source"] is None:
            event["source"] = agent
    return events


def same_actor(a: dict | None, b: dict | None) -> bool:
    return bool(a and b) and (a["text"] == b["text"] or (a["entity"] is not None and a["entity"] == b["entity"]))


def trigger_entry(doc: Document, i: int) -> dict | None:
    token: Token = doc.tokens[i]
    entry = two_word_entry(doc, i) or candidate_entry(token)
    if entry is None or i > 0 and doc.tokens[i - 1].text.lower() == "juru":
        return None  # `juru bicara` is a spokesperson
    before = doc.tokens[i - 1].text.lower() if i > 0 else ""
    after = doc.tokens[i + 1].text.lower() if i + 1 < len(doc.tokens) else ""
    if token.text.lower() in entry.get("not_forms", ()) or before in entry.get("not_after", ()) \
            or after in entry.get("not_before", ()):
        return None  # `menemukan` (to find) is no meeting, `hitung mundur` no retreat
    if any(m["start"] <= token.start < m["end"] for m in doc.mentions):
        return None  # a word of a name: `Komisi Pemberantasan Korupsi`, `Satuan Tugas Penyidikan`
    if token.pos in ("VERB", "ADJ") or entry.get("verbal"):
        objects = {w for c in children(doc, i, ("obj", "obl", "nmod", "xcomp")) for w in forms(doc.tokens[c])}
        if objects & set(entry.get("concede_object", ())):
            return {"type": "CONCEDE", "mode": "apologize"}  # `meminta maaf`
        needed = entry.get("object")
        if needed is not None and not objects & set(needed):
            if not (entry.get("clause") and (clause_subject(doc, i) is not None or controls(doc, i))):
                return None
    return entry


def two_word_entry(doc: Document, i: int) -> dict | None:
    """`unjuk rasa`, `bekerja sama`: the word or its lemma with the next word."""
    if i + 1 >= len(doc.tokens):
        return None
    token, lex = doc.tokens[i], lexicon()
    after = doc.tokens[i + 1].text.lower()
    for word in {token.text.lower(), (token.lemma or "").lower()}:
        key = f"{word} {after}"
        if key in lex.nouns or key in lex.verbs:
            return lex.nouns.get(key) or lex.verbs[key]
    return None


def candidate_entry(token: Token) -> dict | None:
    """The lexicon entry a token's words point to, before any check of its context."""
    lex = lexicon()
    word = token.text.lower()
    if token.pos in ("VERB", "ADJ"):  # the tagger's lemma, else the form, else Sastrawi's stem
        key = next((k for k in ((token.lemma or "").lower(), word, stem(word, "VERB")) if k in lex.verbs), None)
        if key:
            return lex.verbs[key]
    elif root := verb_root(token):
        return {**lex.verbs[root], "verbal": True}
    noun = word if word in lex.nouns else word.removesuffix("nya")  # `gugatannya`
    half, _, other = noun.partition("-")
    noun = half if half == other else noun  # `serangan-serangan`: plural by reduplication
    if token.pos in ("NOUN", "VERB", "PROPN", "ADJ", "X", "ADV", "ADP") and noun in lex.nouns:
        return lex.nouns[noun]
    return None


def verb_root(token: Token) -> str | None:
    """The lexicon verb a word tagged as a noun or adjective still is by its meN-/di- prefix (`membakar`,
    `dihajar`, `diseret`)."""
    word = token.text.lower()
    if token.pos not in ("NOUN", "ADJ") or not word.startswith(VERB_PREFIXES):
        return None
    root = stem(word, "VERB")
    return root if root != word and root in lexicon().verbs else None


def headline_verb(token: Token) -> dict | None:
    """Headlines drop the verb's prefix (`Polisi Tangkap Pencuri`, `Jokowi Kunjungi Malaysia`) and the
    tagger, trained on full sentences, reads the bare verb as a noun. Its actors are the words either side."""
    word, verbs = token.text.lower(), lexicon().verbs
    if token.pos != "NOUN" or word in lexicon().nouns:
        return None
    key = next((k for k in (word, word.removesuffix("kan"), word.removesuffix("i")) if k in verbs), None)
    if key is None or verbs[key].get("object"):  # `tukar` alone is no exchange of letters
        return None
    return {**verbs[key], "headline_verb": True, "verbal": True}


def is_nominal(token: Token, entry: dict) -> bool:
    """A noun event (`kunjungan`), not a verb the tagger took for a noun (`membakar`, a headline's `Tangkap`)."""
    return token.pos in ("NOUN", "PROPN") and not entry.get("verbal")


def forms(token: Token) -> set[str]:
    return {token.text.lower(), (token.lemma or "").lower()}


def clause_subject(doc: Document, i: int) -> int | None:
    """The subject of a complement clause: `ingin agar Kim menyetujui …` → Kim."""
    for c in children(doc, i, ("advcl", "ccomp", "xcomp")):
        subject = children(doc, c, ("nsubj",))
        if subject:
            return subject[0]
    return None


def controls(doc: Document, i: int) -> bool:
    """An object and a clause after it that the object does (`mendorong China dan Filipina untuk mematuhi`)."""
    objects = children(doc, i, ("obj",))
    return bool(objects) and any(c > objects[0] for c in children(doc, i, ("xcomp", "advcl", "ccomp")))


def children(doc: Document, i: int, deps: tuple[str, ...] | None = None) -> list[int]:
    return [j for j in dependents(doc).get(i, ()) if deps is None or (doc.tokens[j].dep or "").split(":")[0] in deps]


_last_indexed: list = [None, {}]  # (a weak reference to the document, its index): documents come one at a time


def dependents(doc: Document) -> dict[int, list[int]]:
    """Each word's dependents, in order, indexed once per document (the rules ask thousands of times)."""
    if _last_indexed[0] is None or _last_indexed[0]() is not doc:
        index: dict[int, list[int]] = {}
        for j, token in enumerate(doc.tokens):
            if token.head is not None and token.head != j:
                index.setdefault(token.head, []).append(j)
        _last_indexed[:] = [ref(doc), index]
    return _last_indexed[1]
