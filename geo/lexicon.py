"""Rules as data: load and validate the word lists and tables under ``data/lexicon``.

Every loader checks its file when it reads it and raises :class:`DataFileError`
naming the file and the row at fault. Results are cached per process.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from geo._errors import DataFileError
from geo._validate import validate_iso3

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LEXICON_DIR = DATA_DIR / "lexicon"

CUE_KEYS = (
    "proposed",
    "withdrawn",
    "denied",
    "existing",
    "hypothetical",
    "presence_nouns",
    "base_words",
    "force_words",
    "non_presence",
    "host_own",
    "locative",
    "current",
    "vessels",
    "stationing",
    "weak_existing",
    "weak_proposed",
    "established",
    "construction",
)

GRAMMAR_KEYS = (
    "link_prepositions",
    "directions",
    "measured_feature_nouns",
    "described_site_nouns",
    "named_facility_nouns",
    "absence_words",
    "handover_verbs",
    "name_connectors",
    "quota_nouns",
    "proxy_suffixes",
    "schedule_nouns",
    "reaction_verbs",
    "place_adjectives",
    "place_nouns",
    "part_nouns",
    "clause_breaks",
    "link_breakers",
    "copulas",
    "determiners",
    "list_openers",
    "hosting_verbs",
    "segment_participles",
    "auxiliaries",
    "country_link_verbs",
    "country_link_prepositions",
    "operator_locatives",
    "speaker_nouns",
    "speaker_modifiers",
    "agent_verbs",
    "agent_prepositions",
    "lessee_verbs",
    "agent_np_modifiers",
    "object_verbs",
    "continuation_verbs",
    "modals",
    "legal_basis_nouns",
    "negators",
    "unspecified_modifiers",
    "stateless_modifiers",
    "uncarried_force_nouns",
    "negated_noun_modifiers",
    "compass_adjectives",
    "aircraft_modifiers",
    "possessive_pronouns",
    "non_operator_suffixes",
    "past_auxiliaries",
    "present_auxiliaries",
    "definite_determiners",
    "deictic_places",
    "anaphoric_place_nouns",
    "anaphoric_place_adjectives",
    "anaphoric_base_nouns",
    "adjectival_anchors",
    "idioms",
    "cue_exceptions",
    "capitalised_non_cues",
    "attributed_descriptions",
    "passive_place_verbs",
    "non_anaphoric_modifiers",
    "partial_modifiers",
    "speech_verbs",
    "generic_possessors",
    "generic_name_tails",
    "adjectival_heads",
    "pronoun_subjects",
    "clause_pronoun_subjects",
    "comitative_openers",
    "seat_speaker_nouns",
    "above_site_nouns",
    "shared_service_names",
    "reduction_verbs",
    "unit_name_heads",
    "unit_name_openers",
    "builder_nouns",
    "aircraft_nouns",
    "country_leaving_verbs",
    "conjunctions",
    "np_status_adjectives",
    "presence_link_verbs",
    "subordinators",
    "adjunct_prepositions",
    "finite_auxiliaries",
    "agency_nouns",
    "country_adjectives",
    "organisation_heads",
    "multinational_bodies",
    "temporal_subordinators",
    "modal_adverbs",
    "np_plan_adjectives",
    "joining_verbs",
    "located_only_nouns",
    "organisation_tails",
    "route_nouns",
    "gathering_nouns",
    "plain_base_nouns",
    "pronoun_presence_verbs",
    "elliptic_force_heads",
    "number_approximators",
    "elliptic_group_modifiers",
    "elliptic_group_nouns",
    "elliptic_group_verbs",
    "country_anaphors",
    "recourse_verbs",
    "party_nouns",
    "passing_verbs",
    "passing_prepositions",
    "study_places",
    "non_presence_exceptions",
    "modifier_cues",
    "local_witnesses",
    "conflict_nouns",
    "nationals_verbs",
    "weapon_system_plurals",
    "trainee_nouns",
    "study_verbs",
    "civilian_modifiers",
    "homeward_verbs",
    "departure_verbs",
    "departure_adjuncts",
    "servicing_verbs",
    "military_context_words",
    "civil_site_words",
    "outsider_people",
    "force_event_nouns",
    "stationed_national_nouns",
    "serviced_objects",
    "offer_verbs",
    "journey_nouns",
    "return_verbs",
    "dependent_territories",
    "non_force_organisations",
    "ongoing_auxiliaries",
    "inchoative_verbs",
    "onset_verbs",
    "exemption_verbs",
    "habitual_markers",
    "destination_verbs",
    "passage_prepositions",
    "aside_openers",
    "access_openers",
    "lead_verbs",
    "past_eras",
    "host_subject_nouns",
    "respective_markers",
    "qualified_force_nouns",
    "civilian_people",
    "civilian_subjects",
    "tense_trainee_nouns",
    "evacuation_objects",
    "overflight_prepositions",
    "capacity_openers",
    "service_names",
    "force_gate_words",
    "absence_cues",
    "partitive_subjects",
    "ordinal_base_heads",
    "former_use_nouns",
    "cargo_nouns",
    "hedging_modals",
    "permission_heads",
    "further_group_modifiers",
    "further_group_nouns",
    "further_group_bare_nouns",
    "service_people_modifiers",
    "operating_verbs",
    "transfer_verbs",
    "venue_nouns",
    "guard_verbs",
    "connecting_verbs",
    "hedge_adverbs",
    "unit_of_nouns",
    "shared_place_nouns",
    "shipping_verbs",
    "deal_nouns",
    "attributive_plan_cues",
    "skill_compounds",
    "event_nouns",
    "town_part_nouns",
    "deliberation_verbs",
    "maker_participles",
    "supervision_verbs",
    "elliptic_base_nouns",
    "pending_participles",
    "pending_heads",
    "military_team_modifiers",
    "speaking_verbs",
    "opinion_verbs",
    "judgement_adjectives",
    "taking_verbs",
    "arrival_cues",
    "rotation_markers",
    "stationed_only_nouns",
    "stationing_verbs",
    "between_area_nouns",
    "military_people_modifiers",
    "expulsion_stems",
    "exercise_words",
    "generic_owner_nouns",
    "place_reference_nouns",
    "settlement_nouns",
    "title_nouns",
    "destination_cues",
    "border_nouns",
    "company_nouns",
    "perception_verbs",
    "partitive_quantifiers",
    "unnamed_quantifiers",
    "state_nouns",
    "relation_nouns",
    "name_determiners",
    "small_craft_nouns",
    "observer_verbs",
    "future_location_cues",
    "group_name_tails",
    "maintenance_verbs",
    "group_subject_heads",
    "state_name_words",
    "holding_verbs",
    "non_state_heads",
    "irregular_force_nouns",
    "business_auxiliaries",
    "business_verbs",
    "past_clause_verbs",
    "arms_transfer_words",
    "seldom_adverbs",
    "border_prepositions",
    "over_phrasal_verbs",
    "host_possessors",
    "host_force_nouns",
    "shelter_nouns",
)


def read_word_list(path: Path) -> list[str]:
    """Read a one-entry-per-line text file, skipping blank lines and ``#`` comments.

    Parameters
    ----------
    path
        The file.

    Returns
    -------
    list[str]
        The entries, stripped, in file order.

    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read: {exc}") from exc
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


def read_table(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a CSV file with a header and check that it has the given columns.

    Parameters
    ----------
    path
        The CSV file.
    columns
        Columns that must be present and non-empty in every row.

    Returns
    -------
    list[dict[str, str]]
        One dict per row, values stripped.

    """
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(row for row in fh if not row.startswith("#"))
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise DataFileError(str(path), f"missing column(s) {missing!r}")
            rows = []
            for lineno, row in enumerate(reader, start=2):
                clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
                empty = [c for c in columns if not clean.get(c)]
                if empty:
                    raise DataFileError(str(path), f"row {lineno}: empty {empty!r} in {row!r}")
                rows.append(clean)
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read: {exc}") from exc
    return rows


def _iso3_table(name: str, key: str) -> dict[str, str]:
    path = LEXICON_DIR / name
    out: dict[str, str] = {}
    for i, row in enumerate(read_table(path, (key, "iso3")), start=2):
        if row[key] in out:
            raise DataFileError(str(path), f"row {i}: {row[key]!r} is listed twice")
        try:
            out[row[key]] = validate_iso3(row["iso3"])
        except ValueError as exc:
            raise DataFileError(str(path), f"row {i}: {exc}") from exc
    return out


@cache
def demonym_places() -> dict[str, tuple[str, str]]:
    """Map every demonym to ``(iso3, place)``; either may be empty, not both.

    ``place`` names a gazetteer place more precise than the country ("English":
    England) or one that is not a country at all ("European": Europe, no ISO3).
    """
    path = LEXICON_DIR / "demonyms.csv"
    out: dict[str, tuple[str, str]] = {}
    for i, row in enumerate(read_table(path, ("word",)), start=2):
        iso3, place = row.get("iso3", ""), row.get("place", "")
        if not iso3 and not place:
            raise DataFileError(str(path), f"row {i}: {row['word']!r} needs an iso3 or a place")
        try:
            out[row["word"]] = (validate_iso3(iso3) if iso3 else "", place)
        except ValueError as exc:
            raise DataFileError(str(path), f"row {i}: {exc}") from exc
    return out


@cache
def demonyms() -> dict[str, str]:
    """Map demonyms and adjectives of countries (``Turkish``, ``Turks``) to ISO3 codes."""
    return {w: iso3 for w, (iso3, _) in demonym_places().items() if iso3}


@cache
def country_aliases() -> dict[str, str]:
    """Map country names, short forms and abbreviations (``U.S.``, ``UAE``) to ISO3."""
    return _iso3_table("country_aliases.csv", "alias")


@cache
def metonyms() -> dict[str, str]:
    """Map capitals and institutions used for a government (``Ankara``, ``the Kremlin``)."""
    return _iso3_table("metonyms.csv", "word")


@cache
def organisations() -> dict[str, str]:
    """Map armed forces, commands and coalitions (``US-led coalition``, ``RAF``) to ISO3."""
    return _iso3_table("organisations.csv", "name")


@cache
def sovereignty() -> frozenset[tuple[str, str]]:
    """(territory, country) pairs: a text may put the territory's places in that country.

    "Pituffik, Denmark" (Greenland), "Sevastopol, Russia" (held by Russia, Ukraine in
    GeoNames): see ``data/lexicon/sovereignty.csv``.
    """
    path = LEXICON_DIR / "sovereignty.csv"
    out = set()
    for i, row in enumerate(read_table(path, ("territory", "country")), start=2):
        try:
            pair = (validate_iso3(row["territory"]), validate_iso3(row["country"]))
        except ValueError as exc:
            raise DataFileError(str(path), f"row {i}: {exc}") from exc
        if pair[0] == pair[1]:
            raise DataFileError(str(path), f"row {i}: {pair[0]!r} is paired with itself")
        out.add(pair)
    return frozenset(out)


@cache
def country_parts() -> dict[tuple[str, str], tuple[float, float]]:
    """Map (ISO3, part) to the centre of that part of the country ("north", "central"...).

    Built by ``scripts/build_country_parts.py`` from Natural Earth borders.
    """
    path = LEXICON_DIR / "country_parts.csv"
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for i, row in enumerate(read_table(path, ("iso3", "part", "lat", "lon")), start=2):
        try:
            iso3 = validate_iso3(row["iso3"])
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as exc:
            raise DataFileError(str(path), f"row {i}: {exc}") from exc
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(str(path), f"row {i}: ({lat}, {lon}) is not a point on Earth")
        out[(iso3, row["part"].lower())] = (lat, lon)
    return out


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations after which a full stop does not end a sentence."""
    return frozenset(read_word_list(LEXICON_DIR / "abbreviations.txt"))


@cache
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """Regular expressions that mark a sentence as scraped boilerplate."""
    path = LEXICON_DIR / "boilerplate.txt"
    out = []
    for entry in read_word_list(path):
        try:
            out.append(re.compile(entry, re.IGNORECASE))
        except re.error as exc:
            raise DataFileError(str(path), f"bad pattern {entry!r}: {exc}") from exc
    return tuple(out)


_LEADING_WORDS = re.compile(r"^(?:\\b)?([a-z][a-z ]{2,}[a-z])")


@dataclass(frozen=True)
class BoilerplateRule:
    """A boilerplate pattern and the plain words it opens with, if any (a cheap pre-check)."""

    regex: re.Pattern[str]
    keyword: str | None


@cache
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """:func:`boilerplate_patterns`, each with the literal words a match must contain."""
    out = []
    for p in boilerplate_patterns():
        m = _LEADING_WORDS.match(p.pattern)
        out.append(BoilerplateRule(p, m.group(1) if m else None))
    return tuple(out)


@cache
def stop_names() -> frozenset[str]:
    """Capitalised words that are never place names in news text (months, titles...)."""
    return frozenset(w.lower() for w in read_word_list(LEXICON_DIR / "stopnames.txt"))


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words that may open a place name ("al-Tanf", "central Syria")."""
    return frozenset(w.lower() for w in read_word_list(LEXICON_DIR / "name_particles.txt"))


@cache
def name_suffixes() -> frozenset[str]:
    """Words that may follow a place name without making it a person ("Jordan Valley")."""
    return frozenset(w.lower() for w in read_word_list(LEXICON_DIR / "name_suffixes.txt"))


@cache
def given_names() -> frozenset[str]:
    """Common given names ("Jose", "Mike", "Tayyip"): the word after one is a surname."""
    return frozenset(
        read_word_list(LEXICON_DIR / "given_names.txt")
        + read_word_list(LEXICON_DIR / "given_names_extra.txt")
    )


@cache
def surnames() -> frozenset[str]:
    """Common surnames ("Peterson", "Hilton"), for given names that are also places."""
    return frozenset(read_word_list(LEXICON_DIR / "surnames.txt"))


@dataclass(frozen=True)
class Transliterations:
    """Spelling variants of place names: where they apply and how they are made."""

    countries: frozenset[str]
    rules: tuple[tuple[re.Pattern[str], str], ...]
    skeleton_articles: frozenset[str] = frozenset()
    skeleton_rules: tuple[tuple[re.Pattern[str], str], ...] = ()
    skeleton_stop: frozenset[str] = frozenset()  # outlets and groups never read as towns
    skeleton_stop_after: tuple[str, ...] = ()  # words after a name that make it an outlet's
    local_letters: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def skeleton(self, folded: str) -> str:
        """The loose key of a folded name: its words' consonants, articles left out.

        ``"tall rif'at"`` and ``"tal rifaat"`` both give ``"tl rft"``; ``"'ayn 'isa"``
        and ``"ain issa"`` both give ``"an as"`` (a leading vowel is kept as "a").
        """
        words = []
        for word in re.split(r"[^a-z0-9]+", folded.replace("'", "")):
            if not word or word in self.skeleton_articles:
                continue
            for rx, rep in self.skeleton_rules:
                word = rx.sub(rep, word)
            words.append(word)
        return " ".join(words)

    def variants(self, name: str) -> set[str]:
        """Each rule on its own, then all of them in turn."""
        out = {rx.sub(rep, name) for rx, rep in self.rules}
        every = name
        for rx, rep in self.rules:
            every = rx.sub(rep, every)
        out.add(every)
        return {" ".join(v.split()) for v in out} - {name, ""}


@cache
def transliterations() -> Transliterations:
    """Load ``transliterations.json``: the countries and the spelling rules."""
    path = LEXICON_DIR / "transliterations.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
        countries = frozenset(validate_iso3(c) for c in raw["countries"])
        rules = tuple((re.compile(pattern), replacement) for pattern, replacement in raw["rules"])
        articles = frozenset(raw["skeleton_articles"])
        stop = frozenset(raw["skeleton_stop_names"])
        stop_after = tuple(raw["skeleton_stop_after"])
        skeleton_rules = tuple((re.compile(pattern), replacement)
                               for pattern, replacement in raw["skeleton_rules"])
        local = {validate_iso3(c): tuple((str(a), str(b)) for a, b in pairs)
                 for c, pairs in raw.get("local_letters", {}).items()}
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError, re.error) as exc:
        raise DataFileError(str(path), f"cannot load: {exc}") from exc
    bad = sorted(a for a in articles if not (isinstance(a, str) and a.isalpha() and a.islower()))
    if bad:
        raise DataFileError(str(path), f"skeleton_articles must be lower-case words, got {bad[0]!r}")
    bad_local = sorted(c for c in local if c not in countries)
    if bad_local:
        raise DataFileError(str(path), f"local_letters names {bad_local[0]!r}, which is not in countries")
    return Transliterations(countries, rules, articles, skeleton_rules, stop, stop_after, local)


@cache
def region_abbreviations() -> dict[str, str]:
    """Map abbreviations of first-level divisions ("Calif.", "N.J.", "NSW") to admin1 codes.

    The codes are GeoNames' ``"US.CA"``: country ISO2, a dot, the division's code.
    """
    path = LEXICON_DIR / "region_abbreviations.csv"
    out: dict[str, str] = {}
    for i, row in enumerate(read_table(path, ("abbreviation", "country", "admin1code")), start=2):
        word, country = row["abbreviation"], row["country"]
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise DataFileError(str(path), f"row {i}: country {country!r} is not an ISO 3166-1 "
                                           "alpha-2 code")
        if " " in word or not word[:1].isupper():
            raise DataFileError(str(path), f"row {i}: {word!r} is not one capitalised word")
        out[word] = f"{country}.{row['admin1code']}"
    return out


def _checked_words(name: str, pattern: str, what: str) -> list[str]:
    """The words of a list under ``data/lexicon``, each of which must match ``pattern``."""
    path = LEXICON_DIR / name
    words = read_word_list(path)
    bad = [w for w in words if not re.fullmatch(pattern, w)]
    if bad:
        raise DataFileError(str(path), f"not {what}: {bad!r}")
    return words


@cache
def street_suffixes() -> tuple[str, ...]:
    """Words that end a street's name ("Street", "Square"; "St." for an abbreviation)."""
    return tuple(_checked_words("street_suffixes.txt", r"[A-Z][a-z]+\.?", "capitalised words"))


@cache
def site_prefixes() -> frozenset[str]:
    """Words before a name that make it a camp's name: "Camp" in "Camp Shamrock"."""
    return frozenset(read_word_list(LEXICON_DIR / "site_prefixes.txt"))


@cache
def possessive_name_tails() -> frozenset[str]:
    """Words that make "<name>'s <word>" a place name of its own: "head" in "Daniel's Head"."""
    return frozenset(_checked_words("possessive_name_tails.txt", r"[a-z]+", "lower-case words"))


@cache
def unit_heads() -> frozenset[str]:
    """Words that make "<country>'s <Name> <word>" a unit's name: "regiment", "fleet"."""
    return frozenset(_checked_words("unit_heads.txt", r"[a-z]+", "lower-case words"))


@cache
def name_openers() -> frozenset[str]:
    """Load ``name_openers.txt``: stop words that may open a town's name ("New Halfa")."""
    return frozenset(_checked_words("name_openers.txt", r"[A-Z][a-z]+", "capitalised words"))


@cache
def name_heads() -> frozenset[str]:
    """Generic words that open a place's name: "Ras" in "Ras Kamboni", "Wadi" in "Wadi Seidna"."""
    return frozenset(_checked_words("name_heads.txt", r"[A-Z][a-z]+", "capitalised words"))


@cache
def island_countries() -> frozenset[str]:
    """Countries and territories wholly on islands (``island_countries.txt``)."""
    return frozenset(_checked_words("island_countries.txt", r"[A-Z]{3}", "ISO 3166-1 alpha-3 codes"))


@cache
def weapon_nouns() -> frozenset[str]:
    """Nouns after a single name that make it a weapon's name: "Akinci drones", "Pantsir systems"."""
    return frozenset(_checked_words("weapon_nouns.txt", r"[a-z]+", "lower-case words"))


@cache
def weapon_names() -> frozenset[str]:
    """Weapons named like places or sites ("Akinci", "Tornado"): weapons before a weapon noun."""
    return frozenset(_checked_words("weapon_names.txt", r"[A-Z][a-z]+", "capitalised words"))


@cache
def surname_particles() -> frozenset[str]:
    """Lower-case words between a given name and a surname ("de" in "Mike de Kock")."""
    return frozenset(read_word_list(LEXICON_DIR / "surname_particles.txt"))


@cache
def person_titles() -> frozenset[str]:
    """Words that, before a capitalised name, make it a person: ``President``, ``Mr.``."""
    return frozenset(w.lower() for w in read_word_list(LEXICON_DIR / "person_titles.txt"))


@dataclass(frozen=True)
class CuePattern:
    """One compiled cue list: the phrases and the regex that finds any of them."""

    name: str
    phrases: tuple[str, ...]
    regex: re.Pattern[str]

    def find(self, text: str) -> list[re.Match[str]]:
        """Return every match of the cue list in ``text``."""
        return list(self.regex.finditer(text))


def phrase_regex(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Compile cue phrases into one case-insensitive regex with word boundaries.

    A phrase is literal text in which ``*`` stands for any word ending
    (``withdr*``) and ``...`` for a gap of up to four words.

    Parameters
    ----------
    phrases
        The cue phrases.

    Returns
    -------
    re.Pattern[str]
        The compiled pattern; the longest phrases are tried first.

    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        pieces = []
        for token in phrase.split():
            if token == "...":
                pieces.append(r"(?:\S+\s+){0,4}?")
                continue
            esc = re.escape(token).replace(r"\*", r"[\w'-]*")
            pieces.append(esc + r"\s+")
        body = "".join(pieces)
        body = body.removesuffix(r"\s+")
        parts.append(body)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's pairs as a dict; a key given twice is an error, not a silent overwrite."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"key {key!r} is given twice")
        seen[key] = value
    return seen


def _phrase_lists(path: Path, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Load a JSON object of named phrase lists and check that each is a list of phrases."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except (OSError, ValueError) as exc:  # (json.JSONDecodeError is a ValueError)
        raise DataFileError(str(path), f"cannot load: {exc}") from exc
    if not isinstance(raw, dict):
        raise DataFileError(str(path), f"expected an object, got {type(raw).__name__}")
    missing = [k for k in keys if k not in raw]
    if missing:
        raise DataFileError(str(path), f"missing list(s) {missing!r}")
    unknown = [k for k in raw if k not in keys and not k.startswith("_")]
    if unknown:
        raise DataFileError(str(path), f"unknown list(s) {unknown!r}")
    out = {}
    for key in keys:
        phrases = raw[key]
        if not isinstance(phrases, list) or not phrases:
            raise DataFileError(str(path), f"{key!r} must be a non-empty list of phrases")
        bad = [p for p in phrases if not isinstance(p, str) or not p.strip()]
        if bad:
            raise DataFileError(str(path), f"{key!r} holds non-phrases {bad!r}")
        out[key] = tuple(" ".join(p.split()) for p in phrases)
    return out


SITE_WORD_KEYS = ("airfield_words", "military_airfield_markers", "civil_airfield_markers",
                  "site_name_openers", "site_name_closers", "airfield_nouns", "airfield_descriptors",
                  "ourairports_types", "division_words", "gazetteer_admin_prefixes")


@cache
def site_words() -> dict[str, tuple[str, ...]]:
    """Load ``site_words.json``: the generic words of airfield and site names, lower case."""
    path = LEXICON_DIR / "site_words.json"
    lists = _phrase_lists(path, SITE_WORD_KEYS)
    bad = [p for words in lists.values() for p in words if p != p.lower()]
    if bad:
        raise DataFileError(str(path), f"not lower case: {bad!r}")
    return lists


@cache
def cues() -> dict[str, CuePattern]:
    """Load ``cues.json``: status cues, presence nouns, non-presence verbs and the rest."""
    lists = _phrase_lists(LEXICON_DIR / "cues.json", CUE_KEYS)
    return {key: CuePattern(key, phrases, phrase_regex(phrases)) for key, phrases in lists.items()}


@cache
def grammar() -> dict[str, tuple[str, ...]]:
    """Load ``grammar.json``: the function words and closed classes the claim linker uses.

    Returns
    -------
    dict[str, tuple[str, ...]]
        Each list by name (prepositions, copulas, speaker nouns, negators...).

    """
    return _phrase_lists(LEXICON_DIR / "grammar.json", GRAMMAR_KEYS)
