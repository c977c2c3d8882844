"""Who fills an event's source and target, across sentences: the rules' pick weighed against the other
actors the sentence and the article offer (the names in the sentence, those named earlier, the actors of
the events just told, nobody), by a log-linear model trained on warta's own annotation (`warta train
events`). Indonesian news leaves out who acts when the story already said it (`Tersangka ditangkap di
rumahnya`); a sentence's parse cannot tell whom, the article's names can."""
from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from ..document import Document
from ..kb import load_kb
from ..quotes import cue_word
from ..quotes import words as quote_words
from . import candidate_entry, forms, lexicon, same_actor, two_word_entry
from .arguments import actor, case_of, entity_actor, entity_of, is_place_phrase, mention_at

MODEL_FILE = Path(__file__).resolve().parent.parent / "models" / "events" / "actors.json"
ROLES = ("source", "target")
LABELS = ("PER", "ORG", "NORP", "GPE")  # who can act; places only as states (`Rusia menyerang`)
RECENT_EVENTS = 3  # the actors of the last few events are candidates
NAME_DEPS = {"flat", "compound", "appos"}  # a name hung on its title: the title's place is the name's
GOVERNMENT = {"pemerintah", "pemerintahan"}
RESOLVED_SECTORS = {"COP", "JUD", "MIL", "GOV"}  # institutions an article names once, then calls by their kind


@dataclass
class Candidate:
    actor: dict | None
    features: list[str]


@dataclass
class Article:
    """What every candidate's features read: where each name is, how often the article names it."""
    doc: Document
    starts: list[int]  # sentence starts
    token_starts: list[int]
    counts: Counter  # entity → mentions
    headline: set[str]  # entities named in the headline
    top: str | None  # the entity named most often
    named: list[tuple[dict, dict]]  # (mention, its actor) of each person, organisation or state not in `di X`
    unnamed: dict[int, list[int]] = field(default_factory=dict)  # sentence → unnamed_heads, once each

    @cached_property
    def states(self) -> dict[str, dict]:
        """The article's entities that are states (the knowledge base's kind `country`), by id."""
        kb = load_kb().entries
        return {e["id"]: e for e in self.doc.entities if (kb.get(e["kb"]) or {}).get("kind") == "country"}

    @cached_property
    def country(self) -> dict | None:
        """The state the article names most often, at least twice."""
        n, top = max(((self.counts[i], i) for i in self.states), default=(0, None))
        return self.states[top] if n >= 2 else None

    @classmethod
    def of(cls, doc: Document) -> Article:
        starts = [s.start for s in doc.sentences]
        counts = Counter(m["entity"] for m in doc.mentions if m["entity"] and m["label"] in LABELS)
        heads = {k for k, s in enumerate(doc.sentences) if doc.paragraphs[s.paragraph].role == "headline"}
        headline = {m["entity"] for m in doc.mentions if m["entity"] and bisect_right(starts, m["start"]) - 1 in heads}
        named = [(m, entity_actor(doc, m)) for m in doc.mentions  # not `di Bandung`: where, not who
                 if m["entity"] and m["label"] in LABELS and not is_place_phrase(doc, m)]
        return cls(doc, starts, [t.start for t in doc.tokens], counts, headline,
                   counts.most_common(1)[0][0] if counts else None, named)

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def token_at(self, offset: int) -> int:
        return bisect_right(self.token_starts, offset) - 1


def candidates(article: Article, events: list[dict], k: int) -> dict[str, list[Candidate]]:
    """For each role: nobody, the rules' pick (`rule`) and the other role's (`other_rule`), the actors of the
    last events, and every person, organisation or state the article has named by the end of the event's
    sentence, and unnamed actors (`warga`) of the sentence and the two before; less those ruled out."""
    doc, event = article.doc, events[k]
    sentence = doc.sentences[event["sentence"]]
    trigger = event["trigger"]["start"]
    found: dict[str, Candidate] = {}

    def add(actor: dict, features: list[str]) -> None:
        key = actor["entity"] or actor.get("kb") or actor["text"].lower()
        if key in found:
            found[key].features.extend(f for f in features if f not in found[key].features)
        else:
            found[key] = Candidate(actor, [*features, *shape(article, actor)])

    for role in ROLES:
        if event[role]:
            add(event[role], [f"@{role}"])
    for back, earlier in enumerate(reversed(events[max(0, k - RECENT_EVENTS):k])):
        for r in ROLES:
            if earlier[r]:
                add(earlier[r], [f"recent_{r}", *(["last_" + r] if back == 0 else []),
                                 *(["recent_same_type"] if earlier["type"] == event["type"] else [])])
    last: dict[str, tuple[dict, dict]] = {}
    for m, named in article.named:
        if m["start"] < sentence.end or m["entity"] not in last:
            last[m["entity"]] = (m, named)
    for m, named in last.values():
        add(dict(named), mention_features(article, m, event, trigger))
    at = article.token_at(trigger)
    modes = lexicon().mode_words.get(event["type"], {})  # `kerja sama di bidang militer`: how, not who
    for j in unnamed_heads(article, event["sentence"]):
        if at < j <= at + 4 and doc.tokens[j].text.lower() in modes:
            continue
        unnamed = actor(doc, j, at)
        if unnamed and unnamed.pop("someone", True) and unnamed["entity"] is None:
            add(unnamed, ["unnamed_phrase", *position_features(article, j, event, trigger)])
    out = {}
    for role in ROLES:
        mark = {f"@{role}": "rule", f"@{'target' if role == 'source' else 'source'}": "other_rule"}
        excluded = event.get("ruled_out", {}).get(role, ())  # `untuk warga miskin` is not who is asked
        nobody = ["none", f"none_{event['type']}", *(["none_rule"] if event[role] is None else [])]
        out[role] = [Candidate(None, nobody)]
        out[role] += [Candidate(c.actor, [mark.get(f, f) for f in c.features]) for c in found.values()
                      if not any(kin(c.actor, x) for x in excluded)]
    return out


def shape(article: Article, actor: dict) -> list[str]:
    """What kind of actor: named or not, its sector and label, how central to the article."""
    entity = actor.get("entity")
    features = [f"sector_{actor.get('sector')}"]
    if entity is None:
        return [*features, "unnamed" if not actor.get("kb") else "office", "word_" + head_word(actor)]
    n = article.counts.get(entity, 0)
    label = (entity_of(article.doc, entity) or {}).get("label", "")
    features += [f"label_{label}", "count_" + ("1" if n < 2 else "2-3" if n < 4 else "4-7" if n < 8 else "8+")]
    if entity == article.top:
        features.append("most_named")
    if entity in article.headline:
        features.append("in_headline")
    return features


def unnamed_heads(article: Article, sentence: int) -> list[int]:
    """Words heading an unnamed actor phrase (`warga`, `pengadilan`, `para pelaku`) in the event's sentence
    and the two before it; not a word that says how an event went (`kerja sama militer`)."""
    window = range(max(0, sentence - 2), sentence + 1)
    for k in window:
        if k not in article.unnamed:
            s, tokens = article.doc.sentences[k], article.doc.tokens
            article.unnamed[k] = [
                j for j in range(article.token_at(s.start), article.token_at(s.end - 1) + 1)
                if tokens[j].pos == "NOUN" and forms(tokens[j]) & lexicon().actor_nouns
                and (tokens[j].dep or "") not in ("compound", "flat")
                and mention_at(article.doc, tokens[j].start) is None
                and not (tokens[j].head < j and event_word(article.doc, tokens[j].head))]
    return [j for k in window for j in article.unnamed[k]]


def event_word(doc: Document, i: int) -> bool:
    return bool(two_word_entry(doc, i) or candidate_entry(doc.tokens[i]))


def mention_features(article: Article, m: dict, event: dict, trigger: int) -> list[str]:
    """Where the name's last mention by the event's sentence stands from the trigger (see position_features);
    `later` for a name the article gives only after it."""
    if article.sentence_of(m["start"]) > event["sentence"]:
        return ["later"]
    features = []
    if any(q["speaker"] and q["speaker"]["start"] <= m["start"] < q["speaker"]["end"] for q in article.doc.quotes):
        features.append("speaker")
    token = head_token(article, m)
    if token is not None and reporter(article.doc, token):
        features.append("reporter")
    return features + position_features(article, token if token is not None else article.token_at(m["start"]),
                                         event, trigger)


def position_features(article: Article, token: int, event: dict, trigger: int) -> list[str]:
    """The same sentence (before or after, how far, how the parse links it to the trigger), or how many
    sentences back."""
    doc = article.doc
    back = event["sentence"] - article.sentence_of(doc.tokens[token].start)
    if back > 0:
        return ["earlier_" + ("1" if back == 1 else "2-3" if back < 4 else "4+")]
    trigger_token = article.token_at(trigger)
    distance = abs(token - trigger_token)
    features = ["same_sentence", "before" if token < trigger_token else "after",
                "near_" + ("3" if distance <= 3 else "8" if distance <= 8 else "20" if distance <= 20 else "far")]
    dep = (doc.tokens[token].dep or "").split(":")[0]
    features.append(f"role_{dep}")
    if doc.tokens[token].head == trigger_token:
        features += [f"dep_{dep}", f"case_{case_of(doc, token)}"]
    elif doc.tokens[token].head == doc.tokens[trigger_token].head:
        features.append(f"sibling_{dep}")
    return features


def reporter(doc: Document, j: int) -> bool:
    """Who tells rather than takes part: the subject of a reporting verb (`Argo menceritakan, …`,
    `Idham menilai …`), or the name after `kata`, `menurut`."""
    token = doc.tokens[j]
    if (token.dep or "").startswith("nsubj") and token.head is not None and cue_word(doc.tokens[token.head].text):
        return True
    k = j
    while k > 0 and (doc.tokens[k - 1].dep or "").split(":")[0] in NAME_DEPS | {"nmod"} and doc.tokens[k - 1].head == j:
        k -= 1  # back over the title: `kata Kapolda Metro Jaya Idham Azis`
    before = doc.tokens[k - 1].text.lower() if k > 0 else ""
    return before in quote_words().after or before in quote_words().according_to


def head_token(article: Article, m: dict) -> int | None:
    """The word heading the mention's phrase: the mention's word the parse hangs outside it, or the title
    or role that word names (`Jenderal Tito Karnavian`, `Presiden Joko Widodo`)."""
    tokens = article.doc.tokens
    inside = range(article.token_at(m["start"]), article.token_at(m["end"] - 1) + 1)
    j = next((j for j in inside if tokens[j].head not in inside), None)
    for _ in range(3):
        if j is None or (tokens[j].dep or "").split(":")[0] not in NAME_DEPS or tokens[j].head in (None, j):
            break
        j = tokens[j].head
    return j


def featurize(candidate: Candidate, event: dict, role: str, nominal: bool) -> list[str]:
    """Each feature alone, with the event's type, and with whether the trigger is a verb or a noun."""
    kind = "noun" if nominal else "verb"
    return [f"{role}:{f}" for base in candidate.features for f in (base, f"{base}&{event['type']}", f"{base}&{kind}")]


@cache
def load_weights(path: Path = MODEL_FILE) -> dict[str, float] | None:
    return json.loads(path.read_text(encoding="utf-8"))["weights"] if path.exists() else None


def rank_actors(doc: Document, events: list[dict], nominal: list[bool],
                weights: dict[str, float] | None = None) -> list[dict]:
    """Each event's source and target: the best-scoring pair of candidates that are not the same actor.
    Without a model (or with `weights={}`) the rules' picks stay. Then unnamed institutions are linked."""
    weights = weights if weights is not None else load_weights()
    article = Article.of(doc) if events else None
    if weights and events:
        chosen = [choose(article, events, k, nominal[k], weights) for k in range(len(events))]
        for event, (source, target) in zip(events, chosen, strict=True):  # only now: each choice read the rules' picks
            event["source"], event["target"] = source, target
        retold(events, nominal)
    for event in events:
        for role, other in (("source", "target"), ("target", "source")):
            event[role] = named_institution(article, event[role], event[other], event["trigger"]["end"])
        event.pop("settled", None)
        event.pop("ruled_out", None)
    return events


def choose(article: Article, events: list[dict], k: int, nominal: bool, weights: dict[str, float]) -> tuple:
    event, scored = events[k], {}
    for role, options in candidates(article, events, k).items():
        scores = [(sum(weights.get(f, 0.0) for f in featurize(c, event, role, nominal)), c.actor) for c in options]
        if role in event.get("settled", ()):  # the parse decides it (`dilarang oleh PBB`), or its kind (`Polisi`)
            scores = [o for o in scores if o[1] == event[role] or resolves(event[role], o[1])]
        scored[role] = sorted(scores, key=lambda o: -o[0])[:5]
    pairs = [(s + t, a, b) for s, a in scored["source"] for t, b in scored["target"]
             if not same_actor(a, b) and not own_state(article, a, b) and not own_state(article, b, a)]
    return max(pairs, key=lambda p: p[0])[1:] if pairs else (event["source"], event["target"])


def own_state(article: Article, state: dict | None, actor: dict | None) -> bool:
    """A government actor and the state it governs are one side (`Putin` and `Rusia`), never each other's
    counterpart."""
    return bool(state and actor and state["entity"] in article.states and actor.get("sector") == "GOV"
                and actor.get("country") and state.get("country") == actor["country"])


def retold(events: list[dict], nominal: list[bool]) -> None:
    """A noun that tells an event of a type the article has told with actors (`penyerangan` … `penyerangan
    itu` … `isu penyerangan`) fills a role it left empty from the first event of that type: a story
    retells its event with the same actors."""
    first: dict[str, dict] = {}
    for event, noun in zip(events, nominal, strict=True):
        told = first.get(event["type"])
        if told and noun:
            for role, other in (("source", "target"), ("target", "source")):
                if event[role] is None and not same_actor(told[role], event[other]):
                    event[role] = told[role]
        if event["source"] or event["target"]:
            first.setdefault(event["type"], event)


def named_institution(article: Article, actor: dict | None, other: dict | None, before: int) -> dict | None:
    """An unnamed institution (`polisi`, `jaksa`) linked to the one of its sector the article named most often
    before the event, the first of them on a tie (`Polda Sumatera Utara`; not the `Polda Metro Jaya` whose
    website a quote is taken from); unnamed officers (`petugas`, `penyidik`) likewise to an investigating
    body; `pemerintah` to the state the article is about. The text stays what the sentence says."""
    if not actor or actor.get("sector") not in RESOLVED_SECTORS and not officers(actor):
        return actor
    if actor["entity"] is None and head_word(actor) in GOVERNMENT and article.country:
        country = article.country  # `pemerintah` in a story about the Philippines is the Philippine government
        return {**actor, "entity": country["id"], "country": country["country"]}
    named = [a for m, a in article.named if m["start"] < before and m["label"] == "ORG"  # `pemerintah` is no city
             and (resolves(actor, a) or investigates(article, actor, a))]
    if not named:
        return actor
    chosen = max(named, key=lambda a: article.counts[a["entity"]])  # the first of those named most
    if other is not None and other.get("entity") == chosen["entity"]:
        return actor
    return {**actor, "entity": chosen["entity"], "country": actor.get("country") or chosen["country"]}


def resolves(unnamed: dict | None, named: dict | None) -> bool:
    """A named actor of the sector an unnamed one has: the Polres the article named for `polisi`."""
    return bool(unnamed and named and unnamed["entity"] is None and not unnamed.get("kb") and named["entity"]
                and unnamed.get("sector") and named.get("sector") == unnamed["sector"])


def investigates(article: Article, unnamed: dict, named: dict) -> bool:
    """Unnamed officers (`petugas`, `aparat`; `penyidik`, who examines or names a suspect when the text names
    no one) and a police unit, a prosecutor or an investigating body (KPK)."""
    if unnamed["entity"] is not None or not officers(unnamed) or not named["entity"]:
        return False
    kb = (entity_of(article.doc, named["entity"]) or {}).get("kb")
    return named.get("sector") in ("COP", "JUD") or kb in lexicon().investigating_bodies


def officers(actor: dict) -> bool:
    return head_word(actor) in lexicon().investigators


def kin(a: dict, b: dict) -> bool:
    """The same actor, or unnamed groups called by the same noun (`warga miskin`, `Warga`)."""
    return same_actor(a, b) or a["entity"] is None and b["entity"] is None \
        and head_word(a) == head_word(b)


def head_word(actor: dict) -> str:
    """The first word of what the text calls an actor (`warga` of `warga miskin`), lower-cased."""
    return next(iter(actor["text"].lower().split()), "")
