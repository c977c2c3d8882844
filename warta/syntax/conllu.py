"""CoNLL-U treebanks as surface-token sentences: what warta's tokenizer produces is what the model learns.

UD Indonesian splits clitics into syntactic words (`menyetujuinya` = `menyetujui` + `nya`); warta
keeps the surface word whole, so each multiword token becomes one token carrying the annotation of
its syntactic head word (the part whose head lies outside the range).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    feats: str  # `_` for none
    head: int  # 0-based index of the head in the sentence, -1 for the root
    deprel: str
    space_after: bool


@dataclass
class Sentence:
    sent_id: str
    text: str
    words: list[Word]


def _rows(block: list[str]) -> tuple[dict[str, str], list[list[str]]]:
    comments, rows = {}, []
    for line in block:
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            comments[key.strip()] = value.strip()
        else:
            rows.append(line.split("\t"))
    return comments, rows


def _merge(rows: list[list[str]]) -> list[Word]:
    """Surface tokens from syntactic words; multiword tokens merged into their head word."""
    ranges = {}
    for r in rows:
        if "-" in r[0]:
            first, last = map(int, r[0].split("-"))
            ranges[first] = (last, r[1], r[9])
    words = {int(r[0]): r for r in rows if r[0].isdigit()}
    surface_of: dict[int, int] = {}  # syntactic word id -> surface index
    surface: list[tuple[list[str], str, str]] = []  # (annotation row, form, misc)
    i = 1
    while i <= len(words):
        if i in ranges:
            last, form, misc = ranges[i]
            span = range(i, last + 1)
            head_word = next((w for w in span if int(words[w][6]) not in span), i)
            for w in span:
                surface_of[w] = len(surface)
            surface.append((words[head_word], form, misc))
            i = last + 1
        else:
            surface_of[i] = len(surface)
            surface.append((words[i], words[i][1], words[i][9]))
            i += 1
    return [
        Word(form, row[2], row[3], row[5], surface_of[int(row[6])] if row[6] != "0" else -1, row[7],
             "SpaceAfter=No" not in misc)
        for row, form, misc in surface
    ]


def read_conllu(path: Path) -> list[Sentence]:
    sentences = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        comments, rows = _rows([line for line in block.splitlines() if line.strip()])
        if rows:
            sentences.append(Sentence(comments.get("sent_id", ""), comments.get("text", ""), _merge(rows)))
    return sentences
