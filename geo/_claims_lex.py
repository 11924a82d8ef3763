"""The claim extractor's compiled lexicon and its one pass over an article.

The word lists are data (``data/lexicon/cues.json`` for cue words, ``grammar.json``
for function words and small closed classes). :class:`Lex` compiles them once per
process: the cue lists and proper names into one Aho-Corasick index read once per
article body (:func:`views` buckets its hits by sentence), and the function words
into :class:`~geo._claims_patterns.Patterns`, the small regular expressions and
word-set matchers that judge the text between an anchor, a place and an operator.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from geo import lexicon
from geo._claims_patterns import Patterns, alts, norm_phrase
from geo._errors import DataFileError
from geo._phrases import PhraseIndex
from geo.gazetteer import Gazetteer
from geo.load import Article, Sentence
from geo.toponyms import Toponym, haversine_km

SCANNED_CUES = ("presence_nouns", "denied", "withdrawn", "proposed", "existing", "non_presence",
                "hypothetical", "current", "stationing")


def _with_adverbs(phrases: Iterable[str], g: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The phrases, and those opening with a modal also with an adverb after it.

    "will establish" also matches "will also establish", "would soon deploy".
    """
    modals = {m for m in g["modals"] if " " not in m}
    out = list(phrases)
    for p in phrases:
        first, _, rest = p.partition(" ")
        if first in modals and rest and rest.split()[0] not in g["modal_adverbs"]:
            out += [f"{first} {adverb} {rest}" for adverb in g["modal_adverbs"]]
    return tuple(out)


def _subset(cues: dict[str, lexicon.CuePattern], name: str, of: str) -> re.Pattern[str]:
    """A cue list whose phrases all belong to another, scanned, list: its matcher."""
    extra = {norm_phrase(p) for p in cues[name].phrases} - {norm_phrase(p) for p in cues[of].phrases}
    if extra:
        raise DataFileError("cues.json", f"{name!r} phrases missing from {of!r}: {sorted(extra)!r}")
    return cues[name].regex


class Lex:
    """The compiled lexicon, built once per process (:meth:`get`)."""

    _inst: Lex | None = None

    def __init__(self) -> None:
        self.cues = lexicon.cues()
        self.grammar = lexicon.grammar()
        self.metonyms = lexicon.metonyms()
        self.organisations = lexicon.organisations()
        self.demonyms = lexicon.demonyms()
        self.operator_words = {**self.demonyms, **lexicon.country_aliases()}
        self.index = PhraseIndex(
            {**{k: _with_adverbs(self.cues[k].phrases, self.grammar) for k in SCANNED_CUES},
             "idioms": self.grammar["idioms"],
             "cue_exceptions": [p for p in self.grammar["cue_exceptions"] if "..." not in p],
             "gapped_exceptions": [p for p in self.grammar["cue_exceptions"] if "..." in p],
             "pronouns": self.grammar["pronoun_subjects"],
             "attributed": self.grammar["attributed_descriptions"],
             "organisation_heads": self.grammar["organisation_heads"],
             "non_presence_exceptions": self.grammar["non_presence_exceptions"],
             # words without which no sentence can hold a qualified, partitive or elliptic
             # force ("American batteries", "most of them", "the rest remain in"): they
             # gate the costlier patterns of those readings
             "force_gates": (*self.grammar["qualified_force_nouns"],
                             *self.grammar["elliptic_force_heads"],
                             *self.grammar["elliptic_group_nouns"],
                             *self.grammar["company_nouns"],
                             *self.grammar["located_only_nouns"],
                             *self.grammar["force_gate_words"])},
            {"metonyms": tuple(self.metonyms), "organisations": tuple(self.organisations),
             "multinational": self.grammar["multinational_bodies"]},
        )
        self.base_words = frozenset(norm_phrase(p) for p in self.cues["base_words"].phrases)
        self.aircraft = frozenset(w.lower() for w in self.grammar["aircraft_nouns"])
        self.state_name_words = frozenset(w.lower() for w in self.grammar["state_name_words"])
        self.stop_names = lexicon.stop_names()
        self.force_words = frozenset(norm_phrase(p) for p in self.cues["force_words"].phrases)
        self.based = frozenset(w.lower() for w in self.grammar["segment_participles"])
        self.civilian = frozenset(w.lower() for w in self.grammar["civilian_modifiers"])
        self.pronouns = frozenset(w.lower() for w in self.grammar["pronoun_subjects"])
        self.located_only = frozenset(w.lower() for w in self.grammar["located_only_nouns"])
        self.plain_bases = frozenset(w.lower() for w in self.grammar["plain_base_nouns"])
        self.territories = frozenset(self.grammar["dependent_territories"])
        self.force_organisations = frozenset(self.organisations) - frozenset(
            self.grammar["non_force_organisations"])
        self.weak_proposed = _subset(self.cues, "weak_proposed", "proposed")
        self.weak_existing = _subset(self.cues, "weak_existing", "existing")
        self.established = _subset(self.cues, "established", "existing")
        self.construction = _subset(self.cues, "construction", "proposed")
        self.vessels = frozenset(norm_phrase(p) for p in self.cues["vessels"].phrases)
        self.equipment = self.aircraft | self.vessels | frozenset(self.grammar["small_craft_nouns"])
        # (what can be handed over to another country)
        self.adjectival = frozenset(norm_phrase(p) for p in self.grammar["adjectival_anchors"])
        self.adjectival_heads = re.compile(
            rf"^(?:{alts(self.grammar['adjectival_heads'])})\b", re.IGNORECASE)
        self.anaphoric_bases = frozenset(norm_phrase(p) for p in self.grammar["anaphoric_base_nouns"])
        self.capitalised_non_cues = frozenset(self.grammar["capitalised_non_cues"])
        self.modifier_cues = frozenset(w.lower() for w in self.grammar["modifier_cues"])
        self.trainee_nouns = frozenset(w.lower() for w in self.grammar["trainee_nouns"])
        self.rx = Patterns(self.grammar, (t.lower() for t in lexicon.person_titles()),
                           lexicon.site_prefixes(), lexicon.transliterations().skeleton_articles)
        self.snap_cache: dict[tuple[float, float, str, bool], int | None] = {}
        self.city_cache: dict[tuple[str, str], int | None] = {}
        self.only_site_cache: dict[tuple[str, str], int | None] = {}
        self._title_words: dict[str, tuple[str, str]] | None = None
        self._title_index: PhraseIndex | None = None

    def title_words(self, gaz: Gazetteer) -> dict[str, tuple[str, str]]:
        """Demonyms, country names and short forms, each with its kind and ISO3."""
        if self._title_words is None:
            words = {w: ("country", iso3) for w, iso3 in lexicon.country_aliases().items()}
            for iso3 in set(lexicon.demonyms().values()):
                place = gaz.country(iso3)
                if place is not None:
                    words.setdefault(place.name, ("country", iso3))
            words.update({w: ("demonym", iso3) for w, iso3 in lexicon.demonyms().items()})
            self._title_words = words
        return self._title_words

    def title_index(self, gaz: Gazetteer) -> PhraseIndex:
        """The matcher of :meth:`title_words`, built on first use."""
        if self._title_index is None:
            self._title_index = PhraseIndex({}, {"words": tuple(self.title_words(gaz))})
        return self._title_index

    @classmethod
    def get(cls) -> Lex:
        """The process-wide instance."""
        if cls._inst is None:
            cls._inst = cls()
        return cls._inst


@dataclass
class View:
    """One sentence with its toponyms and lexicon hits (offsets relative to the sentence)."""

    sentence: Sentence
    tops: list[Toponym]
    hits: dict[str, list[tuple[int, int]]]
    places: list[Toponym] | None = None  # cache of places_of()
    concrete: list[Toponym] | None = None  # cache of the article's concrete places
    negated: dict[int, bool] = field(default_factory=dict)  # cue start -> negated
    statuses: dict[tuple[object, ...], tuple[str, list[str], str]] = field(
        default_factory=dict)  # cache of status_of()
    aliases: dict[str, str] = field(default_factory=dict)  # "coalition" -> the one named before
    origins: list[tuple[int, int, int, bool]] | None = None  # cache of origin_spans()
    mentions: list[Any] | None = None  # cache of operators() (Mention objects)
    novelty: list[tuple[int, int, str]] | None = None  # cache of the status's "new base" cues
    verb_starts: set[int] | None = None  # where cue verbs start ("runs", "expelled")
    landed_before: bool = False  # the title or the sentence before tells of an arrival

    def words(self, name: str) -> list[tuple[int, int, str]]:
        """The hits of one list as ``(start, end, text)``."""
        text = self.sentence.text
        return [(s, e, text[s:e]) for s, e in self.hits.get(name, ())]


def views(article: Article, tops: list[Toponym], lex: Lex) -> list[View]:
    """Scan the body once and bucket toponyms and lexicon hits by sentence.

    Parameters
    ----------
    article
        The article.
    tops
        The body's toponyms (offsets into the body).
    lex
        The compiled lexicon.

    Returns
    -------
    list[View]
        One view per sentence, in order.

    """
    found = _clean(lex.index.scan(article.body), article.body, lex)
    aliases = _short_organisations(found, article.body, lex)
    sentences = list_lines(article.sentences)
    starts = [s.start for s in sentences]
    hits: list[dict[str, list[tuple[int, int]]]] = [{} for _ in sentences]
    for name, spans in found.items():
        for s, e in spans:
            k = bisect_right(starts, s) - 1
            if k >= 0 and e <= sentences[k].end:
                base = sentences[k].start
                hits[k].setdefault(name, []).append((s - base, e - base))
    by_sentence: list[list[Toponym]] = [[] for _ in sentences]
    for t in tops:
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and t.end <= sentences[k].end:
            by_sentence[k].append(t)
    arrived = lex.rx.arrived
    told = [bool(arrived.search(article.title))] + [
        bool(arrived.search(s.text)) for s in sentences[:-1]]
    return [View(s, ts, h, aliases=aliases, landed_before=t)
            for s, ts, h, t in zip(sentences, by_sentence, hits, told, strict=True)]


_ITEM = re.compile(r"[ \t]*(?:[-*•–][ \t]|[^\n]*\|)")


def list_lines(sentences: Iterable[Sentence]) -> list[Sentence]:
    """The sentences, with the items of a bullet list or the rows of a table each on their own.

    The splitter joins lines that do not end a sentence; "- Estonia: the British-led
    battlegroup at Tapa" and "Kuwait | 13,500 | Camp Arifjan" are one item each.
    """
    out: list[Sentence] = []
    for sent in sentences:
        text = sent.text
        if "\n" not in text:
            out.append(sent)
            continue
        cuts = [0]
        for m in re.finditer(r"\n", text):
            before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if _ITEM.match(text, m.end()) or "|" in before:
                cuts.append(m.end())
        cuts.append(len(text) + 1)
        for a, b in itertools.pairwise(cuts):
            piece = text[a : b - 1].rstrip()
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(Sentence(sent.start + a + lead, sent.start + a + len(piece),
                                    piece.strip(), sent.boilerplate))
    return out


def _short_organisations(found: dict[str, list[tuple[int, int]]], body: str,
                         lex: Lex) -> dict[str, str]:
    """Bare head words ("the coalition") that stand for an organisation named before.

    Once the article has named "the U.S.-led coalition", a later "coalition" is the
    same force. The hits join the ``organisations`` list; the returned map gives their
    operator by surface form.
    """
    heads = found.pop("organisation_heads", [])
    named = found.get("organisations", [])
    if not heads or not named:
        return {}
    aliases: dict[str, str] = {}
    added = []
    proper = {h.lower(): h for h in lex.grammar["organisation_heads"] if h[:1].isupper()}
    for s, e in heads:
        if any(a <= s < b for a, b in named):
            continue  # the head inside the full name
        word = body[s:e].lower()
        if word in proper and body[s:e] != proper[word]:
            continue  # "the Guards" stand for the Revolutionary Guards, "border guards" do not
        before = [(a, b) for a, b in named if b <= s
                  and body[a:b].lower().split()[-1] == word]
        if before:
            a, b = before[-1]
            aliases[body[s:e]] = lex.organisations[body[a:b]]
            added.append((s, e))
    if added:
        found["organisations"] = sorted([*named, *added])
    return aliases


def short_forms(body: str, tops: list[Toponym], rx: Patterns) -> list[Toponym]:
    """Later mentions of a place by the short form of its name.

    "Assumption Island" then "a base on Assumption", "al-Jufra air base" then "based at
    al-Jufra": the name without its generic tail, written the same way after a
    preposition and outside any other toponym, is the same place.

    Parameters
    ----------
    body
        The article body.
    tops
        Its toponyms.
    rx
        The compiled patterns.

    Returns
    -------
    list[Toponym]
        ``tops`` with the short-form mentions added, in text order.

    """
    added: list[Toponym] = []
    seen: set[str] = set()
    for t in tops:
        if t.kind not in ("site", "city", "region", "admin"):
            continue
        m = rx.name_tail.match(body[t.start : t.end])
        short = m.group(1) if m else ""
        if not re.match(r"[A-Z]|[a-z]{1,3}-[A-Z]", short) or short in seen:
            continue
        seen.add(short)
        for hit in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", body[t.end :]):
            s, e = t.end + hit.start(), t.end + hit.end()
            if any(o.start < e and s < o.end for o in tops) or not rx.short_form_before.search(
                body[max(0, s - 15) : s]
            ):
                continue
            added.append(Toponym(s, e, t.name, t.kind, t.iso3, t.lat, t.lon, t.geonameid, t.place))
    tops = _last_word_forms(body, tops)
    return sorted([*tops, *added], key=lambda t: t.start) if added else tops


SHORT_FORM_KM = 100.0  # a one-word place this far from a longer name that ends in it is that name
_LAST_NAME_WORD = re.compile(r"(?:^|[\s-])([A-Z][\w'’]+)$")


def _last_word_forms(body: str, tops: list[Toponym]) -> list[Toponym]:
    """A later one-word mention that ends a longer name the article gave is that place.

    "a post at Tulul al-Safa ... 'There is no IDF post in the Safa area'": not the Safa
    the gazetteer knows 500 km away.
    """
    longer: dict[str, Toponym] = {}
    for t in tops:
        name = body[t.start : t.end]
        m = _LAST_NAME_WORD.search(name)
        if t.kind in ("city", "site") and " " in name and m and t.lat is not None:
            longer.setdefault(m.group(1), t)
    if not longer:
        return tops
    out = []
    for t in tops:
        full = longer.get(body[t.start : t.end])
        if full is not None and full.start < t.start and t.kind == "city" and t.lat is not None and (
                t.lon is not None and full.lat is not None and full.lon is not None
                and haversine_km(t.lat, t.lon, full.lat, full.lon) > SHORT_FORM_KM):
            t = Toponym(t.start, t.end, full.name, full.kind, full.iso3, full.lat, full.lon,
                        full.geonameid, full.place)
        out.append(t)
    return out


def title_view(title: str, gaz: Gazetteer, lex: Lex) -> View:
    """A view of a title that names its countries without resolving toponyms.

    Titles only feed the article's topic operator, so demonyms, country names and
    their short forms ("Turkish", "Syria", "U.S.") found with the lexicon suffice.
    """
    words = lex.title_words(gaz)
    found = lex.title_index(gaz).scan(title)["words"]
    tops = [Toponym(s, e, title[s:e], *words[title[s:e]], None, None) for s, e in found]
    return View(Sentence(0, len(title), title), tops, _clean(lex.index.scan(title), title, lex))


def _clean(found: dict[str, list[tuple[int, int]]], text: str,
           lex: Lex) -> dict[str, list[tuple[int, int]]]:
    """Drop cue hits inside an exception ("the future of", "summit of") or capitalised ("May").

    A gapped exception ("the only ... left") drops only the hits at its ends ("left"), not
    the words in its gap ("the only large French base left"). A strike or missile word
    that names the kind of a presence noun ("missile testing range", "attack
    helicopters") is no event.
    """
    if "-" in text:  # "six F-16s", "Canada's CF-18s": a type designator in the plural, aircraft
        nouns_at = found.setdefault("presence_nouns", [])
        for m in _DESIGNATOR.finditer(text):
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in nouns_at):
                nouns_at.append(m.span())
        nouns_at.sort()
    exceptions = found.pop("cue_exceptions", [])
    gapped = found.pop("gapped_exceptions", [])
    nouns = found.pop("non_presence_exceptions", [])  # "attack helicopter": no attack
    presence = found.get("presence_nouns", [])
    for name in SCANNED_CUES:
        spans = found.get(name)
        if not spans:
            continue
        skip = exceptions + nouns if name == "non_presence" else exceptions
        found[name] = [
            (s, e) for s, e in spans
            if not any(a <= s and e <= b for a, b in skip)
            and not any(a <= s and e <= b and (s == a or e == b) for a, b in gapped)
            and not (name == "non_presence" and _names_a_kind(text, s, e, presence, lex))
            and not (text[s:e] in lex.capitalised_non_cues and s > 0 and text[s - 1] != "\n"
                     and not re.search(r"[.!?\"“]\s*$", text[max(0, s - 3) : s]))
        ]
    return found


def _names_a_kind(text: str, s: int, e: int, presence: list[tuple[int, int]], lex: Lex) -> bool:
    """Whether a strike word is, or modifies, a presence noun ("bombers", "missile testing range")."""
    if any(a <= s < b for a, b in presence):
        return True
    if text[s:e].lower() not in lex.modifier_cues:
        return False
    m = _NEXT_WORD.match(text, e)
    return any(a in (e + 1, m.end() if m else -1) for a, _ in presence)


_DESIGNATOR = re.compile(r"\b[A-Z]{1,3}-\d{1,3}[A-Z]?s\b")
_NEXT_WORD = re.compile(r"\s+(?!(?:and|or)\s)[\w-]+\s+")  # "missile testing range", not "rockets and drones"
