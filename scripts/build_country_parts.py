"""Build data/lexicon/country_parts.csv: the centre of each part of each country.

A claim about "eastern Syria" or "northern Mali" is placed at the representative
point of that part of the country's largest Natural Earth polygon: its bounding box
is cut into thirds ("eastern": the last third in longitude), halves for two-axis
words ("northeast"), the middle third on both axes for "central". Precomputing
the points keeps geopandas out of the claim extractor.

Usage: python scripts/build_country_parts.py > data/lexicon/country_parts.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.borders import countries_frame

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


def main() -> int:
    frame = countries_frame()
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
            p = part.representative_point()
            out.writerow([row.iso3, word, f"{p.y:.4f}", f"{p.x:.4f}"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
