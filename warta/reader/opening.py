"""The opening of an Indonesian news story: outlet and dateline before the first dash.

`NUSADAILY.COM - PYONGYANG -`, `JAKARTA, KOMPAS.com -`, `Jakarta (ANTARA) -`, `TEMPO.CO, Jakarta -`,
`REPUBLIKA.CO.ID, JAKARTA --`, `Jakarta, CNN Indonesia --`, detik's bare `Jakarta -`, `Merdeka.com -`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..data import load_json

_DASH = r"(?:-{1,3}|–|—)"
_PART = r"[\w][\w.&'’]*(?:-\w[\w.&'’]*)*(?:\s+[\w][\w.&'’]*(?:-\w[\w.&'’]*)*){0,3}"  # KOMSOMOLSK-NA-AMURE
_OPENINGS = (
    # Jakarta (ANTARA) -  /  Samarinda, Kalimantan Timur (ANTARA News) -
    re.compile(rf"^(?P<a>{_PART}(?:,\s*{_PART}){{0,2}}),?\s*\((?P<b>[^()]{{2,30}})\)\s*{_DASH}\s*"),
    re.compile(rf"^(?P<a>{_PART})\s*(?:,|{_DASH})\s*(?P<b>{_PART})\s*{_DASH}\s+"),  # A, B -  /  A - B -
    re.compile(rf"^(?P<a>{_PART})\s*{_DASH}\s+"),  # KOMPAS.com -  /  Jakarta -
)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id|net|org|tv|news|info)$", re.I)


@dataclass
class Opening:
    end: int  # length of the opening, to be cut from the paragraph
    outlet: str | None
    dateline: str | None


def _outlet_table() -> tuple[dict[str, str], dict[str, str]]:
    markers, domains = {}, {}
    for outlet in load_json("id/outlets.json")["outlets"]:
        markers.update({m.lower(): outlet["name"] for m in outlet["markers"]})
        domains.update({d.lower(): outlet["name"] for d in outlet["domains"]})
    return markers, domains


MARKERS, DOMAINS = _outlet_table()
KNOWN_OUTLETS = set(MARKERS.values())
RUBRICS = {r.lower() for r in load_json("id/outlets.json")["rubrics"]}


def outlet_name(marker: str) -> str | None:
    """The outlet a marker such as `KOMPAS.com` or `NUSADAILY.COM` names, or None if it names none."""
    key = marker.strip().lower()
    if key in MARKERS:
        return MARKERS[key]
    if _DOMAIN.match(key):
        return key.split(".")[0].capitalize()
    return None


def outlet_from_url(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.lower().removeprefix("www.")
    for domain, name in DOMAINS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return outlet_name(host) if host else None


def _is_place(part: str) -> bool:
    """`Jakarta`, `PYONGYANG`, `Samarinda, Kalimantan Timur`."""
    words = part.replace(",", " ").split()
    return (
        len(words) <= 5
        and len(part) <= 40
        and all(w[0].isupper() and w.replace(".", "").replace("'", "").replace("-", "").isalpha() for w in words)
    )


def _starts_sentence(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'")


def parse_opening(paragraph: str, bare_place: bool = False) -> Opening | None:
    """Recognise an outlet/dateline opening at the start of a paragraph. A place alone (`Jakarta -`) counts
    only in capitals or when `bare_place` says the outlet is known otherwise (detik prints no marker). A rubric
    label (`OPINI -`) is cut but is no dateline. The story must go on with a capital (not `Baru - baru ini`)."""
    for form, pattern in enumerate(_OPENINGS):
        m = pattern.match(paragraph)
        if not m:
            continue
        parts = [p for p in (m.groupdict().get("a"), m.groupdict().get("b")) if p]
        outlets = [outlet_name(p) for p in parts]
        if form == 0 and outlets[1] is None and parts[1][0].isupper():  # `Place (AGENCY) -`: the agency by position
            outlets[1] = parts[1]
        rubrics = [p for p in parts if p.lower() in RUBRICS]
        places = [p for p, o in zip(parts, outlets, strict=True) if o is None and p not in rubrics and _is_place(p)]
        if len(places) + len(rubrics) + sum(o is not None for o in outlets) != len(parts) or len(places) > 1:
            continue
        if not _starts_sentence(paragraph[m.end():]):  # `Hari - hari ...` is a word, not an opening
            continue
        outlet = next((o for o in outlets if o), None)
        if places and not outlet and not (bare_place or places[0].isupper()):
            continue
        return Opening(m.end(), outlet, places[0] if places else None)
    return None
