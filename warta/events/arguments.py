"""An event's parts: its actors (subject and object of the trigger, or its possessor and `ke`/`dengan`
phrase for a noun), place, time, modality and on whose word it rests."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..document import Document, Token
from ..entities.link import named_with_title, titles
from ..kb import load_kb
from ..kb.store import normalize
from ..quotes import cue_word
from ..quotes import words as quote_words
from ..quotes.attribution import entity_inside, source_after
from ..syntax.lemmas import stem
from ..times.resolve import first_day
from . import (
    ANAPHORIC,
    PLACE_CASES,
    PRONOUNS,
    SPEAKER_PRONOUNS,
    TARGET_CASES,
    candidate_entry,
    children,
    clause_subject,
    forms,
    is_nominal,
    lexicon,
    two_word_entry,
    verb_root,
)

PHRASE_POS = {"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ"}  # the words of a bare noun phrase
NOT_IN_PHRASE = {"punct", "cc", "mark", "advmod"}  # `sedang warga`, `aparat pun`: not words of the actor
FRAME_NOUNS = {"aksi", "upaya", "kegiatan", "tindakan", "rencana", "proses", "operasi"}  # `aksi penyerangan`
CASE_NOUNS = {"kasus", "peristiwa", "insiden", "kejadian", "perkara"}  # `kasus penganiayaan`
BENEFICIARY_CASES = {"untuk", "bagi"}
PURPOSE_MARKS = {"untuk", "agar", "supaya", "guna"}  # `menolak untuk membahas`: the clause is what is refused
MAX_CLIMB = 4  # verbs to climb for an inherited subject: `Dia berencana … untuk bertemu`
FROM_SOURCE = {"DEMAND", "AID", "SUPPORT", "DISAPPROVE", "THREATEN"}  # `dari X` says who; not a resignation's post
# nouns that say how often or when (`berulang kali`, `pada hari itu`), never a subject
WHEN_NOUNS = {"kali", "hari", "malam", "pagi", "siang", "sore", "pekan", "minggu", "bulan", "tahun", "saat", "waktu"}
NOT_ACTORS = {"yang", "itu", "ini", "tersebut", "dan", "atau"}
PLACE_WORDS = {"di", "ke", "dari"}  # a name after these (`di depan Gedung DPR`) is where, not who
AMOUNT_WORDS = {"sebesar", "senilai", "seharga", "seberat"}  # `suap sebesar Rp 1 miliar`: how much, not whose
NOT_WHO_BEFORE = {"waktu", "dolar", "dollar", "yuan", "yen", "euro", "ringgit", "peso", "won", "rupee"}  # clock, money
# case words that only ever head a noun phrase (`sejak`, tagged the same way, may open a clause)
PREPOSITIONS = TARGET_CASES | PLACE_WORDS | {"pada", "oleh", "dalam", "tentang", "mengenai"}
HONORIFICS = {"pak", "bapak", "bu", "ibu"}  # `Pak Gubernur`: a form of address, not the office
UNNAMED_PERSONS = {"pria", "wanita", "perempuan", "lelaki", "laki-laki"}  # `Pria yang diseret …`: the story's man
PERFECTIVE = {"telah", "sudah", "pernah", "setelah", "usai", "seusai", "sesudah"}
PERSON_PRONOUNS = {"dia", "ia", "beliau"}
THIRD_PERSON = {"pihaknya", "dirinya"}  # `dirinya membantah`: the person last named
BETWEEN_THE_TWO = re.compile(r"(?:\s+\w+){0,3}?\s+(?:di\s+)?antara\s+(?:mereka|keduanya|kedua\s+\w+)\b", re.IGNORECASE)
PHRASE_END = re.compile(r",|\s(?:di|ke|dari|pada|untuk|yang)\s")
PLACE_BACK = re.compile(r"\b(?:di|ke) (kota|negara|tempat|wilayah|lokasi) (?:itu|tersebut)\b|\bdi sana\b", re.I)
PLACE_KINDS = {"kota": "city", "negara": "country"}  # `di kota itu` points back to a city, not a country
ARMED = {"MIL", "REB"}  # doers whose event takes the lexicon's `armed_type`: troops that `mundur` retreat


def build_event(doc: Document, i: int, entry: dict, sentence: int) -> dict | None:
    trigger = doc.tokens[i]
    source_tok, targets = arguments(doc, i, entry)
    if two_word_entry(doc, i) is entry:  # `pengerahan militer`, `penetapan tersangka`: the trigger's own word
        source_tok = None if source_tok == i + 1 else source_tok
        targets = [j for j in targets if j != i + 1]
    constrained = set(entry.get("object") or ()) | ({"maaf"} if entry["type"] == "CONCEDE" else set())
    # `bertukar surat`: the letters are what is exchanged, not with whom
    targets = [j for j in targets if not forms(doc.tokens[j]) & constrained]
    if entry.get("clause") and (subject := clause_subject(doc, i)) is not None:
        targets.append(subject)
    reciprocal = i > 0 and doc.tokens[i - 1].text.lower() == "saling"  # `warga dan aparat saling beradu mulut`
    symmetric = (entry.get("symmetric") or reciprocal) and source_tok is not None
    others = children(doc, source_tok, ("conj",)) if symmetric else []
    targets.extend(others)  # `Putin dan Kim bertemu`: one meets the other
    source = actor(doc, source_tok, i, without=set(others))
    # the first of object, addressee, … that is someone: `menodongkan senapan kepada seorang pegawai`
    target_tok, target = next(((j, a) for j in targets if (a := actor(doc, j, i)) and a.get("someone", True)),
                              (None, None))
    nominal = is_nominal(trigger, entry)
    settled = settled_roles(doc, i, {"source": (source_tok, source), "target": (target_tok, target)},
                            doc.sentences[sentence])
    noun_like = nominal or two_word_entry(doc, i) is not None
    between = pair_after(doc, i, "antara") if noun_like else None
    if between:  # `pertemuan … antara Putin dan Lukashenko`, `kerja sama antara …`
        (source, target), settled = between, ["source", "target"]
    elif nominal and target is None and (target := place_after(doc, i)):  # `perjalanan … ke Korea Utara`
        settled = sorted({*settled, "target"})
    quote = next((q for q in doc.quotes if q["start"] <= trigger.start < q["end"]), None)
    nearby = other_named(doc, i, doc.sentences[sentence], source, quote) if target is None else None
    # `keduanya`, `pertemuan di antara mereka`, `kerja sama … antara kedua negara`: the last event's two
    pair = bool(source) and source["text"].lower().startswith("kedua") \
        or bool(noun_like and BETWEEN_THE_TWO.match(doc.text, trigger.end))
    destination = bool(entry.get("needs_target")) and target is None and nearby is None  # a trip to nowhere yet
    if destination and not (nominal and source) or source is None and target is None \
            and nearby is None and not (nominal or pair or is_passive(trigger)):
        return None  # an active verb with no actor at all is no event between actors; a noun or passive names one
    source, target = (None if a and a.pop("someone", True) is False else a for a in (source, target))
    settled = [r for r, a in (("source", source), ("target", target)) if a and r in settled]  # a thing settles nothing
    agent = None  # `vonis` is the judges' even when no judge is named; only if the story gives no one
    if source is None and entry.get("agent"):
        agent = {"entity": None, "text": entry["agent"], "country": None, "sector": sector_of(entry["agent"], None)}
    s = doc.sentences[sentence]
    armed = source is not None and source.get("sector") in ARMED
    event_type = entry.get("armed_type", entry["type"]) if armed else entry["type"]
    return {
        "type": event_type, "mode": entry.get("mode") or mode_after(doc, i, event_type),
        "trigger": {"start": trigger.start, "end": trigger.end, "text": trigger.text},
        "source": source, "target": target,
        "location": location(doc, i, s.start, s.end),
        "time": (time := when(doc, s.start, s.end)),
        "modality": modality(doc, i, entry, time, s),
        "attributed_to": attribution(quote) or cited_source(doc, sentence)
        or attribution(continued_quote(doc, sentence)),
        "sentence": sentence,
        "evidence": {"start": s.start, "end": s.end, "text": s.text},
        **({"pair": True} if pair else {}),  # resolved, then removed, by inherit_actors
        **({"agent": agent} if agent else {}),  # the source inherit_actors falls back on (and removes)
        # `Perjalanan … dilakukan oleh Kim`: the story's last trip gives where to, else rule_events drops it
        **({"needs_target": True} if destination else {}),
        "settled": settled, "ruled_out": ruled_out(doc, i, entry),  # read, then removed, by actors.rank_actors
        # the target when the discourse gives none (removed there); not for a passive verb whose subject is a
        # thing (`rudal yang dilarang oleh PBB`)
        **({"nearby": nearby} if nearby and not (is_passive(trigger) and targets)
           and event_type not in lexicon().no_nearby_target else {}),
    }


def settled_roles(doc: Document, i: int, picks: dict[str, tuple], sentence) -> list[str]:
    """The roles the sentence's syntax decides: a word the trigger, its object (`menghentikan kerja sama dengan
    perusahaan itu`) or the verb whose object it is governs; a name the rules found in the sentence by any
    path of its parse (`sejak Rusia memulai invasi`, `kasus penganiayaan yang dilakukan oleh Budi`)."""
    token = doc.tokens[i]
    governors = {i, *children(doc, i, ("obj",))}
    if token.dep == "obj" and token.head is not None:
        governors.add(token.head)
    return [role for role, (j, found) in picks.items() if found and (doc.tokens[j].head in governors or (
        (found["entity"] or found.get("kb")) and sentence.start <= doc.tokens[j].start < sentence.end))]


def ruled_out(doc: Document, i: int, entry: dict) -> dict[str, list[dict]]:
    """Who the sentence shows is not in a role: who handles a crime named as a case is not its doer (`Polisi
    mengusut kasus pembunuhan`); whom a request is for is not who is asked (`meminta dukungan untuk warga`)."""
    token, out = doc.tokens[i], {}
    if token.dep in ("nmod", "compound") and token.head is not None \
            and doc.tokens[token.head].text.lower() in CASE_NOUNS:
        out["source"] = [a for a in [actor(doc, subject_of_head(doc, i), i)] if a]
    if entry["type"] == "DEMAND":
        phrases = children(doc, i, ("obl", "nmod")) + [j for o in children(doc, i, ("obj",))
                                                        for j in children(doc, o, ("nmod",))]
        out["target"] = [a for j in phrases if case_of(doc, j) in BENEFICIARY_CASES and (a := actor(doc, j, i))]
    return out


def arguments(doc: Document, i: int, entry: dict) -> tuple[int | None, list[int]]:
    """(source token, candidate target tokens in order of preference) of a trigger."""
    token = doc.tokens[i]
    if entry.get("headline_verb"):
        return i - 1, [i + 1]
    passive = is_passive(token)
    subject = subject_of(doc, i)
    cases = TARGET_CASES | set(entry.get("target_cases", ()))  # `meminta masukan dari para pakar`
    if entry["type"] == "DEMAND":
        cases -= BENEFICIARY_CASES  # `mencari bantuan untuk negaranya`: whom it is for is not who is asked
    oblique = [j for j in children(doc, i, ("obl", "nmod")) if case_of(doc, j) in cases | {"oleh"}]
    if subject is not None and doc.tokens[subject].text.lower() == "yang" and token.head != i:
        subject = token.head  # `warga yang menolak`: `yang` stands for the noun the clause describes
    if passive:
        return passive_arguments(doc, i, subject)
    objects = children(doc, i, ("obj",))[:1]
    targets = objects + [j for j in oblique if case_of(doc, j) in cases] + [  # or on the object's phrase
        j for o in objects for j in children(doc, o, ("nmod",)) if case_of(doc, j) in cases]
    if is_nominal(token, entry):
        return noun_arguments(doc, i, entry, targets, cases)
    if subject is None:
        subject = subject_of_head(doc, i)
    if subject is None and not passive:
        subject = previous_subject(doc, i)
    return subject, targets


def noun_arguments(doc: Document, i: int, entry: dict, targets: list[int], cases: set[str]) -> tuple:
    """A noun event's doer and targets: its possessor (`kunjungan Kim`; `vonis Ahok` is who undergoes it), or
    the doer its support verb, the verb it is object of, or its frame noun names; what is asked for or
    received has the asker as target and the `kepada`/`dari` phrase as giver."""
    token = doc.tokens[i]
    head = doc.tokens[token.head] if token.head is not None else token
    modes = lexicon().mode_words.get(entry["type"], {})  # `kerja sama militer`: how, not whose
    owner = next((j for j in children(doc, i, ("nmod", "flat")) if case_of(doc, j) is None
                  and (doc.tokens[j].dep in ("nmod", "nmod:poss")  # not `hukuman dua tahun`
                       or mention_at(doc, doc.tokens[j].start) is not None)  # `Kunjungan Shoigu` read as one name
                  and doc.tokens[j].text.lower() not in {*modes, *AMOUNT_WORDS}), None)
    by = first([j for j in children(doc, i, ("nmod", "obl")) if case_of(doc, j) == "oleh"])  # `… oleh polisi`
    if entry.get("owner") == "target" and owner is not None \
            and doc.tokens[owner].text.lower() != entry.get("agent"):  # `vonis Ahok`; not `vonis hakim`
        return by, [owner, *targets]
    if owner is None and token.dep == "obj" and (head.lemma or "").lower() in lexicon().receiving_verbs:
        # `Korea Utara meminta bantuan pangan kepada Rusia`: Russia would give, North Korea get
        asked = children(doc, i, ("nmod", "obl")) + children(doc, token.head, ("obl",))
        giver = first([j for j in asked if case_of(doc, j) in ("kepada", "dari")])
        getter = subject_of_head(doc, i)
        if entry.get("taken_by_doer"):  # `Handang menerima suap dari Rajamohanan`: the taker commits it
            return getter, [j for j in [giver, *targets] if j is not None and j != getter]
        return giver, [j for j in [getter, *targets] if j is not None and j != giver]
    if by is None and entry["type"] in FROM_SOURCE:  # `desakan mundur dari partai ANC`, `bantuan dari Jepang`
        by = first([j for j in children(doc, i, ("nmod", "obl")) if case_of(doc, j) == "dari"
                    and (a := actor(doc, j, i)) and a.get("someone", True)])
    source = by if by is not None else owner if owner is not None else noun_source(doc, i)
    if source is None and token.dep in ("nmod", "compound") and head.text.lower() in FRAME_NOUNS:
        source = noun_source(doc, token.head)  # `X melakukan aksi penyerangan`: the frame's doer
    elif source is None and token.dep in ("nmod", "compound") and head.text.lower() in CASE_NOUNS:
        source = support_agent(doc, token.head)  # `kasus penganiayaan yang dilakukan X`; not `X mengusut kasus …`
    if token.dep == "obj" and token.head != i:  # `memberikan sanksi kepada Aris`: the verb holds the target
        targets = targets + [j for j in children(doc, token.head, ("obl",)) if case_of(doc, j) in cases]
    return (source if source != i else None), [j for j in targets if j != owner]


def mode_after(doc: Document, i: int, event_type: str) -> str | None:
    """PLOVER's mode from a word in the next few of the trigger's phrase (`kerja sama militer`, `bantuan
    kemanusiaan`, `kerja sama di bidang pertahanan`)."""
    words = lexicon().mode_words.get(event_type, {})
    for token in doc.tokens[i + 1:i + 5]:
        if token.pos in ("PUNCT", "VERB"):
            break
        if token.text.lower() in words:
            return words[token.text.lower()]
    return None


def noun_source(doc: Document, i: int) -> int | None:
    """Who does what a noun names, when it has no possessor: the doer a support verb names, else the subject
    of the verb it is object of (`melakukan penelusuran`, `Dalam pertemuan itu, Kim memberi …`; not from an
    adverbial: `Pasca serangan …, X meminta`)."""
    source = support_agent(doc, i)
    if source is None and (doc.tokens[i].dep in ("obj", "xcomp") or case_of(doc, i) == "dalam"):
        source = subject_of_head(doc, i)
    return source


def is_passive(token: Token) -> bool:
    return (token.pos == "VERB" or verb_root(token) is not None) and token.text.lower().startswith("di") \
        and "Voice=Act" not in (token.morph or "")


def passive_arguments(doc: Document, i: int, subject: int | None) -> tuple[int | None, list[int]]:
    """A passive verb's subject undergoes it; its doer follows with `oleh` or directly (`aparat dihadang
    ratusan warga`). Passive verbs joined share their doer and subject (`Warga ditarik Satpol PP dan dihajar`,
    `bukan ditangkap tapi dijemput oleh Densus 88`)."""
    token = doc.tokens[i]
    agent = passive_agent(doc, i)
    if agent is None:  # `bukan ditangkap tapi dijemput oleh Densus 88`: the next passive's doer
        agent = next((a for c in children(doc, i, ("conj",)) if is_passive(doc.tokens[c])
                      and (a := passive_agent(doc, c)) is not None), None)
    if subject is None and token.dep == "conj" and token.head != i:
        subject = first(children(doc, token.head, ("nsubj",)))
        agent = agent if agent is not None else passive_agent(doc, token.head)
    if subject is None and token.dep.startswith("acl") and token.head != i:
        subject = token.head  # `warga yang ditangkap polisi`
    v = i  # `Nadir dibawa ke Polda untuk dilakukan pemeriksaan setelah ditangkap`: Nadir
    while subject is None and doc.tokens[v].dep in ("advcl", "xcomp") and doc.tokens[v].head not in (None, v) \
            and is_passive(doc.tokens[doc.tokens[v].head]):
        v = doc.tokens[v].head
        subject = first(children(doc, v, ("nsubj",)))
    if subject == agent:  # the parser's one noun after the verb (`dilarang PBB`): the doer
        subject = None
    return agent, [subject] if subject is not None else []


def passive_agent(doc: Document, v: int) -> int | None:
    around = children(doc, v, ("obl", "nmod", "obj", "nsubj", "compound"))  # `dibekuk polisi` read as one noun
    agent = next((j for j in around if case_of(doc, j) == "oleh"), None)
    bare = [j for j in around if j > v and case_of(doc, j) is None and doc.tokens[j].dep != "obl:tmod"
            and (a := actor(doc, j, v)) and a.get("someone", True)  # not `dikabarkan tengah mencari`
            and not ((m := mention_at(doc, doc.tokens[j].start)) and is_place_phrase(doc, m))]  # `…, Jakarta`
    return agent if agent is not None else first(bare)


def support_agent(doc: Document, i: int) -> int | None:
    """The doer a passive support verb names for a noun event: `gugatan diajukan oleh pengacara Dao`,
    `penggusuran yang dilakukan Pemerintah Kota`, `serangan … diduga dilakukan oleh ISIS`."""
    token = doc.tokens[i]
    verbs = children(doc, i, ("acl",))
    if token.dep.startswith("nsubj") and token.head is not None and token.head != i:
        verbs.append(token.head)
    verbs += [x for v in verbs for x in children(doc, v, ("xcomp",))]  # `diduga dilakukan oleh ISIS`
    for v in verbs:
        if not is_passive(doc.tokens[v]):
            continue
        agent = passive_agent(doc, v)
        if agent is not None and agent != i:
            return agent
    return None


def pair_after(doc: Document, i: int, word: str) -> tuple[dict, dict] | None:
    """Two actors named as `antara X dan Y` within the next words of the sentence, each side its person if it
    names one (`antara Kepala BNPB Willem Rampangilei dan …`), else its name, else its words
    (`antara pemerintah Filipina dan pemberontak komunis`)."""
    text = doc.text
    start = doc.tokens[i].end
    end = next((s.end for s in doc.sentences if s.start <= start < s.end), len(text))
    at = text.find(f" {word} ", start, end)
    if at < 0 or at - start > 60:
        return None
    left = at + len(word) + 2
    joint = text.find(" dan ", left, end)
    if joint < 0:
        return None
    right = joint + len(" dan ")
    close = min([k for k in (text.find(c, right, end) for c in (",", " yang ", " di ")) if k >= 0] + [end])
    sides = (side_actor(doc, left, joint, i), side_actor(doc, right, close, i))
    return sides if all(sides) else None


def side_actor(doc: Document, start: int, end: int, trigger: int) -> dict | None:
    named = [m for m in doc.mentions if start <= m["start"] and m["end"] <= end and m["entity"]]
    if named:
        return entity_actor(doc, next((m for m in named if m["label"] == "PER"), named[0]))
    first_word = next((j for j, t in enumerate(doc.tokens) if t.start >= start), None)
    if first_word is None or doc.tokens[first_word].end > end:
        return None
    found = actor(doc, first_word, trigger)
    return found if found and found.pop("someone", True) else None


def place_after(doc: Document, i: int) -> dict | None:
    """`ke Korea Utara` within the next words of the sentence."""
    start = doc.tokens[i].end
    for m in doc.mentions:
        if start < m["start"] < start + 80 and m["label"] in ("GPE", "LOC", "FAC") \
                and doc.text[m["start"] - 3:m["start"]] == "ke ":
            return entity_actor(doc, m)
    return None


def other_named(doc: Document, i: int, sentence, source: dict | None, quote: dict | None) -> dict | None:
    """No target in the trigger's own phrases: the sentence's other named person or organisation nearest the
    trigger; not a place, not a news outlet, not who reports it (a speaker and the words up to the reporting
    verb), and on the same side of the boundary of the quote the trigger is in, if any."""
    at = doc.tokens[i].start
    reporters = [(q["speaker"]["start"], max(q["speaker"]["end"], (q.get("cue") or q["speaker"])["end"]))
                 for q in doc.quotes if q.get("speaker")]
    named = [m for m in doc.mentions if sentence.start <= m["start"] < sentence.end and m["entity"]
             and m["label"] in ("PER", "ORG", "NORP") and not m["start"] <= at < m["end"]
             and not is_place_phrase(doc, m)
             and not any(start <= m["start"] < end for start, end in reporters)
             and (quote["start"] <= m["start"] < quote["end"] if quote else
                  not any(q["start"] <= m["start"] < q["end"] for q in doc.quotes))
             and not (source and (source["entity"] == m["entity"] or source["text"] == m["text"]))]
    if source and source["entity"]:  # `Kepala BPOM Penny Lukito memusnahkan …`: her office is not the target
        holders = [m["start"] for m in doc.mentions if m["entity"] == source["entity"]
                   and sentence.start <= m["start"] < sentence.end]
        named = [m for m in named if not any(title_between(doc, m["end"], h) for h in holders)]
    actors = [entity_actor(doc, m) for m in sorted(named, key=lambda m: abs(m["start"] - at))]
    actors = [a for a in actors if a["sector"] != "MED"]  # `Diberitakan Reuters`: who reports, not who undergoes
    return actors[0] if actors else None


def own_office(doc: Document, person: dict) -> dict | None:
    """The organisation in a person's title where the article named them so (`Wakil Ketua KPK Basaria
    Panjaitan`)."""
    named = [m for m in doc.mentions if m["entity"] == person["entity"] and m["label"] == "PER"] or [person]
    return next((o for m in named for o in doc.mentions if o["label"] == "ORG" and o["end"] < m["start"]
                 and title_between(doc, o["end"], m["start"])), None)


def title_between(doc: Document, end: int, start: int) -> bool:
    """Only a title's capitalised words between a name and the person after it (`BPOM) Penny`, `Polri
    Jenderal Tito`): the organisation is the person's own."""
    words = doc.text[end:start].replace("(", " ").replace(")", " ").split()
    return end <= start and len(words) <= 4 and all(w[:1].isupper() for w in words)


def is_place_phrase(doc: Document, mention: dict) -> bool:
    """A name within two words after di/ke/dari (`di depan Gedung DPR`), right after `waktu` (a time zone) or
    a currency (`dolar AS`), or a place after a comma that goes on naming one (`di Gedung KPK, Jakarta`):
    where, not who."""
    words = doc.text[max(0, mention["start"] - 12):mention["start"]].lower().split()
    if set(words[-2:]) & PLACE_WORDS or set(words[-1:]) & NOT_WHO_BEFORE:  # `pukul 11.30 waktu Singapura`
        return True
    before = next((m for m in doc.mentions if 0 < mention["start"] - m["end"] <= 2
                   and doc.text[m["end"]:mention["start"]].strip() == ","), None)
    return mention["label"] in ("GPE", "LOC", "FAC") and before is not None and is_place_phrase(doc, before)


def entity_actor(doc: Document, mention: dict) -> dict:
    entity = entity_of(doc, mention.get("entity"))
    return {"entity": mention.get("entity"), "text": mention["text"], "country": entity and entity["country"],
            "sector": sector_of(mention["text"], entity)}


def entity_of(doc: Document, entity_id: str | None) -> dict | None:
    """The article's entity with this id (`E3`), if any."""
    return next((e for e in doc.entities if e["id"] == entity_id), None)


def subject_of_head(doc: Document, i: int) -> int | None:
    """The subject a controlled or embedded verb shares with the verbs above it."""
    for _ in range(MAX_CLIMB):
        head = doc.tokens[i].head
        if head is None or head == i:
            return None
        # `disampaikan Jokowi …, saat mengundang`: a passive verb's doer is shared; `Rusia dikabarkan mencari`
        subject = passive_agent(doc, head) if is_passive(doc.tokens[head]) else None
        if subject is None and doc.tokens[i].dep in ("xcomp", "advcl", "ccomp") and asks(doc, head):
            subject = first(children(doc, head, ("obj",)))  # `mendesak Korut untuk menghentikan`: Korut stops
        subject = subject if subject is not None else subject_of(doc, head)
        if subject is not None:
            return subject
        i = head
    return None


def subject_of(doc: Document, v: int) -> int | None:
    """A verb's subject; without one, the noun phrase right before it when the parser hung that phrase on an
    earlier word (`Di lain waktu sejak Rusia memulai invasi`: Rusia read as part of `waktu`; `Saat masuk …,
    ratusan aparat itu pun diserang`)."""
    subject = first(children(doc, v, ("nsubj",)))
    if subject is not None or doc.tokens[v].pos != "VERB":
        return subject
    for c in children(doc, v, ("advcl", "xcomp")):  # `delegasi … dijadwalkan akan bertemu`, the parse inverted
        if c < v and (subject := first(children(doc, c, ("nsubj",)))) is not None:
            return subject
    j = v - 1
    while j > 0 and doc.tokens[j].pos in ("AUX", "ADV", "PART"):  # `Rusia telah memulai`
        j -= 1
    phrase = set()
    while j >= 0 and doc.tokens[j].pos in PHRASE_POS:
        phrase.add(j)
        j -= 1
    heads = [k for k in phrase if doc.tokens[k].head not in phrase]
    if len(heads) != 1 or case_of(doc, heads[0]) in PREPOSITIONS \
            or doc.tokens[heads[0]].text.lower() in WHEN_NOUNS:  # `di media sosial`, `berulang kali` are no subject
        return None
    head = doc.tokens[heads[0]]
    if head.pos in ("NOUN", "PROPN", "PRON") and (head.dep or "").split(":")[0] in ("nmod", "obl") \
            and head.head < min(phrase):
        return heads[0]
    return None


def asks(doc: Document, v: int) -> bool:
    """A verb that asks or tells someone to do something, or accuses them of it (its object does what
    follows: `mendesak Korut untuk menghentikan`, `menuduh FBI menyalahgunakan kewenangan`)."""
    entry = candidate_entry(doc.tokens[v])
    return entry is not None and entry["type"] in ("DEMAND", "DISAPPROVE")


def previous_subject(doc: Document, i: int) -> int | None:
    """A clause with no subject continues the last sentence's subject (`Yasonna … . Kemudian meminta …`):
    the subject of the previous sentence's root."""
    start = doc.tokens[i].start
    sentence = next((k for k, s in enumerate(doc.sentences) if s.start <= start < s.end), 0)
    if sentence == 0:
        return None
    before = doc.sentences[sentence - 1]
    roots = [j for j in range(max(0, i - 120), i) if before.start <= doc.tokens[j].start < before.end
             and doc.tokens[j].head == j]
    return first(children(doc, roots[0], ("nsubj",))) if roots else None


def first(items: list[int]) -> int | None:
    return items[0] if items else None


def case_of(doc: Document, j: int) -> str | None:
    case = first(children(doc, j, ("case",)))
    return doc.tokens[case].text.lower() if case is not None else None


def actor(doc: Document, j: int | None, trigger: int, without: set[int] = frozenset()) -> dict | None:
    """The entity a token names (the mention it sits in, a pronoun's referent), with country and sector."""
    if j is None:
        return None
    token = doc.tokens[j]
    word = token.text.lower()
    if word in NOT_ACTORS:
        return None
    mention = mention_at(doc, token.start)
    if mention is None and word in PRONOUNS:
        teller = telling_subject(doc, j)  # `China mengatakan bahwa mereka mendukung …`: China
        if teller is not None and (named := actor(doc, teller, trigger)) and named["entity"] \
                and (word not in PERSON_PRONOUNS or (entity_of(doc, named["entity"]) or {}).get("label") == "PER"):
            return named
    if mention is None and (word in PRONOUNS or word in THIRD_PERSON):
        bracketed = mention_at(doc, token.end + 2) if doc.text[token.end:token.end + 2] == " (" else None
        mention = bracketed or referent(doc, "ia" if word in THIRD_PERSON else word, token.start)  # `Dia (Irwansyah)`
        if word in ("pihaknya", "kami") and mention is not None:  # `Basaria … pihaknya tengah mendalami`: KPK
            mention = own_office(doc, mention) or mention
    if mention is None and word in UNNAMED_PERSONS:
        mention = protagonist(doc)  # `Pria yang diseret keluar dari pesawat … mengajukan gugatan`: the man of the story
    if mention is None:  # not a name in a clause on it: `penasihat yang mengkritik Presiden Kenyatta`
        phrase = subtree_text(doc, j, trigger, without | set(children(doc, j, ("acl",))))
        inside = [m for m in doc.mentions if phrase[0] <= m["start"] and m["end"] <= phrase[1]
                  and not is_place_phrase(doc, m)]
        people = [m for m in inside if m["label"] == "PER"]
        role = forms(token) & (lexicon().actor_nouns | titles()) or token.text[:1].isupper()  # `Menteri …, Shoigu`
        apposed = next((m for m in doc.mentions if role and m["label"] == "PER" and
                        doc.text[phrase[1]:m["start"]].strip(" )") == ","), None)  # not `intelijen itu, Watson`
        if not people and inside and all(m["label"] in ("GPE", "LOC") for m in inside) \
                and titled(doc.text[phrase[0]:inside[0]["start"]]):
            return office_of_place(doc, doc.text[phrase[0]:phrase[1]], phrase[0], inside[-1])
        if not people and role and (named := name_after_title(doc, phrase[1])):
            return entity_actor(doc, named)
        described = None if people else described_person(doc, doc.text[phrase[0]:phrase[1]], phrase[0])
        mention = described or (people or [apposed] if people or apposed else inside or [None])[-1]
        if mention is None:
            mention = titled_person(doc, doc.text[phrase[0]:phrase[1]], doc.tokens[trigger].start)
        if mention is None:
            holder = office_holder(doc, doc.text[phrase[0]:phrase[1]])
            if holder:
                return holder
        if mention is None:
            case = first(children(doc, j, ("case",)))  # `terhadap rencana Pemerintah`, `setelah pemimpin daerah`
            leading = case is not None and doc.tokens[case].start == phrase[0]
            start = doc.tokens[case + 1].start if leading else phrase[0]
            text = PHRASE_END.split(doc.text[start:phrase[1]])[0]  # `dua pencuri` of `dua pencuri di Tegal`
            if not text.strip():  # the case word alone, the rest being the event's clause
                return None
            head = (token.lemma or token.text).lower()
            base = word.removesuffix("nya")  # `pencuri` (curi), not `penjara` (listed) or `perangnya` (a root word)
            agent_noun = (base.startswith("pe") and not base.endswith("an") and token.pos == "NOUN"
                          and base not in lexicon().not_agents and stem(base, "NOUN") != base)
            words = {w.lower() for w in text.split()[:3]}  # `kedua belah pihak`: the parser's head is `belah`
            someone = head in lexicon().actor_nouns or bool(words & lexicon().actor_nouns) or agent_noun
            owner = next((k for k in children(doc, j, ("nmod",)) if case_of(doc, k) is None), None)
            if head not in lexicon().actor_nouns and not agent_noun and owner is not None \
                    and forms(doc.tokens[owner]) & lexicon().actor_nouns:
                return actor(doc, owner, trigger, without)  # `rencana Pemerintah`: the government's plan
            return {"entity": None, "text": text, "country": None, "sector": sector_of(text, None),
                    "someone": someone}
    entity = entity_of(doc, mention.get("entity"))
    start, end = subtree_text(doc, j, trigger, without)
    return {"entity": mention.get("entity"), "text": mention["text"], "country": entity and entity["country"],
            "sector": sector_of(doc.text[start:end], entity)}


def telling_subject(doc: Document, j: int) -> int | None:
    """The subject of the reporting verb whose complement the word is the subject of."""
    token = doc.tokens[j]
    if not (token.dep or "").startswith("nsubj") or token.head is None:
        return None
    clause = doc.tokens[token.head]
    if (clause.dep or "").split(":")[0] not in ("ccomp", "parataxis") or clause.head is None \
            or not cue_word(doc.tokens[clause.head].text):
        return None
    return first(children(doc, clause.head, ("nsubj",)))


def titled_person(doc: Document, phrase: str, before: int) -> dict | None:
    """`Presiden` alone → the person the article called `Presiden …` (the title right before the name) most
    often, the last of them on a tie (`Presiden Jokowi` … `Presiden Ashraf Ghani` … `Presiden akan bertemu`)."""
    words = phrase.lower().split()
    if not words or words[0] not in titles():
        return None
    title = " ".join(words[:2]) if " ".join(words[:2]) in titles() else words[0]
    named = [m for m in doc.mentions if m["label"] == "PER" and m["end"] <= before
             and doc.text[max(0, m["start"] - len(title) - 1):m["start"]].strip().lower().endswith(title)]
    counts = Counter(m["entity"] for m in doc.mentions if m["entity"])
    return max(reversed(named), key=lambda m: counts[m["entity"]]) if named else None


def name_after_title(doc: Document, end: int) -> dict | None:
    """`Menteri Pemuda dan Olahraga Imam Nahrawi`: a title with `dan` in it, which the parser reads as two
    phrases, goes on to the person it names."""
    after = next((m for m in doc.mentions if m["start"] >= end), None)
    words = doc.text[end:after["start"]].split() if after else []
    if not after or after["label"] != "PER" or not words or words[0] != "dan" or len(words) > 8:
        return None
    return after if all(w[:1].isupper() or w[:1] == "(" for w in words[1:]) else None


def titled(words: str) -> bool:
    """Words that make an office (`Gubernur`, `Pak Wakil Gubernur`, `Menteri Luar Negeri`)."""
    words = words.lower().split()
    return " ".join(words) in titles() or any(w in titles() and w not in HONORIFICS for w in words)


def office_of_place(doc: Document, phrase: str, start: int, place: dict) -> dict:
    """`Gubernur Jawa Barat`, `Presiden Amerika Serikat`, `Wakil Gubernur Jawa Timur itu`: an office, not the
    place it is of — the person the article names with that office (`Gubernur Jawa Barat Ahmad Heryawan`),
    the one it points back to, or the holder on the publication day by the knowledge base; else the office
    itself, with the place's country."""
    words = [w for w in phrase.split() if w.lower() not in HONORIFICS]
    title = " ".join(w for w in words if w.lower() not in ANAPHORIC)  # `Wakil Gubernur Jawa Timur`
    if named := named_with_title(doc, title, start):
        return entity_actor(doc, named)
    if words and words[-1].lower() in ANAPHORIC and (pointed := referent(doc, "ia", start)):
        return entity_actor(doc, pointed)
    holder = office_holder(doc, title)
    if holder:
        return holder
    country = (entity_of(doc, place.get("entity")) or {}).get("country")
    return {"entity": None, "text": phrase, "country": country, "sector": sector_of(phrase, None)}


def described_person(doc: Document, phrase: str, start: int) -> dict | None:
    """`Ketua MPR RI tersebut`, `Mantan Menteri Pendidikan ini`: a title pointed back at is the person the
    article named with it, else the person last named (not the MPR it names; a former office, only the
    latter)."""
    former = re.match(r"(?:mantan|bekas) ", phrase.lower())
    words = phrase[former.end() if former else 0:].split()
    if len(words) < 2 or words[0].lower() not in titles() or words[-1].lower() not in ANAPHORIC:
        return None
    return (None if former else named_with_title(doc, " ".join(words[:-1]), start)) or referent(doc, "ia", start)


def office_holder(doc: Document, phrase: str) -> dict | None:
    """`Kapolri`, `Menteri Luar Negeri`, `Presiden Rusia` with no name: whoever held that office on the
    publication day, by the knowledge base (the country named in the phrase, else Indonesia)."""
    if not doc.published:
        return None
    kb, words = load_kb(), normalize(phrase)
    title = kb.office_title(words)
    if title is None:
        return None
    rest = words[len(title):].strip()
    countries = [e for e in kb.lookup(rest) if e.get("kind") == "country"] if rest else []
    holder = kb.office_holder(title, countries[0]["country"] if countries else "IDN", doc.published[:10])
    if holder is None:
        return None
    return {"entity": None, "kb": holder["id"], "name": holder["name"], "text": phrase,
            "country": holder.get("country"), "sector": holder.get("sector") or sector_of(phrase, None)}


def mention_at(doc: Document, offset: int) -> dict | None:
    return next((m for m in doc.mentions if m["start"] <= offset < m["end"]), None)


def referent(doc: Document, word: str, at: int) -> dict | None:
    """`kami` in a quote → its speaker; `dia`/`ia` → the last person named; `mereka` → the last group."""
    quote = next((q for q in doc.quotes if q["start"] <= at < q["end"]), None)
    if word in SPEAKER_PRONOUNS and quote and quote["speaker"]:
        refers = quote["speaker"].get("refers_to") or quote["speaker"]
        return {**refers, "entity": quote["speaker"].get("entity")}
    labels = ("PER",) if word in ("dia", "ia", "beliau") else ("ORG", "GPE")
    before = [m for m in doc.mentions if m["end"] <= at and m["label"] in labels]
    return before[-1] if before else None


def protagonist(doc: Document) -> dict | None:
    """The person the article names most often (at least three times): whom `pria itu` means in a story."""
    counts = Counter(m["entity"] for m in doc.mentions if m["label"] == "PER" and m["entity"])
    top, n = counts.most_common(1)[0] if counts else (None, 0)
    return next(m for m in doc.mentions if m["entity"] == top) if n >= 3 else None


def subtree_text(doc: Document, j: int, trigger: int, without: set[int] = frozenset()) -> tuple[int, int]:
    """Character span of a token's subtree (its phrase), without the event's own clause (`rudal yang dilarang
    oleh PBB` is `rudal` to `dilarang`)."""
    members = {j}
    changed = True
    window = range(max(0, j - 30), min(len(doc.tokens), j + 30))
    while changed:
        changed = False
        for k in window:
            if k not in members and doc.tokens[k].head in members and doc.tokens[k].head != k \
                    and (doc.tokens[k].dep or "").split(":")[0] not in NOT_IN_PHRASE and k != trigger \
                    and k not in without:
                members.add(k)
                changed = True
    if min(members) < trigger < max(members):  # the phrase ends where the event's clause begins
        members = {k for k in members if k < trigger}
    return doc.tokens[min(members)].start, doc.tokens[max(members)].end


def sector_of(phrase: str, entity: dict | None) -> str | None:
    """The sector a role word in the phrase names (`kapal angkatan laut … Rusia`: MIL), else the entity's; a
    phrase that is only the entity's name takes the entity's (`DPR.` for North Korea is no parliament)."""
    kb = load_kb()
    entry = kb.entries.get((entity or {}).get("kb"))
    if entry and entry in kb.lookup(phrase):
        return entry.get("sector") or ("GOV" if entity.get("label") == "GPE" else None)
    lowered = phrase.lower()
    words = lowered.split()
    for word, sector in sectors_longest_first():
        if word in words or (" " in word and word in lowered):
            return sector
    if entity and entity.get("kb"):
        sector = load_kb().entries.get(entity["kb"], {}).get("sector")
        if sector:
            return sector
    if entity and entity.get("label") == "GPE":
        return "GOV"  # a state acting is its government
    return None


@cache
def sectors_longest_first() -> list[tuple[str, str]]:
    return sorted(lexicon().sectors.items(), key=lambda kv: -len(kv[0]))


def location(doc: Document, i: int, start: int, end: int) -> dict | None:
    """Where: the place a `tempat` trigger belongs to (`Vostochny, … tempat pertemuan`), else the place in
    the sentence introduced by `di` or `ke` nearest the trigger, else the place `di kota itu` points back to."""
    trigger = doc.tokens[i].start
    named = [m for m in doc.mentions if m["label"] in ("GPE", "LOC", "FAC")]
    if i > 0 and doc.tokens[i - 1].text.lower() == "tempat":
        before = [m for m in named if start <= m["start"] < trigger]
        if before:
            return place(doc, before[-1])
    places = [m for m in named if start <= m["start"] < end
              and doc.text[max(start, m["start"] - 3):m["start"]].strip().lower() in PLACE_CASES]
    if places:
        return place(doc, min(places, key=lambda p: abs(p["start"] - trigger)))
    back = PLACE_BACK.search(doc.text[start:end])
    if back:
        kind = PLACE_KINDS.get((back[1] or "").lower())
        earlier = [m for m in named if m["end"] <= start and (kind is None or place_kind(doc, m) == kind)]
        return place(doc, earlier[-1]) if earlier else None
    return None


def place_kind(doc: Document, m: dict) -> str | None:
    entity = entity_of(doc, m["entity"]) or {}
    return (load_kb().entries.get(entity.get("kb")) or {}).get("kind")


def place(doc: Document, m: dict) -> dict:
    entity = entity_of(doc, m["entity"]) or {}
    return {"entity": m["entity"], "name": entity.get("name", m["text"]), "lat": entity.get("lat"),
            "lon": entity.get("lon")}


def when(doc: Document, start: int, end: int) -> dict:
    """The sentence's first date, else the publication date (marked as assumed)."""
    t = next((t for t in doc.times if start <= t["start"] < end and t["type"] in ("DATE", "TIME")
              and t["value"] and t["value"][:1].isdigit()), None)
    if t:
        return {"value": t["value"], "text": t["text"], "assumed": False}
    return {"value": (doc.published or "")[:10] or None, "text": None, "assumed": True}


def modality(doc: Document, i: int, entry: dict, time: dict | None = None, sentence=None) -> str:
    """From the words that govern or modify the trigger, or a hedge that opens the sentence: planned,
    reported, requested, hypothetical, negated; planned also when the text dates the event after
    publication; asserted otherwise."""
    lex = lexicon()
    found = []
    chain, j = [i], i
    trigger = doc.tokens[i]
    # `Perjalanan diperkirakan akan dilakukan`: the verb of taking place hangs below the one the noun is subject of
    carrier = next((c for c in children(doc, trigger.head, ("xcomp",)) if light_verb(doc, c) or occurs(doc, c)),
                   None) if trigger.head is not None else None
    # `akan mengundang … guna mengetahui perkembangan penyelidikan`, `dilaporkan tewas pada pertempuran`: a noun's
    # event takes no modality from a verb above the first its phrase hangs on, unless it is that verb's object
    # (`berencana memperkuat kerja sama`)
    nominal = trigger.pos in ("NOUN", "PROPN")
    subject = nominal and trigger.dep.startswith("nsubj") and not (
        trigger.head is not None and (light_verb(doc, trigger.head) or occurs(doc, trigger.head) or carrier))
    if subject and trigger.head is not None and lex.modality.get(doc.tokens[trigger.head].text.lower()) == "reported":
        found.append("reported")  # `serangan … diduga dilakukan oleh ISIS`
    if not subject:  # `Vonis … akan memberikan`: what the verdict will do is not the verdict
        for _ in range(MAX_CLIMB):
            head = doc.tokens[j].head
            if head is None or head == j:
                break
            if doc.tokens[j].dep == "acl:relcl":
                # `tersangka yang sudah ditangkap`: the noun a relative clause describes says nothing of it; a
                # hedge the parser reads as such a noun does (`Dugaan adanya korupsi`, `isu mundurnya Anas`)
                if not relative(doc, j) and doc.tokens[head].text.lower() in lex.modality:
                    chain.append(head)
                break
            chain.append(head)
            j = head
            if nominal and doc.tokens[head].pos == "VERB" and not (
                    light_verb(doc, head) or occurs(doc, head) or len(chain) == 2 and trigger.dep == "obj"):
                break
    if carrier is not None and not subject:
        chain.append(carrier)
    for k in chain:
        bare = [j for j in children(doc, k, ("obl",)) if not children(doc, j, ("case",))]  # `nanti`, an adverb
        adverbs = children(doc, k, ("advmod",))  # `akan terus kami selidiki`: `akan` read as the adverb's
        for c in [k, *children(doc, k, ("aux", "advmod", "mark", "xcomp", "compound", "dep")), *bare,
                  *(a for m in adverbs for a in children(doc, m, ("aux",)))]:
            word = doc.tokens[c].text.lower()
            if c == i or word not in lex.modality:
                continue
            kind = lex.modality[word]
            if kind == "negated" and (not own_negation(doc, i, k) or next_word(doc, c) == "hanya"):
                continue  # `tidak setuju dan melayangkan protes`; `tak hanya` is `not only`
            found.append(kind)
    # `Kalau ada bukti silahkan ditindak`; not `membantah isu … jika` (that)
    conditions = [m for k in chain if not cue_word(doc.tokens[k].text)
                  for c in children(doc, k, ("advcl",)) for m in children(doc, c, ("mark",))]
    if any(lex.modality.get(doc.tokens[m].text.lower()) == "hypothetical" for m in conditions):
        found.append("hypothetical")
    if sentence is not None and hedged(sentence):
        found.append("reported")
    if purpose_of(doc, i) and not done(doc, chain[1:]):
        found.append("planned")  # `berangkat … untuk menyalurkan bantuan`: what one sets out to do
    if entry["type"] == "DEMAND":
        found = [f for f in found if f != "requested"]
    if done(doc, [i]):  # `bakal terus mengabdi … meski telah mengundurkan diri`: the resignation is told as done
        found = [f for f in found if f != "planned"]
    for kind in ("negated", "reported", "requested", "hypothetical", "planned"):
        if kind in found:
            return kind
    start = first_day(time["value"]) if time and not time["assumed"] else None
    if start and doc.published and start.isoformat() > doc.published[:10]:
        return "planned"  # `pada 7 September mendatang`
    return "asserted"


def done(doc: Document, verbs: list[int]) -> bool:
    """One of the verbs is told as done: the trigger (`meski telah mengundurkan diri`), or a verb above it
    (`telah memberikan akses untuk pengiriman bantuan`, `Setelah menghabiskan hari pertama untuk menemui
    masyarakat`), whose purpose is then told as done too."""
    marks = (c for k in verbs for c in children(doc, k, ("aux", "advmod", "mark")))
    return any(doc.tokens[c].text.lower() in PERFECTIVE for c in marks)


def relative(doc: Document, j: int) -> bool:
    """A relative clause `yang` opens; not `Dugaan adanya korupsi`, `isu mundurnya Anas`, which the parser
    also calls one."""
    return any(doc.tokens[c].text.lower() == "yang" for c in children(doc, j)) or \
        j > 0 and doc.tokens[j - 1].text.lower() == "yang"


def hedged(sentence) -> bool:
    """A sentence that opens with a hedge and a comma (`Diduga, CAS adalah pelaku yang memukul korban`,
    `Kabarnya, …`) reports all it tells as alleged."""
    words = sentence.text.split(maxsplit=1)
    return bool(words) and words[0].endswith(",") and lexicon().modality.get(words[0][:-1].lower()) == "reported"


def purpose_of(doc: Document, i: int) -> bool:
    """The trigger is what a clause sets out to do: marked `untuk`/`guna` itself (`untuk menyalurkan`, `guna
    pemeriksaan`), or through the light verb that carries it (`untuk dilakukan pemeriksaan`)."""
    token, head = doc.tokens[i], doc.tokens[i].head
    carried = token.pos == "NOUN" and head is not None and head != i and light_verb(doc, head)
    carriers = [i, head] if carried else [i]
    return any(doc.tokens[m].text.lower() in PURPOSE_MARKS - {"agar", "supaya"}
               for c in carriers for m in children(doc, c, ("mark", "case")))


def own_negation(doc: Document, i: int, k: int) -> bool:
    """A negation word counts for the trigger itself, or for the verb whose object, complement or purpose
    clause the trigger is (`belum akan memberikan sanksi`, `menolak untuk membahas`), not for a verb further
    up (`tidak setuju dan melayangkan protes`)."""
    token = doc.tokens[i]
    if token.head == k and light_verb(doc, k):
        return True  # `tidak melakukan penahanan`, `tidak dilakukan penahanan`, `tidak ada demo`
    if token.pos in ("NOUN", "PROPN") and (token.dep == "obj" or token.dep.startswith("nsubj")):
        return k == i  # not `tidak memenuhi panggilan`: it was summoned
    purpose = token.dep.startswith("advcl") and any(
        doc.tokens[m].text.lower() in PURPOSE_MARKS for m in children(doc, i, ("mark",)))
    return k == i or (token.head == k and (token.dep in ("obj", "xcomp", "ccomp") or purpose))


def occurs(doc: Document, j: int) -> bool:
    return (doc.tokens[j].lemma or "").lower() in lexicon().occurrence_verbs


def light_verb(doc: Document, j: int) -> bool:
    """A verb that only carries the event noun it takes (`melakukan`, `dilakukan`, `ada`; the lexicon's
    `support_verbs`)."""
    return (doc.tokens[j].lemma or "").lower() in lexicon().support_verbs


def next_word(doc: Document, c: int) -> str:
    return doc.tokens[c + 1].text.lower() if c + 1 < len(doc.tokens) else ""


def cited_source(doc: Document, sentence: int) -> dict | None:
    """The outlet a sentence opens by citing (`Mengutip Tribratanews, kemarin, DS …`, `Dilansir Reuters, …`):
    the whole sentence rests on it."""
    s = doc.sentences[sentence]
    if not s.text.lower().removeprefix("seperti ").startswith(quote_words().source_cues):
        return None
    source = source_after(doc, s.start)
    if not source or not source["text"][:1].isupper():
        return None  # `Dilaporkan, sebanyak 10 orang …`: reported, by no one named
    return {"text": source["text"], "entity": entity_inside(doc, source), "source": None}


def continued_quote(doc: Document, sentence: int) -> dict | None:
    """Reported speech that runs on: a sentence with no quote of its own, right after one that holds an
    indirect quote in the same paragraph, rests on the same speaker."""
    if sentence == 0:
        return None
    s, before = doc.sentences[sentence], doc.sentences[sentence - 1]
    if s.paragraph != before.paragraph or any(s.start <= q["start"] < s.end for q in doc.quotes):
        return None
    return next((q for q in doc.quotes if q["kind"] == "indirect" and q["speaker"]
                 and before.start <= q["start"] < before.end), None)


def attribution(quote: dict | None) -> dict | None:
    if not quote or not quote["speaker"]:
        return None
    speaker = quote["speaker"]
    shown = speaker.get("refers_to") or speaker
    return {"text": shown["text"], "entity": speaker.get("entity"),
            "source": quote["source"]["text"] if quote.get("source") else None}
