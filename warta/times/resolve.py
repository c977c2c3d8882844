"""TIMEX3 values for matched time expressions, resolved against an anchor date.

A month or day without a year takes the year that puts it nearest the anchor; a bare weekday is
the most recent one (the anchor's own day included) unless the sentence speaks of the future
(`akan`, `dijadwalkan`, ...), then the next one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .grammar import words

UNIT_DAYS = {"D": 1, "W": 7}


@dataclass
class Context:
    anchor: dt.date | None
    zone: str | None  # the anchor's UTC offset, `+07:00`
    future: bool  # the sentence speaks of what will happen


@dataclass
class Value:
    type: str
    value: str | None
    mod: str | None = None


def number(text: str) -> float | None:
    text = " ".join(text.lower().split())
    if text in words().numbers:
        return words().numbers[text]
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def month_of(text: str) -> int:
    return words().months[text.lower().rstrip(".")]


def full_year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def nearest_year(month: int, day: int | None, ctx: Context, past: bool = False) -> int | None:
    """The year that puts month (and day) nearest the anchor; with `past` (`10 November lalu`), not after it."""
    if ctx.anchor is None:
        return None
    years = [ctx.anchor.year - 1, ctx.anchor.year] + ([] if past else [ctx.anchor.year + 1])
    best = None
    for year in years:
        try:
            when = dt.date(year, month, day or 15)
        except ValueError:
            continue
        if past and (when > ctx.anchor if day else (year, month) > (ctx.anchor.year, ctx.anchor.month)):
            continue
        distance = abs((when - ctx.anchor).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def date_value(year: int | None, month: int, day: int | None = None) -> str | None:
    if year is None:
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def shift(anchor: dt.date, unit: str, n: int) -> str:
    """The anchor moved by n units, written at that unit's granularity."""
    if unit in UNIT_DAYS:
        when = anchor + dt.timedelta(days=n * UNIT_DAYS[unit])
        if unit == "W":
            iso = when.isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}"
        return when.isoformat()
    if unit == "M":
        months = anchor.year * 12 + anchor.month - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * n) // 10:03d}"
    if unit == "CE":
        return f"{(anchor.year + 100 * n) // 100:02d}"
    return anchor.isoformat()  # hours, minutes: the day itself


def first_day(value: str | None) -> dt.date | None:
    """The first calendar day a DATE value covers (`2017-W12` its Monday, `2017-06` the first of June);
    None for values that name no calendar span (`XXXX-WXX-1`, `PAST_REF`)."""
    m = re.match(r"(\d{4})(?:-(W)?(\d{2})(?:-(\d{2}))?|-Q(\d))?", value or "")
    if not m:
        return None
    year, week, month, day, quarter = m.groups()
    try:
        if week:
            return dt.date.fromisocalendar(int(year), int(month), 1)
        if quarter:
            return dt.date(int(year), 3 * int(quarter) - 2, 1)
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def day_moved(anchor: dt.date, unit: str, n: int) -> str:
    """The day n units from the anchor (a month on keeps the day of the month where it can)."""
    if unit in UNIT_DAYS:
        return (anchor + dt.timedelta(days=n * UNIT_DAYS[unit])).isoformat()
    months = {"M": n, "Y": 12 * n, "DE": 120 * n, "CE": 1200 * n}.get(unit, 0)
    total = anchor.year * 12 + anchor.month - 1 + months
    year, month = total // 12, total % 12 + 1
    for day in range(anchor.day, 27, -1):
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return dt.date(year, month, min(anchor.day, 28)).isoformat()


def weekday_date(weekday: int, ctx: Context, relative: str | None) -> dt.date | None:
    if ctx.anchor is None:
        return None
    relative = " ".join((relative or "").lower().split())
    back = (ctx.anchor.weekday() - weekday) % 7
    if relative in ("pekan lalu", "minggu lalu"):
        return ctx.anchor - dt.timedelta(days=back + (7 if back < 7 else 0))
    if relative in ("lalu", "kemarin"):
        return ctx.anchor - dt.timedelta(days=back or 7)
    if relative in ("pekan depan", "minggu depan"):
        monday_next = ctx.anchor + dt.timedelta(days=7 - ctx.anchor.weekday())
        return monday_next + dt.timedelta(days=weekday)
    if relative in ("depan", "mendatang") or (ctx.future and relative != "ini"):
        return ctx.anchor + dt.timedelta(days=(weekday - ctx.anchor.weekday()) % 7 or 7)
    return ctx.anchor - dt.timedelta(days=back)


ONE_UNIT = {"P1D": "hari", "P1W": "pekan", "P1M": "bulan", "P1Y": "tahun"}
PAST_MARKS = {"lalu", "kemarin", "silam"}


def is_past(g: dict) -> bool:
    """A date followed by `lalu`, `kemarin` or `silam` lies before the anchor."""
    return (g.get("rel") or "").lower() in PAST_MARKS


RELATIVE_STEP = {"ini": 0, "lalu": -1, "kemarin": -1, "sebelumnya": -1, "yang lalu": -1, "depan": 1, "mendatang": 1}
UNIT_WORD = {"pekan": "W", "minggu": "W", "bulan": "M", "tahun": "Y"}


def resolve(rule: str, g: dict, ctx: Context) -> Value | None:
    """The value of one match; None when the match is not a time expression after all."""
    w = words()
    if rule in ("weekday_date", "iso_date", "numeric_date"):
        day, month = int(g["d"]), int(g["m"])
        if not 1 <= month <= 12:
            return None
        year = full_year(g["y"]) if g.get("y") else nearest_year(month, day, ctx, past=is_past(g))
        value = date_value(year, month, day)
        return part_of_day(value, g.get("tod")) if value else None
    if rule == "day_range":
        month = month_of(g["mon"])
        d1, d2 = int(g["d1"]), int(g["d2"])
        year = int(g["y"]) if g.get("y") else nearest_year(month, d1, ctx, past=is_past(g))
        start, end = date_value(year, month, d1), date_value(year, month, d2)
        return Value("DATE", f"{start}/{end}") if start and end and d1 < d2 else None
    if rule == "day_month":
        month, day = month_of(g["mon"]), int(g["d"])
        year = int(g["y"]) if g.get("y") else nearest_year(month, day, ctx, past=is_past(g))
        value = date_value(year, month, day)
        return Value("DATE", value) if value else None
    if rule in ("month_year", "month"):
        month = month_of(g["mon"])
        year = int(g["y"]) if g.get("y") else nearest_year(month, None, ctx)
        relative = (g.get("rel") or "").lower()
        if ctx.anchor and (relative == "ini" or g.get("yrel")):  # `Oktober ini`, `Januari tahun lalu`
            year = ctx.anchor.year + RELATIVE_STEP.get((g.get("yrel") or "ini").lower(), 0)
        elif year and ctx.anchor:  # `September lalu` is behind the anchor, `September mendatang` ahead of it
            now = (ctx.anchor.year, ctx.anchor.month)
            year += -1 if relative in ("lalu", "kemarin") and (year, month) > now else 0
            year += 1 if relative in ("mendatang", "depan") and (year, month) < now else 0
        return Value("DATE", date_value(year, month))
    if rule == "cross_month_range":
        m1, m2 = month_of(g["mon1"]), month_of(g["mon2"])
        year2 = int(g["y"]) if g.get("y") else nearest_year(m2, int(g["d2"]), ctx)
        year1 = year2 - 1 if year2 and m1 > m2 else year2
        start, end = date_value(year1, m1, int(g["d1"])), date_value(year2, m2, int(g["d2"]))
        return Value("DATE", f"{start}/{end}") if start and end else None
    if rule == "present":
        return Value("DATE", "PRESENT_REF")
    if rule == "past_ref":
        return Value("DATE", "PAST_REF")
    if rule == "single_duration":
        value = w.single_durations[" ".join(g["word"].lower().split())]
        if g.get("once"):  # `seminggu sekali`: once a week
            return Value("SET", value)
        if g.get("dir") and value in ONE_UNIT:  # `seminggu yang lalu`
            return _n_units_relative({"unit": ONE_UNIT[value], "n": "1", "dir": g["dir"]}, ctx)
        return Value("DURATION", value, w.approx.get(" ".join((g.get("approx") or "").lower().split())))
    if rule == "vague_duration":
        return Value("DURATION", w.vague_durations[g["word"].lower()], "APPROX")
    if rule == "narrative_day":  # the anchor is the last day the text named, where it named one
        days, part = w.narrative_days[" ".join(g["word"].lower().split())]
        return part_of_day((ctx.anchor + dt.timedelta(days=days)).isoformat() if ctx.anchor else None, part)
    if rule == "anchor_part":
        days, part = w.parts_of_anchor_day[" ".join(g["word"].lower().split())]
        return part_of_day((ctx.anchor + dt.timedelta(days=days)).isoformat() if ctx.anchor else None, part)
    if rule == "month_range":
        m1, m2 = month_of(g["mon1"] or g["mon1b"]), month_of(g["mon2"])
        year = int(g["y"]) if g.get("y") else nearest_year(m1, None, ctx)
        return Value("DATE", f"{date_value(year, m1)}/{date_value(year, m2)}") if m1 < m2 else None
    if rule == "year_part":
        code, n = w.year_parts[g["part"].lower()], w.ordinals[g["n"].lower()]
        if g.get("y"):
            year = int(g["y"])
        elif ctx.anchor:
            year = ctx.anchor.year + RELATIVE_STEP.get((g.get("rel") or "ini").lower(), 0)
        else:
            return Value("DATE", None)
        return Value("DATE", f"{year}-{code}{n}")
    if rule == "year_range":
        second = g["y2"] if len(g["y2"]) == 4 else g["y1"][:2] + g["y2"]  # `2011/12` → 2012
        return Value("DATE", f"{g['y1']}/{second}") if g["y1"] < second else None
    if rule == "year_era":
        return Value("DATE", g["y"])
    if rule == "decade":
        decade = g["dec"]
        return Value("DATE", (decade if len(decade) == 4 else "19" + decade)[:3])
    if rule in ("year", "bare_year", "listed_year"):
        return Value("DATE", g["y"])
    if rule == "part_of":
        mod = w.parts[g["part"].lower()]
        if g.get("mon"):
            month = month_of(g["mon"])
            year = int(g["y"]) if g.get("y") else nearest_year(month, None, ctx)
            return Value("DATE", date_value(year, month), mod)
        if g.get("y2"):
            return Value("DATE", g["y2"], mod)
        unit = UNIT_WORD[(g.get("unit") or g.get("unit2")).lower()]
        step = RELATIVE_STEP.get(" ".join((g.get("rel") or "ini").lower().split()), 0)
        value = shift(ctx.anchor, unit, step) if ctx.anchor else None
        if unit == "W" and mod == "END":  # `akhir pekan` is the weekend
            return Value("DATE", f"{value}-WE" if value else None)
        return Value("DATE", value, mod)
    if rule == "relative_period":
        unit = UNIT_WORD[g["unit"].lower()]
        step = RELATIVE_STEP[" ".join(g["rel"].lower().split())]
        return Value("DATE", shift(ctx.anchor, unit, step) if ctx.anchor else None)
    if rule == "n_units_relative":
        return _n_units_relative(g, ctx)
    if rule == "duration":
        return _duration(g)
    if rule == "every":
        return _every(g)
    if rule == "anchor_day":
        days = w.days_from_anchor[" ".join(g["word"].lower().split())]
        return Value("DATE", (ctx.anchor + dt.timedelta(days=days)).isoformat() if ctx.anchor else None)
    if rule == "weekday":
        if g["wd"] == "minggu":  # lower-case `minggu` is a week, not Sunday
            return None
        when = weekday_date(w.weekdays[g["wd"].lower()], ctx, g.get("rel"))
        return part_of_day(when.isoformat() if when else None, g.get("tod"))
    if rule == "clock":
        return _clock(g, ctx)
    if rule == "holiday":
        return _holiday(g, ctx)
    return None


PARTS_OF_DAY = {"pagi": "MO", "dini hari": "MO", "siang": "MI", "sore": "AF", "petang": "EV", "malam": "NI"}


def part_of_day(day: str | None, tod: str | None) -> Value:
    """`Rabu malam` is a TIME: the day with TIMEX3's part-of-day code (2023-08-30TNI)."""
    if not tod:
        return Value("DATE", day)
    part = re.sub(r"\s*\b(?:wib|wita|wit)$", "", " ".join(tod.lower().split())).replace("dinihari", "dini hari")
    code = PARTS_OF_DAY[part]
    return Value("TIME", f"{day}T{code}" if day else None)


def _n_units_relative(g: dict, ctx: Context) -> Value | None:
    unit = words().units[g["unit"].lower()]
    n = number(g["n"])
    direction = " ".join(g["dir"].lower().split())
    mod = words().approx.get(" ".join((g.get("approx") or "").lower().split()))
    if ctx.anchor is None:
        return Value("DATE", None, mod)
    if n is None and direction in ("terakhir", "belakangan"):  # `beberapa hari terakhir`: a vague stretch
        return Value("DURATION", f"PX{unit}", mod or "APPROX")
    if unit in ("TH", "TM", "S") and direction in ("terakhir", "belakangan"):  # `6,8 detik terakhir` of a game
        return _duration(g)
    if n is None or n != int(n):  # `beberapa hari lalu`: some time before the anchor
        return Value("DATE", "PAST_REF" if direction in words().past_after else "FUTURE_REF", mod)
    n = int(n)
    if direction in ("terakhir", "ke depan", "mendatang", "yang akan datang"):  # a stretch up to or from now
        if direction == "terakhir":
            return Value("DATE", f"{day_moved(ctx.anchor, unit, -n)}/{ctx.anchor.isoformat()}", mod)
        return Value("DATE", f"{ctx.anchor.isoformat()}/{day_moved(ctx.anchor, unit, n)}", mod)
    sign = -1 if direction in words().past_after else 1
    return Value("DATE", shift(ctx.anchor, unit, sign * n), mod)


def _duration(g: dict) -> Value:
    unit = words().units[g["unit"].lower()]
    mod = words().approx.get(" ".join((g.get("approx") or "").lower().split()))
    n = number(g["n"])
    amount = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if n is None:
        mod = mod or "APPROX"
    if unit in ("TH", "TM", "S"):
        return Value("DURATION", f"PT{amount}{unit[-1]}", mod)
    if unit == "DE":
        return Value("DURATION", f"P{amount}0Y" if n else "PXY", mod)
    if unit == "CE":
        return Value("DURATION", f"P{amount}00Y" if n else "PXY", mod)
    return Value("DURATION", f"P{amount}{unit}", mod)


def _every(g: dict) -> Value:
    if g.get("wd"):
        return Value("SET", f"XXXX-WXX-{words().weekdays[g['wd'].lower()] + 1}")
    unit = g["unit"].lower()
    if unit in ("pagi", "malam", "sore"):
        return Value("SET", "P1D")
    code = words().units[unit]
    return Value("SET", f"PT1{code[-1]}" if code in ("TH", "TM", "S") else f"P1{code}")


def _clock(g: dict, ctx: Context) -> Value | None:
    hour, minute = int(g["h"]), int(g.get("mi") or 0)
    tod = " ".join((g.get("tod") or "").lower().split())
    if tod in ("sore", "malam", "petang") and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return None
    zone = words().zones.get((g.get("zone") or "").lower()) or (None if g.get("local") else ctx.zone)
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    mod = "APPROX" if g.get("approx") else None
    return Value("TIME", f"{day}T{hour:02d}:{minute:02d}" + (zone or ""), mod)


def _holiday(g: dict, ctx: Context) -> Value | None:
    name = " ".join(g["name"].lower().split())
    w = words()
    if name in w.lebaran_names:
        step = RELATIVE_STEP.get((g.get("rel") or "ini").lower(), 0)
        year = g.get("y") or (str(ctx.anchor.year + step) if ctx.anchor else None)
        if year is None:
            return Value("DATE", None)
        return Value("DATE", w.lebaran.get(year, year))
    month, day = map(int, w.fixed_holidays[name].split("-"))
    year = int(g["y"]) if g.get("y") else nearest_year(month, day, ctx)
    if g.get("rel") and ctx.anchor:
        year = ctx.anchor.year + RELATIVE_STEP[g["rel"].lower()]
    return Value("DATE", date_value(year, month, day))


def anchor_of(published: str | None) -> tuple[dt.date | None, str | None]:
    """The publication date and UTC offset from `2023-09-05T14:31:00+07:00` or `2023-09-05`."""
    if not published:
        return None, None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None, None
    zone = re.search(r"[+-]\d{2}:\d{2}$", published)
    return day, zone.group(0) if zone else None
