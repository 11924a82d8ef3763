"""Claim rules, places: which places of a sentence an anchor ("troops", "air base") is at.

Places are linked to an anchor by a compound, a locative, a list, a verb whose
object is the place, an apposition or a "where" clause; landmarks ("A near B") are
dropped and towns with a base word snap to the military site nearby. Used by
:mod:`geo._claims_rules` and :mod:`geo.extract`.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from geo import lexicon
from geo._claims_lex import Lex, View
from geo._claims_mentions import CIVIL_SITE_KINDS, Anchor, operators
from geo._claims_operators import country_gap
from geo._claims_patterns import Patterns, far_reference, list_extent, norm_phrase
from geo._names import fold
from geo._resolve import bearing_of, destination, stated_km
from geo.gazetteer import Gazetteer, Place
from geo.toponyms import Toponym, haversine_km


def linked_after(text: str, anchor_end: int, p_start: int, prev_linked: int | None,
                 rx: Patterns, *, crowded: bool = False, named: frozenset[int] = frozenset()) -> bool:
    """Whether a place after an anchor is where the anchor is.

    Links: a locative ("base in X", "troops stationed at X", "on the summit of X"), a
    list continued from a linked place ("A, B and C"), a verb whose object is the place
    ("troops left X", "troops guard X") and a copula or list opener ("the locations
    were X and Y"). A clause break or a word that opens another phrase ("after",
    "when", "as a") in between breaks the link.
    """
    gap = text[anchor_end:p_start]
    if not gap.strip():
        return True
    aside = rx.aside.match(gap)
    if aside:
        gap = " " + gap[aside.end() :]  # "instructors, most of them contractors, guard X"
    if len(gap) > 200 and prev_linked is None:
        return False
    if rx.clause_break.search(gap) or rx.subject_clause.search(gap):
        return False
    end = _tail(gap)  # the end-anchored patterns need only the last words
    if rx.judged_in.search(end):
        return False  # "Chinese soldiers in the Pamirs is sensitive in Dushanbe"
    if rx.relative_worked.fullmatch(gap) and rx.then_left.match(text, p_start):
        return True  # "engineers, who had rebuilt the wharf at X after a cyclone, left in October"
    relative = rx.relative_aside.match(gap)  # "marines, who could deploy to X": the anchor's clause
    if rx.presence_locative.search(end) and "," not in gap[relative.end() if relative else 0 :] and (
        len(gap) <= 150 and (not crowded or len(gap) <= 70)
    ):
        return True  # "troops are due to leave A by next year and consolidate at B"
    if len(gap) > 120:
        return False
    vp = rx.coordinated_vp.search(gap)
    if vp and len(gap[vp.end() :].split()) > 2:
        return False  # "keeps its air base near B and is negotiating to station helicopters at C"
        # (but "landed in Mali and are patrolling near Gao": the same subject)
    if prev_linked is not None and rx.list_join.match(text[prev_linked:p_start]):
        return True
    if "above" in gap and rx.post_above.fullmatch(gap):
        return True  # "the radar post above Slinfah" (not "drones flew above Tyre")
    if "," in gap and len(gap) <= 90 and rx.adverb_locative.fullmatch(gap.rsplit(",", 1)[1]):
        return True  # "set up observation posts after the 2021 clashes, mostly around Berd"
    if rx.breaker.search(gap) or rx.handed_to.search(end):
        return False
    if "," in gap and len(gap) <= 120 and rx.sites_head.search(gap.rsplit(",", 1)[0]) and (
            rx.elliptic_item.fullmatch(gap.rsplit(",", 1)[1])):
        return True  # "use two more sites, one at Poro Point in San Fernando": an item of the sites
    if "," in gap and len(gap) <= 90:
        head, last = gap.rsplit(",", 1)
        unknown = rx.unknown_place_tail.search(head)
        if unknown and "," not in head and rx.locating_in.match(last) and (
                anchor_end + unknown.start(1) not in named):
            return True  # "positions in the Jabal al-Akrad, in north-eastern X province": a name
            # the gazetteer lacks, placed by the division it lies in
    if rx.locative_tail.search(end):
        if "," in gap:
            head, last = gap.rsplit(",", 1)
            if len(last) <= 70 and rx.predicate_start.match(last):
                return True  # "troops based at A, near B, were sent to guard the building in C"
            unknown = rx.unknown_place_tail.search(head)
            if len(last) <= 50 and "," not in head and unknown and (
                    rx.far_from.search(last) or rx.locating_apposition.match(last)) and (
                    anchor_end + unknown.start(1) not in named):  # a name the gazetteer lacks
                return True  # "left a position outside the village of Kudna, about 10 km south of X"
            feature = rx.unknown_feature_tail.search(head)
            if len(last) <= 40 and "," not in head and feature and rx.overlooking_gap.match(last) and (
                    anchor_end + feature.start() + feature.group(0).find(" ") + 1 not in named):
                return True  # "their post on Sheikh Barakat hill, overlooking the town of X"
            if len(last) <= 50 and rx.and_locative.match(last) and rx.locative_verb.search(head):
                return True  # "based on the Jabal Azzan hills, ..., and in the town of Nubl"
            if len(last) <= 70 and "," not in head and rx.unknown_name_at.search(head) and not (
                    rx.object_verb.search(last)):
                return True  # "based at Camp McGovern, a former farm about 10 km south-west of X"
            return len(last) <= 50 and bool(rx.segment_start.match(last) or rx.object_verb.search(last))
        # "police are patrolling the line of contact ... northwest of X": the verb's object
        # lies where the place says
        return len(gap) <= 70 or (len(gap) <= 110 and bool(
            rx.object_verb_first.match(gap) or rx.object_verb.search(end)
            or rx.operating_from.search(end)))  # "is operating the Maldives' drones from the airport at"
    if rx.object_verb.search(end):
        return len(gap) <= 110
    return bool(rx.copula.search(gap)) and len(gap) <= 60


def _comitative_partner(text: str, anchor: Anchor, o: Anchor, rx: Patterns) -> bool:
    """Whether ``o`` is the forces ``anchor`` works beside, in one clause.

    "Qatari naval instructors have been working since the summer alongside a Turkish
    training team at the academy in Janzour": the place after the team is the
    instructors' too.
    """
    return (not o.base and o.start - anchor.end <= 90
            and rx.comitative_np.search(text, max(anchor.end, o.start - 45), o.start) is not None
            and not rx.clause_break.search(text, anchor.end, o.start))


def _located_by(text: str, base: int, t: Toponym, places: Sequence[Toponym],
                rx: Patterns) -> Toponym | None:
    """The town or site that ``t`` only locates ("Bashiqa, north-east of Mosul": Bashiqa)."""
    return next((a for a in places if a.kind in ("city", "site") and a.end <= t.start and (
        (rx.direction_of_gap.match(text[a.end - base : t.start - base])
         and distance_km(a, t) <= DIRECTION_OF_KM)
        or (t.kind in ("admin", "region") and a.iso3 == t.iso3
            and rx.state_of_gap.fullmatch(text, a.end - base, t.start - base)))), None)
    # ("the air base at El Sombrero, in the central state of Guarico": El Sombrero)


def distance_km(a: Toponym, b: Toponym) -> float:
    """The distance between two places, infinite when one has no point."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return float("inf")
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _tail(gap: str, size: int = 90) -> str:
    """The last words of ``gap`` (whole words), for patterns anchored at its end."""
    if len(gap) <= size:
        return gap
    cut = gap.find(" ", len(gap) - size)
    return gap[cut:] if cut >= 0 else gap


def _continues(text: str, prev_end: int, p_start: int, rx: Patterns) -> bool:
    """Whether a place continues the list of the place linked before it.

    "soldiers in Somalia as part of the AU mission, mainly in the Jubaland region,
    including the port city of Kismayo": a comma segment opened by "including",
    "mainly in", "notably" adds a place to the same anchor.
    """
    gap = text[prev_end:p_start]
    if "," not in gap or len(gap) > 200 or rx.clause_break.search(gap):
        return False
    last = gap.rsplit(",", 1)[-1]
    if len(last) > 50 and (len(last) > 100 or rx.list_verb.search(last)
                           or not rx.locative_tail.search(_tail(last))):
        return False  # ", at a former hunting estate outside the capital and in towns such as"
    # "from the airport at Zinder, Niger's second city, and from the airport at Tahoua"
    return bool(rx.segment_start.match(last) or rx.and_locative.match(last)) and bool(
        rx.locative_tail.search(_tail(last)) or rx.copula.search(last))


def linked_before(text: str, p_end: int, anchor_start: int, rx: Patterns,
                  existing: Sequence[tuple[int, int]] = (), anchor_end: int | None = None) -> bool:
    """Whether a place before an anchor is where the anchor is ("Tartus naval base").

    Links: a compound ("Tartus naval base", "Russia's Hmeimim air base"), a clause
    that says the place hosts the anchor ("Djibouti, which hosts US troops"), a
    passive that makes the place the anchor ("Hambantota will not be used for
    military purposes") and a "where" clause ("around Kobani, where U.S. troops were
    stationed").
    """
    gap = text[p_end:anchor_start]
    if rx.hosts.fullmatch(gap) or rx.passive_place.match(gap) or rx.carrying_gap.fullmatch(gap):
        return True  # "landed at the airport outside Caracas carrying 100 military personnel"
    if rx.where_before.fullmatch(gap):
        return any(p_end <= s <= anchor_start + 60 for s, _ in existing)
    if anchor_end is not None and rx.which_before.fullmatch(gap) and rx.use_after.match(text, anchor_end):
        return True  # "the airport at Kalemie, which US forces could use for"
    return bool(rx.compound.fullmatch(gap)) and "," not in gap


def apposition_head(text: str, anchor_start: int, places: list[Toponym], base: int,
                    rx: Patterns) -> Toponym | None:
    """The place an apposition or copula before the anchor describes.

    "Camp Lemonnier, the only permanent U.S. military base in Africa" and "Al Udeid,
    about 30 km southwest of Doha, is the largest American military installation":
    the head of the chain of places before the comma ("Camp Simba at Manda Bay in
    Lamu county, a small U.S. facility" is Camp Simba).
    """
    before = [t for t in places if t.end - base <= anchor_start]
    for k, t in enumerate(before):
        if not rx.apposition.fullmatch(text[t.end - base : anchor_start]):
            continue
        head = k
        while head > 0 and re.fullmatch(
            r"\s*,?\s*(?:just\s+|right\s+)?(?:in|at|near|outside|on|of)\s+(?:the\s+)?(?:[\w-]+\s+of\s+(?:the\s+)?)?",
            text[before[head - 1].end - base : before[head].start - base], re.IGNORECASE,
        ):
            head -= 1
        return before[head]
    return None


SNAP_KM = 40.0
NAMED_SNAP_KM = 8.0  # how far a site may lie from the town a base is named for ("the Yegvard airfield")
LANDMARK_KM = 50.0
NAMESAKE_KM = 150.0  # a site this far from the town said to hold it is another of its name

_SPECIFIC = {"site": 0, "city": 1, "admin": 2, "region": 3, "country": 4}


def _retarget(t: Toponym, idx: int, gaz: Gazetteer, kind: str = "") -> Toponym:
    place = gaz.place(idx)
    return Toponym(t.start, t.end, place.name, kind or ("site" if place.kind in ("site", "airfield")
                                                        else t.kind),
                   place.iso3, place.lat, place.lon, place.geonameid if kind == "city" else None, place)


SCATTERED_KM = 800.0  # a territory whose parts lie this far apart: its name is one island's
CITY_STATE_KM = 150.0  # a country whose capital bears its name and lies this near its middle


def city_state(gaz: Gazetteer, t: Toponym, lex: Lex) -> Toponym:
    """"Djibouti", "Kuwait", "Singapore": a claim there is about the capital city."""
    if t.kind != "country":
        return t
    ckey = (t.name, t.iso3)
    if ckey not in lex.city_cache:
        key = gaz.key_of(t.name)
        centre = gaz.country_centres.get(t.iso3, (t.lat, t.lon))
        cities = [] if key is None or centre[0] is None or centre[1] is None else [
            i for i in gaz.candidates(key)
            if gaz.kind[i] == "city" and gaz.iso3[i] == t.iso3 and int(gaz.population[i]) >= 100_000
            and haversine_km(centre[0], centre[1], float(gaz.lat[i]), float(gaz.lon[i])) <= CITY_STATE_KM
        ]  # not "Mexico", whose capital is also called Mexico but lies far from its middle
        lex.city_cache[ckey] = max(cities, key=lambda i: int(gaz.population[i])) if cities else None
        whole = gaz.country(t.iso3) if not cities and t.iso3 in lexicon.island_countries() else None
        own = gaz.key_of(whole.name) if whole is not None else None
        if own is not None:
            island = [i for i in gaz.candidates(own) if gaz.kind[i] == "admin1" and gaz.iso3[i] == t.iso3]
            parts = gaz.admin1_ids.get(t.iso3, [])
            spot = (float(gaz.lat[island[0]]), float(gaz.lon[island[0]])) if island else None
            if spot and any(haversine_km(*spot, float(gaz.lat[i]), float(gaz.lon[i])) > SCATTERED_KM
                            for i in parts):
                lex.city_cache[ckey] = -1 - island[0]  # (-1 - i: one island of a scattered
                # territory, "St Helena" of Saint Helena, Ascension and Tristan da Cunha; not Taiwan)
    idx = lex.city_cache[ckey]
    if idx is not None and idx < 0:
        return _retarget(t, -1 - idx, gaz, "admin")
    return t if idx is None else _retarget(t, idx, gaz, "city")


def _want(anchor: Anchor) -> str:
    word = anchor.text.lower()
    if "naval" in word or "port" in word:
        return "naval"
    if ("air" in word or "airfield" in word) and not re.search(r"\bair[\s-]defen[cs]e\b", word):
        return "air"  # (an air defence site is no air base)
    return ""


def _site_matches(gaz: Gazetteer, i: int, want: str) -> bool:
    detail = gaz.detail[i].lower()
    if detail in CIVIL_SITE_KINDS:
        return False
    return not want or want in detail or (want == "air" and "airfield" in detail)


def snap_to_site(gaz: Gazetteer, t: Toponym, anchor: Anchor, lex: Lex, *, named: bool = False) -> Toponym:
    """A city or district with a base word beside it: the site of that kind nearest to it.

    A base ``named`` for the town ("the Yegvard airfield") is only a site named after the
    town, or one right beside it: not Erebuni, 22 km away.
    """
    if t.kind not in ("city", "admin") or not anchor.base or t.lat is None or t.lon is None:
        return t
    want = _want(anchor)
    plain = not want and norm_phrase(anchor.text) in lex.plain_bases  # "a base at Kamina"
    if not want and not plain:
        return t
    key = (t.lat, t.lon, want, named)
    if key not in lex.snap_cache:
        best = None
        for i in gaz.within_latitude(gaz.site_ids, t.lat, SNAP_KM) if want else ():
            d = haversine_km(t.lat, t.lon, float(gaz.lat[i]), float(gaz.lon[i]))
            if d <= SNAP_KM and _site_matches(gaz, i, want) and (best is None or d < best[0]) and (
                    not named or d <= NAMED_SNAP_KM or named_after(gaz.names[i], t.name)):
                best = (d, i)
        for i in (gaz.within_latitude(gaz.military_airfield_ids, t.lat, SNAP_KM)
                  if best is None and want in ("", "air") else ()):
            d = haversine_km(t.lat, t.lon, float(gaz.lat[i]), float(gaz.lon[i]))
            if d <= SNAP_KM and gaz.iso3[i] == t.iso3 and named_after(gaz.names[i], t.name) and (
                    best is None or d < best[0]):
                best = (d, i)  # "the Kamina air base": the Kamina Base Airport, 30 km away
        lex.snap_cache[key] = None if best is None else best[1]
    idx = lex.snap_cache[key]
    return t if idx is None else _retarget(t, idx, gaz, "site")


def named_after(site: str, town: str) -> bool:
    """Whether a site's name holds a town's ("Kamina Base Airport", "Kamina")."""
    return fold(town).lower() in fold(site).lower()


def only_site(gaz: Gazetteer, t: Toponym, anchor: Anchor, lex: Lex) -> Toponym:
    """"A base on <island territory>": the territory's only military site, if it has one."""
    want = _want(anchor)
    key = (t.iso3, want)
    if key not in lex.only_site_cache:
        ids = [i for i in gaz.site_ids if gaz.iso3[i] == t.iso3 and _site_matches(gaz, i, want)]
        lex.only_site_cache[key] = ids[0] if len(ids) == 1 else None
    idx = lex.only_site_cache[key]
    if idx is None or t.lat is None or t.lon is None or haversine_km(
            t.lat, t.lon, float(gaz.lat[idx]), float(gaz.lon[idx])) > ONLY_SITE_KM:
        return t  # "a radar station on St Helena": not the territory's base on Ascension
    return _retarget(t, idx, gaz, "site")


ONLY_SITE_KM = 300.0  # how far the one site of a territory may lie from the point named


def directional_point(iso3: str, word: str) -> tuple[float, float] | None:
    """The centre of "eastern Syria", "northern Iraq", "central Mali".

    Looked up in ``data/lexicon/country_parts.csv`` (the part of the country's
    polygon the word names); ``None`` when the country has no such row.
    """
    part = word.lower().replace("-", "").removesuffix("ern")
    return lexicon.country_parts().get((iso3, part))


def directional_region(place: Toponym, word: str) -> Toponym:
    """"Eastern Syria", "the north of the island": that part of a country, as a region."""
    lat, lon = directional_point(place.iso3, word) or (place.lat, place.lon)
    return Toponym(place.start, place.end, f"{word} {place.name}", "region", place.iso3, lat, lon,
                   None, place.place)


NEAR_KM = 100.0  # "A near B", "A in B": A is this near B, or A is a namesake elsewhere
OUTSKIRTS_KM = 60.0  # "A, on the outskirts of B" (used loosely: Tal Tamr and Hasakah, 40 km)
DIRECTION_OF_KM = 200.0  # "A, south-west of B": A is this near B, or A is a namesake elsewhere


def _before_possessive(text: str, end: int) -> int:
    """Where a name ends without its possessive ("Abu Dhabi's" read whole as a toponym)."""
    return end - 2 if text[end - 2 : end] in ("'s", "’s") else end


def drop_landmarks(text: str, base: int, linked: list[Toponym], rx: Patterns,
                   places: Sequence[Toponym] = ()) -> list[Toponym]:
    """In "A near B" or "A in B", B only says where A is: drop it.

    B is kept instead when A is a town that resolved far from B (a namesake
    elsewhere, "Bashiqa near Mosul" read as another Bashiqa); a site or a town
    inside a larger area (country, province, region) always stays.
    """
    owners = [a for a, b in itertools.pairwise(linked)
              if (a.kind == "country" or (a.kind in ("city", "admin", "region") and b.kind == "site"))
              and b.iso3 == a.iso3 and rx.place_owner_gap.fullmatch(text, a.end - base, b.start - base)]
    # ("Kutaisi's Kopitnari airport": the airport)
    out = [t for t in linked if t not in owners]  # "Yemen's Hajjah province": the province
    if any(t.kind == "city" for t in out):  # "near Madinat Zayed, in Abu Dhabi's Al Dhafra
        out = [t for t in out if not (t.kind == "site" and rx.wide_area_after.match(  # region"
            text, t.end - base))]
    pairs = list(itertools.pairwise(out))
    for b in linked:  # "camp at Port-Bouet, near Abidjan": the site just before, linked or not
        prev = [t for t in places if t.end <= b.start and t.kind == "site"]
        if prev and prev[-1] not in linked and not any(prev[-1].end <= t.start < b.start
                                                         for t in places):
            pairs.append((prev[-1], b))
    for a, b in pairs:
        cut = min((o.start for o in owners if a.end <= o.start < b.start), default=b.start)
        gap = text[a.end - base : cut - base]  # "Haradh, in Yemen's Hajjah province": ", in "
        if a.start >= b.start:
            continue
        if rx.destination_before.search(gap):
            continue  # "now at Spangdahlem will be relocated to Aviano": a destination, no landmark
        located = a.kind == "site" or a not in out  # a site, or itself a landmark of one
        if a in out and len(gap) <= 60 and rx.far_from.search(gap) and not rx.conjunction.search(gap):
            if b in out:  # "at Kant, about 20 km (12 miles) east of Bishkek": a reference point
                out.remove(b)
            continue
        loose = located and len(gap) <= 60
        parallel = rx.parallel_locative.fullmatch(gap) if a.kind == b.kind in ("city", "country") else None
        if parallel and re.search(rf"\b{parallel.group(1)}\s+(?:the\s+)?$",
                                  text[max(0, a.start - base - 12) : a.start - base], re.I):
            continue  # "no base in Santiago de Cuba, in Holguin or anywhere else": a list
        if rx.conjunction.search(gap) or not (
            rx.landmark.match(gap) or rx.capital_of_gap.fullmatch(gap)
            or (loose and rx.landmark_loose.match(gap))
        ):
            continue
        rank_a, rank_b = _SPECIFIC.get(a.kind, 9), _SPECIFIC.get(b.kind, 9)
        if a.kind == "site" and b.kind == "city" and a.iso3 == b.iso3 and (
                distance_km(a, b) > NAMESAKE_KM and " " not in text[a.start - base : a.end - base]):
            drop = a  # "the Jinnah naval base in Ormara" read as Karachi's Jinnah airport
        elif located or rank_b > rank_a or (
                (rank_a == rank_b or a.kind in ("region", "admin")) and rx.direction_of_gap.match(gap)
                and distance_km(a, b) <= DIRECTION_OF_KM):  # "Middle Shabelle, north of Mogadishu"
            drop = b
        elif rank_a > rank_b:
            drop = a  # "set up by Russia near Latakia": the finer place
        elif rx.area_owner_after.match(text, _before_possessive(text, b.end - base)):
            drop = b  # "near Madinat Zayed, in Abu Dhabi's western region": the emirate holds it
        else:  # "Qargha, on the western outskirts of Kabul": a namesake unless that close
            limit = OUTSKIRTS_KM if b.kind == "city" and rx.outskirts_gap.search(gap) else NEAR_KM
            drop = b if a.kind != "city" or distance_km(a, b) <= limit else a
        if drop in out:
            out.remove(drop)
    return out


_CLAUSE_AFTER = re.compile(  # "..., and has sent", "..., a Yemeni official said": no main verb next
    r"\s*(?:(?:and|or|but|while|as|although|though|so|a|an|the|said|says|according)\b|(?-i:[A-Z]))",
    re.IGNORECASE)


def link_places(view: View, anchor: Anchor, places: list[Toponym], rx: Patterns,
                 others: list[Anchor], joined: set[int] | None = None,
                 owned: dict[int, str] | None = None) -> list[Toponym]:
    """The places an anchor is at; ``joined`` collects those reached through a list."""
    text = view.sentence.text
    base = view.sentence.start
    linked: list[Toponym] = [anchor.site] if anchor.site is not None else []
    prev_end: int | None = anchor.end if anchor.site is not None else None
    as_from = None
    m = rx.as_predicate.search(text, max(0, anchor.start - 40), anchor.start) if " as " in text else None
    if m:  # the object list of the verb before "as": "mentioned A and B as possible bases"
        verbs = list(rx.list_verb.finditer(text, 0, m.start()))
        as_from = verbs[-1].end() if verbs else 0
        if rx.clause_break.search(text, as_from, m.start()):
            as_from = None
    if view.verb_starts is None:
        view.verb_starts = {s for name in ("existing", "withdrawn", "proposed", "non_presence")
                            for s, e in view.hits.get(name, ())
                            if text[s:e].split()[0].lower() not in rx.function_words}  # not "since"
    verb_starts = view.verb_starts
    named = frozenset(t.start - base for t in view.tops)
    governments = {tuple(span) for span in view.hits.get("metonyms", ())}
    rel = rx.restrictive_who.match(text, anchor.end)
    rel_end = rel.end() if rel else anchor.end
    if not rel and text.startswith(",", anchor.end) and rx.agent_aside_before.search(
            text, max(0, anchor.start - 60), anchor.start):
        rel_end = anchor.end + 1  # "The battery, run by American soldiers, sits near Irbid"
    # "French instructors, who also work from Erbil, could join the British at Chwarta": after
    # a relative clause set off by commas, the main verb's place is the anchor's too
    aside = rx.relative.match(text, anchor.end) if not rel else None
    aside_end = aside.end() if aside and aside.group().endswith(",") and not _CLAUSE_AFTER.match(
        text, aside.end()) else len(text)
    handing = False  # whether the list being read is of places handed over as forces leave
    heads = rx.list_opener_after.match(text, anchor.end) if anchor.site is None else None
    head_end = list_extent(text, heads.end(), rx) if heads else -1  # "The possible locations
    # include a Turkish army base at A, the civilian airport near B and the border town of C"
    # "Ugandan troops, together with US special forces advisers, ran a camp at X": the
    # advisers' verb follows the aside
    comitative_end = anchor.end + 1 if text[anchor.end : anchor.end + 1] == "," and rx.comitative_np.search(
        text, max(0, anchor.start - 45), anchor.start) else len(text)
    subject_partners = [o for o in others if anchor.end < o.start
                        and (_one_subject(text, anchor, o, rx, verb_starts) or _comitative_partner(
                            text, anchor, o, rx))]
    for t in places:
        if t is anchor.site:
            continue
        ps, pe = t.start - base, t.end - base
        if ps >= anchor.end and (ps, pe) in governments and rx.government_thing_after.match(text, pe):
            continue  # "in the latest sign of Yerevan's drift": the government's, no place
        if far_reference(text, ps, rx):
            where = text.find("where", pe, anchor.start)
            if pe <= anchor.start and rx.where_before.fullmatch(text, pe, anchor.start) and not any(
                    pe <= o.start - base < where for o in places):  # not "east of Matthew Town
                # on Great Inagua, where": the island, a place of its own, is where
                measured = _apposed_to(text, base, t, places, rx.distance_gap)
                if measured is not None:  # "the airport at Yevlakh, about 65 km east of Ganja,
                    # where a Turkish battery would be deployed": Yevlakh; "the Neom Bay airport
                    # near Sharma, about 135 km south-west of Tabuk, where": the airport Sharma locates
                    sites = [a for a in places if a.kind == "site" and a.end <= measured.start
                             and rx.landmark.fullmatch(text[a.end - base : measured.start - base])]
                    linked.append(sites[-1] if sites else measured)
            continue  # "tunnelled into the ice sheet about 200 km east of Thule"
        located = _located_by(text, base, t, places, rx) if t.kind in ("city", "admin") else None
        if located is not None:  # "a camp near Bashiqa, north-east of Mosul": Mosul only locates
            if pe <= anchor.start and rx.where_before.fullmatch(text, pe, anchor.start):
                linked.append(located)  # Bashiqa ("..., north of Amman, where they train")
            continue
        if rx.overflight.search(text, max(0, ps - 60), ps) and (
                t.kind in ("country", "region", "admin") or rx.flew_before.search(text, max(0, ps - 40), ps)
                or (ps >= anchor.end and rx.aircraft_head.fullmatch(anchor.text))
        ) and not (pe <= anchor.start and rx.where_before.fullmatch(text, pe, anchor.start)):
            continue  # "drones flying over Libya from a base in Tunisia", "drones flew over Sirte",
            # "jets trained over the Troodos": crossed, not held (not "a position above Zawita")
        if ps >= anchor.end and (rx.passing_by.search(text, max(0, ps - 60), ps)
                                 or rx.closer_to.search(text, max(0, ps - 60), ps)):
            continue  # "Chinese drones have flown near Yonaguni": passed by, not held
        if t.kind == "country" and ps >= anchor.end and text[pe : pe + 1] not in ("'", "’") and (
                rx.speaker_after.match(text[pe : pe + 60])):
            continue  # "a letter from Chad's air force to the US defence attache": a person's country
        title = rx.speaker_after.match(text[pe : pe + 60]) if ps >= anchor.end else None
        if title and rx.speech.search(text, pe + title.end(), pe + title.end() + 25):
            continue  # '"There are no Saudi forces in the fields," the Hadramawt governor's office said
        if rx.shipped_from.search(text, max(0, ps - 90), ps):
            continue  # "launchers were shipped back to Greece from the port of Jeddah": a way out
        if pe <= anchor.start:
            if (ps, pe) in governments and text[pe : pe + 2] in ("'s", "’s"):
                continue  # "the future of Moscow's air base at Hmeimim": the owner, not the place
            if as_from is not None and as_from <= ps and t.kind != "country":
                linked.append(t)  # "named Manta and Salinas as possible locations"
                continue
            hosts = bool(rx.hosts.fullmatch(text[pe : anchor.start]))
            if t.kind == "site" and not hosts and not rx.where_before.fullmatch(
                text[pe : anchor.start]
            ):
                continue  # a site before this anchor is an anchor of its own
            if described_host(text, t, base, Lex.get()) and rx.np_gap.match(text[pe : anchor.start]):
                linked.append(t)  # "access to 17 Swedish bases": in Sweden
                continue
            if t.kind in ("country", "city", "admin") and fronted_place(
                text, ps, pe, anchor.start, rx, country=t.kind == "country"
            ):
                linked.append(t)  # "In Sudan, Russian contractors guard gold mines"
                continue
            if t.kind != "country" and ((rx.reinforced_with.fullmatch(text, pe, anchor.start) and (
                    rx.reinforce_before.search(text, max(0, ps - 60), ps)))
                    or rx.passive_reinforced.fullmatch(text, pe, anchor.start)):
                linked.append(t)  # "reinforced its base in Torit, ..., with Rwandan peacekeepers"
                continue
            if t.kind != "country" and rx.for_anchor_gap.fullmatch(text, pe, anchor.start) and (
                    rx.use_place_before.search(text, max(0, ps - 50), ps)):
                linked.append(t)  # "asked about using the airport at Myeik for patrol aircraft"
                continue
            if anchor.base and rx.home_to_gap.fullmatch(text, pe, anchor.start):
                linked.append(t)  # "Djibouti, home to China's only overseas military base"
                continue
            if t.kind in ("city", "admin") and rx.local_witness_before.search(
                    text, max(0, ps - 60), ps) and rx.witness_gap.fullmatch(text, pe, anchor.start):
                linked.append(t)  # "Residents of X said a compound that Iranian officers had used"
                continue
            if t.kind == "country" and not hosts:
                continue
            if linked_before(text, pe, anchor.start, rx, view.hits.get("existing", []), anchor.end):
                town = _apposed_to(text, base, t, places, rx.capital_of_gap)
                linked.append(town or t)  # "Ramadi, the capital of Anbar province, where"
            continue
        if ps < anchor.end:
            linked.append(t)  # the anchor is inside the name ("Tartus naval base")
            continue
        if rx.handed_subject.match(text, pe) and (rx.left_and.fullmatch(text, anchor.end, ps) or (
                handing and prev_end is not None and rx.list_join.match(text[prev_end:ps]))):
            linked.append(t)  # "the last US units depart and Udorn, Ubon and Nakhon Phanom are
            prev_end, handing = pe, True  # handed to the Thai air force"
            continue
        if heads and ps < head_end and t.kind != "country":
            linked.append(t)  # an item of the list the anchor heads, whatever nouns it holds
            prev_end = pe
            continue
        blocking = [o for o in others if rel_end <= o.start and o.end <= ps and o.site is None
                    and (o.base or _owned_elsewhere(text, anchor, o, t, owned or {}, rx, verb_starts))
                    and not rx.at_base.search(text[anchor.end : o.start])]  # "based at the camp in X"
        if blocking and not (
            prev_end is not None and (rx.list_join.match(text[prev_end:ps])
                                      or _continues(text, prev_end, ps, rx))
            and not any(o.start >= prev_end and not o.base for o in blocking)
        ):
            # "a naval base in A and an air base near B": B is the air base's; "..., and
            # New Zealand's soldiers, who had been stationed at Noro": the soldiers' clause
            continue
        if t.kind == "country" and any(o.start >= pe and (owned or {}).get(o.start) == t.iso3
                                       and rx.np_gap.match(text[pe : o.start]) for o in others):
            continue  # "German batteries in A and U.S. batteries in B": the next forces' operator
        if rx.absence_after.match(text, pe) and rx.leaving_before.search(text, max(0, ps - 30), ps):
            continue  # "pulled out in 2019, leaving Taiz without a Gulf ground presence": how
            # the town was left, not a place they left
        there = text[ps:pe].lower() == "there" and bool(rx.there_gap.fullmatch(text[anchor.end : ps]))
        listed = prev_end is not None and bool(rx.list_join.match(text[prev_end:ps]))
        if listed and (rx.subject_after.match(text, pe) or any(0 < s - pe <= 2 for s in verb_starts)
                       or rx.present_verb_after.match(text, pe)):
            continue  # "..., and Turkey has sold drones", "and Iran runs": a new clause
        if rx.and_locative_before.search(text, max(0, ps - 40), ps) and rx.fronted_clause_after.match(
                text, pe):
            continue  # "..., and in the town of Kidal, rebels still held sway": a new clause
        if listed and joined is not None and linked and (
            id(linked[-1]) in joined or country_gap(text[anchor.end : linked[-1].start - base], rx)
        ):
            joined.add(id(t))  # "troops in Libya and Qatar": Qatar as Libya
        partners = [o for o in subject_partners if o.end <= ps]
        reach = max(partners[-1].end if partners else anchor.end, rel_end,
                    aside_end if aside_end <= ps else anchor.end,
                    comitative_end if comitative_end <= ps else anchor.end)  # the verb follows the
        # last partner, or the relative clause ("soldiers who are due to join the mission in S will")
        crowded = any(rel_end <= o.start and o.end <= ps and o.site is None and o not in partners
                      and (owned or {}).get(o.start) != t.iso3  # "operating the Maldives' drones"
                      for o in others)
        if there or listed or linked_after(text, reach, ps, prev_end, rx, crowded=crowded,
                                           named=named) or (
            prev_end is not None and (_continues(text, prev_end, ps, rx)
                                      or rx.landmark.match(text[prev_end:ps])
                                      or _inside_country(text, linked, prev_end, ps, rx))
        ):  # a place that locates the one before ("Fort Magsaysay in Nueva Ecija") keeps the list
            if t.kind == "site" and (prev_end is None or anchor.site is not None) and not (
                rx.locative_tail.search(text[anchor.end : ps])
                or (anchor.site is None and rx.copula.search(text[anchor.end : ps]))
            ):
                continue  # a site after a site is its own anchor, unless it locates it
            linked.append(t)
            prev_end = pe
        elif prev_end is not None and ps > prev_end and not rx.list_join.match(text[prev_end:ps]):
            prev_end = None
    if anchor.text.endswith("s") and linked and linked[0].end - base <= anchor.start:
        # "Skrydstrup, Karup and Aalborg air bases": the list shares the plural noun
        before = [t for t in places if t.end <= linked[0].start and t.kind in ("city", "admin")]
        first = linked[0]
        for t in reversed(before):
            if not rx.list_sep.fullmatch(text, t.end - base, first.start - base):
                break
            linked.insert(0, t)
            first = t
    if not any(t.start - base >= anchor.end and t.kind != "country" for t in linked):
        head = apposition_head(text, anchor.start, places, base, rx)
        if head is not None and head not in linked:
            linked.append(head)
    linked.sort(key=lambda t: t.start)
    return [measured_against(text, base, displaced(text, base, t, rx, named), places, rx)
            for t in _between(text, base, drop_landmarks(text, base, linked, rx, places), rx)]


DISPLACE_MIN_KM = 10.0  # nearer than this, the town itself is as good a point
# the name :func:`displaced` gives a point a distance derives ("340 km east of Niamey")
MEASURED_POINT = re.compile(r"\d[\d,.]*\s+(?:km|miles)\s+[\w-]+\s+of\s")


def displaced(text: str, base: int, t: Toponym, rx: Patterns,
              named: frozenset[int] = frozenset()) -> Toponym:
    """"A small outpost about 35 km north of Mogadishu": the point 35 km north, not the city.

    The place keeps its mention (evidence spans are unchanged) and is named by the phrase
    ("35 km north of Mogadishu"); it no longer stands for the gazetteer entry. A place the
    gazetteer lacks, given by a direction alone ("near the town of Anadan, north-west of
    Aleppo"), is the area on that side of the town, at the town's point.
    """
    if t.kind not in ("city", "site") or t.lat is None or t.lon is None:
        return t
    if rx.where_clause.match(text, t.end - base):
        return t  # "Taytay lies 40 km north-east of San Vicente, where Marines run a post": the town
    m = rx.distance_of.search(text, max(0, t.start - base - 80), t.start - base)
    if m is None:
        side = rx.unknown_direction_of.search(text, max(0, t.start - base - 80), t.start - base)
        if side is None or side.start(1) in named:
            return t
        return _derived(t, f"{side.group(2).lower()} of {t.name}", "region", t.lat, t.lon)
    km = stated_km(m.group(1), m.group(2))
    if km < DISPLACE_MIN_KM:
        return t
    lat, lon = destination(t.lat, t.lon, bearing_of(m.group(3)), km)
    unit = "km" if m.group(2).lower().startswith("k") else "miles"
    return _derived(t, f"{m.group(1)} {unit} {m.group(3).lower()} of {t.name}", "city", lat, lon)


def measured_against(text: str, base: int, t: Toponym, places: Sequence[Toponym],
                     rx: Patterns) -> Toponym:
    """A town the text places by a distance it does not fit: the point the distance gives.

    "a mountain camp near Hammana, about 23 km east of Beirut", where the gazetteer's only
    Hammana lies 110 km to the north: a homonym, so the camp is 23 km east of Beirut. A
    town nearer the stated point than ``MEASURE_SLACK_KM`` or than the distance is kept.
    """
    if t.kind not in ("city", "site") or t.place is None or t.lat is None or t.lon is None:
        return t
    m = rx.distance_apposition.match(text, t.end - base)
    ref = next((p for p in places if p.start - base == m.end() and p.lat is not None
                and p.lon is not None and p.kind in ("city", "site", "admin")), None) if m else None
    if m is None or ref is None or ref.lat is None or ref.lon is None:
        return t
    km = stated_km(m.group(1), m.group(2))
    lat, lon = destination(ref.lat, ref.lon, bearing_of(m.group(3)), km)
    if haversine_km(t.lat, t.lon, lat, lon) <= max(MEASURE_SLACK_KM, km):
        return t  # loose: writers round distances and bearings freely
    said = f"{m.group(1)} {m.group(2)} {m.group(3).lower()} of {ref.name}"
    # the point lies in the country of the town it is measured from, not the homonym's
    return dataclasses.replace(_derived(t, f"{text[t.start - base : t.end - base]} ({said})", "city",
                                        lat, lon), iso3=ref.iso3)


MEASURE_SLACK_KM = 40.0  # a town farther than this and than the distance itself is another


def _derived(t: Toponym, name: str, kind: str, lat: float, lon: float) -> Toponym:
    """A place the text derives from a mention ("35 km north of X"), no longer the gazetteer's."""
    return dataclasses.replace(t, name=name, kind=kind, lat=lat, lon=lon, geonameid=None,
                               place=None, candidates=[])


def _apposed_to(text: str, base: int, t: Toponym, places: Sequence[Toponym],
                gap: re.Pattern[str]) -> Toponym | None:
    """The place that ``t`` locates through an apposition ``gap`` ("Ramadi, the capital of")."""
    before = [a for a in places if a.end <= t.start and gap.fullmatch(text, a.end - base, t.start - base)]
    return before[-1] if before else None


BETWEEN_KM = 300.0  # "a strip between A and B": one area, when A and B are this close


def _between(text: str, base: int, linked: list[Toponym], rx: Patterns) -> list[Toponym]:
    """"A strip of land between Tal Abyad and Ras al-Ain": one area between the two towns.

    After a place ("near Kofinou, between Larnaca and Limassol") the two only locate it.
    """
    for k, (a, b) in enumerate(itertools.pairwise(linked)):
        if k and rx.locating_between.fullmatch(text, linked[k - 1].end - base, a.start - base) and (
                rx.between_and.fullmatch(text, a.end - base, b.start - base)):
            return [*linked[:k], *linked[k + 2 :]]
        if (a.kind in ("city", "site") and b.kind in ("city", "site") and a.iso3 == b.iso3
                and rx.between_open.search(text, max(0, a.start - base - 90), a.start - base)
                and rx.between_and.fullmatch(text, a.end - base, b.start - base)
                and distance_km(a, b) <= BETWEEN_KM and a.lat is not None and b.lat is not None
                and a.lon is not None and b.lon is not None):
            area = Toponym(a.start, b.end, f"between {a.name} and {b.name}", "region", a.iso3,
                           (a.lat + b.lat) / 2, (a.lon + b.lon) / 2, None, None)
            return [*linked[:k], area, *linked[k + 2 :]]
    return linked


def _owned_elsewhere(text: str, anchor: Anchor, other: Anchor, t: Toponym, owned: dict[int, str],
                     rx: Patterns, verbs: set[int]) -> bool:
    """Whether a later anchor with a foreign operator of its own holds a place after both.

    "Botswana's contingent handed its camp over, and Lesotho's soldiers left Mueda":
    Mueda is the Lesotho soldiers'. Not when the later forces are the host's ("training
    Mozambican commandos in Chimoio") or are joined ("to join the Canadian-led
    battlegroup at Adazi") or are one subject with it ("An Egyptian detachment and a
    team of Turkish soldiers are operating from the airport at Wadi Halfa").
    """
    owner = owned.get(other.start)
    return owner is not None and owner not in (t.iso3, owned.get(anchor.start)) and not rx.joined_to.search(
        text, anchor.end, other.start) and not (
        _one_subject(text, anchor, other, rx, verbs))


def _inside_country(text: str, linked: list[Toponym], prev_end: int, ps: int, rx: Patterns) -> bool:
    """Whether a place refines the one country linked so far.

    "troops in Congo's Ituri province": the province; "sending a battery to Oman to
    protect the port at Duqm": the port.
    """
    if not linked or linked[-1].kind != "country":
        return False
    return bool((len(linked) == 1 and rx.place_owner_gap.fullmatch(text, prev_end, ps))
                or rx.purpose_site.fullmatch(text, prev_end, ps))


def _one_subject(text: str, anchor: Anchor, other: Anchor, rx: Patterns, verbs: set[int]) -> bool:
    """Whether forces ``other`` are one subject with forces ``anchor`` ("A and a team of B")."""
    return not (anchor.base or other.base) and bool(
        rx.coordinated_subject.fullmatch(text, anchor.end, other.start)) and not any(
        anchor.end <= s < other.start for s in verbs)


def host_demonyms(view: View, gaz: Gazetteer, lex: Lex, found: list[Anchor]) -> list[Toponym]:
    """Countries named by a demonym before the bases others use ("access to 17 Swedish bases").

    Such a demonym is the host, not the operator: it becomes a place (the country) and
    no longer operates.
    """
    text = view.sentence.text
    base = view.sentence.start
    bases = [a for a in found if a.base and a.site is None]
    out = []
    for o in operators(view, lex):
        if o.how != "demonym":
            continue
        nxt = len(text) - len(text[o.end :].lstrip())
        if any(a.start == nxt for a in bases) and lex.rx.host_demonym_before.search(
            text, max(0, o.start - 40), o.start
        ):
            pass  # "access to 17 Swedish bases"
        elif not (lex.rx.host_base_before.search(text, max(0, o.start - 30), o.start) and any(
            o.end < a.start and lex.rx.np_gap.match(text[o.end : a.start])
            and any(t.iso3 == o.iso3 and lex.rx.host_base_after.fullmatch(text, a.end, t.start - base)
                    for t in view.tops if t.kind in ("site", "city", "admin", "region"))
            for a in bases
        )):
            continue  # "rotate through a Taiwanese marine base on Kinmen": the base's host
        country = gaz.country(o.iso3)
        if country is None:
            continue
        o.locative = True
        out.append(Toponym(o.start + base, o.end + base, country.name, "country", o.iso3,
                           country.lat, country.lon, country.geonameid, country))
    return out


def described_host(text: str, t: Toponym, base: int, lex: Lex) -> bool:
    """Whether a country place stands for a demonym before a base ("Swedish bases")."""
    return t.kind == "country" and text[t.start - base : t.end - base] in lex.demonyms


def fronted_place(text: str, start: int, end: int, anchor_start: int, rx: Patterns,
                  *, country: bool = True) -> bool:
    """Whether a sentence opens with the place of the forces after it ("In Iraq, U.S. troops")."""
    gap = rx.fronted_country_gap if country else rx.fronted_gap
    return bool(rx.fronted.match(text[:start])) and bool(gap.fullmatch(text, end, anchor_start))


def capital_of(gaz: Gazetteer, iso3: str) -> Toponym | None:
    """A country's capital, as the capitals used for governments name it ("in the capital")."""
    cities = [p for word, iso in lexicon.metonyms().items() if iso == iso3
              for p in gaz.lookup(word) if p.kind == "city" and p.iso3 == iso3]
    if not cities:  # a capital the news seldom names for its government: the gazetteer's
        idx = gaz.capitals.get(iso3)
        return None if idx is None else _whole(gaz.place(idx), "city")
    return _whole(max(cities, key=lambda c: c.population), "city")


def country_of(gaz: Gazetteer, iso3: str) -> Toponym | None:
    """A country as a place ("from the archipelago" after its capital was named)."""
    p = gaz.country(iso3) if iso3 else None
    return None if p is None else _whole(p, "country")


def _whole(p: Place, kind: str) -> Toponym:
    """A gazetteer place as a toponym with no mention of its own (placed by ``at_anchor``)."""
    return Toponym(0, 0, p.name, kind, p.iso3, p.lat, p.lon, p.geonameid, p)


def at_anchor(t: Toponym, anchor: Anchor, base: int) -> Toponym:
    """An antecedent place, re-anchored at the anaphor ("the base") in this sentence."""
    return Toponym(anchor.start + base, anchor.end + base, t.name, t.kind, t.iso3, t.lat, t.lon,
                   t.geonameid, t.place)
