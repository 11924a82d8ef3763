"""Claims: which country has, plans, has left, or is said not to have forces where.

For every sentence that is not boilerplate the extractor finds

* anchors: presence nouns ("air base", "troops", "facility") and named military sites;
* operators: demonyms ("Turkish"), countries, capitals used for governments
  ("Moscow's foothold"), armed forces and coalitions ("US-led coalition"), and
  pronouns ("its bases") carried from the sentence's or the article's subject;
* places: resolved toponyms linked to an anchor by a compound ("T4 base"), a
  locative ("naval base in Tartous", "air base near ... Latakia") or a list after
  a copula ("the locations were A and B");
* a status from cue words in the clause: denied, withdrawn, proposed, existing.

Attacks, visits, port calls, tours and inspections are not presence. Claims about
the same operator and place merge into one record carrying all of its evidence.
Every claim records the cues that decided its operator and status.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from geo import lexicon
from geo._phrases import PhraseIndex
from geo.gazetteer import Gazetteer
from geo.gazetteer import load as load_gazetteer
from geo.load import Article, Sentence
from geo.toponyms import Toponym, find_toponyms, haversine_km

STATUSES = ("existing", "proposed", "withdrawn", "denied")
PRECISION = {"site": "site", "city": "city", "admin": "region", "region": "region",
             "country": "country"}
_RANK = {"site": 0, "city": 1, "region": 2, "country": 3}
MERGE_KM = 25.0
SNAP_KM = 40.0
_NEGATION = re.compile(r"\b(not|no|never|n't|nor|without)\s+(\w+\s+){0,2}$", re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(r"\b(its|their|his|her)\s+(\w+[\s-]+){0,3}$", re.IGNORECASE)
_LOCATIVE_TAIL = re.compile(
    r"\b(in|at|near|outside|around|inside|on|from|of|to|into|across|close to|next to|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|"
    r"between|within|over)\s+(the\s+)?((?:port\s+|border\s+|garrison\s+|coastal\s+|nearby\s+|"
    r"northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?(?:city|town|village|port|"
    r"region|province|district|governorate|island|area|port city|capital|coast|airport|"
    r"outskirts|base|bases)\s+of\s+(the\s+)?)?$",
    re.IGNORECASE,
)
_COPULA = re.compile(r"\b(were|was|are|is|include|includes|including|included|:)\b|:",
                     re.IGNORECASE)
_LIST_JOIN = re.compile(
    r"^\s*(,\s*(and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)(the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}[\w-]+(?:'s|’s)\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|\s[-–—]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bwhile\b", re.IGNORECASE)
_HOSTS = re.compile(
    r",?\s*(?:(?:which|that|where)\s+(?:\w+\s+){0,2}?|[^,;]{0,40},\s*(?:\w+\s+)?)"
    r"(?:hosts|houses|host|house|is home to|"
    r"are stationed|is stationed|are based|is based)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}",
    re.IGNORECASE,
)
_LANDMARK = re.compile(
    r"^\s*,?\s*(?:near|outside|close to|next to|(?:north|south|east|west|northeast|northwest|"
    r"southeast|southwest)(?:ern)?\s+of|in|at)\s+(?:the\s+)?(?:(?:port\s+)?(?:city|town|village)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)
_SEGMENT_START = re.compile(
    r"^\s*(?:(?:which|that|who)\s+(?:\w+\s+){0,2})?"
    r"(?:(?:are|is|were|was|be|been|being|would|will|could|may|might|to|now|still|also|"
    r"mainly|mostly|largely|[a-z]+ed|built|set|up|put|kept|held)\s+)*"
    r"(?:in|at|near|outside|around|inside|on|from|based|stationed|deployed|located|including|"
    r"both|mainly|mostly|notably|such as|close to|next to|(?:north|south|east|west)\w*\s+of)\b",
    re.IGNORECASE,
)
_OP_NP_GAP = re.compile(
    r"^(?:'s|’s|')?\s*(?:[\w-]+\s+){0,3}$"
)
_TIME = re.compile(
    r"\b(since|in|until|from|by|last|early|late|mid)\s+((?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?:\s+\d{4})?|\d{4}|year|month|week|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_LOCATIVE_BEFORE = re.compile(r"\b(in|at|near|outside|around|inside)\s+$", re.IGNORECASE)
_COUNTRY_LINK = re.compile(
    r"^\s*(?:(?:are|is|were|was|be|been|remain|remained|stay|stayed|stationed|based|deployed|"
    r"present|operating|left|withdrawn|withdrew|pulled|out|back)\s+){0,3}"
    r"(?:in|into|across|from|out of|to|inside|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]


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


@dataclass
class _Mention:
    start: int
    end: int
    iso3: str
    how: str  # demonym, country, metonym, organisation
    possessive: bool = False


@dataclass
class _Anchor:
    start: int
    end: int
    text: str
    base: bool


_SCANNED_CUES = ("presence_nouns", "denied", "withdrawn", "proposed", "existing", "non_presence",
                 "hypothetical", "current", "stationing")


class _Lex:
    """Compiled lexicon patterns, built once per process."""

    _inst: _Lex | None = None

    def __init__(self) -> None:
        self.cues = lexicon.cues()
        self.metonyms = lexicon.metonyms()
        self.organisations = lexicon.organisations()
        self.index = PhraseIndex({k: self.cues[k].phrases for k in _SCANNED_CUES},
                                 {"metonyms": self.metonyms, "organisations": self.organisations})
        self.base_words = frozenset(" ".join(p.lower().split()) for p in self.cues["base_words"].phrases)
        self.vessels = frozenset(" ".join(p.lower().split()) for p in self.cues["vessels"].phrases)
        self.snap_cache: dict[tuple[float, float, str], int | None] = {}
        self.city_cache: dict[tuple[str, str], int | None] = {}

    @classmethod
    def get(cls) -> _Lex:
        if cls._inst is None:
            cls._inst = cls()
        return cls._inst


@dataclass
class _View:
    """One sentence with its toponyms and lexicon hits (offsets relative to the sentence)."""

    sentence: Sentence
    tops: list[Toponym]
    hits: dict[str, list[tuple[int, int]]]

    def words(self, name: str) -> list[tuple[int, int, str]]:
        text = self.sentence.text
        return [(s, e, text[s:e]) for s, e in self.hits.get(name, ())]


def _views(article: Article, tops: list[Toponym], lex: _Lex) -> list[_View]:
    """Scan the body once and bucket toponyms and lexicon hits by sentence."""
    found = lex.index.scan(article.body)
    sentences = article.sentences
    starts = [s.start for s in sentences]
    hits: list[dict[str, list[tuple[int, int]]]] = [defaultdict(list) for _ in sentences]
    for name, spans in found.items():
        for s, e in spans:
            i = bisect_right(starts, s) - 1
            if i >= 0 and e <= sentences[i].end:
                base = sentences[i].start
                hits[i][name].append((s - base, e - base))
    by_sentence: list[list[Toponym]] = [[] for _ in sentences]
    for t in tops:
        i = bisect_right(starts, t.start) - 1
        if i >= 0 and t.end <= sentences[i].end:
            by_sentence[i].append(t)
    return [_View(s, ts, h) for s, ts, h in zip(sentences, by_sentence, hits, strict=True)]


def _operators(view: _View, lex: _Lex) -> list[_Mention]:
    text = view.sentence.text
    base = view.sentence.start
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for s, e, w in view.words("organisations"):
        out.append(_Mention(s, e, lex.organisations[w], "organisation"))
        taken.append((s, e))
    for t in view.tops:
        s, e = t.start - base, t.end - base
        if any(a <= s < b for a, b in taken):
            continue
        if t.kind == "demonym":
            out.append(_Mention(s, e, t.iso3, "demonym"))
        elif t.kind == "country":
            out.append(_Mention(s, e, t.iso3, "country", text[e : e + 2] in ("'s", "’s")))
    for s, e, w in view.words("metonyms"):
        if any(a <= s < b for a, b in taken) or any(o.start <= s < o.end for o in out):
            continue
        if _LOCATIVE_BEFORE.search(text[max(0, s - 12) : s]):
            continue  # a place here, not the government
        out.append(_Mention(s, e, lex.metonyms[w], "metonym", text[e : e + 2] in ("'s", "’s")))
    out.sort(key=lambda m: m.start)
    return out


def _anchors(view: _View, lex: _Lex) -> list[_Anchor]:
    return [_Anchor(s, e, w, " ".join(w.lower().split()) in lex.base_words)
            for s, e, w in view.words("presence_nouns")]


def _cue_hits(name: str, view: _View, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    text = view.sentence.text
    hi = len(text) if hi is None else hi
    hits = []
    for s, e, w in view.words(name):
        if s < lo or e > hi:
            continue
        if name in ("withdrawn", "proposed", "existing") and _NEGATION.search(text[max(lo, s - 25) : s]):
            continue
        hits.append((s, e, w))
    return hits


def _linked(text: str, anchor: _Anchor, p_start: int, p_end: int, prev_linked: int | None) -> bool:
    """Whether the place at ``text[p_start:p_end]`` is where the anchor is."""
    if p_end <= anchor.start:
        gap = text[p_end : anchor.start]
        if _HOSTS.fullmatch(gap):
            return True
        return bool(re.fullmatch(r"(?:'s|’s)?\s*(?:[\w'’-]+\s+){0,2}", gap)) and "," not in gap
    if p_start >= anchor.end:
        gap = text[anchor.end : p_start]
        if not gap.strip():
            return True
        if len(gap) > 110 or _CLAUSE_BREAK.search(gap):
            return False
        if prev_linked is not None and _LIST_JOIN.match(text[prev_linked:p_start]):
            return True
        if _LOCATIVE_TAIL.search(gap):
            if "," in gap:
                last = gap.rsplit(",", 1)[-1]
                return bool(_SEGMENT_START.match(last)) and len(last) <= 50
            return len(gap) <= 70
        return bool(_COPULA.search(gap)) and len(gap) <= 60
    return True  # the anchor is inside the name ("Tartus naval base")


def _sentence_status(view: _View, lo: int, hi: int, *, owned: bool) -> tuple[str, list[str]]:
    n = len(view.sentence.text)
    scope = (max(0, lo - 60), min(n, hi + 40))
    denied = _cue_hits("denied", view)
    if denied:
        return "denied", [w for _, _, w in denied]
    withdrawn = _cue_hits("withdrawn", view, *scope)
    if withdrawn:
        return "withdrawn", [w for _, _, w in withdrawn]
    proposed = _cue_hits("proposed", view, *scope)
    if proposed and not owned:
        return "proposed", [w for _, _, w in proposed]
    existing = _cue_hits("existing", view, *scope)
    return "existing", [w for _, _, w in existing] or (["possessive"] if owned else [])


def _dates(text: str, published: dt.date | None) -> list[str]:
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


@dataclass
class _Raw:
    operator: str
    top: Toponym
    sentence: Sentence
    status: str
    status_cues: list[str]
    operator_cues: list[str]
    host_own: bool
    current: bool = False


def _city_state(gaz: Gazetteer, top: Toponym, lex: _Lex) -> Toponym:
    """"Djibouti", "Kuwait", "Singapore": a claim there is about the capital city."""
    if top.kind != "country":
        return top
    ckey = (top.name, top.iso3)
    if ckey not in lex.city_cache:
        key = gaz.key_of(top.name)
        cities = [] if key is None else [
            i for i in gaz.candidates(key)
            if gaz.kind[i] == "city" and gaz.iso3[i] == top.iso3
            and int(gaz.population[i]) >= 100_000
        ]
        lex.city_cache[ckey] = max(cities, key=lambda i: int(gaz.population[i])) if cities else None
    idx = lex.city_cache[ckey]
    if idx is None:
        return top
    place = gaz.place(idx)
    return Toponym(top.start, top.end, top.name, "city", place.iso3, place.lat, place.lon,
                   place.geonameid, place)


def _nearest_site(gaz: Gazetteer, lat: float, lon: float, want: str) -> int | None:
    best = None
    for i in gaz.site_ids:
        d = haversine_km(lat, lon, float(gaz.lat[i]), float(gaz.lon[i]))
        detail = gaz.detail[i].lower()
        if d <= SNAP_KM and (want in detail or (want == "air" and "airfield" in detail)) and (
            best is None or d < best[0]
        ):
            best = (d, i)
    return None if best is None else best[1]


def _snap_to_site(gaz: Gazetteer, top: Toponym, anchor: _Anchor, lex: _Lex) -> Toponym:
    """Replace a city by the military site of the anchor's kind nearest to it."""
    if top.kind not in ("city", "admin") or not anchor.base or top.lat is None or top.lon is None:
        return top
    word = anchor.text.lower()
    want = "naval" if ("naval" in word or "port" in word) else "air" if (
        "air" in word or "airport" in word or "airfield" in word) else ""
    if not want:
        return top
    key = (top.lat, top.lon, want)
    if key not in lex.snap_cache:
        lex.snap_cache[key] = _nearest_site(gaz, top.lat, top.lon, want)
    idx = lex.snap_cache[key]
    if idx is None:
        return top
    place = gaz.place(idx)
    return Toponym(top.start, top.end, place.name, "site", place.iso3, place.lat, place.lon,
                   None, place)


def _drop_landmarks(text: str, base: int, linked: list[Toponym]) -> list[Toponym]:
    """In "A near B", keep A when it is a named site, else B (A is then vague)."""
    out = list(linked)
    for a, b in itertools.pairwise(linked):
        if _LANDMARK.match(text[a.end - base : b.start - base]):
            drop = b if a.kind == "site" else a
            if drop in out:
                out.remove(drop)
    return out


def _sentence_claims(view: _View, carried: str, gaz: Gazetteer, lex: _Lex) -> list[_Raw]:
    sentence = view.sentence
    tops = view.tops
    text = sentence.text
    base = sentence.start
    anchors = _anchors(view, lex)
    if not anchors and not any(t.kind == "site" for t in tops):
        return []
    ops = _operators(view, lex)
    places = [t for t in tops if t.kind in ("site", "city", "admin", "region", "country")
              and not (t.place is not None and t.place.kind in ("continent", "sea"))
              and not (t.kind == "region" and not t.iso3)]
    op_spans = {(o.start, o.end) for o in ops if o.how in ("metonym", "organisation")}
    noun_starts = {s for s, _ in view.hits.get("presence_nouns", ())}
    places = [t for t in places if not (
        t.kind == "country" and t.end - base + 1 in noun_starts
        and text[t.end - base : t.end - base + 1] == " "
    )]
    places = [t for t in places if (t.start - base, t.end - base) not in op_spans]
    for t in places:
        if t.kind == "site":
            anchors.append(_Anchor(t.start - base, t.end - base, t.name, True))
    if not anchors or not places:
        return []
    non_presence = view.words("non_presence")
    hypothetical = view.words("hypothetical")
    stationing = bool(view.hits.get("stationing"))
    current = bool(view.hits.get("current"))
    owned_anchors = {a.start for a in anchors
                     if _POSSESSIVE_PRONOUN.search(text[max(0, a.start - 40) : a.start])}
    out: list[_Raw] = []
    for anchor in anchors:
        linked: list[Toponym] = []
        prev_end: int | None = None
        for t in sorted(places, key=lambda t: t.start):
            ps, pe = t.start - base, t.end - base
            if t.kind == "site" and not (ps == anchor.start and pe == anchor.end) and ps < anchor.start:
                continue
            if t.kind == "country" and pe <= anchor.start and not _HOSTS.fullmatch(
                text[pe : anchor.start]
            ):
                continue
            if (t.kind == "site" and ps == anchor.start) or _linked(text, anchor, ps, pe, prev_end):
                if t.kind == "site" and ps != anchor.start and ps > anchor.end and not (
                    _LOCATIVE_TAIL.search(text[anchor.end : ps]) or prev_end is not None
                ):
                    continue
                linked.append(t)
                prev_end = pe
            elif prev_end is not None and ps > prev_end and not _LIST_JOIN.match(text[prev_end:ps]):
                prev_end = None
        linked = _drop_landmarks(text, base, linked)
        if not linked:
            continue
        owned = anchor.start in owned_anchors or any(
            a < anchor.start and not _CLAUSE_BREAK.search(text[a:anchor.start])
            for a in owned_anchors
        )
        # Operators: in the noun phrase, then the sentence, then carried from the article.
        np_ops = [o for o in ops if o.end <= anchor.start
                  and _OP_NP_GAP.match(text[o.end : anchor.start])
                  and "," not in text[o.end : anchor.start]]
        chosen: list[_Mention] = [o for o in ops if anchor.start <= o.start and o.end <= anchor.end]
        if np_ops and not chosen:
            last = np_ops[-1]
            chosen = [o for o in np_ops if o is last or re.fullmatch(
                r"\s*(?:-|and|/|,)\s*(?:the\s+)?", text[o.end : last.start])]
            owned = owned or any(o.possessive for o in chosen)
        for t in linked:
            place_top = _snap_to_site(gaz, _city_state(gaz, t, lex), anchor, lex) if t.kind != "site" else t
            host = place_top.iso3
            if chosen:
                op_codes = [(o.iso3, f"noun phrase: {text[o.start:o.end]}", o) for o in chosen]
            else:
                others = [o for o in ops if o.iso3 != host]
                pick = [o for o in others if o.end <= anchor.start][:1]
                op_codes = [(o.iso3, f"sentence: {text[o.start:o.end]}", o) for o in pick]
                if not op_codes and carried and carried != host:
                    op_codes = [(carried, "carried from the article's subject", None)]
            ps, pe = t.start - base, t.end - base
            lo, hi = min(anchor.start, ps), max(anchor.end, pe)
            deictic = text[t.start - base : t.end - base].lower() == "there"
            explicit_op = bool(chosen) or any(cue.startswith("sentence") for _, cue, _ in op_codes)
            link_gap = text[anchor.end : t.start - base]
            if place_top.kind == "country" and not deictic and (
                not explicit_op or t.start - base < anchor.end
                or not _COUNTRY_LINK.match(link_gap)
                or (anchor.base and re.search(r"\bto\s+(?:the\s+)?$", link_gap))
            ):
                continue  # country-level presence needs "Turkish bases in Syria"
            for iso3, op_cue, op_pos in op_codes:
                explicit_own = bool(chosen) and host == iso3 and bool(
                    re.search(r"'s|’s|own|national", text[max(0, anchor.start - 30) : anchor.start])
                )
                if host == iso3 and (place_top.kind == "country" or not explicit_own):
                    continue
                span_lo = min(lo, op_pos.start) if op_pos else lo
                span_hi = max(hi, op_pos.end) if op_pos else hi
                np_lo = lo
                if op_pos is not None and op_pos.start < anchor.start:
                    np_lo = span_lo
                if any(np_lo - 25 <= s and e <= hi + 5 and not _CLAUSE_BREAK.search(text[e:lo])
                       for s, e, _ in non_presence):
                    continue
                if " ".join(anchor.text.lower().split()) in lex.vessels and not stationing:
                    continue  # warships calling at a port are visiting, not based there
                if any(span_lo - 40 <= s <= span_hi for s, _, _ in hypothetical):
                    continue
                status, status_cues = _sentence_status(view, span_lo, span_hi, owned=owned)
                out.append(_Raw(iso3, place_top, sentence, status, status_cues, [op_cue],
                                explicit_own, current))
    return out


def _topic_operator(raws: list[_Raw], article: Article, views: list[_View], gaz: Gazetteer,
                    lex: _Lex) -> str:
    """The article's main operator: its claims, then its title and opening sentence.

    A demonym or a possessive ("Russian", "Moscow's") counts more than a bare country
    name, and countries that only host claims in the article do not count.
    """
    counts: Counter[str] = Counter()
    for r in raws:
        if not r.host_own:
            counts[r.operator] += 2
    hosts = {r.top.iso3 for r in raws} - {r.operator for r in raws}
    heads: list[_View] = []
    if article.title.strip():
        title = Sentence(0, len(article.title), article.title)
        heads.append(_View(title, find_toponyms(article.title, gaz), lex.index.scan(article.title)))
    opening = next((v for v in views if not v.sentence.boilerplate), None)
    if opening is not None:
        heads.append(opening)
    for view in heads:
        anchors = _anchors(view, lex)
        for o in _operators(view, lex):
            weight = 0.5
            if o.how in ("demonym", "organisation") or o.possessive:
                weight = 1.5
            if any(0 <= a.start - o.end <= 25 for a in anchors):
                weight += 1.0
            counts[o.iso3] += weight
    for iso3 in hosts:
        counts.pop(iso3, None)
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else ""


_STATUS_PRIORITY = {"denied": 3, "withdrawn": 2, "proposed": 1, "existing": 0}


def _withdrawn_countries(raws: list[_Raw]) -> set[tuple[str, str]]:
    """(operator, host) pairs the article says the operator has left as a whole."""
    return {(r.operator, r.top.iso3) for r in raws
            if r.top.kind == "country" and r.status == "withdrawn"}


def _cluster_status(cluster: list[_Raw], operator: str,
                    propagate: set[tuple[str, str]]) -> tuple[str, list[_Raw]]:
    """The status of one place in one article, and the sentences that support it."""
    by_sentence: dict[int, _Raw] = {}
    for r in cluster:
        prev = by_sentence.get(r.sentence.start)
        if prev is None or _STATUS_PRIORITY[r.status] > _STATUS_PRIORITY[prev.status]:
            by_sentence[r.sentence.start] = r
    picks = sorted(by_sentence.values(), key=lambda r: r.sentence.start)
    top_status = max(picks, key=lambda r: _STATUS_PRIORITY[r.status]).status
    if (top_status == "existing" and (operator, cluster[0].top.iso3) in propagate
            and not any(r.current for r in picks)
            and cluster[0].top.kind != "country"):
        top_status = "withdrawn"
    return top_status, picks


def _merge(raws: list[_Raw], propagate: set[tuple[str, str]] | None = None) -> list[Claim]:
    groups: dict[str, list[list[_Raw]]] = defaultdict(list)
    ordered = sorted(raws, key=lambda r: (_RANK[PRECISION[r.top.kind]], r.sentence.start))
    for r in ordered:
        clusters = groups[r.operator]
        for cluster in clusters:
            head = cluster[0].top
            same_precise = PRECISION[head.kind] in ("site", "city") and PRECISION[r.top.kind] in (
                "site", "city")
            if head.lat is None or r.top.lat is None or head.lon is None or r.top.lon is None:
                continue
            d = haversine_km(head.lat, head.lon, r.top.lat, r.top.lon)
            if (same_precise and d <= MERGE_KM) or (head.place is r.top.place) or (
                head.name == r.top.name and d <= MERGE_KM
            ):
                cluster.append(r)
                break
        else:
            clusters.append([r])
    claims = []
    for operator, clusters in groups.items():
        statuses = [_cluster_status(c, operator, propagate or set()) for c in clusters]
        fine = {(c[0].top.iso3, st[0]) for c, st in zip(clusters, statuses, strict=True)
                if PRECISION[c[0].top.kind] in ("site", "city")}
        coarse_seen: set[str] = set()
        for cluster, (top_status, picks) in zip(clusters, statuses, strict=True):
            head = cluster[0].top
            precision = PRECISION[head.kind]
            if precision in ("region", "country"):
                host = head.iso3 or head.name
                if (head.iso3, top_status) in fine or host in coarse_seen:
                    continue
                coarse_seen.add(host)
            assert head.lat is not None and head.lon is not None
            place_name = head.place.name if head.kind == "site" and head.place else head.name
            claims.append(Claim(
                operator=operator, place=place_name, lat=head.lat, lon=head.lon,
                precision=precision, status=top_status,
                evidence=[Evidence(r.sentence.text, r.sentence.start, r.sentence.end, r.status,
                                   r.status_cues) for r in picks],
                host=head.iso3, host_own=any(r.host_own for r in cluster),
                operator_cues=sorted({c for r in cluster for c in r.operator_cues}),
                status_cues=sorted({c for r in picks if r.status == top_status
                                    for c in r.status_cues}),
                geonameid=head.geonameid,
            ))
    return claims


_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|could|may|might|"
                    r"must|should|seems?|appears?|remains?)\b)", re.IGNORECASE)


def _resolve_there(article: Article, tops: list[Toponym]) -> list[Toponym]:
    """Add a mention for each locative "there", pointing at the last place named before it."""
    metonyms = lexicon.metonyms()
    places = [
        t for t in tops
        if t.kind in ("site", "city", "admin", "region", "country")
        and not (
            t.name in metonyms
            and not _LOCATIVE_BEFORE.search(article.body[max(0, t.start - 12) : t.start])
        )
    ]
    added = []
    for m in _THERE.finditer(article.body):
        prior = [t for t in places if t.end <= m.start() and m.start() - t.end <= 600]
        if not prior:
            continue
        ref = prior[-1]
        added.append(Toponym(m.start(), m.end(), ref.name, ref.kind, ref.iso3, ref.lat, ref.lon,
                             ref.geonameid, ref.place))
    return sorted([*tops, *added], key=lambda t: t.start)


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
    lex = _Lex.get()
    views = _views(article, _resolve_there(article, find_toponyms(article.body, gaz)), lex)
    raws: list[_Raw] = []
    for view in views:
        if not view.sentence.boilerplate:
            raws.extend(_sentence_claims(view, "", gaz, lex))
    topic = _topic_operator(raws, article, views, gaz, lex)
    if topic:
        done = {r.sentence.start for r in raws}
        for view in views:
            if view.sentence.boilerplate or view.sentence.start in done:
                continue
            raws.extend(_sentence_claims(view, topic, gaz, lex))
    claims = _merge(raws, propagate=_withdrawn_countries(raws))
    for c in claims:
        c.dates = sorted({d for e in c.evidence for d in _dates(e.sentence, article.published)})
    return claims
