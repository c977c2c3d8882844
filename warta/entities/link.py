"""The `link` component: each mention to a knowledge-base entry where one fits, then mentions
of one thing grouped into document entities (short names, acronyms defined in the text).

Order of evidence, strongest first: the article's own definitions (`Kantor Berita Pusat Korea,
atau KCNA`, `Amerika Serikat (AS)`), a full name earlier or later in the article for a bare
surname or given name, the knowledge base (exact, then typo-tolerant), the name itself.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process

from ..document import Document
from ..kb import KnowledgeBase, load_kb, normalize
from ..reader.boilerplate import outside_furniture
from ..registry import component

# Which knowledge-base types a mention with this NER label may link to, and how well each fits.
TYPE_FIT = {
    "PER": {"PER": 1.0, "FAC": 0.3, "ORG": 0.3, "GPE": 0.3, "LOC": 0.3},  # a tagger slip: `Vostochny Cosmodrome`
    "ORG": {"ORG": 1.0, "GPE": 0.7, "FAC": 0.6, "EVENT": 0.5},  # `AS mengecam`, `Gedung Putih`
    "LOC": {"GPE": 1.0, "LOC": 1.0, "FAC": 0.9, "ORG": 0.6, "EVENT": 0.5},
    "EVENT": {"EVENT": 1.0},
}
MAX_REPEAT_TOKENS = 6
WIDEN = 3  # tokens a mention may grow on each side to become a known name
FUZZY_CUTOFF = 90  # rapidfuzz ratio, 0-100: `Kim Jon-un` ~ `Kim Jong-un` scores 95
FUZZY_MIN_CHARS = 8
WORD_CUTOFF = 75
TICKET = re.compile(r"\b[A-Z][a-z]{2,}-[A-Z][a-z]{2,}\b")  # `Ipul-Anas`: two people's names joined, as on a ballot
ACRONYM_BETWEEN = re.compile(r"\s*(?:\(|,?\s*(?:atau|alias|disingkat|yang disingkat)\s+)")


@cache
def title_words() -> dict:
    return json.loads(resources.files("warta.data").joinpath("id/titles.json").read_text(encoding="utf-8"))


@cache
def titles() -> frozenset[str]:
    return frozenset(title_words()["titles"])


@cache
def ranks() -> frozenset[str]:
    """Police and military ranks (`Kombes`, `AKBP`): they open a person's name."""
    return frozenset(title_words()["ranks"])


def named_with_title(doc: Document, title: str, start: int) -> dict | None:
    """The person the article names right after this title (`Ketua MPR RI Zulkifli Hasan`): the last before
    `start`, else the first after."""
    office = normalize(title)
    named = [m for m in doc.mentions if m["label"] == "PER"
             and normalize(doc.text[max(0, m["start"] - len(office) - 2):m["start"]]).endswith(office)]
    earlier = [m for m in named if m["end"] <= start]
    return (earlier[-1] if earlier else named[0]) if named else None


def strip_title(text: str) -> tuple[int, str]:
    """(characters cut, the name) — `Presiden Vladimir Putin` → (9, `Vladimir Putin`); never cuts a whole name."""
    words = text.split(" ")
    cut = 0
    while len(words) > 1:
        n = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]).lower().rstrip(".") in titles()), 0)
        if not n:
            break
        cut += sum(len(w) + 1 for w in words[:n])
        words = words[n:]
    return cut, text[cut:]


@dataclass
class Cluster:
    """One document entity under construction."""
    mentions: list[int] = field(default_factory=list)
    kb: dict | None = None
    name: str = ""


def prior(entry: dict) -> float:
    """How likely an entry is before context: countries and curated entries over small cities."""
    if entry.get("kind") == "country":
        return 1.0
    population = entry.get("population")
    return min(math.log10(population) / 10, 0.9) if population else 0.5


@cache
def place_cues() -> dict[str, str]:
    data = json.loads(resources.files("warta.data").joinpath("id/place_cues.json").read_text(encoding="utf-8"))
    return {word: kind for kind, words in data.items() if kind != "_about" for word in words}


def cued_kind(text: str, start: int) -> str | None:
    """The kind of place the words before a mention announce: `negara bagian` → state."""
    before = text[max(0, start - 40):start].lower().split()
    for n in (2, 1):
        if len(before) >= n and " ".join(before[-n:]) in place_cues():
            return place_cues()[" ".join(before[-n:])]
    return None


def choose(candidates: list[dict], label: str, countries: dict[str, float], seen: set[str],
           kind: str | None = None) -> dict | None:
    """The candidate that fits the label, the words before it, the article's countries and its prior best."""
    fits = TYPE_FIT.get(label, {})
    scored = []
    for c in candidates:
        fit = fits.get(c["type"])
        if fit is None:
            continue
        context = countries.get(c.get("country") or "", 0.0) + (1.0 if c["id"] in seen else 0.0)
        cue = 2.0 if kind and c.get("kind") == kind else 0.0
        scored.append((3 * fit + 5 * context + cue + prior(c), c["id"], c))
    return max(scored)[2] if scored else None


def kb_candidates(kb: KnowledgeBase, name: str, label: str) -> list[dict]:
    found = kb.lookup(name)
    if label == "PER" and len(name.split()) < 2:  # `Jordan` the person is not Jordan the country
        found = [e for e in found if e["type"] not in ("GPE", "LOC")]
    if found or len(name) < FUZZY_MIN_CHARS:
        return found
    if len(name.split()) < 2:
        return []
    types = ("PER",) if label == "PER" else tuple(TYPE_FIT.get(label, {}))
    key = normalize(name)
    match = process.extractOne(key, kb.keys_of(types), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if not match or not words_agree(key, match[0]):
        return []
    return [kb.entries[i] for i in kb.by_name[match[0]]]


def words_agree(a: str, b: str) -> bool:
    """Word by word alike, so a typo passes (`kim jon un` ~ `kim jong un`) but another word does not
    (`kementerian pertahanan nasional as` is not `... nasional china`)."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(fuzz.ratio(x, y) >= WORD_CUTOFF for x, y in zip(wa, wb, strict=True))


def kb_person_by_name_part(kb: KnowledgeBase, word: str) -> dict | None:
    """The one knowledge-base person whose name starts or ends with this word (`Putin`), if only one does."""
    hits = kb.people_by_name_part().get(normalize(word), set())
    return kb.entries[next(iter(hits))] if len(hits) == 1 else None


def _name_tokens(text: str) -> list[str]:
    return normalize(text).split()


def short_form_of(short: str, full: str) -> bool:
    """`Kim` of `Kim Jong-un`, `Watson` of `Adrienne Watson`, `Shoigu` of `Sergei K. Shoigu`; not one side of a
    ticket (`Ipul` of `Ipul-Anas`)."""
    s, f = _name_tokens(short), _name_tokens(TICKET.sub(lambda m: m[0].replace("-", ""), full))
    if not s or len(s) >= len(f):
        return False
    return f[:len(s)] == s or f[-len(s):] == s


def is_acronym_of(acronym: str, full: str) -> bool:
    letters = [w[0] for w in re.findall(r"\w+", full) if w[0].isupper()]
    return acronym.isupper() and len(acronym) >= 2 and "".join(letters) == acronym


@component("link", requires=("ner",), indonesian_only=True, load=load_kb)
def link(doc: Document) -> None:
    kb = load_kb()
    mentions = doc.mentions = _widen_to_known_names(doc, kb)
    names = []
    for m in mentions:
        cut, name = strip_title(m["text"])
        if cut:  # the title is not part of the name
            m["start"] += cut
            m["text"] = name
        names.append(name)
    added = outside_furniture(doc.text, _repeats(doc, kb, names))
    if added:
        mentions = doc.mentions = sorted(mentions + added, key=lambda m: m["start"])
        names = [strip_title(m["text"])[1] for m in mentions]

    # 1. Names the knowledge base knows unambiguously give the article's countries.
    countries: dict[str, float] = {}
    seen: set[str] = set()
    for m, name in zip(mentions, names, strict=True):
        found = kb.lookup(name)
        if len(found) == 1 and TYPE_FIT.get(m["label"], {}).get(found[0]["type"]):
            seen.add(found[0]["id"])
            if found[0].get("country"):
                countries[found[0]["country"]] = countries.get(found[0]["country"], 0) + 1
    total = sum(countries.values()) or 1
    countries = {c: n / total for c, n in countries.items()}

    # 2. Each mention: a definition in the text, a full name in the article, the KB, or itself.
    clusters: list[Cluster] = []
    of_mention: dict[int, Cluster] = {}
    by_kb: dict[str, Cluster] = {}
    by_name: dict[str, Cluster] = {}

    def join(i: int, cluster: Cluster) -> None:
        cluster.mentions.append(i)
        of_mention[i] = cluster

    def new_cluster(i: int, entry: dict | None) -> Cluster:
        cluster = Cluster(kb=entry, name=entry["name"] if entry else names[i])
        clusters.append(cluster)
        if entry:
            by_kb[entry["id"]] = cluster
        by_name.setdefault(normalize(names[i]), cluster)
        join(i, cluster)
        return cluster

    order = sorted(range(len(mentions)), key=lambda i: (len(_name_tokens(names[i])) < 2, i))
    for i in order:  # full names first, so a bare surname finds them wherever they stand
        m, name = mentions[i], names[i]
        defined = _defined_by(doc, kb, mentions, names, i, of_mention, by_kb)
        if defined is not None:
            join(i, defined)
            continue
        if m["label"] == "PER" and len(_name_tokens(name)) <= 2:
            full = _full_name(mentions, names, i, of_mention)
            if full is not None:
                join(i, full)
                continue
        entry = choose(kb_candidates(kb, name, m["label"]), m["label"], countries, seen,
                       cued_kind(doc.text, m["start"]))
        if entry is None and m["label"] == "PER" and len(_name_tokens(name)) == 1:
            entry = kb_person_by_name_part(kb, name)
        if entry is not None:
            if entry["id"] in by_kb:
                join(i, by_kb[entry["id"]])
            else:
                new_cluster(i, entry)
        elif normalize(name) in by_name:
            join(i, by_name[normalize(name)])
        else:
            new_cluster(i, None)
    _write(doc, clusters)


def _widen_to_known_names(doc: Document, kb: KnowledgeBase) -> list[dict]:
    """Mentions the tagger cut short or split, made whole where a longer known name covers them:
    `Republik Demokratik` + `Korea` → `Republik Demokratik Rakyat Korea`."""
    first_token = {t.start: i for i, t in enumerate(doc.tokens)}
    last_token = {t.end: i for i, t in enumerate(doc.tokens)}
    out: list[dict] = []
    for m in doc.mentions:
        if out and m["start"] < out[-1]["end"]:
            continue  # swallowed by the widened mention before it
        a, b = first_token.get(m["start"]), last_token.get(m["end"])
        best = None
        if a is not None and b is not None:
            for left in range(a, max(a - WIDEN, -1), -1):
                for right in range(min(b + WIDEN, len(doc.tokens) - 1), b - 1, -1):
                    if (left, right) == (a, b) or (best and right - left <= best[1] - best[0]):
                        continue
                    start, end = doc.tokens[left].start, doc.tokens[right].end
                    text = doc.text[start:end]
                    if (text[:1].isupper() and text[-1].isalnum() and not set(text) & set("\n()[]\"“”")
                            and kb.by_name.get(normalize(text))):
                        best = (left, right, start, end)
        if best:
            _, _, start, end = best
            m = {**m, "start": start, "end": end, "text": doc.text[start:end]}
            while out and out[-1]["end"] > start:
                out.pop()
        out.append(m)
    return out


def _repeats(doc: Document, kb: KnowledgeBase, names: list[str]) -> list[dict]:
    """Mentions the tagger missed of names it found elsewhere in the article: the same text,
    another alias of the same KB entry (`Korut` after `Korea Utara`), or a person's surname."""
    forms: dict[str, str] = {}
    for m, name in zip(doc.mentions, names, strict=True):
        forms.setdefault(name, m["label"])
        found = kb.lookup(name)
        if len(found) == 1 and TYPE_FIT.get(m["label"], {}).get(found[0]["type"]):
            for alias in (found[0]["name"], *found[0].get("aliases", [])):
                if alias[:1].isupper() and len(alias) >= 3:
                    forms.setdefault(alias, m["label"])
        words = name.split()
        if m["label"] == "PER" and len(words) >= 2:
            for word in (words[0], words[-1]):
                if word[:1].isupper() and len(word) >= 3:
                    forms.setdefault(word, "PER")
    taken = [(m["start"], m["end"]) for m in doc.mentions]
    added = []
    tokens = doc.tokens
    for i, first in enumerate(tokens):
        for j in range(min(i + MAX_REPEAT_TOKENS, len(tokens)) - 1, i - 1, -1):
            text = doc.text[first.start:tokens[j].end]
            if text in forms and not any(s < tokens[j].end and first.start < e for s, e in taken):
                added.append({"start": first.start, "end": tokens[j].end, "text": text, "label": forms[text],
                              "entity": None})
                taken.append((first.start, tokens[j].end))
                break
    return added


def _defined_by(doc, kb, mentions, names, i, of_mention, by_kb) -> Cluster | None:
    """The cluster of a long form this mention abbreviates right after it: `Amerika Serikat (AS)`."""
    if i == 0 or (i - 1) not in of_mention:
        return None
    between = doc.text[mentions[i - 1]["end"]:mentions[i]["start"]]
    if not ACRONYM_BETWEEN.fullmatch(between):
        return None
    long_cluster = of_mention[i - 1]
    if not names[i].isupper():
        return None
    if long_cluster.kb is None:  # `Lembaga Pusat Intelijen AS (CIA)`: the acronym may be the known name
        known = [e for e in kb.lookup(names[i]) if TYPE_FIT.get(mentions[i]["label"], {}).get(e["type"])]
        if len(known) == 1 and known[0]["id"] not in by_kb:
            long_cluster.kb, long_cluster.name = known[0], known[0]["name"]
            by_kb[known[0]["id"]] = long_cluster
        return long_cluster
    if is_acronym_of(names[i], names[i - 1]) or normalize(names[i]) in {
            normalize(a) for a in (long_cluster.kb["name"], *long_cluster.kb.get("aliases", []))}:
        return long_cluster
    return None


def _full_name(mentions, names, i, of_mention) -> Cluster | None:
    """The nearest person mention, before this one if any, of which this one is a short form or the initials
    (`OSO` of `Oesman Sapta Odang`)."""
    earlier = [j for j in range(i - 1, -1, -1) if j in of_mention]
    later = [j for j in range(i + 1, len(mentions)) if j in of_mention]
    for j in earlier + later:
        if mentions[j]["label"] == "PER" and (short_form_of(names[i], names[j]) or
                                              len(names[i]) >= 3 and is_acronym_of(names[i], names[j])):
            return of_mention[j]
    return None


def _write(doc: Document, clusters: list[Cluster]) -> None:
    clusters = sorted(clusters, key=lambda c: min(c.mentions))
    entities = []
    for n, cluster in enumerate(clusters, 1):
        entry = cluster.kb or {}
        members = sorted(cluster.mentions)
        label = entry.get("type") or doc.mentions[members[0]]["label"]
        if not entry:  # the longest way the article writes it
            cluster.name = max((doc.mentions[i]["text"] for i in members), key=len)
        entity = {
            "id": f"E{n}", "name": cluster.name, "label": label, "kb": entry.get("id"),
            "country": entry.get("country"), "lat": entry.get("lat"), "lon": entry.get("lon"),
            "wikidata": entry.get("wikidata"), "mentions": members,
        }
        entities.append(entity)
        for i in members:
            doc.mentions[i]["entity"] = entity["id"]
            if entry:
                doc.mentions[i]["label"] = label
    doc.entities = entities
