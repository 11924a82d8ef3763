"""Find and place every place an article names.

Recognition takes the gazetteer's leftmost-longest matches of capitalised names
(demonyms such as "Turkish" and abbreviations such as "U.S." included) and drops
what is not a place here: persons ("President Tayyip Erdogan", "Jordan Peterson",
and the same surname later on its own), acronyms that are not place abbreviations,
and common words that happen to be place names ("Nice work"). Resolution ranks each
name's candidates with explicit features (:func:`candidate_features`): kind and
population, the countries and first-level divisions the article already names,
distance to the article's other places, the administrative level asked for
("Homs province"), and a base word next to the name, which favours airfields and
military sites.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from geo import lexicon
from geo.gazetteer import KIND_BIT, KINDS, Gazetteer, Place
from geo.gazetteer import load as load_gazetteer

_ADMIN_AFTER = re.compile(
    r"[ \t]*(?:province|governorate|state|region|oblast|prefecture|district|county|department|"
    r"wilaya|krai|canton|territory|emirate|municipality)\b",
    re.IGNORECASE,
)
_LANDFORM_AFTER = re.compile(
    r"[ \t]*(?:peninsula|island|islands|valley|mountains|range|plateau|desert|coast|bay|lake|"
    r"river|gulf|strait|atoll)\b", re.IGNORECASE)
_ADMIN_NOUNS = frozenset({"province", "governorate", "state", "region", "district"})
_CITY_NOUNS = frozenset({"city", "town", "village", "port", "capital"})
_LOCATIVES = frozenset({"in", "at", "near", "from", "to", "outside", "around", "of", "across",
                        "into", "toward", "towards", "via", "between", "and"})
_NEXT_WORD = re.compile(r" ([\w-]+(?:['’](?![sS]\b)\w+)?)")
_LETTERS = re.compile(r"[A-Za-z]{2,}")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAPITAL_AFTER = re.compile(r"\s+(capital)\b(?!\s+(?:city\s+)?(?:of\s+)?[A-Z])")
_MODEL_NUMBER = re.compile(r"-\d")
# After a place in capitals that opens a dateline in mid-line ("Photo: AP. MANILA,
# Philippines -", "SOUTH WAZIRISTAN, April 5 (APP):").
_CAPS_DATELINE = re.compile(
    r",[ \t]*(?:[A-Z][a-z]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b)"
)
_CONTAINER_AFTER = re.compile(r",[ \t]+[A-Z]")  # "Olivia, Minnesota"
_STREET_REACH = 160  # the longest street name before its suffix word: four long words
_TOWN_COMMA = re.compile(r"[A-Z][\w.'’-]*,[ \t]$")
# After the place of a dateline: "LONDON (Reuters) -", "ANKARA, Turkey, Feb 4 (AP) —".
_DATELINE = re.compile(
    r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)?"
    r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—]\s"
)

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
BIG_CITY = 100_000
HUGE_CITY = 1_000_000
# A lead after the first pass that the second (distance, at most -3, and a little more
# country context) cannot undo.
SETTLED_LEAD = 4.5
FAR_KM = 1500.0
WORLD_CITY = 2.5  # a city of a million or more by its own name: London, not London, Kentucky


@dataclass(slots=True)
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
    city_word: bool = False
    key: int = -1
    confident: bool = True
    dateline: bool = False

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


@dataclass(frozen=True)
class _Words:
    """The word lists recognition needs, loaded once per process."""

    stop: frozenset[str]
    titles: frozenset[str]
    suffixes: frozenset[str]
    demonyms: frozenset[str]
    given: frozenset[str]
    surnames: frozenset[str]
    site_prefixes: frozenset[str]
    particles: frozenset[str]
    base_word: re.Pattern[str]
    region_abbreviations: dict[str, str]
    stop_capitalised: frozenset[str]


@cache
def _words() -> _Words:
    base = lexicon.cues()["base_words"].regex
    return _Words(
        stop=lexicon.stop_names(),
        titles=lexicon.person_titles(),
        suffixes=lexicon.name_suffixes(),
        demonyms=frozenset(lexicon.demonym_places()),
        given=lexicon.given_names(),
        surnames=lexicon.surnames(),
        site_prefixes=lexicon.site_prefixes(),
        particles=lexicon.surname_particles(),
        base_word=re.compile(r"[ \t]*(?:" + base.pattern + ")", base.flags),
        region_abbreviations=lexicon.region_abbreviations(),
        stop_capitalised=frozenset(w[:1].upper() + w[1:] for w in lexicon.stop_names()),
    )


_SPACE = " \t\n\r"
_OPENERS = frozenset('.!?:;"“”(\n')
_BULLETS = frozenset("-*#>•")


def _prev_word(text: str, start: int) -> str:
    """The word before ``text[start]``, skipping spaces and punctuation."""
    j = start - 1
    while j >= 0 and not (text[j].isalnum() or text[j] == "."):
        j -= 1
    if j < 0:
        return ""
    word = text[text.rfind(" ", max(0, j - 40), j) + 1 : j + 1]
    if "\n" in word:
        word = word.rsplit("\n", 1)[1]
    return word.lstrip("(\"“‘'[")


def _word_before(text: str, start: int, word: str) -> str:
    """The word before ``word``, which is the word before ``text[start]``."""
    return _prev_word(text, text.rfind(word, 0, start)) if word else ""


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


def _is_sentence_start(text: str, start: int) -> bool:
    """Whether ``text[start]`` opens a sentence, a line or a list item."""
    j = start - 1
    while j >= 0 and text[j] in _SPACE:
        if text[j] == "\n":
            return True
        j -= 1
    if j < 0 or text[j] in _OPENERS:
        return True
    if text[j] in _BULLETS:
        while j >= 0 and (text[j] in _BULLETS or text[j] in " \t"):
            j -= 1
        return j < 0 or text[j] == "\n"
    return False


def _is_line_start(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _in_capitals(text: str, start: int, end: int) -> bool:
    """A dateline ("LONDON (Reuters) -") or a headline in capitals, not an acronym."""
    if _is_line_start(text, start):
        return True
    around = _LETTERS.findall(text, max(0, start - 30), end + 30)
    return len(around) >= 3 and all(w.isupper() for w in around)


def _abbreviation_fits(text: str, start: int, surface: str) -> bool:
    """Whether "Calif.", "N.J." or "NSW" at ``start`` abbreviates a state or province.

    One with an inner full stop ("N.J.") does wherever it stands, but after a year
    ("300 B.C."); one in capitals ("NSW") too; a one-word abbreviation ("Ga.",
    "Miss.") only after a town and a comma ("Raleigh, N.C.", "Gainesville, Va.") or
    in parentheses ("Walker County (Ga.)").
    """
    if "." in surface:
        return not _prev_word(text, start).isdigit()
    if surface.isupper():
        return True
    return text[start - 1 : start] == "(" or bool(_TOWN_COMMA.search(text, max(0, start - 40), start))


def _own_name_population(gaz: Gazetteer, key: int) -> int:
    """The largest population among the places whose own name this is (not an alternate)."""
    rows, primary, _ = gaz.candidate_rows(key)
    own = rows[primary]
    return int(gaz.population[own].max()) if len(own) else 0


def _resolved(gaz: Gazetteer, start: int, end: int, text: str, idx: int) -> Toponym:
    """A mention whose place is already known: "capital" in "the Somali capital"."""
    place = gaz.place(idx)
    return Toponym(start, end, text[start:end], KIND_OUT[place.kind], place.iso3, place.lat,
                   place.lon, place.geonameid, place)


def _demonym(gaz: Gazetteer, start: int, end: int, surface: str, idx: int) -> Toponym:
    return Toponym(start, end, surface, "demonym", gaz.iso3[idx], float(gaz.lat[idx]),
                   float(gaz.lon[idx]), None, gaz.place(idx))


def _bits(*kinds: str) -> int:
    return sum(KIND_BIT[k] for k in kinds)


_PLACE_LIKE = _bits("country", "admin1", "region", "continent", "sea", "site")
_ABBREVIABLE = _bits("country", "region", "continent", "site")
_COUNTRY = KIND_BIT["country"]
_SITE = KIND_BIT["site"]
_DEMONYM = KIND_BIT["demonym"]


def _is_person_part(text: str, start: int, end: int, surface: str, kinds: int,
                    max_pop: int, w: _Words, gaz: Gazetteer) -> bool:
    """A one-word name next to another capitalised word that makes it a person's name.

    After it: "Jordan Peterson", "Paris Hilton" (a given name and a surname); for a
    small place, any capitalised word that is not a place either; a country or a
    big city followed by anything else stays a place ("Dallas Cowboys").
    Before it: "Jose Bautista", "Mike de Kock", "Tayyip Erdogan".
    """
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        nxt = _next_word(text, end)
        low = nxt.lower()
        if low not in w.stop and low not in w.suffixes and nxt not in w.demonyms:
            if surface in w.given and nxt in w.surnames:
                return True
            if not kinds & _PLACE_LIKE and max_pop < BIG_CITY:
                nkey = gaz.key_of(nxt)
                if nkey is None or not (gaz.key_kinds(nkey) & _PLACE_LIKE
                                        or gaz.key_max_population(nkey) >= BIG_CITY):
                    return True
    if kinds & _COUNTRY or text[start - 1 : start] != " " or not text[start - 2 : start - 1].isalnum():
        return False
    prev = _prev_word(text, start)
    if prev in w.given:
        return True
    if prev in w.particles:
        before = _word_before(text, start, prev)
        return before in w.given or (before[:1].isupper() and gaz.key_of(before) is None)
    return bool(prev[:1].isupper() and prev.lower() not in w.stop and prev not in w.demonyms
                and not _is_sentence_start(text, start - len(prev) - 1)
                and gaz.key_of(prev) is None)


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
    w = _words()
    out: list[Toponym] = []
    persons: set[str] = set()
    memo: dict[int, tuple[int, int, bool]] = {}
    for start, end, key in gaz.match(text):
        info = memo.get(key)
        if info is None:
            info = memo[key] = (gaz.key_kinds(key), gaz.key_max_population(key), gaz.is_common(key))
        kinds, max_pop, common = info
        surface = text[start:end]
        if kinds & _DEMONYM:
            demonym = next(i for i in gaz.candidates(key) if gaz.kind[i] == "demonym")
            out.append(_demonym(gaz, start, end, surface, demonym))
            capital = _CAPITAL_AFTER.match(text, end)
            iso3 = gaz.iso3[demonym]
            if capital and iso3 in gaz.capitals and _prev_word(text, start).lower() == "the":
                out.append(_resolved(gaz, capital.start(1), capital.end(1), text, gaz.capitals[iso3]))
            continue
        dotted = text[end : end + 1] == "."
        code = w.region_abbreviations.get(surface + "." if dotted else surface)
        if code:
            entry = next((i for i in gaz.candidates(key)
                          if gaz.kind[i] == "admin1" and gaz.admin1[i] == code), None)
            if entry is not None and _abbreviation_fits(text, start, surface):
                known = _resolved(gaz, start, end + dotted, text, entry)
                known.key, known.candidates = key, [entry]  # "Gainesville, Va.": a container
                out.append(known)
                continue
            if all(i == entry for i in gaz.candidates(key)):
                continue  # "Miss. Smith", "Mass. protests": no state alone
        single = " " not in surface and "-" not in surface
        lower = surface.lower()
        if lower in w.stop:
            continue
        if start >= 2 and text[start - 1] in "'’" and text[start - 2] in "ODLodl" and (
            start == 2 or not text[start - 3].isalnum()
        ):
            continue  # "O'Toole", "D'Angelo": part of a name
        if _MODEL_NUMBER.match(text, end):
            continue  # "Il-76", "Su-24", "An-124": aircraft, not places
        if text[end : end + 1] in ("'", "’") and text[end + 1 : end + 2].isalpha() and (
            text[end + 1 : end + 3].isalpha() or text[end + 1] not in "sS"
        ):
            continue  # "Shi'ite": part of a word
        if not single and not kinds & _PLACE_LIKE and max_pop < BIG_CITY:
            head = lower.split(" ", 1)[0].split("-", 1)[0]
            if head in w.stop:
                continue  # "The Mission", "Camp David": phrases, rarely the small places
        if surface.isupper():
            letters = surface.replace(".", "")
            if letters.isalpha() and not _in_capitals(text, start, end) and not (
                len(letters) >= 4 and _CAPS_DATELINE.match(text, end)
            ) and (
                not kinds & _COUNTRY if len(letters) > 5 else not kinds & _ABBREVIABLE
            ):
                continue  # an acronym ("PSC", "CIS"), not a place abbreviation
        elif single and _CAMEL.search(surface) and not surface.startswith(("Mc", "Mac")):
            continue  # "MiG", "iPhone", "SpaceX": brand names, not places ("N'Djamena" is one)
        prev = _prev_word(text, start)
        prev_low = prev.lower()
        if prev_low in w.titles or prev_low.rstrip(".") in w.titles:
            persons.add(surface)
            continue
        if prev in w.site_prefixes and text[start - 1 : start] == " " and not kinds & _PLACE_LIKE:
            continue  # "Camp Shamrock", "Fort Liberty": a camp's name, not that place
        if single and not kinds & _SITE and _is_person_part(
            text, start, end, surface, kinds, max_pop, w, gaz
        ):
            persons.add(surface)
            continue
        if (single and surface in w.given and not kinds & _PLACE_LIKE
                and prev_low not in _LOCATIVES and not _CONTAINER_AFTER.match(text, end)
                and _own_name_population(gaz, key) < BIG_CITY):
            continue  # "his brother Alex and girlfriend Olivia": a first name, not the small town
        if common:
            if _is_sentence_start(text, start) and not kinds & _COUNTRY and max_pop < HUGE_CITY:
                continue  # "Nice work", "Reading the report"; but "London is"
            if single and not kinds & _COUNTRY and text[end : end + 1] == " " and (
                text[end + 1 : end + 2].isupper()
                and _next_word(text, end).lower() not in w.suffixes
            ):
                continue  # "Royal Navy", "Cobra Gold": a word of a longer name
            big = kinds & _PLACE_LIKE or max_pop >= BIG_CITY
            if not big and prev_low not in _LOCATIVES:
                continue
        if kinds == KIND_BIT["airfield"] and (_ADMIN_AFTER.match(text, end)
                                              or _LANDFORM_AFTER.match(text, end)):
            continue  # "the Reykjanes peninsula": an area an airfield is named after
        admin_word = bool(_ADMIN_AFTER.match(text, end)) or (
            prev_low == "of" and _word_before(text, start, prev).lower() in _ADMIN_NOUNS
        )
        base_word = bool(w.base_word.match(text, end))
        city_word = prev_low == "of" and _word_before(text, start, prev).lower() in _CITY_NOUNS
        dateline = bool(_DATELINE.match(text, end)) and _is_line_start(text, start)
        out.append(Toponym(start, end, surface, "", "", None, None, None, None,
                           gaz.candidates(key), base_word=base_word, admin_word=admin_word,
                           city_word=city_word, key=key, dateline=dateline))
    if persons:
        out = [t for t in out if t.name not in persons or t.kind
               or gaz.key_kinds(t.key) & _PLACE_LIKE]
    return _with_streets(text, out)


def _with_streets(text: str, mentions: list[Toponym]) -> list[Toponym]:
    """Add the streets and squares ("Royal Street", "14th St."), over the names inside them.

    A street is placed later, at the town of the article (:func:`_place_streets`).
    """
    pattern, suffix = _street_pattern()
    found: dict[int, re.Match[str]] = {}
    taken = 0
    for hit in suffix.finditer(text):  # a street ends in a suffix word: look only there
        if hit.end() <= taken:
            continue
        for m in pattern.finditer(text, max(taken, hit.start() - _STREET_REACH), hit.end() + 8):
            found.setdefault(m.start(), m)
            taken = max(taken, m.end())
    streets = [Toponym(m.start(), m.end(), m.group(0), "street", "", None, None)
               for m in found.values() if m.group(1).split()[0] not in _words().stop_capitalised]
    if not streets:
        return mentions
    kept = [t for t in mentions if not any(s.start < t.end and t.start < s.end for s in streets)]
    return sorted([*kept, *streets], key=lambda t: t.start)


@cache
def _street_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of a street's name, and the pattern of the suffix words it ends in."""
    words = lexicon.street_suffixes()
    full = "|".join(w for w in words if not w.endswith("."))
    short = "|".join(w[:-1] for w in words if w.endswith("."))  # "St.": the full stop is theirs
    suffix = rf"[ \t]+(?:(?:{full})\b|(?:{short})\b\.?)"
    return re.compile(
        r"\b((?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))(?:[ \t]+(?:[A-Z][\w'’-]*|de|du|la|of)){0,3})"
        rf"{suffix}(?:[ \t]+(?:North|South|East|West)\b)?"
    ), re.compile(suffix)


def _place_streets(mentions: list[Toponym]) -> list[Toponym]:
    """Put each street at the nearest town the article names, or drop it if it names none."""
    towns = [t for t in mentions if t.kind == "city" and t.lat is not None]
    out = []
    for t in mentions:
        if t.kind != "street":
            out.append(t)
            continue
        if towns:
            town = min(towns, key=lambda c: (abs(c.start - t.start), c.start))
            t.lat, t.lon, t.iso3 = town.lat, town.lon, town.iso3
            out.append(t)
    return out


_K = {kind: code for code, kind in enumerate(KINDS)}
_IS_AREA = np.asarray([k in _AREAS for k in KINDS])


@dataclass
class _Context:
    """What the article says about where it is, for ranking candidates."""

    counts: np.ndarray  # mentions per country, indexed by the gazetteer's iso codes
    admin1: np.ndarray  # per admin1 code: whether the article names that division
    anchor: tuple[float, float] | None = None

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
        "city_word": np.where(city_word, np.where(is_admin, -2.0, np.where(is_city, 0.5, 0.0)),
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
        km = 2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(a)))
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
    per_key = Counter(m.key for m in mentions if not m.kind)
    for key, n in per_key.items():
        codes, weights = gaz.context_weights(key)
        for code, weight in zip(codes.tolist(), weights.tolist(), strict=True):
            totals[code] += n * weight
    for m in mentions:
        if m.kind and m.iso3:
            totals[gaz.iso_index[m.iso3]] += 1
    counts = np.asarray(totals)
    admin1 = np.zeros(len(gaz.admin1_codes), dtype=bool)
    admin1[gaz.admin1_code[rows[gaz.kind_code[rows] == _K["admin1"]]]] = True
    admin1[0] = False
    return _Context(counts, admin1)


_CONTAINER_KINDS = (_K["country"], _K["admin1"], _K["admin2"])
# "Reading, England", "Rota in southern Spain", "Gao, in northern Mali".
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
        if a.end >= b.start or not _CONTAINER_GAP.fullmatch(text, a.end, b.start):
            continue
        if not any(gaz.kind_code[r] in _CONTAINER_KINDS for r in b.candidates):
            continue
        links[i] = (b.key, links[i][1])
        links[i + 1] = (links[i + 1][0], a.key)
    return links


# "the Spanish port of Rota", "the Nigerien city of Agadez": a demonym names the country
_DEMONYM_CONTAINER_GAP = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:port|city|town|village|island|base|region|province)\s+of\s+(?:the\s+)?")


_ROW_LABEL = re.compile(r"[ \t]*(?:[-*•–][ \t]+)?[^|:\n]{2,40}?[ \t]*[|:]")


def _demonym_containers(text: str, mentions: list[Toponym], names: list[Toponym],
                        gaz: Gazetteer) -> list[str]:
    """For each name, the country its text places it in ("" for none).

    A demonym before it ("the Spanish port of Rota"), or the country that labels its
    table row or list item ("Spain | about 3,800 | Rota, Moron").
    """
    demonyms = [m for m in mentions if m.kind == "demonym" and m.iso3]
    out = []
    labels: dict[int, str] = {}  # line start -> the country of its label
    for n in names:
        before = [d for d in demonyms if d.end <= n.start and n.start - d.end <= 40]
        iso = ""
        if before and _DEMONYM_CONTAINER_GAP.fullmatch(text, before[-1].end, n.start):
            iso = before[-1].iso3
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
        out.append(iso)
    return out


_LOCAL_KINDS = ("city", "admin2", "airfield")


def _confident(gaz: Gazetteer, ctx: _Context, counts: np.ndarray, key: int, n_mentions: int,
               idx: int) -> bool:
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
    return bool(others[gaz.iso_code[idx]] >= 0.5 or others.max() < 2)


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
        Output of :func:`recognise`.
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
    described = [iso_index.get(iso, 0) for iso in _demonym_containers(text, mentions, names, gaz)]
    of_mention = [groups.setdefault((m.key, m.admin_word, m.base_word, m.city_word,
                                     *link_of[id(m)], iso), len(groups))
                  for m, iso in zip(names, described, strict=True)]
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
    per_group = Counter(of_mention)
    confident = [_confident(gaz, ctx, counts, sigs[g][0], per_group[g], picked_list[g])
                 for g in range(len(sigs))]
    for m, g in zip(names, of_mention, strict=True):
        place = gaz.place(picked_list[g])
        m.confident = confident[g]
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
    return _place_streets(resolve(text, recognise(text, gaz), gaz))
