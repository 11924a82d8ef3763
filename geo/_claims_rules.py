"""Sentence-level rules of claim extraction: which place each anchor is at, whose it is.

Places are linked to an anchor by a compound, a locative, a list, a verb whose
object is the place, an apposition or a "where" clause; landmarks ("A near B") are
dropped and towns with a base word snap to the military site nearby. The operator
comes from the anchor's noun phrase or agent, else the nearest country of its
clause that can act, else the discourse (filled in by :mod:`geo.extract`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from geo import lexicon
from geo._claims_lex import Lex, Patterns, View, definite_before, far_reference, norm_phrase
from geo._claims_mentions import (
    CIVIL_SITE_KINDS,
    Anchor,
    Mention,
    anaphora_flags,
    anchors,
    cue_hits,
    modifies_force,
    name_spans,
    operators,
    places_of,
    relative_spans,
    unspecified,
)
from geo._claims_status import clause_span, status_of
from geo.gazetteer import Gazetteer
from geo.load import Sentence
from geo.toponyms import Toponym, haversine_km


def linked_after(text: str, anchor_end: int, p_start: int, prev_linked: int | None,
                 rx: Patterns, crowded: bool = False) -> bool:
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
    if rx.presence_locative.search(end) and "," not in gap and len(gap) <= 150 and (
        not crowded or len(gap) <= 70
    ):
        return True  # "troops are due to leave A by next year and consolidate at B"
    if len(gap) > 120:
        return False
    if prev_linked is not None and rx.list_join.match(text[prev_linked:p_start]):
        return True
    if rx.breaker.search(gap):
        return False
    if rx.locative_tail.search(end):
        if "," in gap:
            last = gap.rsplit(",", 1)[-1]
            if len(last) <= 70 and rx.predicate_start.match(last):
                return True  # "troops based at A, near B, were sent to guard the building in C"
            return len(last) <= 50 and bool(rx.segment_start.match(last) or rx.object_verb.search(last))
        # "police are patrolling the line of contact ... northwest of X": the verb's object
        # lies where the place says
        return len(gap) <= 70 or (len(gap) <= 110 and bool(
            rx.object_verb_first.match(gap) or rx.object_verb.search(end)))
    if rx.object_verb.search(end):
        return len(gap) <= 110
    return bool(rx.copula.search(gap)) and len(gap) <= 60


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
    return bool(rx.segment_start.match(last)) and bool(
        rx.locative_tail.search(_tail(last)) or rx.copula.search(last))


def linked_before(text: str, p_end: int, anchor_start: int, rx: Patterns,
                  existing: Sequence[tuple[int, int]] = ()) -> bool:
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
            r"\s*,?\s*(?:in|at|near|outside|on|of)\s+(?:the\s+)?(?:[\w-]+\s+of\s+(?:the\s+)?)?",
            text[before[head - 1].end - base : before[head].start - base], re.IGNORECASE,
        ):
            head -= 1
        return before[head]
    return None

SNAP_KM = 40.0
LANDMARK_KM = 50.0

_SPECIFIC = {"site": 0, "city": 1, "admin": 2, "region": 3, "country": 4}


@dataclass
class Raw:
    """One (operator, place) reading of one sentence."""

    operator: str
    top: Toponym
    sentence: Sentence
    status: str
    status_cues: list[str]
    operator_cues: list[str]
    host_own: bool
    tense: str = ""
    carried: bool = False
    strong: bool = False  # the status rests on an explicit cue
    base: bool = False  # the anchor is a base word ("air base", "facility")
    local_op: str = ""  # for a carried reading: the operator named earlier in the sentence
    blocked: frozenset[str] = frozenset()  # for a carried reading: operators it cannot take
    recent_only: bool = False  # for a carried reading: only an operator of the sentences just before
    pronoun_subject: bool = False  # for a carried reading: its clause's subject is "It", "They", "We"


@dataclass
class Context:
    """What a sentence inherits from the article.

    ``antecedent("site", hosts)`` is the last base named before, for "the base";
    ``antecedent("place", hosts)`` the last concrete place, for "nearby" and "at the
    port"; both in one of ``hosts`` when the sentence names host countries. They are
    looked up only when a sentence needs them.
    """

    antecedent: Callable[[str, frozenset[str]], Toponym | None] = lambda _kind, _hosts: None
    published_year: int | None = None
    # the last base a claim gave one of these operators, further back ("the base" in a
    # sentence about China is China's base, even after another country's base)
    owned_base: Callable[[frozenset[str]], tuple[Toponym, str] | None] = lambda _ops: None
    # whether the sentence before names forces "they" can stand for
    forces_before: bool = True
    # the place of the last claim of one of these operators, base or not ("serve alongside it")
    owned_place: Callable[[frozenset[str]], tuple[Toponym, str] | None] = lambda _ops: None


def _retarget(t: Toponym, idx: int, gaz: Gazetteer, kind: str = "") -> Toponym:
    place = gaz.place(idx)
    return Toponym(t.start, t.end, place.name, kind or ("site" if place.kind in ("site", "airfield")
                                                        else t.kind),
                   place.iso3, place.lat, place.lon, place.geonameid if kind == "city" else None, place)


def city_state(gaz: Gazetteer, t: Toponym, lex: Lex) -> Toponym:
    """"Djibouti", "Kuwait", "Singapore": a claim there is about the capital city."""
    if t.kind != "country":
        return t
    ckey = (t.name, t.iso3)
    if ckey not in lex.city_cache:
        key = gaz.key_of(t.name)
        cities = [] if key is None else [
            i for i in gaz.candidates(key)
            if gaz.kind[i] == "city" and gaz.iso3[i] == t.iso3 and int(gaz.population[i]) >= 100_000
        ]
        lex.city_cache[ckey] = max(cities, key=lambda i: int(gaz.population[i])) if cities else None
    idx = lex.city_cache[ckey]
    return t if idx is None else _retarget(t, idx, gaz, "city")


def _want(anchor: Anchor) -> str:
    word = anchor.text.lower()
    if "naval" in word or "port" in word:
        return "naval"
    if "air" in word or "airfield" in word:
        return "air"
    return ""


def _site_matches(gaz: Gazetteer, i: int, want: str) -> bool:
    detail = gaz.detail[i].lower()
    if detail in CIVIL_SITE_KINDS:
        return False
    return not want or want in detail or (want == "air" and "airfield" in detail)


def snap_to_site(gaz: Gazetteer, t: Toponym, anchor: Anchor, lex: Lex) -> Toponym:
    """A city or district with a base word beside it: the site of that kind nearest to it."""
    if t.kind not in ("city", "admin") or not anchor.base or t.lat is None or t.lon is None:
        return t
    want = _want(anchor)
    if not want:
        return t
    key = (t.lat, t.lon, want)
    if key not in lex.snap_cache:
        best = None
        for i in gaz.site_ids:
            d = haversine_km(t.lat, t.lon, float(gaz.lat[i]), float(gaz.lon[i]))
            if d <= SNAP_KM and _site_matches(gaz, i, want) and (best is None or d < best[0]):
                best = (d, i)
        lex.snap_cache[key] = None if best is None else best[1]
    idx = lex.snap_cache[key]
    return t if idx is None else _retarget(t, idx, gaz, "site")


def only_site(gaz: Gazetteer, t: Toponym, anchor: Anchor, lex: Lex) -> Toponym:
    """"A base on <island territory>": the territory's only military site, if it has one."""
    want = _want(anchor)
    key = (t.iso3, want)
    if key not in lex.only_site_cache:
        ids = [i for i in gaz.site_ids if gaz.iso3[i] == t.iso3 and _site_matches(gaz, i, want)]
        lex.only_site_cache[key] = ids[0] if len(ids) == 1 else None
    idx = lex.only_site_cache[key]
    return t if idx is None else _retarget(t, idx, gaz, "site")


def directional_point(iso3: str, word: str) -> tuple[float, float] | None:
    """The centre of "eastern Syria", "northern Iraq", "central Mali".

    Looked up in ``data/lexicon/country_parts.csv`` (the part of the country's
    polygon the word names); ``None`` when the country has no such row.
    """
    part = word.lower().replace("-", "").removesuffix("ern")
    return lexicon.country_parts().get((iso3, part))


def drop_landmarks(text: str, base: int, linked: list[Toponym], rx: Patterns,
                   places: Sequence[Toponym] = ()) -> list[Toponym]:
    """In "A near B" or "A in B", B only says where A is: drop it.

    B is kept instead when A is a town that resolved far from B (a namesake
    elsewhere, "Bashiqa near Mosul" read as another Bashiqa); a site or a town
    inside a larger area (country, province, region) always stays.
    """
    out = list(linked)
    pairs = list(itertools.pairwise(linked))
    for b in linked:  # "camp at Port-Bouet, near Abidjan": the site just before, linked or not
        prev = [t for t in places if t.end <= b.start and t.kind == "site"]
        if prev and prev[-1] not in linked and not any(prev[-1].end <= t.start < b.start
                                                         for t in places):
            pairs.append((prev[-1], b))
    for a, b in pairs:
        gap = text[a.end - base : b.start - base]
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
        if rx.conjunction.search(gap) or not (
            rx.landmark.match(gap) or (loose and rx.landmark_loose.match(gap))
        ):
            continue
        rank_a, rank_b = _SPECIFIC.get(a.kind, 9), _SPECIFIC.get(b.kind, 9)
        if located or rank_b > rank_a:
            drop = b
        elif rank_a > rank_b:
            drop = a  # "set up by Russia near Latakia": the finer place
        else:
            near = (a.lat is not None and b.lat is not None and a.lon is not None
                    and b.lon is not None and haversine_km(a.lat, a.lon, b.lat, b.lon) <= 100)
            drop = b if near else a
        if drop in out:
            out.remove(drop)
    return out


def _link_places(view: View, anchor: Anchor, places: list[Toponym], rx: Patterns,
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
    for t in places:
        if t is anchor.site:
            continue
        ps, pe = t.start - base, t.end - base
        if far_reference(text, ps, rx):
            continue  # "tunnelled into the ice sheet about 200 km east of Thule"
        if pe <= anchor.start:
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
            if t.kind == "country" and not hosts:
                continue
            if linked_before(text, pe, anchor.start, rx, view.hits.get("existing", [])):
                linked.append(t)
            continue
        if ps < anchor.end:
            linked.append(t)  # the anchor is inside the name ("Tartus naval base")
            continue
        if any(anchor.end <= o.start and o.end <= ps and o.site is None
               and (o.base or _owned_elsewhere(text, anchor, o, t, owned or {}, rx))
               and not rx.at_base.search(text[anchor.end : o.start])  # "based at the camp in X"
               for o in others) and not (
            prev_end is not None and (rx.list_join.match(text[prev_end:ps])
                                      or _continues(text, prev_end, ps, rx))
        ):
            continue  # "a naval base in A and an air base near B": B is the air base's
        there = text[ps:pe].lower() == "there" and bool(rx.there_gap.fullmatch(text[anchor.end : ps]))
        listed = prev_end is not None and bool(rx.list_join.match(text[prev_end:ps]))
        if listed and (rx.subject_after.match(text, pe) or any(0 < s - pe <= 2 for s in verb_starts)):
            continue  # "..., and Turkey has sold drones", "and Iran runs": a new clause
        if listed and joined is not None and linked and (
            id(linked[-1]) in joined or _country_gap(text[anchor.end : linked[-1].start - base], rx)
        ):
            joined.add(id(t))  # "troops in Libya and Qatar": Qatar as Libya
        crowded = any(anchor.end <= o.start and o.end <= ps and o.site is None for o in others)
        if there or listed or linked_after(text, anchor.end, ps, prev_end, rx, crowded) or (
            prev_end is not None and (_continues(text, prev_end, ps, rx)
                                      or rx.landmark.match(text[prev_end:ps]))
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
    return drop_landmarks(text, base, linked, rx, places)


def _owned_elsewhere(text: str, anchor: Anchor, other: Anchor, t: Toponym, owned: dict[int, str],
                     rx: Patterns) -> bool:
    """Whether a later anchor with a foreign operator of its own holds a place after both.

    "Botswana's contingent handed its camp over, and Lesotho's soldiers left Mueda":
    Mueda is the Lesotho soldiers'. Not when the later forces are the host's ("training
    Mozambican commandos in Chimoio") or are joined ("to join the Canadian-led
    battlegroup at Adazi").
    """
    owner = owned.get(other.start)
    return owner is not None and owner != t.iso3 and not rx.joined_to.search(
        text, anchor.end, other.start)


def _host_demonyms(view: View, gaz: Gazetteer, lex: Lex, found: list[Anchor]) -> list[Toponym]:
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
                  country: bool = True) -> bool:
    """Whether a sentence opens with the place of the forces after it ("In Iraq, U.S. troops")."""
    gap = rx.fronted_country_gap if country else rx.fronted_gap
    return bool(rx.fronted.match(text[:start])) and bool(gap.fullmatch(text, end, anchor_start))


def _at_anchor(t: Toponym, anchor: Anchor, base: int) -> Toponym:
    """An antecedent place, re-anchored at the anaphor ("the base") in this sentence."""
    return Toponym(anchor.start + base, anchor.end + base, t.name, t.kind, t.iso3, t.lat, t.lon,
                   t.geonameid, t.place)


def sentence_claims(view: View, ctx: Context, gaz: Gazetteer, lex: Lex) -> list[Raw]:
    """Every (operator, place) reading of one sentence.

    Parameters
    ----------
    view
        The sentence.
    ctx
        What the sentence inherits from the article (carried operator, antecedents).
    gaz
        The gazetteer.
    lex
        The compiled lexicon.

    Returns
    -------
    list[Raw]
        Readings in anchor order. A reading without an operator in its sentence has
        ``operator == ""`` and ``carried`` set: the article fills it in from the
        discourse, unless a reading with an explicit operator holds the same place.

    """
    if not (view.hits.get("presence_nouns") or view.hits.get("pronouns")
            or view.hits.get("organisations") or any(t.kind == "site" for t in view.tops)
            or (view.hits.get("withdrawn") and any(t.kind == "country" for t in view.tops))):
        return []
    sentence = view.sentence
    text = sentence.text
    base = sentence.start
    rx = lex.rx
    places = places_of(view, lex)
    found = anchors(view, lex, places)
    if not ctx.forces_before:  # "They could be positioned": no forces named before
        found = [a for a in found if a.text.lower() not in lex.pronouns]
    described = _host_demonyms(view, gaz, lex, found) if found else []
    if not found or not (places or described or any(
        anaphora_flags(view, lex, a).definite or a.deictic or a.joining for a in found
    )):
        return []
    spans = name_spans(view, lex)
    places = sorted((t for t in [*places, *described] if not any(
        a <= t.start - base and t.end - base <= b for a, b in spans)), key=lambda t: t.start)
    links: list[tuple[Anchor, list[Toponym], str]] = []
    local_site: Toponym | None = None
    joined: set[int] = set()
    hosts: frozenset[str] | None = None
    last_fine: Toponym | None = None
    base_owner: dict[int, str] = {}  # anchor -> the operator whose base it points back to
    owned_anchors = {a.start: o.iso3 for o in operators(view, lex) for a in found
                     if o.end <= a.start and not o.locative and "," not in text[o.end : a.start]
                     and rx.np_gap.match(text[o.end : a.start])}
    for anchor in found:
        linked = _link_places(view, anchor, places, rx, found, joined, owned_anchors)
        how_place = ""
        if not linked:
            anaphora_flags(view, lex, anchor)
            if hosts is None and (anchor.definite or anchor.deictic):
                hosts = frozenset(o.iso3 for o in operators(view, lex) if o.host or o.locative)
        site = None
        if anchor.definite and not linked and not local_site:
            named = frozenset(o.iso3 for o in operators(view, lex) if not (o.locative or o.host))
            owned_site = ctx.owned_base(named) if named else None
            if owned_site is not None:
                site, base_owner[id(anchor)] = owned_site
        site = local_site or site or (ctx.antecedent("site", hosts or frozenset())
                                      if anchor.definite and not linked else None)
        if not linked and anchor.definite and site is not None:
            linked, how_place = [_at_anchor(site, anchor, base)], f"refers back to {site.name}"
        elif not linked and anchor.deictic:
            place = ctx.antecedent("place", hosts or frozenset())
            if place is not None:
                linked, how_place = [_at_anchor(place, anchor, base)], f"refers back to {place.name}"
        elif not linked and anchor.joining:
            # "They will be joined by British soldiers": where the forces before them are;
            # "the French contingent ..., and Belgian troops serve alongside it": where the
            # French contingent's base is
            named = frozenset(o.iso3 for o in operators(view, lex)
                              if o.end <= anchor.start and not (o.locative or o.host or o.speaker))
            theirs = (ctx.owned_base(named) or ctx.owned_place(named)) if named and rx.alongside_after.match(
                text, anchor.end) else None
            place = (theirs[0] if theirs else None) or ctx.antecedent("site", frozenset()) or ctx.antecedent(
                "place", frozenset())
            if place is not None:
                linked, how_place = [_at_anchor(place, anchor, base)], f"joins {place.name}"
        elif anchor.base and all(t.kind != "site" for t in linked) and rx.landmark_after.match(
            text, anchor.end
        ) and anaphora_flags(view, lex, anchor).definite:
            # "The base, on a peninsula near Sihanoukville, was expanded": the base named
            # before, which the town only locates
            site = (local_site or ctx.antecedent("site", frozenset())
                    or ctx.antecedent("place", frozenset()))
            if site is not None and any(distance_km(site, t) <= LANDMARK_KM for t in linked):
                linked, how_place = [_at_anchor(site, anchor, base)], f"refers back to {site.name}"
        elif not linked and anchor.base and last_fine is not None and rx.next_subject.search(
            text, last_fine.end - base, anchor.start
        ):
            # "France keeps a garrison in Djibouti, and Italy opened a small base in 2013":
            # a coordinated clause about the same place
            linked = [_at_anchor(last_fine, anchor, base)]
            how_place = f"same place as {last_fine.name}"
        elif not linked and last_fine is not None and norm_phrase(anchor.text) in lex.force_words and (
            rx.comitative_before.search(text, max(0, anchor.start - 60), anchor.start)
        ) and not rx.clause_break.search(text, last_fine.end - base, anchor.start):
            # "Chadian units are in Gao, together with soldiers from Niger": with them there
            linked = [_at_anchor(last_fine, anchor, base)]
            how_place = f"with the forces at {last_fine.name}"
        elif not linked and last_fine is not None and anchor.start in owned_anchors and (
            rx.including_before.search(text, max(0, anchor.start - 40), anchor.start)
        ) and not rx.clause_break.search(text, last_fine.end - base, anchor.start):
            # "the British-led battlegroup at Tapa, about 1,000 troops, including a French
            # contingent": a part of the forces just placed, with an operator of its own
            linked = [_at_anchor(last_fine, anchor, base)]
            how_place = f"part of the forces at {last_fine.name}"
        if not linked:
            continue
        fine = [t for t in linked if t.kind in ("site", "city")]
        if anchor.base:
            local_site = fine[-1] if fine else local_site
        if not how_place:
            last_fine = linked[-1]
        links.append((anchor, linked, how_place))
    if not links:
        return []
    ops = operators(view, lex)
    non_presence = view.words("non_presence")
    hypothetical = view.words("hypothetical")
    stationing = bool(view.hits.get("stationing"))
    relatives = relative_spans(text, rx)
    out: list[Raw] = []
    owners: list[int] = []
    for anchor, linked, how_place in links:
        before = text[max(0, anchor.start - 40) : anchor.start]
        if rx.possessive_pronoun.search(before):
            owners.append(anchor.start)
        chosen, op_how = _anchor_operators(text, anchor, ops, rx, found)
        owned = any(a <= anchor.start and not rx.clause_break.search(text[a : anchor.start])
                    for a in owners) or any(o.possessive for o in chosen)
        if not chosen and unspecified(view, lex, anchor) and not rx.lead_before.search(
            text, max(0, anchor.start - 60), anchor.start
        ):  # "Britain leads the NATO battlegroup at Tapa": the subject's
            continue  # "foreign troops", "any foreign base": no operator named
        explicit_ops = [r.operator for r in out if not r.carried and not r.host_own]
        for t in linked:
            for r in _claims_at(view, ctx, gaz, lex, anchor, t, chosen, op_how, ops, owned,
                                how_place, non_presence, hypothetical, stationing, relatives,
                                id(t) in joined):
                if r.carried:
                    r.local_op = base_owner.get(id(anchor)) or (explicit_ops[-1] if explicit_ops else "")
                out.append(r)
    explicit = {_place_key(r.top) for r in out if not r.carried}
    if rx.respective.search(text):
        out = _respectively(out, ops)
    return [r for r in out if not r.carried or _place_key(r.top) not in explicit]


def _respectively(out: list[Raw], ops: list[Mention]) -> list[Raw]:
    """Pair a list of operators with a list of places in order ("... respectively").

    "Britain, Canada and Germany lead battlegroups in Estonia, Latvia and Lithuania
    respectively": three claims, not nine. Only when the two lists are as long.
    """
    explicit = [r for r in out if not r.carried]
    named = {r.operator for r in explicit}
    order: list[str] = []
    for o in ops:
        if o.iso3 in named and o.iso3 not in order and not (o.locative or o.speaker):
            order.append(o.iso3)
    keys: list[object] = []
    for r in sorted(explicit, key=lambda r: r.top.start):
        if _place_key(r.top) not in keys:
            keys.append(_place_key(r.top))
    if len(order) < 2 or len(order) != len(keys) or len(named) != len(order):
        return out
    return [r for r in out if r.carried or order.index(r.operator) == keys.index(_place_key(r.top))]


def table_head(view: View, lex: Lex) -> str | None:
    """The operator of a table or list whose header names forces.

    A header row ("Country | U.S. troops | main base") or a line that opens a bullet
    list ("U.S. troops abroad, by country:"). ``None`` when the line is no such header;
    ``""`` when a table header names forces but no operator (the discourse's is meant).
    A list opener must name the operator, or its items' labels may be the operators
    ("Troop contributors: - Kenya: 1,400 soldiers in Dhobley").
    """
    text = view.sentence.text
    row = "|" in text
    if not (row or text.rstrip().endswith(":")) or not view.hits.get("presence_nouns"):
        return None
    ops = [o for o in operators(view, lex) if not (o.label or o.speaker or o.locative)]
    return ops[0].iso3 if ops else ("" if row else None)


def label_claim(view: View, operator: str, ctx: Context, lex: Lex) -> list[Raw]:
    """A row or item of forces' table or list that names only its label country.

    "Germany | about 35,000" under "Country | U.S. troops", "- Poland: about 10,000
    troops" under "U.S. troops abroad, by country:": the forces are in that country.
    """
    base = view.sentence.start
    label = next((o for o in operators(view, lex) if o.label and o.iso3 != operator), None)
    top = next((t for t in view.tops if label is not None and t.start - base == label.start
                and t.kind == "country"), None)
    if label is None or top is None or not operator:
        return []
    s, e = label.start, label.end
    status, cues, tense = status_of(view, lex, s, e, owned=False,
                                    published_year=ctx.published_year, anchor=(s, e),
                                    place=(s, e), operator=operator)
    return [Raw(operator, top, view.sentence, status, cues, [f"list of {operator}'s forces"],
                False, tense, strong=bool(cues))]


def table_row(view: View, operator: str, ctx: Context, lex: Lex) -> list[Raw]:
    """The claims of a table row or list item under a header that names forces.

    "Italy | about 12,000 | Aviano, Vicenza, Naples", "- Armenia: Gyumri (until
    2044)": the towns and sites after the label are where the header's forces are;
    the label is the host.
    """
    text = view.sentence.text
    opened = len(text) - len(text.lstrip(" |"))  # "| Denmark | ...": a row may open with a bar
    first = text.find("|", opened) if "|" in text else text.find(":")
    if first < 0:
        return []
    base = view.sentence.start
    # A row labelled with a country whose places lie elsewhere lists that country's
    # forces: "Denmark | 6 F-16s | Sigonella, Sicily" under "Country | Aircraft | Base".
    label = None if operator else next(
        (o for o in operators(view, lex) if o.how == "country" and opened <= o.start < first),
        None)
    out = []
    for t in places_of(view, lex):
        s, e = t.start - base, t.end - base
        if s < first or t.kind not in ("site", "city", "admin") or t.iso3 == operator:
            continue
        op = label.iso3 if label is not None and label.iso3 != t.iso3 else operator
        status, cues, tense = status_of(view, lex, s, e, owned=False,
                                        published_year=ctx.published_year, anchor=(s, e),
                                        place=(s, e), operator=op)
        why = (f"table row of {op}" if op and not operator
               else f"table of {op}'s forces" if op else "carried from the discourse")
        out.append(Raw(op, t, view.sentence, status, cues, [why], False, tense,
                       carried=not op, strong=bool(cues), base=True,
                       blocked=frozenset({t.iso3})))
    return out


def subject_operators(view: View, lex: Lex) -> list[str]:
    """The operators of a sentence's first force named with some, placed or not.

    "Emirati forces still hold positions elsewhere. They remain at Balhaf": the
    first sentence places no claim, but tells whose forces "they" are; "with troops
    from South Africa, Malawi and Tanzania. They are confined to bases": all three.
    """
    if not view.hits.get("presence_nouns") or view.sentence.boilerplate:
        return []
    ops = operators(view, lex)
    if not ops:
        return []
    found = anchors(view, lex, places_of(view, lex))
    for anchor in found:
        chosen, _ = _anchor_operators(view.sentence.text, anchor, ops, lex.rx, found)
        chosen = [o for o in chosen if not (o.actor or o.speaker or o.locative)]
        if chosen:
            return list(dict.fromkeys(o.iso3 for o in chosen))
    return []


def opening_subject(view: View, lex: Lex) -> list[str]:
    """The country that opens a sentence as its subject, for a pronoun subject after it.

    "Russia, by contrast, is strengthening its presence. It keeps 7,000 soldiers at its
    base"; "France's departure from Niger would ... It pulled its last troops out of Mali".
    """
    if view.sentence.boilerplate:
        return []
    text = view.sentence.text
    for o in operators(view, lex):
        if text[: o.start].strip(" \"“'‘") or o.speaker or o.locative or o.label:
            return []
        return [o.iso3]
    return []


def _country_gap(gap: str, rx: Patterns) -> bool:
    """Whether the text between an anchor and a country makes it a country-level claim."""
    return bool(rx.country_link.match(gap) or rx.country_object.match(gap)
                or rx.mission_part.match(gap))


def _place_key(t: Toponym) -> object:
    return t.place.id if t.place is not None else t.name


def _anchor_operators(text: str, anchor: Anchor, ops: list[Mention], rx: Patterns,
                      others: list[Anchor]) -> tuple[list[Mention], str]:
    """Operators named with the anchor: inside it, in its noun phrase, and as its agent.

    An agent ("staffed by Chinese personnel", "shared with the U.S. Air Force") belongs
    to the nearest anchor before it and joins the noun phrase's operator.
    """
    inside = [o for o in ops if (anchor.start <= o.start and o.end <= anchor.end)
              or (o.how == "organisation" and o.start <= anchor.start and anchor.end <= o.end)]
    if inside:
        return inside, "name"
    np_ops = [o for o in ops if o.end <= anchor.start and not o.speaker and not o.locative
              and rx.np_gap.match(text[o.end : anchor.start]) and "," not in text[o.end : anchor.start]]
    chosen: list[Mention] = []
    how = ""
    if np_ops:
        chosen = _coordinated(text, np_ops[-1], ops)
        how = "noun phrase"
        former = rx.former_before.search(text, max(0, chosen[0].start - 12), chosen[0].start)
        holder = [o for o in ops if o.end <= chosen[0].start and o.iso3 == chosen[0].iso3
                  and not (o.speaker or o.locative or o.agent)
                  and not rx.operator_break.search(text, o.end, chosen[0].start)]
        if former and holder:
            # "the Africa Corps holds the former Wagner camps": the holder, not the former owner
            return holder[-1:], "sentence"
    origins = [o for o in ops if o.origin and o.start >= anchor.end and re.fullmatch(
        r",?\s+from\s+(?:the\s+)?(?:[^.;]*?(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)?",
        text[anchor.end : o.start])]
    if origins and not chosen:
        return origins, "origin"
    recipients = [o for o in ops if anchor.base and o.start >= anchor.end
                  and not (o.locative or o.speaker) and rx.given_to.fullmatch(text, anchor.end, o.start)
                  and (o.how == "country" or _forces_follow(text, o, rx))
                  and not rx.possessive_pronoun.search(text[max(0, anchor.start - 40) : anchor.start])]
    if recipients and not chosen:  # "opening 17 Swedish bases and training areas to American troops"
        return recipients[:1], "recipient"
    of_ops = [o for o in ops if o.start >= anchor.end and not (o.locative or o.speaker)
              and rx.of_operator.fullmatch(text, anchor.end, o.start)]
    if of_ops and not chosen:  # "a squadron of Royal Australian Air Force jets"
        return _coordinated(text, of_ops[0], ops), "of"
    agents = [o for o in ops if o.agent and o.start >= anchor.end
              and not rx.clause_break.search(text[anchor.end : o.start])
              and not rx.new_clause.search(text, anchor.end, o.start)  # "... and that the wharf"
              and not any(anchor.end <= a.start and a.end <= o.start for a in others)]
    if agents:  # every agent of the anchor: "built by the Emiratis, now run by a joint ... force"
        chosen += [o for o in agents if o not in chosen]
        how = how + " and agent" if how else "agent"
    return chosen, how


def _forces_follow(text: str, o: Mention, rx: Patterns) -> bool:
    """Whether a demonym names forces ("to American troops"), not officials ("to Nigerien authorities")."""
    words = re.findall(r"[\w-]+", text[o.end : o.end + 60])[:3]
    forces = Lex.get().force_words
    return any(norm_phrase(" ".join(words[i:j])) in forces
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _coordinated(text: str, last: Mention, ops: list[Mention]) -> list[Mention]:
    """``last`` and the operators joined to it: "Britain and the United States", "UK-US"."""
    out = [last]
    for o in reversed([o for o in ops if o.end <= out[0].start]):
        if re.fullmatch(r"\s*(?:-|and|/|,|,\s*and)\s*(?:the\s+)?", text[o.end : out[0].start]):
            out.insert(0, o)
        else:
            break
    return [o for o in out if not (o.speaker or o.locative)]


def _sentence_operator(text: str, anchor: Anchor, ops: list[Mention], host: str, rx: Patterns,
                       relatives: list[tuple[int, int]],
                       denial: Callable[[], bool] = lambda: False,
                       carried_in: bool = False) -> list[Mention]:
    """The operator of the anchor's clause: the nearest country before it that can act.

    Speakers ("U.S. officials said"), places ("in Jordan"), the actors of strikes and
    visits, the host and mentions inside another relative clause or a quotation ("'Denmark
    has not done a good job,' Vance told troops at the base") are skipped. With a
    possessive pronoun ("its bases") the clause's subject, its first operator, wins,
    a speaker included ("the Kremlin said its forces"); so does a speaker who denies
    ("Chinese officials have denied any plans for a base there"). Coordinated subjects
    ("Britain and the United States operate") all count.
    """
    quotes = [m.span() for m in rx.quoted.finditer(text)] if ('"' in text or "“" in text) else []

    def outside(o: Mention) -> bool:  # not inside another relative clause or quotation
        return not any(a <= o.start < b and not (a <= anchor.start < b)
                       for a, b in (*relatives, *quotes))

    before = [o for o in ops if o.end <= anchor.start and o.iso3 != host and not o.locative
              and outside(o) and not rx.operator_break.search(text[o.end : anchor.start])]
    # trainees ("training Somali soldiers") are never the operator of a later anchor
    eligible = [o for o in before if not (o.speaker or (o.actor and not carried_in) or o.agent or o.host
                                          or rx.trainer_before.search(text, max(0, o.start - 30), o.start))]
    pronoun = rx.possessive_pronoun.search(text[max(0, anchor.start - 40) : anchor.start])
    if not eligible and (pronoun or denial()):
        eligible = [o for o in before if o.speaker and not o.actor]  # "Moscow said its forces"
    if not eligible:  # "a Ugandan officer at the Halane base camp said": the speaker is there
        located = [o for o in before if o.speaker and rx.speaker_at.fullmatch(text, o.end, anchor.start)]
        if located:
            return located[-1:]
    if not eligible and anchor.base:
        # "The Gao base, which housed 3,000 French soldiers, was handed over": the forces
        # a relative clause on the base says it holds
        rel = [(a, b) for a, b in relatives if anchor.end <= a <= anchor.end + 3]
        return [o for o in ops if rel and rel[0][0] <= o.start < rel[0][1] and o.iso3 != host
                and not (o.speaker or o.locative or o.actor)
                and rx.hosting_verb.search(text, rel[0][0], o.start)][:1]
    if not eligible:
        return []
    if pronoun:
        # the subject of the anchor's own clause: "A expelled U.S. forces from its base, and
        # Germany closed its air base at Termez"
        cuts = [m.end() for m in rx.new_clause.finditer(text, 0, anchor.start)]
        own = [o for o in eligible if cuts and o.start >= cuts[-1]]
        first = own[0] if own else eligible[0]
        return [o for o in eligible if o is first or re.fullmatch(
            r"\s*(?:-|and|/|,|,\s*and)\s*(?:the\s+)?", text[first.end : o.start])]
    return [o for o in _coordinated(text, eligible[-1], ops) if o in eligible]


def _not_presence(text: str, view: View, rx: Patterns, non_presence: list[tuple[int, int, str]],
                  lo: int, hi: int, anchor: Anchor, np_start: int | None) -> bool:
    """Whether a strike, visit or port call governs the claim.

    A cue within 25 characters before the claim's noun phrase, or inside it, does.
    Without an operator in the noun phrase the anchor is the target ("fired rockets at
    the base in Anbar") and a cue up to 60 characters before, in the same comma
    segment, does too; so does one before an attributed description ("fired missiles
    at what they said was an Israeli headquarters").
    """
    if rx.stationed_after.match(text, anchor.end):
        return False  # "with French forces stationed there": presence, whatever else happens
    if rx.carrying_before.search(text, max(0, anchor.start - 40), anchor.start):
        return False  # "planes landed at X carrying 100 military personnel": the forces arrive
    start = lo if np_start is None else np_start
    arriving = norm_phrase(anchor.text) in Lex.get().force_words
    for s, e, w in non_presence:
        if arriving and w.lower().startswith("landed"):
            continue  # "the troops landed at the airport": forces arriving, not a visit
        if s >= hi and ((np_start is None and rx.passive_after.fullmatch(text, hi, s))
                        or rx.purpose_after.fullmatch(text, hi, s)):
            return True  # "Camp Taji has repeatedly been targeted", "arrived ... for an exercise"
        if e > hi + 5 or s < start - 60 or rx.clause_break.search(text[e:lo]):
            continue
        m = rx.launched_from.match(text, e)
        if m and m.end() <= hi and not rx.clause_break.search(text, e, hi):
            continue  # "fly strikes from Incirlik": the base the strikes are flown from
        if s >= start - 25:
            return True
        between = text[e:anchor.start]
        if np_start is None and "," not in between:
            return True
        if any(e <= a < anchor.start for a, _ in view.hits.get("attributed", ())):
            return True
    return False


def _claims_at(view: View, ctx: Context, gaz: Gazetteer, lex: Lex, anchor: Anchor, t: Toponym,
               chosen: list[Mention], op_how: str, ops: list[Mention], owned: bool, how_place: str,
               non_presence: list[tuple[int, int, str]], hypothetical: list[tuple[int, int, str]],
               stationing: bool, relatives: list[tuple[int, int]], listed: bool) -> list[Raw]:
    """The readings of one anchor at one linked place."""
    text = view.sentence.text
    base = view.sentence.start
    rx = lex.rx
    ps, pe = t.start - base, t.end - base
    link_gap = text[anchor.end : ps] if ps >= anchor.end else ""
    if t.kind == "site":
        place = t
    else:
        place = snap_to_site(gaz, city_state(gaz, t, lex), anchor, lex)
        if place.kind == "country" and anchor.base and re.search(r"\b(?:on|at)\s+$", link_gap):
            place = only_site(gaz, place, anchor, lex)
    host = place.iso3
    carried = False
    blocked: frozenset[str] = frozenset()
    if norm_phrase(anchor.text) in lex.trainee_nouns and rx.studying_after.match(text, anchor.end):
        return []  # "Kenyan officers attend courses at Sandhurst": trainees abroad
    if chosen and rx.trainer_before.search(text, max(0, chosen[0].start - 30), chosen[0].start):
        if any(o.iso3 != host for o in chosen):
            return []  # "France will train Vietnamese officers in Paris": trainees abroad
        chosen = []  # "the UAE, which trained Somali troops in Mogadishu": the trainer is there
    if chosen:
        picks: list[tuple[str, str, Mention | None]] = [
            (o.iso3, f"{op_how}: {text[o.start:o.end]}", o) for o in chosen]
    else:
        def denial() -> bool:
            clause = clause_span(text, min(anchor.start, ps), max(anchor.end, pe), rx)
            return bool(cue_hits("denied", view, lex, *clause))

        picks = [
            (o.iso3, f"sentence: {text[o.start:o.end]}", o)
            for o in _sentence_operator(
                text, anchor, ops, host, rx, relatives, denial,
                carried_in=bool(rx.carrying_before.search(text, max(0, anchor.start - 40), anchor.start)))]
        if not picks and any(
            o.iso3 == host and o.end <= anchor.start and not (o.speaker or o.locative or o.host
                                                             or o.label)
            and not (o.possessive and not modifies_force(view, lex, o))  # "Finland's agreement"
            and not rx.operator_break.search(text[o.end : anchor.start])
            and not rx.recipient_before.search(text[max(0, o.start - 15) : o.start])
            and not rx.says_after.match(text, o.end)  # "Seychelles said there would be no..."
            for o in ops
        ):
            return []  # "Indian soldiers ... moved back to their posts in Sikkim": the host's own
        if not picks and any(
            e <= anchor.start and not rx.operator_break.search(text[e : anchor.start])
            and not any(e <= o.start < anchor.start for o in ops)
            for _, e in view.hits.get("multinational", ())
        ):
            return []  # "NATO, which runs a training mission in Iraq": no state's
        if not picks:
            picks = [("", "carried from the discourse", None)]
            carried = True
            blocked = frozenset({host} | {
                o.iso3 for o in ops if o.actor and not rx.operator_break.search(
                    text[min(o.end, anchor.start) : max(o.start, anchor.end)])})
    lo, hi = min(anchor.start, ps), max(anchor.end, pe)
    deictic = text[ps:pe].lower() == "there" or bool(how_place) or (
        anchor.text.lower() in lex.pronouns or anchor.partitive)  # "It has deployed to Niger"
    explicit_op = not carried and bool(picks)
    offered = (anchor.base and not explicit_op and ps > anchor.end
               and rx.offer_before.search(text, max(0, anchor.start - 50), anchor.start))
    hosting = ps < anchor.end and bool(rx.hosts.fullmatch(text, pe, anchor.start)
                                       or fronted_place(text, ps, pe, anchor.start, rx)
                                       or described_host(text, t, base, lex))
    # "Elements of the brigade have been deployed in Bulgaria": forces named before, whose
    # operator the discourse gives, placed in a country as deictically as "they" would be
    named_before = (not explicit_op and ps > anchor.end and norm_phrase(anchor.text) in lex.force_words
                    and definite_before(text[max(0, anchor.start - 40) : anchor.start], rx)
                    and (listed or _country_gap(link_gap, rx)) and not rx.passage.search(link_gap))
    # "It pulled its last troops out of Mali": the country subject of the sentence before
    pronoun_subject = (not explicit_op and bool(rx.pronoun_subject.match(text))
                       and not rx.clause_break.search(text, 0, anchor.start)
                       and not any(o.end <= anchor.start for o in ops if not o.locative))
    if (pronoun_subject and not named_before and ps > anchor.end
            and norm_phrase(anchor.text) in lex.force_words and (listed or _country_gap(link_gap, rx))):
        named_before = True
    # "- Belarus: Several thousand fighters moved to Belarus": the list item's label country
    labelled = (not explicit_op and ps > anchor.end and norm_phrase(anchor.text) in lex.force_words
                and any(o.label and o.iso3 == place.iso3 for o in ops)
                and _country_gap(link_gap, rx) and not rx.passage.search(link_gap))
    if place.kind == "country" and not deictic and not named_before and not labelled and (
        (not explicit_op and not offered) or (ps < anchor.end and not hosting)
        or not (listed or hosting or _country_gap(link_gap, rx))
        or (anchor.base and rx.to_before.search(link_gap))
    ):
        return []  # country-level presence needs "Turkish bases in Syria"
    direction = rx.country_direction.search(link_gap) if place.kind == "country" else None
    if direction:
        word = direction.group(1)
        lat, lon = directional_point(place.iso3, word) or (place.lat, place.lon)
        place = Toponym(place.start, place.end, f"{word} {place.name}", "region",
                        place.iso3, lat, lon, None, place.place)
    out = []
    for iso3, op_cue, op_pos in picks:
        explicit_own = bool(chosen) and host == iso3 and bool(
            rx.own_before.search(text[max(0, anchor.start - 30) : anchor.start]))
        if host == iso3 and (place.kind == "country" or not explicit_own):
            continue
        span_lo = min(lo, op_pos.start) if op_pos else lo
        span_hi = max(hi, op_pos.end) if op_pos else hi
        if _not_presence(text, view, rx, non_presence, lo, hi, anchor,
                         span_lo if op_pos is not None and op_pos.start < anchor.start else None):
            continue  # strikes, visits, port calls: not presence
        if norm_phrase(anchor.text) in lex.vessels and not stationing:
            continue  # warships calling at a port are visiting, not based there
        if any(span_lo - 40 <= s <= span_hi for s, _, _ in hypothetical):
            continue
        status, cues, tense = status_of(view, lex, span_lo, span_hi, owned=owned,
                                        published_year=ctx.published_year,
                                        anchor=(anchor.start, anchor.end), place=(ps, pe),
                                        operator=iso3, op_at=op_pos.start if op_pos else -1)
        strong = status != "existing" or any(c != "possessive" for c in cues)
        why = [op_cue] + ([how_place] if how_place else [])
        out.append(Raw(iso3, place, view.sentence, status, cues, why, explicit_own, tense,
                       carried, strong, anchor.base, blocked=blocked,
                       recent_only=named_before and place.kind in ("country", "region"),
                       pronoun_subject=carried and pronoun_subject))
    return out
