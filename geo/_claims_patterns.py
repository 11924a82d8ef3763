"""The claim extractor's function-word patterns: what lies between an anchor, a place and an operator.

:class:`Patterns` compiles the function words and small closed classes of
``data/lexicon/grammar.json`` (and the cue words of ``cues.json`` it needs) into
regular expressions and word-set matchers; the helpers below apply them to the
text between two mentions ("negated", "list_extent", "definite_before").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable


def alts(words: Iterable[str]) -> str:
    """A regex alts of literal phrases, longest first, any white space between words."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


def norm_phrase(text: str) -> str:
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
    skip
        Final words to ignore ("in neighbouring").
    barrier
        Words the gap may not hold ("its navy a base": "a" opens another noun phrase).

    """

    _WORD = re.compile(r"[\w'’-]+")
    _PUNCT = re.compile(r"[,;:()\"“”]")

    def __init__(self, phrases: Iterable[str], gap: int = 0, *, strip_the: bool = True,
                 skip: Iterable[str] = (), barrier: Iterable[str] = ()) -> None:
        self.phrases = frozenset(tuple(p.lower().split()) for p in phrases)
        self.lengths = sorted({len(p) for p in self.phrases})
        self.gap = gap
        self.strip_the = strip_the
        self.skip = frozenset(w.lower() for w in skip)
        self.barrier = frozenset(w.lower() for w in barrier)

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
            if g > n_words or (g and words[n_words - g] in self.barrier):
                break
            for n in self.lengths:
                if n + g > n_words:
                    break
                if tuple(words[n_words - g - n : n_words - g]) in self.phrases:
                    return True
        return False

    def search(self, text: str) -> bool:
        """Whether ``text`` ends with a phrase (and the gap), then white space."""
        words = self.words(text)
        while words and words[-1] in self.skip:
            words.pop()  # "in neighbouring Djibouti"
        if self.strip_the and words and words[-1] == "the":
            words.pop()
        return bool(words) and self.ends(words)


class Patterns:
    """The regular expressions of the linker, built from ``grammar.json``.

    Parameters
    ----------
    g
        The grammar word lists (:func:`geo.lexicon.grammar`).
    titles
        Persons' titles, lower case (:func:`geo.lexicon.person_titles`).
    site_prefixes
        Words that open a camp's name (:func:`geo.lexicon.site_prefixes`).

    """

    def __init__(self, g: dict[str, tuple[str, ...]], titles: Iterable[str] = (),
                 site_prefixes: Iterable[str] = (), articles: Iterable[str] = ()) -> None:
        i = re.IGNORECASE
        dirs = alts(g["directions"])
        direction = rf"(?:{dirs})(?:ern)?"
        town_of = r"(?:(?:city|town|village|port|capital)\s+of\s+)?"  # "south of the city of X"
        place_noun = rf"(?:(?:{alts(g['place_adjectives'])})\s+)*(?:{alts(g['place_nouns'])})"
        # "the port city of", "the ancient desert city of", "the capital " (before a name)
        described = (r"(?:(?:[a-z][\w-]*|(?-i:[A-Z])[\w-]*)\s+){0,2}?"
                     rf"(?:{alts(g['place_nouns'])})")
        place_noun_of = (rf"(?:{place_noun}\s+of\s+(?:the\s+)?|{described}\s+of\s+(?:the\s+)?|"
                         rf"{described}\s+(?:(?:such\s+as|like|including)\s+)?(?=$))")
        part_of = rf"(?:{alts(g['part_nouns'])})\s+of\s+(?:the\s+)?"
        hedges = alts(g["hedge_adverbs"])  # "possibly near the town of"
        possessor = (r"(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?(?:'s|’s)\s+|"
                     rf"(?:{alts(g['generic_possessors'])})\s+)")
        preps = alts(g["link_prepositions"])
        aux = alts(g["auxiliaries"])
        negators = [w for w in g["negators"] if w[:1].isalpha()]
        self.negators = TailMatcher(negators, 3, strip_the=False)
        self.possessive_pronoun = TailMatcher(g["possessive_pronouns"], 3, strip_the=False,
                                              barrier=("a", "an", "the"))  # "its navy a base"
        self.locative_tail = re.compile(
            rf"\b(?:{preps}|{direction}\s+of)\s+(?:the\s+)?(?:{part_of})?{possessor}?"
            rf"(?:{place_noun_of})?(?:(?:{alts(g['place_adjectives'])})\s+)?$", i)
        self.copula = re.compile(rf"\b(?:{alts(g['copulas'] + g['list_openers'])})\b|:", i)
        # an adjunct a list item may carry before the next item: "in June", "in the north"
        adjunct = (rf"(?:\s+(?:{alts(g['adjunct_prepositions'])})\s+(?:the\s+)?"
                   r"(?:(?:early|late|mid)[\s-]+)?[\w-]+(?:\s+\d{4})?)?")
        self.list_join = re.compile(  # "Gamu in Isabela province, and Balabac"
            rf"^(?:\s+(?:{alts(g['place_nouns'])}))?{adjunct}\s*(,\s*(and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)"
            rf"(?:(?:one|another|the\s+other)\s+(?=(?:{alts(g['link_prepositions'])})\s))?"
            rf"(?:(?:{alts(g['link_prepositions'])})\s+)?(the\s+)?"
            r"(?:(?:[a-z-]+\s+)?(?:town|city|village|port)\s+of\s+)?"  # ", and in the town of Nubl"
            r"(?:(?:[\w-]+\s+){0,2}[\w-]+(?:'s|’s)\s+|(?-i:[A-Z])[a-z]+\s+)?$", i)  # "Fort Magsaysay"
        # what ends a list of noun phrases: a finite verb, a clause opener, a participle
        self.list_sep = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
        # "pulling out of Syria to a new camp near X": where the forces go ends what they leave
        # "A Hungarian team moved in January from Livno to Bijeljina": Livno is left
        self.moved_from_before = re.compile(
            r"\b(?:moved|relocated|shifted|transferred|redeployed|rebased)\b[^,;.]{0,40}?\bfrom\s+(?:the\s+)?"
            r"(?:(?:[\w-]+\s+){0,3}(?:at|in|near|of)\s+)?$", i)
        self.onward_to = re.compile(r"\s+(?:back\s+)?(?:to|into|towards?)\s", re.IGNORECASE)
        # "a platoon, which had worked from a depot at X since 2023, has moved into the main
        # barracks": the forces have left X
        self.pluperfect_relative_before = re.compile(
            r"\b(?:which|who|that)\s+had\s+(?:been\s+)?[a-z]+\b[^;.]{0,70}$", i)
        # "Moldovan soldiers are training this month with Romanian and American troops": a
        # joint drill of the host's soldiers, the foreign troops its partners
        self.trained_with_before = re.compile(
            r"\b(?:train|trains|trained|training|drill|drills|drilled|drilling|exercising|exercise)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:with|alongside)\s+(?:(?:the|[\w-]+\s+and|[\w-]+,(?!\s+[a-z]+ing\b))\s+)*"
            r"(?:[\w-]+\s+){0,2}$", i)
        # "after the Joint Viking exercise in March, during which Dutch units trained in Troms": a drill
        self.exercise_relative = re.compile(
            rf"\b(?:{alts(g['exercise_words'])})\b[^.;]{{0,40}}?,\s+(?:during|in|for)\s+which\b", i)
        # "The Patriot battery, run by about 100 American soldiers, sits near X": the forces
        # the aside names are where its thing is
        # "the road from Zummar to the Rabia border crossing": an end of a route (not "at Qatma on
        # the road between Afrin and Azaz", where the road locates the place)
        self.route_end_before = re.compile(
            rf"\b(?:{alts(g['route_nouns'])})\s+(?:(?:from|to)\s+(?:the\s+)?)?"
            r"(?:(?-i:[A-Z])[\w'’-]*(?:[\s-]+(?-i:[A-Z])[\w'’-]*)*\s+to\s+(?:the\s+)?)?$", i)
        # "A donors' conference for the Lebanese army is planned in Paris": an event's
        self.gathering_for_before = re.compile(
            rf"\b(?:{alts(g['gathering_nouns'])})\s+(?:for|of|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}$", i)
        # "the Kurdistan Democratic Party of Iran": a party's name, not Kurdistan
        self.organisation_after = re.compile(rf"\s+(?-i:{alts(g['organisation_tails'])})\b")
        self.agent_aside_before = re.compile(
            rf",\s*(?:{alts(g['agent_verbs'])})\s+by\s+(?:[\w-]+\s+){{0,4}}$", i)
        self.stateless_before = re.compile(
            rf"\b(?:{alts(g['stateless_modifiers'])})\s+(?:(?:military|troop|force)\s+)?$", i)
        self.moved_into_before = re.compile(
            r"\b(?:moved|relocated|redeployed|shifted|transferred|rebased)\s+(?:in)?to\s+"
            r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$", i)
        self.moved_on_after = re.compile(
            r"[^;.]{0,80}?\b(?:has|have)\s+(?:also\s+|now\s+|since\s+)?(?:been\s+)?"
            r"(?:moved|relocated|redeployed|shifted|transferred|rebased)\s+(?:in)?to\b", i)
        # "from Tapa to a new camp near Valga", not "from Nigeria and Chad, to be based in"
        self.onward_place = re.compile(
            r"\s+(?:back\s+)?(?:to|into|towards?)\s+(?:(?:a|an|the|new)\s|(?-i:[A-Z]))", re.IGNORECASE)
        verbs = (*g["copulas"], *g["modals"], *g["speech_verbs"], *g["finite_auxiliaries"])
        openers = [w for w in (*g["subordinators"], *g["clause_breaks"]) if w not in g["list_openers"]]
        self.list_opener = re.compile(
            rf"\s*(?:(?:{alts(openers)})\b|(?!(?:{alts(g['list_openers'])})\b)[a-z]+(?:ing|ed)\b)")
        self.clause_item = re.compile(r"\s*(?:the\s+)?(?-i:[A-Z])[\w-]*\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
                                      r"(?-i:[a-z]+ed)\s+(?:in|at|to|into|from|on|near)\b")
        self.list_verb = re.compile(rf"\b(?:{alts(verbs)})\b|[;:]|\s[-–—]\s")  # "May" is a month
        self.possessor_of_agency = re.compile(
            rf"(?:'s|’s)\s+(?:(?:{alts(g['speaker_modifiers'])})\s+){{0,2}}"
            rf"(?:{alts((*g['speaker_nouns'], *g['agency_nouns']))})\b", i)
        not_np = alts(g["link_prepositions"] + g["copulas"])
        self.np_plan_before = re.compile(
            rf"\b(?:{alts(g['np_plan_adjectives'])})\s+(?:(?!(?:{not_np})\s)[\w.'’-]+\s+){{0,2}}$", i)
        self.passive_after = re.compile(
            r"\s+(?:(?:has|have|had|was|were|is|are|been|being|be|also|again|twice|[a-z]+ly)\s+)*"
            r"(?:been|being|was|were|is|are)\s+(?:[a-z]+ly\s+)?", i)
        self.purpose_after = re.compile(
            r"[^,;.]{0,40}?\s(?:for|to\s+(?:take\s+part\s+in|join|attend))\s+"
            r"(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}", i)
        self.between_before = re.compile(
            r"\b(?:between|among)\s+(?:the\s+)?[\w.'’-]+(?:\s*,\s*[\w.'’-]+)*\s+and\s+"
            r"(?:the\s+)?[\w.'’-]+\s+$", i)
        # "have been joined (since January) by a small team of Qatari officers"
        self.joined_by = re.compile(
            rf"\b(?:{alts(g['joining_verbs'])})\s+(?:(?:since|in|on|last|this|earlier|later|"
            rf"recently|now)\s+(?:[\w-]+\s+){{0,2}}?)?by\b", i)
        # "A smaller British team could join them in the spring": where those forces are
        self.join_them_after = re.compile(
            rf"\s+(?:(?:{aux})\s+)*(?:also\s+|later\s+|soon\s+)?(?:join|joins|joined|joining)\s+"
            r"(?:them|those|these)\b", i)
        self.joined_to = re.compile(rf"\b(?:{alts(g['joining_verbs'])}|alongside|with)\b", i)
        # "An Egyptian detachment and a team of Turkish soldiers are operating from": one
        # coordinated subject, no verb or comma between the two forces
        aux_words = r"of|is|are|was|were|has|have|had|will|would|could|may|might"
        word = rf"(?!(?:{aux_words}|[a-z]+ed)\s)[\w-]+\s+"  # no verb: "and welcomed Russian"
        modifier = rf"(?!(?:{aux_words})\s)[\w-]+\s+"  # "an armoured company of"
        self.coordinated_subject = re.compile(  # no verb ("and welcomed"), no "the arrival of"
            rf"(?:\s+(?:{alts(g['unit_of_nouns'])}))?"  # "an American radar team and a Greek battery"
            rf"\s+and\s+(?:(?:a|an|the|some|about|several|[\d,]+)\s+(?:{modifier})?|(?:{word})?)"
            rf"(?:(?:{alts(g['unit_of_nouns'])})\s+of\s+)?(?:{word}){{0,2}}", i)
        # "Belgian troops serve alongside it": with the forces named before, where they are
        self.alongside_after = re.compile(
            r"\s+(?:(?:also|now|still)\s+)?(?:serve|serves|served|serving|operate|operates|are\s+deployed|"
            r"were\s+deployed|are\s+stationed|were\s+stationed)\s+alongside\s+(?:it|them)\b", i)
        self.sharing_after = re.compile(  # "a Dutch company will share the barracks with the Americans"
            # (also in a relative clause: "French commandos who shared the site left with them")
            rf"\s+(?:(?:who|that)\s+)?(?:(?:{aux}|also|would|could)\s+)*(?:shared|shares|share|sharing)\s+(?:(?:the|its|their|a)\s+"
            rf"(?:[\w-]+\s+)?(?:{alts(g['shared_place_nouns'])})\s+with\b|the\s+(?:same\s+)?"
            rf"(?:{alts(g['shared_place_nouns'])})\b(?!\s+(?:at|in|near|of|on|outside)\b))", i)
        # ("Canadian CP-140 crews share the hangar": the hangar told of before)
        self.shared_with = re.compile(  # "had shared the site with a US Patriot battery": there too
            rf"\b(?:(?:shared|shares|share|sharing)\s+(?:(?:the|its|their|that|this)\s+)?(?:[\w-]+\s+)?"
            rf"(?:{alts(g['shared_place_nouns'])})|(?:which|that)\s+(?:\w+\s+){{0,2}}(?:shared|shares?))\s+with\s+"
            r"(?:[\w.,'’-]+\s+){0,6}$", i)  # "a base ..., which they had shared with a small team of"
        self.shipped_from = re.compile(
            rf"\b(?:(?:{alts(g['shipping_verbs'])})\s+(?:back|home|out)\b[^.;]{{0,50}}?|"
            r"(?:arrive|arrives|arrived|arriving)\s+)"  # "Transport aircraft arrive from eastern Libya"
            r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$", i)
        self.by_np = re.compile(r"\bby\s+(?:[\w.,'’-]+\s+){0,6}$", i)
        self.hosting_verb = re.compile(rf"\b(?:{alts(g['hosting_verbs'])})\b", i)
        self.new_clause = re.compile(r"\band\s+(?:that|which|who|whether)\b|,\s*and\s", i)
        # ", as Saudi Arabia dismissed reports that its own officers": a clause of another subject
        self.other_subject_clause = re.compile(
            r",\s+(?:as|while|whereas|but|although|though)\s+(?=(?:the\s+)?(?-i:[A-Z]))", i)
        self.at_base = re.compile(  # "at the camp in X", "at Niger's air base at X", "at RAAF Base X"
            rf"\b(?:{preps})\s+(?:(?:the|a|an|its|their|(?-i:[A-Z])[\w-]*(?:'s|’s))(?!\w)[^,;]{{0,40}}"
            r"|(?-i:[A-Z]{2,6})\s+)$", i)
        # A preposition that ends a noun phrase ("a former hunting estate | at Berengo");
        # "of" continues it ("the former headquarters of the French forces").
        # "a New Zealand Air Force Hercules": a town after a service's name is the aircraft type
        # (case-sensitive: "the navy" is no name)
        self.service_before = re.compile(rf"\b(?:{alts(g['service_names'])})\s+$")
        # "airfields in Azerbaijan, on Iran's northern border": where the border is, not a place
        self.border_before = re.compile(rf"\b(?:{alts(g['border_prepositions'])})\s+$", i)
        self.border_after = re.compile(
            rf"['’]s\s+(?:{direction}\s+)?(?:{alts(g['border_nouns'])})\b", i)
        # "the Prince of Wales Barracks", "the Emir of Qatar": a title, not a place
        self.title_of_before = re.compile(rf"\b(?-i:{alts(g['title_nouns'])})\s+of\s+$")
        # What a place could hold, not what it holds ("a port capable of hosting four ships").
        self.capacity_before = re.compile(rf"\b(?:{alts(g['capacity_openers'])})\s+$", i)
        self.np_end = re.compile(
            rf"\b(?:{alts(w for w in g['link_prepositions'] if w != 'of')})\b", i)
        self.list_opener_after = re.compile(rf"\s+(?:{alts(g['list_openers'])})\s+", i)
        self.copula_after = re.compile(
            rf"\s*(?:{alts(g['copulas'] + g['list_openers'])})\s+|\s*:\s*", i)
        self.compound_head = re.compile(r"\s+(?:(?:military|naval|air|army|training)\s+)?", i)
        self.function_words = frozenset(w.lower() for w in (
            *g["link_prepositions"], *g["subordinators"], *g["adjunct_prepositions"],
            *g["determiners"], *g["conjunctions"]))
        self.launched_from = re.compile(r"(?:\s+[\w-]+){0,3}?\s+from\s+(?:the\s+)?", i)
        self.connecting_before = re.compile(  # "the highways that link the port of Gwadar"
            rf"\b(?:{alts(g['connecting_verbs'])})\s+(?:the\s+)?(?:(?:port|town|city|village)\s+of\s+)?$", i)
        self.civilian_before = re.compile(
            rf"(?<!military\s)\b(?:{alts(g['civilian_modifiers'])})\s+$", i)
        # "returned home": left the place the story is about
        # "They left in November", "Both contingents withdrew": leaving, with no place said
        self.left_alone = re.compile(
            rf"^\s+(?:(?:all|also|finally|then|eventually)\s+)?(?:{alts(g['departure_verbs'])})"
            rf"(?=\s*(?:[.;,:\"”)]|$)|\s+(?:{alts(g['departure_adjuncts'])})\b)", i)
        self.went_home = re.compile(rf"\b(?:{alts(g['homeward_verbs'])})\s+home\b", i)
        # "had offered to set up a similar base in": a base someone plans in a country
        self.offer_before = re.compile(
            rf"\b(?:{alts(g['offer_verbs'])})\s+(?:to\s+)?(?:[\w-]+\s+){{0,2}}"
            r"(?:a|an)\s+(?:[\w-]+\s+){0,2}$", i)
        self.journey_from = re.compile(
            rf"\b(?:{alts(g['journey_nouns'])})\s+from\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}$", i)
        carry = r"(?:carrying|bringing|transporting|ferrying)"
        self.carrying_before = re.compile(rf"\b{carry}\s+(?:[\w,.-]+\s+){{0,4}}$", i)
        self.carrying_gap = re.compile(rf"[^,;]{{0,40}}?\s{carry}\s+(?:[\w,.-]+\s+){{0,4}}", i)
        self.object_verb_first = re.compile(
            rf"\s+(?:(?:{aux})\s+)*(?:{alts(g['object_verbs'])}|patrolling|patrol|patrols)\b", i)
        # (and a headline's "Danish company to be stationed near Balvi", not "said to be")
        raising = "said|thought|believed|reported|known|understood|seems?|seemed|appears?|appeared|" \
                  "likely|used|supposed|going|have|has|had|want|wants|wanted|need|needs|needed|expected|hoped|meant"
        self.future_before = re.compile(
            rf"\b(?:will|shall|'ll|(?:is|are)\s+(?:(?:due|set|expected|scheduled)\s+)?to|"
            rf"(?<=\s)(?!(?:{raising})\s)[a-z]+\s+to(?=\s+be\s))\s+"
            rf"(?:be\s+)?(?:(?:{alts(g['modal_adverbs'])})\s+)?$", i)  # "is to be replaced"
        # "will begin a rotational presence of P-8A patrol aircraft": a presence still to start
        self.future_onset_before = re.compile(
            rf"\b(?:will|shall|'ll|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s+"
            rf"(?:{alts(g['onset_verbs'])})\s+[^,;:.]*$", i)
        # "will live in new barracks at the garrison and train with ...": the second verb is
        # future too; "the garrison" after a determiner is a noun, no verb of presence
        self.future_and_before = re.compile(
            r"\b(?:will|shall|'ll)\s+(?!be\b|have\b)[a-z]+\b[^,;:.]{0,60}\s+and\s+$", i)
        self.determiner_before = re.compile(rf"\b(?:{alts(g['determiners'])})\s+$", i)
        # an exit under way ("are leaving", "began withdrawing"), or a yearly one ("leaves each
        # October"): the forces are still there
        self.ongoing_before = TailMatcher(g["ongoing_auxiliaries"], strip_the=False)
        self.inchoative_before = re.compile(rf"\b(?:{alts(g['inchoative_verbs'])})\s+(?:to\s+)?$", i)
        months = "|".join(calendar.month_name[1:])
        self.habitual = re.compile(
            rf"\b(?:{alts(g['habitual_markers'])}|(?:each|every)\s+(?:{months}))\b", i)
        # "the pullout does not cover the island": what a withdrawal leaves out
        self.exempted_after = re.compile(
            r"\s+(?:(?:does|do|did|will|would|has|have|had)\s+not|doesn't|don't|didn't|won't)\s+"
            rf"(?:{alts(g['exemption_verbs'])})\b", i)
        # "their units moved to Pyeongtaek": where forces went, not what they left
        self.destination_before = re.compile(
            rf"\b(?:{alts(g['destination_verbs'])})\b[^,;.]{{0,60}}?\s(?:to|into)\s+(?:the\s+)?"
            r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?(?:near|outside|at|in)\s+(?:the\s+)?"
            r"(?:town\s+of\s+)?)?$", i)  # "moved part of the force to a position near X"
        self.future_year = re.compile(
            r"\b(?:from|by|in|starting\s+in|beginning\s+in|as\s+of)\s+((?:19|20)\d\d)\b", i)
        self.denial_of_report = re.compile(
            r"\s+(?:it|them|this|that|the\s+(?:reports?|claims?|allegations?|accounts?))\b", i)
        # "no agreement had been reached": talks still open, not a denial, unless it is with
        # anyone at all ("No agreement has been reached with any country to deploy forces")
        self.pending_after = re.compile(
            rf"\s+(?:(?:has|had|have|was|were)\s+)?(?:yet\s+|so\s+far\s+)?(?:been\s+)?(?:yet\s+)?"
            rf"(?:{alts(g['pending_participles'])})\b(?![^.;]*\bany\b)", i)
        self.participle_after = re.compile(r"\s+[a-z]+(?:ed|en|t)\b")
        self.source_before = re.compile(r"\bfrom\s+(?:the\s+)?$", i)
        self.as_predicate = re.compile(r"\bas\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", i)
        self.new_subject = re.compile(  # ", and Niger expelled", ", and a second team could be posted"
            r",\s*and\s+(?:(?:the\s+)?(?-i:[A-Z])|(?:a|an|another|the)\s+"
            rf"(?:{alts(g['elliptic_group_modifiers'])}),?\s+(?:[\w-]+\s+)?"
            rf"(?:{alts(g['unit_of_nouns'])})\b)", i)
        # "reported that Chinese technicians had operated a post near S and that talks were
        # under way": a second reported clause
        # "The camp was handed over to Somaliland's army": to whom, not where
        self.handed_to = re.compile(
            r"\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?)\s+(?:(?:it|them)\s+)?(?:over|back)\s+"
            r"(?:(?:it|them)\s+)?to\s+(?:the\s+)?$", i)
        self.and_that = re.compile(r",?\s+and\s+that\s|\b(?:said|says|added|adds),\s+and\s", i)
        self.next_subject = re.compile(r",\s*and\s+(?:the\s+)?(?-i:[A-Z])[^,;]{0,40}$", i)
        self.clause_opener = re.compile(r",\s*(?:where|which|who|whose)\b", i)
        self.event_clause = re.compile(rf"\b(?:{alts(g['temporal_subordinators'])})\b", i)
        self.speech_after = re.compile(
            rf",?\s+and\s+(?:(?:{aux})\s+)?(?:{alts(g['speech_verbs'])})\b", i)
        self.speech_word = re.compile(rf"\b(?:{alts(g['speech_verbs'])})\b", i)
        self.says_after = re.compile(
            rf"(?:'s|’s)?\s+(?:(?:{aux}|also|again|repeatedly)\s+){{0,2}}(?:{alts(g['speech_verbs'])})\b", i)
        # "In Paris, the armed forces ministry said": the capital opens the sentence for its
        # government, whose speaker follows
        self.seat_speaker_after = re.compile(
            r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
            rf"(?:{alts(g['seat_speaker_nouns'])})\s+(?:(?:{aux})\s+)?"
            rf"(?:{alts(g['speech_verbs'])})\b", i)
        self.recipient_before = re.compile(r"\b(?:to|with|alongside)\s+(?:the\s+)?$", i)
        self.adversary_before = re.compile(  # "after last month's war with Iran": the enemy
            rf"\b(?:{alts(g['conflict_nouns'])})\s+(?:with|against)\s+(?:the\s+)?$", i)
        self.landmark_after = re.compile(
            r",?\s*(?:(?:on|in|at)\s+(?:a|an|the)\s+[\w-]+\s+)?(?:near|outside|close\s+to|next\s+to|"
            rf"(?:{dirs})(?:ern)?\s+of)\b", i)
        self.origin_from = re.compile(r",?\s+from\s+(?:the\s+)?", i)  # "contingent, from Brazil,"
        # "has moved equipment and personnel from Syria": the place left, not the origin
        self.transfer_before = re.compile(
            rf"\b(?:{alts(g['transfer_verbs'])})\s+(?:[\w-]+\s+){{0,4}}$", i)
        self.subject_after = re.compile(
            r"\s+(?:(?:also|now|still|already|then)\s+)?"
            rf"(?:{alts((*g['modals'], *g['finite_auxiliaries'], *g['copulas']))})\b")
        # "..., and Turkey holds a strip of the north": a present verb opens a new clause
        # (or a past one: "..., and Baghdad sent a delegation")
        self.present_verb_after = re.compile(
            r"\s+(?:(?:also|now|still|then|later)\s+)?"
            rf"(?-i:[a-z]+[^s\W]s|[a-z]{{2,}}ed|{alts(g['past_clause_verbs'])})"
            r"\s+(?:a|an|the|its|their|some|about|\d)\b")
        # a break word set off by commas is an aside ("Sweden, meanwhile, will lead")
        self.clause_break = re.compile(rf";|\s[-–—]\s|\b(?:{alts(g['clause_breaks'])})\b(?!,)", i)
        aux_before = "".join(rf"(?<!\b{w}\s)" for w in (
            "are", "is", "was", "were", "will", "has", "have", "had"))
        self.operator_break = re.compile(  # not "engineers are meanwhile expected to build"
            rf";|{aux_before}\b(?:{alts(g['clause_breaks'])})\b(?!,)", i)
        self.breaks_cache: dict[str, list[tuple[int, int]]] = {}
        self.breaker = re.compile(rf"\b(?:{alts(g['link_breakers'])})\b", i)
        self.hosts = re.compile(
            r",?\s*(?:(?:which|that|where)\s+(?:\w+\s+){0,2}?|[^,;]{0,40},\s*(?:\w+\s+)?|"
            rf"\s*(?:(?:{aux}|not|never)\s+){{0,3}})"
            rf"(?:{alts(g['hosting_verbs'])})\s+(?:the\s+)?(?:[\w.,-]+\s+){{0,4}}", i)
        self.apposition = re.compile(
            rf"(?:\s+(?:{alts(g['place_nouns'])}))?"
            rf"(?:,\s*(?:[^,;]{{0,60}},\s*)?(?:(?:{alts(g['copulas'])})\s+)?|\s+(?:{alts(g['copulas'])})\s+)"
            rf"(?:{alts(g['determiners'])}|(?-i:[A-Z])[\w.]*(?:'s|’s))\s+(?:[\w.'’-]+\s+){{0,5}}", i)
        # "al-Qaryatayn, south-west of Palmyra", "Bin Jawad, on the coast east of Sirte": the
        # place before is located by the one after
        self.direction_of_gap = re.compile(
            r"^\s*,?\s*(?:(?:on|along)\s+the\s+(?:coast(?:al\s+road)?|road|highway|shore)\s+)?"
            r"(?:about\s+)?(?:[\d,.]+\s*(?:km|kilometres|kilometers|miles)\s+)?"
            rf"{direction}\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
            r"|^\s*,\s*(?:just\s+|right\s+)?(?:outside|next\s+to|close\s+to)\s+(?:the\s+)?"
            r"(?:(?:city|town|village)\s+of\s+)?$", i)  # "at Illkirch, just outside Strasbourg"
        # "near Madinat Zayed, in Abu Dhabi's Al Dhafra region": the owner of an area
        self.area_owner_after = re.compile(
            r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:region|province|governorate|district|emirate|"
            r"county|desert|interior|hinterland)\b", i)
        # "in Santiago de Cuba, in Holguin": the same preposition again opens a list item
        self.parallel_locative = re.compile(r",\s*(in|at|near)\s+(?:the\s+)?", i)
        # "set up posts after the clashes, mostly around Berd": the adverb goes on placing them
        # ("two bases, one outside the town of Hawija and one near Dujayl": each in turn)
        self.adverb_locative = re.compile(
            rf"\s*(?:{hedges}|one|another|the\s+other)\s+(?:in|at|near|around|outside|inside)\s+"
            r"(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:town|city|village|port)\s+of\s+)?", i)
        self.landmark = re.compile(
            r"^\s*(?:[\w-]+\s+){0,2}(?:(?:bay|island|harbour|harbor|peninsula|port|airstrip|airfield|airport|"
            r"base|camp|post)(?=,))?,?\s*"
            rf"(?:(?:{hedges})\s+)?(?:near|outside|close\s+to|next\s+to|in|at|on|off|overlooking|"
            rf"{direction}\s+of)\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?{part_of})?"  # "on the northern tip of"
            r"(?:(?:[a-z-]+\s+)?(?:port\s+)?(?:city|town|village)\s+of\s+)?$", i)  # "the eastern city of"
        # "Ramadi, the capital of Anbar province": the town, located
        # "the airport at Yevlakh, about 65 km east of Ganja, where": the place measured from
        self.distance_gap = re.compile(
            r"\s*,\s*(?:(?:about|some|roughly|around|nearly)\s+)?\d[\d,]*\s*(?:km|kilometres|kilometers|miles)"
            rf"\s+(?:\([^)]*\)\s+)?(?:{direction})\s+of\s+(?:the\s+)?{town_of}", i)
        self.capital_of_gap = re.compile(
            r"\s*,\s*(?:the|a)\s+(?:[a-z-]+\s+)?(?:capital|seat|main\s+town|largest\s+city)\s+of\s+"
            r"(?:the\s+)?", i)
        self.segment_start = re.compile(
            rf"^\s*(?:(?:which|that|who)\s+(?:\w+\s+){{0,2}})?(?:(?:{hedges})\s+)?(?:(?:{aux}|[a-z]+ed|built|set|up|put|"
            rf"kept|held)\s+)*(?:in|at|near|outside|around|inside|on|from|"
            rf"{alts(g['segment_participles'] + g['list_openers'])}|close\s+to|next\s+to|"
            rf"{direction}\s+of)\b", i)
        # the words between an operator and its noun inside one noun phrase: no preposition,
        # article or verb ("Turkish military bases", not "Niger from their base")
        np_word = (rf"(?!(?:{alts((*g['link_prepositions'], *g['determiners'], *g['copulas']))}"
                   r"|about|with|for|by)\s)"  # "talks with Uzbekistan about access": no one NP
                   r"[\w-]+(?:/[\w-]+)?\s+")  # ("SAMP/T")
        self.np_gap = re.compile(rf"^\.?(?:'s|’s|')?\s*(?:{np_word}){{0,3}}$", i)
        function = alts((*g["determiners"], *g["link_prepositions"], *g["copulas"], *g["auxiliaries"],
                         *g["conjunctions"], *g["subordinators"], *g["clause_breaks"]))
        self.compound = re.compile(rf"(?:'s|’s)?\s*(?:(?!(?:{function})\s)[\w'’-]+(?:/[\w-]+)?\s+){{0,2}}", i)
        country_verbs = (*g["country_link_verbs"], *g["presence_link_verbs"],
                         *g["segment_participles"], *g["auxiliaries"])
        self.country_link = re.compile(
            rf"^,?\s*(?:(?:{alts(country_verbs)})\s+){{0,4}}"
            rf"(?:{alts(g['country_link_prepositions'])})\s+(?:the\s+)?"
            rf"(?:(?:{alts(g['country_adjectives'])})\s+)?(?:{direction}\s+|central\s+)?"
            rf"(?:(?:{dirs}|centre|center)\s+of\s+(?:the\s+)?)?$", i)  # "in the north of"
        # "withdrawn from the Maldives ... will not station troops there": a country "there"
        # can point back to
        self.country_after_link = re.compile(
            rf"\b(?:{alts(g['country_link_prepositions'])})\s+(?:the\s+)?$", i)
        self.stationed_after = re.compile(
            rf"\s+(?:(?:{aux})\s+)*(?:{alts(g['segment_participles'])})\b", i)
        # "... a unit at the old wharves there": a common noun phrase the place "there" holds
        self.there_gap = re.compile(
            rf"\s+(?:(?:{aux}|{alts(g['segment_participles'] + g['hosting_verbs'])}|[a-z]+ed)\s+){{0,4}}"
            r"(?:(?-i:at|in|on|inside|near)\s+(?-i:the|its|their)\s+(?:(?-i:[a-z][\w-]*)\s+){1,3})?", i)
        self.pronoun_stationed = re.compile(
            rf"\b({alts(g['pronoun_subjects'])})\s+(?:(?:(?:{aux}|(?:likely|expected|due|set)\s+to)\s+)*"
            rf"(?:{alts(g['segment_participles'] + g['pronoun_presence_verbs'])})\b|(?:is|are|was|were)\s+"
            r"(?:not\s+|no\s+longer\s+|still\s+|now\s+)?(?=(?:at|near|outside)\s+(?-i:[A-Z])))", i)
        # ("They were based at", "It is not at Ein Shemer")
        # "about 330 of them are in southern Lebanon", ", most of them at Setermoen": a part
        # of the forces just named, placed
        self.partitive_stationed = re.compile(
            rf"\b(?:[\d,]+|most|many|some|half|all|part|several\s+hundred|a\s+few)\s+of\s+"
            rf"(them|the\s+(?:{alts(g['elliptic_group_nouns'])}))\s+"  # "move part of the team to"
            rf"(?:(?:{aux})\s+)*(?:(?:{alts(g['segment_participles'] + g['pronoun_presence_verbs'])})\s+)?"
            rf"(?!from\b)(?=(?:{preps})\s)", i)
        # "Most are based at Adazi", ", and another 500 are deployed in Riga", "The rest
        # remain in Tapa": forces named before, given by a quantifier alone at a clause's start
        approx = rf"(?:(?:{alts(g['number_approximators'])})\s+)?"
        count = rf"{approx}\d[\d,]*"
        presence_verbs = alts(g['segment_participles'] + g['pronoun_presence_verbs'])
        # "A second group is in Kosovo", "a smaller engineering team": another part of them
        modifier = alts(g['elliptic_group_modifiers'])  # "A second, smaller group"
        group = (rf"(?:a|an|another|the)\s+(?:{modifier})(?:,?\s+(?:{modifier}))?\s+"
                 rf"(?:[A-Za-z][\w-]*\s+)?(?:{alts(g['elliptic_group_nouns'])})")  # "second Russian group"
        verb = rf"(?:(?:(?:{aux})\s+)+(?:(?:{presence_verbs})\s+)?|(?:{presence_verbs})\s+)"
        # "A second group could follow to the airport at X": the group goes where it is sent
        group_verb = rf"(?:(?:(?:{aux})\s+)*(?:{presence_verbs}|{alts(g['elliptic_group_verbs'])})\s+)"
        self.elliptic_stationed = re.compile(
            rf"(?:^[\s\"“']*|[,;]\s+(?:(?:and|but|while|whereas)\s+)?)"
            rf"(?:((?:{alts(g['elliptic_force_heads'])})\b(?:\s+{count})?|{count}\s+more)\s+{verb}|"
            rf"({group})\s+(?:{verb}|{group_verb})?|"  # "and a smaller team at K": a group needs no verb
            rf"(the\s+(?:{alts(g['elliptic_group_nouns'])})s?)\s+{verb})"  # "The teams would be based at"
            rf"(?!(?:from|of|over)\b)(?=(?:{preps})\s)", i)
        # "The deployment follows ... a peace deal signed in Lome": a place another noun
        # phrase's participle holds, not the forces before it
        self.other_participle = re.compile(
            r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+([a-z]+ed)\s+(?:in|at|near)\s+(?:the\s+)?$", i)
        self.held_participles = frozenset(w.lower() for w in (
            *g["segment_participles"], *g["agent_verbs"], *g["pronoun_presence_verbs"]))
        apposed = r"(?:\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?,?\s+"  # ", on the lake shore,"
        self.where_before = re.compile(rf"{apposed}where\s+(?:[\w.'’-]+\s+){{0,8}}", i)
        # "the airport at Kalemie, on the lake shore, which US forces could use": the object
        # of the forces' use
        self.which_before = re.compile(rf",?{apposed}(?:which|that)\s+(?:[\w.'’-]+\s+){{0,3}}", i)
        self.use_after = re.compile(  # not "which US forces used in the 1990s": no presence now
            r"\s+(?:could|would|will|may|might|can)\s+(?:also\s+|then\s+)?use\b", i)
        # "based on the X hills, ..., and in the town of Y": a second locative of the same verb
        self.locative_verb = re.compile(
            rf"\b(?:{alts(g['presence_link_verbs'])})\s+(?:{preps}|through)\b", i)
        self.and_locative = re.compile(rf"^\s*(?:and|or)\s+(?:{preps})\s", i)
        self.and_locative_before = re.compile(
            rf"\b(?:and|or)\s+(?:{preps})\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:town|city|village|port|capital)"
            r"(?:\s+of)?\s+)?$", i)
        self.presence_locative = re.compile(
            rf"\b(?:{alts(g['presence_link_verbs'])})\s+(?:{preps}|through|{direction}\s+of)\s+(?:the\s+)?"
            rf"(?:(?:{alts(g['place_adjectives'])})\s+)?$", i)
        self.conjunction = re.compile(rf"\b(?:{alts(g['conjunctions'])})\b", i)
        self.relative_aside = re.compile(r"\s*,\s*(?:who|which)\s", i)
        not_mod = alts((*g["link_prepositions"], *g["determiners"], *g["copulas"], *g["conjunctions"]))
        mod_word = rf"(?!(?:{not_mod})\s)[\w-]+\s+"
        self.np_modifiers = [re.compile(rf"\.?(?:'s|’s)?\s+(?:{mod_word}){{{k}}}", i)
                             for k in range(3)]  # "U.S. forces", "U.S. B-52 bombers"
        self.hosting_after = re.compile(
            rf"(?:'s|’s)?(?:\s+[\w-]+){{0,4}}?(?:\s*,[^,;]{{0,120}},)?(?:\s+[\w-]+){{0,2}}?"
            rf"\s+(?:(?:{aux}|agreed\s+to|offered\s+to|refused\s+to|"
            rf"declined\s+to|not)\s+)*(?:{alts(g['hosting_verbs'])})\b", i)
        self.restrictive_after = re.compile(r"\s+(?:that|which|who)\b", i)
        self.label_after = re.compile(r"\s*[:|]")  # a list item's or table row's label
        self.quoted = re.compile(r'“[^”]*”|"[^"]*"')
        # "... outside the village of Kudna, about 10 km south of": a name the gazetteer lacks,
        # placed by the town after it
        joins = alts(sorted(articles, key=len, reverse=True)) or "al"
        self.unknown_place_tail = re.compile(
            rf"\b(?:at|in|near|outside|of)\s+(?:the\s+)?((?-i:[A-Z][\w'’]*)(?:[\s-]+(?:(?:{joins})-)?"
            r"(?-i:[A-Z][\w'’]*)){0,3})(?:\s+(?:camp|base|barracks|garrison|airfield|airstrip|"
            r"outpost|depot|range|training\s+area))?\s*$")  # "at the Elvegardsmoen camp, about 12 km"
        # "has turned to Moscow for security help": a government it asks, not a place
        self.recourse_before = re.compile(rf"\b(?:{alts(g['recourse_verbs'])})\s+$", i)
        # "after a 2020 ceasefire with Russia", "a deal with Niamey": a party, not a place
        self.party_before = re.compile(
            rf"\b(?:{alts(g['party_nouns'])})\s+(?:(?:signed\s+|reached\s+|agreed\s+)?with|between)\s+(?:the\s+)?"
            r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+and\s+(?:the\s+)?)?$", i)
        # "at El Bluff, the port outside Bluefields": what the unknown name is, and near what
        self.locating_in = re.compile(  # "positions in the Jabal al-Akrad, in north-eastern X"
            rf"^\s*in\s+(?:the\s+)?(?:(?:far\s+)?{direction}(?:[\s-]+{direction})?\s+)?$", i)
        self.locating_apposition = re.compile(
            r"^\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:port|town|village|island|harbour|harbor|"
            r"hamlet|settlement|airstrip|oasis)\s+(?:(?:just|about|some)\s+)?(?:near|outside|"
            rf"close\s+to|next\s+to|(?:{direction})\s+of|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$", i)
        # "their post on Sheikh Barakat hill, overlooking the town of X": a hill the gazetteer
        # lacks, located by the town it overlooks
        self.unknown_feature_tail = re.compile(
            r"\b(?:on|at|atop)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}"
            r"(?:\s+(?:hill|hills|ridge|mountain|heights|plateau|hilltop))?\s*$", i)
        self.overlooking_gap = re.compile(
            r"^\s*(?:overlooking|above|just\s+outside|outside|near)\s+(?:the\s+)?"
            r"(?:(?:town|village|city|valley)\s+of\s+)?$", i)
        # "based at Camp McGovern, a former farm about 10 km south-west of Brcko": a camp the
        # gazetteer lacks, located by the apposition after its name
        self.unknown_name_at = re.compile(  # after an anchor that opens the name ("Camp")
            r"^\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s*$")
        # "The closure is part of ...", "The pullout follows": a withdrawal named as the
        # subject stands for the event told before, not for the places after it
        self.event_subject_before = re.compile(r"[\s\"“]*(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?", i)
        self.event_subject_after = re.compile(  # (not "The pullout was completed in Bagram")
            r"\s+(?:ceremony\s+(?:is|was|will\s+be)|(?:is|was)\s+part|comes|came|marks|marked|follows|"
            r"followed|leaves|left)\b", i)
        self.predicate_start = re.compile(  # a comma segment that is the anchor's predicate
            rf"\s*(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
            rf"(?:{alts(g['segment_participles'])}|sent|moved|flown|redeployed|relocated)\b", i)
        self.host_demonym_before = re.compile(
            rf"\b(?:{alts(g['access_openers'])})\s+(?:(?:the|[\d,]+|two|three|four|five|six|"
            r"seven|eight|nine|ten|several|some|more|other|additional|further)\s+){0,3}$", i)
        self.host_base_before = re.compile(
            r"\b(?:through|at|in|into|inside|from|to)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", i)
        # "officers study at Saint-Cyr", "pilots train with the Swedish air force": trainees
        self.studying_after = re.compile(
            rf"(?:\s*,[^,]{{0,25}},|\s+(?:and|or)\s+[a-z-]+)?"  # "officers and technicians will train at"
            rf"\s+(?:(?:{aux}|continue|continues|each\s+year|regularly|due|to)\s+){{0,4}}"
            rf"(?:(?:{alts(g['study_verbs'])})(?:\s+(?:[\w-]+\s+){{0,2}}courses|\s+(?:a|an|the|[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+){{0,3}}"
            rf"(?:{alts(g['study_places'])}))?|(?:completed|completes|complete|began|begin|"
            rf"begins|started|finished)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){{0,2}}course"
            r"|on\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}(?:courses?|programmes?|programs?)"
            r"|(?:completed|complete|completes|finished|underwent|undergo|undergoing|received|begin|begins|"
            r"began|start|starts|started)\s+"
            r"(?:[\w-]+\s+){0,2}training(?:\s+on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
            rf"|(?:also\s+)?(?:been\s+)?(?:sent|admitted|seconded)\s+to\s+(?:[\w-]+\s+){{0,3}}"
            rf"(?:{alts(g['study_places'])})"  # "have also been sent to Turkish military academies in"
            rf"|welcome\s+(?:at|on|to\s+attend|to\s+join)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
            rf"(?:{alts(g['study_places'])}))"  # "officers would still be welcome at courses at"
            r"(?:\s+(?:each|every)\s+(?:year|month|summer|winter|spring|autumn))?"  # "train each year at"
            rf"\s+(?:in|at|on|with|abroad|overseas|under)\b", i)
        # "Saudi engineers will be trained at", not "Russian engineers trained at X are building"
        self.finite_after = re.compile(
            r"\s+(?:will|would|are|were|is|was|have|has|had|being|be|also|already)\b", i)
        # "the contract included training for Malaysian sailors in Turkey": the trainees'
        self.training_for = re.compile(
            r"\btraining\s+(?:courses?\s+|programmes?\s+|programs?\s+)?for\s+"
            r"(?:the\s+|some\s+|about\s+|[\d,]+\s+)?$", i)
        # "officers have also been sent to Russia for training": trainees abroad
        self.sent_to_train = re.compile(
            rf"\s+(?:(?:{aux}|also|been|being|regularly)\s+){{0,3}}(?:sent|flown)\s+(?:abroad\s+)?"
            r"to\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+for\s+(?:[\w-]+\s+)?"
            rf"(?:{alts(g['study_verbs'])}|{alts(g['study_places'])}|studies)"
            r"(?=\s*(?:[.,;]|$)|\s+(?:on|in|at|with|and|courses?|programmes?|programs?)\b)"
            # "officers arrived in Turkey on Monday for a three-month course"
            r"|\s+(?:(?:have|has|had)\s+)?(?:arrived|arrive|arrives|travelled|traveled|went|flew)\s+(?:in|to)\s+"
            r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s+(?:on|last|this|next)\s+\w+)?"
            r"\s+for\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}"
            r"(?:course|courses|training|programme|program)\b", i)
        calendar_words = "|".join([*calendar.month_name[1:], *calendar.day_name])
        self.generic_owner = re.compile(rf"\b(?:{alts(g['generic_owner_nouns'])})\b", i)
        # "the Libyan National Army (LNA) on Friday denied a report": a speaker, not forces there
        when = r"(?:\s+(?:on|last|this|early|late)\s+\w+)?"
        self.speaking_after = re.compile(  # not "said on Tuesday they would stay", "quoted by"
            rf"(?:\s*\([^()]{{1,15}}\))?{when}\s+(?:(?:{aux})\s+)?(?:{alts(g['speaking_verbs'])})\b"
            rf"(?!{when}\s+(?:to|by|(?:that\s+)?(?:they|it|its|their|we|our))\b)", i)
        # "Some officers in Tallinn worry that": sources in a place, not forces there
        self.placed_speaker_after = re.compile(
            r"\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+"
            rf"(?:{alts((*g['speaking_verbs'], *g['opinion_verbs']))})\b", i)
        # "- Betio, Kiribati: two advisers are posted at the port": the item's place
        self.item_label = re.compile(r"^\s*[-*•–]\s*((?-i:[A-Z])[^:\n]{1,60}):\s", i)
        # "awaiting ratification in Tokyo", "talks in Moscow": where an event is held
        self.venue_before = re.compile(
            rf"\b(?:{alts(g['venue_nouns'])})\s+(?:in|at)\s+(?:the\s+)?$", i)
        # "The airfield lies about 15 km from the border": where the base named before is
        self.bare_definite = re.compile(r"[\s\"“']*(?:the|this|that)\s+(?:(?-i:[a-z-]+)\s+)?", i)
        self.reference_before = re.compile(  # "not far from the", "15 km from", "near"
            r"\b(?:from|near|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", i)
        self.between_open = re.compile(  # "a strip of land between", not "split between"
            rf"\b(?:{alts(g['between_area_nouns'])})\s+(?:of\s+[\w-]+\s+)?"
            r"(?:(?:about\s+|some\s+)?[\d,.]+[\s-]*(?:km|kilometres?|kilometers?|miles?)\s+(?:long|wide|deep)\s+)?"
            r"between\s+(?:the\s+)?"
            r"(?:towns?\s+of\s+)?$", i)
        # "near the village of Kofinou, between Larnaca and Limassol": where the first place is
        self.locating_between = re.compile(  # ", between A and B", ", on the road between A and B"
            r",\s*(?:(?:roughly|about|halfway|midway)\s+)?"
            rf"(?:(?:on|along)\s+the\s+(?:[\w-]+\s+)?(?:{alts(g['between_area_nouns'])})\s+)?between\s+", i)
        self.between_and = re.compile(r"\s+and\s+(?:the\s+)?(?:town\s+of\s+)?", i)
        self.fronted_subordinate = re.compile(
            r"[\s\"“']*(?:after|when|once|before|as|while|because|although|though|since|if|until)\b"
            r"[^,.;]{0,80},", i)
        self.possessive_word = re.compile(rf"\b(?:{alts(g['possessive_pronouns'])})\b", i)
        self.its_before = re.compile(r"\bits\s+(?:[\w-]+\s+)?$", i)
        # "The Polisario Front, which ...": a named subject, which "its" later stands for
        self.named_subject = re.compile(
            r"[\s\"“']*(?:(?-i:The)\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,4}(?=,\s*which\b)")
        self.during_exercise = re.compile(  # "trained near Tamale during an exercise", "enter
            # the Philippines for joint drills"
            r"[^,;.]{0,40}?\s(?:during\s+(?:a|an|the|their|its)|for)\s+"
            r"(?:(?!(?:rotation|rotations|deployment|deployments|mission|missions|tour|posting)\b)"
            r"[\w-]+\s+){0,5}", i)
        # (not "arrived in X for a nine-month rotation and an exercise": a stay first)
        self.fronted_clause_after = re.compile(  # "..., and in the town of Kidal, rebels still held sway"
            r",\s+(?!(?:and|but|while|whereas|as|where|which|who)\b)(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+"
            r"(?:(?:still|also|have|has|had|were|was)\s+)?"
            r"(?:[a-z]+ed|held|kept|said|says|say|are|were|is|was|remain|remains|hold|holds)\b", i)
        self.passive_reinforced = re.compile(  # "its base in Koulikoro was reinforced with Spanish troops"
            r"\s+(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be)\s+(?:reinforced|bolstered|"
            r"strengthened)\s+with\s+(?:(?:a|an|the|some|about|[\d,]+)\s+)?(?:[\w-]+\s+){0,3}", i)
        self.reinforce_before = re.compile(
            r"\b(?:reinforced|reinforces|reinforcing|bolstered|strengthened|augmented)\b[^.;]{0,40}$", i)
        self.reinforced_with = re.compile(
            r"(?:,[^,;]{0,60},)?\s+with\s+(?:(?:a|an|the|some|about|[\d,]+)\s+)?(?:[\w-]+\s+){0,3}", i)
        self.until_word = re.compile(r"\b(?:until|till)\b", i)
        self.expulsion = re.compile(rf"(?:{alts(g['expulsion_stems'])})", i)  # the host acts on them
        self.exercise_words = tuple(w.lower() for w in g["exercise_words"])
        # "the first American unit to be stationed there since US forces pulled out": a
        # departure that dates a return
        self.first_since_before = re.compile(
            r"\bfirst\b[^.;:]{0,80}?\bsince\s+(?:the\s+)?(?:(?!that\b)[\w-]+\s+){1,4}"
            r"(?:had\s+|have\s+|has\s+)?$", i)
        # (not "the first time since the war that Russia has withdrawn troops": a withdrawal now)
        # "teach bomb disposal and bridge building": a skill, no construction
        self.skill_before = re.compile(rf"\b(?:{alts(g['skill_compounds'])})[\s-]+$", i)
        self.capital_word = re.compile(r"\bthe\s+capital\b(?!\s+of\b)", i)
        # "the capital's air base", "the air base outside the capital": the host's capital
        self.capital_base_before = re.compile(r"\bthe\s+capital['’]s\s+(?:[\w-]+\s+){0,2}$", i)
        self.capital_base_after = re.compile(  # "a camp at the capital's airport" too
            r"\s+(?:in|at|near|outside|on\s+the\s+edge\s+of)\s+the\s+capital\b(?:(?!\s+of\b|['’]s)|"
            rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{alts(g['shared_place_nouns'])})\b)", i)
        self.country_word = re.compile(  # "withdrew its personnel from the archipelago"
            rf"\bthe\s+(?:{alts(g['country_anaphors'])})\b(?!\s+of\b)", i)
        self.lies_after = re.compile(r"\s+(?:lies|sits|stands|is\s+(?:located|situated))\b", i)
        # "the base that hosts Camp Patriot": the base is where the site named next is
        self.hosting_relative = re.compile(
            rf"\s+(?:that|which)\s+(?:(?:now|also|still)\s+)?(?:{alts(g['hosting_verbs'])})\s+(?:the\s+)?", i)
        self.named_after = re.compile(  # "the base at Shama" (not "the base in June")
            rf"\s+(?:at|in|near|outside)\s+(?!(?:{calendar_words})\b)(?-i:[A-Z][a-z])", i)
        self.trainees_after = re.compile(  # "Jordanian pilots and mechanics trained in Alabama"
            rf"\s+(?:[\w-]+\s+)?(?:{alts(g['trainee_nouns'])})(?:\s+and\s+[\w-]+)?\b", i)
        self.of_operator = re.compile(  # "a squadron of Royal Australian Air Force F-35 jets"
            r"\s+of\s+(?:the\s+)?(?:(?:about|some|around|nearly|up\s+to)\s+)?(?:[\d,]+\s+)?", i)
        self.host_base_after = re.compile(r"\s+(?:in|on|at|near|outside)\s+(?:the\s+)?$", i)
        self.fronted = re.compile(r"^[\s\"“]*(?:In|Inside|Across|Throughout|At|Near|Outside)\s+(?:the\s+)?$")
        # "In Iraq, U.S. troops", "In Leposavic, further north, American troops"
        self.fronted_gap = re.compile(r",\s+(?:[^,;:]{1,30},\s+)?(?:[\w.'’-]+\s+){0,5}")
        # a country frames a longer clause ("In Palau, the United States is building a radar")
        self.fronted_country_gap = re.compile(r",\s+(?:[^,;:]{1,30},\s+)?(?:[\w.'’-]+\s+){0,8}")
        self.trainer_before = re.compile(
            r"\b(?:train|trains|trained|training|mentor(?:s|ed|ing)?|advis(?:e|es|ed|ing)|"
            r"equip(?:s|ped|ping)?)\s+(?:(?:the|its|their|some|about|around|over|nearly|roughly|a|an|"
            r"more\s+than|up\s+to|[\d,]+)\s+){0,3}"  # "trained more than 50,000 Ukrainian recruits"
            # "to train the new Syrian army": lower-case modifiers, not a preposition
            rf"(?:(?!(?:{preps}|with)\b)(?-i:[a-z])[\w-]*\s+){{0,2}}$", i)
        self.including_before = re.compile(
            r"\b(?:including|among\s+them|alongside|as\s+well\s+as|together\s+with)\s+"
            r"(?:(?:a|an|the|some|about|around|[\d,]+)\s+){0,3}(?:[\w-]+\s+){0,2}$", i)
        self.speaker_at = re.compile(r"\s+(?:[\w-]+\s+){1,2}(?:at|in|from)\s+(?:the\s+)?", i)
        self.from_base = re.compile(r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}", i)
        self.not_object = re.compile(
            rf"^\s*(?:over\s+)?(?:to|by)\s|\b(?:19|20)\d\d\b|\b(?:{alts(g['link_breakers'])})\b", i)
        self.replaced_by = re.compile(r"(?:\w+\s+)*replaced\s+by", i)
        self.them = re.compile(r"\b(?:them|it|they)\b", i)  # the forces named before
        # "the Warsaw Pact", "the Kainuu Brigade's garrison", "the Leningrad military district":
        # a place naming a unit or an alliance, not where anything is
        self.unit_name_after = re.compile(rf"\s+(?:{alts(g['unit_name_heads'])})\b")
        # "Task Force Southwest", "Operation Lake Chad": a place naming a unit or an operation
        self.unit_name_before = re.compile(rf"\b(?:{alts(g['unit_name_openers'])})\s+$")
        # "2002 - Russia leaves Cam Ranh": a country leaving a town or base, its forces with it
        self.country_leaves = re.compile(
            rf"\s+(?:(?:also|finally|then)\s+)?({alts(g['country_leaving_verbs'])})\s+(?=(?-i:[A-Z]))", i)
        # "Tornado jets", "Typhoon fighters": an aircraft type named like a town
        self.aircraft_after = re.compile(  # "Tornado jets", "Falcon maritime patrol jets"
            rf"(?:\s+(?:{alts(g['aircraft_modifiers'])})){{0,2}}"
            rf"\s+(?:{alts(g['aircraft_nouns'])})\b")
        # "600 troops at Port-Bouet, which it plans to reduce": a plan for a presence that stays
        reductions = alts(g["reduction_verbs"])
        # "leave a smaller team at X", "left two helicopters behind": forces kept where they are
        self.left_object = re.compile(
            r"\s+(?:(?:a|an|some|about|around|up\s+to|[\d,]+|two|three|four|five|six|several)\s+)"
            r"(?:(?-i:[a-z])[\w-]*\s+){0,3}", i)
        self.where_since = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){1,4}?(?:have|has)\s+(?:been\s+)?", i)
        # "troops of the Africa Corps settling in B": forces with a verb of their own
        self.force_verb_after = re.compile(
            r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)?\s+(?-i:[a-z]+(?:ing|ed))\b")
        # "The request covers the air base at Phan Rang and Phu Cat air base": the places of a plan
        self.plan_subject = re.compile(
            r"^[\s\"“]*(?:(?:The|This|That|Such\s+a)\s+(?:[\w-]+\s+)?(?:request|requests|proposal|proposals|plan|"
            r"plans|offer|draft|package|shortlist)\s+(?:also\s+|would\s+)?(?:covers?|includes?|involves?|"
            r"concerns?|lists?|names?|cover|include|involve|concern|list|name)\b"
            # "Under the plan, Ankara would keep a drone detachment at X"
            r"|Under\s+the\s+(?:draft\s+|proposed\s+|new\s+)?(?:plan|proposal|offer|draft|scheme)\s*,"
            r"(?=[^.;]*\b(?:would|will|could|might)\b))", i)
        # "engineers, who had rebuilt the wharf at X after a cyclone, left in October": where the
        # forces were, as the main verb says they left
        self.relative_worked = re.compile(
            r"(?:,\s+who|\s+(?:who|that))\s+(?:had\s+|have\s+|has\s+)?(?-i:[a-z]+)\s+(?:[\w'’-]+\s+){0,6}?"
            r"(?:at|in|on|near)\s+(?:the\s+)?", i)  # ("a team that kept a refuelling point at X left")
        self.then_left = re.compile(
            r"[^,;.]{0,80}?(?:,\s+|\s+)(?:have\s+|had\s+|has\s+)?(?:left|withdrew|departed|pulled\s+out|"
            rf"(?:{alts(g['homeward_verbs'])})\s+home)\b", i)
        # "left in 2017", "left.", not "left their mark on the army" or "left the junta in no doubt"
        self.bare_departure_after = re.compile(
            rf"\s*[,.;]|\s+(?:for|\d|(?:{alts(g['departure_adjuncts'])})\b|the\s+(?:country|base|town|city|"
            r"island|area|region|camp|site)\b)|\s+(?-i:[A-Z])", i)
        # (and a place as its object: "left Iran in December")
        self.and_then_left = re.compile(r"[^.;]{0,80}?\s+and\s+(?:then\s+|later\s+|finally\s+)?", i)
        # "as Saudi Arabia dismissed", "as Saudi Arabia's defence ministry dismissed": the subject
        self.subject_verb_gap = re.compile(
            r"(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
            r"(?:(?:has|have|had|also|then|later|quickly|swiftly)\s+)*", i)
        self.kept_at_after = re.compile(r"\s+(?:behind|at|in|near|inside|on)\b", i)
        self.reduction_after = re.compile(rf"\s+(?:{reductions})\b", i)
        self.reduce_after = re.compile(rf"\s+to\s+(?:{reductions})\b", i)  # "no plans to reduce"
        # "Army engineers are building clinics in X": forces at work there, not a plan
        self.builders_before = re.compile(
            rf"\b(?:{alts(g['builder_nouns'])})\s+(?:are|is|were|was|have\s+been|has\s+been)\s+"
            r"(?:(?:now|still|already|currently)\s+)?$", i)
        self.for_anchor_gap = re.compile(
            r"(?:,[^,;.]{1,60},)?\s+for\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,3}", i)
        self.use_place_before = re.compile(
            r"\b(?:use|uses|used|using)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:at|in|near|of)\s+(?:the\s+)?$"
            r"|\b(?:use|uses|used|using)\s+$", i)
        self.made_by_np = re.compile(
            rf"(?-i:[A-Z])[\w.]*-(?:{alts(g['maker_participles'])})\s+(?:[\w-]+\s+){{0,5}}$", i)
        self.deliberation_before = re.compile(
            rf"\b(?:{alts(g['deliberation_verbs'])})\s+(?:[\w-]+\s+){{0,2}}$", i)
        self.outskirts_gap = re.compile(  # "on the western outskirts of": right beside the town
            rf"\bthe\s+(?:[a-z-]+\s+)?(?:{alts(g['town_part_nouns'])})\s+of\s+(?:the\s+)?$", i)
        self.the_before = re.compile(r"\bthe\s+$", i)
        self.event_noun_after = re.compile(rf"\s+(?:{alts(g['event_nouns'])})\b", i)
        self.operating_from = re.compile(
            r"\b(?:operat(?:e|es|ed|ing)|fly|flies|flying|flew)\b[^,;]{0,60}\bfrom\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}(?:at|in|near|outside)\s+(?:the\s+)?$", i)
        self.stationed_at_before = re.compile(
            rf"\b(?:(?:{aux})\s+)+(?:{alts(g['segment_participles'])}|housed)\s+(?:at|in|on)\s+"
            r"(?:a|an|the)\s+$", i)  # "are stationed at a former air base": what the base was
        self.object_relative = re.compile(r",\s*which\s+(?:the|a|an)\s", i)  # its own subject
        # ... or a named one: "which Russian military police left" (another operator's)
        self.object_relative_named = re.compile(r",\s*which\s+(?-i:[A-Z])", i)
        self.exercise_participants = re.compile(
            r"\s+(?:that|who|which)\s+(?:had\s+)?(?:joined|took\s+part\s+in|participated\s+in)\s+"
            rf"(?:(?:the|a|an|this|last)\s+)?(?:[\w-]+\s+){{0,3}}(?:{alts(g['exercise_words'])})s?\b", i)
        self.no_foreign = re.compile(r"\bno\s+(?:other\s+)?foreign\s+(?:[\w-]+\s+){0,2}$", i)
        self.foreign_exception = re.compile(r"\b(?:other\s+than|except|apart\s+from|besides)\b", i)
        self.from_place_after = re.compile(r"\s+from\s+(?-i:[A-Z])", i)  # "flew home from Gao"
        self.exercise_word = re.compile(rf"\b(?:{alts(g['exercise_words'])})s?\b", i)
        self.also_word = re.compile(r"\b(?:also|too|as\s+well|jointly|shared)\b", i)
        self.whether_to = re.compile(r"\s+to\s", i)  # "debating whether to send troops": a plan
        self.about_before = re.compile(r"\b(?:about|on|of|over)\s+$", i)  # "talks about letting"
        self.infinitive_before = re.compile(
            r"\b(?:to|will|would|could|may|might|can|should|shall)\s+$", i)  # "asked Oman to let"
        self.definite_unit = re.compile(rf"\bthe\s+(?:{alts(g['qualified_force_nouns'])})\b", i)
        self.deal_condition = re.compile(  # "if a deal goes ahead": a plan's condition, no hypothesis
            rf"\s+(?:a|an|the|such\s+an?)\s+(?:[\w-]+\s+)?(?:{alts(g['deal_nouns'])})\s+(?:goes\s+ahead|"
            rf"(?:is|are|were|was|gets?)\s+(?:{alts(g['pending_participles'])}|approved|ratified))\b", i)
        self.restrictive_who = re.compile(  # "soldiers who are due to join the mission in S will be"
            rf"\s+(?:[\w-]+\s+)?who\s+[^,;.]{{5,100}}?\s(?=(?:{aux})\s+(?:be\s+|been\s+)?"
            rf"(?:{alts(g['segment_participles'])}|sent|moved|relocated|redeployed|transferred)\b)", i)
        self.and_before = re.compile(r"\band\s+$", i)
        self.and_np_verb_after = re.compile(  # "a battery and a small maintenance unit would be"
            rf"\s+and\s+(?:a|an|the|some|\d[\d,]*)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+(?=\s+(?:{aux})\b)", i)
        self.and_aux_before = re.compile(rf"\band\s+(?:(?:{aux})\s+){{0,2}}$", i)  # "and is building"
        self.and_between = re.compile(r"\sand\s", i)
        self.own_object_after = re.compile(r"\s+(?:over\s+)?(?:a|an|the|its|their|one|two|three)\s", i)
        self.sent_to = re.compile(rf"\b(?:{alts(g['destination_verbs'])})\b[^;.]{{0,60}}?\sto\s", i)
        self.place_owner_gap = re.compile(  # "Armenia's north-eastern", "Congo's"
            r"(?:'s|’s)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}", i)
        self.let_before = re.compile(  # "letting its navy use the port": the noun, then a verb
            r"\b(?:let|lets|letting|help|helps|helping)\s+(?:(?:its|their|the)\s+|[\w-]+(?:'s|’s)\s+)?"
            r"(?:[\w-]+\s+)?$", i)
        # "moved onto the island to oversee construction of a radar": forces there at work
        self.oversee_before = re.compile(
            rf"\bto\s+(?:help\s+)?(?:{alts(g['supervision_verbs'])})\s+(?:the\s+)?$", i)
        # "is expected to move its troops to Kidal": a plan to bring the forces there
        self.motion_after = re.compile(
            rf"\s+(?:(?:{alts(g['modal_adverbs'])})\s+)?(?:{alts(g['destination_verbs'])})\b", i)
        # "its troops would be stationed at": the plan places the forces
        self.placed_gap = re.compile(  # "would be stationed at a base near" X
            r"\s+(?:at|in|near|on|to|inside|outside)\s+(?:[\w'’-]+\s+){0,5}?", i)
        # "would be stationed in Romania for another year", "until 2026": staying, not a plan
        self.staying_after = re.compile(
            r"[^.;]{0,40}?\b(?:for\s+(?:at\s+least\s+)?(?:another|a\s+further|more)|as\s+long\s+as|"
            r"ever\s+since|indefinitely|where\s+(?:[\w-]+\s+){0,3}?(?:have|has)\s+been\s+"
            r"(?:based|stationed|deployed|present))\b", i)
        self.placed_after = re.compile(
            rf"\s+(?:(?:be|have\s+been)\s+)?(?:{alts(g['segment_participles'])})\b", i)
        # "handed it to Egyptian troops": the operator after it receives what the cue gives up
        self.to_recipient = re.compile(
            r"(?:\s+(?:it|them|over|back|(?:the|a|an|its|their)\s+[\w-]+))*\s+to\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}", i)
        self.to_named = re.compile(r"\s+(?:back\s+)?to\s+(?:the\s+)?(?-i:[A-Z])", i)  # "deploy to Iraq"
        # "had no plans to move": a refusal to leave the place named before it
        moves = [v for v in g["destination_verbs"] if not v.startswith("sen")]
        self.move_after = re.compile(
            rf"\s+(?:to\s+)?(?:{alts(moves)})\b(?!\s+(?:\w+\s+){{0,3}}(?:to|into)\b)", i)
        # "Chadian units are in Gao, together with soldiers from Niger": forces with those placed
        self.comitative_people = re.compile(
            rf"\b(?:{alts(g['comitative_openers'])})\s+(?:the\s+)?$", i)
        self.by_agent_gap = re.compile(r"\s+by\s+(?:the\s+)?", i)
        self.later_after = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:to\s+be|yet\s+to)\b", i)
        # "The Qatari team would join Turkish instructors at": the forces joined are there
        self.join_object = re.compile(
            r"\bjoin(?:s|ed|ing)?\s+(?:the\s+|some\s+|[\d,]+\s+)?(?:[\w-]+\s+){0,2}$", i)
        # "In Gao, both contingents share a camp": the forces named together before, all of them
        self.joint_reference = re.compile(
            r"\b(?:both|the\s+two|together|jointly|the\s+allies|each\s+other)\b", i)
        # "A British company and a French platoon share a camp": the camp is both's
        self.share_before = re.compile(
            r"\bshar(?:e|es|ed|ing)\s+(?:a|an|the|one|their)\s+(?:[\w-]+\s+){0,3}$", i)
        # "instructors working alongside a Turkish training team at X": both are at X
        self.comitative_np = re.compile(
            rf"\b(?:{alts(g['comitative_openers'])})\s+(?:a|an|the|some|[\d,]+)?\s*(?:[\w-]+\s+){{0,3}}$", i)
        # an opener anywhere: without one, no mention can be comitative (a cheap gate)
        self.comitative_word = re.compile(rf"(?:{alts(g['comitative_openers'])})\s", i)
        self.comitative_before = re.compile(
            rf",\s+(?:{alts(g['comitative_openers'])})\s+(?:[\w,.-]+\s+){{0,4}}$", i)
        # "It keeps 7,000 soldiers at its base", "We pulled our contingent out of Mali": a
        # sentence whose subject is a pronoun standing for the country subject before it
        self.pronoun_subject = re.compile(
            rf"^[\s\"“]*(?:(?:{alts(g['clause_pronoun_subjects'])}))\s+(?=[a-z])", i)
        # "Most of them are based at Adji Kossei": the forces of the sentence before
        self.partitive_subject = re.compile(
            rf"^[\s\"“]*(?:{alts(g['partitive_subjects'])})\b", i)
        self.came_back = re.compile(  # "left Prince Sultan in 2003 and returned in 2019"
            rf"\b(?:and|but)\s+(?:later\s+|then\s+)?(?:{alts(g['return_verbs'])})\b(?!\s+home)", i)
        self.renamed_until = re.compile(r",?\s+as\s+(?-i:[A-Z])", i)  # "known until 2023 as Thule"
        # "about 200 km east of Thule": a far reference point, not where the place is
        # "near the town of Anadan, north-west of Aleppo": a name the gazetteer lacks, by a direction
        self.unknown_direction_of = re.compile(
            r"\b(?:(?:near|at|in|outside)\s+(?:the\s+)?(?:(?:town|village|city|settlement)\s+of\s+)?|"
            r"(?:town|village|city|settlement)\s+of\s+)"
            r"((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}),\s+(?:just\s+)?"
            rf"({dirs})(?:ern)?\s+of\s+(?:the\s+)?{town_of}$", i)
        # "about 35 km (22 miles) north of the town of X": a point that far from X
        # "near Hammana, about 23 km east of Beirut": where the place is said to lie
        self.distance_apposition = re.compile(
            r",\s*(?:(?:about|some|around|roughly|nearly|approximately|just|only|barely)\s+)?"
            r"(\d[\d,]*(?:\.\d+)?)[\s-]*(km|kilometres?|kilometers?|miles?)\s+(?:\([^)]*\)\s+)?"
            rf"({dirs})(?:ern)?\s+of\s+(?:the\s+)?{town_of}", i)
        self.distance_of = re.compile(
            r"\b(\d[\d,]*(?:\.\d+)?)[\s-]*(km|kilometres?|kilometers?|miles?)\s+(?:\([^)]*\)\s+)?"
            rf"({dirs})(?:ern)?\s+of\s+(?:the\s+)?{town_of}$", i)
        self.far_from = re.compile(
            r"\b(\d[\d,]*)\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]*\)\s+)?"
            rf"(?:(?:{direction})\s+of|from|away\s+from)\s+(?:the\s+)?{town_of}$", i)
        self.former_before = re.compile(rf"\b(?:{alts(g['np_status_adjectives'])})[\s-]+$", i)
        self.np_status = frozenset(w.lower() for w in g["np_status_adjectives"])
        self.country_object = re.compile(
            rf"^\s*(?:(?:{aux})\s+){{0,2}}(?:{alts(g['object_verbs'])})\s+(?:the\s+)?"
            rf"(?:(?:about|nearly|almost|roughly|some)\s+)?(?:(?:a|one)\s+)?(?:{part_of})?"
            rf"(?:{direction}\s+|central\s+)?$", i)  # "occupy about a fifth of"
        # "are part of the U.N. force in", "will join the African Union mission in"
        self.mission_part = re.compile(
            rf"^,?\s*(?:(?:{aux})\s+){{0,3}}(?:part\s+of|serv(?:e|es|ed|ing)\s+(?:with|in)|"
            rf"join(?:s|ed|ing)?|with|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){{0,4}}?"
            rf"(?:force|forces|mission|operation|contingent|coalition|battlegroup)\s+"
            rf"(?:in|to|for)\s+(?:the\s+)?(?:(?:{direction}|central)\s+)?$", i)
        # "flown out through Germany", "withdrawn from Mali": where forces pass or come from
        self.passage = re.compile(rf"\b(?:{alts(g['passage_prepositions'])})\s+(?:the\s+)?$", i)
        # ", most of them Wagner contractors,": an aside on the forces, skipped when linking
        self.aside = re.compile(rf"^[\s\"”’']*,\s*(?:{alts(g['aside_openers'])})\b[^,;()]{{0,50}},", i)
        # "bases and training areas to American troops": the forces the bases are opened to
        self.given_to = re.compile(r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+to\s+(?:the\s+)?", i)
        # "Britain leads the NATO battlegroup": the subject leads a multinational unit
        self.lead_before = re.compile(
            rf"\b(?:{alts(g['lead_verbs'])})\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){{0,2}}$", i)
        # "since Washington switched recognition to Beijing": a clause with its own subject
        self.subject_clause = re.compile(
            rf"\b(?:{alts((*g['temporal_subordinators'], 'since', 'until'))})\s+(?:the\s+)?"
            r"(?-i:[A-Z])[\w.'’-]+\s+(?:[a-z]+ed|was|were|had|has)\b", i)
        # "a huge American staging base in the Second World War": history, not the present
        # ("the heaviest battles since the Second World War" measures up to now: no era)
        self.past_era = re.compile(
            rf"(?<!\bsince\sthe\s)(?<!\bsince\s)\b(?:{alts(g['past_eras'])})\b", i)
        # "The government has a campaign with troops in the Far North": the host's own forces,
        # a sentence that gives a carried operator nothing to hold
        # "flew missions over Vietnam": the airspace crossed, not where the forces are
        # ("handed over Kidal", "took over Gao" hand the place over: no flight)
        phrasal = "".join(rf"(?<!\b{re.escape(v)}\s)" for v in g["over_phrasal_verbs"])
        # ("a hilltop site above Al Qabw": a place, not the airspace)
        phrasal += "".join(rf"(?<!\b{re.escape(n)}\s)" for n in g["above_site_nouns"])
        self.flew_before = re.compile(r"\b(?:flew|flown|flying|flies|fly|overflew)\b[^,;.]{0,25}$", i)
        self.aircraft_head = re.compile(rf"(?:.*\s)?(?:{alts(g['aircraft_nouns'])})", i)  # "fighter jets"
        self.overflight = re.compile(
            rf"{phrasal}\b(?:{alts(g['overflight_prepositions'])})\s+(?:the\s+)?"
            r"(?:(?:[a-z-]+\s+)?(?:towns?|villages?|cities|city|areas?)\s+of\s+)?"  # "over the northern
            r"(?:(?-i:[A-Z])[\w'’-]*(?:,\s+|\s+and\s+))*$", i)  # towns of Limbe and Fort-Liberte"
        # "Chinese drones have flown near Yonaguni", "sailed through waters between Okinawa
        # and Miyako": a passage by the place, not a presence at it
        self.passing_by = re.compile(
            rf"\b(?:{alts(g['passing_verbs'])})\s+(?:[a-z]+ly\s+|again\s+)?"
            rf"(?:{alts(g['passing_prepositions'])})\s+(?:the\s+)?(?:(?:waters?|seas?|airspace|"
            r"skies|coast|strait|straits|islands?)\s+(?:between|of|off|near|around)\s+)?$", i)
        # "A second site, the airport at Sitia ..., would allow US Navy aircraft to": the
        # forces a site would let in
        self.site_permits = re.compile(
            r"[^.;:]{0,140}?\b(?:would|could|will|may|might)\s+(?:also\s+)?(?:allow|let|enable|permit)"
            r"\s+(?:the\s+)?$", i)
        # "the last US units depart and Udorn, Ubon and Nakhon Phanom are handed to the Thai
        # air force": the places the leaving forces give up
        # "A team, which supports frigates escorting a ship, has also used the camp": the main
        # verb after a relative clause on the subject
        self.main_presence_verb = re.compile(
            r",?\s+(?:(?:has|have|had|is|are|was|were|will|would|also|still|now|already|been)\s+)*"
            rf"(?:used|uses|using|runs|run|ran|kept|keeps|manned|mans|occupied|occupies|held|holds|"
            rf"{alts(g['presence_link_verbs'])})\b", i)
        # "Russia keeps warships at Tartus": vessels kept at a place are based there
        self.keeps_before = re.compile(  # "keeps two frigates at", "plans to base Royal Navy vessels at"
            r"\b(?:keeps|keep|kept|keeping|to\s+(?:base|station|homeport|home-port))\s+(?:(?:a|an|the|its|their|two|three|four|five|several|some|"
            r"[\d,]+)\s+)?(?:[\w-]+\s+){0,2}$", i)
        self.arms_transfer = re.compile(rf"\b(?:{alts(g['arms_transfer_words'])})\b", i)
        self.government_thing_after = re.compile(  # "Yerevan's drift", not "Kabul's airport"
            rf"['’]s\s+(?!(?:[\w-]+\s+)?(?:{alts(g['shared_place_nouns'] + g['town_part_nouns'])}|"
            rf"{alts(g['place_nouns'])}|district|districts|quarter|province|region)\b)", i)
        # "Israel's air force trains over Cyprus but has no base on the island": the actor's own
        # denial, in a predicate of its own
        self.contrast_none_before = re.compile(
            r"\bbut\s+(?:(?:has|have|had|keeps|keep|kept|maintains|maintain)\s+no|"
            r"(?:does|do|did)\s+not\s+(?:have|keep|maintain)(?:\s+(?:any|a|an))?)\s+(?:[\w-]+\s+){0,2}$", i)
        self.sending_any_before = re.compile(
            r"\b(?:deploy|deploying|send|sending|station|stationing|post|posting|place|placing)\s+any\s+"
            r"(?:more\s+)?$", i)
        self.coordinated_vp = re.compile(
            r",?\s+and\s+(?:is|are|has|have|will|would|could|may|might)\s+(?:now\s+|also\s+|still\s+)?"
            r"(?!(?:bring|nothing|something|anything|everything|during|spring|thing)\b)[a-z]{2,}ing\b", i)
        self.goods_before = re.compile(  # "has bought Turkish drones and Russian": the makers
            rf"\b(?:{alts(g['arms_transfer_words'])})\s+(?:[\w-]+\s+){{0,4}}$", i)
        # "Djibouti, home to China's only overseas military base": the base is in the place
        self.home_to_gap = re.compile(
            r",\s+(?:(?:which|that)\s+(?:is|has\s+been|hosts|houses)\s+)?(?:home\s+to|host\s+to|"
            r"hosting|housing)\s+(?:[\w'’-]+\s+){0,5}$", i)
        self.leaving_gerund = re.compile(
            r"\s+(?:finally\s+)?(?:returning\s+home|going\s+home|flying\s+home|heading\s+home|"
            r"sailing\s+home|leaving|withdrawing|departing|pulling\s+out|handing\s+over)\b", i)
        self.left_and = re.compile(
            r"\s+(?:(?:have|had|has)\s+)?(?:depart(?:s|ed)?|left|leave|leaves|withdr\w+|pull(?:s|ed)?\s+out)"
            r"(?:\s+[\w-]+){0,3}?\s*,?\s+and\s+(?:the\s+)?(?:(?:air\s+)?bases?\s+(?:at|in)\s+)?$", i)
        self.handed_subject = re.compile(
            r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)*"
            r"\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?"
            r"(?:handed|returned|transferred|given)\s+(?:over\s+|back\s+)?to\b", i)
        # "would allow aircraft to refuel closer to the waters south of Cyprus": a direction
        self.closer_to = re.compile(
            r"\b(?:closer|nearer)\s+(?:to\s+)?(?:the\s+)?(?:(?:waters?|seas?|airspace|skies|coast|"
            rf"border|frontier|front(?:\s*line)?|straits?)\s+(?:{direction}\s+)?"
            r"(?:of|off|near|around|with)\s+)?$", i)
        # "refugees live in camps in Turkey": a camp of civilians, not of forces
        # "evacuated about 500 people", "an evacuation point": civilians taken out, not forces
        self.evacuees_after = re.compile(
            rf"(?:\s+of)?\s+(?:[\w,-]+\s+){{0,4}}?(?:{alts(g['evacuation_objects'])})\b", i)
        self.civilian_people = re.compile(rf"\b(?:{alts(g['civilian_people'])})\b", i)
        # "Villagers near Sidakan said they had left their summer pastures": civilians leave
        self.seldom_before = re.compile(rf"\b(?:{alts(g['seldom_adverbs'])})\s+$", i)  # "rarely left"
        self.civilians_leave = re.compile(
            rf"\b(?:{alts(g['civilian_subjects'])})\b(?:\s+(?:near|in|from|of|around)\s+[\w'’-]+)?"
            r"(?:\s+(?:said|say|says|told\s+\w+))?(?:\s+(?:that\s+)?(?:they|who))?"
            r"(?:\s+(?:had|have|has|were|are|was|all|also|already|then|later|first|from))*\s+$", i)
        # "the main departure point for boats": a place of departure, not a withdrawal
        self.departure_noun = re.compile(
            r"\s+(?:point|points|hub|hubs|lounge|hall|gate|terminal|area|zone|board|time|times)\b", i)
        self.shelter = frozenset(w.lower() for w in g["shelter_nouns"])
        # "American batteries", "its crews": forces only when an operator qualifies them
        self.qualified_force = re.compile(rf"\b(?:{alts(g['qualified_force_nouns'])})\b", i)
        # "a new position near Bayhan", not "the island's position between Sicily and Libya"
        # nor "Turkey's position on": a noun that is forces' place only where a place follows
        self.owned_np_before = re.compile(r"(?:['’]s|\b(?:its|their|his|her|our))\s+(?:[\w-]+\s+){0,2}$", i)
        self.relative_word = re.compile(r"\b(?:who|which|that|whose)\b", i)
        self.asked_before = re.compile(r"\b(?:asked|asks|asking)\s+(?:[\w-]+\s+){0,2}$", i)
        self.whether_modal = re.compile(r"[^.;,]{0,80}?\b(?:could|would|might|can)\b", i)
        self.asked_whether_before = re.compile(r"\b(?:asked|asking|asks|ask)\s+(?:whether|if)\b[^.;]*$", i)
        self.pronoun_possessive_before = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", i)
        self.located_only = re.compile(
            rf"(?<!trading\s)\b((?-i:{alts(g['located_only_nouns'])}))"
            # "a post, on farmland outside"
            r"(?=(?:,\s+(?:on\s+(?:a\s+|the\s+)?[a-z-]+\s+)?|\s+)(?:just\s+|right\s+)?"
            r"(?:(?:that|which|they|it)\s+(?:had\s+|has\s+|have\s+)?(?:held|kept|occupied|manned|used|"
            r"built|set\s+up)\s+)?(?:near|at|in|inside|outside|above|close\s+to|overlooking|on\s+the\s+outskirts\s+of|"
            r"on\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:hill|hilltop|ridge|heights?|slope)\b|"
            r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s)", i)
        self.planned_located = re.compile(  # "a Salvadoran post is planned in Les Cayes"
            rf"\b((?-i:{alts(g['located_only_nouns'])}))(?=\s+(?:is|are|was|were|will\s+be|would\s+be|"
            r"could\s+be)\s+(?:planned|built|set\s+up)\s+(?:(?:near|at|in|outside)\s+(?!\d)|"
            r"on\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:hill|hilltop|ridge|heights?|slope)\s))", i)
        # "withdrew from the Meiss el-Jabal post": a post named after its place
        self.named_located = re.compile(
            r"\bthe\s+(?-i:[A-Z][\w'’]*)(?:[\s-]+(?:(?-i:[A-Z][\w'’]*)|el|al|ash|as|ad|ar|at|ez))*"
            rf"\s+((?-i:{alts(g['located_only_nouns'])}))\b", i)
        # "Iranian drone technicians to be stationed at": people who are forces when stationed
        self.stationed_people = re.compile(  # a military word first: not "Chinese engineers based in"
            rf"\b(?:{alts(g['military_people_modifiers'])})\s+({alts(g['stationed_only_nouns'])})\b"
            rf"(?:\s+and\s+(?:{alts(g['stationed_only_nouns'])})\b)?"  # "drone operators and technicians"
            rf"(?=[^.;]{{0,40}}?\b(?:{alts(g['stationing_verbs'])})\b)", i)
        self.service_people = re.compile(  # "Jordanian army engineers have been clearing mines near X"
            rf"\b(?:{alts(g['service_people_modifiers'])})\s+({alts(g['stationed_only_nouns'])})\b"
            r"(?![^.;,]{0,30}?\b(?:say|says|said|doubt|doubts|believe|believes|warn|warned|argue|argued)\b)",
            i)  # (not "Military experts in Damascus doubt the figure")
        # "A team of Turkish technicians has been stationed at": a demonym and a military verb
        self.stationed_nationals = re.compile(
            rf"\b({alts(g['stationed_national_nouns'])})\b(?=[^.;]{{0,50}}?\b(?:stationed|garrisoned|deployed|based)\b|"
            rf"(?:\s+(?:that|which|who))?\s+(?:{alts(g['servicing_verbs'] + g['operating_verbs'])})\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{alts(g['serviced_objects'])})\b)",
            i)  # ("Russian technicians service military aircraft in Maturin", "an Emirati team that
        # flies surveillance drones from the same runway")
        # "German Patriots will not be stationed at Nizip": weapon systems after a demonym
        self.weapon_plural = re.compile(
            r"(?<=\s)("
            + "|".join(re.escape(w) for w in sorted(g["weapon_system_plurals"], key=len, reverse=True))
            + r")(?![\w-])")
        # "The Americans were ordered to leave Baga Sola": a people's name for its forces
        self.nationals_subject = re.compile(
            r"(?:^|[\s\"“'])(?-i:[Tt]he)\s+((?-i:[A-Z][a-z]+(?:s|ese|ch|sh)))\s+(?:(?:had|have|has|were|was|are|is|"
            r"will|would|also|all|now|then|finally|still)\s+){0,3}(?:been\s+)?(?:ordered\s+to\s+|told\s+to\s+|"
            rf"asked\s+to\s+|due\s+to\s+|set\s+to\s+|expected\s+to\s+)?(?:{alts(g['nationals_verbs'])})\b")
        self.nationals_absent = re.compile(  # '"There are no Russians at Baleyara"'
            r"\b(?-i:[Nn]o)\s+((?-i:[A-Z][a-z]+(?:s|ese|ch|sh)))\s+(?:(?:troops|soldiers|personnel|forces)\s+)?"
            r"(?:(?:are|were|is|was)\s+)?(?:at|in|on|near|inside|based|stationed|deployed)\b")
        self.military_context = re.compile(rf"\b(?:{alts(g['military_context_words'])})\b", i)
        self.civil_site = re.compile(rf"\b(?:{alts(g['civil_site_words'])})\b", i)
        self.outsiders = re.compile(rf"\b(?:{alts(g['outsider_people'] + g['civilian_people'])})\b", i)
        self.purpose_site = re.compile(
            rf"\s+to\s+(?:help\s+)?(?:{alts(g['guard_verbs'])})\s+(?:the|its|their)\s+(?:[\w-]+\s+){{1,5}}?"
            r"(?:at|in|near|outside|on)\s+(?:the\s+)?", i)
        self.military_modified = re.compile(  # "an air defence battery", "drone crews"
            rf"\b(?:{alts(g['military_people_modifiers'])})\s+(?:[\w-]+\s+)?$", i)
        # "a small naval logistics team": a team is forces only with a military modifier
        self.military_team = re.compile(
            rf"\b(?:{alts(g['military_team_modifiers'])}),?\s+(?:[\w-]+\s+){{0,2}}?(teams?)\b", i)
        self.ordinal_team = re.compile(  # "a second, smaller team", not "a second team of doctors"
            rf"(?<=\ba\s)(?:{alts(g['further_group_modifiers'])}),?\s+(?:(?:[\w-]+\s+){{0,2}}?"
            rf"(?P<noun>{alts(g['further_group_nouns'])})|(?:(?:{alts(g['further_group_modifiers'])}),?\s+)?"
            rf"(?P<bare>{alts(g['further_group_bare_nouns'])}))"
            r"\b(?!\s+of\b)", i)  # ("a second battery could
        # follow", "a smaller group pulled out of Tibu")
        # "a second Rwandan company will be based", not "a Chinese company runs the port"
        self.company = re.compile(rf"\b(?:{alts(g['company_nouns'])})\b", i)
        # "a further company is to be posted to Guiglo": a unit, whatever comes before it
        self.unit_deployed_after = re.compile(
            r"\s+(?:(?:is|are|was|were|will|would|could|has|have|had)\s+)?(?:(?:to|be|been|being|now|also)\s+)"
            r"{0,3}(?:posted|deployed|stationed|garrisoned|sent)\b", i)
        self.business_after = re.compile(
            rf"^(?:\s+(?-i:[A-Z][\w&.-]*))*(?:\s+(?:{alts(g['business_auxiliaries'])}))*"
            rf"\s+(?:{alts(g['business_verbs'])})\b", i)
        self.host_subject = re.compile(
            rf"^[^,]{{0,40}}?\b(?-i:The)\s+(?:{alts(g['host_subject_nouns'])})\b", i)
        # "the kingdom's armed forces opened a headquarters": the host's own, anywhere before
        self.host_forces = re.compile(
            rf"(?:{alts(g['host_possessors'])})\s+(?:own\s+)?(?:{alts(g['host_force_nouns'])})\b", i)
        # "handed the camp to the Somaliland army": the forces of a region, not a place
        self.place_forces_after = re.compile(rf"[ \t]+(?-i:{alts(g['host_force_nouns'])})\b(?!['’])", i)
        self.remain_under = re.compile(r"\b(remain|remains|remained|stay|stays|stayed)\s+under\b", i)
        self.paired_pronoun_gap = re.compile(  # "China at its naval base"
            r"\s+(?:at|in|near|with|from)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}", i)
        # "Syria's defence ministry said its own units had taken over the post": the host's own
        self.own_forces = re.compile(
            rf"\b(?:its|their)\s+own\s+(?:[\w-]+\s+)?(?:{alts(g['host_force_nouns'])}|units)\b", i)
        # "Somaliland's coast guard keeps a station at X": a region's own forces
        self.place_forces_possessive = re.compile(
            rf"['’]s\s+(?:own\s+)?(?-i:{alts(g['host_force_nouns'])})\b", i)
        # "The Dumayr base ... was used by the former government's air force": its user named
        self.host_agent = re.compile(
            rf"\bby\s+(?:{alts(g['host_possessors'])})\s+(?:own\s+)?(?:{alts(g['host_force_nouns'])})\b", i)
        # "at Sembawang, a remnant of the bases it closed in 1971": a withdrawal from other bases
        bases = alts([*g["anaphoric_base_nouns"], *(f"{w}s" for w in g["anaphoric_base_nouns"])])
        self.other_bases_left = re.compile(
            rf"\b(?:{bases})\s+(?:(?:that|which)\s+)?(?:it|they|(?-i:[A-Z][a-z]+))\s+"
            rf"(?:(?:had|has|have)\s+)?$", i)
        self.one_of = re.compile(rf"\b(?:{alts(g['partitive_quantifiers'])})\s+of\b|\bamong\b", i)
        # "withdrew the last of its troops ... but kept a training area at Sennelager"
        self.kept_despite = re.compile(
            rf"\b(?:but|yet)\s+(?:(?:still|has|have|had|it|they)\s+)*({alts(g['continuation_verbs'])})\b", i)
        # "a defence ministry source in Ankara said": where a speaker is, not forces
        self.speaker_in = re.compile(
            rf"\b(?:{alts(g['speaker_nouns'])})\s+(?:in|at|from)\s+(?:the\s+)?$", i)
        # "would be seen in Addis Ababa as a provocation": a government's view, not a place
        self.given_before = re.compile(
            r"\b(?:handed\s+over|hands\s+over|handing\s+over|donated|donates|gave|gives|gifted|transferred)\s+"
            r"(?:[\w-]+\s+){0,3}$", i)
        self.observed_in = re.compile(  # "would be watched closely in Paris and New Delhi"
            rf"\b(?:{alts(g['observer_verbs'])})\s+in\s+(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*"
            r"\s*(?:,|\band\b)\s*)*$", i)
        self.seen_in = re.compile(rf"\b(?:{alts(g['perception_verbs'])})\s+in\s+$", i)
        self.as_after = re.compile(r"^\s+as\b", i)
        # "Hezbollah, the Lebanese group", "Iraqi and Afghan militias": a demonym naming no
        # state's forces ("a Japanese movement-control unit" is a unit)
        self.non_state_after = re.compile(
            rf"^\s+(?:(?:and|or)\s+(?-i:[A-Z])[\w-]*\s+)?(?:[\w-]+\s+)?(?:{alts(g['non_state_heads'])})"
            rf"(?![\w-])(?!\s+of\s+(?:forces|troops|soldiers))", i)
        self.home_to_after = re.compile(
            r"\s+(?:is|was|remains|has\s+been|has\s+long\s+been)\s+"
            r"(?:(?:also|already|still|now|long)\s+)?home\s+to\s+", i)
        self.unit_noun_after = re.compile(rf"\s+(?:{alts(g['unit_of_nouns'])})\b", i)
        # "Chinese police officers train local forces": civilians of that state, no forces
        # "sent hundreds of police officers to lead a multinational mission in Haiti": a
        # mission of police, not of forces
        self.police_sent_before = re.compile(
            r"\b(?:police(?:\s+officers|men)?|policemen|gendarmes|civilian\s+(?:staff|experts|advisers))\b"
            r"[^.;,]{0,50}$", i)
        self.civilian_after = re.compile(  # not "French civilian and military personnel"
            rf"\s+(?:{alts(g['civilian_modifiers'])})\s"
            r"(?!and\s+(?:military|army|armed|defence|security)\b)", i)
        # "several European countries have trainers": states, but none named
        self.unnamed_origin_after = re.compile(  # "forces from more than a dozen countries"
            rf"\s+from\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|at\s+least\s+)?"
            rf"(?:{alts([*g['unnamed_quantifiers'], 'a dozen', 'dozens of', 'other'])}|\d+)\s+"
            rf"(?:other\s+)?(?:[\w-]+\s+)?(?:{alts(g['state_nouns'])})\b", i)
        self.unnamed_countries = re.compile(
            rf"\b(?:{alts(g['unnamed_quantifiers'])})\s+(?:[\w-]+\s+)?(?:{alts(g['state_nouns'])})\s+"
            rf"(?:(?:{alts(g['holding_verbs'])})\s+)+$", i)
        prefixes = sorted(site_prefixes)
        # "Camp Doha": a camp's name, whatever the word after it names
        self.site_prefix_before = re.compile(
            rf"\b(?-i:{alts(prefixes)})\s+$" if prefixes else r"(?!)")
        # "returned on Wednesday to the base at Shaddadi, which they had left in October"
        self.returned_to = re.compile(
            rf"\b(?:{alts(g['return_verbs'])})\b[^.;]{{0,40}}?\bto\s+(?:the\s+)?[^.;]{{0,60}}$", i)
        self.had_before = re.compile(r"\bhad\s+(?:\w+\s+)?$", i)
        # "serve in northern Helmand": a direction just before a name
        self.direction_before = re.compile(rf"\b(?:{direction}|central)\s+(?:the\s+)?$", i)
        self.respective = re.compile(rf"\b(?:{alts(g['respective_markers'])})\b", i)
        self.country_direction = re.compile(
            rf"\b({direction}|central)\s+(?:of\s+(?:the\s+)?)?$", i)
        self.locative_before = TailMatcher(  # "in neighbouring Djibouti", "in the capital Niamey"
            g["operator_locatives"] + g["object_verbs"],
            skip=[*g["country_adjectives"], *g["place_adjectives"],  # "in western Sweden"
                  *(w for w in g["place_nouns"] if " " not in w)])
        descriptors = set(g["place_nouns"]) - set(g["anaphoric_base_nouns"]) - {"airport"}
        self.place_descriptor = re.compile(
            rf"\s+(?:(?:{alts(g['place_adjectives'])})\s+)*(?:{alts(descriptors)})\b", i)
        self.passive_place = re.compile(
            rf"^\s+(?:(?:{aux}|not|never)\s+)*(?:{alts(g['passive_place_verbs'])})\s+"
            r"(?:(?:as|for|into|to)\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", i)
        self.landmark_loose = re.compile(
            rf"^\s*,?\s*(?:[^,;]{{0,40}}?\s)?(?:{preps}|{direction}\s+of)\s+(?:the\s+)?"
            rf"(?:{part_of})?{possessor}?(?:{place_noun_of})?$", i)
        self.speaker_after = re.compile(
            rf"^(?:'s|’s)?\s+(?:(?:{alts(g['speaker_modifiers'])})\s+){{0,3}}"
            rf"(?:{alts((*g['speaker_nouns'], *titles))})\b", i)
        self.speech = re.compile(rf"\b(?:{alts(g['speech_verbs'])})\b", i)
        # "Residents of X, a village south of Y, said a compound that Iranian officers used":
        # what local witnesses describe is at their place
        self.local_witness_before = re.compile(
            rf"\b(?:{alts(g['local_witnesses'])})\s+(?:of|in|from|near|around|at)\s+"
            r"(?:the\s+(?:town|village|city|district|port)\s+of\s+)?$", i)
        self.witness_gap = re.compile(
            r"(?:\s*,[^,.;]{1,100},)?\s+(?:(?:have|has|had)\s+)?(?:said|say|says|reported|described|"
            r"recalled|told\s+(?:[\w.-]+\s+){1,3}?)\s*(?:that\s+)?[^.;:,\"“”]{0,60}", i)
        # "Aliyev told a U.S. television interviewer": the audience of a speech verb
        self.speech_before = re.compile(
            rf"\b(?:{alts(g['speech_verbs'])})\s+(?:(?:a|an|the|to)\s+)*$", i)
        self.according_to = TailMatcher(["according to"], 3, strip_the=False)
        self.agent_verbs = TailMatcher(g["agent_verbs"], 3)
        self.agent_prepositions = frozenset(w.lower() for w in g["agent_prepositions"])
        self.lessee_verbs = frozenset(w.lower() for w in g["lessee_verbs"])
        self.agent_np_modifiers = frozenset(w.lower() for w in g["agent_np_modifiers"])
        self.object_verb = re.compile(
            rf"(?:^|[\s,])(?:(?:{aux})\s+)*(?:{alts(g['object_verbs'])})\s+(?:the\s+)?(?:{part_of})?"
            rf"{possessor}?(?:{place_noun_of})?$", i)  # "to leave Yerevan's Zvartnots airport"
        self.legal_basis = re.compile(
            r"\bunder\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
            rf"(?:{alts(g['legal_basis_nouns'])})\b", i)
        self.modal_continuation = re.compile(
            rf"\s+(?:(?:also|still|now|not)\s+)?(?:be\s+)?(?:{alts(g['continuation_verbs'])})\b", i)
        # "would maintain helicopters at the airfield": servicing machines, not keeping a presence
        self.servicing = re.compile(
            rf"\s+(?:(?:also|still|now)\s+)?(?:{alts(g['servicing_verbs'])})\s+(?:the\s+|its\s+|their\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{alts(g['serviced_objects'])})\b", i)
        # "and India has a radar station on the northern Malagasy coast": a place of its own
        self.own_locative_after = re.compile(r"\s+(?:on|in|at|near|off|along)\s+(?:the|a|an)\s+", i)
        # "the US-led Flintlock special forces exercise": forces that name an event
        self.force_event_after = re.compile(rf"\s+(?:{alts(g['force_event_nouns'])})\b", i)
        self.with_absolute = re.compile(r",\s+with\s+[^,;:]{0,60}$", i)
        self.already_word = re.compile(r"\b(?:already|currently|now|still|since)\b", i)
        self.stationed_word = re.compile(r"\b(?:based|stationed|deployed|posted|housed|garrisoned)\b", i)
        self.modal = re.compile(rf"^(?:{alts(g['modals'])})$", i)
        self.continuation = re.compile(rf"^(?:{alts(g['continuation_verbs'])})$", i)
        # "pull back from the police station": what a withdrawal leaves, a common noun phrase
        self.thing_left_after = re.compile(
            r"\s+(?:from|out\s+of)\s+(?:the|a|an|their|its)\s+((?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2})"
            r"(?![\w-])(?!\s+(?:of|in|at|near|outside)\b)", i)
        self.whose_before = re.compile(r"[\w.'’](),\s+whose\s+(?:[\w-]+\s+){0,2}$", i)
        self.elliptic_base = re.compile(
            rf"^[\s\"“']*((?:the|a)\s+(?:{alts(g['ordinal_base_heads'])})|one)"
            rf"(?:\s+(?:one|{alts(g['elliptic_base_nouns'])}))?"
            # ("A smaller site near Tengrela, a market town ..., is also under study")
            # ("The second, on a hill outside Ihsim, was emptied on Tuesday")
            r"(?:,?\s+(?:near|at|in|on|outside|close\s+to)\s+[^.;]{1,100}?)?,?\s+(?:also\s+)?"
            r"(?:would|will|could|might|may|is|was|has|had|would\s+be|will\s+be)\b", i)
        self.elliptic_other = re.compile(  # "One post would stand near A, and the other near B"
            rf",?\s+and\s+(the\s+(?:{alts(g['ordinal_base_heads'])}))(?:\s+(?:one|{alts(g['elliptic_base_nouns'])}))?"
            r",?\s+(?=(?:near|at|in|on|outside|close\s+to)\s)", i)
        self.where_word = re.compile(r"\bwhere\b", i)
        # "most munitions leave Camp Darby by truck": cargo that leaves, not forces
        self.cargo_before = re.compile(rf"\b(?:{alts(g['cargo_nouns'])})\s+(?:\w+\s+)?$", i)
        self.river_after = re.compile(r"[ \t]+(?:rivers?|lagoon|estuary|delta)\b", i)  # "the Vistula Lagoon"
        # "The soldiers will be based in Bujumbura": forces told of before, already there
        self.known_subject = re.compile(
            r"[\s\"“']*(?:(?:the|these|those)\s+(?:[\w-]+\s+){1,4}?|they\s+|both\s+)"
            r"(?:will|would)\s+(?:\w+ly\s+)?be\s+(?:based|stationed|deployed)\b", i)
        self.arrived = re.compile(rf"\b(?:{alts(g['arrival_cues'])})\b", i)
        self.rotation_after = re.compile(rf"\s+(?:{alts(g['rotation_markers'])})\b", i)
        self.border_with_before = re.compile(  # "near the borders with Algeria and Tunisia"
            r"\b(?:border|borders|frontier|boundary)\s+with\s+(?:the\s+)?"
            r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s*(?:,\s*|\s+)(?:and|or)?\s*)?$", i)
        self.river_before = re.compile(r"\b(?:on|along|across|up|down)\s+the\s+$", i)  # "on the Putumayo"
        self.be_before = re.compile(r"\bbe\s+(?:\w+ly\s+)?$", i)
        # "will be based in Nyala once accommodation is ready": not yet there
        self.condition_after = re.compile(r"\b(?:once|as\s+soon\s+as)\b", i)
        # "is to be posted", "are expected to be based": not yet there (unlike "will be based")
        self.to_be_before = re.compile(
            r"\b(?:is|are)\s+(?:(?:due|set|expected|scheduled)\s+)?to\s+be\s+(?:\w+ly\s+)?$", i)
        self.no_before = re.compile(  # "no troops", "no military personnel"
            rf"(?:^|[\s\"“])(?:no|never\s+(?:had|kept|stationed|based|deployed))\s+"
            rf"(?:(?:{alts(g['negated_noun_modifiers'])})\s+){{0,2}}$", i)  # ("has never had forces in X")
        self.charge_before = re.compile(
            r"\b(?:a|the|an)\s+(?:charge|charges|accusation|accusations|allegation|allegations)\s+"
            r"(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}$", i)
        calendar_months = "|".join(calendar.month_name[1:])
        # "had been working from X until March", "ran the camp until October 30": over since then
        # "had earlier been based near the port of X": a place the forces have left
        self.had_earlier = re.compile(
            r"\bhad\s+(?:earlier|previously|once|formerly|first)\s+been\s+"
            r"(?:based|stationed|deployed|posted|garrisoned)\b", i)
        self.had_until = re.compile(
            r"\b(?:had\s+(?:been\s+)?(?:\w+\s+){0,2}?(?:stationed|based|deployed|working|operating|posted|"
            r"kept|garrisoned)|(?:was|were)\s+(?:stationed|based|deployed|posted|garrisoned)|ran|manned|"
            rf"occupied|garrisoned)\b[^.;]{{0,80}}?\buntil\s+((?:early\s+|late\s+|mid-)?(?:{calendar_months}|"
            r"last\s+(?:year|month|week)|(?:19|20)\d\d))\b(?![^.;]*\b(?:now|still|currently)\b)", i)
        self.until_year = re.compile(  # "until 2014", "between 2009 and 2016", "from 2001 to 2014"
            r"\b(?:until|till|(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until))\s+"
            r"(?:(?:the|a|its|their)\s+(?:[\w'-]+\s+){1,6}?in\s+(?:(?-i:[A-Z])[a-z]+\s+)?"
            r"|the\s+(?:early\s+|late\s+|mid-)?(?=(?:19|20)\d0s\b)"  # "until the 1960s"
            r"|(?-i:[A-Z])[a-z]+\s+(?=(?:19|20)\d\d\b))?"  # "until March 2005"
            r"((?:19|20)\d\d)(?:(?<=0)s)?\b", i)  # ("until the final troops left in August 1994")
        self.unspecified = TailMatcher(g["unspecified_modifiers"], 2, strip_the=False)
        self.determiners = frozenset(w.lower() for w in g["definite_determiners"])
        self.non_anaphoric = frozenset(w.lower() for w in g["non_anaphoric_modifiers"])
        # "... in Marjayoun, and withdrew their officers from the town": the town just named
        # "will not allow hostile forces to deploy": other forces kept out, not the subject's own
        self.others_forces_after = re.compile(
            r"\s+(?:any\s+)?(?:hostile|foreign|enemy|other|outside|rival)\s+(?:[\w-]+\s+)?"
            r"(?:forces|troops|armies|militaries|powers|bases|fighters|militias)\b", i)
        place_adjective = rf"(?:(?:{alts(g['anaphoric_place_adjectives'])})\s+)?"  # "the remote island"
        self.island_word = re.compile(rf"\bthe\s+{place_adjective}island\b", i)
        self.island_part = re.compile(  # "in the north of the island"
            rf"\bthe\s+({direction})\s+(?:part\s+)?of\s+the\s+island\b", i)
        self.now_word = re.compile(r"\b(?:now|currently)\b", i)
        self.leaving_before = re.compile(r"\bleaving\s+(?:the\s+(?:[\w-]+\s+)?)?$", i)
        self.absence_after = re.compile(  # "leaving Taiz without a Gulf ground presence"
            rf"\s+(?:{alts(g['absence_words'])})\b", i)
        self.reacted_before = re.compile(  # "condemned the plan": another's plan, reacted to
            rf"\b(?:{alts(g['reaction_verbs'])})\s+(?:the|this|that|a|any|such|its|their)\s+"
            r"(?:[\w-]+\s+){0,2}$", i)
        self.unscheduled_before = re.compile(  # "has not set a date for leaving": not left
            r"\b(?:no|not\s+(?:yet\s+)?(?:set|given|announced|fixed|named|agreed)\s+(?:a|any)|without\s+(?:a|any)"
            r"|yet\s+to\s+(?:set|give|announce|fix|name|agree)\s+(?:a|any|on\s+a))\s+(?:firm\s+|fixed\s+|new\s+)?"
            rf"(?:{alts(g['schedule_nouns'])})\s+(?:for|to)\s+(?:(?:the|its|their|a)\s+)?$", i)
        self.proxy_before = re.compile(  # "Turkish-backed forces": a sponsor's proxies
            rf"(?-i:[A-Z])[\w.]*[-‑](?:{alts(g['proxy_suffixes'])})\s+(?:[\w-]+\s+){{0,2}}$", i)
        self.quota_before = re.compile(  # "more places for Iraqi officers": trainees abroad
            rf"\b(?:{alts(g['quota_nouns'])})\s+for\s+(?:[\w-]+\s+){{0,2}}$", i)
        self.permission_after = re.compile(  # "has asked Britain for permission to build"
            r"\s+for\s+(?:(?:its|their|formal|official|the)\s+)?(?:permission|approval|consent|clearance|"
            r"leave|authori[sz]ation)\b", i)
        # "handed over a post near Shin ... to Russian military police": the recipients
        self.handover_to_before = re.compile(
            rf"\b(?:{alts(g['handover_verbs'])})\b([^.;]{{0,180}}?)\bto\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,3}$", i)
        # "left their last post in the Homs countryside, a compound near Shin": that post
        self.object_apposition = re.compile(
            r"(?:\s+[a-z][\w-]*)?\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:near|in|at|outside|on|by)\s+"
            r"(?:the\s+(?:town|village|city)\s+of\s+)?", i)
        # "The camp, a former army compound that Russian military police used": their camp
        self.appositive_relative = re.compile(
            r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:that|which)\s+[^,;]*", i)
        self.subject_used_after = re.compile(  # "... that Russian military police used until December"
            rf"\s+(?:[\w-]+\s+){{0,2}}?(?:(?:had|have|has)\s+(?:long\s+)?)?(?:{alts(g['agent_verbs'])})\b", i)
        self.comment_after = re.compile(  # "Israel did not comment on the deployment at Shin": a source
            r"\s+(?:(?:has|have|had|did|does|do|would|will|could)\s+)?(?:not\s+|never\s+|declined\s+to\s+|"
            r"refused\s+to\s+)?(?:comment|commented|comments)\b", i)
        # "outside Yelabuga, in Russia's Tatarstan region", "near Ashotsk, on the cold northern
        # plateau of Shirak province"
        self.region_of_town_gap = re.compile(
            r",?\s+(?:in\s+(?:(?-i:[A-Z])[\w'’-]*(?:'s|’s)\s+|the\s+)?|"
            r"(?:on|in)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:plateau|plain|plains|coast|steppe|highlands|"
            r"hills|mountains|valley|shore|edge)\s+of\s+(?:the\s+)?)", i)
        self.another_group = re.compile(r"(?:a\s+(?:second|third|fourth|further)|another)\b", i)
        self.event_venue_before = re.compile(  # "It is expected to be held again next year at a base"
            r"\b(?:be|been|is|was|were|are)\s+(?:held|hosted|staged|conducted)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", i)
        facility = alts(g["named_facility_nouns"])
        self.the_facility = re.compile(rf"\bthe\s+(?:same\s+)?({facility})\b", i)  # "at the airport"
        self.facility_after = re.compile(  # "Taiz airport", "Taiz's old airport"
            r"(?:'s|’s)?\s+(?:(?:international|military|civil|civilian|old|main|disused)\s+)?"
            rf"({facility})\b", i)
        self.facility_before = re.compile(  # "the disused airport of Taiz", "the port at Mocha"
            rf"\b({facility})\s+(?:of|at|in|near|outside)\s+$", i)
        self.the_base_noun = re.compile(  # "the base", "the same airport"
            rf"\bthe\s+(?:same\s+(?:airport|port|harbour|harbor)|"
            rf"(?:same\s+)?(?:{alts(g['anaphoric_base_nouns'])}))\b", i)
        self.the_settlement = re.compile(  # "the town", "the north-western town"
            rf"\bthe\s+(?:(?:north|south|east|west|central)[\w-]*\s+)?(?:{alts(g['settlement_nouns'])})\b", i)
        self.deictic_after = re.compile(
            rf"^(?:[^,;.]{{0,40}}?\s)?(?:\b(?:{alts(g['deictic_places'])})\b|"
            rf"\b(?:{preps})\s+the\s+(?:same\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
            rf"{place_adjective}(?:{alts(g['anaphoric_place_nouns'])})\b"  # "at the same airport"
            r"(?!\s+(?:of|city|town)\b)(?!\s+(?-i:[A-Z])))", i)
        self.past_before = TailMatcher(g["past_auxiliaries"], 1, strip_the=False)
        self.present_before = TailMatcher(g["present_auxiliaries"], 1, strip_the=False)
        # "Houthi forces fired two drones at a camp near Marib": a named armed group's sentence
        self.group_subject = re.compile(
            r"^(?:[^,]{0,30},\s+)?(?:the\s+)?((?:al-|el-)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+"
            rf"(?:{alts(g['group_subject_heads'])})\b", i)
        self.exercise_subject = re.compile(
            r"^(?:[^,]{0,30},\s+)?(?:the|a|an|this|next|last|that)\s+(?:[\w-]+\s+){0,3}"
            r"(?:exercise|exercises|drill|drills|manoeuvres|maneuvers|war\s+games?|wargames?)\s+"
            r"(?:[\w,-]+\s+){0,6}?(?:(?:would|will|is\s+to|was\s+to|is\s+due\s+to|also)\s+)?"
            r"(?:involve|involves|involved|include|includes|included|bring|brings|brought|feature|features|"
            r"featured|gather|gathers|gathered)\b", i)
        self.host_deployer = re.compile(
            r"(?:'s|’s)\s+(?:(?:new|interim|transitional)\s+)?(?:(?:defence|defense)\s+ministry|ministry\s+of\s+"
            r"(?:defence|defense)|government|army|military|authorities|armed\s+forces)\s+"
            r"(?:(?:has|have|had|also|now|since)\s+){0,2}"
            r"(?:posted|deployed|sent|stationed|moved|placed|put)\b", i)
        self.group_name_after = re.compile(rf"\s+(?:{alts(g['group_name_tails'])})\b")  # case-sensitive
        # "Turkey has the largest foreign force": a subject that holds forces
        self.holding_after = re.compile(rf"\s+(?:{alts(g['holding_verbs'])})\b", i)
        self.sites_head = re.compile(
            r"\b(?:sites|bases|locations|facilities|airfields|airstrips|ports|camps|posts|outposts)\s*$", i)
        self.elliptic_item = re.compile(
            r"\s*(?:one|another|the\s+(?:other|first|second|third|latter|former))\s+(?:(?:is|was|will\s+be)\s+)?"
            r"(?:at|in|near|on|outside)\s+(?:the\s+)?"
            r"(?:(?:[\w'’-]+\s+){0,4}?(?:in|at|near|on|of)\s+(?:the\s+)?)?", i)
        self.state_of_gap = re.compile(  # ", in the central state of "
            r",\s+in\s+the\s+(?:[\w-]+\s+){0,2}(?:state|province|region|governorate|department|prefecture|"
            r"district|county)\s+of\s+", i)
        # "technicians who maintain Venezuela's Sukhoi fighter jets": the jets are serviced
        self.serviced_before = re.compile(
            rf"\b(?:{alts(g['maintenance_verbs'])})\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[\w-]+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}$", i)
        # "The UAE, Riyadh's main partner when the war began, pulled out": an appositive
        self.relation_after = re.compile(
            rf"(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}(?:{alts(g['relation_nouns'])})\b", i)
        self.non_operator_suffix = re.compile(rf"-(?:{alts(g['non_operator_suffixes'])})\b", i)
        self.hyphen_next = re.compile(r"-((?-i:[A-Z])[\w.]*?)\.?(?![\w])")
        self.to_before = re.compile(r"\bto\s+(?:the\s+)?$", i)
        self.own_before = re.compile(r"'s|’s|\bown\b|\bnational\b", i)
        self.and_prep_before = re.compile(
            r",?\s+and\s+(from|to|at|in|near|outside)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$", i)
        # "an airstrip near A, on the border, and a disused airstrip at B": a second noun
        # phrase of one list
        self.and_np_before = re.compile(r",?\s+(?:and|or)\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){0,3}$", i)
        self.indefinite_np_before = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$", i)
        self.parenthetical = re.compile(
            rf"(?:\s+(?:{alts(g['place_nouns'])}))?,(?:[^,;]|(?<=\d),(?=\d)){{0,80}},", i)
        partial = alts(g["partial_modifiers"])
        self.partial_before = TailMatcher(g["partial_modifiers"], 1, strip_the=False)
        self.partial_after = re.compile(rf"\s+(?:{partial})\b", i)
        # "The first group of Russian warplanes left Syria": some of the forces, not all
        self.partial_np = re.compile(
            rf"\b(?:{partial})\s+(?:(?:the|its|their|his)\s+)?(?:[\w-]+\s+){{0,2}}$", i)
        self.partial_within = re.compile(rf"\s(?:{partial})\s", i)  # "pulled some of them back"
        self.by_after_cue = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$", i)
        self.name_tail = re.compile(rf"^(.{{3,}}?)\s+(?:{alts(g['generic_name_tails'])})$", i)
        self.short_form_before = TailMatcher(g["link_prepositions"], strip_the=False)
        # "could use a former Syrian army base": the user takes it over from its former owner
        self.taking_before = re.compile(
            rf"\b(?:{alts(g['taking_verbs'])})\s+(?:the|a|an|two|three|several)\s+$", i)
        self.moving_to = re.compile(
            rf"\b(?:{alts(g['destination_verbs'])})\b[^.;]{{0,80}}?\bto\s(?!be\b)", i)
        self.our_before = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}$", i)  # "Our soldiers", "our own troops"
        # "a detachment of landing craft and logistics": what the unit is made of
        self.of_contents = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,6}?", i)
        # "Chinese soldiers in the Pamirs is sensitive in Dushanbe": where a matter is judged
        self.judged_in = re.compile(
            r"\b(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:\w+\s+)?"
            rf"(?:{alts(g['judgement_adjectives'])})\s+in\s+(?:the\s+)?$", i)
        # "The Emiratis left the site in late December": the site told of before
        self.site_left = re.compile(
            r"\b(?:left|vacated|abandoned|quit|evacuated|handed\s+over|handed\s+back)\s+the\s+"
            r"(site|hill|hilltop|ridge|compound)\b", i)
        self.wide_area_after = re.compile(r"[ \t]+(?:province|governorate|region|oblast|emirate)\b", i)
        self.definite_opening = re.compile(r"[\s\"“']*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}", i)
        self.where_clause = re.compile(r",\s*where\s+(?:the\s+)?", i)
        # "have also moved to Khabat, where they will train": forces already at the place
        self.settled_before = re.compile(
            rf"\b(?:(?:have|has)\s+(?:also\s+|now\s+|already\s+)?(?:{alts(g['destination_verbs'])})|"
            rf"{alts(g['arrival_cues'])})\s+(?:in|to|into|at)\s+(?:the\s+)?$", i)
        self.pronoun_start = re.compile(r"\s*(?:its|their|it|they)\b", i)
        self.post_above = re.compile(  # "the radar post above X", "a radar on a hill above X"
            r"\s+(?:(?:on|at)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:hill|hilltop|ridge|mountain|slope|heights?|"
            r"plateau|peak)\s+"
            # "have begun deploying to a hilltop site above X"
            r"|(?:[a-z]+\s+){0,4}?(?:to|at|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:site|post|position|camp|base)\s+)?"
            r"above\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:resort|town|village|city|port)\s+of\s+)?",
            i)
        self.acronym_before = re.compile(r"\b(?-i:[A-Z]{2,6})\s+$")  # "NLA fighters", "PKK fighters"
        self.acronym = re.compile(r"\b[A-Z]{2,6}\b")  # "The PKK announced ..."
        self.to_gap = re.compile(r"\s+to\s+", i)  # "the first American troops to deploy"
        # "..., the vanguard of a force that is due to": a clause on another noun
        self.apposed_relative = re.compile(
            r"\b(?:that|which|who)\s+(?:is|are|was|were|will|would|has|have|had)\b", i)
        self.relative = re.compile(  # a list inside ("which operates Turkish, Chinese and Iranian drones,")
            r",\s*(?:which|who|whose)\b(?:[^,;]|(?<=\d),(?=\d)"
            r"|,(?=\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:,|\s+(?:and|or)\s)))*"
            r"(?:,|$)", i)
        # "BAMAKO -", "BEIRUT/ANKARA -", "ORZYSZ, Poland -", "LONDON (Reuters) -": a dateline
        self.dateline = re.compile(
            r"^\s*[A-Z][A-Z'’.-]*(?:[ /][A-Z][A-Z'’.-]*)*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
            r"\s*(?:\([^)]{0,40}\)\s*)?[-–—]{1,2}\s")


FAR_KM = 50


def far_reference(text: str, start: int, rx: Patterns) -> bool:
    """Whether the place at ``start`` is a far reference point ("about 200 km east of Thule")."""
    m = rx.far_from.search(text, max(0, start - 40), start) if start > 10 else None
    return m is not None and int(m.group(1).replace(",", "")) > FAR_KM


def negated(text: str, rx: Patterns) -> bool:
    """Whether ``text`` ends with a negator and at most two words ("not", "didn't", "refused to")."""
    words = TailMatcher.words(text)
    return rx.negators.ends(words) or any(w.endswith(("n't", "n’t")) for w in words[-3:])


def list_extent(text: str, pos: int, rx: Patterns) -> int:
    """Where the list of noun phrases that opens at ``pos`` ends.

    "left the al-Qaim base near the Syrian border, the K1 air base near Kirkuk and the
    Taqaddum air base in Anbar province, consolidating...": the items run on through
    commas and "and" until an item holds a verb ("will", "said"), opens a clause
    ("which", "when", a participle) or the sentence ends. The first item counts up to
    its first verb.
    """
    start, end = pos, pos
    for m in [*rx.list_sep.finditer(text, pos), None]:
        stop_at = len(text) if m is None else m.start()
        verb = rx.list_verb.search(text, start, stop_at)
        if start == pos:
            if verb:
                return verb.start()
        elif verb or rx.list_opener.match(text, start, stop_at) or rx.clause_item.match(text, start, stop_at):
            return end  # (a clause of its own: "..., and Saudi troops arrived in Marib")
        if m is None:
            return len(text)
        end, start = m.start(), m.end()
    return end


def agent_before(text: str, rx: Patterns) -> bool:
    """Whether ``text`` ends with a passive's agent marker ("used for years by", "shared with the")."""
    words = TailMatcher.words(text)
    for _ in range(2):  # "run by a joint Saudi-Emirati force"
        if words and words[-1] in rx.agent_np_modifiers:
            words.pop()
    if len(words) > 1 and words[-1] == "to":  # "leased to Russia", "belonging to the U.S. Army"
        return words[-2] in rx.lessee_verbs
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
