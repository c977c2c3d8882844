"""Publication times as Indonesian and English news sites print them.

`Selasa, 5 September 2023 14:31 WIB`, `05/09/2023, 14:31 WIB`, `5 Sep 2023 | 14.31 WIB`,
`Sep 5, 2023 - 14:31`, ISO 8601. Numeric dates are day first, as in Indonesia.
Without a zone an Indonesian outlet means WIB; the caller is told the zone was assumed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..data import load_json

_CAL = load_json("id/calendar.json")
MONTHS: dict[str, int] = _CAL["months"]
WEEKDAYS: dict[str, int] = _CAL["weekdays"]
ZONES: dict[str, str] = _CAL["zones"]
DEFAULT_ZONE: str = _CAL["default_zone"]

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = r"(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:[:.](?P<ss>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
_ZONE = r"(?P<zone>wita|wib|wit|gmt|utc|z)\s*(?P<zoff>[+-]\s*\d{1,2}(?::?\d{2})?)?"
_DATE_FORMS = (
    rf"(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\.?\s+(?P<y>\d{{4}})",            # 5 September 2023
    rf"(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})",  # Sep 5, 2023
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})",                    # 05/09/2023
    r"(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})",                    # 2023-09-05
)
_SEP = r"[\s,|\-–—/@]*(?:pukul|jam|at)?[\s,|\-–—/@]*"
_PATTERNS = [
    re.compile(rf"(?<!\w){form}(?!\d)(?:{_SEP}{_TIME}(?:\s*{_ZONE})?)?(?!\w)", re.I) for form in _DATE_FORMS
]
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


@dataclass
class Published:
    value: str  # ISO 8601: a date, or a date and time with offset
    assumed_zone: str | None  # the zone name assumed when the text gave none
    start: int  # where the match lies in the parsed string
    end: int


def find_published(text: str) -> Published | None:
    """The first date (with time and zone where given) in `text`, or None."""
    text = text.strip()
    iso = _parse_iso(text)
    if iso:
        return iso
    best = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            found = _from_match(m)
            if found and (best is None or found.start < best.start):
                best = found
            if found:
                break
    return best


def _parse_iso(text: str) -> Published | None:
    if not _ISO.match(text):
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(text) == 10:
        return Published(value.date().isoformat(), None, 0, len(text))
    if value.tzinfo is None:
        return Published(_with_zone(value, ZONES[DEFAULT_ZONE.lower()]), DEFAULT_ZONE, 0, len(text))
    return Published(value.isoformat(), None, 0, len(text))


def _from_match(m: re.Match) -> Published | None:
    g = m.groupdict()
    month = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
    try:
        day = dt.date(int(g["y"]), month, int(g["d"]))
    except ValueError:
        return None
    if not g.get("hh"):
        return Published(day.isoformat(), None, m.start(), m.end())
    hour, ampm = int(g["hh"]), (g.get("ampm") or "").lower()
    if ampm:
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    moment = dt.datetime.combine(day, dt.time(hour, int(g["mi"]), int(g["ss"] or 0)))
    offset, assumed = _offset(g.get("zone"), g.get("zoff"))
    return Published(_with_zone(moment, offset), assumed, m.start(), m.end())


def _offset(zone: str | None, zoff: str | None) -> tuple[str, str | None]:
    if zone and zone.lower() in ZONES:
        return ZONES[zone.lower()], None
    if zone and zoff:  # GMT+7, UTC+07:00
        sign, digits = zoff.replace(" ", "")[0], zoff.replace(" ", "")[1:].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        return f"{sign}{int(hours):02d}:{minutes}", None
    if zone:  # bare GMT/UTC/Z
        return "+00:00", None
    return ZONES[DEFAULT_ZONE.lower()], DEFAULT_ZONE


def _with_zone(moment: dt.datetime, offset: str) -> str:
    sign = 1 if offset[0] == "+" else -1
    hours, minutes = offset[1:].split(":")
    tz = dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))
    return moment.replace(tzinfo=tz).isoformat()


def is_dateline_only(line: str) -> bool:
    """True for a short line that is just a publication date (a page's date line), not prose."""
    line = line.strip()
    if len(line) > 90 or line.endswith("."):
        return False
    found = find_published(line)
    if not found:
        return False
    rest = (line[: found.start] + " " + line[found.end :]).lower()
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w not in WEEKDAYS]
    return len(words) <= 4
