import json
import os
import subprocess
import sys

import pytest

from geo.evaluate import Report, score_article
from geo.extract import extract_article
from geo.load import parse_article, read_article

from .conftest import ROOT, SEEDS, SEEDS_GOLD


def claims_of(gaz, text):
    return extract_article(parse_article(text, "t.md"), gaz)


def test_seeds_score_perfectly(gaz):
    gold = json.loads(SEEDS_GOLD.read_text())["articles"]
    report = Report()
    for name, g in gold.items():
        claims = [c.to_json(name) for c in extract_article(read_article(SEEDS / name), gaz)]
        score_article(name, claims, g, report)
    assert (report.tp, report.fp, report.fn) == (4, 0, 0), report.lines
    assert report.status_accuracy == 1.0
    assert report.evidence_accuracy == 1.0


def test_seeds_with_the_shared_scorer(shared):
    proc = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_claims.py"), str(SEEDS), str(SEEDS_GOLD),
         "--cmd", f"{sys.executable} -m geo extract", "--min-f1", "1.0"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "F1=1.00" in proc.stdout


def test_evidence_offsets_point_into_the_body(gaz):
    article = read_article(SEEDS / "2025-02-04-turkey-syria-defense-pact.md")
    for claim in extract_article(article, gaz):
        for e in claim.evidence:
            assert article.body[e.start : e.end] == e.sentence


@pytest.mark.parametrize(
    ("text", "operator", "status"),
    [
        ("Russian troops withdrew from Kobani on Monday.", "RUS", "withdrawn"),
        ("Turkey may set up an air base at the T4 base in Syria.", "TUR", "proposed"),
        ("Pakistan's foreign ministry denied that China would build a naval base in Gwadar.",
         "CHN", "denied"),
        ("Russia operates the Hmeimim air base in Latakia province.", "RUS", "existing"),
    ],
)
def test_status_cues(gaz, text, operator, status):
    claims = claims_of(gaz, text)
    assert [(c.operator, c.status) for c in claims][:1] == [(operator, status)]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck the T4 air base overnight.",
        "A Turkish delegation toured the T4 air base on Monday.",
        "Officials met in Ankara to discuss trade.",
        "Photo: Turkish troops at the T4 air base. (credit: Reuters)",
    ],
)
def test_not_presence(gaz, text):
    assert claims_of(gaz, text) == []


def test_capitals_are_governments_not_bases(gaz):
    text = ("Ankara and Damascus agreed on Tuesday that Turkish forces could use an air base "
            "near Palmyra, officials in Damascus said.")
    places = {c.place for c in claims_of(gaz, text)}
    assert not any(p in ("Ankara", "Damascus") for p in places)


def test_hostile_text_survives(gaz):
    text = "<script>alert(1)</script> Russian troops `${7*6}` left the Hmeimim air base."
    claims = claims_of(gaz, text)
    assert claims and "<script>" in claims[0].evidence[0].sentence

# --- Claim rules -----------------------------------------------------------------------
# One parametrised test per rule, on sentences written for the tests (none from
# data/eval). Each case gives a text and the (operator, place fragment, status) claims
# expected, or [] when the text must yield no claim; the fragment is matched against the
# claim's place name, case-insensitively.


def dated_claims_of(gaz, text, published="2025-03-01"):
    article = parse_article(f"---\ntitle: t\npublished: {published}\n---\n{text}", "t.md")
    return extract_article(article, gaz)


def summary(claims):
    return sorted((c.operator, c.place.lower(), c.status) for c in claims)


def check(gaz, text, expected):
    got = summary(dated_claims_of(gaz, text))
    assert len(got) == len(expected), got
    left = list(got)
    for op, frag, status in expected:
        match = [g for g in left if g[0] == op and frag.lower() in g[1] and g[2] == status]
        assert match, (op, frag, status, got)
        left.remove(match[0])


# --- Operators -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # demonym in the noun phrase
        ("Russian troops are stationed in Tskhinvali.", [("RUS", "tskhinvali", "existing")]),
        # capital used for the government, possessive
        ("Moscow's troops in Tskhinvali have been reinforced.",
         [("RUS", "tskhinvali", "existing")]),
        # coalition name
        ("The US-led coalition still has forces in Erbil.", [("USA", "erbil", "existing")]),
        # hyphenated pair: one claim per operator of a joint facility
        ("A joint Russian-Turkish monitoring centre was opened in Aghdam.",
         [("RUS", "aghdam", "existing"), ("TUR", "aghdam", "existing")]),
        # coordinated subjects
        ("Britain and the United States operate the joint base at Diego Garcia.",
         [("GBR", "diego garcia", "existing"), ("USA", "diego garcia", "existing")]),
        # passive agent
        ("A new air base was set up by Russia near Latakia last year.",
         [("RUS", "hmeimim", "existing")]),
        # agent of a shared facility joins the owner
        ("The air base at Al Dhafra is shared with the U.S. Air Force.",
         [("USA", "dhafra", "existing")]),
        # apposition after a named site
        ("Camp Lemonnier, the only permanent U.S. military base in Africa, houses about "
         "4,000 personnel.", [("USA", "lemonnier", "existing")]),
        # copula with a possessive noun phrase
        ("The base in Djibouti is China's first overseas military facility.",
         [("CHN", "djibouti", "existing")]),
        # a speaker is the operator when a pronoun points back to it
        ("The Kremlin said its forces would stay at Tartus.", [("RUS", "tartus", "existing")]),
        # "X-run": the operator
        ("A Russian-run air base at Hmeimim serves as a hub for flights to Africa.",
         [("RUS", "hmeimim", "existing")]),
        # a presence noun inside the name of an armed force takes that force
        ("The U.S. Navy's Fifth Fleet, headquartered in Bahrain, patrols the Gulf.",
         [("USA", "bahrain", "existing")]),
        # the host of a base is not its operator; "the base" points back to a base in it
        ("Russia wants a naval base near Port Sudan. Sudan agreed in 2020 to host the base.",
         [("RUS", "port sudan", "proposed")]),
    ],
)
def test_operators(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker is not the operator; the operator named in the reported clause is
        ("U.S. officials said that China was seeking a permanent naval presence at Bata.",
         [("CHN", "bata", "proposed")]),
        # a country after a locative is a place, not an operator
        ("Across the border in Jordan, Tower 22, a logistics outpost, supports the mission.",
         []),
        # a demonym describing a place ("the Eritrean port of") is not an operator
        ("The UAE dismantled its base at the Eritrean port of Assab.",
         [("ARE", "assab", "withdrawn")]),
        # -backed, -built, -aligned: not the operator
        ("Iran-backed militias control the border crossing near Albukamal.", []),
        ("The Chinese-built port of Hambantota is leased to a state company.", []),
        # a group that is not a state
        ("Kurdish fighters hold positions around Kobani.", []),
        # unspecified forces
        ("Officials said no foreign troops were stationed in Mauritania.", []),
        ("The agreement bars any foreign military base in Djibouti.", []),
        # ordinary uses of presence words
        ("Market forces pushed oil prices higher in Doha.", []),
        ("The police station in Kismayo was attacked.", []),
        ("Iraqi security forces retook Mosul in 2017.", []),
    ],
)
def test_not_operators(gaz, text, expected):
    check(gaz, text, expected)


# --- Places ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb whose object is the place
        ("The last Italian soldiers left Niamey in December.", [("ITA", "niamey", "withdrawn")]),
        ("Rwandan troops, deployed under a bilateral agreement, protect Bangui.",
         [("RWA", "bangui", "existing")]),
        # part of a place
        ("Israeli soldiers will remain on the summit of Mount Hermon.",
         [("ISR", "hermon", "existing")]),
        # a list continued by "including"
        ("Kenya has about 3,000 soldiers in Somalia as part of an African Union mission, "
         "mainly in the south, including the port city of Kismayo.",
         [("KEN", "kismayo", "existing")]),
        # "A east of B": B only locates A
        ("Iranian advisers operate from the T4 air base, 60 km east of Homs.",
         [("IRN", "tiyas", "existing")]),
        # each base of a list keeps its own place
        ("Russia has a naval base in Tartus and an air base near Latakia.",
         [("RUS", "hmeimim", "existing"), ("RUS", "tartus", "existing")]),
        # passive with the place as subject
        ("Sri Lanka insists Hambantota will not be used for military purposes by China.",
         [("CHN", "hambantota", "denied")]),
        # a long list of sites, each with its country
        ("The United States has troops at Camp Arifjan in Kuwait, at Al Udeid in Qatar and "
         "at Al Dhafra in the UAE.",
         [("USA", "arifjan", "existing"), ("USA", "dhafra", "existing"),
          ("USA", "udeid", "existing")]),
        # a region of a country, at region precision
        ("U.S. troops are stationed in eastern Syria.", [("USA", "eastern syria", "existing")]),
        # a country-level claim needs the operator and a locative
        ("Russia keeps about 7,000 troops in Tajikistan.", [("RUS", "tajikistan", "existing")]),
        ("Turkish troops remain in Libya and Qatar.",
         [("TUR", "libya", "existing"), ("TUR", "qatar", "existing")]),
        # capitals used for governments are not places of presence
        ("Ankara and Moscow discussed the future of their forces in Idlib province.",
         [("RUS", "idlib", "existing"), ("TUR", "idlib", "existing")]),
    ],
)
def test_places(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "there" points back to the most specific place before it
        ("Russia expanded the port of Tartus. Two Russian frigates have been based there "
         "since 2017.", [("RUS", "tartus", "existing")]),
        # "the base" points back to the last base named
        ("Al Udeid is the largest American base in the region. Britain's Royal Air Force also "
         "keeps aircraft at the base.",
         [("GBR", "udeid", "existing"), ("USA", "udeid", "existing")]),
        # "nearby": the last concrete place
        ("About 1,500 French troops are stationed in Djibouti. Italy runs a smaller base nearby.",
         [("FRA", "djibouti", "existing"), ("ITA", "djibouti", "existing")]),
        # an operator carried from the sentence before ("They")
        ("Some 80 Indian soldiers had operated two helicopters in the Maldives. They were based "
         "at Hanimaadhoo.", [("IND", "hanimaadhoo", "existing")]),
        # the short form of a name named before
        ("India built a facility on Assumption Island. Seychelles said there would be no Indian "
         "base on Assumption.", [("IND", "assumption", "denied")]),
    ],
)
def test_references_across_sentences(gaz, text, expected):
    check(gaz, text, expected)


# --- Status ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey could deploy troops to the Libyan port of Misrata.",
         [("TUR", "misrata", "proposed")]),
        ("Talks on a Russian naval facility near Port Sudan are continuing.",
         [("RUS", "port sudan", "proposed")]),
        ("The deal would allow Chinese warships to use Ream.", [("CHN", "ream", "proposed")]),
        # a modal before a verb of continuing is not a plan
        ("Israeli troops will remain in Quneitra province.", [("ISR", "quneitra", "existing")]),
        # a planned withdrawal leaves the forces where they are
        ("France plans to withdraw its troops from Chad by January.",
         [("FRA", "chad", "existing")]),
        # a denied withdrawal is not a denial of the presence
        ("The Russian defence ministry denied that its troops had left Hmeimim.",
         [("RUS", "hmeimim", "existing")]),
        ("The Kremlin said it had no plans to withdraw its forces from Tartus.",
         [("RUS", "tartus", "existing")]),
        # negated noun phrase
        ("No Turkish troops are stationed in Libya, officials in Tripoli insisted.",
         [("TUR", "libya", "denied")]),
        # a refusal to rule out is not a denial
        ("He refused to rule out asking Russian troops at Gyumri to leave.",
         [("RUS", "gyumri", "existing")]),
        # a partial withdrawal is still a presence
        ("Moscow's naval facility at Tartus was partly emptied.",
         [("RUS", "tartus", "existing")]),
        # the legal basis of a presence is not a plan
        ("Ankara has deployed troops to Qatar under a 2014 defence agreement.",
         [("TUR", "qatar", "existing")]),
        # an end date in the past
        ("The Pentagon ran the Transit Center at Manas from 2001 until 2014.",
         [("USA", "manas", "withdrawn")]),
        # the main verb after a relative clause
        ("Germany, which had kept an air transport hub at Niamey airport, wound up that "
         "mission in August.", [("DEU", "niamey", "withdrawn")]),
        # "in May" is a month, "the future of" no plan
        ("In May, Russia said the future of its base at Tartus was secure.",
         [("RUS", "tartus", "existing")]),
        # a host's denial of a reported base
        ("Pakistan's foreign ministry denied that China would build a naval base in Gwadar.",
         [("CHN", "gwadar", "denied")]),
        # a negated request to leave
        ("Italy, which has about 300 troops in Niamey, has not been asked to leave.",
         [("ITA", "niamey", "existing")]),
        # a demand to leave is not a departure
        ("The junta asked French troops to leave Niamey.", [("FRA", "niamey", "existing")]),
        # clause-scoped cues: the plan after "but" is another clause
        ("Russia still operates the naval facility at Tartus, but its future is uncertain.",
         [("RUS", "tartus", "existing")]),
    ],
)
def test_status(gaz, text, expected):
    check(gaz, text, expected)


# --- Not presence ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian warplanes struck rebel positions near Idlib on Monday.", []),
        ("Militias fired rockets at the sprawling base in Anbar.", []),
        ("A Chinese naval delegation visited Djibouti last week.", []),
        ("A Chinese survey ship docked at Hambantota last month.", []),
        ("Iranian warships arrived at Port Sudan for a five-day visit.", []),
        ("The aircraft carrier USS Nimitz made a port call in Bahrain.", []),
        ("The strikes came after a Turkish delegation toured the T4 air base.", []),
        # the target named by the attacker is not a claim
        ("Missiles were fired at what they said was an Israeli base in Erbil.", []),
        # but forces stationed there are, whatever else happens in the sentence
        ("U.S. Marines held an exercise in Djibouti with French forces stationed there.",
         [("FRA", "djibouti", "existing")]),
        # warships that stay are based
        ("Two Chinese corvettes have been moored at Ream for six months.",
         [("CHN", "ream", "existing")]),
    ],
)
def test_not_presence_rules(gaz, text, expected):
    check(gaz, text, expected)


# --- Records ---------------------------------------------------------------------------

def test_host_own_base_is_flagged(gaz):
    claims = dated_claims_of(gaz, "Iraq's own air force flies from Balad air base.")
    assert [(c.operator, c.host_own) for c in claims] == [("IRQ", True)]


def test_host_without_possessive_gives_no_claim(gaz):
    assert dated_claims_of(gaz, "Syrian army units control the Tiyas air base.") == []


def test_dates_and_why_are_recorded(gaz):
    [claim] = dated_claims_of(gaz, "Turkey has kept troops at a base in Doha since 2015.")
    assert claim.operator == "TUR"
    assert "since 2015 (2015)" in claim.dates
    assert any("Turkey" in cue for cue in claim.operator_cues)
    assert "kept" in claim.status_cues
    record = claim.to_json("t.md")
    assert record["why"] == {"operator": claim.operator_cues, "status": claim.status_cues}


def test_region_point_is_inside_the_named_part(gaz):
    [claim] = dated_claims_of(gaz, "U.S. troops are stationed in eastern Syria.")
    assert claim.precision == "region"
    assert claim.lon > 39.0  # Syria's point is at 38 E; its eastern third lies beyond 39 E


def test_one_record_per_operator_and_place_with_all_evidence(gaz):
    text = ("Russian troops are stationed at Hmeimim. The Hmeimim air base also hosts Russian "
            "fighter jets.")
    [claim] = dated_claims_of(gaz, text)
    assert len(claim.evidence) == 2


def test_discourse_operator_does_not_reach_the_host(gaz):
    text = ("Turkey maintains a base in Mogadishu. Somalia's army also trains at the base.")
    assert summary(dated_claims_of(gaz, text)) == [("TUR", "mogadishu", "existing")]


# --- Matchers --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "gap", "expected"),
    [
        ("troops stationed in ", 0, True),
        ("troops stationed in the ", 0, True),
        ("troops close to the ", 0, True),
        ("troops stationed inside", 0, False),  # no white space after the phrase
        ("troops in two ", 0, False),
        ("troops in two ", 1, True),
        ("in, the capital ", 1, False),  # a comma ends the phrase
    ],
)
def test_tail_matcher(text, gap, expected):
    from geo._claims_patterns import TailMatcher

    assert TailMatcher(["in", "close to"], gap).search(text) is expected


# --- Generalisation: phenomena found on held-out text, tested on new sentences ----------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline says where the story was filed, never where forces are
        ("HARARE - Chinese engineers have arrived at the naval base in Obock.",
         [("CHN", "obock", "existing")]),
        ("LUANDA, June 2 (Wire) - Cuban advisers left Huambo on Tuesday.",
         [("CUB", "huambo", "withdrawn")]),
        ("TRIPOLI/ROME - Turkish officials said talks would resume.", []),
    ],
)
def test_datelines_carry_no_claim(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one withdrawal verb governs every item of its object list, time phrases included
        ("Spanish troops left Kidal in March, Tessalit in May and Aguelhok in July.",
         [("ESP", "kidal", "withdrawn"), ("ESP", "tessalit", "withdrawn"),
          ("ESP", "aguelhok", "withdrawn")]),
        ("The Dutch contingent vacated the Gao camp, the Timbuktu airfield and the base near "
         "Mopti, regrouping in Bamako.",
         [("NLD", "gao", "withdrawn"), ("NLD", "timbuktu", "withdrawn"),
          ("NLD", "mopti", "withdrawn")]),
        # ... but not a clause with its own verb after the list
        ("Belgian soldiers handed over Kidal and Tessalit, and German troops said they would "
         "stay in Gao.",
         [("BEL", "kidal", "withdrawn"), ("BEL", "tessalit", "withdrawn"),
          ("DEU", "gao", "existing")]),
        # a gapped withdrawal verb ("pulled its tanks out of")
        ("Greek troops pulled their tanks out of Pristina in 2009.",
         [("GRC", "pristina", "withdrawn")]),
        # a later mention of the place as the object of a withdrawal, in another clause
        ("Egyptian forces had used facilities in neighbouring Djibouti, but the Egyptians "
         "moved their units out of Djibouti in 2016.", [("EGY", "djibouti", "withdrawn")]),
    ],
)
def test_lists_under_one_verb(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place that opens a new clause is not the next item of a list
        ("Russian forces are deployed in Mali and Niger, and Turkey has sold drones to Ghana.",
         [("RUS", "mali", "existing"), ("RUS", "niger", "existing")]),
        # a place whose request or ministry is meant is an actor, not a place
        ("Egyptian troops, at Somalia's request, guard the port of Kismayo.",
         [("EGY", "kismayo", "existing")]),
        ("Portuguese instructors train marines at Nacala, Lisbon's defence ministry said.",
         [("PRT", "nacala", "existing")]),
        # arrival and adverbs before a country-level locative
        ("Chinese troops have arrived in Djibouti.", [("CHN", "djibouti", "existing")]),
        ("Turkish forces are already deployed in Qatar.", [("TUR", "qatar", "existing")]),
        ("Iranian units are posted in Yemen.", [("IRN", "yemen", "existing")]),
        ("Egyptian forces had used facilities in neighbouring Sudan.",
         [("EGY", "sudan", "existing")]),
        # a "where" clause with its own operator before the anchor
        ("Russian jets flew over Latakia, where Russia has stationed attack helicopters.",
         [("RUS", "latakia", "existing")]),
        # forces named for a person are no state's ("al-Assad's troops")
        ("President al-Assad's troops are stationed in Palmyra.", []),
    ],
)
def test_links_and_actors(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "coalition" after the article named "the US-led coalition" is that force
        ("The U.S.-led coalition handed over Camp Taji in August. Coalition troops later left "
         "Qayyarah.", [("USA", "taji", "withdrawn"), ("USA", "qayyarah", "withdrawn")]),
        ("The US-led coalition keeps troops in Erbil. Coalition advisers also work in "
         "Sulaymaniyah.", [("USA", "erbil", "existing"), ("USA", "sulaymaniyah", "existing")]),
        # ... but not without that antecedent
        ("Coalition advisers also work in Sulaymaniyah.", []),
    ],
)
def test_short_form_of_an_organisation(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "soldiers from Ghana": where the forces come from is their operator, not a place
        ("The force includes soldiers from Ghana and Senegal, who are based in Banjul.",
         [("GHA", "banjul", "existing"), ("SEN", "banjul", "existing")]),
        ("The mission is made up of troops from Nepal, Ghana and Senegal.", []),
        ("A battalion from Augustdorf will move to Lithuania next year.", []),
        # after a withdrawal "from" is the place left
        ("France plans to withdraw its troops from Chad by January.",
         [("FRA", "chad", "existing")]),
        # a base the aircraft fly from is where they are
        ("The squadron flies fighters from Erebuni airfield.", []),
    ],
)
def test_origin_is_not_presence(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host's own forces on its own soil: no other operator is carried to them
        ("Turkey keeps troops in Qatar. Several hundred Chinese soldiers moved back to their "
         "posts in Tibet.", [("TUR", "qatar", "existing")]),
        ("Turkey keeps troops in Qatar. Kenyan troops returned to their barracks in Nairobi.",
         [("TUR", "qatar", "existing")]),
        # a host that receives the base is not its owner
        ("French troops left Gao. Equipment was handed to the Malian army along with the base.",
         [("FRA", "gao", "withdrawn")]),
        # a multinational body is no state's operator
        ("Turkey keeps troops in Qatar. NATO, which runs an air policing mission in Estonia, "
         "said its jets would stay.", [("TUR", "qatar", "existing")]),
        ("Turkey keeps troops in Qatar. The European Union keeps a training mission in Bamako.",
         [("TUR", "qatar", "existing")]),
        ("Under NATO command, Spanish troops are stationed in Adazi.",
         [("ESP", "adazi", "existing")]),
    ],
)
def test_no_operator_carried_to_hosts_and_alliances(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base and a town 20 km away are two places
        ("Russian troops guarded the Hmeimim air base and the port of Latakia.",
         [("RUS", "hmeimim", "existing"), ("RUS", "latakia", "existing")]),
        # a town after "near" only locates the base before it, even an unlinked one
        ("U.S. troops are at Camp Lemonnier in Djibouti.", [("USA", "lemonnier", "existing")]),
        # "The base, near X": the base named before, which X only locates
        ("China runs a naval facility at Ream. The facility, near the port city of "
         "Sihanoukville, was expanded.", [("CHN", "ream", "existing")]),
        ("Britain keeps a naval base at Duqm. The base, on the coast near Duqm, was expanded "
         "in 2023.", [("GBR", "duqm", "existing")]),
    ],
)
def test_places_that_only_locate(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "have access to" is a present arrangement, not a plan; "already" marks it current
        ("Indian warships already have access to the naval base at Sabang.",
         [("IND", "sabang", "existing")]),
        # a base named as new is a plan, unless the sentence says it is there
        ("The new U.S. locations are Aqaba, Mafraq and Zarqa.",
         [("USA", "aqaba", "proposed"), ("USA", "mafraq", "proposed"),
          ("USA", "zarqa", "proposed")]),
        ("France wants a second base in Abidjan.", [("FRA", "abidjan", "proposed")]),
        ("Britain opened a new naval base in Manama last year.",
         [("GBR", "bahrain", "existing")]),
        ("Russia has a new base in Tartus.", [("RUS", "tartus", "existing")]),
        # a presence dated in the past ("between 2006 and 2010") is over
        ("Dutch forces operated from Kandahar airfield between 2006 and 2010.",
         [("NLD", "kandahar", "withdrawn")]),
        ("Canadian troops were based in Kandahar from 2002 to 2011.",
         [("CAN", "kandahar", "withdrawn")]),
        ("Canadian troops have been based in Kandahar since 2011.",
         [("CAN", "kandahar", "existing")]),
    ],
)
def test_status_of_plans_and_past(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "former" belongs to the noun phrase's own owner, not to the new occupant
        ("Turkish troops are based at the former French camp in Kidal.",
         [("TUR", "kidal", "existing"), ("FRA", "kidal", "withdrawn")]),
        ("Russian fighters are now stationed at the former United Nations camp in Tessalit.",
         [("RUS", "tessalit", "existing")]),
        # a temporal clause is another event: its verb does not date the claim
        ("Russian instructors moved into the camp at Gao in May, days after Spanish troops "
         "left.", [("RUS", "gao", "existing")]),
        ("After the Italians left, Turkish soldiers moved into Misrata.",
         [("TUR", "misrata", "existing")]),
        # a coordinated "and said it would..." is another predicate
        ("Britain has 300 troops based in Gao, and said it would review their mission.",
         [("GBR", "gao", "existing")]),
        # growth of a force that is there is no plan for it
        ("The German brigade, which now has 500 soldiers in Vilnius, is due to grow to 5,000.",
         [("DEU", "vilnius", "existing")]),
        # what a base cost to build is not a plan to build it
        ("French troops are based at the camp near Abeche, which cost $20 million to "
         "build.", [("FRA", "abeche", "existing")]),
        # an adverb after the modal keeps the plan
        ("Japan will also station troops in Djibouti.", [("JPN", "djibouti", "proposed")]),
        ("Turkey will soon establish a naval base at Suakin.", [("TUR", "suakin", "proposed")]),
        # a "where" clause after a place and its locative phrase
        ("Berbera sits on the Gulf of Aden, where the UAE opened a base in 2017.",
         [("ARE", "berbera", "existing")]),
    ],
)
def test_status_scope(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base that is the subject of a passive attack is a target, not a claim...
        ("Camp Lemonnier has repeatedly been targeted by drones.", []),
        # ... unless the sentence names whose base it is
        ("The French base in Gao was attacked by militants on Monday.",
         [("FRA", "gao", "existing")]),
        # arriving for an exercise or a drill is not being based there
        ("Two U.S. Navy ships arrived in Djibouti's port for a joint exercise.", []),
        ("French paratroopers arrived in Dakar to take part in a drill.", []),
        ("Around 500 Turkish troops are participating in the drills in Baku.", []),
        # troops named only as the two sides of a clash or a line are not placed
        ("A clash between Indian and Chinese troops in the Galwan Valley killed 20.", []),
        ("Observers patrol the line between Armenian and Azerbaijani troops near Lachin.", []),
    ],
)
def test_targets_exercises_and_sides(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" after a sentence that names whose forces, without placing them
        ("Turkey opened a base in Doha. Egyptian troops still hold positions in the region. "
         "They remain at the port of Berbera.",
         [("TUR", "doha", "existing"), ("EGY", "berbera", "existing")]),
        ("Dutch soldiers still patrol the south. They are based at Kandahar.",
         [("NLD", "kandahar", "existing")]),
        # "joined by": the newcomers are where the forces before them are
        ("Polish troops are stationed at Adazi. They will be joined by a Slovak artillery "
         "battery.", [("POL", "adazi", "existing"), ("SVK", "adazi", "existing")]),
        # "the same base" after troops "based at" a town
        ("Some 800 British troops have been based at Tapa since March. A French contingent "
         "arrived at the same base this month.",
         [("GBR", "tapa", "existing"), ("FRA", "tapa", "existing")]),
        # no carried claim for a base whose relative clause names the forces it housed
        ("The Kandahar base, which at its peak housed 30,000 American soldiers, was handed "
         "over in 2021.", [("USA", "kandahar", "withdrawn")]),
    ],
)
def test_discourse_operators_and_places(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an operator's noun phrase does not run over a preposition ("Niger from their base")
        ("The last French troops crossed into neighbouring Niger from their base in Gao.",
         [("FRA", "gao", "existing")]),
        # an agent after "and that" belongs to the next clause
        ("Talks took place about China building a base in Vanuatu, and that the wharf could "
         "be used by Chinese ships.", [("CHN", "vanuatu", "proposed")]),
        # "no one has talked about" denies
        ("No one in the Gabonese government has ever talked about a Russian base in "
         "Libreville.", [("RUS", "libreville", "denied")]),
        ("Nobody has discussed a Turkish base in Bamako, the minister said.",
         [("TUR", "bamako", "denied")]),
        # what a speaker says after a relative clause is not the status of the claim in it
        ("Germany, which has about 1,100 soldiers in Mali, said it would review its mission.",
         [("DEU", "mali", "existing")]),
        # ... but the main verb after it is
        ("Italy, which had kept 300 soldiers in Niamey, withdrew them in March.",
         [("ITA", "niamey", "withdrawn")]),
    ],
)
def test_clause_boundaries(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "force" is a presence noun, but not in "by force" or "used force"
        ("The Kenyan-led force is deployed in Haiti.", [("KEN", "haiti", "existing")]),
        ("Britain's counter-terrorism force will now be concentrated around Gao, Menaka and "
         "Kidal.", [("GBR", "gao", "existing"), ("GBR", "menaka", "existing"),
                    ("GBR", "kidal", "existing")]),
        ("Police used force to disperse protesters in Nairobi.", []),
        # plural presence nouns ("garrisons")
        ("Italy keeps two garrisons in Lebanon.", [("ITA", "lebanon", "existing")]),
        # a named operation is its country's force
        ("Operation Barkhane kept its headquarters in Niamey.", [("FRA", "niamey", "existing")]),
        # "in the capital Bamako": a place described before its name; a "where" clause has
        # its own tense
        ("The troops would be redeployed to Mali, where France has a base in the capital "
         "Bamako.", [("FRA", "bamako", "existing")]),
        ("German troops are based in the western Polish town of Zagan.",
         [("DEU", "zagan", "existing")]),
    ],
)
def test_nouns_and_place_descriptions(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital naming a base ("the Kabul camp") is a place, not the government
        ("The Kabul camp is Turkey's largest facility abroad.", [("TUR", "kabul", "existing")]),
        ("The Niamey base is France's last in the Sahel.", [("FRA", "niamey", "existing")]),
        # who built a runway is not who is there
        ("The runway at Berbera was built by the Soviet Union.", []),
        # "the base" in a sentence about China is China's base, even after another one
        ("China opened a support base in Djibouti. The United States keeps 4,000 personnel at "
         "Camp Lemonnier. The Chinese defence ministry said the base would help escort "
         "missions.", [("CHN", "djibouti", "existing"), ("USA", "lemonnier", "existing")]),
        # a coordinated clause with its own operator and no place: the same place
        ("Russia has a naval base in Tartus, and Iran runs a smaller facility.",
         [("RUS", "tartus", "existing"), ("IRN", "tartus", "existing")]),
        ("France keeps a garrison in Djibouti, with about 1,450 troops, and Italy opened a "
         "small base in 2013.", [("FRA", "djibouti", "existing"), ("ITA", "djibouti", "existing")]),
        # ... but a place followed by its own verb starts a new clause, not a list item
        ("Russian troops stayed in Gao and Kidal, and Niger expelled the French.",
         [("RUS", "gao", "existing"), ("RUS", "kidal", "existing")]),
    ],
)
def test_compounds_builders_and_coordination(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the base strikes are flown from is where the aircraft are
        ("Turkey agreed in July to let U.S. aircraft fly strikes from Incirlik air base.",
         [("USA", "incirlik", "existing")]),
        ("Russian bombers flew missions over Syria from Hmeimim.",
         [("RUS", "hmeimim", "existing")]),
        ("Russian bombers struck Aleppo.", []),
        # aircraft named as kinds of weapons are presence nouns, not attacks
        ("Russia was considering stationing bombers in Venezuela.",
         [("RUS", "venezuela", "proposed")]),
        ("Russia has deployed combat jets and attack helicopters to Latakia.",
         [("RUS", "latakia", "existing")]),
        # a region restated by a base inside it adds nothing
        ("The United States plans to deploy bombers to an air base in northern Australia. "
         "The U.S. Air Force intends to build facilities at Tindal.",
         [("USA", "tindal", "proposed")]),
        ("U.S. troops are stationed in eastern Syria.", [("USA", "eastern syria", "existing")]),
    ],
)
def test_aircraft_and_regions(gaz, text, expected):
    check(gaz, text, expected)


def test_topic_counts_sentences_not_places(gaz):
    # a sentence listing three American sites does not outweigh a title and an opening
    text = ("---\ntitle: Germany opens a brigade in Lithuania\npublished: 2025-05-23\n---\n"
            "Germany opened an armoured brigade in Lithuania on Thursday.\n\n"
            "The United States keeps troops at Pabrade, Rukla and Siauliai.\n\n"
            "The ceremony drew crowds. Officials spoke of history. Bands played.\n\n"
            "The brigade, which has a headquarters in Vilnius, is due to grow.")
    claims = extract_article(parse_article(text, "t.md"), gaz)
    assert ("DEU", "Vilnius") in {(c.operator, c.place) for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police and civilian staff are not armed forces; military police are
        ("Chinese police advisers arrived in Honiara in January.", []),
        ("Russian military police are patrolling Manbij.", [("RUS", "manbij", "existing")]),
        # "returned home": the contingent left the place the story is about
        ("Australian troops have been based in Honiara since November. A New Zealand "
         "contingent that joined the mission in December returned home in March.",
         [("AUS", "honiara", "existing"), ("NZL", "honiara", "withdrawn")]),
        ("Irish soldiers are based in Naqoura. The Finnish contingent went home last year.",
         [("IRL", "naqoura", "existing"), ("FIN", "naqoura", "withdrawn")]),
        # "there" points to the main clause's place, not to one inside a "when" clause
        ("Australian troops have been stationed in Honiara since November, when riots hit the "
         "port of Nukualofa. Australia said it would keep its personnel there.",
         [("AUS", "honiara", "existing")]),
    ],
)
def test_civilians_homecomings_and_there(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated presence verb denies; "no longer" is a withdrawal
        ("U.S. troops will not be stationed in Manta.", [("USA", "manta", "denied")]),
        ("Chinese forces were never based at Ream.", [("CHN", "ream", "denied")]),
        ("Russian troops are no longer stationed in Kobani.", [("RUS", "kobani", "withdrawn")]),
        # a date range closes the presence of its whole clause
        ("Belgian troops guarded the airport at Kigali for UN peacekeeping patrols from 1993 "
         "until 1994.", [("BEL", "kigali", "withdrawn")]),
        # ... and a plan to return outweighs a presence that ended years ago
        ("Manta hosted a U.S. Air Force operating location for drug flights from 1999 until "
         "2009. Washington now wants a base at Manta.", [("USA", "manta", "proposed")]),
        # places named "as possible locations" for forces
        ("Officials named Berbera and Bosaso as possible locations for Turkish troops.",
         [("TUR", "berbera", "proposed"), ("TUR", "bosaso", "proposed")]),
    ],
)
def test_negations_dates_and_predicates(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base someone offered to set up in a country, with the operator from the context
        ("Turkey keeps troops in Qatar. Erdogan said he had offered to set up a similar base "
         "in Saudi Arabia.", [("TUR", "qatar", "existing"), ("TUR", "saudi arabia", "proposed")]),
        ("Turkey keeps troops in Qatar. A base in Saudi Arabia is unlikely.",
         [("TUR", "qatar", "existing")]),
        # where a journey began is not presence, nor is the country a purchase came from
        ("The jets landed after a 7,000 km journey from the Dassault Aviation facility at "
         "Merignac.", []),
        ("The frigates arrived after a voyage from the naval base at Toulon.", []),
        ("The Indian Air Force's new squadron, bought from France, will be based at Ambala.",
         [("IND", "ambala", "proposed")]),  # the host's own, flagged as such; a new unit's plan
    ],
)
def test_offers_journeys_and_sources(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "concentrated around" is a presence
        ("Belgian troops concentrated around Gao, Menaka and Kidal.",
         [("BEL", "gao", "existing"), ("BEL", "menaka", "existing"),
          ("BEL", "kidal", "existing")]),
        # a list item after "X province," and the status of the list's head
        ("The new French locations are a camp in Kidal, the airfield at Tessalit in Kidal "
         "province, and Aguelhok near the Algerian border.",
         [("FRA", "kidal", "proposed"), ("FRA", "tessalit", "proposed"),
          ("FRA", "aguelhok", "proposed")]),
        # "on <island>" only locates the base before it
        ("Japanese troops are based at Camp Lemonnier on the coast of Djibouti.",
         [("JPN", "lemonnier", "existing")]),
    ],
)
def test_lists_of_locations(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items named with their province keep the list going ("Fort X in Y, Z airport in W")
        ("U.S. forces already have access to Clark in Pampanga, Fort Kidal in Mali, Mopti "
         "airport in Mopti region, and Gao.",
         [("USA", "kidal", "existing"), ("USA", "mopti", "existing"), ("USA", "gao", "existing")]),
        ("Spanish troops left Gao in Mali, Agadez in Niger and Kidal.",
         [("ESP", "gao", "withdrawn"), ("ESP", "agadez", "withdrawn"),
          ("ESP", "kidal", "withdrawn")]),
    ],
)
def test_lists_of_located_items(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft that land carrying forces bring them there
        ("Two Russian air force planes landed at the main airport outside Caracas on Saturday "
         "carrying about 100 military personnel.", [("RUS", "caracas", "existing")]),
        ("Turkish planes landed at Misrata carrying 50 soldiers.",
         [("TUR", "misrata", "existing")]),
        ("Russian bombers landed at Caracas for a visit.", []),
        # patrolling a line that lies northwest of a town
        ("Russian military police are patrolling the line of contact between Syrian and "
         "Turkish troops to the northwest of Manbij.", [("RUS", "manbij", "existing")]),
        # "they" needs forces named before it
        ("The ministry did not say where the batteries would go. They could be positioned "
         "near Istanbul, Turkish media said.", []),
        ("Russian troops reached Tartus in May. They were based at the port.",
         [("RUS", "tartus", "existing")]),
    ],
)
def test_transport_patrols_and_pronouns(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # countries after "through"/"via", and those coordinated with them, are places
        ("India kept jets at Ayni. Without land access through Pakistan or Afghanistan, Ayni "
         "was always a stretch for India.", [("IND", "ayni", "existing")]),
        ("Supplies reach the French base in Gao via Niger and Algeria.",
         [("FRA", "gao", "existing")]),
        # a locative before a comma does not make the next subject a place
        ("In Iraq, U.S. troops are due to leave Ain al-Asad air base.",
         [("USA", "asad", "existing")]),
    ],
)
def test_transit_countries(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "will withdraw" / "will leave by": still there
        ("Japan's Self-Defense Forces will withdraw from their base in Djibouti next year.",
         [("JPN", "djibouti", "existing")]),
        ("French troops will leave Chad by January.", [("FRA", "chad", "existing")]),
        # "will be deployed to": a plan
        ("Egyptian troops will be deployed to Somalia next year, Cairo said.",
         [("EGY", "somalia", "proposed")]),
        # "formerly used by": over
        ("The base at Manas, formerly used by U.S. forces, is now a civilian airport.",
         [("USA", "manas", "withdrawn")]),
        ("Moscow's only outpost outside the former Soviet Union is at Tartus.",
         [("RUS", "tartus", "existing")]),
        # "but denied them": a denial of the reports in the clause before
        ("Officials said they were aware of reports that Chinese troops had been deployed to "
         "Cambodia, but denied them.", [("CHN", "cambodia", "denied")]),
        ("Reports said Chinese troops had been deployed to Cambodia, but officials said they "
         "would train there.", [("CHN", "cambodia", "existing")]),
    ],
)
def test_future_former_and_denied_reports(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its base" is there, unless it is being set up
        ("China is setting up its first overseas military base in Djibouti.",
         [("CHN", "djibouti", "proposed")]),
        ("Turkey is building its second base in Somalia near Mogadishu.",
         [("TUR", "mogadishu", "proposed")]),
        ("Russia may lose its base in Tartus.", [("RUS", "tartus", "existing")]),
    ],
)
def test_own_base_under_construction(gaz, text, expected):
    check(gaz, text, expected)


# --- Round 3: lists, tables, multinational formations, access -------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bullet item or a table row is a sentence of its own; a label that is the host
        # is a place, a label that is not is the operator
        ("Where the Americans are:\n- Kuwait | 13,000 | Camp Buehring\n"
         "- Jordan | 3,000 | Muwaffaq Salti Air Base\n",
         [("USA", "buehring", "existing"), ("USA", "muwaffaq", "existing")]),
        ("Peacekeepers by contributor:\n- Nepal: about 800 soldiers in Juba\n"
         "- Rwanda: about 2,600 soldiers in Malakal",
         [("NPL", "juba", "existing"), ("RWA", "malakal", "existing")]),
        ("Kuwait: the government said on Monday that talks would resume.", []),
    ],
)
def test_list_items_and_table_rows(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X-led battlegroup at Y": X at Y; allied or NATO forces name no state
        ("Poland hosts a British-led battlegroup at Orzysz this year.",
         [("GBR", "orzysz", "existing")]),
        ("The Dutch-led battle group at Rukla held a parade.", [("NLD", "rukla", "existing")]),
        ("Allied fighter jets have flown from Siauliai since 2004.", []),
        ("NATO troops patrolled near Zvecan on Monday.", []),
    ],
)
def test_battlegroups_and_allied_forces(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive host names an agreement or a leader, not its own forces
        ("The United States has a growing footprint in the north. Sweden's agreement lists a "
         "naval base at Karlskrona and an air base at Ronneby.",
         [("USA", "karlskrona", "existing"), ("USA", "ronneby", "existing")]),
        ("U.S. marines trained in Finland last winter. Finland's deal covers a border guard "
         "station at Ivalo.", [("USA", "ivalo", "existing")]),
        ("Finland's soldiers guard a border station at Ivalo.", []),
    ],
)
def test_possessive_host_is_not_its_forces(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list before a plural noun shares it; "will have access" is a plan
        ("Under the deal U.S. forces will have access to Karup and Aalborg air bases.",
         [("USA", "karup", "proposed"), ("USA", "aalborg", "proposed")]),
        ("British jets would use Rygge, Orland and Bodo air stations from May.",
         [("GBR", "rygge", "proposed"), ("GBR", "rland", "proposed"), ("GBR", "bodo", "proposed")]),
        ("Leaders met in Oslo and Bergen to discuss air bases.", []),
    ],
)
def test_lists_sharing_a_plural_noun_and_access(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "formerly <Name>" is a former name; "former <owner> camps" held by the same
        # country's other force are held, not left
        ("The U.S. still operates Pituffik Space Base, formerly Thule Air Base.",
         [("USA", "pituffik", "existing")]),
        ("Russia's Africa Corps now holds the former Wagner base at Tessalit.",
         [("RUS", "tessalit", "existing")]),
        ("Russian troops left the former Wagner base at Tessalit in May.",
         [("RUS", "tessalit", "withdrawn")]),
        ("French troops left the base at Gao, formerly used by the U.N., in 2022.",
         [("FRA", "gao", "withdrawn")]),
    ],
)
def test_former_names_and_former_owners(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table whose header names forces: each row's towns and sites are theirs
        ("Country | British troops | main sites\nBelize | about 300 | Ladyville\n"
         "Brunei | about 1,000 | Seria, Bandar Seri Begawan\n",
         [("GBR", "ladyville", "existing"), ("GBR", "seria", "existing"),
          ("GBR", "bandar seri begawan", "existing")]),
        ("Country | U.S. troops | base\nKuwait | 13,000 | Camp Buehring\nQatar | 10,000 | Doha\n",
         [("USA", "buehring", "existing"), ("USA", "doha", "existing")]),
        ("Country | exports | main port\nKuwait | oil | Shuwaikh\n", []),
    ],
)
def test_tables_whose_header_names_forces(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital listed with a town is a place; "X, home to the Y Fleet"; leaving a
        # possessor's airport; expired leases; "which they did"
        ("Russian troops are split between Bishkek and Osh.",
         [("RUS", "bishkek", "existing"), ("RUS", "osh", "existing")]),
        ("Washington and Tehran held talks on Monday about troops.", []),
        ("Novorossiysk aside, Tartus, home to the Black Sea Fleet's Mediterranean squadron, "
         "remains busy.", [("RUS", "tartus", "existing")]),
        ("Armenia asked Russian border guards to leave Yerevan's Zvartnots airport, which they "
         "did in July.", [("RUS", "zvartnots", "withdrawn")]),
        ("Russia's lease on the radar station at Gabala expired in 2012.",
         [("RUS", "gabala", "withdrawn")]),
    ],
)
def test_capitals_homes_and_ended_leases(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quotations, far reference points, former names, and a presence resumed
        ('"Japan has done too little," the U.S. envoy told troops at Kadena Air Base.',
         [("USA", "kadena", "existing")]),
        ("U.S. troops ran a radar station about 300 km north of Nuuk until 1991.", []),
        ("U.S. troops ran a radar station 10 km north of Kangerlussuaq until 1991.",
         [("USA", "kangerlussuaq", "withdrawn")]),
        ("Pituffik, known until 2023 as Thule Air Base, is the only U.S. base left on the island.",
         [("USA", "pituffik", "existing")]),
        ("The U.S. left Keflavik air station in 2006, but U.S. patrol aircraft have rotated "
         "through the airfield since 2016.", [("USA", "keflav", "existing")]),
        ("U.S. forces left Incirlik in 2003 and returned in 2015.",
         [("USA", "incirlik", "existing")]),
        ("U.S. forces left Incirlik in 2003 and returned home.", [("USA", "incirlik", "withdrawn")]),
    ],
)
def test_quotes_far_points_and_resumed_presence(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed force named as an organisation is an anchor itself; a ministry is not
        ("The Wagner Group sent 300 men to Kidal in 2022.", [("RUS", "kidal", "existing")]),
        ("The Black Sea Fleet is still headquartered in Sevastopol.",
         [("RUS", "sevastopol", "existing")]),
        ("The Pentagon said on Monday that talks in Doha had ended.", []),
        # a withdrawal of "them" after "but" ends the presence the clause before set up
        ("Wagner sent fighters to Sirte in 2020 but pulled them out a year later.",
         [("RUS", "sirte", "withdrawn")]),
    ],
)
def test_force_organisations_and_pronoun_withdrawals(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in towns such as A and B" continues the places of a presence verb
        ("About 900 Russian instructors are based in Bangui, at a camp outside the capital and "
         "in mining towns such as Bria and Bozoum.",
         [("RUS", "bangui", "existing"), ("RUS", "bria", "existing"), ("RUS", "bozoum", "existing")]),
        # "It" stands for the forces of the sentence before
        ("The Africa Corps reports to the defence ministry. It has deployed to Mali and Niger.",
         [("RUS", "mali", "existing"), ("RUS", "niger", "existing")]),
        ("The summit ended on Monday. It has moved to Mali and Niger.", []),
    ],
)
def test_towns_such_as_and_it(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later anchor with a foreign operator of its own takes the place after both
        ("Kenya's contingent handed its camp over in June, and Ugandan soldiers left Baidoa in "
         "April.", [("UGA", "baidoa", "withdrawn")]),
        ("Italian instructors have been training Somali commandos in Mogadishu since 2019.",
         [("ITA", "mogadishu", "existing")]),
        ("Norway sent a company of 200 soldiers to join the German-led battlegroup at Rukla.",
         [("NOR", "rukla", "existing"), ("DEU", "rukla", "existing")]),
    ],
)
def test_places_of_later_anchors(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is to be replaced by" plans a withdrawal (still there); the replacement is no
        # withdrawal
        ("The U.S. Marine air station at Futenma is to be replaced by a new runway being built "
         "at Henoko.",
         [("USA", "futenma", "existing"), ("USA", "henoko", "proposed")]),
        ("U.S. troops in Vicenza are due to be withdrawn next year.",
         [("USA", "vicenza", "existing")]),
        ("The French base at Gao was replaced by a Malian camp in 2022.",
         [("FRA", "gao", "withdrawn")]),
    ],
)
def test_replacements_and_planned_exits(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a missile-defence site is a presence; missiles delivered are a sale; a building
        # guarded is not a plan; a comma segment that is the forces' predicate links
        ("The U.S. Navy runs a missile defence site at Deveselu in Romania.",
         [("USA", "deveselu", "existing")]),
        ("The first Russian S-400 missile launchers were delivered to an air base near Ankara.",
         []),
        ("Turkish soldiers secured the municipal building in Zvecan on Monday.",
         [("TUR", "zvecan", "existing")]),
        ("Italian troops based at Camp Villaggio Italia, near Peja, were sent to guard the "
         "monastery in Decani.", [("ITA", "decani", "existing"), ("ITA", "peja", "existing")]),
        ("Egyptian military cargo planes landed in Mogadishu carrying ammunition.", []),
    ],
)
def test_missile_sites_deliveries_and_predicates(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker placed at a base is there; territories and multinational formations
        # operate nothing; more capitals stand for governments; an assault is no presence
        ('"We are short of fuel," a Kenyan officer at the Kismayo airport camp said.',
         [("KEN", "kismayo", "existing")]),
        ("The Falkland Islands garrison at Mount Pleasant Complex has 1,000 British troops.",
         [("GBR", "mount pleasant", "existing")]),
        ("The Franco-German Brigade keeps a battalion in Illkirch.", []),
        ("Tanzanian troops were sent to help Kinshasa fight the rebels.", []),
        ("Wagner fighters backed a failed assault on Tripoli in 2019.", []),
    ],
)
def test_speakers_territories_and_assaults(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recipient, or a place after a date or "after", is not what was left
        ("The U.S. air base at Kangerlussuaq was handed over to Greenland's government in 1992.",
         [("USA", "kangerlussuaq", "withdrawn")]),
        ("The Russian radar station near Gabala, once staffed by 1,200 Russian personnel, closed "
         "in 2012 after Baku raised the rent.", [("RUS", "gabala", "withdrawn")]),
        # "from a squadron based in X" is a base, not where the forces come from
        ("The RAF flies jets from a squadron based in Oman.", [("GBR", "oman", "existing")]),
        ("British soldiers from Oman arrived at Al Udeid Air Base.",
         [("GBR", "al udeid", "existing")]),
        # a plan resting only on "new hangars" does not outweigh a stated presence
        ("U.S. forces already use Rygge, and Washington paid for new hangars at Rygge.",
         [("USA", "rygge", "existing")]),
        # a far reference point is no anchor
        ("Camp Tuto, a U.S. base about 150 km east of Thule Air Base, was abandoned in 1966.", []),
    ],
)
def test_recipients_bases_and_reference_points(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "including a French contingent" after forces placed: the part shares their place
        ("The Canadian-led battlegroup at Adazi, about 1,500 troops, including a Spanish "
         "contingent, held drills.", [("CAN", "adazi", "existing"), ("ESP", "adazi", "existing")]),
        ("The British-led battlegroup at Tapa, with troops from 13 other allies, held drills.",
         [("GBR", "tapa", "existing")]),
        # a trainer is where it trains the host's forces
        ("Turkey, which trained Somali soldiers in Mogadishu until 2020, is now building a "
         "naval base.", [("TUR", "mogadishu", "withdrawn")]),
        ("Somali soldiers trained in Mogadishu on Monday.", []),
        # "It" for a weapon system moved away; "guarding X's airport"
        ("The U.S. Army's Typhon missile system arrived at Laoag in April. It was moved from "
         "Laoag in September.", [("USA", "laoag", "withdrawn")]),
        ("- Kenya: about 1,400 soldiers, guarding Kismayo's airport and seaport",
         [("KEN", "kismayo", "existing")]),
    ],
)
def test_parts_trainers_and_moved_systems(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X hosts N troops"; rotations; "sent to <country>"; "U.S. officials" is no place
        ("South Korea hosts about 28,500 U.S. troops.", [("USA", "south korea", "existing")]),
        ("Japan hosts around 54,000 American military personnel.", [("USA", "japan", "existing")]),
        ("About 2,500 U.S. Marines rotate through Darwin each year.",
         [("USA", "darwin", "existing")]),
        ("U.S. soldiers have rotated through Lithuania since 2014.",
         [("USA", "lithuania", "existing")]),
        ("North Korean troops have been sent to Russia.", [("PRK", "russia", "existing")]),
        ("Cuban military advisers are in Venezuela, U.S. officials said.",
         [("CUB", "venezuela", "existing")]),
        ("Supplies for U.S. troops transited through Pakistan.", []),
        ("Japan hosts an annual summit.", []),
    ],
)
def test_hosts_rotations_and_dispatches(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table or list whose header names forces: a row or item naming only its label
        # country puts them there; towns after the label are theirs
        ("Country | U.S. troops\nGermany | about 35,000\nJapan | about 55,000\n",
         [("USA", "germany", "existing"), ("USA", "japan", "existing")]),
        ("U.S. troops abroad, by country:\n- Bahrain: about 9,000\n- Kuwait: about 13,000 troops\n",
         [("USA", "bahrain", "existing"), ("USA", "kuwait", "existing")]),
        ("Where Russian forces are:\n- Armenia: Gyumri (until 2044)\n- Kyrgyzstan: Kant\n",
         [("RUS", "gyumri", "existing"), ("RUS", "kant", "existing")]),
        # a list opener without an operator leaves the labels as operators
        ("Troop contributors:\n- Kenya: about 1,400 soldiers\n- Uganda: 4,500 soldiers in Baidoa\n",
         [("UGA", "baidoa", "existing")]),
        # warships hosted at a port are based there
        ("Bahrain hosts four British minehunters in Manama.", [("GBR", "manama", "existing")]),
        ("Four British minehunters called at Manama.", []),
    ],
)
def test_lists_and_tables_of_countries(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # contributors to a multinational force in a country; occupation of a part of
        # one; a relative clause placing forces; "are to be deployed", "will host"
        ("About 1,000 Chadian troops are part of the U.N. force in Mali.",
         [("TCD", "mali", "existing")]),
        ("Egyptian troops will join the African Union force in Somalia next year.",
         [("EGY", "somalia", "proposed")]),
        ("Russian forces occupy about a fifth of Ukraine.", [("RUS", "ukraine", "existing")]),
        ("U.S. troops, who have been in Niger since 2013, remain there.",
         [("USA", "niger", "existing")]),
        ("British troops are to be deployed to Estonia next year.",
         [("GBR", "estonia", "proposed")]),
        ("Australia will host rotations of U.S. B-52 bombers at RAAF Base Tindal.",
         [("USA", "tindal", "proposed")]),
        ("France keeps a base in Djibouti and forces in Gabon.",
         [("FRA", "djibouti", "existing"), ("FRA", "gabon", "existing")]),
        ("Kenyan police officers are part of the U.N. mission in Haiti.", []),
    ],
)
def test_contributors_occupations_and_plans(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named training area or station is a base, not a group's forces
        ("U.S. troops will have access to the Rovajarvi training area near Rovaniemi.",
         [("USA", "rovaniemi", "proposed")]),
        ("British troops use the Otterburn-style Sennybridge training area near Brecon in Wales.",
         []),
        ("Houthi positions near Hodeidah were shelled.", []),
    ],
)
def test_named_training_areas(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with the place of the forces after it
        ("In Sudan, Russian private military contractors guard gold mines.",
         [("RUS", "sudan", "existing")]),
        ("In Iraq, U.S. troops also serve at Ain al-Asad air base.",
         [("USA", "ain al-asad", "existing")]),
        ("In Sudan, the army said troops had retaken the capital.", []),
    ],
)
def test_fronted_places(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym before the bases another country's forces use names their host; an access
        # grant ("gives ... access to") is an agreement not yet in force: proposed
        ("The deal gives U.S. troops access to 17 Swedish bases.", [("USA", "sweden", "proposed")]),
        ("U.S. forces would be allowed to use four more Philippine bases.",
         [("USA", "philippines", "proposed")]),
        ("Turkey wants Turkish bases in Syria.", [("TUR", "syria", "proposed")]),
        ("Swedish bases will be modernised next year.", []),
    ],
)
def test_demonyms_naming_hosts(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until 2018" in a relative clause dates that clause's presence only
        ("The UAE, which trained Somali troops in Mogadishu until 2018, is building an air strip "
         "near Bosaso.", [("ARE", "mogadishu", "withdrawn"), ("ARE", "bosaso", "proposed")]),
        ("Turkey, which kept troops in Mosul until 2019, still runs a base near Dohuk.",
         [("TUR", "mosul", "withdrawn"), ("TUR", "dohuk", "existing")]),
    ],
)
def test_dates_inside_relative_clauses(gaz, text, expected):
    check(gaz, text, expected)


# --- Round 4: status of exits under way, exemptions, destinations, reductions ------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exit under way, begun, or repeated every year leaves the forces there
        ("British troops are leaving Basra this week.", [("GBR", "basra", "existing")]),
        ("Russia's military police began withdrawing from Kobani on Monday.",
         [("RUS", "kobani", "existing")]),
        ("About 1,500 U.S. Marines arrive in Darwin each April and leave in October.",
         [("USA", "darwin", "existing")]),
        ("Russian troops left Kobani on Monday.", [("RUS", "kobani", "withdrawn")]),
        ("Emirati forces completed their withdrawal from Mukalla in January.",
         [("ARE", "mukalla", "withdrawn")]),
    ],
)
def test_exits_under_way(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a withdrawal does not cover, and where forces moved to, stay held
        ("The French pullout does not cover the naval base at Djibouti.",
         [("FRA", "djibouti", "existing")]),
        ("U.S. troops left Ain al-Asad air base and moved to Erbil.",
         [("USA", "ain al-asad", "withdrawn"), ("USA", "erbil", "existing")]),
        ("The French pullout covers the air base at Abeche.", [("FRA", "ab", "withdrawn")]),
    ],
)
def test_exemptions_and_destinations(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # keeping, cutting or trimming a presence is no plan for a new one; a date ahead of
        # the article is
        ("Iraq asked the U.S. to keep troops at Ain al-Asad air base.",
         [("USA", "ain al-asad", "existing")]),
        ("Germany plans to keep a garrison at Rukla.", [("DEU", "rukla", "existing")]),
        ("U.S. troops at Osan Air Base would be cut by half next year.",
         [("USA", "osan", "existing")]),
        ("Germany plans to build a garrison at Rukla.", [("DEU", "rukla", "proposed")]),
        ("A Swedish battalion will be stationed in Rovaniemi from 2026.",
         [("SWE", "rovaniemi", "proposed")]),
        ("A Swedish battalion has been stationed in Rovaniemi since 2019.",
         [("SWE", "rovaniemi", "existing")]),
    ],
)
def test_continuations_reductions_and_future_dates(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # operations suspended or a site mothballed end a presence; a reopening resumes it
        ("U.S. special forces suspended operations at al-Anad air base in 2015.",
         [("USA", "al anad", "withdrawn")]),
        ("The British army reopened its camp at Archers Post in Kenya last year.",
         [("GBR", "archers post", "existing")]),
        ("Russia mothballed its air base at Kant in 2020.", [("RUS", "kant", "withdrawn")]),
        # a presence stated outright outweighs a plan for the same place in the sentence
        ("U.S. bombers have flown from RAAF Base Tindal since 2022, and a U.S. maintenance "
         "detachment is due to arrive there next year.", [("USA", "tindal", "existing")]),
    ],
)
def test_suspensions_reopenings_and_stated_presence(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attribution: every agent of a base ("run jointly by A and B", "run by a joint A-B
        # force"), the lessee ("leased to"), the owner of a unit ("belonging to"), "of"
        ("The Kurecik radar station is run jointly by Turkey and the United States.",
         [("USA", "kürecik", "existing")]),
        ("The airstrip on Mayun is now run by a joint Saudi-Emirati force.",
         [("SAU", "mayun", "existing"), ("ARE", "mayun", "existing")]),
        ("The Sary Shagan testing range has been leased to Russia since 1996.",
         [("RUS", "sary", "existing")]),
        ("Helicopters belonging to the U.S. Army are stationed at Stefanovikeio.",
         [("USA", "stefanovikeio", "existing")]),
        ("Incirlik is home to a squadron of U.S. Air Force F-16 fighters.",
         [("USA", "incirlik", "existing")]),
        ("Tindal is home to a squadron of Royal Australian Air Force F-35 fighters.", []),
        ("The Kurecik radar station is run by Turkey.", []),
    ],
)
def test_attribution_verbs(gaz, text, expected):
    check(gaz, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym before a base that its own country hosts names the host, not the forces
        ("U.S. trainers rotate through a Taiwanese marine base on Kinmen.",
         [("USA", "kinmen", "existing")]),
        ("Russian troops moved into a Syrian base at Tiyas.", [("RUS", "tiyas", "existing")]),
        ("Sudan signed a deal on a Russian naval base at Port Sudan.",
         [("RUS", "port sudan", "proposed")]),
        # an aside between commas breaks no clause; a direction keeps a country a place
        ("Sweden, meanwhile, will station a battalion in Rovaniemi from 2026.",
         [("SWE", "rovaniemi", "proposed")]),
        ("Britain kept a base in Oman, but Turkey set up a camp in Doha.",
         [("GBR", "oman", "existing"), ("TUR", "doha", "existing")]),
        ("The jets flew from Satenas in western Sweden to the air base near Brasilia.", []),
        # "has no troops in X" denies a presence there
        ("Washington has no troops stationed in Kazakhstan.", [("USA", "kazakhstan", "denied")]),
        ("Britain has no troops in Australia.", [("GBR", "australia", "denied")]),
        ("Britain has 200 troops in Australia.", [("GBR", "australia", "existing")]),
    ],
)
def test_host_demonyms_asides_and_no_forces(gaz, text, expected):
    check(gaz, text, expected)


def test_output_does_not_depend_on_the_hash_seed():
    """Ties (two operators named as often) break by text order, not by set order."""
    folder = ROOT / "data" / "eval" / "holdout2" / "articles"
    runs = [
        subprocess.run([sys.executable, "-m", "geo", "extract", str(folder)], capture_output=True,
                       text=True, check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    ]
    assert runs[0].count("\n") > 50
    assert runs[0] == runs[1] == runs[2]
