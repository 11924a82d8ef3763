"""The status a sentence gives a claim: denied, withdrawn, proposed or existing.

Cues are read in a window around the claim, cut at clause breaks ("but", "while",
";") and stretched over a relative clause or an apposition that separates the
claim from its verb. Negated cues, legal bases ("under a 2014 agreement"), planned
or denied withdrawals and verbs of continuing after a modal ("will remain") are
weighed before the cue lists decide.
"""

from __future__ import annotations

import re

from geo._claims_lex import Lex, View
from geo._claims_mentions import cue_hits, operators, places_of, relative_spans
from geo._claims_patterns import Patterns, list_extent, negated, norm_phrase
from geo.toponyms import Toponym


def _scope(text: str, lo: int, hi: int, anchor: tuple[int, int], rx: Patterns, *,
           forces: bool = False, nouns: tuple[tuple[int, int], ...] = (),
           verb_ends: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Where the status cues of a claim spanning ``[lo, hi)`` are read.

    60 characters before and 40 after, stretched over a relative clause or an
    apposition that separates the claim from its verb ("Germany, which had kept a hub
    at Niamey airport, wound up that mission"; "Air Base 101, next to the airport,
    was handed over"; "a unit that patrolled Manbij under a 2019 deal left the town").
    """
    n = len(text)
    anchor_end = anchor[1]
    top = min(n, hi + 40)
    if rx.restrictive_after.match(text, anchor_end):
        top = min(n, hi + 80)
    for a, b in relative_spans(text, rx):
        if (a < hi and lo < b) or (hi <= a <= hi + 20 and "," not in text[hi:a]):
            # the main verb after the clause, unless it only reports ("..., said it would")
            if rx.says_after.match(text, b):
                top = b if a < hi and lo < b else max(top, b)
            else:
                top = max(top, min(n, b + 40))
    m = rx.parenthetical.match(text, hi)
    if m:
        top = max(top, min(n, m.end() + 40))
    m = rx.parenthetical.match(text, anchor_end) if anchor_end < hi else None
    if m and m.end() >= hi:
        top = max(top, min(n, m.end() + 40))  # "The second, on a hill outside X in the Y area, was emptied"
    m = rx.and_np_verb_after.match(text, anchor_end)
    if m:
        top = max(top, min(n, m.end() + 40))  # "a battery and a small maintenance unit would be"
    colon = text.find(":", hi, hi + 40)
    if colon >= 0:
        top = n  # "has also used Seychelles: it flew drones from Mahe between 2009 and 2016"
    first, last = clause_span(text, lo, hi, rx)
    # "moved into the camp in January, days after French troops left": another event
    for m in rx.event_clause.finditer(text, hi, min(top, last)):
        if m.group(0).lower() == "once" and rx.participle_after.match(text, m.end()):
            continue  # "once staffed by 1,500 Russian personnel": formerly, not a new event
        if forces and m.group(0).lower() == "before" and rx.leaving_gerund.match(text, m.end()):
            continue  # "engineers cleared roads near X for weeks before returning home": their exit
        last = m.start()
        break
    m = rx.speech_after.search(text, hi, min(top, last))
    if m:
        last = m.start()  # "has 250 troops based in Gao, and said it would review them"
    m = rx.new_subject.search(text, hi, min(top, last))
    if m:
        last = m.start()  # "troops stayed in Gao, and Niger expelled the French"
    m = rx.and_that.search(text, hi, min(top, last))
    if m:
        last = m.start()  # "had operated a post near S and that talks were under way"
    for m in rx.event_clause.finditer(text, max(first, lo - 60), lo):
        comma = text.rfind(",", m.end(), lo)
        first = max(first, comma + 1 if comma >= 0 else m.start())
    for m in rx.clause_opener.finditer(text, max(first, lo - 60), lo):
        if "," not in text[m.end() : lo]:
            first = max(first, m.start())  # "... would be redeployed to Niger, where France has"
    for m in rx.clause_opener.finditer(text, lo, anchor[0]):
        first = max(first, m.start())  # "... with the Africa Corps, which already holds the camps"
    for m in rx.and_that.finditer(text, max(first, lo - 80), max(lo + 1, anchor[0])):
        if not (m.group(0).rstrip().endswith("that") and rx.pronoun_start.match(text, m.end())):
            # (not "... and that its mission in Yemen": the same subject)
            first = max(first, m.end())  # "... and that talks were under way"
    for m in rx.new_subject.finditer(text, max(first, lo - 80), lo + 1):
        first = max(first, m.start())  # "Emirati officers left Ataq, and Saudi troops arrived in Marib"
    for m in rx.coordinated_vp.finditer(text, max(first, anchor[0] - 80), anchor[0]):
        first = max(first, m.start() + 1)  # "keeps its Kant air base and is negotiating to station
        # helicopters at X": the first predicate's cues are not the second's
    absolute = rx.with_absolute.search(text, max(first, anchor[0] - 70), anchor[0])
    if absolute and rx.stationed_word.search(text, absolute.start(), hi) and not rx.already_word.search(
            text, absolute.start(), hi):  # not "with 200 German staff already based in Vilnius"
        # "in talks about sending a mission to the south, with Saudi instructors based at
        # a camp near X": the absolute clause takes the main clause's verb
        return first, min(top, last)
    if absolute and rx.already_word.search(text, absolute.start(), hi):
        first = max(first, absolute.start())  # "will send a brigade, with 200 soldiers already based
        # in Vilnius": the soldiers are there now, whatever the brigade will do
    m = rx.and_prep_before.search(text, max(0, anchor[0] - 40), anchor[0])
    if m:  # "withdrew from an outpost near A, about 20 km north-east of B, and from a position
        # above C": the verb governs both
        prev = text.rfind(f" {m.group(1).lower()} ", 0, m.start())
        if prev >= 0 and not rx.clause_break.search(text, prev, m.start()):
            lo = min(lo, prev)
    m = rx.and_np_before.search(text, max(0, anchor[0] - 40), anchor[0]) if anchor[1] > anchor[0] else None
    if m:  # "The possible locations are an airstrip near A, ..., and a disused airstrip at B":
        # the same head noun earlier in the list takes the same verb
        head = re.escape(text[anchor[0] : anchor[1]].rsplit(maxsplit=1)[-1])
        same = [p.start() for p in re.finditer(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{head}\b",
                                              text[: m.start()], re.IGNORECASE)]
        if not same:  # "discussing an armed drone unit at A and a camp for Turkish instructors
            # near B": the list's earlier noun phrase, of another presence noun
            same = [np_m.start() for s0, e0 in nouns if e0 <= m.start()
                    if (np_m := rx.indefinite_np_before.search(text, max(0, s0 - 40), s0)) is not None
                    and np_m.start() - 1 in verb_ends]  # (the object of a status cue, not "moved to a camp")
        if same and not rx.clause_break.search(text, same[-1], m.start()):
            lo = min(lo, same[-1])
    return max(lo - 60, first), min(top, last)


def clause_span(text: str, lo: int, hi: int, rx: Patterns) -> tuple[int, int]:
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
              place: tuple[int, int] = (0, 0), operator: str = "",
              op_at: int = -1) -> tuple[str, list[str], str]:
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
    operator, op_at
        The claim's operator, when known, and where its mention starts ("former" before
        another owner's noun phrase says nothing of it: "the Africa Corps holds the former
        Wagner camps").

    Returns
    -------
    tuple[str, list[str], str]
        The status, the cues that decided it, and the tense of the presence
        (``current``, ``past`` or ``""``).

    """
    key = (lo, hi, owned, published_year, anchor, place, operator, op_at)
    if key not in view.statuses:
        view.statuses[key] = _status(view, lex, lo, hi, owned, published_year, anchor, place,
                                     operator, op_at)
    return view.statuses[key]


def _left_country(view: View, objects: list[tuple[int, int]], place: tuple[int, int]) -> bool:
    """Whether the forces left the whole country the place lies in.

    "Russian air-defence crews, whose presence at the Vahdati air base near Dezful was
    reported in October, left Iran in December": gone from Dezful too.
    """
    base = view.sentence.start
    spans = {(t.start - base, t.end - base): t for t in view.tops}
    here = spans.get(place)
    return here is not None and here.kind != "country" and any(
        (t := spans.get(o)) is not None and t.kind == "country" and t.iso3 == here.iso3 for o in objects)


def _withdrawal_objects(view: View, lex: Lex, end: int) -> list[tuple[int, int]]:
    """The places a withdrawal cue ending at ``end`` governs ("left Gao, Kidal and Menaka").

    The first place must follow the cue closely; the others are the rest of the list
    of noun phrases that is its object ("left Menaka in June and Gossi in April"). A
    recipient or agent ("handed over to Greenland's government", "closed by Moscow") and
    a place after a date or a subordinator ("closed in 2002 after Moscow said") are none.
    """
    text = view.sentence.text
    base = view.sentence.start
    spans = [(t.start - base, t.end - base) for t in places_of(view, lex)]
    out: list[tuple[int, int]] = []
    extent = 0
    for s, e in spans:
        if s < end:
            continue
        if not out:
            gap = text[end:s]
            if len(gap) > 25 or "," in gap or lex.rx.not_object.search(gap):
                break  # "handed over to Greenland", "closed in 2002 after Moscow": no object
            extent = list_extent(text, end, lex.rx)
        elif s >= extent:
            break
        out.append((s, e))
        if lex.rx.onward_to.match(text, e):
            break  # "out of Syria to a new camp near Quweira": the rest is where they go
    return out


def _ongoing(text: str, hit: tuple[int, int, str], rx: Patterns) -> bool:
    """Whether a withdrawal cue tells of an exit under way or a yearly one: still there.

    "The Americans are leaving", "the UAE began withdrawing from Balhaf", "arrives each
    April and leaves in October".
    """
    s, _, w = hit
    before = text[max(0, s - 25) : s]
    if w.lower().endswith("ing") and rx.ongoing_before.search(before):
        return True
    if rx.inchoative_before.search(before):
        return True
    if rx.rotation_after.match(text, hit[1]):
        return True  # "be replaced every few months": a rotation
    first, last = clause_span(text, s, hit[1], rx)
    return bool(rx.habitual.search(text, first, last))


def _novelty(view: View, lex: Lex) -> list[tuple[int, int, str]]:
    """Presence nouns named as new: "the new U.S. locations", "a second base".

    A weak sign of a plan: any presence cue ("opened", "has a base in") outweighs it.
    """
    if view.novelty is None:
        text = view.sentence.text
        base = view.sentence.start
        named = [(t.start - base, t.end - base) for t in view.tops if t.kind == "site"]
        out = []
        for s, e in view.hits.get("presence_nouns", ()):
            if any(a <= s < b for a, b in named):
                continue  # "the sprawling new Camp Humphreys": a named camp, not a plan
            m = lex.rx.np_plan_before.search(text, max(0, s - 30), s)
            if m and not _proper_name(text, m.start()):
                out.append((m.start(), e, text[m.start() : e]))
        view.novelty = out
    return view.novelty


_NOW = frozenset({"already", "now", "still", "currently"})


def _proper_name(text: str, at: int) -> bool:
    """Whether a capitalised adjective inside a sentence opens a name ("a New Zealand Air Force plane").

    "New" or "Planned" written with a capital after the first word of a sentence, and followed by
    another capitalised word, is part of a proper name, not a plan.
    """
    nxt = re.match(r"[A-Z][a-z]*\s+[A-Z]", text[at:])
    before = text[:at].rstrip()
    return bool(nxt) and bool(before.strip(" \"'“‘(")) and not before.endswith(("-", "–", "—", ":"))


def _other_owner(view: View, lex: Lex, start: int, end: int, operator: str, op_at: int) -> bool:
    """Whether ``[start, end)`` names an owner other than the claim's operator.

    "Wagner fighters are based at the former United Nations camp": the camp's former
    owner is the U.N., so "former" says nothing of Wagner; nor does it of the Africa
    Corps in "the Africa Corps holds the former Wagner camps" (another mention, even of
    the same country).
    """
    if any(start <= a and b <= end for a, b in view.hits.get("multinational", [])):
        return True
    return any(start <= o.start and o.end <= end and (o.iso3 != operator or 0 <= op_at != o.start)
               for o in operators(view, lex))


def _former_name(view: View, lex: Lex, end: int) -> bool:
    """Whether "formerly" ending at ``end`` introduces a former name ("formerly Thule Air Base")."""
    m = _RENAMED.match(view.sentence.text, end)
    return m is not None and (m.group(1) is not None
                              or not any(o.start == m.end() for o in operators(view, lex)))


_RENAMED = re.compile(r"(?i:\s+(?:(known\s+as|called|named)\s+)?)(?=[A-Z])")


def _event_told_before(view: View, hit: tuple[int, int, str], place: tuple[int, int],
                       rx: Patterns) -> bool:
    """Whether a withdrawal cue names, as the sentence's subject, the event told before.

    "The closure is part of a deal under which ... its presence in Greece": the noun
    stands for the event, not for the places after it; nor does the verb of such a
    subject ("The handover leaves Germany with its main base").
    """
    text = view.sentence.text
    s, e, _ = hit
    subject = bool(rx.event_subject_before.fullmatch(text, 0, s))
    if subject and place[0] >= e and rx.event_subject_after.match(text, e):
        return True
    return any(e0 == s - 1 and " " not in w0 and rx.event_subject_before.fullmatch(text, 0, s0)
               for s0, e0, w0 in view.words("withdrawn"))


def _partial_after(text: str, end: int, place: tuple[int, int], rx: Patterns) -> bool:
    """Whether a partial word after a withdrawal cue makes the withdrawal partial.

    "pulled partly back", "emptied some of them": some forces stay. Not when the word
    is part of the place left ("Israeli forces left most of Gaza City": gone from it).
    """
    m = rx.partial_after.match(text, end)
    if m is None:
        return False
    rest = text[m.end() : place[0]] if place[0] >= m.end() else None
    return rest is None or len(rest) > 6 or not re.fullmatch(r"\s*(?:of\s+)?(?:the\s+)?", rest)


def _untimed(text: str, hit: tuple[int, int, str], lex: Lex) -> bool:
    """Whether a presence cue carries no tense: a purpose ("to train") or a noun's modifier.

    In "a training team ... will be based at X, to train Guyanese infantry" only "will be
    based" says when the team is there.
    """
    s, e, word = hit
    if text[max(0, s - 3) : s].lower() == "to ":
        return True
    after = re.match(r"\s+([\w-]+)", text[e : e + 30])
    head = after.group(1).lower() if after else ""
    return word.lower().endswith("ing") and bool(head) and (
        head in lex.force_words or head in lex.base_words or head in lex.grammar["force_gate_words"])


def _permission(cue: str, lex: Lex) -> bool:
    """Whether a plan cue grants or seeks use of a place.

    "allow its navy to use", "give ... access to", "seeking access for its navy": a plan
    even for forces whose possessive would make the base theirs.
    """
    words = cue.lower().removeprefix("to ").split()  # "to let its navy use"
    return len(words) > 2 and words[0] in lex.grammar["permission_heads"] and (
        "use" in words or "access" in words)


def _host_of(view: View, place: tuple[int, int]) -> str:
    """The country of the toponym at ``place`` (sentence offsets), or ""."""
    at = view.sentence.start
    return next((t.iso3 for t in view.tops if (t.start - at, t.end - at) == place), "")


_IMMEDIATE = re.compile(r"will\s+now\s", re.IGNORECASE)


def _status(view: View, lex: Lex, lo: int, hi: int, owned: bool, published_year: int | None,
            anchor: tuple[int, int], place: tuple[int, int],
            operator: str, op_at: int) -> tuple[str, list[str], str]:
    text = view.sentence.text
    rx = lex.rx
    forces = norm_phrase(text[anchor[0] : anchor[1]]) in lex.force_words
    scope = _scope(text, lo, hi, anchor, rx, forces=forces,
                   nouns=tuple(view.hits.get("presence_nouns", ())),
                   verb_ends=frozenset(e for name in ("proposed", "existing", "withdrawn", "denied")
                                       for _, e in view.hits.get(name, ())))
    plan = rx.plan_subject.match(text)
    if plan and place[0] >= plan.end() and not any(  # "The request covers the air base at A and B"
            plan.end() <= s0 <= place[1] + 30 and (w0.lower() in lex.based or w0.lower() in _NOW)
            for s0, _, w0 in view.words("existing")):
        # (not "The package includes pay for the troops already stationed at X")
        return "proposed", [" ".join(plan.group(0).strip(' ,"“').split()[:3])], ""
    moved = rx.moved_from_before.search(text, max(0, place[0] - 60), place[0]) if place[1] else None
    if moved and rx.onward_to.match(text, place[1]):
        return "withdrawn", [moved.group(0).split()[0].lower() + " from"], "past"
    before = rx.pluperfect_relative_before.search(text, max(0, place[0] - 80), place[0]) if place[1] else None
    if before:
        onward = rx.moved_on_after.match(text, place[1])
        if onward:  # "instructors who had worked in Baghdad have also moved to Khabat"
            return "withdrawn", [onward.group(0).split()[-2].lower() + " away"], "past"
    where = rx.where_clause.search(text, hi, scope[1]) if "where" in text else None
    if where and any(where.end() <= o.start <= where.end() + 30 and o.iso3 != operator
                     for o in operators(view, lex)):
        scope = (scope[0], where.start())  # "to the airport at X, where the Lao air force keeps"

    def hit_owner(hit: tuple[int, int, str]) -> str:
        """The operator whose forces an infinitive cue follows, or "".

        "the first American troops to deploy": the Americans' plan, no one else's.
        """
        nouns = [(s, e) for s, e in view.hits.get("presence_nouns", ())
                 if e <= hit[0] and (rx.to_gap.fullmatch(text, e, hit[0]) or (
                     hit[2].lower().startswith("to ") and text[e : hit[0]].isspace()))
                 and norm_phrase(text[s:e]) in lex.force_words]
        before = [o for o in operators(view, lex) for s, _ in nouns
                  if not o.locative and 0 <= s - o.end <= 2]
        return before[-1].iso3 if before else ""

    def apposed(hit: tuple[int, int, str]) -> bool:
        """Whether a cue lies in a relative clause on an apposed noun.

        "are now in Monrovia, the vanguard of a force that is due to reach 3,250".
        """
        told = max(anchor[1], place[1])
        rel = rx.apposed_relative.search(text, told, hit[1]) if told < hit[0] else None
        return bool(rel and "," in text[told : rel.start()] and not rx.clause_break.search(
            text, told, hit[0]))

    relatives = relative_spans(text, rx)

    def reacted(hit: tuple[int, int, str]) -> bool:
        """Whether a plan cue is the object of a reaction by a subject a relative clause places.

        "Ankara, which keeps troops in the north, condemned the plan": a plan its government
        reacts to, not one for the forces its relative clause tells of.
        """
        return bool(rx.reacted_before.search(text, max(0, hit[0] - 40), hit[0])) and any(
            a <= anchor[0] < b <= hit[0] for a, b in relatives)

    def applies(hit: tuple[int, int, str]) -> bool:
        _, e, w = hit
        if op_at > e and rx.to_recipient.fullmatch(text, e, op_at):
            return False  # "left a small outpost and handed it to Egyptian troops": they stay
        if w.lower() in rx.np_status:  # "former French bases": that noun phrase only
            if w.lower().endswith("ly") and rx.participle_after.match(text, e) and (
                0 <= hit[0] - max(anchor[1], place[1]) <= 30
            ):
                return True  # "the base at Manas, formerly used by U.S. forces"
            if w.lower() == "formerly" and _former_name(view, lex, e):
                return False  # "Pituffik, formerly Thule Air Base": a former name
            owner_named = any(e <= o.start < anchor[0] for o in operators(view, lex))  # "former French"
            if rx.stationed_at_before.search(text, max(0, hit[0] - 40), hit[0]) and not owner_named:
                return False  # "are stationed at a former air base": what the base was
            if rx.taking_before.search(text, max(0, hit[0] - 30), hit[0]) and not owner_named:
                return False  # "asked to take over a former air defence site": what it was
            if (text[anchor[0] : anchor[1]].lower() in lex.grammar["former_use_nouns"]
                    or rx.generic_owner.search(text, e, anchor[0])) and not owner_named:
                return False  # "on a former airfield", "at a former army camp": what the ground was
            return e <= anchor[0] and anchor[0] - e <= 30 and not rx.np_end.search(
                text, e, anchor[0]) and not rx.speech_word.search(  # "Former workers said the base"
                text, e, anchor[0]) and not _other_owner(
                view, lex, e, anchor[0], operator, op_at)  # "moved into the former French camp"
        if any(a <= hit[0] < b and not (a <= anchor[0] < b) and (rx.object_relative.match(text, a) or (
                (named := rx.object_relative_named.match(text, a)) and any(
                    o.start == named.end() - 1 and o.iso3 != operator for o in operators(view, lex))))
               for a, b in relative_spans(text, rx)):
            return False  # "moved into the base, which the Soviet air force abandoned in the 1990s"
        if reacted(hit):
            return False
        if apposed(hit):
            return False  # "are now in Monrovia, the vanguard of a force that is due to reach 3,250"
        if _event_told_before(view, hit, place, rx):
            return False  # "The closure is part of ...", "The handover leaves Germany with its base"
        when = max((m.end() for r in (rx.event_clause, rx.until_word)
                    for m in r.finditer(text, max(0, hit[0] - 60), hit[0])), default=-1)
        if when >= 0 and not rx.expulsion.match(w) and "," not in text[when : hit[0]] and not (
                rx.clause_break.search(text, when, hit[0])):
            subjects = [(a, "") for a, b in view.hits.get("multinational", []) if when <= a and b <= hit[0]]
            subjects += [(o.start, o.iso3) for o in operators(view, lex)
                         if when <= o.start and o.end <= hit[0]]
            if subjects and max(subjects)[1] != operator:
                return False  # "keeping troops in Lebanon after the UN peacekeeping force leaves"
        m = rx.thing_left_after.match(text, e)
        if m and place[1] <= hit[0] and not any(
                m.start(1) <= a < m.end(1) for a, _ in view.hits.get("presence_nouns", ())) and (
                m.group(1).split()[-1].lower() not in lex.grammar["place_reference_nouns"]):
            return False  # "in Brcko ..., forcing them to pull back from the police station"
        if rx.cargo_before.search(text, max(0, hit[0] - 30), hit[0]):
            return False  # "most munitions leave Camp Darby by truck": cargo, not forces
        if w.lower().startswith("evacuat") and rx.evacuees_after.match(text, e):
            return False  # "are guarding an evacuation point", "have evacuated 300 people"
        if hit[0] >= place[1] > 0 and rx.other_bases_left.search(
                text, max(0, hit[0] - 45), hit[0]) and not rx.one_of.search(text, place[1], hit[0]):
            return False  # "keeps a party at Sembawang, a remnant of the bases it closed"
        if hit[0] >= place[1] > 0 and rx.had_before.search(text, max(0, hit[0] - 12), hit[0]) and (
                rx.returned_to.search(text, max(0, place[0] - 120), place[0])):
            return False  # "returned to the base at Shaddadi, which they had left": back there
        if rx.replaced_by.fullmatch(w) and place[0] >= e:
            return False  # "Futenma is to be replaced by a new runway at Henoko": the new site
        if w.lower() == "replaced" and operator:
            ops = [o for o in operators(view, lex) if o.iso3 == operator]
            if any(o.end <= hit[0] for o in ops) and any(0 <= o.start - e <= 30 for o in ops):
                return False  # "Russia's Africa Corps has replaced Wagner": the operator stays
        if place[0] >= e and rx.destination_before.search(text, max(e - 12, place[0] - 80), place[0]):
            return False  # "installations were closed and their units moved to Pyeongtaek"
        if hit[0] >= place[1] and rx.and_before.search(text, max(0, hit[0] - 7), hit[0]) and (
                rx.own_object_after.match(text, e)) and rx.sent_to.search(
                text, max(0, place[0] - 150), place[0]) and any(  # a camp somewhere else
                e < t.start - view.sentence.start <= e + 80 and t.kind != "country"
                for t in places_of(view, lex)):
            return False  # "moved soldiers to new positions near A, and handed over a camp in B"
        joined = rx.and_between.search(text, e, place[0]) if e <= place[0] else None
        if joined and rx.own_object_after.match(text, e) and not object_of(hit) and any(
                joined.end() <= s < place[0] and text[s:s2].lower() in lex.force_words
                and rx.force_verb_after.match(text, s2)  # (not "its drone crews
                for s, s2 in view.hits.get("presence_nouns", ())):  # and air defence personnel from")
            return False  # "with fighters leaving a camp in the north and troops settling in B"
        objects = _withdrawal_objects(view, lex, e)
        return not objects or place == (0, 0) or place in objects or object_of(hit) or (
            objects[-1][1] <= place[0]
            and rx.object_apposition.fullmatch(text, objects[-1][1], place[0]) is not None
        ) or (place[1] <= hit[0] and _left_country(view, objects, place))
        # ("left their last post in the Homs countryside, a compound near Shin": that post)

    def object_of(hit: tuple[int, int, str]) -> bool:
        """Whether the claim's place, or a later mention of it, is what the cue governs.

        "left A, B and C" governs C however long the list; "had used facilities in
        Djibouti, but ... moved their operations out of Djibouti" governs the first
        mention through the second.
        """
        if place == (0, 0):
            return False
        name = text[place[0] : place[1]]
        return any((s, e) == place or (s > place[0] and text[s:e] == name)
                   for s, e in _withdrawal_objects(view, lex, hit[1]) if hit[1] <= s)

    def others_leave(h: tuple[int, int, str]) -> bool:
        """"Villagers had left", "the main departure point for boats": no forces leave.

        Nor do forces that "rarely left the base": a habit, not a departure.
        """
        return bool(rx.civilians_leave.search(text, max(0, h[0] - 70), h[0])
                    or rx.seldom_before.search(text, max(0, h[0] - 20), h[0])) or (
            h[2].lower() == "departure" and rx.departure_noun.match(text, h[1]) is not None)

    def former_owner(h: tuple[int, int, str]) -> bool:
        """"a former Soviet-era barracks": another country's once, nothing of the operator's."""
        at = view.sentence.start
        return h[2].lower() in rx.np_status and bool(operator) and any(
            0 < t.start - at - h[1] <= 2 and t.iso3 != operator for t in view.tops if t.kind == "demonym")

    def moving_forces(h: tuple[int, int, str]) -> bool:
        """"Many of the departing troops are now at a camp near X": where they went, not left."""
        noun = next((e for s0, e in view.hits.get("presence_nouns", ()) if h[1] < s0 <= h[1] + 2), None)
        return h[2].lower().endswith("ing") and noun is not None and place[0] >= noun and (
            rx.now_word.search(text, noun, place[0]) is not None)

    def left_behind(h: tuple[int, int, str]) -> bool:
        """"offered to leave a smaller team at a school near X": forces kept there, not departing."""
        if h[2].lower() not in ("leave", "leaves", "leaving", "left"):
            return False
        nouns = [*view.hits.get("presence_nouns", ()), *view.hits.get("force_gates", ())]
        return any(
            h[1] < s0 <= h[1] + 60 and rx.left_object.fullmatch(text, h[1], s0)
            and rx.kept_at_after.match(text, e0) and (
                (noun := norm_phrase(text[s0:e0])) in lex.force_words or noun in lex.equipment
                or noun in lex.grammar["elliptic_group_nouns"])
            for s0, e0 in nouns)

    leaving = [h for h in cue_hits("withdrawn", view, lex)
               if applies(h) and not rx.exempted_after.match(text, h[1])  # "does not cover"
               and not others_leave(h) and not former_owner(h) and not moving_forces(h)
               and not left_behind(h)
               and not rx.unscheduled_before.search(text, max(0, h[0] - 60), h[0])  # "no date for leaving"
               and not rx.first_since_before.search(text, max(0, h[0] - 120), h[0])]
    # ("the first American unit to be stationed there since US forces pulled out of it in 2004")
    destinations = lex.grammar["destination_cues"]
    attributive = lex.grammar["attributive_plan_cues"]  # "for a possible war": not the forces' plan
    plans = [h for h in cue_hits("proposed", view, lex)  # "under Plan Colombia": a name
             if not (text[h[0]].isupper() and _proper_name(text, h[0])) and not apposed(h) and not reacted(h)
             and not _IMMEDIATE.match(h[2])  # "will now share the camp": from now on, not a plan
             and not (operator and hit_owner(h) not in ("", operator))
             and not (place[1] <= h[0] and " ".join(h[2].lower().split()) in destinations)
             and not (h[2].lower() in attributive and rx.event_noun_after.match(text, h[1]))
             and not (h[2].lower() == "building" and rx.skill_before.search(text, max(0, h[0] - 20), h[0]))
             and not (len(h[2].split()) > 3 and rx.relative_word.search(h[2]))  # a gapped cue
             # across a relative clause: "authorised extra pay for troops who were deployed to"
             and not (h[2].lower().startswith("let ")  # "The accord let Japanese forces use": past
                      and not rx.infinitive_before.search(text, max(0, h[0] - 10), h[0]))
             and not (h[2].lower().startswith("letting ")  # "has been letting ... use": done
                      and not rx.about_before.search(text, max(0, h[0] - 10), h[0]))]
    # "arrived in Dili and will move to Suai": where forces will go is after the cue
    # (not "would be based at a former base": an adjective)
    any_leaving = [h for h in view.words("withdrawn")
                   if h[2].lower() not in rx.np_status and not others_leave(h) and not left_behind(h)]

    def governs(first: tuple[int, int, str], then: tuple[int, int, str], reach: int) -> bool:
        return 0 <= then[0] - first[1] <= reach and not rx.clause_break.search(text[first[1] : then[0]])

    # "no plans to withdraw", "denied it would leave": not a denial of the presence
    quotes = [m.span() for m in rx.quoted.finditer(text)] if ('"' in text or "“" in text) else []
    at = view.sentence.start
    quotes = [(a, b) for a, b in quotes if any(a <= t.start - at < b for t in places_of(view, lex))]
    # (only a quote that names a place of its own: not "reports ... were "pure fabrication"")
    all_denied = cue_hits("denied", view, lex, *clause_span(text, lo, hi, rx)) + [
        h for h in cue_hits("denied", view, lex, hi) if rx.denial_of_report.match(text, h[1])
    ]  # "reports that Chinese troops had been deployed there, but denied them"
    pending = [h for h in all_denied if norm_phrase(h[2]) in lex.grammar["pending_heads"]
               and rx.pending_after.match(text, h[1])]  # "no agreement has been signed": not yet
    hosts = {t.iso3 for t in places_of(view, lex) if (t.start - at, t.end - at) == place}

    def others_deny(h: tuple[int, int, str]) -> bool:
        """"Qatar is ready to send trainers to Syria, as Saudi Arabia dismissed reports": its own."""
        return bool(operator) and h[0] >= hi and any(
            hi <= o.start < h[0] and o.iso3 != operator and o.iso3 not in hosts and not o.locative
            and o.how in ("country", "metonym") and rx.subject_verb_gap.fullmatch(text, o.end, h[0])
            for o in operators(view, lex))  # (not "first made by France, were denied by Moscow")

    all_denied = [h for h in all_denied if h not in pending and not others_deny(h) and not (
        # "Israel will not allow hostile forces to deploy": others kept out
        operator and 0 <= op_at < h[0] and rx.others_forces_after.match(text, h[1])) and not (
        rx.charge_before.search(text, max(0, h[0] - 40), h[0])
        and any(anchor[1] <= a < h[0] for a, _ in relative_spans(text, rx))) and not (
        h[0] >= hi and any(leaving) and rx.event_clause.search(text, hi, h[0])) and not (
        h[1] <= lo and rx.foreign_exception.search(text, h[1], lo)) and not (
        place[1] and any(a <= h[0] < b and not a <= place[0] < b for a, b in quotes))]
    # ('"There are no Chinese troops in Laukkai," a spokesperson said, describing the officers
    # in Lashio as observers': the quote denies its own place)
    # ("denied that it hosted any foreign base, apart from the US naval station at X": X is the exception)
    # ("has left a base near X, three days after voters rejected a proposal": another event)
    # ("a hospital, which ... has been used to supply the RSF, a charge Abu Dhabi denies": the
    # charge is denied, not the hospital)
    if not any(w.lower() in lex.based for _, _, w in cue_hits("existing", view, lex, *clause_span(
            text, lo, hi, rx))):  # not "on the future of the troops stationed in Iraq"
        plans += [(s, e, f"not yet: {w}") for s, e, w in pending]
    about_leaving = any(governs(d, w, 70) for d in all_denied for w in any_leaving) or any(
        place[1] <= d[0] and rx.move_after.match(text, d[1]) for d in all_denied) or any(
        rx.reduce_after.match(text, d[1]) for d in all_denied) or any(  # "no plans to reduce its troops"
        w[1] <= d[0] and rx.asked_whether_before.search(text, max(0, w[0] - 60), w[0])
        for d in all_denied for w in any_leaving)  # "Asked whether Turkey would leave the posts
    # near X, the official said: "These are fabrications."": the leaving is denied
    denied = [] if about_leaving else list(all_denied)
    nouns = [a for a, _ in view.hits.get("presence_nouns", ())
             if anchor[0] <= a <= max(anchor[0], place[0])]
    first, last = clause_span(text, lo, hi, rx)
    spans = [(t.start - view.sentence.start, t.end - view.sentence.start) for t in places_of(view, lex)]
    elsewhere = [a for a, b in spans if a >= place[1] and text[a:b][:1].isupper()  # not "there"
                 and text[a:b] != text[place[0] : place[1]]]
    nouns += [o.start for o in operators(view, lex) if o.iso3 == (operator or o.iso3)
              and first <= o.start < last and place[1] <= o.start  # "... and no Americans are there"
              and not any(o.end <= s < last for s in elsewhere)]  # "... had gone ashore in Gaza"
    no_at = next((a for a in (lo, *nouns) if rx.no_before.search(text[max(0, a - 40) : a])), None)
    if no_at is not None:  # "No Turkish troops are", "Washington has no troops in Kazakhstan"
        noun = text[no_at:].split()[0]
        if rx.modal_continuation.match(text, anchor[1]):
            return "withdrawn", [f"no {noun} remain"], "past"
        denied.append((no_at, no_at, f"no {noun}"))
    if denied:
        return "denied", [w for _, _, w in denied], ""
    planned = [w for w in leaving if (any(governs(p, w, 30) for p in plans) and not re.search(
                   r"\band\s+(?:they\s+|it\s+)?(?:have|has|had)\s+(?:now\s+|since\s+)?$",
                   text[max(0, w[0] - 30) : w[0]], re.IGNORECASE))  # "ordered to leave X and have left"
               or rx.future_before.search(text, max(0, w[0] - 25), w[0])  # "will withdraw"
               or _ongoing(text, w, rx)]  # "are leaving", "began withdrawing", "leaves each October"
    refuted = [w for w in leaving if w not in planned
               and any(governs(d, w, 40) and not any(a <= d[0] < b <= w[0] for a, b in relatives)
                       for d in view.words("denied"))]  # (not "whose presence ... was denied, left Iran")
    # "engineers, who had rebuilt the wharf at X, left in October": the main verb after the
    # relative clause that places the subject
    after_relative = [b for a, b in relative_spans(text, rx) if lo <= a <= place[0] < b] if (
        place[1] and leaving) else []
    withdrawn = [w for s, e, w in leaving
                 if ((scope[0] <= s and e <= scope[1]) or object_of((s, e, w))
                     or (s >= hi and rx.them.search(text, s, e + 6))  # "but pulled them out"
                     or ((any(re.fullmatch(r"[\s,]*", text[b:s]) for b in after_relative)
                          or (s >= hi and rx.and_then_left.fullmatch(text, hi, s) and not any(
                              hi <= o.start < s for o in operators(view, lex))))  # "ran a camp at X
                         # during the hunt for the LRA and left in 2017"
                         and rx.bare_departure_after.match(text, e)))
                 and (s, e, w) not in planned + refuted
                 and not (rx.partial_before.search(text[max(0, s - 20) : s])
                          or (anchor[0] < s and rx.partial_np.search(
                              text, max(0, anchor[0] - 30), anchor[0]))  # "the first group of"
                          or _partial_after(text, e, place, rx)  # "partly emptied": still there
                          or rx.partial_within.search(text, s, e))]  # "pulled some of them back"
    if published_year is not None:
        # a date range closes the presence of its whole clause ("hosted a U.S. Air Force
        # location for counter-narcotics flights from 1999 until 2009")
        clause_end = max(scope[1], clause_span(text, lo, hi, rx)[1])
        withdrawn += [m.group(0) for m in rx.until_year.finditer(text, scope[0], clause_end)
                      if int(m.group(1)) < published_year
                      and not rx.event_clause.search(text, hi, m.start())
                      and not rx.renamed_until.match(text, m.end())  # "known until 2023 as"
                      and not any(a <= m.start() < b and not (a <= anchor[0] < b)  # another clause's
                                  for a, b in relative_spans(text, rx))]
    ended = rx.had_until.search(text, scope[0], max(scope[1], clause_span(text, lo, hi, rx)[1]))
    if ended and any(a <= ended.start() < b and not (a <= anchor[0] < b or a <= place[0] < b)
                     for a, b in relative_spans(text, rx)):
        ended = None  # "Russia, which ran patrols in the south until December, has offered to send"
    if ended and not withdrawn:  # "had been working from the airport at Gode until March"
        withdrawn.append(f"until {ended.group(1)}")
    earlier = rx.had_earlier.search(text, scope[0], scope[1]) if not withdrawn else None
    if earlier and not any(a <= earlier.start() < b and not (a <= anchor[0] < b or a <= place[0] < b)
                           for a, b in relative_spans(text, rx)):
        withdrawn.append(earlier.group(0))  # "had earlier been based near the port of X"
    back = rx.came_back.search(text, leaving[-1][1], min(len(text), scope[1] + 40)) if (
        withdrawn and leaving) else None  # "left Iraq in 2011 but returned"
    if back:
        at = view.sentence.start
        here = {t.iso3 for t in view.tops if (t.start - at, t.end - at) == place}
        def went_elsewhere(t: Toponym) -> bool:
            """"... and returned to Iran" (home), "... and returned to Gao" (another town)."""
            if t.iso3 == operator:
                return True
            if t.kind == "country":
                return bool(here) and t.iso3 not in here
            return text[t.start - at : t.end - at] != text[place[0] : place[1]]

        if any(went_elsewhere(t) and re.fullmatch(r"\s+to\s+(?:the\s+)?", text[back.end() : t.start - at])
               for t in view.tops):
            back = None  # left the place and went somewhere else, not back to it
    if back:
        return "existing", [back.group(0).strip()], "current"  # "left in 2003 and returned in 2019"
    if withdrawn:
        return "withdrawn", withdrawn, "past"
    legal = [m.span() for m in rx.legal_basis.finditer(text)]
    plan_spans = view.hits.get("proposed", ())
    existing = [h for h in cue_hits("existing", view, lex, *scope)
                if not rx.capacity_before.search(text, max(0, h[0] - 25), h[0])
                and not any(a < h[0] and h[1] <= b for a, b in plan_spans)  # "could be used by"
                and not (h[2].lower() in ("home to", "hosts", "houses") and any(
                    0 <= o.start - h[1] <= 5
                    and (o.iso3 != operator if operator else o.iso3 == _host_of(view, place))
                    for o in operators(view, lex)))]
    # ("Erkilet, home to Turkey's transport fleet": another operator's presence; with no
    # operator yet, the place's own country's)
    refused = [w for s, e, w in view.words("existing") if scope[0] <= s and e <= scope[1]
               and lex.based.intersection(w.lower().split())
               and negated(text[max(scope[0], s - 25) : s], rx)]
    if refused and not existing:
        return "denied", [f"not {w}" for w in refused], ""  # "troops will not be stationed"
    proposed = []
    continuing = []
    def landed(at: int) -> bool:  # "landed on Monday and will be based in Gao"
        return bool(rx.arrived.search(text, 0, at)) or (
            view.landed_before and bool(rx.known_subject.match(text))) or any(
            e0 <= at and not rx.future_before.search(text, max(0, s0 - 25), s0)
            and not _untimed(text, (s0, e0, w0), lex)  # (not "a training team will be based")
            for s0, e0, w0 in existing)  # "The soldiers will be based in X", after they landed

    verbs = [h for h in existing if not h[2].lower().startswith("base ")]
    if verbs and len(verbs) < len(existing) and all(  # "will be based at the naval base in X"
            rx.future_before.search(text, max(0, s - 25), s) for s, _, _ in verbs) and all(
            any(e0 <= s for _, e0, _ in verbs) for s, _, w in existing if w.lower().startswith("base ")):
        existing = verbs  # the base noun is the object of the future verb, no present cue
    verbal = [h for h in existing if not (
        (norm_phrase(h[2]) in lex.base_words or norm_phrase(h[2]) in lex.force_words)
        and rx.determiner_before.search(text, max(0, h[0] - 12), h[0]))]
    there = rx.where_clause.match(text, place[1]) if place[1] and rx.settled_before.search(
        text, max(0, place[0] - 40), place[0]) else None
    if there:  # "have moved to Khabat, where they will train": what they will do there
        verbal = [h for h in verbal if h[0] < there.start()]
    timed = [h for h in verbal if not _untimed(text, h, lex)] or verbal
    if timed and all(
        (rx.future_before.search(text, max(0, s - 25), s)
         or rx.future_onset_before.search(text, max(0, s - 60), s)
         or rx.future_and_before.search(text, max(0, s - 80), s)) and not rx.continuation.match(w)
        and not (rx.be_before.search(text, max(0, s - 25), s)
                 and not rx.to_be_before.search(text, max(0, s - 30), s)
                 and not rx.condition_after.search(text, s, len(text)) and landed(s))
        for s, _, w in timed
    ):  # "will operate from the base from next year", "will be based at": not yet there
        # ("will be based", said of troops who have landed, is where they are now)
        proposed += [f"future: {w}" for _, _, w in timed]
    def heads_list(hit: tuple[int, int, str]) -> bool:
        """"The new locations are A, B, C and D": a cue before a copula governs the list."""
        m = rx.copula_after.match(text, hit[1])
        return m is not None and place != (0, 0) and m.end() <= place[0] < list_extent(
            text, m.end(), rx)

    moving = False
    novelty = _novelty(view, lex)
    novel = {w for _, _, w in novelty}
    for s, e, w in sorted(plans + novelty):
        if not ((scope[0] <= s and e <= scope[1]) or heads_list((s, e, w))) or any(
            governs((s, e, w), p, 30) for p in any_leaving
        ):
            continue  # outside the claim, or planning a withdrawal (handled above)
        if any(a <= s and e <= b for a, b in legal):
            continue  # "under a defence pact": the legal basis of a presence
        if op_at > e and rx.former_before.search(text, max(0, op_at - 12), op_at):
            continue  # "would be based at a former Soviet airfield": the plan is not the Soviets
        hedge = w.lower() in lex.grammar["hedging_modals"]  # "could remain": not yet decided
        m = rx.modal_continuation.match(text, e) if (rx.modal.match(w) or w.lower().endswith(
            (" to", " be"))) and not hedge else None
        if m and rx.servicing.match(text, e):
            m = None  # "A second group would maintain helicopters at X": a plan, not a stay
        if m:
            continuing.append(m.group(0).strip())  # "will remain", "asked Washington to keep"
            continue
        m = rx.reduction_after.match(text, e)
        if m and e <= hi + 40:
            continuing.append(f"planned: {m.group(0).strip()}")  # "which it plans to reduce"
            continue
        if lex.construction.fullmatch(w) and (
            rx.builders_before.search(text, max(0, s - 40), s)
            or (text[max(0, s - 2) : s] == ", " and any(0 <= s - e0 <= 60 for _, e0, _ in existing))
            or (existing and rx.oversee_before.search(text, max(0, s - 30), s) and not any(
                scope[0] <= s2 < s and not lex.construction.fullmatch(w2) for s2, _, w2 in plans))
        ):  # "engineers are building clinics", "has been based there for years, building roads"
            continuing.append(f"at work: {w}")
            continue
        if lex.construction.fullmatch(w) and s >= max(anchor[1], place[1]) and (
                norm_phrase(text[anchor[0] : anchor[1]]) in lex.force_words) and (
                rx.and_aux_before.search(text, max(0, s - 20), s)) and not any(
                scope[0] <= s2 < s and not lex.construction.fullmatch(w2) for s2, _, w2 in plans):
            continuing.append(f"at work: {w}")  # "has sent troops to X and is building a runway"
            continue  # (not "will send troops to X and is building a runway")
        motion = rx.motion_after.match(text, e)
        if place[1] <= s and rx.to_named.match(text, motion.end() if motion else e) and (
                motion or w.split()[-1].lower() in lex.grammar["destination_verbs"]):
            continue  # "Its brigade, based at Camp Hovey, will deploy to Iraq": away from there
        placed = rx.placed_after.match(text, e)
        sending = e <= place[0] and bool(rx.moving_to.search(text, s, place[0]))
        # ("preparing to send its mission to Syria", "in talks about moving its trainers from
        # Erbil to a training centre outside Pirmam")
        if motion or sending or (placed and place[0] >= placed.end() and rx.placed_gap.fullmatch(
                text, placed.end(), place[0]) and not rx.staying_after.match(text, place[1])
                and not any(w0.lower() in ("since", "already") and s0 > e for s0, _, w0 in existing)):
            moving = True  # "is expected to move its troops to Kidal", "its troops would be based at X"
        proposed.append(w)
    if published_year is not None and not any(w.lower() == "since" for _, _, w in existing):
        # "a unit stationed in the north from 2026": a date ahead of the article
        proposed += [m.group(0) for m in rx.future_year.finditer(text, scope[0], scope[1])
                     if int(m.group(1)) > published_year]
    if proposed and all(lex.weak_proposed.fullmatch(w) or w in novel for w in proposed) and (
        any(lex.established.fullmatch(w) for _, _, w in existing)
        or (existing and all(w in novel for w in proposed))
    ):
        proposed = []  # "opened ... its first new base": a new base that is open
    where = rx.where_since.search(text, place[1], place[1] + 90) if proposed and place[1] else None
    if where and operator and any(where.start() <= o.start < where.end() and o.iso3 != operator
                                  for o in operators(view, lex)):
        where = None  # "could be deployed at a site near X, where US Army crews have operated since"
    if where and not any(where.start() <= s0 < where.end() for s0, _ in (
            *view.hits.get("presence_nouns", ()), *view.hits.get("force_gates", ()))):
        where = None  # "the envoy told reporters in Paris, where he has lived since 2015"
    if where and all(s < place[0] for s, _, w in plans if w in proposed) and any(
            s >= where.end() and w.lower() == "since" for s, _, w in view.words("existing")):
        proposed = []  # "talks touch on a camp near X, where Russian instructors have trained
        # units since last summer": the talks are about a camp in use
    building = any(lex.construction.fullmatch(w) for w in proposed)
    # "allow its navy to use a pier": the possessive is the forces', the use a plan
    permitted = any(_permission(w, lex) for w in proposed) and not any(
        w.lower() == "since" for _, _, w in existing)  # "which they have used ever since"
    sited = any(w.lower() in lex.grammar["future_location_cues"] for w in proposed)  # "Its new base
    # will be at Alindao": where its base is to be
    # "its instructors could train units at a camp near X": a plan for the forces, whose
    # possessive says nothing of a base already there
    modal_forces = forces and owned and not any(
        w.lower() in lex.based or w.lower() in ("since", "already") for _, _, w in existing) and any(
        rx.modal.match(w) for w in proposed)
    if proposed and not continuing and (
            building or moving or permitted or sited or not owned or modal_forces):
        return "proposed", proposed, ""  # "its base" is there, unless it is being set up
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
    if not words and not owned:  # "Turkey has not decided to send drones or troops to al-Hajib":
        # a plan said not to exist, and nothing said of forces there
        unplanned = [w for s, e, w in view.words("proposed") if scope[0] <= s and e <= scope[1]
                     and not rx.modal.fullmatch(w)  # (not "did not yet know who would relieve them")
                     and not rx.reduce_after.match(text, e - 3 if w.lower().endswith(" to") else e)
                     # (nor "has no plans to reduce its troops")
                     and not any(0 <= s0 - e <= 30 for s0, _, _ in any_leaving)
                     and negated(text[max(scope[0], s - 25) : s], rx)]
        if unplanned:
            return "denied", [f"not {w}" for w in unplanned], ""
    return "existing", words or (["possessive"] if owned else []), tense
