"""Claim rules, operators: whose forces an anchor names.

The operator comes from the anchor's noun phrase or agent ("Russia's naval base",
"Turkish troops", "France keeps troops"), else the nearest country of its clause
that can act, else the subject that opens the sentence; the discourse fills in the
rest (:mod:`geo.extract`). Used by :mod:`geo._claims_rules` and
:mod:`geo.extract`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo._claims_lex import Lex, View
from geo._claims_mentions import (
    Anchor,
    Mention,
    anchors,
    operators,
    places_of,
    relative_spans,
)
from geo._claims_patterns import Patterns, norm_phrase
from geo.toponyms import Toponym


def subject_operators(view: View, lex: Lex) -> list[str]:
    """The operators of a sentence's first force named with some, placed or not, else its subject.

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
        if lex.rx.comitative_np.search(view.sentence.text, max(0, anchor.start - 45), anchor.start):
            continue  # "has fought the ADF alongside the Congolese army": not the subject's forces
        chosen, _ = anchor_operators(view.sentence.text, anchor, ops, lex.rx, found)
        chosen = [o for o in chosen if not (o.actor or o.speaker or o.locative)
                  and not (o.how in ("country", "metonym") and lex.rx.recipient_before.search(
                      view.sentence.text, max(0, o.start - 15), o.start))  # "in talks with Ghana"
                  and not lex.rx.former_before.search(  # "works at a former Iraqi army post"
                      view.sentence.text, max(0, o.start - 12), o.start)
                  and not lex.rx.trainer_before.search(  # "is training Sudanese army units"
                      view.sentence.text, max(0, o.start - 30), o.start)]
        subject = ops[0]
        if chosen and anchor.base and all(o.how == "demonym" and o.iso3 != subject.iso3
                                          for o in chosen) and not (
                subject.actor or subject.speaker or subject.locative or subject.agent
                or subject.host) and any(
                subject.end <= s0 < anchor.start for kind in ("proposed", "existing")
                for s0, _ in view.hits.get(kind, ())):
            continue  # "Russia has asked Vietnam to let its bombers refuel at two Vietnamese air
            # bases": the host's bases, the subject's forces
        if chosen:
            return list(dict.fromkeys(o.iso3 for o in chosen))
    # "Germany could deploy two Patriot batteries": a subject country with a presence or plan
    # verb before the forces (not an actor, and not a quotation)
    first, text = ops[0], view.sentence.text
    if not found or first.end > found[0].start or first.actor or first.agent or first.host:
        return []
    deploys = any(first.end <= s < found[0].start
                  for kind in ("proposed", "existing") for s, _ in view.hits.get(kind, ())) or bool(
        lex.rx.holding_after.match(text, first.end))  # "Turkey has the largest foreign force"
    forces = any(norm_phrase(a.text) in lex.force_words or norm_phrase(a.text) in lex.equipment
                 for a in found)  # (and "asked Vietnam to let its long-range bombers refuel")
    quoted = text.lstrip().startswith(('"', "“"))
    return opening_subject(view, lex) if deploys and forces and not quoted else []


def opening_subject(view: View, lex: Lex) -> list[str]:
    """The country that opens a sentence as its subject, for a pronoun subject after it.

    "Russia, by contrast, is strengthening its presence. It keeps 7,000 soldiers at its
    base"; "France's departure from Niger would ... It pulled its last troops out of Mali".
    """
    if view.sentence.boilerplate:
        return []
    text = view.sentence.text
    for o in operators(view, lex):
        opening = _ANSWER.sub("", text[: o.start])  # "A: France is the main military power"
        if opening.strip(" \"“'‘-*•–") or o.speaker or o.locative or o.label:  # a bullet may open it
            return []
        return [o.iso3]
    return []


_ANSWER = re.compile(r"^\s*[QA]\s*:\s*")


def country_gap(gap: str, rx: Patterns) -> bool:
    """Whether the text between an anchor and a country makes it a country-level claim."""
    return bool(rx.country_link.match(gap) or rx.country_object.match(gap)
                or rx.mission_part.match(gap))


def place_key(t: Toponym) -> object:
    return t.place.id if t.place is not None else t.name


def anchor_operators(text: str, anchor: Anchor, ops: list[Mention], rx: Patterns,
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
              and rx.np_gap.match(text[o.end : anchor.start]) and "," not in text[o.end : anchor.start]
              and anchor.text.lower() not in Lex.get().pronouns]  # not "Israeli officials said it"
    chosen: list[Mention] = []
    how = ""
    if np_ops:
        chosen = coordinated(text, np_ops[-1], ops)
        how = "noun phrase"
        former = rx.former_before.search(text, max(0, chosen[0].start - 12), chosen[0].start)
        taken = former is not None and bool(rx.taking_before.search(text, max(0, former.start() - 30),
                                                                    former.start()))
        holder = [o for o in ops if o.end <= chosen[0].start and (o.iso3 == chosen[0].iso3 or taken)
                  and not (o.speaker or o.locative or o.agent)
                  and not rx.operator_break.search(text, o.end, chosen[0].start)]
        if former and holder and holder[-1].iso3 == chosen[0].iso3:
            # "the Africa Corps holds the former Wagner camps": the holder, not the former owner
            return holder[-1:], "sentence"
        if former and holder:
            # "Turkish trainers could use a former Syrian army base": the holder too (the
            # former owner's own reading gives its withdrawal, or nothing for the host)
            return [*holder[-1:], *chosen], "sentence"
    shared = rx.share_before.search(text, max(0, anchor.start - 45), anchor.start) if (
        anchor.base and not chosen) else None
    if shared:  # "A British infantry company and a French platoon share a camp outside Johvi"
        sharers = [o for o in ops if o.end <= shared.start() and not (o.speaker or o.locative or o.agent)
                   and not rx.clause_break.search(text, o.end, shared.start())]
        if len({o.iso3 for o in sharers}) >= 2:
            return sharers, "sharing"
    origins = [o for o in ops if o.origin and o.start >= anchor.end and re.fullmatch(
        r",?\s+from\s+(?:the\s+)?(?:[^.;]*?(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)?",
        text[anchor.end : o.start])]
    if origins and not chosen:
        return origins, "origin"
    recipients = [o for o in ops if anchor.base and o.start >= anchor.end
                  and not (o.locative or o.speaker) and rx.given_to.fullmatch(text, anchor.end, o.start)
                  and (o.how == "country" or _forces_follow(text, o, rx))
                  and not rx.possessive_pronoun.search(text[max(0, anchor.start - 40) : anchor.start])
                  and not rx.handover_to_before.search(text, max(0, o.start - 220), o.start)]
    # (not "handed the Salum air base to the Iraqi army": the army holds it now, the giver had it)
    if recipients and not chosen:  # "opening 17 Swedish bases and training areas to American troops"
        return recipients[:1], "recipient"
    of_ops = [o for o in ops if o.start >= anchor.end and not (o.locative or o.speaker)
              and rx.of_operator.fullmatch(text, anchor.end, o.start)]
    if of_ops and not chosen:  # "a squadron of Royal Australian Air Force jets"
        return coordinated(text, of_ops[0], ops), "of"
    rel_ends = [b for a, b in relative_spans(text, rx) if a <= anchor.start < b] if "which" in text else []
    agents = [o for o in ops if o.agent and o.start >= anchor.end
              and not (rel_ends and o.start >= rel_ends[0])  # "Russia, which keeps bases in T, held
              # an exercise with Uzbek troops": the exercise is outside the bases' clause
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


def coordinated(text: str, last: Mention, ops: list[Mention]) -> list[Mention]:
    """``last`` and the operators joined to it: "Britain and the United States", "UK-US"."""
    out = [last]
    for o in reversed([o for o in ops if o.end <= out[0].start]):
        if re.fullmatch(r"\s*(?:-|and|/|,|,\s*and)\s*(?:the\s+)?", text[o.end : out[0].start]):
            out.insert(0, o)
        else:
            break
    return [o for o in out if not (o.speaker or o.locative)]


def _goods_maker(text: str, o: Mention, rx: Patterns) -> bool:
    """Whether a demonym only names the maker of equipment bought or delivered.

    "Kyrgyzstan has bought Turkish drones and Russian Mi-8 helicopters": neither Turkey's
    nor Russia's forces (but "delivered fuel to Russian troops" names forces).
    """
    m = rx.goods_before.search(text, max(0, o.start - 40), o.start) if o.how == "demonym" else None
    if m is None or re.search(r"\bto\s", text[m.start() : o.start]):
        return False
    equipment = Lex.get().equipment
    return any(w in equipment for w in re.findall(r"[\w-]+", text[o.end : o.end + 40].lower())[:2])


def sentence_operator(text: str, anchor: Anchor, ops: list[Mention], host: str, rx: Patterns,
                       relatives: list[tuple[int, int]],
                       denial: Callable[[], bool] = lambda: False, *,
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

    opener = [m.end() for m in rx.where_clause.finditer(text, 0, anchor.start)] if "where" in text else []
    hosts_in_clause = bool(opener) and any(  # "..., where the Lao air force keeps a unit"
        opener[-1] <= h.start < anchor.start and h.iso3 == host and not (h.locative or h.speaker)
        for h in ops)
    # "X trains over Cyprus but has no base there": the "but" of X's own second predicate
    contrast = rx.contrast_none_before.search(text, max(0, anchor.start - 50), anchor.start)
    cut = contrast.start() if contrast else anchor.start
    before = [o for o in ops if o.end <= anchor.start and o.iso3 != host and not o.locative
              and not (hosts_in_clause and o.end <= opener[-1])
              and outside(o) and not rx.operator_break.search(text[o.end : cut])
              and not (rx.says_after.match(text, o.end) and not rx.possessive_word.search(
                  text, o.end, anchor.start) and any(
                  # "Washington said Serbia had deployed units": the report's own subject
                  o.end < p.start and p.end <= anchor.start and not p.locative for p in ops))]
    # trainees ("training Somali soldiers") are never the operator of a later anchor
    eligible = [o for o in before if not (o.speaker or (o.actor and not carried_in) or o.agent or o.host
                                          or rx.trainer_before.search(text, max(0, o.start - 30), o.start)
                                          or rx.adversary_before.search(text, max(0, o.start - 30), o.start)
                                          or _goods_maker(text, o, rx))]
    pronoun = rx.possessive_pronoun.search(text[max(0, anchor.start - 40) : anchor.start])
    if not eligible and (pronoun or denial()):
        eligible = [o for o in before if o.speaker and not o.actor]  # "Moscow said its forces"
    seat = [] if eligible else [o for o in ops if o.speaker and o.how == "metonym" and o.end <= anchor.start
                                and o.iso3 != host and rx.fronted.match(text[: o.start])]
    if seat:  # "In Paris, the armed forces ministry said talks on deploying jets to X"
        return seat[:1]
    if not eligible:  # "a Ugandan officer at the Halane base camp said": the speaker is there
        located = [o for o in before if o.speaker and rx.speaker_at.fullmatch(text, o.end, anchor.start)]
        if located:
            return located[-1:]
    if not eligible and anchor.base:
        let_in = [o for o in ops if o.start > anchor.end and o.iso3 != host and not (
            o.speaker or o.locative) and rx.site_permits.fullmatch(text, anchor.end, o.start)]
        if let_in:  # "A second site, the airport at Sitia, would allow US Navy aircraft to refuel"
            return let_in[:1]
        # "The Gao base, which housed 3,000 French soldiers, was handed over": the forces
        # a relative clause on the base says it holds
        rel = [(a, b) for a, b in relatives if anchor.end <= a <= anchor.end + 3]
        apposed = rx.appositive_relative.match(text, anchor.end)  # "The camp, a former army compound
        if apposed:  # that Russian military police used until December": those forces
            rel = [apposed.span(), *rel]
        return [o for o in ops if rel and rel[0][0] <= o.start < rel[0][1] and o.iso3 != host
                and not (o.speaker or o.locative or o.actor)
                and (rx.hosting_verb.search(text, rel[0][0], o.start)
                     or (apposed is not None and rx.subject_used_after.match(text, o.end)))][:1]
    if not eligible:
        return []
    # "Ugandan troops, together with US special forces advisers, ran a camp": both run it
    comitants = [o for o in eligible[1:] if rx.comitative_people.search(text, max(0, o.start - 20), o.start)
                 and "," in text[o.end : anchor.start] and _forces_follow(text, o, rx)]
    # (not "Ugandan troops, along with US money and equipment, run a camp")
    partners = [o for o in eligible[1:] if o not in comitants and o.how in ("country", "metonym")
                and (rx.recipient_before.search(text, max(0, o.start - 15), o.start)
                     or rx.permission_after.match(text, o.end))]  # "asked Britain for permission"
    eligible = [o for o in eligible if o not in partners]  # "Egypt is discussing with Eritrea"
    if pronoun:
        # the subject of the anchor's own clause: "A expelled U.S. forces from its base, and
        # Germany closed its air base at Termez"
        cuts = sorted(m.end() for r in (rx.new_clause, rx.other_subject_clause)
                      for m in r.finditer(text, 0, anchor.start))
        fronted = rx.fronted_subordinate.match(text)  # "After Turkey objected, the US withdrew its"
        if fronted and fronted.end() <= anchor.start:
            cuts = sorted([*cuts, fronted.end()])
        own = [o for o in eligible if cuts and o.start >= cuts[-1]]
        # "include the United States at Camp Lemonnier, China at its naval base": the country
        # right before "at its" owns it
        paired = [o for o in eligible if rx.paired_pronoun_gap.fullmatch(text, o.end, anchor.start)]
        first = paired[-1] if paired else own[0] if own else eligible[0]
        return [o for o in eligible if o is first or re.fullmatch(
            r"\s*(?:-|and|/|,|,\s*and)\s*(?:the\s+)?", text[first.end : o.start])]
    if comitants and not pronoun:
        main = [o for o in eligible if o not in comitants]
        if main:
            return [*[o for o in coordinated(text, main[-1], ops) if o in eligible], *comitants]
    return [o for o in coordinated(text, eligible[-1], ops) if o in eligible]
