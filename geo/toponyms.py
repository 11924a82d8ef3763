"""Find and place every place an article names.

Recognition (:func:`recognise`) takes the gazetteer's leftmost-longest matches of
capitalised names (demonyms such as "Turkish" and abbreviations such as "U.S."
included) and drops what is not a place here: persons ("President Tayyip Erdogan",
"Jordan Peterson", and the same surname later on its own), acronyms that are not
place abbreviations, and common words that happen to be place names ("Nice work").
Streets and squares are added and placed at the article's town. Resolution
(:func:`resolve`, in :mod:`geo._resolve`) ranks each name's candidates with
explicit features (:func:`candidate_features`).
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from geo import lexicon
from geo._resolve import (
    HUGE_CITY,
    KIND_OUT,
    bearing_of,
    candidate_features,
    country_named_after,
    destination,
    division_named_after,
    haversine_km,
    resolve,
    stated_km,
)
from geo._sources import airfield_core, longest_first, military_airfield_name, plain_word
from geo.gazetteer import KIND_BIT, Gazetteer, Place
from geo.gazetteer import load as load_gazetteer

__all__ = ["Toponym", "candidate_features", "find_toponyms", "haversine_km", "recognise",
           "resolve"]

_ADMIN_AFTER = re.compile(
    r"[ \t]*(?:province|governorate|state|region|oblast|prefecture|district|county|department|"
    r"wilaya|krai|canton|territory|emirate|municipality)\b",
    re.IGNORECASE,
)
# an airfield named after one island lies on it ("a jetty on Sir Bani Yas island"), so "island"
# is no such area
_LANDFORM_AFTER = re.compile(
    r"[ \t]*(?:peninsula|islands|valley|mountains|range|plateau|desert|coast|bay|lake|"
    r"river|gulf|strait|atoll)\b", re.IGNORECASE)
_ADMIN_NOUNS = frozenset({"province", "governorate", "state", "region", "district"})
_CITY_NOUNS = frozenset({"city", "town", "village", "port", "capital"})
_CITY_APPOSITION = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(_CITY_NOUNS))})\b")
_LOCATIVES = frozenset({"in", "at", "near", "from", "to", "outside", "around", "of", "across",
                        "into", "toward", "towards", "via", "between", "and"})
_NEXT_WORD = re.compile(r" ([\w-]+(?:['’](?![sS]\b)\w+)?)")
_LETTERS = re.compile(r"[A-Za-z]{2,}")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAPITAL_AFTER = re.compile(r"\s+(capital)\b(?!\s+(?:city\s+)?(?:of\s+)?[A-Z])")
_MODEL_NUMBER = re.compile(r"-\d")
# "Sigatoka, on the south coast of Viti Levu": the feature a named town is part of (not "a camp on
# the edge of Tabankort")
_PART_OF_BEFORE = re.compile(r",\s+(?:on|at|along)\s+the\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:coast|shore|tip|edge|side|end|bank|part)\s+of\s+(?:the\s+)?$",
                             re.IGNORECASE)
_SEA_AFTER = re.compile(r" (?:Sea|Ocean|Reefs?|Shoals?)\b(?! ?[Pp]ort)")  # not "Mogadishu Sea Port"
# (nor "Bombay Reef", a feature the gazetteer lacks, not Mumbai)
_OF_NAME_AFTER = re.compile(r" of (?:the )?[A-Z]")
_VALLEY_AFTER = re.compile(r" Valley\b")  # "the Annapolis Valley": a valley the gazetteer lacks
# After a place in capitals that opens a dateline in mid-line ("Photo: AP. MANILA,
# Philippines -", "SOUTH WAZIRISTAN, April 5 (APP):").
_CAPS_DATELINE = re.compile(
    r",[ \t]*(?:[A-Z][a-z]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b)"
)
_CONTAINER_AFTER = re.compile(r",[ \t]+[A-Z]")  # "Olivia, Minnesota"
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
_POSSESSIVE_NAME = re.compile(r"['’]s[ \t]+([A-Z][a-z]+)\b")  # "Daniel's Head"
_NAME_AFTER = re.compile(r"[ \t]+(?:[a-z]{1,3}-)?[A-Z][a-z]")  # "Ras Kamboni", "Ras al-Hadd"
_AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*,")  # "Stephon Clark, 22, was": a person's age
_STREET_REACH = 160  # the longest street name before its suffix word: four long words
_TOWN_BACK = re.compile(r"(?:city|town)\b(?![ \t]+of\b)", re.IGNORECASE)  # "south-east of the city"
_REFERENCE_BEFORE = re.compile(r"\d\s*(?:km|kilometres|kilometers|miles)\s+[\w-]+\s+of\s+(?:the\s+)?$")
BACK_TOWN_CHARS = 450  # how far back "the city" (or "20 km to the south") may find the town it means
_TOWN_COMMA = re.compile(r"[A-Z][\w.'’-]*,[ \t]$")
# After the place of a dateline: "LONDON (Reuters) -", "ANKARA, Turkey, Feb 4 (AP) —".
_DATELINE = re.compile(
    r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)?"
    r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—]\s"
)

BIG_CITY = 100_000
SKELETON_KM = 400.0  # how far from the article's other places a name found by its skeleton may be
BESIDE_KM = 100.0  # or how far from a town named within BESIDE_CHARS of it
BESIDE_CHARS = 120


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
    town: Place | None = None  # the town an airfield was named by ("the Turaif airport")

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
    name_heads: frozenset[str]
    name_openers: frozenset[str]
    possessive_tails: frozenset[str]
    unit_heads: frozenset[str]
    weapon_nouns: frozenset[str]
    weapon_names: frozenset[str]
    particles: frozenset[str]
    base_word: re.Pattern[str]
    region_abbreviations: dict[str, str]
    stop_capitalised: frozenset[str]
    determiners: frozenset[str]
    compass: frozenset[str]
    connected: re.Pattern[str]


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
        name_heads=lexicon.name_heads(),
        name_openers=lexicon.name_openers(),
        possessive_tails=lexicon.possessive_name_tails(),
        unit_heads=lexicon.unit_heads(),
        weapon_nouns=lexicon.weapon_nouns(),
        weapon_names=lexicon.weapon_names(),
        particles=lexicon.surname_particles(),
        base_word=re.compile(r"[ \t]*(?:" + base.pattern + ")", base.flags),
        region_abbreviations=lexicon.region_abbreviations(),
        stop_capitalised=frozenset(w[:1].upper() + w[1:] for w in lexicon.stop_names()),
        determiners=frozenset(w.lower() for w in lexicon.grammar()["name_determiners"]),
        compass=frozenset(w.lower() for w in lexicon.grammar()["compass_adjectives"]),
        connected=re.compile(  # "Barreira do Inferno": a longer name the town only opens
            r"[ \t]+(?:" + "|".join(map(re.escape, lexicon.grammar()["name_connectors"])) + r")[ \t]+[A-Z]"),
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
    if _is_line_start(text, start):  # but "RAF jets left": an acronym opening a sentence
        return not _LOWER_WORD_AFTER.match(text, end)
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
_AIRFIELD = KIND_BIT["airfield"]
_DEMONYM = KIND_BIT["demonym"]
_AREA_KINDS = _bits("country", "admin1", "admin2", "region")


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
    possessive = prev[-2:] in ("'s", "’s")
    owner = gaz.key_of(prev[:-2]) if possessive and (
        _next_word(text, end).lower() not in w.unit_heads) else None  # not "Iran's Qods Force"
    if possessive and _ADMIN_AFTER.match(text, end):
        return False  # "the Maritime Self-Defense Force's Maizuru District": the owner's district
    return bool(prev[:1].isupper() and prev.lower() not in w.stop and prev not in w.demonyms
                and not _is_sentence_start(text, start - len(prev) - 1)
                and gaz.key_of(prev) is None
                and not (owner is not None and gaz.key_kinds(owner) & _COUNTRY))  # "Congo's Ituri"


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
        if surface in w.name_heads and _NAME_AFTER.match(text, end):
            continue  # "Ras" of "Ras Kamboni": part of the name that follows
        tail = _POSSESSIVE_NAME.match(text, end)
        if tail and tail.group(1).lower() in w.possessive_tails and not kinds & _COUNTRY:
            continue  # "Daniel's Head": a longer name, not the town of Daniel
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
        if surface[:1].islower() and lower.split(" ", 1)[0] in w.compass and not kinds & (
                KIND_BIT["region"] | _COUNTRY):
            continue  # "the southern Red Sea": part of a sea, not Eritrea's Southern Red Sea region
        if start >= 2 and text[start - 1] in "'’" and text[start - 2] in "ODLodl" and (
            start == 2 or not text[start - 3].isalnum()
        ):
            continue  # "O'Toole", "D'Angelo": part of a name
        if _MODEL_NUMBER.match(text, end) or (not kinds & _COUNTRY and _model_after().match(text, end)
                                              and _prev_word(text, start).lower() not in _LOCATIVES):
            continue  # "Il-76", "Su-24", "An-124", "a Falcon 50 surveillance jet": aircraft, not places
        if single and not kinds & _COUNTRY and text[end : end + 1] == " " and (
                _next_word(text, end) in w.weapon_nouns) and (
                surface in w.weapon_names or not kinds & (_SITE | KIND_BIT["airfield"])):
            continue  # "Akinci drones", "Pantsir systems": weapons (not "Hmeimim jets")
        if not kinds & _COUNTRY and w.connected.match(text, end):
            continue  # "the Barreira do Inferno launch centre": not the town of Barreira
        if single and lower in w.unit_heads and _OF_NAME_AFTER.match(text, end):
            continue  # "the army's Garrison of Sor-Varanger": a unit's name, not a town
        if not kinds & _COUNTRY and _vessel_before().search(text, max(0, start - 30), start):
            continue  # "the frigate Provence called at Souda Bay": a ship's name
        if not kinds & _COUNTRY and _SEA_AFTER.match(text, end):
            continue  # "the Sulu Sea", "the Banda Sea": a sea the gazetteer lacks, not the town
        if not kinds & _AREA_KINDS and _VALLEY_AFTER.match(text, end):
            continue  # "Greenwood in the Annapolis Valley": not Annapolis, Maryland (but "the
            # Swat Valley" is the district's)
        if text[end : end + 1] in ("'", "’") and text[end + 1 : end + 2].isalpha() and (
            text[end + 1 : end + 3].isalpha() or text[end + 1] not in "sS"
        ):
            continue  # "Shi'ite": part of a word
        if not single and not kinds & _PLACE_LIKE and max_pop < BIG_CITY:
            head = lower.split(" ", 1)[0].split("-", 1)[0]
            if head in w.stop and surface[len(head) : len(head) + 1] != "-" and not (
                    surface.split(" ", 1)[0] in w.name_openers
                    and _own_name_population(gaz, key) >= OPENER_TOWN):
                continue  # "The Mission", "Camp David": phrases, rarely the small places (but
                # "Port-aux-Français" is one name)
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
        if single and prev_low == "the" and lower in w.titles and not kinds & _PLACE_LIKE:
            continue  # "served in the Sultan's forces": a ruler, not the town of Sultan
        if prev in w.site_prefixes and text[start - 1 : start] == " " and not kinds & _PLACE_LIKE:
            continue  # "Camp Shamrock", "Fort Liberty": a camp's name, not that place
        if single and not kinds & _SITE and not (kinds & _AIRFIELD and w.base_word.match(
                text, end)) and (_is_person_part(
            text, start, end, surface, kinds, max_pop, w, gaz
        ) or (not kinds & _PLACE_LIKE and _AGE_AFTER.match(text, end))):
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
        if kinds == _AIRFIELD and (_ADMIN_AFTER.match(text, end) or _LANDFORM_AFTER.match(text, end)):
            continue  # "the Reykjanes peninsula": an area an airfield is named after
        admin_word = bool(_ADMIN_AFTER.match(text, end)) or (
            prev_low == "of" and _word_before(text, start, prev).lower() in _ADMIN_NOUNS
        )
        base_word = bool(w.base_word.match(text, end))
        if kinds == KIND_BIT["airfield"] and not base_word and (surface in w.given
                                                              or surface in w.surnames):
            continue  # "Holloman" is the air force base only as "Holloman air force base"
        city_word = (prev_low == "of" and _word_before(text, start, prev).lower() in _CITY_NOUNS
                     ) or bool(_CITY_APPOSITION.match(text, end))  # "Ghat, a desert town"
        dateline = bool(_DATELINE.match(text, end)) and _is_line_start(text, start)
        if prev in w.name_heads and text[start - len(prev) - 1 : start] == prev + " ":
            start -= len(prev) + 1  # "Ras Kamboni", found as "Kamboni"
            surface = text[start:end]
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
    found = _place_streets(resolve(text, _whole_names(text, recognise(text, gaz)), gaz))
    found = _apostrophe_names(text, found, gaz)
    found = _skeleton_names(text, _town_airfields(text, _split_names(text, found), gaz), gaz)
    found = _core_airfields(text, found, gaz)
    found = _located_names(text, _described_names(text, _measured_names(text, _headed_guesses(found), gaz)))
    return _island_homonyms(text, _site_short_names(text, found))


ISLAND_TOWN_KM = 1000.0  # a town read for "X Island" this far from the story's other towns is a homonym
_ISLANDS_AFTER = re.compile(r"\s+(?:island|islands|islets?|archipelago|atoll)\b", re.IGNORECASE)


def _island_homonyms(text: str, mentions: list[Toponym]) -> list[Toponym]:
    """Drop a town read for "the X islands" where the story places nothing else near it.

    That is a town of a country the article names nowhere else, or one far from all the
    article's other towns (and from the island country it names).

    "working from the Zubair islands" off Yemen is no Zubair in Iraq: the text names
    islands, and a town of a country the story never mentions is only a homonym.
    """
    out = []
    governments = lexicon.metonyms()  # "Washington" said: no town of the story's
    dropped: set[tuple[str, str]] = set()
    islands = lexicon.island_countries()
    for t in mentions:
        name = text[t.start : t.end]
        if t.kind == "city" and _ISLANDS_AFTER.match(text, t.end) and not (
                t.place is not None and t.place.detail in ("island", "islands")):
            others = [o for o in mentions if text[o.start : o.end] != name]
            local = [o for o in others if o.lat is not None and o.lon is not None and (
                (o.kind in ("city", "site") and text[o.start : o.end] not in governments)
                or (o.kind == "country" and o.iso3 == t.iso3 and o.iso3 in islands))]  # "Wotje atoll in
            # the Marshall Islands" (not "Lincoln Island" in a story that names the US)
            if not any(o.iso3 == t.iso3 for o in others) or (
                    local and t.lat is not None and t.lon is not None
                    and all(haversine_km(t.lat, t.lon, o.lat, o.lon) > ISLAND_TOWN_KM
                            for o in local if o.lat is not None and o.lon is not None)):
                dropped.add((name, t.iso3))  # "Amsterdam Island" in a story on the Indian Ocean
                continue  # that names the US too: no Amsterdam in New York, far from every
                # other town the story names
        out.append(t)
    return [t for t in out if (text[t.start : t.end], t.iso3) not in dropped]  # "the Crozet station"


_APOSTROPHE_NAME = re.compile(r"(?<![\w'’])([A-Z])['’]([A-Z][a-z]{2,})(?![\w'’])")  # "N'Guigmi"


def _apostrophe_names(text: str, mentions: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """Add the towns written with an apostrophe the gazetteer spells without one.

    "N'Guigmi" is GeoNames' Nguigmi: a town of a country the article names, when the
    matcher found nothing there.
    """
    countries = {t.iso3 for t in mentions if t.iso3 and t.kind in ("country", "demonym", "city", "admin")}
    added = []
    for m in _APOSTROPHE_NAME.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in mentions):
            continue
        places = [p for p in gaz.lookup(m.group(1) + m.group(2).lower())
                  if p.iso3 in countries and p.kind in ("city", "admin2", "admin3")]
        if places:
            p = places[0]
            added.append(Toponym(m.start(), m.end(), m.group(0), KIND_OUT[p.kind], p.iso3, p.lat, p.lon,
                                 p.geonameid, p))
    return sorted([*mentions, *added], key=lambda t: t.start) if added else mentions


_DISTANCE = re.compile(r"\d\s*(?:km|kilomet|mile)", re.IGNORECASE)
HOMONYM_KM = 100.0  # how far a known name may lie from the point a stated distance gives
HOMONYM_SLACK = 1.2  # ... or this many times the distance (writers round distances and bearings)
SHORT_NAME_KM = 100.0  # how far from a site named in full its short name must resolve to be moved


def _site_short_names(text: str, mentions: list[Toponym]) -> list[Toponym]:
    """Move a town mention that is the short name of a site the article names in full.

    "RAAF Base Edinburgh, about 25 km north of Adelaide ... the US Navy plans to station
    drones at Edinburgh": the base, not Edinburgh in Scotland or Indiana.
    """
    sites = [(s, text[s.start : s.end], s.lat, s.lon) for s in mentions
             if s.kind == "site" and s.lat is not None and s.lon is not None]
    if not sites:
        return mentions
    out = []
    for t in mentions:
        if t.kind == "city" and t.lat is not None and t.lon is not None:
            surface = text[t.start : t.end]
            full = next((s for s, name, lat, lon in sites if (
                name.startswith(surface + " ") or name.endswith(" " + surface))
                and haversine_km(lat, lon, t.lat, t.lon) > SHORT_NAME_KM), None)
            if full is not None:
                t = replace(full, start=t.start, end=t.end, kind=t.kind)  # a town word, no anchor
        out.append(t)
    return out


OPENER_TOWN = 10_000  # "New Halfa" (63,589) is the town; "the New Deal" (a village of 800) and
# "New Town" (an alternate name of Wilmington) are not
AIRFIELD_TOWN_KM = 100.0  # how far from its town an airfield named after it may lie


@cache
def _model_after() -> re.Pattern[str]:
    """A model number and a weapon noun after a name: "Falcon 50 maritime surveillance jet"."""
    nouns = longest_first(sorted(lexicon.weapon_nouns()))
    return re.compile(rf"[ \t]+\d{{1,4}}[A-Z]?(?:[ \t]+[a-z-]+){{0,3}}?[ \t]+(?:{nouns})\b")


@cache
def _vessel_before() -> re.Pattern[str]:
    """A ship noun right before a name: "the frigate Provence", "the destroyer Mississippi"."""
    nouns = longest_first([p for p in lexicon.cues()["vessels"].phrases if not p.endswith("s")])
    return re.compile(rf"\b(?:{nouns})[ \t]+$")


@cache
def _airfield_noun() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An airfield noun after a town's name, one that governs it ("the airport at X"), and any."""
    nouns = longest_first(lexicon.site_words()["airfield_nouns"])
    words = longest_first(lexicon.site_words()["airfield_descriptors"])  # "the Beda oilfield airstrip"
    after = re.compile(rf"(?:'s|’s)?[ \t]+(?:(?:{words})[ \t]+){{0,2}}(?:{nouns})\b", re.IGNORECASE)
    before = re.compile(rf"\b(?:{nouns})\s+(?:at|of|in)\s+$", re.IGNORECASE)
    return after, before, re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)


def airfield_follows(text: str, end: int) -> bool:
    """Whether an airfield noun follows a name ending at ``end`` ("Homs air base")."""
    return _airfield_noun()[0].match(text, end) is not None


def _town_airfields(text: str, mentions: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """A town named for its airfield is the airfield named after it.

    "the Turaif airport" is Turaif Domestic Airport and "the airstrip at Zelten" Zelten
    SW New Airport: of the country's airfields whose name opens with the town's, the
    nearest within ``AIRFIELD_TOWN_KM``, or the only one (which also corrects a homonym
    of the town elsewhere in the country). The text must name the country by another
    place: "Henderson airfield" in Honiara is no airport of a Henderson in Nevada.
    """
    after, before, _ = _airfield_noun()
    out = []
    for t in mentions:
        lat, lon = t.lat, t.lon
        noun = (after.match(text, t.end) or before.search(text, max(0, t.start - 30), t.start)
                ) if t.kind == "city" and t.iso3 else None
        if noun is None or lat is None or lon is None:
            out.append(t)
            continue
        pick = None
        if any(m.iso3 == t.iso3 and m.name != t.name for m in mentions):
            rows = gaz.airfields_named(t.iso3, text[t.start : t.end])
            if military_airfield_name(noun.group()):  # "the Kamina air base": Kamina Base Airport,
                rows = [i for i in rows if military_airfield_name(gaz.names[i])] or rows  # not Ville
            away = {i: haversine_km(lat, lon, float(gaz.lat[i]), float(gaz.lon[i])) for i in rows}
            near = [i for i in rows if away[i] <= AIRFIELD_TOWN_KM]
            coded = [i for i in rows if gaz.detail[i].startswith("ICAO")]  # an official field first
            pick = min(near, key=away.__getitem__) if near else (
                rows[0] if len(rows) == 1 else coded[0] if len(coded) == 1 else None)
        else:
            pick = _airfield_abroad(text[t.start : t.end], t.iso3, mentions, gaz)
        if pick is not None:
            town, t = t.place, _resolved(gaz, t.start, t.end, text, pick)
            t.town = town
        out.append(t)
    return out


@cache
def _cored_pattern() -> re.Pattern[str]:
    """"the Al Ghadaf highway strip", "the al-Muhaddad agricultural airstrip": a name, an airfield noun."""
    _, name, _ = _placed_name_pieces()
    nouns = longest_first(lexicon.site_words()["airfield_nouns"])
    words = longest_first(lexicon.site_words()["airfield_descriptors"])
    return re.compile(rf"\bthe[ \t]+({name})[ \t]+(?:(?:{words})[ \t]+){{0,2}}(?:{nouns})\b"
                      # "a highway landing strip at Wadi al-Murbah"
                      rf"|\b(?:{nouns})[ \t]+(?:at|in|near)[ \t]+({name})"
                      # "at Radif al-Khafi, a disused highway airstrip"
                      rf"|\b(?:at|in|near|to|from)[ \t]+({name}),[ \t]+(?:a|an|the)[ \t]+"
                      rf"(?:[\w-]+[ \t]+){{0,2}}?(?:{nouns})\b", re.IGNORECASE)


def _core_airfields(text: str, mentions: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """A name the gazetteer lacks, next to an airfield noun, that is the core of a field's name.

    "the Al Ghadaf highway strip" is Al Ghadaf Highway Strip, "the al-Muhaddad
    agricultural airstrip" Al-Muhaddad Agricultural Airport and "a landing strip at Wadi
    al-Murbah" Wadi El Murbah Highway Strip, so is every later "Al Ghadaf": the one field
    with that core in the countries the text names.
    """
    if not _airfield_noun()[2].search(text):
        return mentions  # most news names no airfield: skip the costly pattern
    spans = [(t.start, t.end) for t in mentions]
    countries = sorted({t.iso3 for t in mentions if t.iso3 and t.confident})
    added: list[Toponym] = []
    for m in _cored_pattern().finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        a, b = m.span(group)
        town = next((t for t in mentions if (t.start, t.end) == (a, b) and t.kind == "city"), None)
        if (town is None or group != 1) and any(s < b and a < e for s, e in spans):
            continue  # (a town's spelling, as "Al Muhammadi" is, may yet be its field's name; "the
            # airport at X" of a known town is the town's airfield, found before)
        core = airfield_core(m.group(group))
        if " " not in core and core.isalpha() and plain_word(core):
            continue  # "the North airfield": a word, not the core of "North 40 Airport"
        rows = [i for iso3 in ([town.iso3] if town is not None else countries)  # a town's own country
                for i in gaz.airfields_cored(iso3, core)] if core else []
        if not rows or any(haversine_km(float(gaz.lat[i]), float(gaz.lon[i]), float(gaz.lat[rows[0]]),
                                        float(gaz.lon[rows[0]])) > AIRFIELD_TOWN_KM for i in rows):
            continue  # none, or fields far apart ("H1 New Air Base" and "H1 Old Air Base" are one)
        if town is not None:  # "the Al Muhammadi airstrip" in Anbar, not a village of that name
            mentions = [t for t in mentions if not (t.kind == "city" and t.name == town.name)]
            spans = [(t.start, t.end) for t in [*mentions, *added]]
        for n in re.finditer(rf"(?<![\w-]){_name_pattern(m.group(group))}(?![\w-])", text):
            if not any(s < n.end() and n.start() < e for s, e in spans):
                added.append(_resolved(gaz, n.start(), n.end(), text, rows[0]))
                spans.append(n.span())
    return sorted([*mentions, *added], key=lambda t: t.start) if added else mentions


def _airfield_abroad(name: str, iso3: str, mentions: list[Toponym], gaz: Gazetteer) -> int | None:
    """The airfield named after a town, near a place of another country the text names.

    "the airport at Cabo Rojo, near Pedernales" is Cabo Rojo Airport in the Dominican
    Republic, not an airfield of Cabo Rojo in Puerto Rico, a country the text names by
    no other place.
    """
    best: tuple[float, int] | None = None
    for m in mentions:
        if not m.iso3 or m.iso3 == iso3 or m.kind not in ("city", "site", "admin") or m.lat is None or (
                m.lon is None):
            continue
        for i in gaz.airfields_named(m.iso3, name):
            d = haversine_km(m.lat, m.lon, float(gaz.lat[i]), float(gaz.lon[i]))
            if d <= AIRFIELD_TOWN_KM and (best is None or d < best[0]):
                best = (d, i)
    return None if best is None else best[1]


def _whole_names(text: str, mentions: list[Toponym]) -> list[Toponym]:
    """Drop a match that is only part of a longer Arabic name ("Marj" and "Sultan" in "Marj al-Sultan").

    So is a name that opens with an article after a capitalised word: "al-Sham" (Damascus)
    in "Bosra al-Sham".
    """
    after, before, opening = _article_joins()
    return [t for t in mentions if t.kind == "demonym" or not (
        after.match(text, t.end) or before.search(text, max(0, t.start - 30), t.start)
        or (opening.match(text, t.start) and _name_before(text, t.start)))]


def _split_names(text: str, mentions: list[Toponym]) -> list[Toponym]:
    """Drop two towns named back to back: they are one name the gazetteer lacks.

    "Baga Sola" is neither Bagà in Spain nor Seoul ("Sola"); a division or country after a
    town ("Jackson Mississippi") is left alone.
    """
    suffixes = _words().suffixes  # "Katse Dam": a town and a word that may follow its name
    pairs = {k for k, (a, b) in enumerate(itertools.pairwise(mentions))
             if a.kind == "city" and b.kind == "city" and text[a.end : b.start] == " "
             and text[b.start : b.end].lower() not in suffixes}
    tails = {k + 1 for k, (a, b) in enumerate(itertools.pairwise(mentions))
             if a.kind in ("city", "admin", "site") and text[a.end : b.start] == " "
             and text[b.start : b.end].lower() in suffixes}  # "the Mosul Dam lake": no Damascus ("Dam")
    drop = pairs | {k + 1 for k in pairs} | tails
    return [t for k, t in enumerate(mentions)
            if k not in drop and not _unknown_word_before(text, t, mentions)]


def _unknown_word_before(text: str, t: Toponym, mentions: list[Toponym]) -> bool:
    """Whether a town or site is the end of a longer name the gazetteer lacks ("Sher Mughar").

    The word before is capitalised, inside the sentence, and no word the lexicon knows
    (a title, a given name, a demonym, a name head such as "Lake" or "Fort"), and the town
    lies in a country no other mention of the article is in ("Mughar", Israel, in a story
    about Idlib and Hama).
    """
    if t.kind not in ("city", "site") or text[t.start - 1 : t.start] != " ":
        return False
    prev = _prev_word(text, t.start)
    w = _words()
    if not (prev[:1].isupper() and prev.isalpha() and not prev.isupper()) or len(prev) < 3:
        return False
    if (prev.lower() in w.stop or prev in w.demonyms or prev in w.given or prev in w.titles
            or prev in w.name_heads or prev in w.name_openers or prev in w.site_prefixes
            or prev in w.surnames or prev in w.weapon_names):
        return False
    start = t.start - 1 - len(prev)
    if _is_sentence_start(text, start) or any(m.start <= start < m.end for m in mentions):
        return False
    surface = text[t.start : t.end]  # (not "Tapa base" after "Qara Tapa": the same name)
    return not any(m.iso3 == t.iso3 for m in mentions if not _same_name(text[m.start : m.end], surface))


def _same_name(a: str, b: str) -> bool:
    """Whether two mentions are one name, with or without a word after it ("Tapa", "Tapa base")."""
    return a == b or a.startswith(f"{b} ") or b.startswith(f"{a} ")


def _name_before(text: str, start: int) -> bool:
    """Whether a capitalised word that may open a name comes right before.

    Not a function word ("In", "The"), a demonym ("the Iraqi al-Taqaddum air base") or an
    abbreviation ("the US al-Tanf garrison").
    """
    if text[start - 1 : start] not in (" ", "\t"):
        return False
    prev = _prev_word(text, start)
    w = _words()
    return (prev[:1].isupper() and prev.isalpha() and not prev.isupper()
            and prev.lower() not in w.stop and prev not in w.demonyms)


def _article_alternation() -> str:
    """The Arabic articles that join the words of a name ("al", "el", "ad"), longest first."""
    return "|".join(sorted(lexicon.transliterations().skeleton_articles, key=len, reverse=True))


@cache
def _article_joins() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    articles = _article_alternation()
    return (re.compile(rf"[ \t](?:{articles})-[A-Z]"),
            re.compile(rf"[A-Z][\w'’]*[ \t](?:{articles})-$"),
            re.compile(rf"(?:{articles})-[A-Z]"))


@cache
def _capitalised_run() -> re.Pattern[str]:
    """A run of capitalised words, with lower-case articles between them ("Hafr al-Batin")."""
    articles = _article_alternation()
    word = r"[A-Z][\w'’‘`]*"
    return re.compile(rf"(?<![\w'’‘`-]){word}(?:(?:-|[ \t])(?:(?:{articles})(?:-|[ \t]))?{word}){{0,3}}")


@cache
def _outlet_after() -> re.Pattern[str]:
    """A word after a name that makes it an outlet's ("Al Hadath television", "Al Jazeera said")."""
    words = "|".join(re.escape(w) for w in lexicon.transliterations().skeleton_stop_after)
    return re.compile(rf"[ \t]+(?:{words})\b")


def _skeleton_names(text: str, mentions: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """Add the names the text spells unlike any gazetteer spelling, found by their skeleton.

    "Tal Rifaat" (GeoNames: Tall Rif'at) or "Hafr al-Batin" (Hafar Al-Batin, where the
    exact matcher saw only "Batin") is taken for a town of a country that uses such
    spellings only when the article names that country, and only within
    ``SKELETON_KM`` of the median point of the article's towns. One word alone must
    follow a locative ("near Amerli") or a settlement noun.
    """
    counted = [t for t in mentions if t.iso3 and t.confident and t.kind in (
        "country", "demonym", "city", "admin", "site")]
    counts = Counter(t.iso3 for t in counted)
    # a name's own mentions do not make its country one the text names ("Madinat" twice)
    own = Counter((t.iso3, text[t.start : t.end]) for t in counted)
    table = lexicon.transliterations()
    if not set(counts) & table.countries:
        return mentions
    local = [(t.lat, t.lon, text[t.start : t.end], t.start) for t in mentions
             if t.confident and t.kind in ("city", "site", "admin") and counts[t.iso3] > 1
             and t.lat is not None and t.lon is not None]  # not a stray "Batin"

    def middle(skip: set[str]) -> tuple[float, float] | None:
        """The median point of the article's towns, without the names a run would replace."""
        points = [(lat, lon) for lat, lon, name, _ in local if name not in skip]
        return (statistics.median(lat for lat, _ in points),
                statistics.median(lon for _, lon in points)) if points else None
    added: list[Toponym] = []
    dropped: set[int] = set()
    words = _words()
    ends = [t.end for t in mentions]  # in text order, and mentions do not overlap
    starts = [t.start for t in mentions]
    for m in _capitalised_run().finditer(text):
        s, e = m.span()
        surface = m.group()
        first, _, rest = surface.partition(" ")
        if rest and first.lower() in words.stop:  # "In Rafah", "On June": not part of the name
            s, surface = s + len(first) + 1, rest
        if surface in table.skeleton_stop or _outlet_after().match(text, e):
            continue  # "Al Jazeera reported", "Al Hadath television": outlets and groups
        inside = range(bisect.bisect_right(ends, s), bisect.bisect_left(starts, e))
        if any(mentions[i].start < s or mentions[i].end > e
               or counts[mentions[i].iso3] > own[mentions[i].iso3, text[mentions[i].start : mentions[i].end]]
               or ((mentions[i].start, mentions[i].end) == (s, e) and mentions[i].kind != "city")
               for i in inside):
            continue  # part of a longer name, or read as a place of a country the text names
        # (a whole name read as a stray of another country, "Ras al-Ain" as Rosh HaAyin in
        # a story about Syria, is tried again)
        held = country_named_after(text, e, mentions)  # "Diabaly in Mali" is no Somali Dhobley
        division = division_named_after(text, e, mentions)  # "Saqlawiyah in Anbar": no Shaqlawa
        rows = [i for i in gaz.skeleton_candidates(surface) if counts[gaz.iso3[i]]]
        centre = middle({text[mentions[i].start : mentions[i].end] for i in inside}) if rows else None
        beside = [(lat, lon) for lat, lon, _, at in local if abs(at - s) <= BESIDE_CHARS]
        rows = [i for i in rows if (
            centre is None or haversine_km(*centre, float(gaz.lat[i]), float(gaz.lon[i])) <= SKELETON_KM
            or any(haversine_km(lat, lon, float(gaz.lat[i]), float(gaz.lon[i])) <= BESIDE_KM
                   for lat, lon in beside))  # "at Ras al-Mishab, ... 40 km south of Khafji"
            and (not held or gaz.iso3[i] == held)
            and (not division or gaz.admin1[i] == division)]
        if rows and _may_be_skeleton_name(text, s, surface):
            best = max(rows, key=lambda i: (counts[gaz.iso3[i]], float(gaz.prior[i]), -i))
            added.append(_resolved(gaz, s, e, text, best))
            dropped.update(inside)
    if not added:
        return mentions
    kept = [t for i, t in enumerate(mentions) if i not in dropped]
    return sorted(kept + added, key=lambda t: t.start)


def _may_be_skeleton_name(text: str, start: int, surface: str) -> bool:
    """Whether a capitalised run may be a town's name.

    Not after a title; and one word only after a locative or a settlement noun ("near
    Amerli", "the town of Pyanj").
    """
    words = _words()
    prev = _prev_word(text, start).lower()
    if prev in words.titles:
        return False  # "President Ahmed al-Sharaa"
    if surface.endswith(("'s", "’s")) and " " not in surface:
        return False  # "returned the area to Assad's forces": a person's, not a spelling of Ashdod
    if " " in surface or "-" in surface:
        return True
    return (prev in _LOCATIVES or prev in _CITY_NOUNS) and not (
        surface in words.stop_capitalised or surface in words.given or surface in words.demonyms)


@cache
def _placed_name_pieces() -> tuple[str, str, str]:
    """The regex pieces of a name the text places: bearings, the name, feature nouns after it."""
    dirs = "|".join(sorted(lexicon.grammar()["directions"], key=len, reverse=True))
    articles = _article_alternation()
    word = r"(?-i:[A-Z][\w'’]+)"
    name = rf"(?:(?:{articles})-)?{word}(?:[ \t-]+(?:(?:{articles})-)?{word}){{0,3}}"
    return dirs, name, longest_first(lexicon.grammar()["measured_feature_nouns"])


def _name_pattern(name: str) -> str:
    """A name as a regex, its opening article in either case ("Al-Mazraa" and "al-Mazraa")."""
    if _article_opening().match(name):
        return f"[{name[0].upper()}{name[0].lower()}]{re.escape(name[1:])}"
    return re.escape(name)


@cache
def _article_opening() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_article_alternation()})-")


def _same_spelling(a: str, b: str) -> bool:
    """Whether two mentions are one name, an opening article's case aside."""
    return a == b or (a[1:] == b[1:] and a[:1].lower() == b[:1].lower() and bool(_article_opening().match(a)))


def _named_everywhere(text: str, name: str, iso3: str, lat: float, lon: float,
                      spans: list[tuple[int, int]]) -> list[Toponym]:
    """Every mention of a placed ``name`` outside the known ``spans`` (which it extends)."""
    out = []
    for n in re.finditer(rf"(?<![\w-]){_name_pattern(name)}(?![\w-])", text):
        if not any(s < n.end() and n.start() < e for s, e in spans):
            out.append(Toponym(n.start(), n.end(), n.group(0), "city", iso3, lat, lon))
            spans.append(n.span())
    return out


@cache
def _measured_pattern() -> re.Pattern[str]:
    """"in Baga Sola, about 45 km west of ": a capitalised name after a locative, placed by a distance."""
    dirs, name, features = _placed_name_pieces()
    return re.compile(
        r"(?:\b(?:in|at|on|near|outside|around|off|to|into|from|of|include|includes|including|and|leave|left|leaving|hold|holds|held|"
        r"reach|reached|enter|entered|vacate|vacated|quit|abandoned|seized|captured|took)\s+|^|(?<=\n)|(?<=[.!?]\s))"
        r"(?:the\s+(?:(?:village|town|hamlet|settlement|oasis)\s+of\s+|(?:rebuilt|new|old|former|main|small|"
        r"remote|disused|abandoned)\s+)?)?"  # "into the rebuilt Hera naval base, about 13 km east of"
        rf"({name})"
        # "on Delma island, about", "in the Majnoon oil field, about"
        rf"(?-i:[ \t]+(?:{features}))?"
        r"(?:,\s+|[ \t]+(?-i:lies|sits|stands|is\s+located|is\s+situated)[ \t]+"  # "Mahas lies about"
        r"|[ \t]+(?=in\s+the\s+(?-i:[A-Z])[^,.;]{0,40},)"  # "Horn Island in the Torres Strait, about"
        r"|[ \t]+(?=(?:about|some|around|roughly|nearly|almost|approximately)\s+\d))"  # "Kabajeb about 55 km"
        r"(?:(?:the|a|an|its|their|(?-i:[A-Z])[\w-]*(?:'s|’s))\s[^,.;\d]{0,60},\s+)?"  # an aside
        r"(?:a\s+(?:[\w-]+\s+){0,2}(?:village|town|hamlet|settlement|port|oasis|district|island|islet|atoll)\s+"
        r"|in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+"
        r"(?:state|province|region|district|county|prefecture|governorate),\s+"  # ", in Warrap state,"
        r"|in\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2},\s+"  # " in the Torres Strait,"
        r"|(?:on|along|at)\s+the\s+[^,.;\d]{0,40}?\b(?:coast|shore|bank|tip|edge)\b"  # "on the Arabian Sea
        # coast about 185 km", "on the west bank of the Euphrates,", "on the shore of Lake Assad about"
        r"(?:\s+of\s+(?:the\s+)?[^,.;\d]{0,30}?)?,?\s+)?"
        r"(?:(?:lies|sits|stands|is\s+located|is\s+situated)\s+)?"  # ", in Akkar governorate, lies about"
        r"(?:(?:about|some|around|roughly|nearly|almost|approximately|just)\s+)?(\d[\d,]*)\s*"
        rf"(km|kilometres|kilometers|miles)\s+(?:((?:{dirs})(?:ern)?)\s+of\s+(?:the\s+)?"
        r"(?:(?:(?:district|provincial|regional|port|market|border|coastal)\s+)?(?:city|town|village|port|capital)\s+of\s+)?"
        rf"|to\s+the\s+((?:{dirs})(?:ern)?)\b(?!\s+of\b))", re.IGNORECASE)  # "about 20 km to the south"


def _measured_names(text: str, mentions: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """A name the gazetteer lacks, at the point the text gives, and its later mentions.

    "the camp in Baga Sola, about 45 km west of Bol": Baga Sola is 45 km west of Bol, and
    so is "Baga Sola" wherever else the article names it.
    """
    distances = list(_DISTANCE.finditer(text))
    if not distances:
        return mentions  # most news states no distance: skip the costly pattern
    starts = {t.start: t for t in mentions}
    spans = [(t.start, t.end) for t in mentions]
    words_ = _words()
    added: list[Toponym] = []
    seen: set[tuple[int, int]] = set()
    for m in (m for d in distances  # only the text before each stated distance
              for m in _measured_pattern().finditer(text, max(0, d.start() - 240), d.end() + 80)):
        if m.span() in seen:
            continue
        seen.add(m.span())
        ref = starts.get(m.end())
        a, b = m.span(1)
        if ref is None and (m.group(5) or _TOWN_BACK.match(text, m.end())):  # "outside Umm Batinah,
            # about 5 km south-east of the city", "at the Damiya bridge, about 20 km to the south"
            ref = next((t for t in reversed(mentions) if t.kind == "city"
                        and a - BACK_TOWN_CHARS <= t.start and t.end <= a
                        and not (m.group(5) and _REFERENCE_BEFORE.search(text, max(0, t.start - 40),
                                                                         t.start))), None)
            # (not Salt in "near Kurayyimah, about 29 km north-west of Salt": a reference point)
        if ref is None or ref.lat is None or ref.lon is None or ref.kind not in ("city", "admin", "site"):
            continue
        words = m.group(1).split()
        if words[0].lower() in words_.stop and (len(words) == 1 or words[0].lower() in words_.determiners):
            continue  # "The camp, about 20 km south of X", not "Tell Tukan, about 11 km east of X"
        if words[-1] in ("Sea", "Ocean") or _PART_OF_BEFORE.search(text, max(0, a - 50), a):
            continue  # "Arkhangelsk, on the White Sea about 590 km to the south-east": the town's
            # (and "Sigatoka, on the south coast of Viti Levu about 39 km south-south-east of Nadi")
        km = stated_km(m.group(2), m.group(3))
        lat, lon = destination(ref.lat, ref.lon, bearing_of(m.group(4) or m.group(5)), km)
        same = [t for t in mentions if t.start == a and t.end == b and t.lat is not None and t.lon is not None
                and haversine_km(t.lat, t.lon, lat, lon) > max(HOMONYM_SLACK * km, HOMONYM_KM)
                and ((t.kind == "city" and ref.confident and ref.iso3 and t.iso3 and ref.iso3 != t.iso3)
                     or not any(o.iso3 == t.iso3 for o in mentions
                                if not _same_spelling(text[o.start : o.end], text[a:b])))]
        if same:  # "Tell Tukan, about 11 km east of Saraqib": not the homonym in China, a country
            # the article names nowhere else (but "Gilgil, about 29 km south-east of Lanet" is in
            # Kenya, whatever Lanet was read as)
            mentions = [t for t in mentions if not (_same_spelling(text[t.start : t.end], text[a:b])
                                                    and t.iso3 == same[0].iso3)]  # and its other mentions
            starts = {t.start: t for t in mentions}
            spans = [(t.start, t.end) for t in mentions]
        if any(s < b and a < e for s, e in spans):
            continue
        name = m.group(1)
        town = _town_of(text, name, mentions, lat, lon, km) or _field_of(gaz, name, ref.iso3, lat, lon, km)
        if town is not None:
            lat, lon = town
        added += _named_everywhere(text, name, ref.iso3, lat, lon, spans)
    return sorted([*mentions, *added], key=lambda t: t.start) if added else mentions


DESCRIBED_BACK_CHARS = 600  # how far before "The strip, about 65 km east of X" its naming is looked for


@cache
def _described_pattern() -> re.Pattern[str]:
    """"The strip, about 65 km east of ": a site named before, placed by a distance."""
    dirs, _, _ = _placed_name_pieces()
    nouns = longest_first(lexicon.grammar()["described_site_nouns"])
    return re.compile(
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:The)\s+(?:[\w-]+\s+)?((?-i:{nouns}))"
        r"(?:,\s+(?:(?:which\s+)?(?:lies|sits|is)\s+)?|\s+(?:lies|sits|is\s+located|is\s+situated)\s+)"
        r"(?:(?:about|some|around|roughly|nearly|almost|approximately|just)\s+)?(\d[\d,]*)\s*"
        rf"(km|kilometres|kilometers|miles)\s+((?:{dirs})(?:ern)?)\s+of\s+(?:the\s+)?"
        r"(?:(?:city|town|village|port|capital)\s+of\s+)?", re.IGNORECASE)


def _described_names(text: str, mentions: list[Toponym]) -> list[Toponym]:
    """A name the gazetteer lacks that a site was named near, where a later sentence puts the site.

    "a landing strip near al-Muabbada ... The strip, about 65 km east of Qamishli": al-Muabbada
    is 65 km east of Qamishli.
    """
    if not _DISTANCE.search(text):
        return mentions
    starts = {t.start: t for t in mentions}
    spans = [(t.start, t.end) for t in mentions]
    _, name, _ = _placed_name_pieces()
    added: list[Toponym] = []
    for m in _described_pattern().finditer(text):
        ref = starts.get(m.end())
        if ref is None or ref.lat is None or ref.lon is None or ref.kind not in ("city", "admin", "site"):
            continue
        head = m.group(1).split()[-1]
        before = max(0, m.start() - DESCRIBED_BACK_CHARS)
        named = list(re.finditer(
            rf"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\s+"
            rf"(?:near|at|outside|in|by|close\s+to)\s+(?:the\s+(?:village|town|hamlet)\s+of\s+)?({name})",
            text[before : m.start()], re.IGNORECASE))
        if not named:
            continue
        a, b = (before + i for i in named[-1].span(1))
        if any(s < b and a < e for s, e in spans):
            continue  # a known place: the resolver's
        lat, lon = destination(ref.lat, ref.lon, bearing_of(m.group(4)), stated_km(m.group(2), m.group(3)))
        added += _named_everywhere(text, text[a:b], ref.iso3, lat, lon, spans)
    return sorted([*mentions, *added], key=lambda t: t.start) if added else mentions


LOCATED_KM = 15.0  # where "X, an outpost north of Raqqa" puts X: this far along the bearing
NEAR_KM = 5.0  # ... and "X, a few kilometres north of Y"
_FEW_KM = re.compile(r"\b(?:few|couple|short)\b", re.IGNORECASE)
# "a fuel depot at Basatin al-Assad, an air-defence position near X and a radar post at Y":
# items of a list, the second no apposition on the first
_LIST_ITEM_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)
_LIST_ITEM_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a|an)\s", re.IGNORECASE)


@cache
def _located_pattern() -> re.Pattern[str]:
    """"at Tal Samin, a coalition outpost north of ": a name the text places by a bearing alone."""
    dirs, name, features = _placed_name_pieces()
    return re.compile(
        r"\b(?:at|in|near|outside|to|from|left|leave|leaving|vacated|quit)\s+(?:the\s+)?"
        rf"({name})"
        # ", a coalition outpost north of", "in the Jabal X range west of"
        rf"(?:,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?|[ \t]+(?-i:{features})[ \t]+)"
        rf"(?:((?:{dirs})(?:ern)?)\s+of|near|outside)\s+(?:the\s+)?"
        r"(?:(?:city|town|village|port|capital)\s+of\s+)?", re.IGNORECASE)


def _located_names(text: str, mentions: list[Toponym]) -> list[Toponym]:
    """A name the gazetteer lacks that the text places only by a bearing or "near" a town.

    "Tal Samin, a coalition outpost north of Raqqa": about ``LOCATED_KM`` north of Raqqa,
    wherever the article names it ("near" and "outside" put it at the town).
    """
    starts = {t.start: t for t in mentions}
    spans = [(t.start, t.end) for t in mentions]
    stop = _words().stop
    added: list[Toponym] = []
    for m in _located_pattern().finditer(text):
        ref = starts.get(m.end())
        a, b = m.span(1)
        if ref is None or ref.lat is None or ref.lon is None or ref.kind not in ("city", "site") or any(
                s < b and a < e for s, e in spans) or m.group(1).split()[0].lower() in stop or (
                _LIST_ITEM_BEFORE.search(text, max(0, m.start() - 50), m.start())
                and _LIST_ITEM_AFTER.match(text, ref.end)):
            continue
        km = NEAR_KM if _FEW_KM.search(m.group(0)) else LOCATED_KM  # "a few kilometres north of"
        lat, lon = (destination(ref.lat, ref.lon, bearing_of(m.group(2)), km) if m.group(2)
                    else (ref.lat, ref.lon))
        name = m.group(1)
        added += _named_everywhere(text, name, ref.iso3, lat, lon, spans)
    return sorted([*mentions, *added], key=lambda t: t.start) if added else mentions


def _field_of(gaz: Gazetteer, name: str, iso3: str, lat: float, lon: float,
              km: float) -> tuple[float, float] | None:
    """The point of the airfield named after a measured name, if near the stated point.

    "the old airstrip compound at Sam Ouandja ... Sam Ouandja lies about 200 km south of
    Birao": Sam Ouandja Airport, surer than a distance a writer rounded.
    """
    core = airfield_core(name)
    rows = gaz.airfields_cored(iso3, core) if core and iso3 else []
    near = [(haversine_km(float(gaz.lat[i]), float(gaz.lon[i]), lat, lon), i) for i in rows]
    best = min(near, default=None)
    if best is None or best[0] > max(0.5 * km, 30.0):
        return None
    return float(gaz.lat[best[1]]), float(gaz.lon[best[1]])


def _town_of(text: str, name: str, mentions: list[Toponym], lat: float, lon: float,
             km: float) -> tuple[float, float] | None:
    """The point of the known town the text puts a measured name in, if near the stated point.

    "at Poro Point in San Fernando ... Poro Point, about 230 km north of Manila": San
    Fernando, surer than a compass bearing.
    """
    starts: dict[int, tuple[float, float]] = {}
    for t in mentions:
        if t.kind == "city" and t.lat is not None and t.lon is not None:
            starts[t.start] = (t.lat, t.lon)
    for n in re.finditer(rf"(?<![\w-]){re.escape(name)}[ \t]+(?:in|near|outside)[ \t]+", text):
        town = starts.get(n.end())
        if town is not None and haversine_km(*town, lat, lon) <= max(0.5 * km, 30.0):
            return town
    return None


def _headed_guesses(mentions: list[Toponym]) -> list[Toponym]:
    """Flag as guesses the names found under a head word in a country the text never names.

    "Ras al-Hadd" in a story about Oman is found only as Hadd, Bahrain: a guess.
    """
    heads = _words().name_heads
    headed = [t for t in mentions if t.kind != "site" and t.name.split(" ", 1)[0] in heads
              and not (t.place is not None and t.place.name.startswith(t.name.split(" ", 1)[0]))]
    # (not "Bandar Anzali", the gazetteer's own name for the port)
    named = {t.iso3 for t in mentions if t.iso3 and t.confident and all(t is not h for h in headed)}
    for t in headed:
        if t.iso3 and t.iso3 not in named:
            t.confident = False
    return mentions
