"""Regular expressions for Indonesian time expressions, built from the word lists in
data/id/calendar.json and data/id/time_words.json. Each rule names the kind of expression;
warta.times.resolve turns a match into a TIMEX3 value."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import load_json


@dataclass(frozen=True)
class Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    zones: dict[str, str]
    numbers: dict[str, int]
    vague: tuple[str, ...]
    units: dict[str, str]
    days_from_anchor: dict[str, int]
    parts: dict[str, str]
    approx: dict[str, str]
    past_after: tuple[str, ...]
    future_after: tuple[str, ...]
    every: tuple[str, ...]
    future_cues: frozenset[str]
    fixed_holidays: dict[str, str]
    lebaran: dict[str, str]
    lebaran_names: tuple[str, ...]
    parts_of_anchor_day: dict[str, list]
    present: tuple[str, ...]
    reporting_verbs: frozenset[str]
    past_ref: tuple[str, ...]
    single_durations: dict[str, str]
    vague_durations: dict[str, str]
    count_nouns: frozenset[str]
    ordinals: dict[str, int]
    year_parts: dict[str, str]
    narrative_days: dict[str, list]


@cache
def words() -> Words:
    cal, tw = load_json("id/calendar.json"), load_json("id/time_words.json")
    lebaran = {k: v for k, v in tw["lebaran"].items() if not k.startswith("_")}
    return Words(
        cal["months"], cal["weekdays"], cal["zones"], tw["numbers"], tuple(tw["vague_numbers"]), tw["units"],
        tw["days_from_anchor"], tw["parts"], tw["approx"], tuple(tw["past_after"]), tuple(tw["future_after"]),
        tuple(tw["every"]), frozenset(tw["future_cues"]), tw["fixed_holidays"], lebaran, tuple(tw["lebaran_names"]),
        {k: v for k, v in tw["parts_of_anchor_day"].items() if not k.startswith("_")}, tuple(tw["present"]),
        frozenset(tw["reporting_verbs"]), tuple(tw["past_ref"]), tw["single_durations"], tw["vague_durations"],
        frozenset(tw["count_nouns"]), tw["ordinals"], tw["year_parts"],
        {k: v for k, v in tw["narrative_days"].items() if not k.startswith("_")},
    )


def _alt(items) -> str:
    """A regex alternation, longest first, spaces matching any run of spaces."""
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(set(items), key=len, reverse=True))


# Weekday names that are also ordinary words or too short to trust alone.
_UNSAFE_WEEKDAYS = {"min", "sen", "sel", "rab", "kam", "jum", "sab", "sat", "sun", "mon", "wed", "thu", "fri", "tue"}
# English month names that are also English words; they count only with a day or a year next to them.
ENGLISH_WORDS = {"may", "march", "june", "july"}


@cache
def rules() -> list[tuple[str, re.Pattern]]:
    w = words()
    abbreviations = [m for m in w.months if any(o != m and o.startswith(m) and w.months[o] == w.months[m]
                                                for o in w.months)]
    month = rf"(?:{_alt(abbreviations)})\.?(?!\w)|(?:{_alt(m for m in w.months if m not in abbreviations)})"
    past_or_next = r"(?:lalu|kemarin|silam|besok|mendatang)"
    full_month = _alt(m for m in w.months if m not in abbreviations and m not in ENGLISH_WORDS)
    weekday = _alt(d for d in w.weekdays if d not in _UNSAFE_WEEKDAYS)
    year = r"(?:19|20)\d{2}"
    number = rf"(?:\d+(?:[.,]\d+)?|{_alt(w.numbers)})"
    amount = rf"(?:{number}|{_alt(w.vague)})"
    unit = _alt(w.units)
    approx = _alt(w.approx)
    part = _alt(w.parts)
    zone = _alt(w.zones)
    tod = rf"(?:pagi|siang|sore|malam|petang|dini\s*hari)(?:\s+(?:{_alt(w.zones)}))?"
    rel_word = r"(?:ini|lalu|depan|mendatang|kemarin|sebelumnya|yang\s+lalu)"
    b, e = r"(?<![\w-])", r"(?![\w-])"
    table = [
        ("weekday_date", rf"(?:hari\s+)?(?P<wd>{weekday}),?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
                         rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)(?:\s+(?P<tod>{tod}))?(?:\s+(?P<rel>{past_or_next}){e})?"),
        ("iso_date", rf"{b}(?P<y>{year})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){e}"),
        ("numeric_date", rf"{b}(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>{year}){e}"),
        ("cross_month_range", rf"{b}(?P<d1>\d{{1,2}})\s+(?P<mon1>{month})\s*(?:-|–|hingga|sampai)\s*"
                              rf"(?P<d2>\d{{1,2}})\s+(?P<mon2>{month})(?:\s+(?P<y>{year}))?{e}"),
        ("day_range", rf"{b}(?P<d1>\d{{1,2}})\s*(?:-|–|hingga|sampai|s\.?d\.?)\s*(?P<d2>\d{{1,2}})\s+"
                      rf"(?P<mon>{month})(?:\s+(?P<y>{year})|\s+(?P<rel>{past_or_next}))?{e}"),
        ("day_month", rf"{b}(?:tanggal\s+|(?P<wd>{weekday}),?\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{month})"
                      rf"(?:\s+(?P<y>{year})|\s+(?P<rel>{past_or_next}))?{e}"),
        ("part_of", rf"{b}(?P<part>{part})\s+(?:(?:bulan\s+)?(?P<mon>{full_month})(?:\s+(?P<y>{year}))?"
                    rf"|(?:tahun\s+)?(?P<y2>{year})|(?P<unit>pekan|minggu|bulan|tahun)\s+(?P<rel>{rel_word})"
                    rf"|(?P<unit2>pekan|minggu|bulan|tahun){e}(?!\s+(?:ke-?|\d)))"),
        ("month_range", rf"{b}(?:antara\s+(?P<mon1b>{full_month})\s+dan|(?P<mon1>{full_month})\s*(?:-|–|hingga|sampai))"
                        rf"\s*(?P<mon2>{full_month})"
                        rf"(?:\s+(?P<y>{year}))?{e}"),
        ("year_range", rf"{b}(?:tahun\s+)?(?P<y1>{year})\s*(?:-|–|/|hingga|sampai)\s*(?P<y2>{year}|\d{{2}}){e}"),
        ("decade", rf"{b}(?:tahun\s+)?(?P<dec>(?:19|20)?\d0)-an{e}"),
        ("year_part", rf"{b}(?P<part>{_alt(w.year_parts)})\s+(?:ke-?)?(?P<n>{_alt(w.ordinals)})"
                      rf"(?:\s+(?:tahun\s+)?(?P<y>{year})|\s+tahun\s+(?P<rel>ini|lalu|depan))?{e}"),
        ("month_year", rf"{b}(?:bulan\s+)?(?P<mon>{month})\s+(?P<y>{year}){e}"),
        ("year", rf"{b}(?<!ulang\s)(?:tahun\s+anggaran|tahun|musim)\s+(?P<y>{year})(?:\s+(?:ini|Masehi|M){e})?{e}"),
        ("year_era", rf"{b}(?P<y>{year})\s+(?:Masehi|M){e}"),
        ("relative_period", rf"{b}(?<!ulang\s)(?P<unit>pekan|minggu|bulan|tahun)\s+(?P<rel>{rel_word}){e}"),
        ("n_units_relative", rf"{b}(?:(?P<approx>{approx})\s+)?(?P<n>{amount})\s+(?P<unit>{unit})\s+"
                             rf"(?P<dir>{_alt(w.past_after + w.future_after)}){e}"),
        ("every", rf"{b}(?P<every>{_alt(w.every)})\s+(?:(?P<wd>{weekday})|(?P<unit>{unit}|pagi|malam|sore)){e}"),
        ("duration", rf"{b}(?:(?P<approx>{approx})\s+)?(?P<n>{amount})\s+(?P<unit>{unit}){e}"),
        ("narrative_day", rf"{b}(?P<word>{_alt(w.narrative_days)}){e}"),
        ("anchor_part", rf"{b}(?P<word>{_alt(w.parts_of_anchor_day)}){e}"),
        ("anchor_day", rf"{b}(?P<word>{_alt(w.days_from_anchor)}){e}"),
        ("present", rf"{b}(?P<word>{_alt(w.present)}){e}"),
        ("past_ref", rf"{b}(?P<word>{_alt(w.past_ref)}){e}"),
        ("single_duration", rf"{b}(?:(?P<approx>{approx})\s+)?(?P<word>{_alt(w.single_durations)})"
                            rf"(?:(?P<once>\s+sekali)|\s+(?P<dir>{_alt(w.past_after + w.future_after)}))?{e}"),
        ("vague_duration", rf"{b}(?P<word>{_alt(w.vague_durations)}){e}"),
        ("weekday", rf"{b}(?:hari\s+)?(?P<wd>{weekday})(?:\s+(?P<rel>pekan\s+lalu|minggu\s+lalu|pekan\s+depan"
                    rf"|minggu\s+depan|lalu|depan|mendatang|kemarin|ini))?(?:\s+(?P<tod>{tod}))?{e}"),
        ("clock", rf"{b}(?:(?P<approx>sekitar|sekira|kurang\s+lebih)\s+)?(?:pukul|pkl\.?|jam)\s*"
                  rf"(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?(?:\s*(?P<zone>{zone}))?"
                  rf"(?:\s+(?P<tod>{tod}))?(?P<local>\s+waktu\s+setempat)?{e}"),
        ("holiday", rf"{b}(?P<name>{_alt(list(w.fixed_holidays) + list(w.lebaran_names))})"
                    rf"(?:\s+(?P<y>{year})|\s+tahun\s+(?P<rel>ini|lalu|depan))?{e}"),
        ("month", rf"{b}(?:bulan\s+)?(?P<mon>{full_month})"
                  rf"(?:\s+(?P<rel>lalu|mendatang|depan|kemarin|ini)|\s+tahun\s+(?P<yrel>ini|lalu|depan))?{e}"),
        ("listed_year", rf"(?<=\d{{4}},\s)(?P<y>{year})(?![\w-]|[.,]\d)"),  # `pada 2008, 2013, dan 2014`
        # a year alone only after a word that introduces one; the span is the year (`keep`)
        ("bare_year", rf"{b}(?:pada|sejak|hingga|sampai|selama|sepanjang|di|dan|atau|era|periode|antara|dari|\()\s*"
                      rf"(?P<keep>(?P<y>{year}))(?![\w-]|[.,]\d)"),
    ]
    return [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in table]
