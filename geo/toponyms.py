"""Find and place every place an article names.

Recognition matches capitalised gazetteer names with Aho-Corasick (longest match
wins), adds demonyms ("Turkish") and abbreviations ("U.S."), and drops persons and
common words that happen to be place names. Resolution ranks each name's
candidates with explicit features (:func:`candidate_features`): kind and
population, the countries the article already names, distance to the article's
other places, the administrative level asked for ("Homs province"), and a base
word next to the name, which favours airfields and military sites.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from geo import lexicon
from geo.gazetteer import Gazetteer, Place, fold, name_key
from geo.gazetteer import load as load_gazetteer

_WORD = re.compile(r"[\w.'’-]+")
_ADMIN_WORDS = re.compile(
    r"^\s*(province|governorate|state|region|oblast|prefecture|district|county|department|"
    r"wilaya|krai|canton|territory|emirate|municipality)\b",
    re.IGNORECASE,
)
_ADMIN_BEFORE = re.compile(
    r"\b(province|governorate|state|region|district) of\s*$", re.IGNORECASE
)
_CITY_BEFORE = re.compile(r"\b(city|town|village|port|port city|capital) of\s*$", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(
    r"\b(in|at|near|from|to|outside|around|of|across|into|toward|towards|via|between|and)\s*$"
)
_SENTENCE_START = re.compile(r"(^|[.!?:;\"“”(\n]\s*|^\s*[-*#>]+\s*)$")

KIND_OUT = {
    "country": "country",
    "admin1": "admin",
    "region": "region",
    "continent": "region",
    "sea": "region",
    "city": "city",
    "site": "site",
    "airfield": "site",
}


@dataclass
class Toponym:
    """A place mention: ``text[start:end]`` and where it resolves to."""

    start: int
    end: int
    name: str
    kind: str
    iso3: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    place: Place | None = None
    candidates: list[int] = field(default_factory=list, repr=False)
    base_word: bool = False
    admin_word: bool = False

    def to_json(self, article: str) -> dict[str, object]:
        """The record of the ``python -m geo toponyms`` contract."""
        return {
            "article": article,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "lat": None if self.lat is None else round(self.lat, 5),
            "lon": None if self.lon is None else round(self.lon, 5),
            "geonameid": self.geonameid,
            "kind": self.kind,
        }


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _haversine_many(lat: np.ndarray, lon: np.ndarray, lat0: float, lon0: float) -> np.ndarray:
    p1, p2 = np.radians(lat), math.radians(lat0)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * math.cos(p2) * np.sin(
        np.radians(lon0 - lon) / 2
    ) ** 2
    return 2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(a)))


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([\w.'’-]+)\W*$", text[max(0, start - 40) : start])
    return m.group(1) if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s([\w'’-]+)", text[end : end + 40])
    return m.group(1) if m else ""


def _is_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 6) : start]))


def _demonym_regex() -> re.Pattern[str]:
    words = sorted(lexicon.demonyms(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


class _Cached:
    demonym_re: re.Pattern[str] | None = None


def _demonyms() -> re.Pattern[str]:
    if _Cached.demonym_re is None:
        _Cached.demonym_re = _demonym_regex()
    return _Cached.demonym_re


def recognise(text: str, gaz: Gazetteer) -> list[Toponym]:
    """Find place mentions in ``text`` (unresolved: candidates only).

    Parameters
    ----------
    text
        An article body.
    gaz
        The gazetteer.

    Returns
    -------
    list[Toponym]
        Non-overlapping mentions in text order, longest match first.

    """
    stop = lexicon.stop_names()
    titles = lexicon.person_titles()
    raw: list[tuple[int, int, int, str]] = []  # start, end, key or -1, demonym iso3
    raw.extend((m.start, m.end, m.key, "") for m in gaz.iter_names(text))
    demonyms = lexicon.demonyms()
    raw.extend((m.start(), m.end(), -1, demonyms[m.group(1)]) for m in _demonyms().finditer(text))
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0]), r[2] != -1))
    out: list[Toponym] = []
    last_end = -1
    for start, end, key, demonym in raw:
        if start < last_end:
            continue
        surface = text[start:end]
        folded = name_key(surface)
        if demonym:
            # "Turkish" followed by a place name keeps the place; the demonym stands alone.
            country = gaz.country(demonym)
            if country is None:
                continue
            out.append(Toponym(start, end, surface, "demonym", demonym, country.lat, country.lon,
                               country.geonameid, country))
            last_end = end
            continue
        single = " " not in folded
        if single and folded in stop:
            continue
        cands = gaz.candidates(key)
        kinds = {gaz.kind[i] for i in cands}
        head_word = folded.split(" ", 1)[0]
        if not single and "site" not in kinds and head_word in stop and max(
            int(gaz.population[i]) for i in gaz.candidates(key)
        ) < 100_000 and "country" not in {gaz.kind[i] for i in gaz.candidates(key)}:
            continue  # "The Mission", "Camp David" style phrases are rarely the small places
        if single and any(c.isupper() for c in surface[1:]) and not surface.isupper() and "-" not in surface:
            continue  # "MiG", "iPhone": brand names, not places
        if surface.isupper() and len(surface) > 3 and gaz.kind[gaz.candidates(key)[0]] != "country":
            continue  # headline or acronym in capitals
        prev = _prev_word(text, start)
        if prev.lower().rstrip(".") in titles or prev.lower() in titles:
            continue
        nxt = _next_word(text, end)
        sentence_start = _is_sentence_start(text, start)
        cands = gaz.candidates(key)
        kinds = {gaz.kind[i] for i in cands}
        big = bool(kinds & {"country", "admin1", "region", "continent", "sea", "site"}) or max(
            int(gaz.population[i]) for i in cands
        ) >= 100_000
        if (single and "site" not in kinds and nxt[:1].isupper() and nxt.lower() not in stop
                and nxt.lower() not in lexicon.name_suffixes() and text[end : end + 1] == " "
                and nxt not in demonyms):
            nkey = gaz.key_of(nxt)
            next_big = nkey is not None and any(
                gaz.kind[i] != "city" or int(gaz.population[i]) >= 100_000
                for i in gaz.candidates(nkey)
            )
            if not next_big:
                continue  # "Jordan Peterson", "Paris Hilton"
        if (
            single
            and prev[:1].isupper()
            and not _is_sentence_start(text, start - len(prev) - 1)
            and prev.lower() not in stop
            and gaz.key_of(prev) is None
            and prev not in demonyms
            and "country" not in kinds
            and text[start - 1 : start] == " "
        ):
            continue  # inside a longer proper name: "Bashar al-Assad", "Tayyip Erdogan"
        if gaz.is_common(key):
            locative = bool(_LOCATIVE_BEFORE.search(text[max(0, start - 12) : start]))
            if sentence_start and "country" not in kinds:
                continue
            if not big and not locative:
                continue
        admin_word = bool(_ADMIN_WORDS.match(text[end : end + 20])) or bool(
            _ADMIN_BEFORE.search(text[max(0, start - 30) : start])
        )
        base_word = bool(lexicon.cues()["base_words"].regex.match(text[end : end + 30].lstrip()))
        out.append(Toponym(start, end, surface, "", "", None, None, None, None, cands,
                           base_word=base_word, admin_word=admin_word))
        last_end = end
    return out


def candidate_features(
    gaz: Gazetteer,
    idx: int,
    mention: Toponym,
    *,
    context_countries: Counter[str],
    anchor: tuple[float, float] | None,
    mention_key: str,
    city_word: bool = False,
    context_admin1: frozenset[str] = frozenset(),
) -> dict[str, float]:
    """The features that rank one candidate of one mention; the score is their sum.

    Parameters
    ----------
    gaz
        The gazetteer.
    idx
        The candidate entry.
    mention
        The mention being resolved.
    context_countries
        How often the article names each country (ISO3), directly or via its places.
    anchor
        The centre of the article's other confident places, if any.
    mention_key
        The folded mention text.
    city_word
        Whether the text says "city of X" or "port of X".
    context_admin1
        First-level divisions the article names (``"US.NY"``).

    Returns
    -------
    dict[str, float]
        Named feature values.

    """
    kind = gaz.kind[idx]
    pop = int(gaz.population[idx])
    f: dict[str, float] = {}
    if kind == "country":
        f["kind"] = 9.0
    elif kind == "admin1":
        f["kind"] = 4.0 + (4.0 if mention.admin_word else 0.0) - (2.0 if city_word else 0.0)
    elif kind in ("region", "continent", "sea"):
        f["kind"] = 7.5
    elif kind == "site":
        f["kind"] = 5.5 + (3.0 if mention.base_word else 0.0)
    elif kind == "airfield":
        f["kind"] = 1.0 + (4.5 if mention.base_word else 0.0)
    else:
        f["kind"] = math.log10(pop + 1) * 0.9 + (0.5 if city_word else 0.0)
        if mention.admin_word:
            f["kind"] -= 2.0
    f["primary_name"] = 1.5 if name_key(gaz.names[idx]) == mention_key else 0.0
    iso3 = gaz.iso3[idx]
    total = sum(context_countries.values()) or 1
    share = context_countries.get(iso3, 0) / total
    f["context_country"] = 3.0 * min(1.0, share * 2) if context_countries.get(iso3) else 0.0
    if kind in ("admin1", "city") and iso3 and share >= 0.5 and context_countries.get(iso3, 0) >= 2:
        f["dominant_country"] = 5.0 if kind == "admin1" else 1.0
    if kind == "city" and gaz.admin1[idx] in context_admin1:
        f["context_admin1"] = 1.5
    if anchor is not None and kind != "country":
        d = haversine_km(anchor[0], anchor[1], float(gaz.lat[idx]), float(gaz.lon[idx]))
        f["distance"] = -min(d / 1000.0, 3.0)
    return f


def _best(gaz: Gazetteer, m: Toponym, ctx: Counter[str], anchor: tuple[float, float] | None,
          text: str, admin1: frozenset[str] = frozenset()) -> int:
    key = fold(m.name).strip()
    key = " ".join(key.split())
    city_word = bool(_CITY_BEFORE.search(text[max(0, m.start - 25) : m.start]))
    cands = m.candidates
    if len(cands) > 400:
        order = np.argsort(-gaz.population[cands])[:400]
        cands = [cands[i] for i in order]
    scored = [
        (sum(candidate_features(gaz, i, m, context_countries=ctx, anchor=anchor,
                                mention_key=key, city_word=city_word,
                                context_admin1=admin1).values()), -i, i)
        for i in cands
    ]
    return max(scored)[2]


def resolve(text: str, mentions: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """Pick a place for every mention, in two passes (context first, then distance).

    Parameters
    ----------
    text
        The article body the mentions come from.
    mentions
        Output of :func:`recognise`.
    gaz
        The gazetteer.

    Returns
    -------
    list[Toponym]
        The same mentions, with place, kind and coordinates filled in.

    """
    ctx: Counter[str] = Counter()
    for m in mentions:
        if m.kind == "demonym":
            ctx[m.iso3] += 1
            continue
        cands = m.candidates
        countries = {gaz.iso3[i] for i in cands if gaz.kind[i] == "country"}
        if countries:
            ctx.update(countries)
            continue
        isos = {gaz.iso3[i] for i in cands if gaz.iso3[i]}
        for iso in isos:
            ctx[iso] += 1.0 / len(isos)
    admin1 = frozenset(
        gaz.admin1[i] for m in mentions if m.kind != "demonym" for i in m.candidates
        if gaz.kind[i] == "admin1"
    )
    first = {id(m): _best(gaz, m, ctx, None, text, admin1)
             for m in mentions if m.kind != "demonym"}
    points = [
        (float(gaz.lat[i]), float(gaz.lon[i]))
        for i in first.values()
        if gaz.kind[i] not in ("country", "continent", "sea", "region")
    ]
    second_ctx = Counter(ctx)
    for i in first.values():
        second_ctx[gaz.iso3[i]] += 1
    anchor = None
    if len(points) >= 2:
        lats = sorted(p[0] for p in points)
        lons = sorted(p[1] for p in points)
        anchor = (lats[len(lats) // 2], lons[len(lons) // 2])
    for m in mentions:
        if m.kind == "demonym":
            continue
        idx = _best(gaz, m, second_ctx, anchor, text, admin1)
        place = gaz.place(idx)
        m.place = place
        m.kind = KIND_OUT[place.kind]
        m.iso3 = place.iso3
        m.lat, m.lon = place.lat, place.lon
        m.geonameid = place.geonameid
    return mentions


def find_toponyms(text: str, gaz: Gazetteer | None = None) -> list[Toponym]:
    """Recognise and resolve every place mention of a text.

    Parameters
    ----------
    text
        An article body.
    gaz
        The gazetteer; loaded from the cache when not given.

    Returns
    -------
    list[Toponym]
        Resolved mentions in text order.

    """
    gaz = gaz or load_gazetteer()
    return resolve(text, recognise(text, gaz), gaz)
