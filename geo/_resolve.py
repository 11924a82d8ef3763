"""Place the names an article mentions: rank every candidate with explicit features.

Resolution (:func:`resolve`) scores each name's candidates with
:func:`feature_matrix`: kind and population, the countries and first-level
divisions the article already names, distance to the article's other places,
the administrative level asked for ("Homs province"), a container named next to
the name ("Rota, Spain", "the Spanish port of Rota"), and a base word, which
favours airfields and military sites. Names are recognised by :mod:`geo.toponyms`.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from geo import lexicon
from geo.gazetteer import KINDS, Gazetteer

if TYPE_CHECKING:
    from geo.toponyms import Toponym

KIND_OUT = {
    "street": "street",
    "country": "country",
    "admin1": "admin",
    "admin2": "admin",
    "region": "region",
    "continent": "region",
    "sea": "region",
    "city": "city",
    "site": "site",
    "airfield": "site",
    "demonym": "demonym",
}
_AREAS = ("country", "continent", "sea", "region")
HUGE_CITY = 1_000_000
# A lead after the first pass that the second (distance, at most -3, and a little more
# country context) cannot undo.
SETTLED_LEAD = 4.5
FAR_KM = 1000.0
WORLD_CITY = 2.5  # a city of a million or more by its own name: London, not London, Kentucky
EARTH_RADIUS_KM = 6371.0088  # the mean radius


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


MILE_KM = 1.609344


def stated_km(number: str, unit: str) -> float:
    """A written distance in km: "1,200" with "km", "kilometres" or "miles"."""
    km = float(number.replace(",", ""))
    return km * MILE_KM if unit.lower().startswith("mile") else km


def bearing_of(direction: str) -> float:
    """Degrees clockwise from north of a compass direction ("north-east": 45, "west": 270).

    A three-part direction lies halfway between its first word and the rest
    ("west-south-west": 247.5).
    """
    word = direction.lower()
    parts = re.split(r"[-\s]+", word.removesuffix("ern"))
    if len(parts) == 3:
        a, b = bearing_of(parts[0]), bearing_of("-".join(parts[1:]))
        return (a + ((b - a + 180.0) % 360.0 - 180.0) / 2) % 360.0
    north = ("north" in word) - ("south" in word)
    east = ("east" in word) - ("west" in word)
    return math.degrees(math.atan2(east, north)) % 360.0


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` (degrees from north), on a sphere."""
    d = km / EARTH_RADIUS_KM
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


_K = {kind: code for code, kind in enumerate(KINDS)}
_IS_AREA = np.asarray([k in _AREAS for k in KINDS])


@dataclass
class _Context:
    """What the article says about where it is, for ranking candidates."""

    counts: np.ndarray  # mentions per country, indexed by the gazetteer's iso codes
    admin1: np.ndarray  # per admin1 code: whether the article names that division
    anchor: tuple[float, float] | None = None
    firm: np.ndarray | None = None  # the counts of names that have places in one country only

    @property
    def total(self) -> float:
        return float(self.counts.sum()) or 1.0


FEATURES = ("prior", "admin_word", "city_word", "base_word", "primary_name", "world_city",
            "context_country",
            "dominant_country", "context_admin1", "container", "distance")


def feature_matrix(gaz: Gazetteer, rows: np.ndarray, ctx: _Context, *, admin_word: np.ndarray,
                   base_word: np.ndarray, city_word: np.ndarray, primary: np.ndarray,
                   rival: np.ndarray, container: np.ndarray) -> dict[str, np.ndarray]:
    """The features that rank candidates, one row per candidate; the score is their sum.

    Parameters
    ----------
    gaz
        The gazetteer.
    rows
        Candidate entries.
    ctx
        The article's countries, admin1 divisions and anchor point.
    admin_word, base_word, city_word
        Per row: the mention has "province" after it, "air base" after it, or
        "city of" before it.
    primary
        Per row: the mention is the entry's own name, not an alternate name.
    rival
        Per row: an admin1 entry with a city of 100,000 or more of the same name and
        country, which makes a bare "New York" the city rather than the state.
    container
        Per row: in "Reading, Berkshire", the candidate of one name lies in (or
        contains) a candidate of the other.

    Returns
    -------
    dict[str, numpy.ndarray]
        One array per name of :data:`FEATURES`.

    """
    kind = gaz.kind_code[rows]
    is_state = kind == _K["admin1"]
    is_admin = is_state | (kind == _K["admin2"])
    is_city = kind == _K["city"]
    is_local = is_city | (kind == _K["admin2"])
    count = ctx.counts[gaz.iso_code[rows]]
    share = count / ctx.total
    out = {
        "prior": gaz.prior[rows],
        "admin_word": np.where(is_admin, np.where(admin_word, 4.0, np.where(rival, -3.0, 0.0)),
                               np.where(is_city & admin_word, -2.0, 0.0)),
        "city_word": np.where(city_word, np.where(is_admin, -4.0, np.where(is_city, 1.0, 0.0)),
                              0.0),
        "base_word": np.where(base_word, np.where(kind == _K["site"], 3.0,
                                                  np.where(kind == _K["airfield"], 4.5, 0.0)), 0.0),
        "primary_name": np.where(primary, 1.5, 0.0),
        "world_city": np.where(primary & is_city & (gaz.population[rows] >= HUGE_CITY), WORLD_CITY, 0.0),
        "context_country": np.where(count > 0, 3.0 * np.minimum(1.0, share * 2), 0.0),
        "dominant_country": np.where((share >= 0.5) & (count >= 2),
                                     np.where(is_state, 5.0, np.where(is_local, 1.0, 0.0)), 0.0),
        "context_admin1": np.where(is_local & ctx.admin1[gaz.admin1_code[rows]], 1.5, 0.0),
        "container": np.where(container, 3.0, 0.0),
        "distance": np.zeros(len(rows)),
    }
    if ctx.anchor is not None:
        lat, lon = np.radians(gaz.lat[rows]), np.radians(gaz.lon[rows])
        lat0, lon0 = math.radians(ctx.anchor[0]), math.radians(ctx.anchor[1])
        a = np.sin((lat - lat0) / 2) ** 2 + np.cos(lat) * math.cos(lat0) * np.sin((lon - lon0) / 2) ** 2
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))
        out["distance"] = np.where(_IS_AREA[kind], 0.0, -np.minimum(km / 1000.0, 3.0))
    return out


def candidate_features(
    gaz: Gazetteer,
    idx: int,
    mention: Toponym,
    *,
    context_countries: Counter[str],
    anchor: tuple[float, float] | None,
    primary: bool = False,
    city_word: bool = False,
    context_admin1: frozenset[str] = frozenset(),
    big_city_rival: bool = False,
    container: bool = False,
) -> dict[str, float]:
    """The features of one candidate of one mention (see :func:`feature_matrix`).

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
    primary
        Whether the mention is the entry's own name rather than an alternate name.
    city_word
        Whether the text says "city of X" or "port of X".
    context_admin1
        First-level divisions the article names (``"US.NY"``).
    big_city_rival
        Whether the entry is a state that shares its name with a big city of its country.
    container
        Whether the entry lies in (or contains) a candidate of the name after (or
        before) it in "Reading, Berkshire".

    Returns
    -------
    dict[str, float]
        The non-zero features (the prior always).

    """
    counts = np.zeros(len(gaz.iso_codes))
    for iso3, n in context_countries.items():
        counts[gaz.iso_codes.index(iso3)] += n
    admin1 = np.zeros(len(gaz.admin1_codes), dtype=bool)
    admin1[[gaz.admin1_index[a] for a in context_admin1 if a in gaz.admin1_index]] = True
    one = np.ones(1, dtype=bool)
    matrix = feature_matrix(gaz, np.asarray([idx]), _Context(counts, admin1, anchor),
                            admin_word=one & mention.admin_word, base_word=one & mention.base_word,
                            city_word=one & city_word, primary=one & primary,
                            rival=one & big_city_rival, container=one & container)
    return {n: float(v[0]) for n, v in matrix.items() if v[0] or n == "prior"}


def _context(gaz: Gazetteer, mentions: list[Toponym], rows: np.ndarray) -> _Context:
    """Count the countries the mentions name, and find the admin1 divisions among ``rows``."""
    totals = [0.0] * len(gaz.iso_codes)
    firm = [0.0] * len(gaz.iso_codes)
    per_key = Counter(m.key for m in mentions if not m.kind)
    for key, n in per_key.items():
        codes, weights = gaz.context_weights(key)
        for code, weight in zip(codes.tolist(), weights.tolist(), strict=True):
            totals[code] += n * weight
        if len(codes) == 1:
            firm[int(codes[0])] += n
    for m in mentions:
        if m.kind and m.iso3:
            totals[gaz.iso_index[m.iso3]] += 1
            firm[gaz.iso_index[m.iso3]] += 1
    counts = np.asarray(totals)
    admin1 = np.zeros(len(gaz.admin1_codes), dtype=bool)
    admin1[gaz.admin1_code[rows[gaz.kind_code[rows] == _K["admin1"]]]] = True
    admin1[0] = False
    return _Context(counts, admin1, firm=np.asarray(firm))


_CONTAINER_KINDS = (_K["country"], _K["admin1"], _K["admin2"])
# "Reading, England", "Rota in southern Spain", "Gao, in northern Mali".
# "in the Falkland Islands, mostly at Mount Pleasant": the country first, then the place in it
_HELD_AFTER_GAP = re.compile(
    r",\s+(?:mostly|mainly|largely|chiefly|primarily|most\s+of\s+them|including|notably)\s+"
    r"(?:at|in|on|around|near)\s+(?:the\s+)?")
_CONTAINER_GAP = re.compile(
    r",?\s*(?:,\s*)?(?:in\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+|central\s+)?)?"
)
CONTAINER_KM = 80.0


def _containment(gaz: Gazetteer, inner: np.ndarray,
                 outer: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Match the candidates of "Reading" with those of "England" in "Reading, England".

    Returns which ``inner`` rows lie in some ``outer`` row (a country or a division),
    and which ``outer`` rows hold some ``inner`` row.
    """
    box = CONTAINER_KM / 111.0 * 2
    ins = [i for i in inner.tolist() if gaz.kind[i] not in ("country", "continent", "sea")]
    in_isos = {gaz.iso3[i] for i in ins}
    in_states = {gaz.admin1[i] for i in ins}
    outs = outer.tolist()
    isos = {gaz.iso3[o] for o in outs if gaz.kind[o] == "country"}
    states = {gaz.admin1[o] for o in outs if gaz.kind[o] == "admin1"}
    counties = [o for o in outs if gaz.kind[o] == "admin2"]

    def near(a: int, b: int) -> bool:
        return gaz.admin1[a] == gaz.admin1[b] and (
            abs(float(gaz.lat[a]) - float(gaz.lat[b])) + abs(float(gaz.lon[a]) - float(gaz.lon[b]))
            < box)

    held = {i for i in ins if gaz.iso3[i] in isos or gaz.admin1[i] in states
            or any(near(i, c) for c in counties)}
    holds = [(gaz.kind[o] == "country" and gaz.iso3[o] in in_isos)
             or (gaz.kind[o] == "admin1" and gaz.admin1[o] in in_states)
             or (gaz.kind[o] == "admin2" and gaz.admin1[o] in in_states
                 and any(near(i, o) for i in ins))
             for o in outs]
    return (np.asarray([i in held for i in inner.tolist()], dtype=bool),
            np.asarray(holds, dtype=bool))


def _containers(text: str, names: list[Toponym], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Link names written as "Reading, England", "Palmyra, New York" or "Rota in southern Spain".

    Returns, for each mention, the key of the place that holds it and of the place
    it holds, or -1.
    """
    links = [(-1, -1) for _ in names]
    for i, (a, b) in enumerate(itertools.pairwise(names)):
        if a.end < b.start and _HELD_AFTER_GAP.fullmatch(text, a.end, b.start) and any(
                gaz.kind_code[r] in _CONTAINER_KINDS for r in a.candidates):
            links[i] = (links[i][0], b.key)  # "in the Falkland Islands, mostly at Mount Pleasant"
            links[i + 1] = (a.key, links[i + 1][1])
            continue
        if a.end >= b.start or not _CONTAINER_GAP.fullmatch(text, a.end, b.start):
            continue
        if not any(gaz.kind_code[r] in _CONTAINER_KINDS for r in b.candidates):
            continue
        links[i] = (b.key, links[i][1])
        links[i + 1] = (links[i + 1][0], a.key)
    return links


# "Balama in Mozambique", "Ber, in northern Mali": the text says which country holds the name
_IN_COUNTRY_GAP = re.compile(r",?\s+in\s+(?:the\s+)?|,\s*")
# the country ends its clause: not "Manbij, Russia's defence ministry said", not "Incirlik,
# Syria and Iraq" (a list)
_CLAUSE_ENDS = re.compile(
    r"\s*(?:[,;:)](?!\s*(?:and\b|or\b|(?-i:[A-Z])))|\.(?=\s+(?-i:[A-Z])|\s*$)|\n|$)")


# "Pasakoy in northern Cyprus and sent its guns west": a second predicate, not a list
_PREDICATE_AFTER = re.compile(r"\s+and\s+(?!(?:the|a|an|in|at|on|its|their)\b)(?-i:[a-z])")


def _country_follows(text: str, end: int, nxt: Toponym) -> bool:
    """Whether ``nxt`` comes right after ``end`` as "X in Country" or "X, Country." ."""
    gap = _IN_COUNTRY_GAP.match(text, end)
    return gap is not None and gap.end() == nxt.start and (
        _CLAUSE_ENDS.match(text, nxt.end) is not None
        or ("in" in gap.group() and _PREDICATE_AFTER.match(text, nxt.end) is not None))


def _countries_after(text: str, m: Toponym, container: Toponym | None, link: tuple[int, int],
                     gaz: Gazetteer) -> set[str]:
    """The countries the text puts ``m`` in right after it ("X in Country"), if any."""
    if container is None or link[0] < 0 or m.key < 0 or any(
            gaz.kind[r] == "country" for r in gaz.candidate_rows(m.key)[0]):
        return set()
    named = {gaz.iso3[r] for r in gaz.candidate_rows(link[0])[0].tolist() if gaz.kind[r] == "country"}
    return named if named and _country_follows(text, m.end, container) else set()


def division_named_after(text: str, end: int, mentions: list[Toponym]) -> str:
    """The admin1 code of the division the text puts a name in ("Saqlawiyah in Anbar"), or ""."""
    gap = _IN_COUNTRY_GAP.match(text, end)
    nxt = next((m for m in mentions if m.start == gap.end()), None) if gap else None
    if nxt is None or nxt.kind != "admin" or nxt.place is None or nxt.place.kind != "admin1":
        return ""
    return nxt.place.admin1


def country_named_after(text: str, end: int, mentions: list[Toponym]) -> str:
    """The country the text puts a name in right after it ("Diabaly in Mali"), or ""."""
    gap = _IN_COUNTRY_GAP.match(text, end)
    nxt = next((m for m in mentions if m.start == gap.end()), None) if gap else None
    if nxt is None or nxt.kind != "country" or not nxt.iso3 or not _country_follows(text, end, nxt):
        return ""
    return nxt.iso3


# "the Spanish port of Rota", "the Nigerien city of Agadez": a demonym names the country
_DEMONYM_CONTAINER_GAP = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:ports?|city|cities|towns?|villages?|islands?|base|region|province)"
    r"\s+of\s+(?:the\s+)?")


_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b)\s*(?-i:[A-Z])")
_ROW_LABEL = re.compile(r"[ \t]*(?:[-*•–][ \t]+)?[^|:\n]{2,40}?[ \t]*[|:]")


def _demonym_containers(text: str, mentions: list[Toponym], names: list[Toponym],
                        gaz: Gazetteer) -> list[tuple[str, bool]]:
    """For each name, the country its text places it in ("" for none), and whether a demonym says so.

    A demonym before it ("the Spanish port of Rota"), or the country that labels its
    table row or list item ("Spain | about 3,800 | Rota, Moron"; but "Kenya: 1,400
    soldiers at Dhobley" labels whose forces they are, so a label is only a hint).
    """
    demonyms = [m for m in mentions if m.kind == "demonym" and m.iso3]
    out = []
    labels: dict[int, str] = {}  # line start -> the country of its label
    for n in names:
        before = [d for d in demonyms if d.end <= n.start and n.start - d.end <= 40]
        iso = ""
        if before and _DEMONYM_CONTAINER_GAP.fullmatch(text, before[-1].end, n.start):
            iso = before[-1].iso3
            more = _LIST_GOES_ON.match(text, n.end)  # "villages of Houla and Kfar Kila": a list of
            out.append((iso, not (more and any(x.start == more.end() - 1 for x in mentions))))
            continue  # places the text knows, where the demonym only hints (the list stays)
        line = text.rfind("\n", 0, n.start) + 1
        if not iso and line not in labels:
            labels[line] = ""
            m = _ROW_LABEL.match(text, line)
            head = next((x for x in names if m and line <= x.start and x.end <= m.end()), None)
            if head is not None:
                labels[line] = next((gaz.iso3[i] for i in head.candidates
                                     if gaz.kind[i] == "country"), "")
        if not iso and labels.get(line) and n.start > line and _ROW_LABEL.match(text, line):
            label_end = _ROW_LABEL.match(text, line)
            if label_end is not None and n.start >= label_end.end():
                iso = labels[line]
        out.append((iso, False))
    return out


_LOCAL_KINDS = ("city", "admin2", "airfield")


STRAY_KM = 4000.0  # a small town this far from a one-region story, in a country it names far less
REGIONAL_SHARE = 0.8  # a one-region story: this share of its towns and sites lie within FAR_KM


def _confident(gaz: Gazetteer, ctx: _Context, counts: np.ndarray, key: int, n_mentions: int,
               idx: int, *, regional: bool = False) -> bool:
    """Whether a pick is more than a guess.

    A small town picked far from the article's other places, in a country that
    nothing else in the article names, while the article names some other country
    again and again ("Palma" in a story set in Mozambique), is a guess. ``counts``
    are the article's countries before any pick.
    """
    if gaz.kind[idx] not in _LOCAL_KINDS or int(gaz.population[idx]) >= HUGE_CITY:
        return True
    if ctx.anchor is None or haversine_km(ctx.anchor[0], ctx.anchor[1], float(gaz.lat[idx]),
                                          float(gaz.lon[idx])) < FAR_KM:
        return True
    codes, weights = gaz.context_weights(key)
    others = counts.copy()
    others[codes] -= weights * n_mentions
    own = others[gaz.iso_code[idx]]
    if ctx.firm is not None:  # "Moscow" and "Margara" have namesakes in the US: no US context
        firm = ctx.firm.copy()
        if len(codes) == 1:
            firm[codes] -= n_mentions
        own = min(own, float(firm[gaz.iso_code[idx]]))
    if regional and own >= 0.5 and haversine_km(ctx.anchor[0], ctx.anchor[1], float(gaz.lat[idx]),
                                   float(gaz.lon[idx])) >= STRAY_KM and others.max() >= 3 * max(own, 1.0):
        return False  # "the Lanet barracks" in a story set in Kenya that names the US once:
        # Lanett, Alabama
    return bool(own >= 0.5 or others.max() < 2)


def _one_region(gaz: Gazetteer, ctx: _Context, picked: np.ndarray) -> bool:
    """Whether most of the article's towns and sites lie near its middle (not a world review)."""
    local = np.unique(picked[~_IS_AREA[gaz.kind_code[picked]]])
    if ctx.anchor is None or len(local) < 3:
        return False
    near = [haversine_km(ctx.anchor[0], ctx.anchor[1], float(gaz.lat[i]), float(gaz.lon[i])) < FAR_KM
            for i in local.tolist()]
    return sum(near) >= REGIONAL_SHARE * len(near)


def _score(gaz: Gazetteer, rows: np.ndarray, ctx: _Context, kw: dict[str, np.ndarray]) -> np.ndarray:
    """The sum of :func:`feature_matrix` per row."""
    return np.sum(list(feature_matrix(gaz, rows, ctx, **kw).values()), axis=0)


def _pick(score: np.ndarray, group: np.ndarray, starts: np.ndarray,
          sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per group of rows: the position of the best score (first on ties) and its lead."""
    order = np.lexsort((-score, group))
    best = order[starts]
    second = np.where(sizes > 1, score[order[np.minimum(starts + 1, len(order) - 1)]], -np.inf)
    return best, score[best] - second


def resolve(text: str, mentions: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """Pick a place for every mention, in two passes (context first, then distance).

    Mentions with the same name and the same cues share one decision. Every
    candidate of every name is scored at once with :func:`feature_matrix`.

    Parameters
    ----------
    text
        The article body the mentions come from.
    mentions
        Output of :func:`geo.toponyms.recognise`.
    gaz
        The gazetteer.

    Returns
    -------
    list[Toponym]
        The same mentions, with place, kind and coordinates filled in.

    """
    names = [m for m in mentions if not m.kind]  # demonyms and "the Somali capital" are known
    if not names:
        return mentions
    # "Gainesville, Va.": an abbreviated state, known already, still holds the town before it
    linkable = [m for m in mentions if not m.kind or (m.kind == "admin" and m.key >= 0)]
    link_of = {id(m): link for m, link in zip(linkable, _containers(text, linkable, gaz),
                                               strict=True)}
    groups: dict[tuple[int, bool, bool, bool, int, int, int], int] = {}
    iso_index = gaz.iso_index
    containers = _demonym_containers(text, mentions, names, gaz)
    described = [iso_index.get(iso, 0) for iso, _ in containers]
    of_mention = [groups.setdefault((m.key, m.admin_word, m.base_word, m.city_word,
                                     *link_of[id(m)], iso), len(groups))
                  for m, iso in zip(names, described, strict=True)]
    by_demonym = {of_mention[k] for k, (_, said) in enumerate(containers) if said}
    after = {id(a): b for a, b in itertools.pairwise(linkable)}
    by_country: dict[int, set[str]] = {}  # group -> the countries the text puts it in
    for k, m in enumerate(names):
        named = _countries_after(text, m, after.get(id(m)), link_of[id(m)], gaz)
        if named:
            by_country.setdefault(of_mention[k], set()).update(named)
    parts = [gaz.candidate_rows(sig[0]) for sig in groups]
    inside = []
    for sig, (cands, _, _) in zip(groups, parts, strict=True):
        flag = np.zeros(len(cands), dtype=bool)
        if sig[4] >= 0:
            flag |= _containment(gaz, cands, gaz.candidate_rows(sig[4])[0])[0]
        if sig[5] >= 0:
            flag |= _containment(gaz, gaz.candidate_rows(sig[5])[0], cands)[1]
        if sig[6]:  # "the Spanish port of Rota"
            flag |= gaz.iso_code[cands] == sig[6]
        inside.append(flag)
    sizes = np.asarray([len(p[0]) for p in parts])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    flags = np.asarray(list(groups), dtype=np.int64)
    kw = {
        "admin_word": np.repeat(flags[:, 1].astype(bool), sizes),
        "base_word": np.repeat(flags[:, 2].astype(bool), sizes),
        "city_word": np.repeat(flags[:, 3].astype(bool), sizes),
        "primary": np.concatenate([p[1] for p in parts]),
        "rival": np.concatenate([p[2] for p in parts]),
        "container": np.concatenate(inside),
    }
    rows = np.concatenate([p[0] for p in parts])
    group = np.repeat(np.arange(len(groups)), sizes)
    ctx = _context(gaz, mentions, rows)
    score = _score(gaz, rows, ctx, kw)
    best, lead = _pick(score, group, starts, sizes)
    picked = rows[best]
    counts = ctx.counts.copy()
    local = ~_IS_AREA[gaz.kind_code[picked]]
    if local.sum() >= 2:
        lats, lons = np.sort(gaz.lat[picked[local]]), np.sort(gaz.lon[picked[local]])
        ctx.anchor = (float(lats[len(lats) // 2]), float(lons[len(lons) // 2]))
    np.add.at(ctx.counts, gaz.iso_code[picked], 1.0)
    ctx.counts[0] = 0.0  # places without a country (seas, continents) are no context
    # a name its text places in a country ("Rota in southern Spain", "the Spanish port of
    # Rota") keeps that reading: the article's other places only break ties
    held = np.asarray([bool(inside[g][best[g] - starts[g]]) for g in range(len(groups))])
    unsettled = (lead < SETTLED_LEAD) & ~held
    if unsettled.any():
        score = _score(gaz, rows, ctx, kw)
        again, _ = _pick(score, group, starts, sizes)
        picked = np.where(unsettled, rows[again], picked)
    picked_list = picked.tolist()
    sigs = list(groups)
    placed = {sigs[g][0]: picked_list[g] for g in range(len(sigs)) if held[g]}
    for g, sig in enumerate(sigs):  # "Rota in southern Spain ... two more destroyers at Rota"
        if not held[g] and sig[0] in placed and not (sig[1] or sig[2]):
            picked_list[g] = placed[sig[0]]
    per_key = Counter(m.key for m in names)  # every mention of the name, in any group
    regional = _one_region(gaz, ctx, picked)
    confident = [_confident(gaz, ctx, counts, sigs[g][0], per_key[sigs[g][0]], picked_list[g],
                            regional=regional) for g in range(len(sigs))]
    # "the Lebanese village of Houla" with only a Syrian Houla known: no mention of it is that
    # and "Balama in Mozambique" with only a Jordanian Balama known: no mention of it is that
    sovereign = lexicon.sovereignty()  # "Pituffik, Denmark", "Sevastopol, Russia": not misplaced
    misplaced = {sig[0] for g, (sig, flag) in enumerate(zip(sigs, inside, strict=True))
                 if (g in by_demonym or g in by_country) and not flag.any()
                 and all(gaz.iso3[r] for r in parts[g][0].tolist())  # no country: no contradiction
                 and not any(
                     (gaz.iso3[r], named) in sovereign for r in parts[g][0].tolist()
                     for named in by_country.get(g, ()))}
    for m, g in zip(names, of_mention, strict=True):
        place = gaz.place(picked_list[g])
        m.confident = confident[g] and sigs[g][0] not in misplaced
        m.place = place
        m.kind = KIND_OUT[place.kind]
        m.iso3 = place.iso3
        m.lat, m.lon = place.lat, place.lon
        m.geonameid = place.geonameid
    return mentions
