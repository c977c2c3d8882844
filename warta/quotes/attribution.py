"""Who said it: the cue and speaker of each quoted span, reported speech without marks, pronoun
and group speakers resolved to what the article named before, and the channel a quote came through."""
from __future__ import annotations

import re

from ..document import Document
from ..entities.link import named_with_title, titles
from . import WORD, Quoted, cue_word, span, words

STOP_PUNCT = ",.;:!?()“”\"\n"
FRAME_POS = {"AUX", "ADV", "PART", "CCONJ", "SCONJ"}  # words before or after a speaker that are not them
MIN_WORDS = 4  # fewer words in marks, with no cue beside them, is a term or a title, not speech


def attribute(doc: Document, quoted: list[Quoted]) -> list[dict]:
    out: list[dict] = []
    taken: list[tuple[int, int]] = []
    for q in quoted:
        item = _direct(doc, q, out)
        if item:
            out.append(item)
            taken.append((q.open, q.close + 1))
    for s in doc.sentences:
        if any(a < s.end and s.start < b for a, b in taken):
            continue
        item = _reported(doc, s.start, s.end, quoted)
        if item:
            out.append(item)
    out.sort(key=lambda x: x["start"])
    for item in out:
        _resolve_speaker(doc, item, out)
        if item["source"]:
            item["source"]["entity"] = entity_inside(doc, item["source"])
    _source_of_the_article(doc, out)
    return out


def _source_of_the_article(doc: Document, items: list[dict]) -> None:
    """An article that says near its top where it took its story from (`seperti dikutip The New York Times
    melalui medcom`), and names no other channel, passes it to every quote: they all came that way."""
    sources = {(q["source"]["start"], q["source"]["end"]) for q in items if q["source"]}
    if len(sources) != 1:
        return
    source = next(q["source"] for q in items if q["source"])
    top = [p for p in doc.paragraphs if p.role != "headline"][:3]
    if top and source["start"] < top[-1].end:
        for q in items:
            q["source"] = q["source"] or dict(source)


def _direct(doc: Document, q: Quoted, earlier: list[dict]) -> dict | None:
    text = doc.text
    after = _attribution_after(doc, q.close + 1)
    before = _attribution_before(doc, q.open)
    content_words = len(WORD.findall(text[q.start:q.end]))
    if not after and not before:
        if content_words < MIN_WORDS or _titled(text, q.open):
            return None  # `“kemenangan”`, a film title
        if _inside_reported_sentence(doc, q):
            return None  # handled as a mixed quote by the sentence's reported speech
        previous = earlier[-1] if earlier else None
        speaker = dict(previous["speaker"]) if previous and previous["speaker"] and \
            _near(doc, previous["end"], q.open) else None
        return _item(doc, q.start, q.end, "direct", None, speaker, None, continued=True)
    cue, speaker, source = after or before
    return _item(doc, q.start, q.end, "direct", cue, speaker, source)


def _titled(text: str, open_at: int) -> bool:
    before = WORD.findall(text[max(0, open_at - 30):open_at].lower())
    return bool(before) and before[-1] in words().title_words


def _near(doc: Document, end: int, start: int) -> bool:
    """The next paragraph at most: a quote with no cue continues the speaker of the quote just before."""
    return doc.text.count("\n\n", end, start) <= 1


def _inside_reported_sentence(doc: Document, q: Quoted) -> bool:
    s = next((s for s in doc.sentences if s.start <= q.open < s.end), None)
    if s is None:
        return False
    return any(cue_word(w) in words().verbs or w.lower() in words().according_to
               for w in WORD.findall(doc.text[s.start:q.open]))


def _attribution_after(doc: Document, at: int):
    """`,” kata X di …` / `,” ujarnya.` / `,” menurut X, seperti dikutip Y.`"""
    text = doc.text
    m = re.match(r"[,\s]*([\w-]+)", text[at:at + 40])
    if not m or m.start(1) > 3:
        return None
    word = m.group(1)
    base = cue_word(word)
    if base is None or (base not in words().after and word.lower() not in words().according_to):
        return None
    cue_start = at + m.start(1)
    cue = span(doc, cue_start, cue_start + len(word))
    if word.lower().endswith("nya") and word.lower() not in ("menurut",):
        speaker = {"start": cue_start + len(word) - 3, "end": cue_start + len(word), "text": "nya", "entity": None}
        return cue, speaker, source_after(doc, cue["end"])
    speaker = _speaker_after(doc, cue["end"])
    return cue, speaker, source_after(doc, speaker["end"] if speaker else cue["end"])


def _speaker_after(doc: Document, at: int) -> dict | None:
    text = doc.text
    i = at
    while i < len(text) and text[i] == " ":
        i += 1
    start, end = i, i
    for m in WORD.finditer(text, i):
        between = text[end:m.start()]
        if m.start() != i and (any(c in STOP_PUNCT for c in between) or m.group().lower() in words().speaker_stops
                               and end > start):
            break
        if m.start() - end > 2 and end > start:
            break
        end = m.end()
        if any(c in STOP_PUNCT for c in text[m.end():m.end() + 1]):
            break
    return {"start": start, "end": end, "text": text[start:end], "entity": None} if end > start else None


def _attribution_before(doc: Document, at: int):
    """`X mengatakan, “…` / `Menurut X, “…`"""
    text = doc.text
    para_start = text.rfind("\n\n", 0, at)
    para_start = 0 if para_start < 0 else para_start + 2
    lead = text[para_start:at].rstrip()
    if not lead.endswith((",", ":")) and not lead:
        return None
    head = lead.rstrip(",: ")
    m = re.search(r"([\w-]+)$", head)
    if not m:
        return None
    base = cue_word(m.group(1))
    cue_start = para_start + m.start(1)
    if base in words().verbs or base in words().after:
        sentence_start = _sentence_start(doc, cue_start)
        speaker = _subject(doc, sentence_start, cue_start)
        return span(doc, cue_start, cue_start + len(m.group(1))), speaker, None
    according = re.search(r"\b(menurut(?:nya)?)\s+([^,]+),?$", head, re.IGNORECASE)
    if according:
        cue_start = para_start + according.start(1)
        sp_start = para_start + according.start(2)
        speaker = {"start": sp_start, "end": sp_start + len(according.group(2).rstrip()),
                   "text": according.group(2).rstrip(), "entity": None}
        return span(doc, cue_start, cue_start + len(according.group(1))), speaker, None
    return None


def _sentence_start(doc: Document, at: int) -> int:
    starts = [s.start for s in doc.sentences if s.start <= at]
    return starts[-1] if starts else 0


def _subject(doc: Document, start: int, cue_start: int) -> dict | None:
    """The speaker before a reporting verb: a person named there, else what follows the last comma."""
    people = [m for m in doc.mentions if start <= m["start"] and m["end"] <= cue_start]
    for label in ("PER", "ORG", "GPE", "LOC"):
        named = [m for m in people if m["label"] == label]
        if named and label == "PER":
            m = named[-1]
            return {"start": m["start"], "end": m["end"], "text": m["text"], "entity": m["entity"]}
    chunk = doc.text[start:cue_start]
    relative = re.search(r",\s+yang\b", chunk)  # `China, yang merupakan pesaing AS, mengatakan`: China
    cut = chunk.rfind(",") if relative is None else -1
    phrase_start = start + cut + 1 if cut >= 0 and chunk[cut + 1:].strip() else start
    phrase_end = start + relative.start() if relative else cue_start
    # not the words around the speaker: `Namun`, `baru akan`, `juga`
    inside = [t for t in doc.tokens if phrase_start <= t.start and t.end <= phrase_end and t.pos != "PUNCT"]
    while inside and inside[0].pos in FRAME_POS:
        inside.pop(0)
    while inside and inside[-1].pos in FRAME_POS:
        inside.pop()
    if not inside:
        return None
    phrase_start, phrase_end = inside[0].start, inside[-1].end
    return {"start": phrase_start, "end": phrase_end, "text": doc.text[phrase_start:phrase_end], "entity": None}


def source_after(doc: Document, at: int) -> dict | None:
    """`, seperti dikutip The New York Times melalui medcom` after the attribution."""
    text = doc.text
    window = text[at:at + 120]
    lowered = window.lower()
    for cue in words().source_cues:
        k = lowered.find(cue)
        if k >= 0 and not any(c in ".\n" for c in window[:k]):
            start = at + k + len(cue)
            while start < len(text) and text[start] == " ":
                start += 1
            end = start
            for m in WORD.finditer(text, start):
                if any(c in ",.;:\n" for c in text[end:m.start()]) and end > start:
                    break
                if m.group().lower() in {"pada", "di", "kepada"} and end > start:
                    break
                end = m.end()
            if end > start:
                return {"start": start, "end": end, "text": text[start:end], "entity": None}
    return None


def _reported(doc: Document, start: int, end: int, quoted: list[Quoted]) -> dict | None:
    """Reported speech in one sentence: `Menurut X, …`, `…, kata X.`, `X mengatakan (bahwa) …`."""
    text = doc.text
    sentence = text[start:end]
    body_end = end - 1 if sentence.rstrip().endswith(".") else end
    while body_end > start and text[body_end - 1] in " .":
        body_end -= 1
    kind = "mixed" if any(start <= q.open < end for q in quoted) else "indirect"
    # `Menurut X, …`
    m = re.match(r"\s*(Menurut(?:nya)?)\b\s*([^,]*),\s*", sentence)
    if m:
        cue = span(doc, start + m.start(1), start + m.end(1))
        speaker = _phrase(doc, start + m.start(2), start + m.end(2)) if m.group(2).strip() else _nya(cue)
        return _item(doc, start + m.end(), body_end, kind, cue, speaker, source_after(doc, cue["end"]))
    # `…, kata X.` / `…, menurut X.` at the end, or a cue set off by commas in the middle
    for m in re.finditer(r",\s+([\w-]+)\b", sentence):
        base = cue_word(m.group(1))
        if base is None or not (base in words().after or m.group(1).lower() in words().according_to):
            continue
        if base in words().verbs and m.group(1).lower() not in ("menurut",) and base != "menurut":
            continue  # `…, mengatakan …` is a verb of the next clause
        cue = span(doc, start + m.start(1), start + m.end(1))
        speaker = _nya(cue) if m.group(1).lower().endswith("nya") else _speaker_after(doc, cue["end"])
        content_end = start + m.start()
        return _item(doc, start, content_end if content_end - start > 10 else body_end, kind, cue, speaker,
                     source_after(doc, (speaker or cue)["end"]))
    # `Badan tersebut …, namun dikatakan bahwa …`: said by the sentence's subject
    m = re.search(r"\b(" + "|".join(words().passive_cues) + r")\s+bahwa\s+", sentence, re.IGNORECASE)
    if m:
        cue = span(doc, start + m.start(1), start + m.end(1))
        return _item(doc, start + m.end(), body_end, kind, cue, _sentence_subject(doc, start, start + m.start()), None)
    # `…, karena menurutnya …`
    m = re.search(r"\b(menurutnya)\s+", sentence, re.IGNORECASE)
    if m:
        cue = span(doc, start + m.start(1), start + m.end(1))
        return _item(doc, start + m.end(), body_end, kind, cue, _nya(cue), None)
    # `X mengatakan (,) (bahwa) …`
    previous = ""
    for m in WORD.finditer(sentence):
        base = cue_word(m.group())
        word_before, previous = previous, m.group().lower()
        if base not in words().verbs or word_before in ("yang", "tidak", "belum"):
            continue  # `pejabat yang menjelaskan rencana`: a relative clause, not a report
        cue_start = start + m.start()
        rest = start + m.end()
        b = re.match(r"[\s,:]*(?:bahwa\s+)?", text[rest:end])
        content_start = rest + b.end()
        if content_start >= body_end or cue_start == start:
            return None
        speaker = _subject(doc, start, cue_start)
        cue = span(doc, cue_start, rest)
        return _item(doc, content_start, body_end, kind, cue, speaker, None)
    return None


def _sentence_subject(doc: Document, start: int, end: int) -> dict | None:
    """The words a sentence opens with, up to its first verb, auxiliary, adverb or particle (syntax layer)."""
    tokens = [t for t in doc.tokens if start <= t.start and t.end <= end]
    cut = next((i for i, t in enumerate(tokens) if t.pos in ("VERB", "AUX", "ADV", "PART", "ADP", "SCONJ")), None)
    if not cut:
        return None
    return _phrase(doc, tokens[0].start, tokens[cut - 1].end)


def _phrase(doc: Document, start: int, end: int) -> dict:
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return {"start": start, "end": end, "text": doc.text[start:end], "entity": None}


def _nya(cue: dict) -> dict:
    return {"start": cue["end"] - 3, "end": cue["end"], "text": "nya", "entity": None}


def _item(doc, start, end, kind, cue, speaker, source, continued=False) -> dict:
    return {"start": start, "end": end, "text": doc.text[start:end], "kind": kind, "cue": cue, "speaker": speaker,
            "source": source, "continued": continued}


def _resolve_speaker(doc: Document, item: dict, all_items: list[dict]) -> None:
    """Speaker entity: a mention the speaker span overlaps (the person, else an organisation or country named
    in it); `-nya`, `ia`, `dia` → the last person named before; `mereka` → the last group speaker before."""
    speaker = item["speaker"]
    if item.pop("continued", False) or speaker is None:
        return
    text = speaker["text"].lower()
    if text == "nya" or text in words().pronouns:
        antecedent = _person_talked_about(doc, item, all_items)
        if antecedent:
            speaker["entity"] = antecedent.get("entity")
            speaker["refers_to"] = {k: antecedent[k] for k in ("start", "end", "text")}
        return
    if text in words().group_pronouns:
        group = next((q["speaker"] for q in reversed(all_items) if q["start"] < item["start"] and q["speaker"]
                      and q["speaker"]["text"].lower().startswith("para")), None)
        if group:
            speaker["entity"] = group.get("entity")
            speaker["refers_to"] = {k: group[k] for k in ("start", "end", "text")}
        return
    first = WORD.findall(text)
    if len(first) > 2 and first[-1] in ("tersebut", "itu") and first[0] in titles():
        # `terang Ketua MPR RI tersebut`: the person the article named with that title, not the MPR
        title = speaker["text"][:speaker["text"].lower().rindex(first[-1])]
        named = named_with_title(doc, title, speaker["start"]) or _last_mention(doc, speaker["start"], ("PER",))
        if named:
            speaker["entity"] = named["entity"]
            speaker["refers_to"] = {k: named[k] for k in ("start", "end", "text")}
            return
    speaker["entity"] = entity_inside(doc, speaker)
    if speaker["entity"] is None and first and first[-1] in ("tersebut", "itu"):  # `Badan tersebut` → KCNA
        labels = ("ORG",) if first[0] in words().organisation_nouns else ("PER",)
        named = _last_mention(doc, speaker["start"], labels)
        if named:
            speaker["entity"] = named["entity"]
            speaker["refers_to"] = {k: named[k] for k in ("start", "end", "text")}


def entity_inside(doc: Document, phrase: dict) -> str | None:
    """The entity a phrase names: its last person, else its last organisation, place or facility."""
    inside = [m for m in doc.mentions if phrase["start"] <= m["start"] and m["end"] <= phrase["end"]]
    for label in ("PER", "ORG", "GPE", "LOC", "FAC"):
        named = [m for m in inside if m["label"] == label]
        if named:
            return named[-1]["entity"]
    return None


def _person_talked_about(doc: Document, item: dict, all_items: list[dict]) -> dict | None:
    """Who `-nya` or `ia` is: the speaker of the quote just before (within two paragraphs), else the last
    person named with a full name, else the last person named."""
    before = [q for q in all_items if q["end"] <= item["start"] and q["speaker"] and q["speaker"].get("entity")]
    if before and doc.text.count("\n\n", before[-1]["end"], item["start"]) <= 2:
        previous = before[-1]["speaker"]
        return previous.get("refers_to") and {**previous["refers_to"], "entity": previous["entity"]} or previous
    people = [m for m in doc.mentions if m["end"] <= item["start"] and m["label"] == "PER"]
    full = [m for m in people if len(m["text"].split()) >= 2]
    return (full or people or [None])[-1]


def _last_mention(doc: Document, before: int, labels: tuple[str, ...]) -> dict | None:
    found = [m for m in doc.mentions if m["end"] <= before and m["label"] in labels]
    return found[-1] if found else None
