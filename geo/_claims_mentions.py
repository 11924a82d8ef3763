"""What one sentence mentions: operators, anchors and places, with their roles.

An operator mention is a country that may have forces somewhere ("Turkish",
"Moscow's", "US-led coalition"), flagged when it is only the speaker, a place, the
actor of a strike, a passive's agent or a host. An anchor is a presence noun ("air
base", "troops") or a named military site. Offsets are relative to the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo._claims_lex import Lex, View
from geo._claims_names import listed_with_town
from geo._claims_patterns import (
    Patterns,
    agent_before,
    definite_before,
    far_reference,
    list_extent,
    negated,
    norm_phrase,
)
from geo.toponyms import Toponym, haversine_km

CIVIL_SITE_KINDS = frozenset({"airport", "port", "airfield"})

_POSSESSIVE = ("'s", "’s")


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
    origin: bool = False  # "troops from Uganda": where the forces come from, their operator
    label: bool = False  # "- Ethiopia: 2,500 soldiers in Baidoa": a list item's label, the
    # operator unless it is the host ("Kuwait | 13,500 | Camp Arifjan")


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
    joining: bool = False  # "they will be joined by British soldiers": where the others are
    partitive: bool = False  # "330 of them are in southern Lebanon": part of the forces before
    elliptic: bool = False  # a partitive whose forces are those of the sentence before ("Most are")
    comitative: bool = False  # "alongside the French": a people standing for its forces


def origin_spans(view: View, lex: Lex) -> list[tuple[int, int, int, bool]]:
    """Where forces come from: ``(noun end, start, end, countries only)`` of "troops from Uganda".

    A force noun followed by "from" names the forces' origin, not where they are:
    "soldiers from Fiji and Papua New Guinea", "a battalion from Oberviechtach in
    Bavaria", "mercenaries from Russia's Wagner Group". The span runs over the list
    that follows. After a withdrawal ("withdraw its troops from Chad") "from" is the
    place left instead. After other presence nouns only a country is an origin: "jets
    from France", but "jets from Osan" fly from a base.
    """
    if view.origins is None:
        text = view.sentence.text
        leaving = [e for _, e in view.hits.get("withdrawn", ())]
        starts = {s for s, _ in view.hits.get("presence_nouns", ())}
        out = []
        for s, e in view.hits.get("presence_nouns", ()):
            m = lex.rx.origin_from.match(text, e)
            word = norm_phrase(text[s:e])
            if m is None or (word not in lex.force_words and (
                word in lex.base_words or word.split()[-1] in lex.base_words)):
                continue  # "jets from France", "troops from Uganda"; not "a base from which"
            if any(m.end() <= a <= m.end() + 25 for a in starts) and lex.rx.from_base.match(
                text, m.end()
            ):
                continue  # "flies Typhoons ... from a squadron based in Qatar": a base, no origin
            if any(0 <= s - we <= 40 for we in leaving):
                continue
            extent = list_extent(text, m.end(), lex.rx)
            onward = lex.rx.onward_place.search(text, m.end(), extent + 30)
            if onward and onward.start() < extent:  # "moved its company from Tapa to a new camp
                extent = onward.start()  # near Valga": where it goes
            # only a country is the origin of "jets from France"; "jets from Osan" are based there
            out.append((e, m.end(), extent, word not in lex.force_words))
        view.origins = out
    return view.origins


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
    if view.mentions is not None:
        return list(view.mentions)
    text = view.sentence.text
    base = view.sentence.start
    rx = lex.rx
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    sites = [(t.start - base, t.end - base, t.iso3) for t in view.tops if t.kind == "site"]
    owners = {t.end - base: t.iso3 for t in view.tops if t.kind in ("country", "demonym") and t.iso3}
    for s, e, w in view.words("organisations"):
        iso3 = view.aliases.get(w) or lex.organisations[w]
        if owners.get(s - 1, iso3) != iso3 and text[s - 1 : s] == " " and (
                w.lower() in lex.grammar["shared_service_names"]):
            continue  # "the Netherlands Marine Corps": that country's corps, not the US one
        if any(a <= s and e < b and host == iso3 for a, b, host in sites):
            continue  # "RAF Coningsby": the base's name at home, not the Royal Air Force as an
            # actor (abroad, "RAF Akrotiri" on Cyprus, the service says whose base it is)
        out.append(Mention(s, e, iso3, "organisation"))
        taken.append((s, e))
    for t in view.tops:
        s, e = t.start - base, t.end - base
        if any(a <= s < b for a, b in taken) or text[s:e].lower() == "there":
            continue
        if t.kind == "demonym":
            if rx.non_state_after.match(text[e : e + 40]) and not force_noun_after(text, e, lex):
                continue  # "the Lebanese group", "Syrian rebels": no state's forces
            if rx.group_name_after.match(text, e):
                continue  # "the Kurdish-led Syrian Democratic Forces": an armed group, no state's
            if rx.civilian_after.match(text, e):
                continue  # "Chinese police officers", "Japanese civilian staff": no forces
            if t.iso3:  # "European", "Kurdish": a place, but no country to operate
                out.append(Mention(s, e, t.iso3, "demonym"))
        elif t.kind == "country":
            out.append(Mention(s, e, t.iso3, "country", text[e : e + 2] in _POSSESSIVE))
    names = [(t.start - base, t.end - base) for t in view.tops]
    starts = {s for s, _ in view.hits.get("presence_nouns", ())}
    for s, e, w in view.words("metonyms"):
        if any(a <= s < b for a, b in taken) or any(o.start <= s < o.end for o in out):
            continue
        if any(a <= s and e <= b and b - a > e - s for a, b in names):
            continue  # part of a longer name ("Niamey air base")
        if rx.site_prefix_before.search(text, max(0, s - 12), s):
            continue  # "Camp Doha": a camp's name, not Qatar's government
        if government_seat(text, s, e, rx):
            out.append(Mention(s, e, lex.metonyms[w], "metonym"))  # "In Paris, the ministry said"
            continue
        if rx.locative_before.search(text[max(0, s - 30) : s]) or listed_with_town(view, lex, s, e):
            continue  # a place here, not the government
        m = rx.compound_head.match(text, e)
        if m and m.end() in starts:
            continue  # "the Mogadishu camp", "the Niamey base": a place naming the noun
        out.append(Mention(s, e, lex.metonyms[w], "metonym", text[e : e + 2] in _POSSESSIVE))
    for o in list(out):  # "Russian-Turkish", "UK-US": the second half of a hyphenated pair
        m = rx.hyphen_next.match(text, o.end)
        if m and m.group(1) in lex.operator_words and not any(
            x.start == m.start(1) for x in out
        ):
            out.append(Mention(m.start(1), m.end(1), lex.operator_words[m.group(1)], "demonym"))
    bodies = view.hits.get("multinational", ())
    out = [o for o in out if not rx.non_operator_suffix.match(text, o.end)
           and o.iso3 not in lex.territories  # "the Falkland Islands garrison": no state's forces
           and not any(a <= o.start and o.end <= b for a, b in bodies)]  # "Franco-German Brigade"
    out.sort(key=lambda m: m.start)
    out = [o for k, o in enumerate(out) if not (
        k and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[out[k - 1].end : o.start], re.IGNORECASE)
        and rx.relation_after.match(text, o.end))]  # "The UAE, Riyadh's main partner, ...": no forces
    np_hits = view.words("non_presence")
    noun_starts = {s for s, _ in view.hits.get("presence_nouns", ())}
    origins = origin_spans(view, lex)
    noun_at = {e: s for s, e in view.hits.get("presence_nouns", ())}
    for k, o in enumerate(out):
        spans = [(noun_at.get(ne, ne), a) for ne, a, b, _ in origins if a <= o.start < b]
        if spans and len(text) - len(text[o.end :].lstrip()) in noun_starts:
            spans = []  # "... and by a Romanian air defence battery": forces of their own
        if spans:
            ns = spans[0][0]
            if any(p.end <= ns and rx.np_gap.match(text[p.end : ns]) for p in out[:k]) or (
                    rx.transfer_before.search(text, max(0, ns - 50), ns)
                    or rx.onward_to.match(text, o.end)):  # "units from Iraq to Kuwait's base"
                o.locative = True  # "British soldiers from Oman", "moved personnel from Syria"
            else:
                o.origin = True  # "soldiers from Fiji": where, and whose, they are
            continue
        before = text[max(0, o.start - 40) : o.start]
        o.speaker = _speaker(text, o, rx)
        o.locative = (o.how in ("country", "metonym") and bool(
            rx.locative_before.search(text[max(0, o.start - 30) : o.start])
            or rx.source_before.search(text, max(0, o.start - 12), o.start))  # "bought from France"
            and not _modifies_anchor(text, o.end, noun_starts, rx)
            and not (o.how == "metonym" and o.speaker and rx.fronted.match(text[: o.start]))) or (
            o.how == "demonym" and bool(rx.place_descriptor.match(text, o.end))
            and len(text) - len(text[o.end :].lstrip()) not in noun_starts)  # "Russian border guards"
        if o.how in ("country", "metonym") and rx.label_after.match(text, o.end) and (
            not text[: o.start].strip(" -*•–")
        ):
            o.label = True  # "- Estonia: the British-led battlegroup", "Kuwait | 13,500 |"
        o.host = bool(rx.hosting_after.match(text, o.end)) and not _modifies_anchor(
            text, o.end, noun_starts, rx)  # "Sudan agreed to host", not "French troops are based"
        o.agent = agent_before(before, rx)
        o.actor = not o.locative and any(
            (0 <= s - o.end <= 50 and not rx.clause_break.search(text[o.end : s])
             and "," not in text[o.end : s]
             and not rx.event_clause.search(text, o.end, s))  # "set up posts after the clashes"
            or (e <= o.start <= e + 40 and rx.by_after_cue.match(text[e : o.start]))  # "struck by Israel"
            for s, e, _ in np_hits
        )
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[o.end : nxt.start]):
            o.speaker = o.speaker or _speaker(text, nxt, rx)
        prev = out[k - 1] if k else None
        coordinated = prev is not None and bool(re.fullmatch(
            r",?\s+(?:and|or)\s+(?:the\s+)?", text[prev.end : o.start]))
        if prev is not None and coordinated and prev.locative and o.how in ("country", "metonym") and not (
                rx.subject_after.match(text, o.end) or rx.present_verb_after.match(text, o.end)):
            o.locative = True  # "through Pakistan or Afghanistan": both places (not "..., and Britain leads")
        elif (prev is not None and prev.locative and o.how == "country" and prev.how == "country"
              and re.fullmatch(r",\s+", text[prev.end : o.start]) and _closes_list(text, out, k)):
            o.locative = True  # "deployed in Bulgaria, Hungary and Slovakia": every item a place
        if o.how == "country" and not o.locative and any(
            t.kind in ("city", "admin", "site") and t.iso3 == o.iso3
            and re.fullmatch(r"\s*,\s*", text[t.end - base : o.start]) for t in view.tops
        ):
            o.locative = True  # "based in Vicenza, Italy, arrived at ...": the town's country
        if prev is not None and prev.agent and (coordinated or text[prev.end : o.start] in "-/"):
            o.agent = True  # "run jointly by Australia and the United States", "by a Saudi-Emirati force"
    view.mentions = out
    return list(out)


def _closes_list(text: str, out: list[Mention], k: int) -> bool:
    """Whether the countries from ``out[k]`` on run, by commas, to an "and"/"or" item.

    "in Bulgaria, Hungary and Slovakia": Hungary is in a list of places; "In Iraq, Turkey
    keeps troops" has no closing item, so Turkey stays the subject.
    """
    for a, b in zip(out[k:], out[k + 1 :], strict=False):
        if b.how != "country":
            return False
        gap = text[a.end : b.start]
        if re.fullmatch(r",?\s+(?:and|or)\s+(?:the\s+)?", gap):
            return True
        if not re.fullmatch(r",\s+(?:the\s+)?", gap):
            return False
    return False


def modifies_force(view: View, lex: Lex, o: Mention) -> bool:
    """Whether a possessive names forces ("Finland's troops"), not an agreement or a leader."""
    starts = {s for s, _ in view.hits.get("presence_nouns", ())}
    return _modifies_anchor(view.sentence.text, o.end, starts, lex.rx)


def _modifies_anchor(text: str, end: int, noun_starts: set[int], rx: Patterns) -> bool:
    """Whether a country name right before ``end`` modifies a presence noun ("on U.S. forces")."""
    for pattern in rx.np_modifiers:
        m = pattern.match(text, end)
        if m is None:
            return False
        if m.end() in noun_starts:
            return True
    return False


def government_seat(text: str, start: int, end: int, rx: Patterns) -> bool:
    """Whether a capital opens its sentence for its government's voice.

    "In Paris, the armed forces ministry said": the French government speaks (not "In Kyiv,
    a Western diplomat said", a foreigner who happens to be there).
    """
    return bool(rx.fronted.match(text[:start])) and bool(rx.seat_speaker_after.match(text, end))


def _speaker(text: str, o: Mention, rx: Patterns) -> bool:
    """Whether a mention is the source of the sentence, not the forces.

    "U.S. officials said", "Turkish Defence Minister Yasar Guler told", "according to
    Iranian state media": a person or institution of the country followed by a verb of
    saying, or its audience ("told Turkish reporters"). "Hungary's parliament approved a
    plan to send troops" acts instead.
    """
    if rx.according_to.search(text[max(0, o.start - 40) : o.start]) or rx.comment_after.match(text, o.end):
        return True  # (and "Israel did not comment on the deployment")
    if o.how == "metonym" and government_seat(text, o.start, o.end, rx):
        return True  # "In Paris, the armed forces ministry said"
    m = rx.speaker_after.match(text[o.end : o.end + 60])
    dot = text[o.end : o.end + 1] == "."  # "U.S. television": the abbreviation's dot
    if rx.speech_before.search(text[max(0, o.start - 30) : o.start]) and (
        m is not None or rx.speaker_after.match(text[o.end + dot : o.end + 60])
    ):
        return True  # "told a U.S. television interviewer": the audience, a source as well
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
    between = "between" in text or "among" in text
    for s, e in nouns:
        word = norm_phrase(text[s:e])
        if e + 1 in starts and text[e : e + 1] == " ":
            continue  # "airbase locations", "base personnel": the second noun is the head
        if word in lex.force_words and lex.rx.force_event_after.match(text, e):
            continue  # "hosted the Flintlock special forces exercise": an event, not forces
        if word in lex.adjectival:
            m = re.match(r"\s+([\w-]+(?:\s+[\w-]+)?)", text[e : e + 40])
            if m and (e + m.start(1) in starts or lex.adjectival_heads.search(m.group(1))) and not (
                    lex.rx.let_before.search(text, max(0, s - 40), s)):  # "letting its navy use"
                continue  # "military posture", "army chief": an adjective here
        if word.split()[-1] in lex.aircraft and lex.rx.serviced_before.search(text, max(0, s - 60), s):
            continue  # "technicians who maintain Venezuela's Sukhoi fighter jets": serviced, not placed
        if lex.rx.gathering_for_before.search(text, max(0, s - 50), s):
            continue  # "A donors' conference for the Lebanese army is planned in Paris": an event's
        if between and (lex.rx.between_before.search(text, max(0, s - 60), s) or (
                _BETWEEN_FIRST.search(text, max(0, s - 40), s) and _AND_AFTER.match(text, e))):
            continue  # "a clash between Indian and Chinese troops", "between Syrian forces and
            # Lebanese clans": the forces only relate
        prev = text[max(0, s - 15) : s].split()
        if prev and prev[-1].lower() in lex.civilian and lex.rx.civilian_before.search(
            text, max(0, s - 20), s
        ) and not (prev[-1][:1].isupper() and text[s : s + 1].isupper()):
            continue  # "police advisers", "civilian contractors": not armed forces (but "Naval
            # Medical Research Unit Six" is a unit's name)
        if word in lex.rx.shelter and sheltering(text, s, e, lex):
            continue  # "refugees have fled to camps around the town": civilians' camps
        if "from" in text[max(0, s - 60) : s] and lex.rx.journey_from.search(text, max(0, s - 60), s):
            continue  # "a journey from the Dassault facility at Merignac": where a trip began
        if lex.rx.speaking_after.match(text, e) and word not in lex.base_words:
            continue  # "the Libyan National Army (LNA) on Friday denied": a speaker
        if word in lex.trainee_nouns and lex.rx.placed_speaker_after.match(text, e) and not any(
                0 <= s - o.end <= 2 for o in operators(view, lex)):
            continue  # "Some officers in Tallinn worry that ...": sources, not forces there
        out.append(Anchor(s, e, text[s:e], word in lex.base_words or word.split()[-1] in lex.base_words))
    out += [a for a in _qualified_forces(view, lex, starts) if not (
        norm_phrase(a.text) in lex.located_only and _country_after(view, places, a))]
    for o in operators(view, lex) if lex.rx.comitative_word.search(text) else ():
        # "based in Bouake alongside the French": the French forces
        if o.how == "demonym" and not (o.possessive or o.locative or o.speaker) and not any(
            0 <= s - o.end <= 1 for s in starts
        ) and lex.rx.comitative_people.search(text, max(0, o.start - 30), o.start):
            out.append(Anchor(o.start, o.end, text[o.start : o.end], False, comitative=True))
    for s, e in view.hits.get("organisations", ()):
        if text[s:e] in lex.force_organisations and not any(
            s <= a.start < e + 3 for a in out
        ):  # "Russia's Wagner Group sent 200 contractors to Cabo Delgado": the force itself
            out.append(Anchor(s, e, text[s:e], False))
    base = view.sentence.start
    ends = {t.end - base for t in places}
    sites = [t for t in places if t.kind == "site"
             and not far_reference(text, t.start - base, lex.rx)  # "200 km east of Thule"
             and not _measured_from(text, t.start - base, ends, lex)
             and not lex.rx.wide_area_after.match(text, t.end - base)]  # "the Al Dhafra region"
    military = [t for t in sites if not civil(t)]
    if view.hits.get("pronouns"):
        for m in lex.rx.pronoun_stationed.finditer(text):
            out.append(Anchor(m.start(1), m.end(1), m.group(1), False))  # "They were based at"
    if view.hits.get("withdrawn") and " the " in text:
        for m in lex.rx.site_left.finditer(text):  # "The Emiratis left the site in December"
            if not any(a.start <= m.start(1) < a.end for a in out):
                out.append(Anchor(m.start(1), m.end(1), m.group(1), True))
    if view.hits.get("withdrawn"):
        fine = {t.start - base for t in places if t.kind in ("city", "site")}
        for t in view.tops:  # "2002 - Russia leaves Cam Ranh": the country's forces leave
            if t.kind != "country" or text[t.end - base : t.end - base + 2] in ("'s", "’s"):
                continue
            m = lex.rx.country_leaves.match(text, t.end - base)
            if m and m.end() in fine:
                out.append(Anchor(m.start(1), m.end(1), m.group(1), False))
    for rx in (lex.rx.partitive_stationed, lex.rx.elliptic_stationed):
        for m in rx.finditer(text):  # "330 of them are in Lebanon", "Most are based at"
            here = any(force_noun(text[s:e], lex) for s, e in view.hits.get("presence_nouns", ())
                       if e <= m.start())
            k = m.lastindex or 1  # the head: a quantifier, or a group that needs no verb
            out.append(Anchor(m.start(k), m.end(k), m.group(k), False, partitive=True,
                              elliptic=not here))
    named = sites if out else military  # a civil airport or port needs a presence noun
    spans = [(t.start - base, t.end - base) for t in named]
    out = [a for a in out if not any(s <= a.start and a.end <= e for s, e in spans)]
    out += [Anchor(s, e, t.name, True, site=t) for t, (s, e) in zip(named, spans, strict=True)]
    out.sort(key=lambda a: a.start)
    return out


def _country_after(view: View, places: list[Toponym], anchor: Anchor) -> bool:
    """Whether the place after a position or post is a country or region ("position in Syria")."""
    base = view.sentence.start
    after = [t for t in places if 0 <= t.start - base - anchor.end <= 30]
    return bool(after) and after[0].kind in ("country", "region")


def sheltering(text: str, s: int, e: int, lex: Lex) -> bool:
    """Whether a camp houses civilians: refugees or the displaced named beside it, no forces."""
    lo, hi = max(0, s - 80), min(len(text), e + 60)
    people = list(lex.rx.civilian_people.finditer(text, lo, hi))
    if not people:
        return False
    near = text[min(s, people[0].start()) : max(e, people[-1].end())]
    return not any(norm_phrase(w) in lex.force_words for w in re.findall(r"[\w-]+", near))


def _qualified_forces(view: View, lex: Lex, starts: set[int]) -> list[Anchor]:
    """Nouns that name forces only after an operator: "American batteries", "its crews".

    Alone, "batteries" or "crews" may be civilian; a demonym, a country's possessive, a
    possessive pronoun or a military word ("an air defence battery") right before makes
    them a unit of forces.
    """
    text = view.sentence.text
    rx = lex.rx
    out: list[Anchor] = []
    found = [m for m in rx.qualified_force.finditer(text) if m.start() not in starts]
    companies = [m for m in rx.company.finditer(text) if m.start() not in starts
                 and not rx.business_after.match(text[m.end() : m.end() + 40])]
    out += [Anchor(m.start(1), m.end(1), m.group(1), False) for m in rx.military_team.finditer(text)
            if m.start(1) not in starts  # "a small naval logistics team", not "a police liaison team"
            and not rx.civilian_before.search(text, max(0, m.start() - 20), m.start())]
    out += [Anchor(m.start(k), m.end(k), m.group(k), False, elliptic=True)  # dropped unless forces
            for m in rx.ordinal_team.finditer(text)  # were named before ("a larger rebel group" is
            for k in ("noun", "bare") if m.group(k) and m.start(k) not in starts]  # no group of theirs)
    out += [Anchor(m.start(1), m.end(1), m.group(1), False) for m in rx.stationed_people.finditer(text)
            if m.start(1) not in starts]  # "Iranian drone technicians to be stationed at"
    taken = starts | {a.start for a in out}
    out += [Anchor(m.start(1), m.end(1), m.group(1), False) for m in rx.service_people.finditer(text)
            if m.start(1) not in taken]  # "army engineers": a service's people wherever they are
    if rx.military_context.search(text) and not rx.civil_site.search(text):
        taken = starts | {a.start for a in out}
        demonym_ends = {t.end - view.sentence.start for t in view.tops if t.kind == "demonym" and t.iso3}
        out += [Anchor(m.start(1), m.end(1), m.group(1), False) for m in rx.stationed_nationals.finditer(text)
                if m.start(1) not in taken and m.start(1) - 1 in demonym_ends]
        # ("Turkish technicians have been stationed at ... the drones": a military sentence)
    demonym_spans = {(t.start - view.sentence.start, t.end - view.sentence.start)
                     for t in view.tops if t.kind == "demonym" and t.iso3}
    out += [Anchor(m.start(1), m.end(1), m.group(1), False) for m in rx.nationals_subject.finditer(text)
            if m.span(1) in demonym_spans and m.start(1) not in starts]  # "The Americans left X"
    out += [Anchor(m.start(1), m.end(1), m.group(1), False) for m in rx.nationals_absent.finditer(text)
            if m.span(1) in demonym_spans and m.start(1) not in starts]  # "There are no Russians at X"
    demonym_stops = {e for _, e in demonym_spans}
    out += [Anchor(m.start(1), m.end(1), m.group(1), False) for m in rx.weapon_plural.finditer(text)
            if m.start(1) - 1 in demonym_stops and m.start(1) not in starts]  # "German Patriots"
    out += [Anchor(m.start(1), m.end(1), m.group(1), True) for m in rx.located_only.finditer(text)
            if m.start(1) not in starts  # "a second position near Tarim", not "their main position"
            and not (rx.owned_np_before.search(text, max(0, m.start(1) - 40), m.start(1)) and (
                m.group(1).lower().startswith("position")  # (but "its post at Huraytan")
                or not rx.pronoun_possessive_before.search(text, max(0, m.start(1) - 40), m.start(1))))]
    out += [Anchor(m.start(1), m.end(1), m.group(1), True) for m in rx.planned_located.finditer(text)
            if (m.start(1) - 1 in demonym_stops
                or (text[max(0, m.start(1) - 4) : m.start(1)].lower() == "the "
                    and rx.military_context.search(text)))
            and m.start(1) not in starts]  # "a Salvadoran post is planned in X", "The post would be
    # built on a ridge near X": a demonym's post, or the one told of
    taken = starts | {a.start for a in out}
    out += [Anchor(m.start(1), m.end(1), m.group(1), True) for m in rx.named_located.finditer(text)
            if m.start(1) not in taken]
    if not found and not companies:
        return out
    ops = [o for o in operators(view, lex) if not (o.locative or o.speaker)]
    for m in found:
        gap_ok = any(o.end <= m.start() and rx.np_gap.match(text[o.end : m.start()])
                     and "," not in text[o.end : m.start()] for o in ops)
        if gap_ok or rx.possessive_pronoun.search(text[max(0, m.start() - 12) : m.start()]) or (
                rx.military_modified.search(text, max(0, m.start() - 30), m.start())):
            out.append(Anchor(m.start(), m.end(), m.group(0), False))
    for m in companies:  # "a Spanish company is guarding": a demonym right before it
        if any(o.how == "demonym" and text[o.end : m.start()] == " " for o in ops) or (
                rx.unit_deployed_after.match(text, m.end())):
            out.append(Anchor(m.start(), m.end(), m.group(0), False))
    return out


def force_noun_after(text: str, end: int, lex: Lex) -> bool:
    """Whether a force noun follows within three words ("a Turkish battle group")."""
    words = re.findall(r"[\w-]+", text[end : end + 40].lower())[:3]
    return any(" ".join(words[i:j]) in lex.force_words
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def force_noun(phrase: str, lex: Lex) -> bool:
    """Whether a presence noun names forces ("troops", "Marines"), not a facility."""
    return norm_phrase(phrase) in lex.force_words


_NOT_JOINED = re.compile(r"\b(?:not|never|n't|no\s+longer)\s+(?:yet\s+)?(?:been\s+|be\s+)?$", re.I)


def _left_unplaced(view: View, lex: Lex, anchor: Anchor, word: str) -> bool:
    """Whether forces named before leave with no place said: "They withdrew in November".

    Not "Aid workers evacuated the town; they left in convoys" (others who left), nor
    "stationed at Tabuk before it was withdrawn" (the clause's own place).
    """
    text = view.sentence.text
    pronoun = word in lex.pronouns
    if not (pronoun or (force_noun(anchor.text, lex) and definite_before(
            text[max(0, anchor.start - 40) : anchor.start], lex.rx))):
        return False
    if not lex.rx.left_alone.match(text[anchor.end : anchor.end + 80]):
        return False
    if pronoun and lex.rx.outsiders.search(text, 0, anchor.start):
        return False
    clause = text.rfind(";", 0, anchor.start)
    return not any(clause < t.start - view.sentence.start < anchor.start for t in places_of(view, lex))


def anaphora_flags(view: View, lex: Lex, anchor: Anchor) -> Anchor:
    """Fill in whether an anchor points back ("the base", "nearby") (read only when needed)."""
    if anchor.definite is None:
        text = view.sentence.text
        word = norm_phrase(anchor.text)
        anchor.definite = anchor.site is None and word in lex.anaphoric_bases and definite_before(
            text[max(0, anchor.start - 40) : anchor.start], lex.rx)
        home = lex.rx.went_home.search(text, anchor.end, anchor.end + 90) if "home" in text else None
        anchor.deictic = anchor.site is None and bool(
            lex.rx.deictic_after.match(text[anchor.end : anchor.end + 60])
            or (home and not lex.rx.clause_break.search(text, anchor.end, home.start()))
            or _left_unplaced(view, lex, anchor, word))
        joined = lex.rx.joined_by.search(text, 0, anchor.start) if " by " in text else None
        if joined is not None and _NOT_JOINED.search(text, max(0, joined.start() - 25), joined.start()):
            joined = None  # "where they have not been joined by any Iranian units"
        by_others = joined is not None and bool(
            lex.rx.by_np.search(text, max(joined.start(), anchor.start - 40), anchor.start)
        ) and not lex.rx.clause_break.search(text, joined.end(), anchor.start)
        anchor.joining = anchor.site is None and (
            by_others or bool(lex.rx.alongside_after.match(text, anchor.end))
            or bool(lex.rx.join_them_after.match(text, anchor.end))
            or bool(lex.rx.sharing_after.match(text, anchor.end)) or (  # "will share the barracks with"
                # "The Greek unit had shared the site with a US battery": the site told of before
                bool(lex.rx.shared_with.search(text, max(0, anchor.start - 80), anchor.start))
                and not any(t.start - view.sentence.start > anchor.start for t in places_of(view, lex))))
        # ("a base near Tal Hamis, which they had shared with French special forces": there too)
    return anchor


def unspecified(view: View, lex: Lex, anchor: Anchor) -> bool:
    """Whether an anchor names no state: "foreign troops", "any base", "Kurdish fighters"."""
    if anchor.site is not None:
        return False
    text = view.sentence.text
    before = text[max(0, anchor.start - 40) : anchor.start]
    if lex.rx.unspecified.search(before):
        # "its largest foreign military base": foreign to its owner, who is named; "has no plan
        # to deploy any personnel": the subject's own
        return not (lex.rx.possessive_pronoun.search(before) or lex.rx.sending_any_before.search(before))
    if lex.rx.unnamed_countries.search(before) or lex.rx.unnamed_origin_after.match(text, anchor.end):
        return True  # "... and several European countries have trainers in Erbil"
    if anchor.base:
        return False
    base = view.sentence.start
    named = [(t.start - base, t.end - base) for t in view.tops if t.start - base < anchor.start
             and not (t.kind == "demonym" and not t.iso3)]  # "Kurdish": a people, no state
    named += view.hits.get("organisations", [])
    if _TRAINERS.search(anchor.text) and lex.rx.possessive_pronoun.search(before):
        return False  # "Britain plans to move its Peshmerga training team": the group is trained
    if before.split() and force_noun(before.split()[-1], lex) and lex.rx.possessive_pronoun.search(before):
        return False  # "a company of its Defence Force marines": the service of the state named
    return _group_modifier(text, anchor.start, named)


_BETWEEN_FIRST = re.compile(r"\b(?:between|among)\s+(?:the\s+)?[\w.'’-]+\s+$", re.IGNORECASE)
_AND_AFTER = re.compile(r"\s+and\s")
_TRAINERS = re.compile(r"\b(?:train|instruct|advis|mentor)", re.IGNORECASE)


def _group_modifier(text: str, start: int, named: list[tuple[int, int]]) -> bool:
    """Whether a lower-case anchor is named for a group that is not a state.

    "Kurdish fighters", "Houthi positions", "PKK militants", "Iran-aligned militias":
    a capitalised word right before the anchor that is neither a place, a country
    nor an armed force of one, and does not open the sentence.
    """
    if not text[start : start + 1].islower():
        return False
    m = re.search(r"(?:^|(?<=\s))((?:[a-z]{1,3}-)?[A-Z][\w'’.-]*)\s$", text[max(0, start - 40) : start])
    if m is None:
        return False
    w_start = start - 40 + m.start(1) if start >= 40 else m.start(1)
    if w_start == 0 or any(a <= w_start < b for a, b in named):
        return False
    if not text[:w_start].strip(" -–—•*"):
        return False  # the word that opens a list item: "- A mechanised company at Lislamin"
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


def place_kind_ok(t: Toponym) -> bool:
    """Whether a toponym can be where forces are.

    Not a sea or a continent, not a region without a country (but disputed islands
    and reefs are places), not a dateline, and not a small town the resolver only
    guessed in a country the article never names.
    """
    if t.dateline or not t.confident:
        return False
    island = t.place is not None and t.place.detail in ("island", "islands")
    return (t.kind in ("site", "city", "admin", "region", "country")
            and not (t.place is not None and t.place.kind in ("continent", "sea"))
            and not (t.kind == "region" and not t.iso3 and not island))


def places_of(view: View, lex: Lex) -> list[Toponym]:
    """The sentence's toponyms that can hold forces (not seas, idioms or "Turkish" alone)."""
    if view.places is not None:
        return view.places
    text = view.sentence.text
    base = view.sentence.start
    skip = view.hits.get("idioms", []) + view.hits.get("organisations", [])
    nouns = {s for s, _ in view.hits.get("presence_nouns", ())}
    metonyms = set(view.hits.get("metonyms", ()))
    dateline = lex.rx.dateline.match(text) if text[:1].isupper() else None
    out: list[Toponym] = []
    for t in view.tops:
        s, e = t.start - base, t.end - base
        if dateline and e <= dateline.end():
            continue  # "BAMAKO, Dec 15 -": where the story was filed, never a claim
        if t.kind != "site" and any(a <= s < b and (t.kind == "country" or not only)
                                    for _, a, b, only in origin_spans(view, lex)):
            continue  # "soldiers from Fiji", "a battalion from Augustdorf": an origin
        if not place_kind_ok(t) or any(a <= s and e <= b for a, b in skip):
            continue  # idioms ("east of Suez") and armed forces ("U.S. Marines") are not places
        if t.kind == "country" and e + 1 in nouns and text[e : e + 1] == " ":
            continue  # "Syria air base": a modifier, not the place
        if t.kind != "site" and lex.rx.organisation_after.match(text, e):
            continue  # "members of the Kurdistan Democratic Party of Iran": a party's name
        if t.kind == "city" and lex.rx.river_after.match(text, e):
            continue  # "on the Juba river in Gedo": the river, not the town of Juba
        if lex.rx.connecting_before.search(text, max(0, s - 30), s) or lex.rx.route_end_before.search(
                text, max(0, s - 60), s):
            continue  # "the highways that link the port of Gwadar", "the road from Zummar to the
            # Rabia border crossing": an end of a route
        if lex.rx.border_with_before.search(text, max(0, s - 50), s):
            continue  # "Assab, near the border with Djibouti": locates another place
        if t.kind == "admin" and lex.rx.river_before.search(text, max(0, s - 12), s) and not (
                lex.rx.place_descriptor.match(text, e)):
            continue  # "patrols on the Putumayo": the river a division is named after
        if t.kind in ("city", "admin") and lex.rx.aircraft_after.match(text, e) and (
                not lex.rx.locative_before.search(text[max(0, s - 30) : s])):
            continue  # "Britain flies Tornado jets from Akrotiri": an aircraft type, not a town
        if lex.rx.border_after.match(text, e) and lex.rx.border_before.search(text, max(0, s - 12), s):
            continue  # "on Iran's northern border": locates another place
        if (lex.rx.speaker_in.search(text, max(0, s - 40), s) and lex.rx.says_after.match(text, e)) or (
                lex.rx.seen_in.search(text, max(0, s - 20), s) and lex.rx.as_after.match(text[e:])):
            continue  # "a source in Ankara said", "seen in Addis Ababa as": a speaker's seat
        if lex.rx.observed_in.search(text, max(0, s - 60), s):
            continue  # "would be watched closely in Paris and New Delhi": where others react
        if (s, e) in metonyms and lex.rx.says_after.match(text, e) and not lex.rx.locative_before.search(
                text[max(0, s - 30) : s]):
            continue  # "working in Adiyaman, Islamabad said": a government (not "officers in X said")
        if (s, e) in metonyms and government_seat(text, s, e, lex.rx) and any(
                u.start - base > e for u in view.tops if u.kind != "demonym"):
            continue  # "In Paris, the armed forces ministry said talks on jets for X": its government
            # speaks (but "In Niamey, the ministry said instructors are at the airport": the place)
        if (s, e) in metonyms and lex.rx.recourse_before.search(text, max(0, s - 25), s):
            continue  # "expelled French forces and has turned to Moscow for security help"
        if (t.kind == "country" or (s, e) in metonyms) and lex.rx.party_before.search(
                text, max(0, s - 40), s):
            continue  # "after a 2020 ceasefire with Russia": the other party, not a place
        if lex.rx.title_of_before.search(text, max(0, s - 20), s):
            continue  # "the Prince of Wales Barracks": part of a title
        if t.kind != "site" and lex.rx.event_noun_after.match(text, e) and lex.rx.the_before.search(
                text, max(0, s - 5), s):
            continue  # "since the start of the Gaza war": names an event, not a place
        if t.kind != "site" and lex.rx.venue_before.search(text, max(0, s - 30), s):
            continue  # "is awaiting ratification in Tokyo", "talks in Moscow": an event's venue
        if t.kind == "city" and lex.rx.service_before.search(text, max(0, s - 14), s):
            continue  # "a New Zealand Air Force Hercules landed": the service's aircraft type
        if t.kind == "city" and force_noun_after(text, e, lex) and text[e : e + 1] == " " and any(
                d.kind == "demonym" and d.end - base == s - 1 for d in view.tops):
            continue  # "French Alpine troops": a kind of troops, not the town of Alpine
        if t.kind in ("region", "admin") and lex.rx.the_before.search(text, max(0, s - 5), s) and (
                lex.rx.place_forces_after.match(text, e)):
            continue  # "handed the camp to the Somaliland army": the region's forces, not a place
        owner = t.kind == "country" or (s, e) in metonyms
        if owner and text[e : e + 2] in ("'s", "’s") and any(a == e + 3 for a, _ in skip):
            continue  # "Russian contractors linked to Moscow's Africa Corps": the force's owner
        if owner and text[e : e + 2] in ("'s", "’s") and _modifies_anchor(
            text, e + 2, nouns, lex.rx
        ) and not any(a.start - base > e and a.kind != "country" and a.start - base < e + 40
                      for a in view.tops):
            continue  # "and Germany's air transport base at the airport": the owner, not the place
        if text[e : e + 1] == "-" and text[e + 1 : e + 2].isalpha() and not _named_base(text, e, nouns, lex):
            continue  # "Moscow-led", "Dubai-based", "Tripoli-based": a modifier
        if t.kind == "country" and agent_before(text[max(0, s - 40) : s], lex.rx):
            continue  # "set up by Russia": the operator, not the place
        if lex.rx.possessor_of_agency.match(text, e) or (
            t.kind == "country" and lex.rx.speaker_after.match(text[e + (text[e : e + 1] == ".") : e + 60])
        ):
            continue  # "at Honiara's request", "Lisbon's defence ministry", "U.S. officials": actors
        if out and _province_of(text, base, out[-1], t):
            continue  # "Sigonella, Sicily", "Fort Bragg, North Carolina": where the town is
        out.append(t)
    view.places = out
    return out


_COMMA_GAP = re.compile(r"\s*,\s*")
_LIST_GOES_ON = re.compile(r"\s*(?:and|or|&)\s")
PROVINCE_KM = 250.0


def _province_of(text: str, base: int, town: Toponym, t: Toponym) -> bool:
    """Whether ``t`` is the province or region of the town or site right before it.

    "Decimomannu, Sardinia" and "Souda Bay, Crete" name one place, not two: the
    province after a comma only locates the town, as a country does in "Vicenza,
    Italy". A town must lie in the province (same first-level division); a site,
    which has none in the gazetteer, in its country and within ``PROVINCE_KM``. Not
    when a conjunction follows ("in Lashkar Gah, Helmand and Kandahar": a list).
    """
    if t.kind not in ("admin", "region") or town.kind not in ("site", "city") or not t.iso3:
        return False
    if town.iso3 != t.iso3 or not _COMMA_GAP.fullmatch(text, town.end - base, t.start - base):
        return False
    if _LIST_GOES_ON.match(text, t.end - base):
        return False
    if town.kind == "city":
        return bool(town.place and t.place and town.place.admin1 and town.place.admin1 == t.place.admin1)
    return (None not in (town.lat, town.lon, t.lat, t.lon)
            and haversine_km(town.lat, town.lon, t.lat, t.lon) <= PROVINCE_KM)  # type: ignore[arg-type]


def _named_base(text: str, end: int, nouns: set[int], lex: Lex) -> bool:
    """Whether a hyphen after a place joins a two-part base name ("Lulea-Kallax air base").

    Not a pair of countries or peoples ("Franco-German Brigade", "Russia-Belarus forces").
    """
    m = _HYPHEN_NAME.match(text, end)
    return m is not None and m.end() in nouns and m.group(1) not in lex.operator_words


_HYPHEN_NAME = re.compile(r"-([A-Z][\w'’]*)\s+")


def _measured_from(text: str, start: int, ends: set[int], lex: Lex) -> bool:
    """Whether the place at ``start`` is the point another place is measured from.

    "a headquarters in Sibiu, about 50 km west of Cincu": Cincu only says where Sibiu is.
    """
    return any(start - 60 <= e < start and lex.rx.distance_gap.fullmatch(text, e, start) for e in ends)


def relative_spans(text: str, rx: Patterns) -> list[tuple[int, int]]:
    return [m.span() for m in rx.relative.finditer(text)]
