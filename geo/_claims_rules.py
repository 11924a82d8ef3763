"""Sentence-level rules of claim extraction: the (operator, place) readings of a sentence.

:func:`sentence_claims` finds the anchors of a sentence ("troops", "air base"),
links each to its places (:mod:`geo._claims_places`), finds whose forces they are
(:mod:`geo._claims_operators`), drops what is not presence (strikes, visits,
exercises) and gives each reading its status (:mod:`geo._claims_status`). Rows of
tables and lists labelled with an operator are read by :func:`table_row` and
:func:`label_claim`. Operators left open are filled in from the discourse by
:mod:`geo.extract`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from geo._claims_lex import Lex, View
from geo._claims_mentions import (
    Anchor,
    Mention,
    anaphora_flags,
    anchors,
    cue_hits,
    force_noun,
    force_noun_after,
    modifies_force,
    operators,
    places_of,
    relative_spans,
    unspecified,
)
from geo._claims_names import name_spans
from geo._claims_operators import (
    anchor_operators,
    coordinated,
    country_gap,
    place_key,
    sentence_operator,
)
from geo._claims_patterns import Patterns, definite_before, norm_phrase
from geo._claims_places import (
    LANDMARK_KM,
    at_anchor,
    capital_of,
    city_state,
    country_of,
    described_host,
    directional_region,
    distance_km,
    fronted_place,
    host_demonyms,
    link_places,
    only_site,
    snap_to_site,
)
from geo._claims_status import clause_span, status_of
from geo.gazetteer import Gazetteer
from geo.lexicon import island_countries
from geo.load import Sentence
from geo.toponyms import Toponym


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
    host_voice: bool = False  # for a carried reading: the only country its sentence names is the host
    pronoun: bool = False  # the anchor is "it" or "they"


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
    # (with ``present=True`` only where its forces are or were, not a plan)
    owned_place: Callable[..., tuple[Toponym, str] | None] = lambda _ops, **_kw: None
    # whether the two sentences before name bases "the second" can stand for
    bases_before: bool = False
    # the text of the last few sentences that name forces ("small teams of soldiers"), for
    # "the teams" to find its noun in
    forces_recent: str = ""
    # nouns the sentence before used for civilians' places ("the Makhmur refugee camp"), which
    # "the camp" then stands for
    sheltered_before: frozenset[str] = frozenset()
    # the text of the sentence before, read only when forces go home after it ("ended a
    # two-week exercise ... The Russian contingent flew home": the exercise's contingent)
    sentence_before: str = ""
    # the country the article names most, when it names it three times as often as these
    # ("the capital" in a story about Moldova, after a trip to Brussels)
    main_country: Callable[[frozenset[str]], Toponym | None] = lambda _others: None
    # the last place the article named with this facility noun ("Taiz airport", "the port
    # of Mocha"), for "at the airport" after other towns
    named_with: Callable[[str], Toponym | None] = lambda _noun: None
    # the place named right after this presence noun in the last sentence that used it ("a camp
    # for Turkish instructors near Harbinafsah"), for "the camp"
    noun_place: Callable[[str, frozenset[str]], Toponym | None] = lambda _noun, _hosts: None


_ITS_THING_AT = re.compile(r"\bits\s+[\w-]+(?:\s+[\w-]+)?\s+(?:at|in|on|near)\s+(?:the\s+)?$", re.IGNORECASE)


def _names_a_force(name: str, lex: Lex) -> bool:
    """Whether an organisation's name ends with a force noun ("Royal Australian Air Force")."""
    words = name.split()
    return any(force_noun(" ".join(words[-n:]), lex) for n in (1, 2))


def _capital_meant(view: View, gaz: Gazetteer, lex: Lex, ctx: Context, anchor: Anchor,
                   hosts: frozenset[str]) -> Toponym | None:
    """The capital of "the capital's air base".

    That of the country of the last place named before it in the sentence whose country has
    no forces in it ("sold drones to Niamey"), else of the place told of just before, else
    of the country the article is about; never an operator's own capital.
    """
    base = view.sentence.start
    actors = frozenset(o.iso3 for o in operators(view, lex) if not (o.locative or o.host))
    named = [t for t in view.tops if t.iso3 and t.iso3 not in actors and t.end - base <= anchor.start]
    near = named[-1] if named else ctx.antecedent("place", hosts)
    if near is None or not near.iso3 or near.iso3 in actors:
        near = ctx.main_country(actors)
    return capital_of(gaz, near.iso3) if near is not None and near.iso3 not in actors else None


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
            or (view.hits.get("withdrawn") and (any(t.kind == "country" for t in view.tops)
                                                or lex.rx.site_left.search(view.sentence.text)))
            or (ctx.bases_before and lex.rx.elliptic_base.match(view.sentence.text))
            or lex.rx.nationals_subject.search(view.sentence.text)
            or lex.rx.nationals_absent.search(view.sentence.text)
            or lex.rx.weapon_plural.search(view.sentence.text)
            or (view.hits.get("force_gates") and (
                lex.rx.qualified_force.search(view.sentence.text)
                or lex.rx.military_team.search(view.sentence.text)
                or lex.rx.ordinal_team.search(view.sentence.text)
                or lex.rx.stationed_people.search(view.sentence.text)
                or lex.rx.stationed_nationals.search(view.sentence.text)
                or lex.rx.company.search(view.sentence.text)
                or lex.rx.located_only.search(view.sentence.text)
                or lex.rx.planned_located.search(view.sentence.text)
                or lex.rx.elliptic_stationed.search(view.sentence.text)
                or lex.rx.partitive_stationed.search(view.sentence.text)))):
        return []
    sentence = view.sentence
    text = sentence.text
    base = sentence.start
    rx = lex.rx
    places = places_of(view, lex)
    found = anchors(view, lex, places)
    m = lex.rx.elliptic_base.match(text) if ctx.bases_before else None
    gapped: tuple[Anchor, ...] = ()  # "One post would stand near A, and the other near B": the
    # second takes the first's verb
    if m:  # "... two new bases. The second would go up near Batifa": the second base
        other = lex.rx.elliptic_other.search(text, m.end())  # "..., and the other near Shathah"
        second = [Anchor(other.start(1), other.end(1), other.group(1), True, partitive=True)] if other else []
        gapped = (Anchor(m.start(1), m.end(1), m.group(1), True, partitive=True), *second)
        found = sorted([*found, *gapped], key=lambda a: a.start)
    batteries = [a for a in found if a.elliptic and a.text.lower().startswith("batter")]
    if batteries and lex.rx.arms_transfer.search(ctx.sentence_before):
        found = [a for a in found if a not in batteries]
        # ("Germany delivered a Patriot battery to Ukraine. A second battery could follow")
    if not ctx.forces_before:  # "They could be positioned", "Most are": no forces named before
        found = [a for a in found if (a.text.lower() not in lex.pronouns and not a.elliptic)
                 or (a.elliptic and a.text.lower().startswith("the ")
                     and a.text.lower().split()[-1].removesuffix("s") in ctx.forces_recent)
                 or (a.elliptic and ctx.forces_recent.strip() and rx.another_group.match(a.text))]
        # ("The Americans were sent ... Their radar covers the valley. A second team could be
        # posted at X": another group of the forces named two sentences up)
    described = host_demonyms(view, gaz, lex, found) if found else []
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
    recipients: set[int] = set()  # anchors of the forces a place is handed to
    owned_anchors = {a.start: o.iso3 for o in operators(view, lex) for a in found
                     if (o.end <= a.start and not o.locative and "," not in text[o.end : a.start]
                         and a.text.lower() not in lex.pronouns
                         and rx.np_gap.match(text[o.end : a.start]))
                     or o.start < a.start < o.end}  # (the "Force" of "Maritime Self-Defense Force")
    item = rx.item_label.match(text)  # "- Betio, Kiribati: two advisers are posted at the port"
    label_top = next((t for t in places if item and t.start - base == item.start(1)
                      and t.kind != "country"), None)  # a country label is read by label_claim
    for anchor in found:
        went = rx.went_home.search(text, anchor.end, anchor.end + 120)
        if went is not None and rx.clause_break.search(text, anchor.end, went.start()):
            went = None  # "will remain in Estonia after the exercise, while the rest will return home"
        drilled = went is not None and (rx.exercise_word.search(text) is not None or (
            rx.definite_opening.fullmatch(text, 0, anchor.start) is not None
            and rx.exercise_word.search(ctx.sentence_before) is not None))
        if rx.exercise_participants.match(text, anchor.end) or (
                drilled and went is not None and not rx.from_place_after.match(text, went.end())):
            continue  # "The Russian units that joined the drills returned home": an exercise's
            # (and "soldiers flew home at the end of the drills")
        if anchor.base and rx.event_venue_before.search(text, max(0, anchor.start - 70), anchor.start):
            continue  # "It is expected to be held again next year at a base near Cairo": a venue
        linked = link_places(view, anchor, places, rx, found, joined, owned_anchors)
        how_place = ""
        inner = next((b for b in found if b.start > anchor.end
                      and rx.of_contents.fullmatch(text, anchor.end, b.start)), None) if (
            rx.of_contents.match(text, anchor.end)) else None
        if inner is not None:  # "a detachment of landing craft and logistics vessels at X": at X
            more = link_places(view, inner, places, rx, found, joined, owned_anchors)
            linked = [*more, *(t for t in linked if t not in more)]
        if not linked and label_top is not None and item and anchor.start >= item.end():
            linked, how_place = [label_top], f"list item {label_top.name}"
        handed = rx.handover_to_before.search(text, max(0, anchor.start - 220), anchor.start) if (
            not linked and norm_phrase(anchor.text) in lex.force_words) else None
        if handed is not None:  # "handed over a hilltop post near Shin ... to Russian military
            # police": the place handed over, where the recipients now are
            given = [ts for a, ts, _ in links if handed.start(1) <= a.start < handed.end(1)] or [
                ts for a, ts, _ in links if a.start < handed.start()
                and re.match(r"\s*(?:it|them)\b", handed.group(1), re.IGNORECASE)]  # "handed it to"
            if given:
                linked = [t for k, ts in enumerate(given) for t in ts
                          if not any(t is u for earlier in given[:k] for u in earlier)]
                how_place = "handed to them"
                recipients.add(id(anchor))
        if not linked:
            anaphora_flags(view, lex, anchor)
            if hosts is None and (anchor.definite or anchor.deictic):
                hosts = frozenset(o.iso3 for o in operators(view, lex) if o.host or o.locative)
        site = None
        if anchor.definite and not linked and norm_phrase(anchor.text) in ctx.sheltered_before:
            continue  # "... near the Makhmur refugee camp. Ankara regards the camp as": that camp
        capital = (rx.capital_base_before.search(text, max(0, anchor.start - 40), anchor.start)
                   or rx.capital_base_after.match(text, anchor.end)) if anchor.base and not linked else None
        town = _capital_meant(view, gaz, lex, ctx, anchor, hosts or frozenset()) if capital else None
        if town is not None:  # "maintains them at the capital's air base": the host's capital,
            linked, how_place = [at_anchor(town, anchor, base)], f"the capital: {town.name}"
            # not the last base named (a planned one at Magaria)
        if anchor.definite and not linked and not local_site:
            named = frozenset(o.iso3 for o in operators(view, lex) if not (o.locative or o.host))
            owned_site = ctx.owned_base(named) if named else None
            if owned_site is not None:
                site, base_owner[id(anchor)] = owned_site
        if local_site is not None and not linked and rx.moved_into_before.search(
                text, max(0, anchor.start - 50), anchor.start):
            continue  # "which had worked from a depot at X, has moved into the main barracks": not X
        site = local_site or site or ((
            (ctx.noun_place(norm_phrase(anchor.text).split()[-1], hosts or frozenset())
             if anchor.base else None)
            or ctx.antecedent("site", hosts or frozenset())) if anchor.definite and not linked else None)
        # ("a camp for Turkish instructors near Harbinafsah ... Asked about the camp": that camp)
        if site is not None and not linked and rx.named_after.match(text, anchor.end):
            site = None  # "the base at Shama": a base named here, not the one before
        hosted = rx.hosting_relative.match(text, anchor.end) if anchor.definite and not linked else None
        named_next = [t for t in places if hosted and t.start - base == hosted.end()]
        if named_next:
            site = named_next[0]  # "the base that hosts Camp Patriot"
        if not linked and anchor.definite and site is not None:
            linked, how_place = [at_anchor(site, anchor, base)], f"refers back to {site.name}"
        elif not linked and anchor.deictic:
            named = frozenset(o.iso3 for o in operators(view, lex)
                              if o.end <= anchor.start and not (o.locative or o.host))
            home = "home" in text and rx.went_home.search(text, anchor.end, anchor.end + 90)
            # "Germany says its batteries will go home": from where its forces were, not
            # from the last place named (a bombing two lines up)
            theirs = ctx.owned_place(named, present=True) if home and named else None
            # "kept a headquarters in Marjayoun ... and withdrew their officers from the
            # town": a town named earlier in the sentence comes before the last sentences'
            said = rx.deictic_after.match(text[anchor.end : anchor.end + 60])
            if said and re.search(r"\bfrom\s+the\s+[\w-]+$", said.group(0), re.IGNORECASE) and (
                    rx.arrived.search(said.group(0))):
                continue  # "They arrived in trucks from the capital": where they came from
            settled = bool(said and rx.the_settlement.search(said.group(0)))
            here = [t for _, ts, _ in links for t in ts if settled and t.end - base <= anchor.start
                    and t.kind in ("city", "site")]
            if said and rx.island_word.search(said.group(0)) and not here:
                # "France, which governs neighbouring Mayotte, keeps units on the island"
                actors = {(o.start, o.end) for o in operators(view, lex) if not o.locative}
                here = [t for t in places if t.end - base <= anchor.start and t.kind != "site"
                        and (t.start - base, t.end - base) not in actors
                        and text[t.end - base : t.end - base + 2] not in ("'s", "’s") and (
                            (t.kind == "country" and t.iso3 in island_countries())
                            or (t.place is not None and t.place.detail in ("island", "islands")))]
            based = ctx.antecedent("site", hosts or frozenset()) if (
                said and not theirs and not here and rx.the_base_noun.search(said.group(0))) else None
            # ("personnel who had been attached to the site also left": the site named before)
            facility = rx.the_facility.search(said.group(0)) if (
                said and not theirs and not here and not based) else None
            named_site = ctx.named_with(facility.group(1).lower()) if facility else None
            place = theirs[0] if theirs else (here[-1] if here else based or named_site or ctx.antecedent(
                "place", hosts or frozenset()))
            if place is not None and said and not here and rx.island_word.search(said.group(0)) and (
                    place.iso3 not in island_countries()):
                island = ctx.antecedent("island", frozenset())
                whole = country_of(gaz, island.iso3) if island is not None else None
                place = whole or place  # "Britain, which keeps two base areas on the island": Cyprus,
                # not Athens, named last
            elif place is not None and said and not here and place.kind in ("city", "site") and (
                    rx.island_part.search(said.group(0))):
                near = place
                islands = (ctx.antecedent("island", frozenset()), ctx.main_country(frozenset()), place)
                options = [c for t in islands if t is not None and (c := country_of(gaz, t.iso3)) is not None]
                place = min(options, key=lambda c: distance_km(c, near), default=place)  # "troops in
                # the north of the island" after Dhekelia: the north of Cyprus, the island nearest it
            part = rx.island_part.search(said.group(0)) if place is not None and said else None
            if part and place is not None and place.kind == "country":
                place = directional_region(place, part.group(1))
            if place is not None and said and rx.capital_word.search(said.group(0)):
                main = ctx.main_country(frozenset({place.iso3})) if not here else None
                # ("a range north of the capital" in a story about Moldova, after Brussels)
                place = capital_of(gaz, (main or place).iso3) or place  # "at a camp in the capital"
            elif place is not None and said and rx.country_word.search(said.group(0)):
                place = country_of(gaz, place.iso3) or place  # "from the archipelago"
            if place is not None:
                linked, how_place = [at_anchor(place, anchor, base)], f"refers back to {place.name}"
        elif not linked and anchor.joining:
            # "They will be joined by British soldiers": where the forces before them are;
            # "the French contingent ..., and Belgian troops serve alongside it": where the
            # French contingent's base is
            named = frozenset(o.iso3 for o in operators(view, lex)
                              if o.end <= anchor.start and not (o.locative or o.host or o.speaker))
            sharing = rx.sharing_after.match(text, anchor.end)
            shared_with = rx.shared_with.search(text, max(0, anchor.start - 80), anchor.start)
            theirs = (ctx.owned_base(named) or ctx.owned_place(named)) if named and (
                rx.alongside_after.match(text, anchor.end) or sharing or shared_with) else None
            if theirs is None and sharing is not None and sharing.group(0).lower().endswith("with"):
                theirs = ctx.owned_place(named, others=True)  # "British special forces share the
                # camp with them": where the forces told of before are
            # "remain at a camp near X, where they have been joined by Qatari officers": X
            if theirs is None and rx.join_them_after.match(text, anchor.end):
                mine = frozenset(o.iso3 for o in operators(view, lex)
                                 if anchor.start - 30 <= o.start < anchor.end)
                theirs = ctx.owned_place(mine, others=True)  # "A British team could join them"
            here = [t for _, ts, _ in links for t in ts
                    if t.end - base <= anchor.start and t.kind in ("city", "site")]
            if here and shared_with:
                theirs = None  # "kept Camp de Gaulle ..., and share the base with the Gabonese army"
                if re.match(r"(?:which|that)\b", shared_with.group(0), re.IGNORECASE):
                    here = here[-1:]  # "jets fly from the Al Dhafra air base, which French airmen
                    # share with the US Air Force": the place the relative clause follows
            place = (theirs[0] if theirs else None) or (here[0] if here else None) or ctx.antecedent(
                "site", frozenset()) or ctx.antecedent("place", frozenset())
            if place is not None:
                linked, how_place = [at_anchor(place, anchor, base)], f"joins {place.name}"
        elif anchor.base and linked and rx.lies_after.match(text, anchor.end) and (
                rx.bare_definite.fullmatch(text, 0, anchor.start)) and all(
                rx.reference_before.search(text, max(0, t.start - base - 25), t.start - base)
                for t in linked):
            linked = []  # "The airfield lies ... not far from the Siliguri corridor": where it is
        elif anchor.base and all(t.kind != "site" for t in linked) and rx.landmark_after.match(
            text, anchor.end
        ) and anaphora_flags(view, lex, anchor).definite:
            # "The base, on a peninsula near Sihanoukville, was expanded": the base named
            # before, which the town only locates
            site = (local_site or ctx.antecedent("site", frozenset())
                    or ctx.antecedent("place", frozenset()))
            if site is not None and any(distance_km(site, t) <= LANDMARK_KM for t in linked):
                linked, how_place = [at_anchor(site, anchor, base)], f"refers back to {site.name}"
        elif not linked and anchor.base and last_fine is not None and rx.next_subject.search(
            text, last_fine.end - base, anchor.start
        ) and not rx.own_locative_after.match(text, anchor.end):  # "a radar station on the coast"
            # "France keeps a garrison in Djibouti, and Italy opened a small base in 2013":
            # a coordinated clause about the same place
            linked = [at_anchor(last_fine, anchor, base)]
            how_place = f"same place as {last_fine.name}"
        elif not linked and last_fine is not None and (anchor.comitative or (
            norm_phrase(anchor.text) in lex.force_words
            and rx.comitative_before.search(text, max(0, anchor.start - 60), anchor.start))
        ) and not rx.clause_break.search(text, last_fine.end - base, anchor.start):
            # "Chadian units are in Gao, together with soldiers from Niger": with them there
            linked = [at_anchor(last_fine, anchor, base)]
            how_place = f"with the forces at {last_fine.name}"
        elif not linked and last_fine is not None and anchor.start in owned_anchors and (
            rx.including_before.search(text, max(0, anchor.start - 40), anchor.start)
        ) and not rx.clause_break.search(text, last_fine.end - base, anchor.start):
            # "the British-led battlegroup at Tapa, about 1,000 troops, including a French
            # contingent": a part of the forces just placed, with an operator of its own
            linked = [at_anchor(last_fine, anchor, base)]
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
    hypothetical = [h for h in view.words("hypothetical") if not (  # "discussing whether ... could"
        (h[2].lower() == "whether" and (rx.deliberation_before.search(text, max(0, h[0] - 40), h[0])
                                        or rx.whether_to.match(text, h[1])
                                        or (rx.asked_before.search(text, max(0, h[0] - 30), h[0])
                                            and rx.whether_modal.match(text, h[1]))))
        # ("asked whether a team could be based at the camp": a plan; not "asked whether troops
        # were still stationed there", a question)
        or (h[2].lower() == "if" and rx.deal_condition.match(text, h[1]))  # "If a deal goes ahead"
        or (h[2].lower().endswith(" used")  # "could be used by Chinese military aircraft": a plan
            and any(rx.by_agent_gap.fullmatch(text, h[1], o.start) for o in ops if not o.locative)))]
    stationing = bool(view.hits.get("stationing"))
    relatives = relative_spans(text, rx)
    out: list[Raw] = []
    first_raws: set[int] = set()  # readings of the first of two gapped anchors
    owners: list[int] = []
    for anchor, linked, how_place in links:
        before = text[max(0, anchor.start - 40) : anchor.start]
        if rx.possessive_pronoun.search(before):
            owners.append(anchor.start)
        chosen, op_how = anchor_operators(text, anchor, ops, rx, found)
        owned = any(a <= anchor.start and not rx.clause_break.search(text[a : anchor.start])
                    and not rx.new_subject.search(text, a, anchor.start)  # "..., and Qatari instructors"
                    and not rx.coordinated_vp.search(text, a, anchor.start)  # "... and is negotiating"
                    for a in owners) or any(o.possessive for o in chosen)
        # "No foreign military personnel will be deployed at Rushon or at Vanj": a denial of the
        # forces just reported at the places, whose operator the sentences before give
        no_foreign = bool(rx.no_foreign.search(before)) and not rx.foreign_exception.search(text) and any(
            t.kind in ("city", "site") for t in linked)  # (not "no foreign personnel other than Russians")
        bare = rx.stateless_before.search(text, max(0, anchor.start - 30), anchor.start) if chosen else None
        if bare and not anchor.base and not any(o.possessive or o.end >= bare.start() - 2 for o in chosen):
            continue  # "Moscow has called allied deployments in Finland a threat": no one state's
        if not chosen and unspecified(view, lex, anchor) and not rx.lead_before.search(
            text, max(0, anchor.start - 60), anchor.start
        ) and not no_foreign:
            continue  # "foreign troops", "any foreign base": no operator named
        explicit_ops = [r.operator for r in out if not r.carried and not r.host_own]
        for t in linked:
            for r in _claims_at(view, ctx, gaz, lex, anchor, t, chosen, op_how, ops, owned,
                                how_place, non_presence, hypothetical, stationing, relatives,
                                id(t) in joined):
                if no_foreign and r.status != "denied":
                    r.status, r.status_cues = "denied", ["no foreign", *r.status_cues]
                if id(anchor) in recipients and r.host_own:
                    continue  # "handed its base at Port-Bouet, near Abidjan's airport, to the Ivorian army"
                if id(anchor) in recipients and r.status == "withdrawn":
                    r.status, r.status_cues = "existing", ["handed to"]  # the recipients stay
                if r.carried:
                    r.recent_only = r.recent_only or no_foreign
                    r.local_op = base_owner.get(id(anchor)) or (explicit_ops[-1] if explicit_ops else "")
                    voice = [o for o in ops if o.speaker and o.end <= anchor.start]
                    if not r.local_op and voice and (
                            rx.its_before.search(text, max(0, anchor.start - 20), anchor.start)
                            or _ITS_THING_AT.search(text, max(0, anchor.start - 40), anchor.start)):
                        r.local_op = voice[-1].iso3  # "Russia's defence ministry said its radars at
                        r.blocked = r.blocked - {r.local_op}
                        # Hmeimim had tracked the jets": the speaker's own radars
                    if anchor.partitive and not r.local_op:  # "A second Chinese group": its own people's
                        r.local_op = next((t.iso3 for t in view.tops if t.kind == "demonym" and (
                            anchor.start <= t.start - view.sentence.start < anchor.end)), "")
                if len(gapped) == 2 and anchor is gapped[1]:
                    verb = next((o for o in out if o.sentence is r.sentence and id(o) in first_raws), None)
                    if verb is not None:
                        r.status, r.status_cues = verb.status, verb.status_cues
                if gapped and anchor is gapped[0]:
                    first_raws.add(id(r))
                out.append(r)
    foreign = {place_key(r.top) for r in out if not (r.host_own or r.carried)}
    out = [r for r in out if not (r.host_own and r.status in ("denied", "proposed")
                                  and place_key(r.top) in foreign)]
    # "denied a report that the US planned to station drones at Oman's Marmul airfield": the
    # airfield's owner named, not a plan (or a denial) of its own
    towns = {(r.operator, r.top.name) for r in out if r.top.kind in ("city", "site")}
    claimed_in = {r.top.place.admin1 for r in out
                  if r.top.kind in ("city", "site") and r.top.place is not None}
    located = {(b.start, b.end) for a in view.tops for b in view.tops
               if a.kind in ("city", "site") and b.kind in ("admin", "region") and a.iso3 == b.iso3
               and a.end <= b.start and rx.region_of_town_gap.fullmatch(text, a.end - base, b.start - base)
               and (any(name == a.name for _, name in towns) or (  # "at Lislamin, east of Saraqib in
                   a.place is not None and b.place is not None and a.place.admin1
                   and a.place.admin1 == b.place.admin1
                   and a.place.admin1 in claimed_in))}  # Idlib province": the province of both towns
    out = [r for r in out if not ((r.top.start, r.top.end) in located and r.top.kind in ("admin", "region")
                                  and any(o == r.operator for o, _ in towns))]
    # ("the Alabuga drone plant outside Yelabuga, in Russia's Tatarstan region": the region
    # only says where the town is)
    explicit = {place_key(r.top) for r in out if not r.carried}
    if rx.respective.search(text):
        out = _respectively(out, ops)
    return [r for r in out if not r.carried or place_key(r.top) not in explicit]


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
        if place_key(r.top) not in keys:
            keys.append(place_key(r.top))
    if len(order) < 2 or len(order) != len(keys) or len(named) != len(order):
        return out
    return [r for r in out if r.carried or order.index(r.operator) == keys.index(place_key(r.top))]


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
    # So does a first cell that names a country's unit: "Jordanian battalion | 800 | Ilok".
    label = None if operator else next(
        (o for o in operators(view, lex) if opened <= o.start < first and (
            o.how == "country" or (o.how == "demonym" and force_noun_after(text[:first], o.end, lex)))),
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
    if rx.exercise_subject.match(text):
        return True  # "The planned naval exercise would involve US destroyers off X": the drill's
    if rx.trained_with_before.search(text, max(0, anchor.start - 70), anchor.start):
        return True  # "Moldovan soldiers are training with Romanian troops at a range": a drill
    drill = rx.exercise_relative.search(text, max(0, anchor.start - 120), anchor.start)
    if drill and "," not in text[drill.end() : anchor.start]:
        return True  # "the Joint Viking exercise, during which Dutch units trained in Troms" (not
        # "After the exercise, in which 20,000 troops took part, Britain kept marines at X")
    start = lo if np_start is None else np_start
    arriving = norm_phrase(anchor.text) in Lex.get().force_words
    relatives = functools.cache(lambda: relative_spans(text, rx))  # only if a cue precedes
    for s, e, w in non_presence:
        if arriving and w.lower().startswith("landed"):
            continue  # "the troops landed at the airport": forces arriving, not a visit
        if s >= hi and ((np_start is None and rx.passive_after.fullmatch(text, hi, s))
                        or rx.purpose_after.fullmatch(text, hi, s)
                        or (rx.during_exercise.fullmatch(text, hi, s)
                            and w.lower().startswith(rx.exercise_words))):
            return True  # "Camp Taji has repeatedly been targeted", "arrived ... for an exercise"
        if e > hi + 5 or s < start - 60 or rx.clause_break.search(text[e:lo]):
            continue
        if s >= anchor.end and rx.event_clause.search(text, anchor.end, s):
            continue  # "set up posts after the 2021 clashes, mostly around Berd": a time, no event
        if s < anchor.start and any(a <= s < b <= anchor.start and rx.main_presence_verb.match(text, b)
                                    for a, b in relatives()):
            continue  # "A team, which supports the frigates escorting a ship, has used the camp":
            # the main verb after the clause says what the team does at the camp
        if e <= anchor.start and rx.clause_opener.search(text, e, anchor.start):
            continue  # "stopped at Djibouti, where China has a base": the clause has its own verb
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


def _tense_only(phrase: str, lex: Lex) -> bool:
    """Whether every trainee noun of a phrase is one that needs a finite verb ("engineers")."""
    words = [w for w in phrase.lower().split() if w in lex.trainee_nouns]
    return bool(words) and all(w in lex.grammar["tense_trainee_nouns"] for w in words)


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
        place = snap_to_site(gaz, city_state(gaz, t, lex), anchor, lex,
                             named=0 <= anchor.start - pe <= 1)  # "the Yegvard airfield"
        if place.kind == "country" and anchor.base and re.search(r"\b(?:on|at)\s+$", link_gap):
            place = only_site(gaz, place, anchor, lex)
    host = place.iso3
    carried = False
    blocked: frozenset[str] = frozenset()
    noun = norm_phrase(anchor.text)
    if noun in lex.trainee_nouns and (rx.studying_after.match(text, anchor.end)
                                      or rx.sent_to_train.match(text, anchor.end)) and not (
            _tense_only(noun, lex) and not rx.finite_after.match(text, anchor.end)):
        return []  # "Kenyan officers attend courses at Sandhurst": trainees abroad
    if noun in lex.trainee_nouns and rx.quota_before.search(text, max(0, anchor.start - 50), anchor.start):
        return []  # "offered more places for Iraqi officers at Italian military schools"
    if any(o.how == "demonym" and (m := rx.trainees_after.match(text, o.end)) and rx.studying_after.match(
            text, m.end()) and m.end() <= anchor.start and not (
            _tense_only(m.group(0), lex) and not rx.finite_after.match(text, m.end()))
            for o in ops if not chosen):
        return []  # "Azerbaijani pilots completed a course at a Pakistani air base in Punjab"
    if chosen and all(o.how == "demonym" and rx.training_for.search(text, max(0, o.start - 40), o.start)
                      for o in chosen):
        return []  # "training for Malaysian sailors in Turkey": trainees abroad
    if noun in ("mission", "missions") and rx.police_sent_before.search(
            text, max(0, anchor.start - 80), anchor.start):
        return []  # "sent hundreds of police officers to lead a multinational mission in Haiti"
    if chosen and all(o.iso3 != host for o in chosen) and {o.iso3 for o in chosen} <= {
            o.iso3 for o in ops if o.how == "demonym" and o.start < ps
            and rx.trainer_before.search(text, max(0, o.start - 30), o.start)}:
        return []  # "handed Tunisia six patrol boats and is training Tunisian crews in Taranto"
    if chosen and rx.trainer_before.search(text, max(0, chosen[0].start - 30), chosen[0].start):
        if any(o.iso3 != host for o in chosen):
            return []  # "France will train Vietnamese officers in Paris": trainees abroad
        chosen = []  # "the UAE, which trained Somali troops in Mogadishu": the trainer is there
    if chosen and anchor.base and all(o.iso3 == host and rx.former_before.search(
            text, max(0, o.start - 12), o.start) for o in chosen):
        chosen = []  # "One of the sites is a former Syrian army base": the host's once
    if chosen and anchor.base and all(o.iso3 == host and (o.possessive or (
            o.how in ("demonym", "organisation") and rx.np_gap.match(text[o.end : anchor.start])))
            for o in chosen):
        # "American troops have left Iraq's Ain al-Asad air base", "The Rwandans ... are
        # based at a Beninese army camp": the host owns the base, the forces named before
        # it are the ones there
        users = [o for o in ops if o.end <= chosen[0].start and o.iso3 != host and not (
            o.locative or o.speaker or o.possessive) and (
                (o.how == "organisation" and (rx.unit_noun_after.match(text, o.end)  # "a US Navy team"
                                              or (_names_a_force(text[o.start : o.end], lex)
                                                  and not rx.says_after.match(text, o.end))))
                or force_noun_after(text, o.end, lex)
                or (o.how == "demonym" and text[o.start : o.end].endswith("s")  # "The Rwandans"
                    and rx.definite_opening.fullmatch(text, 0, o.start) is not None))]
        if users:  # (the possessive is the host's: the base is not the users' own)
            # "Japanese and Australian army engineers would rotate through the Philippine air
            # force camp": every user joined to the last
            chosen = [o for o in coordinated(text, users[-1], ops) if o in users] or users[-1:]
            op_how, owned = "noun phrase", False
    irregular = norm_phrase(anchor.text) in lex.grammar["irregular_force_nouns"]
    if chosen and irregular and any(text[o.end : anchor.start].strip(" -") for o in chosen):
        return []  # "The United States blamed Iran-backed militias": not "Russian militias"
    if chosen:
        picks: list[tuple[str, str, Mention | None]] = [
            (o.iso3, f"{op_how}: {text[o.start:o.end]}", o) for o in chosen]
    else:
        m = rx.whose_before.search(text, max(0, anchor.start - 80), anchor.start)
        if m:  # "Egypt backs Haftar, whose forces retreated": the forces of whom "whose" stands for
            owner = [o for o in ops if o.end == m.start(1)] or [
                o for o in ops if o.how == "demonym" and o.end < m.start(1)
                and rx.np_gap.match(text[o.end : m.start(1)] + " ")]  # "Russian radar crews, whose presence"
            if not owner:
                return []
            ops = owner
        if irregular:  # "the warlord, whose militia controls the coast", "The US blamed
            return []  # Iran-backed militias": no state's forces
        if rx.proxy_before.search(text, max(0, anchor.start - 50), anchor.start):
            return []  # "ties between Ankara and the eastern camp, which fought Turkish-backed
            # forces in western Libya": local forces a sponsor backs, not the sentence's country's

        def denial() -> bool:
            clause = clause_span(text, min(anchor.start, ps), max(anchor.end, pe), rx)
            return bool(cue_hits("denied", view, lex, *clause))

        picks = [
            (o.iso3, f"sentence: {text[o.start:o.end]}", o)
            for o in sentence_operator(
                text, anchor, ops, host, rx, relatives, denial,
                carried_in=bool(rx.carrying_before.search(text, max(0, anchor.start - 40), anchor.start)))]
        if not picks and any(
            o.iso3 == host and o.end <= anchor.start and not (o.speaker or o.locative or o.host
                                                             or o.label)
            and not (o.possessive and not modifies_force(view, lex, o))  # "Finland's agreement"
            and not rx.operator_break.search(text[o.end : anchor.start])
            and not rx.recipient_before.search(text[max(0, o.start - 15) : o.start])
            and not rx.says_after.match(text, o.end)  # "Seychelles said there would be no..."
            and not rx.former_before.search(text, max(0, o.start - 12), o.start)
            for o in ops
        ):
            return []  # "Indian soldiers ... moved back to their posts in Sikkim": the host's own
            # (not "One of the sites is a former Syrian army base": the host's once, the plan's now)
        if not picks and any(
            e <= anchor.start and not rx.operator_break.search(text[e : anchor.start])
            and not any(e <= o.start < anchor.start and not o.locative for o in ops)
            for _, e in view.hits.get("multinational", ())
        ):
            return []  # "NATO, which runs a training mission in Iraq": no state's
        if not picks and rx.its_before.search(text, max(0, anchor.start - 20), anchor.start) and any(
                s < 40 and e <= anchor.start for s, e in view.hits.get("multinational", ())) and not (
                rx.reinforce_before.search(text, 0, anchor.start)
                or rx.passive_reinforced.search(text, anchor.end)):
            return []  # "The UN mission in South Sudan, UNMISS, has reinforced its base": the mission's
        if not picks and rx.made_by_np.search(text, max(0, anchor.start - 50), anchor.start):
            return []  # "a Chinese-built radar facility": a builder's, the user not named
        home = rx.home_to_after.match(text, anchor.end) if not picks and anchor.base else None
        guests = [o for o in ops if home and home.end() <= o.start <= home.end() + 40
                  and o.iso3 != host and not (o.locative or o.speaker)
                  and re.fullmatch(r"(?:[\w-]+\s+){0,6}", text[home.end() : o.start])]
        if guests:  # "The camp is already home to a detachment of the French army"
            picks = [(o.iso3, f"sentence: {text[o.start:o.end]}", o) for o in guests[:1]]
        if home and any(o.iso3 == host and o.how == "demonym" and home.end() <= o.start <= home.end() + 12
                        and force_noun_after(text, o.end, lex) for o in ops):
            return []  # "The base is home to a Malaysian air force squadron": the host's forces
        if not picks and rx.our_before.search(text, max(0, anchor.start - 25), anchor.start):
            # '"Our soldiers are leaving Novo Brdo," a Slovenian officer said': the speaker's
            quoted = [m for m in rx.quoted.finditer(text) if m.start() <= anchor.start < m.end()]
            voices = [o for o in ops if o.speaker and quoted and o.start >= quoted[0].end()]
            if voices:
                picks = [(voices[0].iso3, f"speaker: {text[voices[0].start:voices[0].end]}", voices[0])]
        subject = rx.named_subject.match(text) if not picks and "which" in text else None
        if subject and rx.possessive_word.search(text, subject.end(), anchor.start) and not any(
                o.start < subject.end() for o in ops) and not any(t.start - base < subject.end()
                                                                  for t in view.tops):
            return []  # "The Polisario Front, which ..., condemned ... from its headquarters"
        if not picks and norm_phrase(anchor.text) in lex.force_words and rx.acronym_before.search(
                text, max(0, anchor.start - 8), anchor.start):
            return []  # "NLA fighters hand over rifles": a group's own fighters, no state's
        if not picks and norm_phrase(anchor.text) in lex.force_words and any(
                t.end - base < anchor.start and (
                    rx.place_owner_gap.fullmatch(text, t.end - base, anchor.start)
                    or (t.kind in ("admin", "region") and text[t.end - base : anchor.start] == " "))
                for t in view.tops):
            return []  # "handed over to Somaliland's army", "Puntland forces": that place's own forces
        if not picks and any(o.iso3 == host and o.possessive and o.end <= anchor.start
                             and rx.host_deployer.match(text, o.end) for o in ops):
            return []  # "Syria's defence ministry has posted soldiers on the hill": the host's own
        if not picks and anchor.text.lower() in lex.grammar["uncarried_force_nouns"] and any(
                m.group(0) not in lex.operator_words and m.group(0) not in lex.organisations
                and not any(t.start - base <= m.start() < t.end - base for t in view.tops)
                for m in rx.acronym.finditer(text, 0, anchor.start)):
            return []  # "The PKK announced ..., and a first group of fighters": the group's
        if not picks:
            picks = [("", "carried from the discourse", None)]
            carried = True
            def apart(o: Mention) -> bool:  # "... outside Kani Masi, where Turkish surveyors were seen"
                gap = text[min(o.end, anchor.start) : max(o.start, anchor.end)]
                return bool(rx.operator_break.search(gap) or rx.where_word.search(gap))

            blocked = frozenset({host} | {o.iso3 for o in ops if o.actor and not apart(o)})
    held = rx.other_participle.search(link_gap) if carried and ps > anchor.end else None
    if held and held.group(1).lower() not in rx.held_participles:
        return []  # "The deployment follows a deal signed in L": the deal is there, not the forces
    # "Venezuelan officials announced a new command based in T": the host speaks of its own
    # ("Sweden's agreement lists a base at K" names no speaker: the subject's base may be meant)
    if carried and any(o.agent and o.iso3 == host for o in ops) and not rx.also_word.search(text):
        return []  # "Kakaydy ... is used by the Uzbek air force": the host's own (not "also used by")
    named = [o for o in ops if not o.locative]
    host_voice = carried and all(o.iso3 == host for o in named) and any(
        o.start < anchor.start and ((o.speaker and not rx.according_to.search(
            text[max(0, o.start - 40) : o.start]))  # "According to two Togolese officials": a source
            or (o.possessive and modifies_force(view, lex, o)))
        for o in named)
    if host_voice and re.search(r"\bits\b", text[max(0, anchor.start - 60) : anchor.start]) and not (
            rx.clause_break.search(text, max(0, anchor.start - 60), anchor.start)):
        return []  # "Syria's new defence ministry said its forces had taken over positions": the host's
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
                    and (listed or country_gap(link_gap, rx)) and not rx.passage.search(link_gap))
    # "It pulled its last troops out of Mali": the country subject of the sentence before
    pronoun_subject = (not explicit_op and bool(rx.pronoun_subject.match(text))
                       and not rx.clause_break.search(text, 0, anchor.start)
                       and not any(o.end <= anchor.start for o in ops if not o.locative))
    if (pronoun_subject and not named_before and ps > anchor.end
            and norm_phrase(anchor.text) in lex.force_words and (listed or country_gap(link_gap, rx))):
        named_before = True
    # "- Belarus: Several thousand fighters moved to Belarus": the list item's label country
    labelled = (not explicit_op and ps > anchor.end and norm_phrase(anchor.text) in lex.force_words
                and any(o.label and o.iso3 == place.iso3 for o in ops)
                and country_gap(link_gap, rx) and not rx.passage.search(link_gap))
    if place.kind == "country" and not deictic and not named_before and not labelled and (
        (not explicit_op and not offered) or (ps < anchor.end and not hosting)
        or not (listed or hosting or country_gap(link_gap, rx))
        or (anchor.base and rx.to_before.search(link_gap))
    ):
        return []  # country-level presence needs "Turkish bases in Syria"
    direction = rx.country_direction.search(link_gap) if place.kind == "country" else None
    if direction:
        place = directional_region(place, direction.group(1))
    out = []
    for iso3, op_cue, op_pos in picks:
        explicit_own = bool(chosen) and host == iso3 and bool(
            rx.own_before.search(text[max(0, anchor.start - 30) : anchor.start]))
        if host == iso3 and (place.kind == "country" or not explicit_own):
            continue
        if host == iso3 and op_pos is not None and op_pos.possessive and re.search(
                r"\bfor\s+(?:the\s+)?$", text[max(0, op_pos.start - 10) : op_pos.start]):
            continue  # "operating drones for Sudan's army from an airstrip near Tokar": a beneficiary
        span_lo = min(lo, op_pos.start) if op_pos else lo
        span_hi = max(hi, op_pos.end) if op_pos else hi
        said = rx.deictic_after.match(text[anchor.end : anchor.end + 60]) if how_place else None
        reach = max(hi, anchor.end + said.end()) if said else hi  # "docked in the capital's harbour"
        if _not_presence(text, view, rx, non_presence, lo, reach, anchor,
                         span_lo if op_pos is not None and op_pos.start < anchor.start else None):
            continue  # strikes, visits, port calls: not presence
        if norm_phrase(anchor.text).split()[-1] in lex.equipment and (
                rx.given_before.search(text, max(0, anchor.start - 40), anchor.start)):
            continue  # "Japan handed over two patrol boats to Seychelles": a gift, not a presence
        if norm_phrase(anchor.text) in lex.vessels and not stationing and not rx.keeps_before.search(
                text, max(0, anchor.start - 40), anchor.start):
            continue  # warships calling at a port are visiting, not based there (unless "kept")
        if any(span_lo - 40 <= s <= span_hi for s, _, _ in hypothetical):
            continue
        status, cues, tense = status_of(view, lex, span_lo, span_hi, owned=owned,
                                        published_year=ctx.published_year,
                                        anchor=(anchor.start, anchor.end), place=(ps, pe),
                                        operator=iso3, op_at=op_pos.start if op_pos else -1)
        # "would join Turkish officers at S": the forces joined are there, unless a plan
        # follows them ("join French forces to be deployed at Constanta")
        joined = rx.join_object.search(text, max(0, op_pos.start - 40), op_pos.start) if (
            op_pos is not None and op_pos.how == "demonym" and op_pos.end <= anchor.start
            and not any(s0 >= op_pos.end for kind in ("proposed", "construction")
                        for s0, _ in view.hits.get(kind, ()))
            and not rx.later_after.match(text, op_pos.end)) else None
        if anchor.comitative:  # "would be based at S alongside the Danes": the Danes are there
            status, cues, tense = "existing", [], "current"
        elif joined:
            status, cues, tense = "existing", [joined.group(0).split()[0].lower()], "current"
        # "The base near X ... would give", with the operator carried: naming the base says
        # nothing of whose forces are there
        # nor does a base that "would remain under Philippine command": its control
        control = ({m.group(1).lower() for m in rx.remain_under.finditer(text)}
                   if carried and anchor.base else set())
        strong = status != "existing" or any(
            c != "possessive" and c.lower() not in control
            and not (carried and anchor.base and not pronoun_subject and lex.weak_existing.fullmatch(c))
            for c in cues)
        why = [op_cue] + ([how_place] if how_place else [])
        out.append(Raw(iso3, place, view.sentence, status, cues, why, explicit_own, tense,
                       carried, strong, anchor.base, blocked=blocked,
                       recent_only=named_before and place.kind in ("country", "region"),
                       pronoun_subject=carried and pronoun_subject, host_voice=host_voice,
                       pronoun=anchor.text.lower() in lex.pronouns))
    return out
