"""The discourse: who the forces of a sentence without an operator belong to.

A reading whose sentence names no operator ("The possible airbase locations were
Palmyra and T4") takes the operator of the claims just before it, of the forces a
sentence without a claim names, or of the article's subject, and never the host's or
that of a country that strikes or visits in the same clause. Headings start a new
discourse; a place the article already gave to other operators keeps theirs.
"""

from __future__ import annotations

import dataclasses
import re

from geo import lexicon
from geo._claims_lex import Lex, View
from geo._claims_operators import opening_subject, subject_operators
from geo._claims_rules import Raw
from geo.toponyms import Toponym

__all__ = ["BULLETS", "CARRY_SENTENCES", "carry", "place_id"]

CARRY_SENTENCES = 2

def carry(by_sentence: list[list[Raw]], topic: str, views: list[View], lex: Lex) -> list[Raw]:
    """Give each reading without an operator the discourse's operator, or drop it.

    The operator is the one named earlier in the same sentence, else the one of the
    last claim in the two sentences before (or of the forces a sentence without a
    claim names: "Emirati forces still hold positions. They remain at Balhaf"), else
    the article's topic; never the host or a country that strikes or visits in the
    same clause. Forces of several operators named together before ("troops from
    South Africa, Malawi and Tanzania. They are confined to bases around Goma", or
    three operators' claims at one place) give the reading to each of them.
    """
    out: list[Raw] = []
    recent: list[tuple[int, str, object]] = []  # (sentence, operator, place of its claim)
    planned: set[int] = set()  # sentences whose claims are all plans
    section = ""  # the country a section heading names ("TURKEY", "Russia"): its items' operator
    units: dict[str, tuple[int, str]] = {}  # a unit's head noun -> (sentence, the host it serves)
    for k, raws in enumerate(by_sentence):
        if not raws and heading(views[k].sentence.text):
            recent.clear()  # "Key facts", "Marines in the north": a new section, a new discourse
            section = _heading_country(views, k)
        if not raws and k + 1 < len(by_sentence) and any(r.carried for r in by_sentence[k + 1]):
            subjects = subject_operators(views[k], lex)
            if not subjects and any(r.pronoun_subject for r in by_sentence[k + 1]):
                subjects = opening_subject(views[k], lex)  # "Russia ... its presence. It keeps"
            for subject in subjects:
                recent.append((k, subject, None))
        for r in raws:
            if r.carried and not r.local_op and (
                    lex.rx.host_subject.search(r.sentence.text, 0, max(0, r.top.start - r.sentence.start))
                    or lex.rx.host_forces.search(r.sentence.text, 0, max(0, r.top.start - r.sentence.start))
                    or lex.rx.host_agent.search(r.sentence.text)):
                continue  # "The government has a campaign with troops in the Far North": its own
            if r.carried and not r.local_op and _group_subject(r.sentence.text, lex):
                continue  # "Houthi forces fired two drones at a camp near Marib": the group's
            if r.carried and not r.local_op and any(
                    t.kind in ("region", "admin") and t.end <= r.top.start
                    and lex.rx.place_forces_possessive.match(r.sentence.text, t.end - r.sentence.start)
                    for t in views[k].tops):
                continue  # "Somaliland's coast guard keeps a small station at X": the region's own
            if r.carried and not r.local_op and _home_to_host(r, views[k]):
                continue  # "The base ... is home to the Royal Thai Navy's Third Naval Area Command"
            own = lex.rx.own_forces.search(r.sentence.text) if r.carried and not r.local_op else None
            if own and any(t.iso3 == r.top.iso3 and t.kind in ("country", "demonym")
                           and t.end - r.sentence.start <= own.start() for t in views[k].tops):
                continue  # "Syria's defence ministry said its own units had taken over the post"
            if r.carried:
                unit = _UNIT_SUBJECT.match(r.sentence.text) if not r.local_op else None
                near = [(j, op, key) for j, op, key in recent if k - j <= CARRY_SENTENCES and j < k]
                if r.local_op:
                    ops = [r.local_op]
                elif section:
                    ops = [section]  # "ISRAEL / - Holds at least two posts near Bir Ajam"
                elif unit and unit.group(1).lower() in units and k - units[unit.group(1).lower()][0] == 1:
                    ops = [units[unit.group(1).lower()][1]]  # "the Northern Fleet's headquarters at
                    # Severomorsk. The fleet also keeps its submarines at Gadzhiyevo": the host's fleet
                elif near:
                    last_j, _, last_key = near[-1]
                    ops = list(dict.fromkeys(op for j, op, key in near
                                             if j == last_j and key == last_key))
                    if not (r.pronoun_subject or lex.rx.partitive_subject.match(r.sentence.text)
                            or (len(ops) > 1 and lex.rx.joint_reference.search(r.sentence.text))):
                        # "They are spread ...", "Most of them are based at ...": the last subject's
                        ops = _claimed_here(r, ops, last_key, out)
                else:
                    ops = [topic] if topic and not (r.recent_only or (
                        r.host_voice and not _sent_there(r, topic, out))) else []
                how = "carried from the same sentence" if r.local_op else (
                    "carried from the section heading" if section else
                    "carried from the sentences before" if near else "carried from the article's subject")
                status, status_cues = r.status, r.status_cues
                if near and not r.local_op and not r.strong and r.status == "existing" and (
                        near[-1][0] in planned) and "possessive" not in r.status_cues:
                    status, status_cues = "proposed", ["planned in the sentences before", *status_cues]
                    # ("... two sites. One of the sites is a former army base near X": a base
                    # named as one of those planned, with nothing said of it now)
                for op in ops:
                    if op in r.blocked:
                        continue
                    copy = dataclasses.replace(r, operator=op, status=status, status_cues=status_cues,
                                               operator_cues=[how, *r.operator_cues[1:]])
                    out.append(copy)
                    if not copy.host_own:
                        # one group per reading: its operators go on together, but never
                        # join the claims of other operators at that place (table rows)
                        recent.append((k, op, (id(r), place_id(copy.top))))
                continue
            out.append(r)
            if not r.host_own:
                recent.append((k, r.operator, place_id(r.top)))
            else:
                for cue in r.operator_cues:
                    head = cue.rsplit(" ", 1)[-1].lower()
                    if head in lexicon.unit_heads():
                        units[head] = (k, r.operator)
        if raws and all(r.status == "proposed" for r in raws if not r.host_own):
            planned.add(k)
    return out


_UNIT_SUBJECT = re.compile(r"\s*The\s+([a-z]+)\b")  # "The fleet also keeps"


def _claimed_here(r: Raw, ops: list[str], last_key: object, done: list[Raw]) -> list[str]:
    """The carried operators, unless the place is another operator's, named earlier.

    "France withdrew its last soldiers from Novo Selo. The camp in Prizren will be
    turned into a technology park": the camp is the one the article gave to Germany
    (or to several operators), not France's. A reading whose last claim was at
    another place takes the earlier operator of its own place when there is one, and
    no operator when there are several. Forces (not a base) do so only when they
    restate what happened there ("Both contingents left Suva Reka"): "French troops
    left Gao ... instructors also deployed to Gao" are the newcomers of the sentence
    before.
    """
    place = place_id(r.top)
    if last_key is None or last_key == place:
        return ops
    owners = list(dict.fromkeys(d.operator for d in done if place_id(d.top) == place and not d.host_own
                                and (r.base or d.status == r.status)))
    if not owners:
        return ops
    mine = [op for op in ops if op in owners]  # of several forces named together, those here
    if mine:
        return mine
    return owners if len(owners) == 1 else []


def _group_subject(text: str, lex: Lex) -> bool:
    """Whether a sentence's subject is a named armed group's forces ("Houthi forces fired").

    The group's name is one the lexicon knows is no place ("Houthi"), an acronym ("RSF
    units") or a name of two or more words ("Nation Shield forces"), and none of its
    words is a country's, a demonym or a word of a state's forces ("Special Forces").
    """
    m = lex.rx.group_subject.match(text)
    if m is None:
        return False
    words = m.group(1).split()
    if any(w in lex.operator_words or w.lower() in lex.state_name_words or w.lower() in lex.rx.function_words
           or w.lower() in lex.pronouns for w in words):
        return False
    return len(words) > 1 or words[0].lower() in lex.stop_names or bool(re.fullmatch(r"[A-Z]{2,6}", words[0]))


def _sent_there(r: Raw, topic: str, done: list[Raw]) -> bool:
    """Whether "it" in the host's voice stands for the topic's forces sent to that country.

    "The United States will send a battery to Israel ... Israeli officials said it was likely
    to be positioned near Dimona": the battery; not "Turkey bought S-400 batteries ...
    Turkish media said they could be positioned near Istanbul", where the topic (Russia)
    has no claim in the country.
    """
    return r.pronoun and any(d.operator == topic and d.top.iso3 == r.top.iso3 and not d.host_own
                             for d in done)


def _home_to_host(r: Raw, view: View) -> bool:
    """Whether a carried reading rests only on "home to" the host's own forces."""
    if [c.lower() for c in r.status_cues] != ["home to"]:
        return False
    text = r.sentence.text
    at = text.lower().find("home to")
    base = r.sentence.start
    return at >= 0 and any(t.iso3 == r.top.iso3 and t.kind in ("demonym", "country")
                           and at < t.start - base <= at + 45 for t in view.tops)


def _heading_country(views: list[View], k: int) -> str:
    """The operator a heading line names ("TURKEY", "United States"), or "".

    Only a country that none of the section's lines places anything in: "GREECE / - The
    US Navy keeps a naval support activity at Souda Bay on Crete" heads a host's section.
    """
    line = views[k].sentence.text.strip()
    whole = [t for t in views[k].tops if t.kind == "country" and t.end - t.start == len(line)]
    if not whole:
        return ""
    iso3 = whole[0].iso3
    for view in views[k + 1 : k + 1 + SECTION_LOOKAHEAD]:
        if heading(view.sentence.text):
            break
        base = view.sentence.start
        if any(t.iso3 == iso3 and t.kind != "demonym"
               and view.sentence.text[t.start - base : t.end - base] not in Lex.get().metonyms
               for t in view.tops):
            return ""  # the section's places are in that country: its host (but "Moscow had
            # asked" in the RUSSIA section is its government)
    return iso3


SECTION_LOOKAHEAD = 8  # lines of a section read to tell an operator's heading from a host's


def heading(text: str) -> bool:
    """Whether a line is a section heading ("Key facts", "Reactions"), not a sentence."""
    line = text.strip()
    return 0 < len(line) <= 60 and "\n" not in line and line[:2] not in BULLETS and "|" not in line and (
        not re.search(r"[.!?:\"”’)]$", line))


def place_id(t: Toponym) -> object:
    """What identifies a place: its entry, the town an airfield was named by, or its name."""
    if t.town is not None:
        return t.town.id  # "the airport in Nador" and "at Nador" are one place
    return t.place.id if t.place is not None else t.name


BULLETS = ("- ", "* ", "• ", "– ")
