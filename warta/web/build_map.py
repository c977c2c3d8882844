"""Build the web UI's world map (static/world.json) from a TopoJSON file of country boundaries.

    python -m warta.web.build_map countries-110m.json

The shipped map comes from Natural Earth's 1:110m countries (public domain) as packaged in the npm
package world-atlas 2.0.2 (`npm pack world-atlas@2`). TopoJSON stores shared borders once, as
delta-encoded integer arcs; this writes plain rings of [lon, lat] rounded to 0.1 degree."""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).parent / "static" / "world.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 1), round(y * sy + ty, 1)))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs) -> list[list[float]]:
    points: list[list[float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]  # a negative index walks the arc backwards
        for point in arc[1:] if points else arc:  # consecutive arcs share their joining point
            if not points or list(point) != points[-1]:
                points.append(list(point))
    return points


def unwrap(points: list[list[float]]) -> list[list[list[float]]]:
    """A ring that crosses the date line (Russia, Fiji) is made continuous past ±180 and drawn twice,
    once shifted by 360 degrees, so that the map shows both halves without a stripe across the world."""
    out, offset = [[points[0][0], points[0][1]]], 0.0
    for (lon0, _), (lon, lat) in zip(points, points[1:], strict=False):
        if lon - lon0 > 180:
            offset -= 360
        elif lon0 - lon > 180:
            offset += 360
        out.append([round(lon + offset, 1), lat])
    lons = [p[0] for p in out]
    if min(lons) >= -180 and max(lons) <= 180:
        return [out]
    shift = 360 if min(lons) < -180 else -360
    return [out, [[round(lon + shift, 1), lat] for lon, lat in out]]


def countries(topology: dict) -> list[dict]:
    arcs = decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [part for polygon in polygons for r in polygon for part in unwrap(ring(r, arcs))]
        out.append({"id": geometry.get("id"), "name": geometry["properties"]["name"],
                    "rings": [r for r in rings if len(r) >= 4]})
    return out


def main(path: str) -> None:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    data = {"source": "Natural Earth 1:110m countries (public domain), via world-atlas 2.0.2",
            "countries": countries(topology)}
    OUTPUT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"{len(data['countries'])} countries written to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
