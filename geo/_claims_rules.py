"""Sentence-level rules of claim extraction: mentions, links and status cues.

The word lists are data (``data/lexicon/cues.json`` for cue words, ``grammar.json``
for function words and small closed classes). :class:`Lex` compiles them once per
process: the cue lists and proper names into one Aho-Corasick index read once per
article body, and the function words into the small regular expressions that judge
the text between an anchor, a place and an operator. Everything here works on one
sentence at a time, with offsets relative to the sentence.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from geo import lexicon
from geo._phrases import PhraseIndex
from geo.gazetteer import Gazetteer
from geo.load import Article, Sentence
from geo.toponyms import Toponym, haversine_km

SCANNED_CUES = ("presence_nouns", "denied", "withdrawn", "proposed", "existing", "non_presence",
                "hypothetical", "current", "stationing")
CIVIL_SITE_KINDS = frozenset({"airport", "port", "airfield"})
_POSSESSIVE = ("'s", "’s")


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, any white space between words."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


class TailMatcher:
    """Whether a text ends with one of some phrases, then up to ``gap`` other words.

    Faster than a regular expression anchored at ``$``, which Python tries at every
    position: the last words are looked up in a set.

    Parameters
    ----------
    phrases
        Phrases of one to a few words, matched case-insensitively.
    gap
        How many words may follow the phrase.
    strip_the
        Ignore a final "the" ("in the", "by the").

    """

    _WORD = re.compile(r"[\w'’-]+")
    _PUNCT = re.compile(r"[,;:()\"“”]")

    def __init__(self, phrases: Iterable[str], gap: int = 0, *, strip_the: bool = True) -> None:
        self.phrases = frozenset(tuple(p.lower().split()) for p in phrases)
        self.lengths = sorted({len(p) for p in self.phrases})
        self.gap = gap
        self.strip_the = strip_the

    @classmethod
    def words(cls, text: str) -> list[str]:
        """The last words of ``text``, lower-cased; none unless it ends with white space."""
        if not text or not text[-1].isspace():
            return []
        return cls._WORD.findall(cls._PUNCT.split(text[-60:])[-1].lower())

    def ends(self, words: list[str]) -> bool:
        """Whether a word list ends with a phrase and at most ``gap`` words after it."""
        n_words = len(words)
        for g in range(self.gap + 1):
            for n in self.lengths:
                if n + g > n_words:
                    break
                if tuple(words[n_words - g - n : n_words - g]) in self.phrases:
                    return True
        return False

    def search(self, text: str) -> bool:
        """Whether ``text`` ends with a phrase (and the gap), then white space."""
        words = self.words(text)
        if self.strip_the and words and words[-1] == "the":
            words.pop()
        return bool(words) and self.ends(words)


class Patterns:
    """The regular expressions of the linker, built from ``grammar.json``.

    Parameters
    ----------
    g
        The grammar word lists (:func:`geo.lexicon.grammar`).

    """

    def __init__(self, g: dict[str, tuple[str, ...]], titles: Iterable[str] = ()) -> None:
        i = re.IGNORECASE
        dirs = _alt(g["directions"])
        direction = rf"(?:{dirs})(?:ern)?"
        place_noun = rf"(?:(?:{_alt(g['place_adjectives'])})\s+)*(?:{_alt(g['place_nouns'])})"
        place_noun_of = place_noun + r"\s+of\s+(?:the\s+)?"
        part_of = rf"(?:{_alt(g['part_nouns'])})\s+of\s+(?:the\s+)?"
        possessor = (r"(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?(?:'s|’s)\s+|"
                     rf"(?:{_alt(g['generic_possessors'])})\s+)")
        preps = _alt(g["link_prepositions"])
        aux = _alt(g["auxiliaries"])
        negators = [w for w in g["negators"] if w[:1].isalpha()]
        self.negators = TailMatcher(negators, 3, strip_the=False)
        self.possessive_pronoun = TailMatcher(g["possessive_pronouns"], 3, strip_the=False)
        self.locative_tail = re.compile(
            rf"\b(?:{preps}|{direction}\s+of)\s+(?:the\s+)?(?:{part_of})?{possessor}?"
            rf"(?:{place_noun_of})?(?:(?:{_alt(g['place_adjectives'])})\s+)?$", i)
        self.copula = re.compile(rf"\b(?:{_alt(g['copulas'] + g['list_openers'])})\b|:", i)
        self.list_join = re.compile(
            r"^\s*(,\s*(and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)"
            rf"(?:(?:{_alt(g['link_prepositions'])})\s+)?(the\s+)?"
            r"(?:(?:[\w-]+\s+){0,2}[\w-]+(?:'s|’s)\s+)?$", i)
        self.clause_break = re.compile(rf";|\s[-–—]\s|\b(?:{_alt(g['clause_breaks'])})\b", i)
        self.operator_break = re.compile(rf";|\b(?:{_alt(g['clause_breaks'])})\b", i)
        self.breaks_cache: dict[str, list[tuple[int, int]]] = {}
        self.breaker = re.compile(rf"\b(?:{_alt(g['link_breakers'])})\b", i)
        self.hosts = re.compile(
            r",?\s*(?:(?:which|that|where)\s+(?:\w+\s+){0,2}?|[^,;]{0,40},\s*(?:\w+\s+)?|"
            rf"\s*(?:(?:{aux}|not|never)\s+){{0,3}})"
            rf"(?:{_alt(g['hosting_verbs'])})\s+(?:the\s+)?(?:[\w.-]+\s+){{0,3}}", i)
        self.apposition = re.compile(
            rf"(?:\s+(?:{_alt(g['place_nouns'])}))?"
            rf"(?:,\s*(?:[^,;]{{0,60}},\s*)?(?:(?:{_alt(g['copulas'])})\s+)?|\s+(?:{_alt(g['copulas'])})\s+)"
            rf"(?:{_alt(g['determiners'])}|(?-i:[A-Z])[\w.]*(?:'s|’s))\s+(?:[\w.'’-]+\s+){{0,5}}", i)
        self.landmark = re.compile(
            r"^\s*(?:[\w-]+\s+){0,2},?\s*(?:near|outside|close\s+to|next\s+to|in|at|"
            rf"{direction}\s+of)\s+(?:the\s+)?(?:(?:port\s+)?(?:city|town|village)\s+of\s+)?$", i)
        self.segment_start = re.compile(
            rf"^\s*(?:(?:which|that|who)\s+(?:\w+\s+){{0,2}})?(?:(?:{aux}|[a-z]+ed|built|set|up|put|"
            rf"kept|held)\s+)*(?:in|at|near|outside|around|inside|on|from|"
            rf"{_alt(g['segment_participles'] + g['list_openers'])}|close\s+to|next\s+to|"
            rf"{direction}\s+of)\b", i)
        self.np_gap = re.compile(r"^\.?(?:'s|’s|')?\s*(?:[\w-]+\s+){0,3}$")
        function = _alt((*g["determiners"], *g["link_prepositions"], *g["copulas"], *g["auxiliaries"],
                         *g["conjunctions"], *g["subordinators"], *g["clause_breaks"]))
        self.compound = re.compile(rf"(?:'s|’s)?\s*(?:(?!(?:{function})\s)[\w'’-]+\s+){{0,2}}", i)
        self.country_link = re.compile(
            rf"^,?\s*(?:(?:{_alt(g['country_link_verbs'])})\s+){{0,3}}"
            rf"(?:{_alt(g['country_link_prepositions'])})\s+(?:the\s+)?(?:{direction}\s+|central\s+)?$", i)
        self.stationed_after = re.compile(
            rf"\s+(?:(?:{aux})\s+)*(?:{_alt(g['segment_participles'])})\b", i)
        self.there_gap = re.compile(
            rf"\s+(?:(?:{aux}|{_alt(g['segment_participles'] + g['hosting_verbs'])}|[a-z]+ed)\s+){{0,4}}", i)
        self.pronoun_stationed = re.compile(
            rf"\b({_alt(g['pronoun_subjects'])})\s+(?:(?:{aux})\s+)*"
            rf"(?:{_alt(g['segment_participles'])})\b", i)
        self.where_before = re.compile(
            r"(?:\s+(?:\w+))?,?\s+where\s+(?:[\w.'’-]+\s+){0,3}", i)
        self.presence_locative = re.compile(
            rf"\b(?:{_alt(g['presence_link_verbs'])})\s+(?:{preps}|{direction}\s+of)\s+(?:the\s+)?"
            rf"(?:(?:{_alt(g['place_adjectives'])})\s+)?$", i)
        self.conjunction = re.compile(rf"\b(?:{_alt(g['conjunctions'])})\b", i)
        self.np_modifier = re.compile(r"\.?(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}")
        self.hosting_after = re.compile(
            rf"(?:'s|’s)?(?:\s+[\w-]+){{0,4}}?(?:\s*,[^,;]{{0,120}},)?(?:\s+[\w-]+){{0,2}}?"
            rf"\s+(?:(?:{aux}|agreed\s+to|offered\s+to|refused\s+to|"
            rf"declined\s+to|not)\s+)*(?:{_alt(g['hosting_verbs'])})\b", i)
        self.restrictive_after = re.compile(r"\s+(?:that|which|who)\b", i)
        self.np_status = frozenset(w.lower() for w in g["np_status_adjectives"])
        self.country_object = re.compile(
            rf"^\s*(?:(?:{aux})\s+){{0,2}}(?:{_alt(g['object_verbs'])})\s+(?:the\s+)?"
            rf"(?:{direction}\s+|central\s+)?$", i)
        self.country_direction = re.compile(rf"\b(?:{direction}|central)\s+$", i)
        self.locative_before = TailMatcher(g["operator_locatives"] + g["object_verbs"])
        descriptors = set(g["place_nouns"]) - set(g["anaphoric_base_nouns"]) - {"airport"}
        self.place_descriptor = re.compile(
            rf"\s+(?:(?:{_alt(g['place_adjectives'])})\s+)*(?:{_alt(descriptors)})\b", i)
        self.passive_place = re.compile(
            rf"^\s+(?:(?:{aux}|not|never)\s+)*(?:{_alt(g['passive_place_verbs'])})\s+"
            r"(?:(?:as|for|into|to)\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", i)
        self.landmark_loose = re.compile(
            rf"^\s*,?\s*(?:[^,;]{{0,40}}?\s)?(?:{preps}|{direction}\s+of)\s+(?:the\s+)?"
            rf"(?:{part_of})?{possessor}?(?:{place_noun_of})?$", i)
        self.speaker_after = re.compile(
            rf"^(?:'s|’s)?\s+(?:(?:{_alt(g['speaker_modifiers'])})\s+){{0,3}}"
            rf"(?:{_alt((*g['speaker_nouns'], *titles))})\b", i)
        self.speech = re.compile(rf"\b(?:{_alt(g['speech_verbs'])})\b", i)
        self.according_to = TailMatcher(["according to"], 3, strip_the=False)
        self.agent_verbs = TailMatcher(g["agent_verbs"], 3)
        self.agent_prepositions = frozenset(w.lower() for w in g["agent_prepositions"])
        self.object_verb = re.compile(
            rf"(?:^|[\s,])(?:(?:{aux})\s+)*(?:{_alt(g['object_verbs'])})\s+(?:the\s+)?(?:{part_of})?"
            rf"(?:{place_noun_of})?$", i)
        self.legal_basis = re.compile(
            r"\bunder\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
            rf"(?:{_alt(g['legal_basis_nouns'])})\b", i)
        self.modal_continuation = re.compile(
            rf"\s+(?:(?:also|still|now|not)\s+)?(?:{_alt(g['continuation_verbs'])})\b", i)
        self.modal = re.compile(rf"^(?:{_alt(g['modals'])})$", i)
        self.no_before = re.compile(r"(?:^|[\s\"“])no\s+$", i)
        self.until_year = re.compile(r"\b(?:until|till)\s+((?:19|20)\d\d)\b", i)
        self.unspecified = TailMatcher(g["unspecified_modifiers"], 2, strip_the=False)
        self.determiners = frozenset(w.lower() for w in g["definite_determiners"])
        self.non_anaphoric = frozenset(w.lower() for w in g["non_anaphoric_modifiers"])
        self.deictic_after = re.compile(
            rf"^(?:[^,;.]{{0,40}}?\s)?(?:\b(?:{_alt(g['deictic_places'])})\b|"
            rf"\b(?:{preps})\s+the\s+(?:{_alt(g['anaphoric_place_nouns'])})\b"
            r"(?!\s+(?:of|city|town)\b)(?!\s+(?-i:[A-Z])))", i)
        self.past_before = TailMatcher(g["past_auxiliaries"], 1, strip_the=False)
        self.present_before = TailMatcher(g["present_auxiliaries"], 1, strip_the=False)
        self.non_operator_suffix = re.compile(rf"-(?:{_alt(g['non_operator_suffixes'])})\b", i)
        self.hyphen_next = re.compile(r"-((?-i:[A-Z])[\w.]*?)\.?(?![\w])")
        self.to_before = re.compile(r"\bto\s+(?:the\s+)?$", i)
        self.own_before = re.compile(r"'s|’s|\bown\b|\bnational\b", i)
        self.parenthetical = re.compile(
            rf"(?:\s+(?:{_alt(g['place_nouns'])}))?,[^,;]{{0,80}},", i)
        partial = _alt(g["partial_modifiers"])
        self.partial_before = TailMatcher(g["partial_modifiers"], 1, strip_the=False)
        self.partial_after = re.compile(rf"\s+(?:{partial})\b", i)
        self.by_after_cue = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$", i)
        self.name_tail = re.compile(rf"^(.{{3,}}?)\s+(?:{_alt(g['generic_name_tails'])})$", i)
        self.short_form_before = TailMatcher(g["link_prepositions"], strip_the=False)
        self.relative = re.compile(r",\s*(?:which|who|whose)\b[^,;]*(?:,|$)", i)


def negated(text: str, rx: Patterns) -> bool:
    """Whether ``text`` ends with a negator and at most two words ("not", "didn't", "refused to")."""
    words = TailMatcher.words(text)
    return rx.negators.ends(words) or any(w.endswith(("n't", "n’t")) for w in words[-3:])


def agent_before(text: str, rx: Patterns) -> bool:
    """Whether ``text`` ends with a passive's agent marker ("used for years by", "shared with the")."""
    words = TailMatcher.words(text)
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1] in rx.agent_prepositions and rx.agent_verbs.ends(words[:-1])


def definite_before(text: str, rx: Patterns) -> bool:
    """Whether an anchor after ``text`` is definite and may point back ("the base", "that facility").

    "The new base", "the possible airbase" name another base and do not point back.
    """
    words = TailMatcher.words(text)
    for g in range(min(3, len(words))):
        if words[-1 - g] in rx.determiners:
            return not any(w in rx.non_anaphoric for w in words[len(words) - g :])
    return False


class Lex:
    """The compiled lexicon, built once per process (:meth:`get`)."""

    _inst: Lex | None = None

    def __init__(self) -> None:
        self.cues = lexicon.cues()
        self.grammar = lexicon.grammar()
        self.metonyms = lexicon.metonyms()
        self.organisations = lexicon.organisations()
        self.operator_words = {**lexicon.demonyms(), **lexicon.country_aliases()}
        self.index = PhraseIndex(
            {**{k: self.cues[k].phrases for k in SCANNED_CUES}, "idioms": self.grammar["idioms"],
             "cue_exceptions": self.grammar["cue_exceptions"],
             "pronouns": self.grammar["pronoun_subjects"],
             "attributed": self.grammar["attributed_descriptions"]},
            {"metonyms": tuple(self.metonyms), "organisations": tuple(self.organisations)},
        )
        self.base_words = frozenset(_norm(p) for p in self.cues["base_words"].phrases)
        self.vessels = frozenset(_norm(p) for p in self.cues["vessels"].phrases)
        self.adjectival = frozenset(_norm(p) for p in self.grammar["adjectival_anchors"])
        self.adjectival_heads = re.compile(
            rf"^(?:{_alt(self.grammar['adjectival_heads'])})\b", re.IGNORECASE)
        self.anaphoric_bases = frozenset(_norm(p) for p in self.grammar["anaphoric_base_nouns"])
        self.capitalised_non_cues = frozenset(self.grammar["capitalised_non_cues"])
        self.rx = Patterns(self.grammar, (t.lower() for t in lexicon.person_titles()))
        self.snap_cache: dict[tuple[float, float, str], int | None] = {}
        self.city_cache: dict[tuple[str, str], int | None] = {}
        self.only_site_cache: dict[tuple[str, str], int | None] = {}

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
    sentences = article.sentences
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
    return [View(s, ts, h) for s, ts, h in zip(sentences, by_sentence, hits, strict=True)]


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
    return sorted([*tops, *added], key=lambda t: t.start) if added else tops


def text_view(text: str, tops: list[Toponym], lex: Lex) -> View:
    """A view of a free-standing text (a title)."""
    return View(Sentence(0, len(text), text), tops, _clean(lex.index.scan(text), text, lex))


def _clean(found: dict[str, list[tuple[int, int]]], text: str,
           lex: Lex) -> dict[str, list[tuple[int, int]]]:
    """Drop cue hits inside an exception ("the future of", "summit of") or capitalised ("May")."""
    exceptions = found.pop("cue_exceptions", [])
    for name in SCANNED_CUES:
        spans = found.get(name)
        if not spans:
            continue
        found[name] = [
            (s, e) for s, e in spans
            if not any(a <= s and e <= b for a, b in exceptions)
            and not (text[s:e] in lex.capitalised_non_cues and s > 0 and text[s - 1] != "\n"
                     and not re.search(r"[.!?\"“]\s*$", text[max(0, s - 3) : s]))
        ]
    return found


@dataclass
class Mention:
    """A mention of a country that may operate forces."""

    start: int
    end: int
    iso3: str
    how: str  # demonym, country, metonym, organisation
    possessive: bool = False
    speaker: bool = False  # "Turkish officials said": the source, not the forces
    locative: bool = False  # "in Jordan": a place here
    agent: bool = False  # "used by Russian forces"
    actor: bool = False  # the subject of a strike, visit or other non-presence verb
    host: bool = False  # the subject of a hosting verb ("Sudan agreed to host the base")


@dataclass
class Anchor:
    """A presence noun ("air base", "troops") or a named military site."""

    start: int
    end: int
    text: str
    base: bool
    site: Toponym | None = None
    definite: bool | None = None  # "the base", "that facility": may point back
    deictic: bool | None = None  # "nearby", "adjoining the airport": the place is in context


def operators(view: View, lex: Lex) -> list[Mention]:
    """The operator mentions of a sentence, with their roles.

    Parameters
    ----------
    view
        The sentence.
    lex
        The compiled lexicon.

    Returns
    -------
    list[Mention]
        Mentions in text order.

    """
    text = view.sentence.text
    base = view.sentence.start
    rx = lex.rx
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for s, e, w in view.words("organisations"):
        out.append(Mention(s, e, lex.organisations[w], "organisation"))
        taken.append((s, e))
    for t in view.tops:
        s, e = t.start - base, t.end - base
        if any(a <= s < b for a, b in taken) or text[s:e].lower() == "there":
            continue
        if t.kind == "demonym":
            out.append(Mention(s, e, t.iso3, "demonym"))
        elif t.kind == "country":
            out.append(Mention(s, e, t.iso3, "country", text[e : e + 2] in _POSSESSIVE))
    names = [(t.start - base, t.end - base) for t in view.tops]
    for s, e, w in view.words("metonyms"):
        if any(a <= s < b for a, b in taken) or any(o.start <= s < o.end for o in out):
            continue
        if any(a <= s and e <= b and b - a > e - s for a, b in names):
            continue  # part of a longer name ("Niamey air base")
        if rx.locative_before.search(text[max(0, s - 30) : s]):
            continue  # a place here, not the government
        out.append(Mention(s, e, lex.metonyms[w], "metonym", text[e : e + 2] in _POSSESSIVE))
    for o in list(out):  # "Russian-Turkish", "UK-US": the second half of a hyphenated pair
        m = rx.hyphen_next.match(text, o.end)
        if m and m.group(1) in lex.operator_words and not any(
            x.start == m.start(1) for x in out
        ):
            out.append(Mention(m.start(1), m.end(1), lex.operator_words[m.group(1)], "demonym"))
    out = [o for o in out if not rx.non_operator_suffix.match(text, o.end)]
    out.sort(key=lambda m: m.start)
    np_hits = view.words("non_presence")
    noun_starts = {s for s, _ in view.hits.get("presence_nouns", ())}
    for k, o in enumerate(out):
        before = text[max(0, o.start - 40) : o.start]
        o.speaker = _speaker(text, o, rx)
        o.locative = (o.how in ("country", "metonym") and bool(
            rx.locative_before.search(text[max(0, o.start - 30) : o.start]))
            and not _modifies_anchor(text, o.end, noun_starts, rx)) or (
            o.how == "demonym" and bool(rx.place_descriptor.match(text, o.end)))
        o.host = bool(rx.hosting_after.match(text, o.end))  # "Sudan agreed to host the base"
        o.agent = agent_before(before, rx)
        o.actor = not o.locative and any(
            (0 <= s - o.end <= 50 and not rx.clause_break.search(text[o.end : s])
             and "," not in text[o.end : s])
            or (e <= o.start and rx.by_after_cue.match(text[e : o.start]))  # "struck by Israel"
            for s, e, _ in np_hits
        )
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[o.end : nxt.start]):
            o.speaker = o.speaker or _speaker(text, nxt, rx)
    return out


def _modifies_anchor(text: str, end: int, noun_starts: set[int], rx: Patterns) -> bool:
    """Whether a country name right before ``end`` modifies a presence noun ("on U.S. forces")."""
    m = rx.np_modifier.match(text, end)
    return m is not None and m.end() in noun_starts


def _speaker(text: str, o: Mention, rx: Patterns) -> bool:
    """Whether a mention is the source of the sentence, not the forces.

    "U.S. officials said", "Turkish Defence Minister Yasar Guler told", "according to
    Iranian state media": a person or institution of the country followed by a verb of
    saying. "Hungary's parliament approved a plan to send troops" acts instead.
    """
    if rx.according_to.search(text[max(0, o.start - 40) : o.start]):
        return True
    m = rx.speaker_after.match(text[o.end : o.end + 60])
    return m is not None and bool(rx.speech.search(text, o.end + m.end(), o.end + m.end() + 80))


def anchors(view: View, lex: Lex, places: list[Toponym]) -> list[Anchor]:
    """The anchors of a sentence: presence nouns, then named military sites.

    Parameters
    ----------
    view
        The sentence.
    lex
        The compiled lexicon.
    places
        The sentence's places (toponyms that may hold forces).

    Returns
    -------
    list[Anchor]
        Anchors in text order. A civil airport or port is an anchor only beside a presence noun.

    """
    text = view.sentence.text
    nouns = view.hits.get("presence_nouns", [])
    starts = {s for s, _ in nouns}
    out: list[Anchor] = []
    for s, e in nouns:
        word = _norm(text[s:e])
        if e + 1 in starts and text[e : e + 1] == " ":
            continue  # "airbase locations", "base personnel": the second noun is the head
        if word in lex.adjectival:
            m = re.match(r"\s+([\w-]+(?:\s+[\w-]+)?)", text[e : e + 40])
            if m and (e + m.start(1) in starts or lex.adjectival_heads.search(m.group(1))):
                continue  # "military posture", "army chief": an adjective here
        out.append(Anchor(s, e, text[s:e], word in lex.base_words))
    base = view.sentence.start
    sites = [t for t in places if t.kind == "site"]
    military = [t for t in sites if not civil(t)]
    if view.hits.get("pronouns"):
        for m in lex.rx.pronoun_stationed.finditer(text):
            out.append(Anchor(m.start(1), m.end(1), m.group(1), False))  # "They were based at"
    named = sites if out else military  # a civil airport or port needs a presence noun
    spans = [(t.start - base, t.end - base) for t in named]
    out = [a for a in out if not any(s <= a.start and a.end <= e for s, e in spans)]
    out += [Anchor(s, e, t.name, True, site=t) for t, (s, e) in zip(named, spans, strict=True)]
    out.sort(key=lambda a: a.start)
    return out


def anaphora_flags(view: View, lex: Lex, anchor: Anchor) -> Anchor:
    """Fill in whether an anchor points back ("the base", "nearby") (read only when needed)."""
    if anchor.definite is None:
        text = view.sentence.text
        word = _norm(anchor.text)
        anchor.definite = anchor.site is None and word in lex.anaphoric_bases and definite_before(
            text[max(0, anchor.start - 40) : anchor.start], lex.rx)
        anchor.deictic = anchor.site is None and bool(
            lex.rx.deictic_after.match(text[anchor.end : anchor.end + 60]))
    return anchor


def unspecified(view: View, lex: Lex, anchor: Anchor) -> bool:
    """Whether an anchor names no state: "foreign troops", "any base", "Kurdish fighters"."""
    if anchor.site is not None:
        return False
    text = view.sentence.text
    if lex.rx.unspecified.search(text[max(0, anchor.start - 40) : anchor.start]):
        return True
    if anchor.base:
        return False
    base = view.sentence.start
    named = [(t.start - base, t.end - base) for t in view.tops if t.start - base < anchor.start]
    named += view.hits.get("organisations", [])
    return _group_modifier(text, anchor.start, named)


def _group_modifier(text: str, start: int, named: list[tuple[int, int]]) -> bool:
    """Whether a lower-case anchor is named for a group that is not a state.

    "Kurdish fighters", "Houthi positions", "PKK militants", "Iran-aligned militias":
    a capitalised word right before the anchor that is neither a place, a country
    nor an armed force of one, and does not open the sentence.
    """
    if not text[start : start + 1].islower():
        return False
    m = re.search(r"(?:^|(?<=\s))([A-Z][\w'’.-]*)\s$", text[max(0, start - 40) : start])
    if m is None:
        return False
    w_start = start - 40 + m.start(1) if start >= 40 else m.start(1)
    if w_start == 0 or any(a <= w_start < b for a, b in named):
        return False
    return not re.search(r"[.!?:\"“]\s*$", text[max(0, w_start - 3) : w_start])


def civil(t: Toponym) -> bool:
    """Whether a site is a civil airport or port (an anchor only beside a presence noun)."""
    p = t.place
    return p is not None and (p.kind in CIVIL_SITE_KINDS or p.detail.lower() in CIVIL_SITE_KINDS)


def cue_hits(name: str, view: View, lex: Lex, lo: int = 0,
             hi: int | None = None) -> list[tuple[int, int, str]]:
    """The hits of a cue list inside ``[lo, hi)``, without negated ones.

    A presence or status cue after a negator ("not", "never", "refused to") is
    dropped; a denial after one ("did not deny", "refused to rule out") too.
    """
    text = view.sentence.text
    hi = len(text) if hi is None else hi
    out = []
    for s, e, w in view.words(name):
        if s < lo or e > hi:
            continue
        start = max(lo, s - 25)
        if start == s - 25:
            if s not in view.negated:
                view.negated[s] = negated(text[start:s], lex.rx)
            if view.negated[s]:
                continue
        elif negated(text[start:s], lex.rx):
            continue
        out.append((s, e, w))
    return out


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
    if rx.clause_break.search(gap):
        return False
    if rx.presence_locative.search(gap) and "," not in gap and len(gap) <= 150 and (
        not crowded or len(gap) <= 70
    ):
        return True  # "troops are due to leave A by next year and consolidate at B"
    if len(gap) > 120:
        return False
    if prev_linked is not None and rx.list_join.match(text[prev_linked:p_start]):
        return True
    if rx.breaker.search(gap):
        return False
    if rx.locative_tail.search(gap):
        if "," in gap:
            last = gap.rsplit(",", 1)[-1]
            return bool(rx.segment_start.match(last)) and len(last) <= 50
        return len(gap) <= 70
    if rx.object_verb.search(gap):
        return len(gap) <= 110
    return bool(rx.copula.search(gap)) and len(gap) <= 60


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
    return len(last) <= 50 and bool(rx.segment_start.match(last)) and bool(
        rx.locative_tail.search(last) or rx.copula.search(last))


def linked_before(text: str, p_end: int, anchor_start: int, rx: Patterns,
                  existing: list[tuple[int, int]] = ()) -> bool:
    """Whether a place before an anchor is where the anchor is ("Tartus naval base").

    Links: a compound ("Tartus naval base", "Russia's Hmeimim air base"), a clause
    that says the place hosts the anchor ("Djibouti, which hosts US troops"), a
    passive that makes the place the anchor ("Hambantota will not be used for
    military purposes") and a "where" clause ("around Kobani, where U.S. troops were
    stationed").
    """
    gap = text[p_end:anchor_start]
    if rx.hosts.fullmatch(gap) or rx.passive_place.match(gap):
        return True
    if rx.where_before.fullmatch(gap):
        return any(0 <= s - anchor_start <= 60 for s, _ in existing)
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


def _scope(text: str, lo: int, hi: int, anchor_end: int, rx: Patterns) -> tuple[int, int]:
    """Where the status cues of a claim spanning ``[lo, hi)`` are read.

    60 characters before and 40 after, stretched over a relative clause or an
    apposition that separates the claim from its verb ("Germany, which had kept a hub
    at Niamey airport, wound up that mission"; "Air Base 101, next to the airport,
    was handed over"; "a unit that patrolled Manbij under a 2019 deal left the town").
    """
    n = len(text)
    top = min(n, hi + 40)
    if rx.restrictive_after.match(text, anchor_end):
        top = min(n, hi + 80)
    for a, b in _relative_spans(text, rx):
        if (a < hi and lo < b) or (hi <= a <= hi + 20 and "," not in text[hi:a]):
            top = max(top, min(n, b + 40))
    m = rx.parenthetical.match(text, hi)
    if m:
        top = max(top, min(n, m.end() + 40))
    first, last = _clause(text, lo, hi, rx)
    return max(lo - 60, first), min(top, last)


def _clause(text: str, lo: int, hi: int, rx: Patterns) -> tuple[int, int]:
    """The clause around ``[lo, hi)``: between the breaks ("but", "while", ";") around it."""
    breaks = rx.breaks_cache.get(text)
    if breaks is None:
        breaks = [m.span() for m in rx.operator_break.finditer(text)]
        if len(rx.breaks_cache) > 256:
            rx.breaks_cache.clear()
        rx.breaks_cache[text] = breaks
    first, last = 0, len(text)
    for s, e in breaks:
        if e <= lo:
            first = e
        elif s >= hi:
            last = s
            break
    return first, last


def status_of(view: View, lex: Lex, lo: int, hi: int, *, owned: bool,
              published_year: int | None, anchor: tuple[int, int] = (0, 0),
              place: tuple[int, int] = (0, 0)) -> tuple[str, list[str], str]:
    """The status a sentence gives a claim spanning ``[lo, hi)``.

    Parameters
    ----------
    view
        The sentence.
    lex
        The compiled lexicon.
    lo, hi
        The span of the anchor, the place and the operator.
    anchor, place
        The spans of the anchor and of the place (a withdrawal from another place, a
        "former" before another noun phrase, does not count).
    owned
        Whether a possessive ("its bases", "Russia's base") makes the base the operator's.
    published_year
        The article's year, to read "until 2014" as over.

    Returns
    -------
    tuple[str, list[str], str]
        The status, the cues that decided it, and the tense of the presence
        (``current``, ``past`` or ``""``).

    """
    key = (lo, hi, owned, published_year, anchor, place)
    if key not in view.statuses:
        view.statuses[key] = _status(view, lex, lo, hi, owned, published_year, anchor, place)
    return view.statuses[key]


def _withdrawal_objects(view: View, lex: Lex, end: int) -> list[tuple[int, int]]:
    """The places a withdrawal cue ending at ``end`` governs ("left Gao, Kidal and Menaka")."""
    text = view.sentence.text
    base = view.sentence.start
    spans = [(t.start - base, t.end - base) for t in places_of(view, lex)]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if s < end:
            continue
        gap = text[out[-1][1] if out else end : s]
        if out and not lex.rx.list_join.match(gap):
            break
        if not out and (len(gap) > 25 or "," in gap):
            break
        out.append((s, e))
    return out


def _status(view: View, lex: Lex, lo: int, hi: int, owned: bool, published_year: int | None,
            anchor: tuple[int, int], place: tuple[int, int]) -> tuple[str, list[str], str]:
    text = view.sentence.text
    rx = lex.rx
    scope = _scope(text, lo, hi, anchor[1], rx)

    def applies(hit: tuple[int, int, str]) -> bool:
        _, e, w = hit
        if w.lower() in rx.np_status:  # "former French bases": that noun phrase only
            return e <= anchor[0] and anchor[0] - e <= 30
        objects = _withdrawal_objects(view, lex, e)
        return not objects or place == (0, 0) or place in objects

    leaving = [h for h in cue_hits("withdrawn", view, lex) if applies(h)]
    plans = cue_hits("proposed", view, lex)
    any_leaving = view.words("withdrawn")

    def governs(first: tuple[int, int, str], then: tuple[int, int, str], reach: int) -> bool:
        return 0 <= then[0] - first[1] <= reach and not rx.clause_break.search(text[first[1] : then[0]])

    # "no plans to withdraw", "denied it would leave": not a denial of the presence
    all_denied = cue_hits("denied", view, lex, *_clause(text, lo, hi, rx))
    about_leaving = any(governs(d, w, 40) for d in all_denied for w in any_leaving)
    denied = [] if about_leaving else list(all_denied)
    if rx.no_before.search(text[max(0, lo - 10) : lo]):
        if rx.modal_continuation.match(text, anchor[1]):
            return "withdrawn", ["no " + text[lo:anchor[1]].split()[-1] + " remain"], "past"
        denied.append((lo, lo, "no " + text[lo:hi].split()[0]))  # "No Turkish troops are"
    if denied:
        return "denied", [w for _, _, w in denied], ""
    planned = [w for w in leaving if any(governs(p, w, 30) for p in plans)]
    refuted = [w for w in leaving if w not in planned
               and any(governs(d, w, 40) for d in view.words("denied"))]
    withdrawn = [w for s, e, w in leaving
                 if scope[0] <= s and e <= scope[1] and (s, e, w) not in planned + refuted
                 and not (rx.partial_before.search(text[max(0, s - 20) : s])
                          or rx.partial_after.match(text, e))]  # "partly emptied": still there
    if published_year is not None:
        withdrawn += [m.group(0) for m in rx.until_year.finditer(text, *scope)
                      if int(m.group(1)) < published_year]
    if withdrawn:
        return "withdrawn", withdrawn, "past"
    legal = [m.span() for m in rx.legal_basis.finditer(text)]
    existing = cue_hits("existing", view, lex, *scope)
    proposed = []
    continuing = []
    for s, e, w in plans:
        if not (scope[0] <= s and e <= scope[1]) or any(governs((s, e, w), p, 30) for p in any_leaving):
            continue  # outside the claim, or planning a withdrawal (handled above)
        if any(a <= s and e <= b for a, b in legal):
            continue  # "under a defence pact": the legal basis of a presence
        m = rx.modal_continuation.match(text, e) if rx.modal.match(w) else None
        if m:
            continuing.append(m.group(0).strip())  # "will remain", "would stay"
            continue
        proposed.append(w)
    if proposed and not owned and not continuing:
        return "proposed", proposed, ""
    words = [w for _, _, w in existing] + continuing + [f"planned: {w}" for _, _, w in planned] + [
        f"denied: {w}" for _, _, w in refuted]
    tense = ""
    if continuing or planned or refuted or cue_hits("current", view, lex, *scope):
        tense = "current"
    for s, _, _ in existing:
        if rx.present_before.search(text[max(0, s - 25) : s]):
            tense = tense or "current"
        elif rx.past_before.search(text[max(0, s - 25) : s]):
            tense = tense or "past"
    return "existing", words or (["possessive"] if owned else []), tense


SNAP_KM = 40.0
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


def _place_kind_ok(t: Toponym) -> bool:
    return (t.kind in ("site", "city", "admin", "region", "country")
            and not (t.place is not None and t.place.kind in ("continent", "sea"))
            and not (t.kind == "region" and not t.iso3))


def places_of(view: View, lex: Lex) -> list[Toponym]:
    """The sentence's toponyms that can hold forces (not seas, idioms or "Turkish" alone)."""
    if view.places is not None:
        return view.places
    text = view.sentence.text
    base = view.sentence.start
    skip = view.hits.get("idioms", []) + view.hits.get("organisations", [])
    nouns = {s for s, _ in view.hits.get("presence_nouns", ())}
    out = []
    for t in view.tops:
        s, e = t.start - base, t.end - base
        if not _place_kind_ok(t) or any(a <= s and e <= b for a, b in skip):
            continue  # idioms ("east of Suez") and armed forces ("U.S. Marines") are not places
        if t.kind == "country" and e + 1 in nouns and text[e : e + 1] == " ":
            continue  # "Syria air base": a modifier, not the place
        if text[e : e + 1] == "-" and text[e + 1 : e + 2].isalpha():
            continue  # "Moscow-led", "Dubai-based", "Tripoli-based": a modifier
        if t.kind == "country" and agent_before(text[max(0, s - 40) : s], lex.rx):
            continue  # "set up by Russia": the operator, not the place
        out.append(t)
    view.places = out
    return out


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


def drop_landmarks(text: str, base: int, linked: list[Toponym], rx: Patterns) -> list[Toponym]:
    """In "A near B" or "A in B", B only says where A is: drop it.

    B is kept instead when A is a town that resolved far from B (a namesake
    elsewhere, "Bashiqa near Mosul" read as another Bashiqa); a site or a town
    inside a larger area (country, province, region) always stays.
    """
    out = list(linked)
    for a, b in itertools.pairwise(linked):
        gap = text[a.end - base : b.start - base]
        if a.start >= b.start:
            continue
        located = a.kind == "site" or a not in out  # a site, or itself a landmark of one
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
                 others: list[Anchor], joined: set[int] | None = None) -> list[Toponym]:
    """The places an anchor is at; ``joined`` collects those reached through a list."""
    text = view.sentence.text
    base = view.sentence.start
    linked: list[Toponym] = [anchor.site] if anchor.site is not None else []
    prev_end: int | None = anchor.end if anchor.site is not None else None
    for t in places:
        if t is anchor.site:
            continue
        ps, pe = t.start - base, t.end - base
        if pe <= anchor.start:
            hosts = bool(rx.hosts.fullmatch(text[pe : anchor.start]))
            if t.kind == "site" and not hosts:
                continue  # a site before this anchor is an anchor of its own
            if t.kind == "country" and not hosts:
                continue
            if linked_before(text, pe, anchor.start, rx, view.hits.get("existing", [])):
                linked.append(t)
            continue
        if ps < anchor.end:
            linked.append(t)  # the anchor is inside the name ("Tartus naval base")
            continue
        if any(anchor.end <= o.start and o.end <= ps and o.site is None and o.base
               for o in others) and not (
            prev_end is not None and (rx.list_join.match(text[prev_end:ps])
                                      or _continues(text, prev_end, ps, rx))
        ):
            continue  # "a naval base in A and an air base near B": B is the air base's
        there = text[ps:pe].lower() == "there" and bool(rx.there_gap.fullmatch(text[anchor.end : ps]))
        listed = prev_end is not None and bool(rx.list_join.match(text[prev_end:ps]))
        if listed and joined is not None and linked and (
            id(linked[-1]) in joined or _country_gap(text[anchor.end : linked[-1].start - base], rx)
        ):
            joined.add(id(t))  # "troops in Libya and Qatar": Qatar as Libya
        crowded = any(anchor.end <= o.start and o.end <= ps and o.site is None for o in others)
        if there or listed or linked_after(text, anchor.end, ps, prev_end, rx, crowded) or (
            prev_end is not None and _continues(text, prev_end, ps, rx)
        ):
            if t.kind == "site" and (prev_end is None or anchor.site is not None) and not (
                rx.locative_tail.search(text[anchor.end : ps])
                or (anchor.site is None and rx.copula.search(text[anchor.end : ps]))
            ):
                continue  # a site after a site is its own anchor, unless it locates it
            linked.append(t)
            prev_end = pe
        elif prev_end is not None and ps > prev_end and not rx.list_join.match(text[prev_end:ps]):
            prev_end = None
    if not any(t.start - base >= anchor.end and t.kind != "country" for t in linked):
        head = apposition_head(text, anchor.start, places, base, rx)
        if head is not None and head not in linked:
            linked.append(head)
    linked.sort(key=lambda t: t.start)
    return drop_landmarks(text, base, linked, rx)


def _at_anchor(t: Toponym, anchor: Anchor, base: int) -> Toponym:
    """An antecedent place, re-anchored at the anaphor ("the base") in this sentence."""
    return Toponym(anchor.start + base, anchor.end + base, t.name, t.kind, t.iso3, t.lat, t.lon,
                   t.geonameid, t.place)


def _relative_spans(text: str, rx: Patterns) -> list[tuple[int, int]]:
    return [m.span() for m in rx.relative.finditer(text)]


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
            or any(t.kind == "site" for t in view.tops)):
        return []
    sentence = view.sentence
    text = sentence.text
    base = sentence.start
    rx = lex.rx
    places = places_of(view, lex)
    found = anchors(view, lex, places)
    if not found or not (places or any(
        anaphora_flags(view, lex, a).definite or a.deictic for a in found
    )):
        return []
    spans = _name_spans(view, lex)
    places = sorted((t for t in places if not any(
        a <= t.start - base and t.end - base <= b for a, b in spans)), key=lambda t: t.start)
    links: list[tuple[Anchor, list[Toponym], str]] = []
    local_site: Toponym | None = None
    joined: set[int] = set()
    hosts: frozenset[str] | None = None
    for anchor in found:
        linked = _link_places(view, anchor, places, rx, found, joined)
        how_place = ""
        if not linked:
            anaphora_flags(view, lex, anchor)
            if hosts is None and (anchor.definite or anchor.deictic):
                hosts = frozenset(o.iso3 for o in operators(view, lex) if o.host or o.locative)
        site = local_site or (ctx.antecedent("site", hosts or frozenset())
                              if anchor.definite and not linked else None)
        if not linked and anchor.definite and site is not None:
            linked, how_place = [_at_anchor(site, anchor, base)], f"refers back to {site.name}"
        elif not linked and anchor.deictic:
            place = ctx.antecedent("place", hosts or frozenset())
            if place is not None:
                linked, how_place = [_at_anchor(place, anchor, base)], f"refers back to {place.name}"
        if not linked:
            continue
        if anchor.base:
            fine = [t for t in linked if t.kind in ("site", "city")]
            local_site = fine[-1] if fine else local_site
        links.append((anchor, linked, how_place))
    if not links:
        return []
    ops = operators(view, lex)
    non_presence = view.words("non_presence")
    hypothetical = view.words("hypothetical")
    stationing = bool(view.hits.get("stationing"))
    relatives = _relative_spans(text, rx)
    out: list[Raw] = []
    owners: list[int] = []
    for anchor, linked, how_place in links:
        before = text[max(0, anchor.start - 40) : anchor.start]
        if rx.possessive_pronoun.search(before):
            owners.append(anchor.start)
        chosen, op_how = _anchor_operators(text, anchor, ops, rx, found)
        owned = any(a <= anchor.start and not rx.clause_break.search(text[a : anchor.start])
                    for a in owners) or any(o.possessive for o in chosen)
        if not chosen and unspecified(view, lex, anchor):
            continue  # "foreign troops", "any foreign base": no operator named
        explicit_ops = [r.operator for r in out if not r.carried and not r.host_own]
        for t in linked:
            for r in _claims_at(view, ctx, gaz, lex, anchor, t, chosen, op_how, ops, owned,
                                how_place, non_presence, hypothetical, stationing, relatives,
                                id(t) in joined):
                if r.carried:
                    r.local_op = explicit_ops[-1] if explicit_ops else ""
                out.append(r)
    explicit = {_place_key(r.top) for r in out if not r.carried}
    return [r for r in out if not r.carried or _place_key(r.top) not in explicit]


def _name_spans(view: View, lex: Lex) -> list[tuple[int, int]]:
    """Spans of armed forces and of capitals used for their government: not places."""
    text = view.sentence.text
    spans = list(view.hits.get("organisations", []))
    spans += [(s, e) for s, e in view.hits.get("metonyms", [])
              if not lex.rx.locative_before.search(text[max(0, s - 30) : s])]
    return spans


def _country_gap(gap: str, rx: Patterns) -> bool:
    """Whether the text between an anchor and a country makes it a country-level claim."""
    return bool(rx.country_link.match(gap) or rx.country_object.match(gap))


def _place_key(t: Toponym) -> object:
    return t.place.id if t.place is not None else t.name


def _anchor_operators(text: str, anchor: Anchor, ops: list[Mention], rx: Patterns,
                      others: list[Anchor]) -> tuple[list[Mention], str]:
    """Operators named with the anchor: inside it, in its noun phrase, and as its agent.

    An agent ("staffed by Chinese personnel", "shared with the U.S. Air Force") belongs
    to the nearest anchor before it and joins the noun phrase's operator.
    """
    def joined(first: Mention, group: list[Mention]) -> list[Mention]:
        return [o for o in group if o is first or re.fullmatch(
            r"\s*(?:-|and|/|,)\s*(?:the\s+)?", text[first.end : o.start])]

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
    agents = [o for o in ops if o.agent and o.start >= anchor.end
              and not rx.clause_break.search(text[anchor.end : o.start])
              and not any(anchor.end <= a.start and a.end <= o.start for a in others)]
    if agents:
        chosen += [o for o in joined(agents[0], agents) if o not in chosen]
        how = how + " and agent" if how else "agent"
    return chosen, how


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
                       denial: Callable[[], bool] = lambda: False) -> list[Mention]:
    """The operator of the anchor's clause: the nearest country before it that can act.

    Speakers ("U.S. officials said"), places ("in Jordan"), the actors of strikes and
    visits, the host and mentions inside another relative clause are skipped. With a
    possessive pronoun ("its bases") the clause's subject, its first operator, wins,
    a speaker included ("the Kremlin said its forces"); so does a speaker who denies
    ("Chinese officials have denied any plans for a base there"). Coordinated subjects
    ("Britain and the United States operate") all count.
    """
    def outside(o: Mention) -> bool:
        return not any(a <= o.start < b and not (a <= anchor.start < b) for a, b in relatives)

    before = [o for o in ops if o.end <= anchor.start and o.iso3 != host and not o.locative
              and outside(o) and not rx.operator_break.search(text[o.end : anchor.start])]
    eligible = [o for o in before if not (o.speaker or o.actor or o.agent or o.host)]
    pronoun = rx.possessive_pronoun.search(text[max(0, anchor.start - 40) : anchor.start])
    if not eligible and (pronoun or denial()):
        eligible = [o for o in before if o.speaker and not o.actor]  # "Moscow said its forces"
    if not eligible:
        return []
    if pronoun:
        first = eligible[0]
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
    start = lo if np_start is None else np_start
    for s, e, _ in non_presence:
        if e > hi + 5 or s < start - 60 or rx.clause_break.search(text[e:lo]):
            continue
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
    if chosen:
        picks = [(o.iso3, f"{op_how}: {text[o.start:o.end]}", o) for o in chosen]
    else:
        def denial() -> bool:
            clause = _clause(text, min(anchor.start, ps), max(anchor.end, pe), rx)
            return bool(cue_hits("denied", view, lex, *clause))

        picks = [(o.iso3, f"sentence: {text[o.start:o.end]}", o)
                 for o in _sentence_operator(text, anchor, ops, host, rx, relatives, denial)]
        if not picks:
            picks = [("", "carried from the discourse", None)]
            carried = True
            blocked = frozenset({host} | {
                o.iso3 for o in ops if o.actor and not rx.operator_break.search(
                    text[min(o.end, anchor.start) : max(o.start, anchor.end)])})
    lo, hi = min(anchor.start, ps), max(anchor.end, pe)
    deictic = text[ps:pe].lower() == "there" or bool(how_place)
    explicit_op = not carried and bool(picks)
    if place.kind == "country" and not deictic and (
        not explicit_op or ps < anchor.end
        or not (listed or _country_gap(link_gap, rx))
        or (anchor.base and rx.to_before.search(link_gap))
    ):
        return []  # country-level presence needs "Turkish bases in Syria"
    if place.kind == "country" and rx.country_direction.search(link_gap):
        word = link_gap.split()[-1]
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
        if _norm(anchor.text) in lex.vessels and not stationing:
            continue  # warships calling at a port are visiting, not based there
        if any(span_lo - 40 <= s <= span_hi for s, _, _ in hypothetical):
            continue
        status, cues, tense = status_of(view, lex, span_lo, span_hi, owned=owned,
                                        published_year=ctx.published_year,
                                        anchor=(anchor.start, anchor.end), place=(ps, pe))
        strong = status != "existing" or any(c != "possessive" for c in cues)
        why = [op_cue] + ([how_place] if how_place else [])
        out.append(Raw(iso3, place, view.sentence, status, cues, why, explicit_own, tense,
                       carried, strong, anchor.base, blocked=blocked))
    return out
