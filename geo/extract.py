"""Claims: which country has, plans, has left, or is said not to have forces where.

The stage reads an article once: its toponyms and every lexicon list (one
Aho-Corasick pass over the body), bucketed by sentence. Only sentences with an
anchor, a presence noun ("air base", "troops") or a named military site, are read
further (:mod:`geo._claims_mentions`, :mod:`geo._claims_rules`,
:mod:`geo._claims_status`):

* places linked to an anchor by a compound ("T4 base"), a locative ("naval base in
  Tartous", "on the summit of Mount Hermon"), a list after a copula ("the locations
  were A and B"), a verb whose object is the place ("troops left Niamey"), or an
  apposition ("Camp Lemonnier, the only permanent U.S. military base");
* operators: in the anchor's noun phrase ("Turkish airbases", "Moscow's foothold",
  "UK-US base"), as its agent ("staffed by Chinese personnel", "shared with the U.S.
  Air Force"), the nearest country of its clause that can act (not a speaker, a
  place, the host or the actor of a strike), or carried from the discourse;
* a status from cue words around the claim: denied, withdrawn, proposed, existing;
  a verb governs every item of the list that is its object ("left A in June and B
  in April"), and a clause of its own ("where", "which", "after", ", and said")
  keeps its own tense.

Bullet items and table rows are read as sentences of their own; a header that names
forces ("Country | U.S. troops", "U.S. troops abroad, by country:") gives them the
places of each row, or its label country. Armed forces named as organisations
("Wagner Group", "Black Sea Fleet") are anchors, and the contributors of a
multinational mission (UN, NATO, AU, SADC), never the mission, are operators.

Attacks, visits, port calls, tours, inspections and exercises are not presence;
datelines, origins ("troops from Uganda", "a journey from Merignac"), the host's own
forces and multinational bodies give no claim. "There",
"the base" and "nearby" point back to a place named before. Claims about the
same operator and place merge into one record carrying all of its evidence; each
records the cues that decided its operator and status, and its time phrases.
"""

from __future__ import annotations

import calendar
import collections
import datetime as dt
import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from geo import lexicon
from geo._claims_carry import BULLETS, carry, heading
from geo._claims_lex import Lex, View, short_forms, title_view
from geo._claims_lex import views as sentence_views
from geo._claims_mentions import anchors, civil, operators, places_of, sheltering
from geo._claims_patterns import norm_phrase
from geo._claims_places import MEASURED_POINT, city_state, distance_km, named_after
from geo._claims_rules import Context, Raw, label_claim, sentence_claims, table_head, table_row
from geo.gazetteer import Gazetteer
from geo.gazetteer import load as load_gazetteer
from geo.lexicon import island_countries
from geo.load import Article, Sentence
from geo.toponyms import Toponym, airfield_follows, find_toponyms, haversine_km

STATUSES = ("existing", "proposed", "withdrawn", "denied")
PRECISION = {"site": "site", "city": "city", "admin": "region", "region": "region",
             "country": "country"}
_RANK = {"site": 0, "city": 1, "region": 2, "country": 3}
_SPECIFIC = {"site": 0, "city": 1, "admin": 2, "region": 3, "country": 4}
MERGE_KM = 25.0
DERIVED_MERGE_KM = 50.0  # a point derived from a distance, and a town named in the same sentence
SITE_MERGE_KM = 5.0
SITE_CITY_MERGE_KM = 12.0
AIRPORT_CITY_MERGE_KM = 20.0
COARSE_MERGE_KM = 10.0
REGION_KM = 400.0
REGION_INSIDE_KM = 150.0  # a town this close to a region's point is taken to lie in it
DEFINITE_REACH = 4  # sentences back that "the teams" may point to forces named in
SITE_MEMORY = 3
NOUN_PLACE_CHARS = 60  # how far after "a camp" the place it is at may be named ("a camp for X near Y")
PLACE_MEMORY = 2
HOST_MEMORY = 5
OWNER_MEMORY = 20
_MONTHS = [m.lower() for m in calendar.month_name[1:]]
_TIME = re.compile(
    r"\b(since|in|until|from|by|last|early|late|mid)\s+((?:" + "|".join(calendar.month_name[1:])
    + r")(?:\s+\d{4})?|\d{4}|year|month|week|(?:" + "|".join(calendar.day_name) + r"))\b"
)
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|could|may|might|"
                    r"must|should|seems?|appears?|remains?)\b)", re.IGNORECASE)


@dataclass
class Evidence:
    """One sentence supporting a claim, with ``body[start:end] == sentence``."""

    sentence: str
    start: int
    end: int
    status: str
    cues: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The evidence record of the ``extract`` contract."""
        return {"sentence": self.sentence, "start": self.start, "end": self.end,
                "status": self.status, "cues": self.cues}


@dataclass
class Claim:
    """A claim: ``operator`` has/plans/left/is said not to have forces at ``place``."""

    operator: str
    place: str
    lat: float
    lon: float
    precision: str
    status: str
    evidence: list[Evidence]
    host: str = ""
    host_own: bool = False
    operator_cues: list[str] = field(default_factory=list)
    status_cues: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    geonameid: int | None = None

    def to_json(self, article: str, *, explain: bool = True) -> dict[str, object]:
        """The record of the ``python -m geo extract`` contract."""
        out: dict[str, object] = {
            "article": article, "operator": self.operator, "place": self.place,
            "lat": round(self.lat, 5), "lon": round(self.lon, 5), "precision": self.precision,
            "status": self.status, "evidence": [e.to_json() for e in self.evidence],
            "host": self.host, "host_own": self.host_own, "dates": self.dates,
        }
        if explain:
            out["why"] = {"operator": self.operator_cues, "status": self.status_cues}
        return out


@functools.cache
def _directional() -> re.Pattern[str]:
    """A region named as a part of its country: "northern Australia", "central Mali"."""
    words = "|".join(re.escape(w) for w in (*lexicon.grammar()["directions"], "central"))
    return re.compile(rf"(?:{words})(?:ern)?\b", re.IGNORECASE)


def _dates(text: str, published: dt.date | None) -> list[str]:
    """Time phrases of a sentence ("since 2015", "in March"), resolved against the date."""
    out = []
    for m in _TIME.finditer(text):
        phrase = m.group(0)
        value = m.group(2)
        resolved = ""
        if value.isdigit():
            resolved = value
        elif published and value.split()[0].lower() in _MONTHS:
            month = _MONTHS.index(value.split()[0].lower()) + 1
            parts = value.split()
            year = int(parts[1]) if len(parts) > 1 else (
                published.year if month <= published.month else published.year - 1)
            resolved = f"{year:04d}-{month:02d}"
        elif published and value == "year" and m.group(1) == "last":
            resolved = str(published.year - 1)
        out.append(f"{phrase} ({resolved})" if resolved else phrase)
    return out


def _concrete(view: View, lex: Lex) -> list[Toponym]:
    """Places of a sentence that a later "there" or "nearby" can point back to.

    Countries that act ("Russia would establish") and capitals used for their
    government are not places here.
    """
    if view.concrete is not None:
        return view.concrete
    text = view.sentence.text
    base = view.sentence.start
    metonyms = {s for s, _ in view.hits.get("metonyms", ())}
    out: list[Toponym] = []
    seats: list[Toponym] = []
    for t in places_of(view, lex):
        s = t.start - base
        locative = lex.rx.locative_before.search(text[max(0, s - 30) : s])
        if s in metonyms and not locative:
            continue
        if lex.rx.overflight.search(text, max(0, s - 12), s):
            continue  # "flew missions over Vietnam ... lived there": not the place meant
        if lex.rx.speaker_in.search(text, max(0, s - 40), s):
            seats.append(t)  # "according to two officials in Tallinn": where the sources sit,
            continue  # the antecedent only when no other place is named
        if lex.rx.far_from.search(text, max(0, s - 40), s):
            seats.append(t)  # "remains at Jindires, about 20 km south-west of Afrin": a
            continue  # reference point, which a later "there" means only when alone
        if t.kind == "country" and (not locative or text[t.end - base : t.end - base + 2] in (
            "'s", "’s"
        )):
            continue
        out.append(t)
    view.concrete = seats + out  # a later "there" takes the last place, a seat only if alone
    return view.concrete


def _not_references(view: View, places: list[Toponym], lex: Lex) -> list[Toponym]:
    """The places without those that only locate the one before ("Al Qabw, west of Homs")."""
    text, base = view.sentence.text, view.sentence.start
    out = []
    for k, t in enumerate(places):
        gap = text[places[k - 1].end - base : t.start - base] if k else ""
        m = lex.rx.landmark_after.match(gap) if gap.startswith(",") else None
        if m is None or gap[m.end() :].strip() not in ("", "the"):
            out.append(t)
    return out or places


def _pick(places: list[Toponym]) -> Toponym | None:
    """The most specific of some places, the last one among equals."""
    if not places:
        return None
    return min(reversed(places), key=lambda t: _SPECIFIC.get(t.kind, 9))


def _located_town(found: list[Toponym]) -> Toponym:
    """The last of some places, or the town the last one locates.

    "near Exmouth in Western Australia": the town, not the state it is in.
    """
    last = found[-1]
    if len(found) > 1 and last.kind in ("admin", "region"):
        town = found[-2]
        if town.kind in ("city", "site") and town.iso3 == last.iso3 and 0 <= last.start - town.end <= 6:
            return town
    return last


def _resolve_there(views: list[View], lex: Lex) -> None:
    """Add a place for each locative "there": the most specific place named just before.

    Candidates are the places earlier in the sentence, else in the sentence before
    (headings in between are skipped).
    """
    for k, view in enumerate(views):
        text = view.sentence.text
        if "there" not in text and "There" not in text:
            continue
        base = view.sentence.start
        added = []
        for m in _THERE.finditer(text):
            here = _not_references(view, [t for t in _concrete(view, lex) if t.end - base <= m.start()], lex)
            measured = [t for t in here if lex.rx.far_from.search(text, max(0, t.start - base - 40),
                                                                  t.start - base)]
            if here and len(measured) == len(here) and _DEFINITE_SUBJECT.match(text):
                here = _previous_places(views, k, lex) or here  # "The camp, some 40 km north of
                # X, was used by French soldiers who trained units there": the camp's place before
            if not here:  # "withdrawn from the Maldives and will not station troops there"
                here = [t for t in view.tops if t.kind == "country" and t.end - base <= m.start()
                        and lex.rx.country_after_link.search(
                            text, max(0, t.start - base - 20), t.start - base)]
            ref = _pick(here) or _pick(_previous_places(views, k, lex))
            if ref is not None:
                added.append(Toponym(m.start() + base, m.end() + base, ref.name, ref.kind, ref.iso3,
                                     ref.lat, ref.lon, ref.geonameid, ref.place))
        if added:
            view.tops = sorted([*view.tops, *added], key=lambda t: t.start)
            view.places = view.concrete = None


def _section(view: View) -> bool:
    """Whether a line heads a section of a factbox ("TONGA", "UNITED STATES AND FRANCE").

    Upper case only: a scraped "Read more" or "Photo: Reuters" ends no section.
    """
    text = view.sentence.text.strip()
    return not view.sentence.boilerplate and text.isupper() and heading(text)


@functools.cache
def _site_again() -> re.Pattern[str]:
    """A site named again by its noun alone: "left the strip on Saturday"."""
    nouns = sorted(lexicon.grammar()["described_site_nouns"], key=len, reverse=True)
    return re.compile(rf"\bthe\s+({'|'.join(map(re.escape, nouns))})\b", re.IGNORECASE)


def _previous_places(views: list[View], k: int, lex: Lex) -> list[Toponym]:
    """The concrete places of the sentence before ``k``, looking past headings.

    Places inside a temporal clause ("stationed in Honiara since November, when riots
    hit the capital's Chinatown") are backdrop, unless the sentence has no other. A
    sentence whose places only measure its definite subject ("The airfield, about 70 km
    west of Osh, has served ...") is passed over for the one before, unless none has any.
    """
    fallback: list[Toponym] = []
    relayed = ""  # the noun of a sentence passed over that names the site only as "the strip"
    for j in range(k - 1, -1, -1):
        concrete = _concrete(views[j], lex)
        text, base = views[j].sentence.text, views[j].sentence.start
        again = _site_again().search(text) if not concrete and not relayed and j == k - 1 else None
        if again:  # "... from the Nafurah airstrip. The last flight left the strip on Saturday.
            relayed = again.group(1)  # About 50 Emiratis had been based there": the airstrip
            continue
        if relayed and not re.search(rf"{re.escape(relayed)}\b", text, re.IGNORECASE):
            return fallback  # the site named before is another one
        event = lex.rx.event_clause.search(text) if concrete else None
        told = [t for t in concrete if event is None or t.start < base + event.start()] or concrete
        if concrete and not fallback and _DEFINITE_SUBJECT.match(text) and all(
                lex.rx.far_from.search(text, max(0, t.start - base - 40), t.start - base) for t in told):
            fallback = concrete  # "The airfield, about 70 km west of Osh, has served ...": the
            continue  # airfield named before, not the town its distance is measured from
        if concrete or re.search(r"[.!?\"”’]\s*$", text):
            return _not_references(views[j], told, lex) or fallback
    return fallback


_DEFINITE_SUBJECT = re.compile(r"[\s\"“]*The\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s")  # "The camp, some 40 km"
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:from|in|at|near|into|inside|across|out\s+of)\s+(?:(?:the|a|an|two|three|four|several|some|\d+)\s+)?$",
    re.IGNORECASE)


def _topic_operator(raws: list[Raw], article: Article, views: list[View],
                    gaz: Gazetteer, lex: Lex) -> str:
    """The article's main operator: its claims, then its title and opening sentence.

    A demonym or a possessive ("Russian", "Moscow's") counts more than a bare country
    name; speakers and places do not count, nor do countries that only host claims.
    """
    counts: dict[str, float] = defaultdict(float)
    # once per sentence, however many places it lists; in text order, so that a tie goes
    # to the operator named first whatever the hash seed
    for _, operator in sorted({(r.sentence.start, r.operator) for r in raws if not r.host_own}):
        counts[operator] += 2
    hosts = {r.top.iso3 for r in raws} - {r.operator for r in raws}
    heads: list[View] = []
    if article.title.strip():
        heads.append(title_view(article.title, gaz, lex))
    opening = next((v for v in views if not v.sentence.boilerplate), None)
    if opening is not None:
        heads.append(opening)
    for view in heads:
        found = anchors(view, lex, places_of(view, lex))
        for o in operators(view, lex):
            if o.speaker or o.locative or (o.how == "demonym" and _LOCATIVE_BEFORE.search(
                    view.sentence.text, max(0, o.start - 30), o.start)):
                continue  # "Turkey pulls troops from two Syrian hilltop posts": where, not whose
            weight = 0.5
            if o.how in ("demonym", "organisation") or o.possessive:
                weight = 1.5
            if any(0 <= a.start - o.end <= 25 for a in found):
                weight += 1.0
            counts[o.iso3] += weight
    for iso3 in hosts:
        counts.pop(iso3, None)
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0.0))
    return best[0] if best[1] > 0 else ""


def _main_country(views: list[View], others: frozenset[str]) -> Toponym | None:
    """The country the article names most, when it names it three times as often as ``others``.

    "the capital" in a story about Moldova is Chisinau, even after a trip to Brussels.
    """
    named = [t for v in views for t in v.tops if t.iso3 and t.confident and t.kind in (
        "country", "demonym", "city", "admin", "site")]
    counts = collections.Counter(t.iso3 for t in named)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    if n < 3 or any(n < 3 * counts[o] for o in others):
        return None
    return next(t for t in named if t.iso3 == top)


def _read_sentences(views: list[View], article: Article, gaz: Gazetteer,
                    lex: Lex) -> list[list[Raw]]:
    """Read the sentences in order, each able to look back at what was named before it.

    "The base" points back to the last base named in the three sentences before;
    "nearby" and "at the port" to the last concrete place in the two before (a
    country only when it is a city-state, "Djibouti"). When the sentence names the
    host ("Sudan agreed to host the base"), the antecedent must lie in it, up to five
    sentences back. The lookup runs only for sentences that need it.
    """
    year = article.published.year if article.published else None
    out: list[list[Raw]] = []

    def candidates(j: int, kind: str) -> list[Toponym]:
        view = views[j]
        if kind == "island":  # "on the island": the island country the article named
            return [t for t in view.tops if t.kind in ("country", "demonym") and t.iso3 in island_countries()]
        if kind == "site":
            found = [r.top for r in out[j] if r.top.kind in ("site", "city") and (
                r.base or lex.based.intersection(c.lower() for c in r.status_cues))]  # "based at Tapa"
            found += [t for t in view.tops if t.kind == "site" and not civil(t)]
            return sorted(found, key=lambda t: t.start)
        concrete = [city_state(gaz, t, lex) for t in _concrete(view, lex) if t.kind != "region"]
        return [t for t in concrete if t.kind != "country"]

    def antecedent(k: int, kind: str, hosts: frozenset[str]) -> Toponym | None:
        memory = {"site": SITE_MEMORY, "island": len(views)}.get(kind, PLACE_MEMORY)
        reach = HOST_MEMORY if hosts else memory
        for j in range(k - 1, max(-1, k - 1 - reach), -1):
            found = [t for t in candidates(j, kind) if not hosts or t.iso3 in hosts]
            if found:
                return _located_town(found)
            if kind != "island" and not out[j] and _section(views[j]):
                return None  # "TONGA": a new section, whose sentences do not point back past it
        return None

    def owned_base(k: int, ops: frozenset[str]) -> tuple[Toponym, str] | None:
        for j in range(k - 1, max(-1, k - 1 - OWNER_MEMORY), -1):
            found = [(r.top, r.operator) for r in out[j] if r.base and r.operator in ops
                     and r.top.kind in ("site", "city")]
            if found:
                return found[-1]
            if any(r.base and r.carried and not r.operator and r.top.kind in ("site", "city")
                   for r in out[j]):
                return None  # "the handover of a camp at Ke-Macina. ... gave the camp to": that
                # camp, whose operator is carried, not an older one of the named operator
        return None

    def owned_place(k: int, ops: frozenset[str], *, present: bool = False,
                    others: bool = False) -> tuple[Toponym, str] | None:
        for j in range(k - 1, max(-1, k - 1 - OWNER_MEMORY), -1):
            found = [(r.top, r.operator) for r in out[j]
                     if (r.operator and r.operator not in ops if others else r.operator in ops)
                     and r.top.kind in ("site", "city")
                     and not (present and r.status in ("proposed", "denied"))]
            if found:
                return found[-1]
            if not out[j] and _section(views[j]):
                return None  # a new section
        return None

    def named_with(k: int, noun: str) -> Toponym | None:
        for j in range(k - 1, -1, -1):  # the whole article: "the airport" is the one it named
            text, base = views[j].sentence.text, views[j].sentence.start
            for t in reversed(views[j].tops):
                if t.kind not in ("city", "site", "admin"):
                    continue
                after = lex.rx.facility_after.match(text, t.end - base)
                before = lex.rx.facility_before.search(text[max(0, t.start - base - 30) : t.start - base])
                surface = text[t.start - base : t.end - base].lower()
                if any(m is not None and m.group(1).lower() == noun for m in (after, before)) or (
                        surface.endswith(f" {noun}")):  # "Mukalla airport", a site's own name
                    return t
        return None

    def noun_place(k: int, noun: str, hosts: frozenset[str]) -> Toponym | None:
        for j in range(k - 1, max(-1, k - 1 - SITE_MEMORY), -1):
            text, base = views[j].sentence.text, views[j].sentence.start
            ends = [e for s, e in views[j].hits.get("presence_nouns", ())
                    if norm_phrase(text[s:e]).split()[-1] == noun]
            if ends:
                after = [r.top for r in out[j] if r.top.kind in ("site", "city")
                         and 0 <= r.top.start - base - ends[-1] <= NOUN_PLACE_CHARS
                         and (not hosts or r.top.iso3 in hosts)]
                return min(after, key=lambda t: t.start) if after else None
            if candidates(j, "site"):
                return None  # a base named since: "the base" is that one
        return None

    elliptic = frozenset(lex.grammar["elliptic_base_nouns"])  # "military posts ... One post would"
    forces = False  # whether the last sentence named forces
    bases: list[bool] = []  # whether each sentence so far named bases
    named_before: list[str] = []  # each sentence so far that named forces, lower case ("" if not)
    sheltered: frozenset[str] = frozenset()  # civilians' camps the sentence before named
    table: str | None = None  # the operator of the table or list being read ("" for the discourse's)
    for k, view in enumerate(views):
        if view.sentence.boilerplate:
            out.append([])
            bases.append(False)
            continue
        ctx = Context(functools.partial(antecedent, k), year, functools.partial(owned_base, k),
                      forces, functools.partial(owned_place, k), bases_before=any(bases[-2:]),
                      forces_recent=" ".join(named_before[-DEFINITE_REACH:]), sheltered_before=sheltered,
                      sentence_before=views[k - 1].sentence.text if k else "",
                      main_country=functools.partial(_main_country, views),
                      named_with=functools.partial(named_with, k),
                      noun_place=functools.partial(noun_place, k))
        text = view.sentence.text
        sheltered = frozenset(noun for s, e in view.hits.get("presence_nouns", ())
                              if (noun := norm_phrase(text[s:e])) in lex.rx.shelter
                              and sheltering(text, s, e, lex))
        heads = [norm_phrase(text[s:e]).split()[-1] for s, e in view.hits.get("presence_nouns", ())]
        bases.append(any(h in lex.base_words or h.removesuffix("s") in elliptic for h in heads))
        nouns = (*view.hits.get("presence_nouns", ()), *view.hits.get("force_gates", ()))
        named = any(norm_phrase(text[s:e]) in lex.force_words for s, e in nouns) or any(
            text[s:e] in lex.force_organisations for s, e in view.hits.get("organisations", ()))
        # "... will send a battery. The Pentagon did not say where the battery would be
        # deployed. Officials said it was likely to be positioned near X": still those forces
        forces = named or (forces and bool(lex.rx.definite_unit.search(text)))
        named_before.append(text.lower() if named else "")
        raws = sentence_claims(view, ctx, gaz, lex)
        item = "|" in text or text[:2] in BULLETS
        if table is not None and item:
            seen = {(r.top.start, r.operator) for r in raws}
            raws += [r for r in table_row(view, table, ctx, lex)
                     if (r.top.start, r.operator) not in seen]
            if not raws:
                raws = label_claim(view, table, ctx, lex)
        elif table is None or not item:
            table = table_head(view, lex)
        out.append(raws)
        if any(r.top.kind in ("site", "city") for r in raws):
            bases[-1] = True  # "could operate from the airport at B. A smaller site near T"
    return out


_STATUS_PRIORITY = {"denied": 3, "withdrawn": 2, "proposed": 1, "existing": 0}


def _withdrawn_countries(raws: list[Raw]) -> set[tuple[str, str]]:
    """(operator, host) pairs the article says the operator has left as a whole."""
    return {(r.operator, r.top.iso3) for r in raws
            if r.top.kind == "country" and r.status == "withdrawn"}


def _novel_only(r: Raw) -> bool:
    """Whether a plan rests only on a noun named as new ("new hangars and barracks at Rygge")."""
    words = frozenset(w.lower() for w in lexicon.grammar()["np_plan_adjectives"])
    return r.status == "proposed" and bool(r.status_cues) and all(
        c.split()[0].lower() in words for c in r.status_cues)


def _resumed(later: Raw, earlier: Raw) -> bool:
    """Whether a presence stated after a withdrawal in one sentence is the current state.

    "The U.S. Navy left its air station at Keflavik in 2006, but P-8 aircraft have
    rotated through the airfield since 2016": the later, current presence wins.
    """
    return (later.status == "existing" and earlier.status == "withdrawn"
            and later.top.start > earlier.top.start
            and (later.tense == "current" or "since" in later.status_cues))


def _stated(existing: Raw, plan: Raw) -> bool:
    """Whether a presence stated outright outweighs a plan for the same place in one sentence.

    "U.S. bombers have flown from the base since 2022, and a detachment is due to arrive
    there in 2026": the bombers are there now.
    """
    return existing.status == "existing" and plan.status == "proposed" and (
        existing.tense == "current" or "since" in existing.status_cues
        or any(Lex.get().established.fullmatch(c) for c in existing.status_cues))


_NO_DEMONYM = re.compile(r"no [A-Z]")  # "no Russian soldiers": a cue of the "no <demonym>" rule


def _absence_after_leaving(picks: list[Raw]) -> bool:
    """Whether the only denial of a place states the absence its withdrawal left.

    "The last Russian soldiers left Vaziani ... 'there are no foreign soldiers at
    Vaziani'": no report is refuted, so the place stays withdrawn.
    """
    absence = Lex.get().grammar["absence_cues"]
    denials = [r for r in picks if r.status == "denied"]
    plans = [r.sentence.start for r in picks if r.status == "proposed"]
    forces = Lex.get().force_words
    return any(r.status == "withdrawn" for r in picks) and all(
        r.status_cues and all(c.lower() in absence or _NO_DEMONYM.match(c)
                              or (c.startswith("no ") and c[3:].lower() in forces) for c in r.status_cues)
        and not any(p < r.sentence.start for p in plans)  # a plan reported before is refuted
        for r in denials)


def _present(r: Raw) -> bool:
    """Whether a presence is stated in the present ("runs a test range", "since 2015").

    A withdrawal from the whole country does not reach a site said to be in use now;
    a pluperfect "had been based there since 2011" is no longer the present.
    """
    return r.status == "existing" and (any(
        (c.lower() == "since" and r.tense != "past") or c.lower().startswith("continu")
        or (" " not in c and c.lower().endswith("s") and not c.lower().endswith(("ss", "ions")))
        or c.lower().startswith(("is ", "are "))  # "is keeping a position at X"
        for c in r.status_cues) or _kept_despite(r))


def _kept_despite(r: Raw) -> bool:
    """Whether a sentence keeps a place its own withdrawal leaves out.

    "Britain withdrew the last of its troops from Germany in 2020 but kept a training area
    at Sennelager": the area stayed.
    """
    text = r.sentence.text
    m = Lex.get().rx.kept_despite.search(text, 0, max(0, r.top.start - r.sentence.start))
    return m is not None and any(c.lower() == m.group(1).lower() for c in r.status_cues)


def _dated_past(r: Raw, year: int | None) -> bool:
    """Whether a presence told in the past tense is dated long before the article.

    "In February 1996, French troops raided a chalet where Iranian officers had been
    training agents": over, whatever the verb ("since 1996" would still run).
    """
    if year is None or r.status != "existing" or r.tense != "past":
        return False
    return any(int(m.group(1)) <= year - OLD_YEARS for m in _YEAR.finditer(r.sentence.text))


DATED_PAST_CUE = "past tense, dated long before the article"
OLD_YEARS = 10  # a year this long before the article dates a past-tense presence as over
_YEAR = re.compile(  # "in 1996", "the 1950s", not "since 1996" nor "2000 troops"
    r"(?<!since )(?<!since the )\b(1[89]\d\d|20\d\d)(?:s\b|\b(?!\s*(?:km|miles|metres|troops|soldiers)))")


def _cluster_status(cluster: list[Raw], operator: str, propagate: set[tuple[str, str]],
                    past: dict[str, bool] | None = None,
                    year: int | None = None) -> tuple[str, list[Raw]]:
    """The status of one place in one article, and the sentences that support it.

    A denial wins, then a withdrawal; a presence stated with a cue ("stationed",
    "operates") outweighs plans and hedges about the same place. A place the article
    mentions only in the past, in a country the operator is said to have left, is
    withdrawn. ``past`` remembers, by sentence, whether it names a past era.
    """
    era = Lex.get().rx.past_era
    past = {} if past is None else past
    for r in cluster:
        if r.sentence.text not in past:
            past[r.sentence.text] = bool(era.search(r.sentence.text))
    current = [r for r in cluster if not past[r.sentence.text]]
    if current:
        cluster = current  # a base of the Second World War is background to the present
    by_sentence: dict[int, Raw] = {}
    for r in cluster:
        prev = by_sentence.get(r.sentence.start)
        if prev is None or (_STATUS_PRIORITY[r.status] > _STATUS_PRIORITY[prev.status]
                            and not _resumed(prev, r) and not _stated(prev, r)
                            and not (prev.strong and prev.status == "existing" and _novel_only(r))
                            ) or _resumed(r, prev) or _stated(r, prev):
            by_sentence[r.sentence.start] = r
    picks = sorted(by_sentence.values(), key=lambda r: r.sentence.start)
    statuses = {r.status for r in picks}
    until_year = Lex.get().rx.until_year
    if "denied" in statuses and not _absence_after_leaving(picks):
        top = "denied"
    elif "withdrawn" in statuses and "proposed" in statuses and all(
        any(until_year.search(c) or c.lower() in Lex.get().rx.np_status for c in r.status_cues)
        for r in picks if r.status == "withdrawn"
    ):
        top = "proposed"  # "hosted U.S. aircraft until 2009", "a former US facility", and now a plan
    elif "withdrawn" in statuses:
        top = "withdrawn"
    elif any(r.status == "existing" and r.strong for r in picks):
        top = "existing"
    elif "proposed" in statuses:
        top = "proposed"
    else:
        top = "existing"
    if (top == "existing" and (operator, cluster[0].top.iso3) in propagate
            and not any(r.tense == "current" or _present(r) for r in cluster)
            and cluster[0].top.kind != "country"):
        top = "withdrawn"
    present = [r for r in picks if r.status == "existing"]
    if top == "existing" and present and all(_dated_past(r, year) for r in present):
        top = "withdrawn"
    return top, picks


def _told_together(site: Toponym, town: Toponym, site_said: Sentence, town_said: Sentence) -> bool:
    """Whether the sentence of either place names the other ("at Gurney near Alotau")."""
    words = site_said.text[site.start - site_said.start : site.end - site_said.start].split()
    site_name = " ".join(itertools.takewhile(lambda w: w[:1].isupper(), words))  # "Gurney airport"
    town_name = town_said.text[town.start - town_said.start : town.end - town_said.start]
    return bool(town_name and town_name in site_said.text) or bool(
        site_name and re.search(rf"\b{re.escape(site_name)}\b", town_said.text))


def _same_place(head: Toponym, other: Toponym, said: tuple[Sentence, Sentence] | None = None) -> bool:
    """Whether two claims' places are one; ``said`` holds the sentences that name them."""
    if head.lat is None or other.lat is None or head.lon is None or other.lon is None:
        return False
    if head.place is not None and head.place is other.place:
        return True
    if {head.kind, other.kind} == {"site", "city"} and (head.start, head.end) == (other.start, other.end):
        site, town = (head, other) if head.kind == "site" else (other, head)
        if named_after(site.name, town.name) or (said is not None and airfield_follows(
                said[0].text, town.end - said[0].start)):
            return True  # one mention, snapped to its air base for one anchor ("the Kamina air base")
    if {head.kind, other.kind} == {"site", "city"} and head.name == other.name and any(
            t.town is not None and t.town in (head.place, other.place) for t in (head, other)):
        return True  # "the airport at Ghat" (Ghat Airport, 20 km out) and "at Ghat": one place
    if "region" in (head.kind, other.kind) and head.kind != other.kind and head.name != other.name and (
            head.place is None or other.place is None):
        return False  # "north-west of Aleppo" (a place the text derives) and the air base beside it
    d = haversine_km(head.lat, head.lon, other.lat, other.lon)
    if (head.kind == other.kind == "city" and bool(MEASURED_POINT.match(head.name)) != bool(
            MEASURED_POINT.match(other.name)) and said is not None and said[0].start == said[1].start
            and d <= DERIVED_MERGE_KM):
        return True  # "Birni N'Konni, a market town about 340 km east of Niamey": the point the
        # distance gives is the town the same sentence names (writers round distances)
    if head.kind == other.kind and head.kind in ("site", "city") and head.name != other.name and (
        d > SITE_MERGE_KM
    ):
        return False  # two named sites or towns a few km apart ("Tower 22" and "Al-Tanf")
    if {head.kind, other.kind} == {"site", "city"} and d > SITE_CITY_MERGE_KM:
        site = head if head.kind == "site" else other
        airport = site.place is not None and site.place.kind == "airfield"
        if not airport or d > AIRPORT_CITY_MERGE_KM or (said is not None and not _told_together(
                site, other if site is head else head, *(said if site is head else said[::-1]))):
            return False  # a base and a town 20 km away are two places ("Camp Taji", "Baghdad")
        # (but a town's airport, outside it, is the town's: "the airport in Sokoto ... Sokoto";
        # not Kuwait's airport and a depot outside Al Ahmadi)
    fine = PRECISION[head.kind] in ("site", "city") and PRECISION[other.kind] in ("site", "city")
    return (fine and d <= MERGE_KM) or (head.name == other.name and d <= MERGE_KM) or (
        d <= COARSE_MERGE_KM and "country" not in (head.kind, other.kind))


def _restated_inside(cluster: list[Raw], picks: list[Raw], status: str,
                     clusters: list[list[Raw]], statuses: list[tuple[str, list[Raw]]]) -> bool:
    """Whether every sentence that puts forces in part of a region names a place inside it.

    Only a part named by a direction counts ("northern Helmand"): a region named whole
    is a place of its own, even beside a town inside it.

    The finer place, with the same status, is the claim; the region only locates it.
    """
    head = cluster[0].top
    if head.place is None or not picks or not all(Lex.get().rx.direction_before.search(
            r.sentence.text, 0, r.top.start - r.sentence.start) for r in picks):
        return False
    sentences = {r.sentence.start for r in picks}
    for other, (other_status, other_picks) in zip(clusters, statuses, strict=True):
        fine = other[0].top
        if other is cluster or other_status != status or fine.place is None or PRECISION[
                fine.kind] not in ("site", "city") or fine.iso3 != head.iso3:
            continue
        inside = (fine.place.admin1 == head.place.admin1 if head.place.kind == "admin1" and fine.place.admin1
                  else distance_km(head, fine) <= REGION_INSIDE_KM)  # a site has no division
        if inside:
            sentences -= {r.sentence.start for r in other_picks}
    return not sentences


def _merge(raws: list[Raw], propagate: set[tuple[str, str]],
           centres: dict[str, tuple[float, float]], year: int | None = None) -> list[Claim]:
    """One claim per (operator, place), finest place first.

    A country-level claim is kept only when it adds something: no claim of the same
    operator and status at a site or town in that country, and no denial that only states
    the absence a withdrawal from a place in it, told in the same sentence, left.
    """
    groups: dict[str, list[list[Raw]]] = defaultdict(list)
    ordered = sorted(raws, key=lambda r: (_RANK[PRECISION[r.top.kind]], r.sentence.start))
    for r in ordered:
        clusters = groups[r.operator]
        for cluster in clusters:
            if _same_place(cluster[0].top, r.top, (cluster[0].sentence, r.sentence)):
                cluster.append(r)
                break
        else:
            clusters.append([r])
    claims = []
    past: dict[str, bool] = {}  # sentence -> whether it names a past era
    for operator, clusters in groups.items():
        statuses = [_cluster_status(c, operator, propagate, past, year) for c in clusters]
        fine = {(c[0].top.iso3, st[0]) for c, st in zip(clusters, statuses, strict=True)
                if PRECISION[c[0].top.kind] in ("site", "city")}
        coarse_seen: set[str] = set()
        left = {(r.sentence.start, r.top.iso3) for c in clusters for r in c
                if r.status == "withdrawn" and PRECISION[r.top.kind] in ("site", "city")}
        for cluster, (top_status, picks) in zip(clusters, statuses, strict=True):
            head = cluster[0].top
            precision = PRECISION[head.kind]
            if precision == "country":
                if (head.iso3, top_status) in fine or head.iso3 in coarse_seen:
                    continue
                if top_status == "denied" and all((r.sentence.start, head.iso3) in left
                                                  for r in picks if r.status == "denied"):
                    continue  # "no permanent base in Canada since the Royal Air Force left Goose
                    # Bay": the absence the withdrawal left, told with it
                coarse_seen.add(head.iso3)
            if precision == "region" and head.kind == "region" and head.place is not None and (
                    _directional().match(head.name)) and any(
                st[0] == top_status and PRECISION[c[0].top.kind] in ("site", "city")
                and c[0].top.iso3 == head.iso3 and distance_km(head, c[0].top) <= REGION_KM
                for c, st in zip(clusters, statuses, strict=True)
            ):
                continue  # "a base in northern Australia" restated by "the Tindal air base"
            if precision == "region" and _restated_inside(cluster, picks, top_status, clusters,
                                                          statuses):
                continue  # "serve in northern Helmand, where a company is based in Now Zad"
            if head.lat is None or head.lon is None:
                continue
            place_name = head.place.name if head.kind == "site" and head.place else head.name
            lat, lon = head.lat, head.lon
            if head.kind == "country":  # the middle of the country, not GeoNames' point
                lat, lon = centres.get(head.iso3, (lat, lon))
            claims.append(Claim(
                operator=operator, place=place_name, lat=lat, lon=lon,
                precision=precision, status=top_status,
                evidence=[Evidence(r.sentence.text, r.sentence.start, r.sentence.end, r.status,
                                   r.status_cues) for r in picks],
                host=head.iso3, host_own=any(r.host_own for r in cluster),
                operator_cues=sorted({c for r in cluster for c in r.operator_cues}),
                status_cues=sorted({c for r in picks if r.status == top_status
                                    for c in r.status_cues}) or (
                    [DATED_PAST_CUE] if top_status == "withdrawn" and any(_dated_past(r, year) for r in picks)
                    else []),
                geonameid=head.geonameid,
            ))
    return claims


def _outside_source_name(article: Article, tops: list[Toponym]) -> list[Toponym]:
    """The toponyms that are not part of the publisher's name ("(Azraq Basin Wire)").

    An outlet named after a place ("Caspian Wire", "Tehran Times") says nothing of where
    forces are, in a dateline or a photo credit.
    """
    name = article.source.strip()
    if len(name) < 4 or name not in article.body:
        return tops
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), article.body)]
    return [t for t in tops if not any(a <= t.start and t.end <= b for a, b in spans)]


def extract_article(article: Article, gaz: Gazetteer | None = None) -> list[Claim]:
    """Extract the claims of one article.

    Parameters
    ----------
    article
        A parsed article.
    gaz
        The gazetteer; loaded from the cache when not given.

    Returns
    -------
    list[Claim]
        One claim per (operator, place), each with all of its evidence sentences.

    """
    gaz = gaz or load_gazetteer()
    lex = Lex.get()
    tops = _outside_source_name(article, short_forms(article.body, find_toponyms(article.body, gaz),
                                                     lex.rx))
    views = sentence_views(article, tops, lex)
    _resolve_there(views, lex)
    by_sentence = _read_sentences(views, article, gaz, lex)
    explicit = [r for rs in by_sentence for r in rs if not r.carried]
    topic = _topic_operator(explicit, article, views, gaz, lex)
    raws = carry(by_sentence, topic, views, lex)
    claims = _merge(raws, _withdrawn_countries(raws), gaz.country_centres,
                    article.published.year if article.published else None)
    # broad claims first: a country- or region-level claim can stand only for a broad
    # item, a site for either, so a greedy reader that takes items in order pairs them well
    claims.sort(key=lambda c: -min(_RANK[c.precision], _RANK["region"]))
    for c in claims:
        c.dates = sorted({d for e in c.evidence for d in _dates(e.sentence, article.published)})
    return claims
