"""The `times` component: Indonesian time expressions with TIMEX3 values resolved against the
article's publication date (`bulan ini` → 2023-09, `Rabu` → 2023-08-30, `sekitar 10 hari` → P10D)."""
from __future__ import annotations

import datetime as dt
import re

from ..document import Document
from ..reader.boilerplate import outside_furniture
from ..registry import component
from .grammar import rules, words
from .resolve import Context, Value, anchor_of, resolve

NOT_A_DURATION = re.compile(r"\s+(?:(?:19|20)\d\d|ini|itu|tersebut|ke-?\d)\b", re.IGNORECASE)
AGE_WORDS = re.compile(r"(?:usia|berusia|umur|berumur|umurnya|usianya)\s+$", re.IGNORECASE)
AGE_UNITS = {"tahun", "bulan"}
PRAYER = re.compile(r"(?:salat|shalat|sholat)\s+$", re.IGNORECASE)
CLOCK_THEN_DAY = re.compile(r"^\s*(?:,|pada|tanggal|hari)?\s*$", re.IGNORECASE)
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def find_candidates(text: str) -> list[tuple[int, int, str, dict]]:
    """Every rule's matches as (start, end, rule, groups); the span is group `keep` where a rule has one."""
    found = []
    for order, (name, pattern) in enumerate(rules()):
        for m in pattern.finditer(text):
            start, end = m.span("keep") if "keep" in pattern.groupindex else m.span()
            found.append((start, end, order, name, m.groupdict()))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    chosen, last_end = [], -1
    for start, end, _, name, groups in found:
        if start >= last_end:
            chosen.append((start, end, name, groups))
            last_end = end
    return chosen


def _reported(before: str) -> bool:
    """`..., kata X di Mataram, Sabtu`: the day a statement was made is past, whatever the statement says."""
    return any(word in words().reporting_verbs for word in re.findall(r"\w+", before.lower()))


def speaks_of_future(sentence_text: str) -> bool:
    return any(word in words().future_cues for word in re.findall(r"\w+", sentence_text.lower()))


def time_expressions(text: str, published: str | None, sentences=None) -> list[dict]:
    """Time expressions in `text`, resolved against `published` (ISO date or date-time)."""
    anchor, zone = anchor_of(published)
    spans = [(s.start, s.end) for s in sentences] if sentences else [(0, len(text))]
    out: list[dict] = []
    last_rule = None
    for start, end, rule, groups in find_candidates(text):
        if not _is_time_expression(text, start, end, rule, groups, out):
            continue
        s_start, s_end = next(((a, b) for a, b in spans if a <= start < b), (0, len(text)))
        future = speaks_of_future(text[s_start:s_end]) and not _reported(text[s_start:start])
        base = anchor
        if _counts_from_narrative(rule, groups):
            base = _last_day_named(out) or anchor
        value = resolve(rule, groups, Context(base, zone, future))
        if value is None:
            continue
        if rule == "clock":
            value = _on_the_day_named(value, out, s_start)
        elif last_rule == "clock" and _names_the_clock_day(text, out[-1], start, value):
            out[-1]["value"] = value.value + out[-1]["value"][out[-1]["value"].index("T"):]
        out.append({
            "start": start, "end": end, "text": text[start:end], "type": value.type, "value": value.value,
            "mod": value.mod, "anchor": base.isoformat() if base and _needs_anchor(rule, groups) else None,
        })
        last_rule = rule
    return out


def _counts_from_narrative(rule: str, groups: dict) -> bool:
    """`hari itu`, `dua hari kemudian`, `sehari sebelumnya` count from the story's last named day."""
    if rule == "narrative_day":
        return True
    direction = " ".join((groups.get("dir") or "").lower().split())
    return rule in ("n_units_relative", "single_duration") and direction in ("kemudian", "sebelumnya")


def _last_day_named(earlier: list[dict]) -> dt.date | None:
    for t in reversed(earlier):
        if t["type"] in ("DATE", "TIME") and t["value"] and DAY_VALUE.match(t["value"][:10]):
            try:
                return dt.date.fromisoformat(t["value"][:10])
            except ValueError:
                return None
    return None


def _is_time_expression(text: str, start: int, end: int, rule: str, groups: dict, earlier: list[dict]) -> bool:
    before = text[max(0, start - 12):start]
    if rule == "duration" and groups["unit"].lower() in AGE_UNITS and AGE_WORDS.search(before):
        return False  # `berusia 70 tahun` is an age
    if rule == "duration" and NOT_A_DURATION.match(text[end:end + 12]):
        return False  # `Nomor 15 Tahun 2003` (a law), `pemain 25 tahun itu` (an age), `semester 2 tahun ini`
    if rule == "bare_year" and not _ends_a_year(text, end):
        return False
    if rule == "weekday" and PRAYER.search(before):
        return False  # `salat Jumat` is the Friday prayer
    if rule == "anchor_day" and earlier and text[earlier[-1]["end"]:start].isspace():
        return False  # `10 November kemarin`: the word only says the date is past
    return True


def _names_the_clock_day(text: str, clock: dict, start: int, value: Value) -> bool:
    """`pukul 06.00 WIB pada 1 Januari 2018`: a day named right after a clock time is its day."""
    return bool(value.value and DAY_VALUE.match(value.value) and CLOCK_THEN_DAY.match(text[clock["end"]:start]))


def _ends_a_year(text: str, end: int) -> bool:
    """A lone year is not followed by what it would count: `2000 orang`."""
    following = re.match(r"\s+([a-z]+)", text[end:end + 20])
    return following is None or following.group(1) not in words().count_nouns


def _needs_anchor(rule: str, groups: dict) -> bool:
    if rule in ("iso_date", "numeric_date", "month_year", "year", "bare_year", "listed_year", "year_range", "year_era",
                "decade", "duration", "every"):
        return False
    return not groups.get("y") and not groups.get("y2")


def _on_the_day_named(value: Value, earlier: list[dict], sentence_start: int) -> Value:
    """`Selasa (5/9) pukul 14.30`: a clock time takes the day named before it in its sentence."""
    for t in reversed(earlier):
        if t["start"] < sentence_start:
            break
        if t["type"] == "DATE" and t["value"] and DAY_VALUE.match(t["value"]):
            return Value("TIME", t["value"] + value.value[value.value.index("T"):], value.mod)
    return value


@component("times", requires=("sentences",))
def times(doc: Document) -> None:
    doc.times = outside_furniture(doc.text, time_expressions(doc.text, doc.published, doc.sentences))
