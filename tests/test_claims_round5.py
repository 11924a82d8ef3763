"""Round 5: rules generalised from the study of the second held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

import os
import subprocess
import sys

import pytest

from geo.load import is_boilerplate

from .conftest import ROOT, claims_of


def pairs(claims):
    return sorted((c.operator, c.place) for c in claims)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("(Reporting by Harbour Times staff in Mombasa and Nairobi; Editing by Jo Marsh)", True),
        ("Reporting by the Lagos bureau.", True),
        ("Additional reporting by Sam Ode in Accra.", True),
        ("Reporters saw French troops at the base in Abidjan.", False),
    ],
)
def test_credit_lines_are_boilerplate(sentence, flagged):
    assert is_boilerplate(sentence) is flagged


def test_credit_line_cities_are_no_claims(gaz):
    text = ("Italian soldiers have been stationed at the airport in Misrata since 2016.\n\n"
            "(Reporting by Harbour Times staff in Tripoli, Rome and Tunis; Editing by Jo Marsh)\n")
    assert {c.place for c in claims_of(gaz, text)} <= {"Misrata", "Misrata International Airport"}


def test_topic_tie_does_not_depend_on_the_hash_seed(tmp_path):
    article = tmp_path / "2024-01-01-tie.md"
    article.write_text(
        "---\ntitle: Peacekeepers reinforce the north\n---\n"
        "Tensions rose on Monday after the vote.\n\n"
        "Polish soldiers are stationed in Zubin Potok. American troops are stationed in Gjilan.\n\n"
        "Local leaders met on Tuesday. Talks went on for hours. Nobody signed anything.\n\n"
        "Its headquarters is at a camp in Pristina.\n")
    outputs = set()
    for seed in ("1", "2", "3", "4", "5"):
        proc = subprocess.run([sys.executable, "-m", "geo", "extract", str(article)],
                              capture_output=True, text=True, timeout=120, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every country of a list after a locative is a place, not an operator
        ("A Dutch battalion is based in Poland. Parts of the battalion have also been deployed "
         "in Estonia, Latvia and Finland, officials said.",
         {("NLD", "Poland"), ("NLD", "Estonia"), ("NLD", "Latvia"), ("NLD", "Finland")}),
        ("Italian soldiers are stationed in Albania. The soldiers were later sent to "
         "Montenegro and North Macedonia.",
         {("ITA", "Albania"), ("ITA", "Montenegro"), ("ITA", "North Macedonia")}),
    ],
)
def test_forces_named_before_placed_in_a_list_of_countries(gaz, text, expected):
    assert {(c.operator, c.place) for c in claims_of(gaz, text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # passing through or leaving from a country is no presence there
        "A Dutch battalion is based in Poland. The battalion was flown out through Germany.",
        "A Dutch battalion is based in Poland. Most of the soldiers came from Belgium.",
    ],
)
def test_forces_named_before_passing_through_a_country(gaz, text):
    assert {(c.operator, c.place) for c in claims_of(gaz, text)} == {("NLD", "Poland")}


def test_in_a_fronted_country_the_next_country_still_acts(gaz):
    claims = claims_of(gaz, "In Iraq, Turkey keeps troops at a base near Bashiqa.")
    assert {c.operator for c in claims} == {"TUR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway, Denmark and the Netherlands command the battalions in Latvia, Poland and "
         "Romania respectively.",
         {("NOR", "Latvia"), ("DNK", "Poland"), ("NLD", "Romania")}),
        ("France and Italy keep troops in Niger and Lebanon respectively.",
         {("FRA", "Niger"), ("ITA", "Lebanon")}),
        # lists of unequal length are left as they are
        ("France and Italy keep troops in Niger, Chad and Lebanon respectively.",
         {(o, p) for o in ("FRA", "ITA") for p in ("Niger", "Chad", "Lebanon")}),
    ],
)
def test_respectively_pairs_operators_and_places(gaz, text, expected):
    assert {(c.operator, c.place) for c in claims_of(gaz, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece keeps about 950 troops in the south of Cyprus.", ("GRC", "region")),
        ("Chad has several hundred soldiers fighting in Mali against jihadist groups.",
         ("TCD", "country")),
        ("Egypt has about 2,000 troops serving in Sudan.", ("EGY", "country")),
        ("Russia keeps its largest foreign military base in Armenia.", ("RUS", "country")),
    ],
)
def test_country_level_forces_of_a_country_subject(gaz, text, expected):
    assert [(c.operator, c.precision) for c in claims_of(gaz, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russia warned that any foreign base in Armenia would be a threat.",
        "The talks in the north of Cyprus ended without a deal.",
    ],
)
def test_no_country_level_claim_without_named_forces(gaz, text):
    assert claims_of(gaz, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mission deployed in March with troops from Kenya, Ghana and Zambia. They have been "
         "confined to bases in and around Bangui since the rebels overran the area.",
         {("KEN", "Bangui"), ("GHA", "Bangui"), ("ZMB", "Bangui")}),
        # the claims of one place carry together, not those of another place
        ("Kenyan troops are based in Kismayo, and Ugandan and Burundian troops are stationed in "
         "Baidoa. The base there was attacked on Monday and they stayed at the camp.",
         {("KEN", "Kismayo"), ("UGA", "Baidoa"), ("BDI", "Baidoa")}),
    ],
)
def test_forces_of_several_operators_carry_together(gaz, text, expected):
    assert {(c.operator, c.place) for c in claims_of(gaz, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Mitrovica, further south, Austrian troops from KFOR put up barriers around the "
         "bridge on Monday.", ("AUT", "Mitrovica")),
        ("In Mitrovica, Austrian troops guard the bridge.", ("AUT", "Mitrovica")),
        ("In Fiji, the United States is building an over-the-horizon radar due to be completed "
         "in 2027.", ("USA", "Fiji")),
    ],
)
def test_a_fronted_place_frames_the_forces_after_it(gaz, text, expected):
    assert [(c.operator, c.place) for c in claims_of(gaz, text)] == [expected]


def test_a_fronted_capital_with_a_speaker_is_no_place(gaz):
    claims = claims_of(gaz, "In Paris, the defence minister said French troops would leave Mali.")
    assert [(c.operator, c.place) for c in claims] == [("FRA", "Mali")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kyrgyzstan evicted Russian forces from the Osh air base in 2009.", "withdrawn"),
        ("The Russian naval base at Tartus has been in Russian hands since 1971 and is still "
         "operating.", "existing"),
        ("Chad, which has thousands of soldiers in Niger, pulled some of them back towards its "
         "own border in March.", "existing"),
        ("Chad, which had soldiers in Niger, pulled them back towards its own border in March.",
         "withdrawn"),
        ("The relocation of the U.S. Marine air station at Iwakuni, agreed in 2006, is not "
         "complete.", "existing"),
    ],
)
def test_status_cues_round5(gaz, text, status):
    claims = claims_of(gaz, text)
    assert claims and {c.status for c in claims} == {status}, [
        (c.operator, c.place, c.status) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        'Hundreds of Russian "advisers", most of them private contractors, have guarded the '
        "presidential palace in Ndjamena since 2021.",
        "About 300 Russian instructors, many of them veterans of Syria, have trained recruits in "
        "Ndjamena since 2021.",
    ],
)
def test_an_aside_on_the_forces_does_not_break_the_link(gaz, text):
    assert [(c.operator, c.place) for c in claims_of(gaz, text)] == [("RUS", "Ndjamena")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March it opened a training base in Mogadishu, where Emirati officers are training "
         "Somali soldiers, and it has troops stationed at a base in Bahrain.",
         {("ARE", "Mogadishu"), ("ARE", "Bahrain")}),
        ("British instructors train Ukrainian recruits, and they are stationed at a camp in "
         "Poland.", {("GBR", "Poland")}),
    ],
)
def test_trainees_do_not_operate_a_later_anchor(gaz, text, expected):
    assert {(c.operator, c.place) for c in claims_of(gaz, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyrgyzstan expelled American forces from its Manas base in 2014, and Germany closed its "
         "air transport base at Termez in 2015.", ("DEU", "Termez")),
        # without a new clause the first subject keeps the possessive
        ("France said its troops would stay in Chad.", ("FRA", "Chad")),
    ],
)
def test_a_possessive_belongs_to_the_subject_of_its_own_clause(gaz, text, expected):
    assert expected in {(c.operator, c.place) for c in claims_of(gaz, text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The headquarters of U.S. forces in Japan is gradually moving from Tokyo to the "
         "sprawling new Camp Zama, south of the capital.", "existing"),
        ("The United States will build a new base at Camp Lemonnier.", "proposed"),
    ],
)
def test_new_before_a_named_camp_is_no_plan(gaz, text, status):
    claims = [c for c in claims_of(gaz, text) if c.precision == "site"]
    assert [c.status for c in claims] == [status]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host's bases opened to another country's forces are in the host, and theirs
        ("Latvia signed an agreement opening 9 Latvian bases and training areas to American "
         "troops.", ("USA", "Latvia", "proposed")),
        ("It gives U.S. forces access to 12 Estonian military areas, from a naval base to "
         "airfields.", ("USA", "Estonia", "proposed")),
        ("The pact gives British forces access to the port of Duqm.", ("GBR", "Duqm", "proposed")),
    ],
)
def test_access_to_a_hosts_bases(gaz, text, expected):
    got = [(c.operator, c.place.split()[0], c.status) for c in claims_of(gaz, text)]
    assert got == [expected]


def test_a_base_handed_to_the_hosts_officials_has_no_recipient_operator(gaz):
    claims = claims_of(gaz, "The French army handed its Niamey air base to Nigerien authorities "
                            "in December.")
    assert [(c.operator, c.status) for c in claims] == [("FRA", "withdrawn")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada leads the NATO battlegroup based at Adazi in Latvia, where Canadian soldiers "
         "serve alongside a Spanish company.", {"CAN"}),
        ("Germany commands the multinational brigade stationed at Rukla in Lithuania.", {"DEU"}),
        ("NATO troops are based at Adazi in Latvia.", set()),
    ],
)
def test_the_subject_leads_a_multinational_unit(gaz, text, expected):
    assert expected <= {c.operator for c in claims_of(gaz, text)}
    if not expected:
        assert claims_of(gaz, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's air base at Kant, about 20 km (12 miles) east of Bishkek, hosts attack jets.",
         {("RUS", "Kant")}),
        ("The American base at Manas, about 25 km north of Bishkek, closed in 2014.",
         {("USA", "Manas")}),
    ],
)
def test_a_distance_reference_is_no_second_place(gaz, text, expected):
    assert {(c.operator, c.place.split()[0]) for c in claims_of(gaz, text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government said it was ready to send a fact-finding mission to Bamako next week.",
        "France will send a trade mission to Hanoi in May.",
    ],
)
def test_civilian_missions_are_no_forces(gaz, text):
    assert claims_of(gaz, text) == []


def test_a_so_called_label_is_no_denial(gaz):
    text = ("President Lai confirmed that American troops are in Taiwan to train its army. "
            '"There is no so-called U.S. garrison in Taiwan," a spokesman said.')
    assert [(c.operator, c.status) for c in claims_of(gaz, text)] == [("USA", "existing")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was the first public mention of a U.S. military presence on the island since "
         "Washington switched recognition to Beijing in 1979.", set()),
        ("French troops have been stationed in Niamey since January.", {("FRA", "Niamey")}),
        ("The troops stayed in Kidal after France handed Timbuktu to the army.", {("FRA", "Kidal")}),
    ],
)
def test_a_clause_with_its_own_subject_breaks_the_link(gaz, text, expected):
    assert {(c.operator, c.place) for c in claims_of(gaz, text)} == expected


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        # a country named with the place outweighs the article's other countries
        ("Navy destroyers are based at Rota in southern Spain. Germany hosts Ramstein and "
         "Grafenwoehr near Berlin, and Stuttgart.", "Rota", "ESP"),
        ("The destroyers are based at the Spanish port of Rota, and a command centre sits at "
         "Ramstein air base in Germany, near Stuttgart and Berlin.", "Rota", "ESP"),
        # a later bare mention of the same name keeps that reading
        ("Destroyers are based at Rota in southern Spain. Germany hosts Ramstein, near "
         "Stuttgart and Berlin. Two more destroyers will go to Rota.", "Rota", "ESP"),
        # the country that labels a table row places its towns
        ("Country | U.S. troops | main sites\nGermany | about 35,000 | Ramstein, Stuttgart\n"
         "Spain | about 3,800 | Rota, Moron\n", "Rota", "ESP"),
    ],
)
def test_a_place_named_with_its_country(gaz, text, name, iso3):
    from geo.toponyms import find_toponyms

    found = [t.iso3 for t in find_toponyms(text, gaz) if t.name == name]
    assert found and set(found) == {iso3}


@pytest.mark.parametrize(
    "text",
    [
        "U.S. troops were sent to Qatar. Trump defended the deployment by pointing to Doha's "
        "willingness to pay for it.",
        "French soldiers are based in Niger. Paris cited Niamey's refusal to renew the deal.",
    ],
)
def test_a_capitals_willingness_is_its_government(gaz, text):
    assert not {c.place for c in claims_of(gaz, text)} & {"Doha", "Niamey"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ('Under the pact, U.S. troops will have "unimpeded access" to the airport in Lae.',
         "proposed"),
        ("Under the pact, U.S. troops will have no access to the airport in Lae.", "denied"),
    ],
)
def test_a_quoted_access_phrase_is_still_an_access_grant(gaz, text, status):
    assert [(c.operator, c.status) for c in claims_of(gaz, text)] == [("USA", status)]


def test_forces_in_a_list_item_labelled_with_their_host(gaz):
    text = ("Where the contractors operate:\n\n"
            "- Libya: Russian troops are based at the al-Jufra air base.\n\n"
            "- Niger: Several hundred fighters moved to Niger after the coup.\n\n"
            "- Chad: Officials met in N'Djamena.\n")
    got = {(c.operator, c.place) for c in claims_of(gaz, text)}
    assert ("RUS", "Niger") in got
    assert not any(place == "Chad" for _, place in got)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lae Nadzab Airport", ["Nadzab", "Lae Nadzab"]),  # "Lae" alone is too frequent a word
        ("Gong Kedak Airport", ["Kedak", "Gong Kedak"]),  # and "Gong" is not a person's name
        ("Trondheim Airport Vaernes", ["Vaernes"]),
        ("Southern Helicopters Airport", []),  # common words name no place
        ("Orban Airport", []),  # a person's name
        ("Sabre Army Air Field", []),
        ("Aeropuerto Internacional de la Ciudad de Panama Tocumen", []),  # too many words
    ],
)
def test_bare_airfield_names(name, expected):
    from geo._sources import _bare_airfield

    assert _bare_airfield(name) == expected


def test_an_airfield_by_its_bare_name(gaz):
    from geo.toponyms import find_toponyms

    text = "U.S. Marines have trained at Vaernes, east of Trondheim, since 2017."
    found = {t.name: t for t in find_toponyms(text, gaz)}
    assert "Vaernes" in found and found["Vaernes"].iso3 == "NOR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a destination is no landmark of the site the forces leave
        ("American jets now at Spangdahlem air base will be relocated to Aviano air base in "
         "northern Italy.", {("USA", "Spangdahlem"), ("USA", "Aviano")}),
        # a landmark still locates the site before it
        ("French troops are stationed at the Port-Bouet camp, near Abidjan.", {("FRA", "Port-Bouët")}),
    ],
)
def test_a_destination_site_is_no_landmark(gaz, text, expected):
    assert {(c.operator, c.place.split()[0]) for c in claims_of(gaz, text)} == expected


@pytest.mark.parametrize("text", ["Officials in the Reykjanes peninsula welcomed the news.",
                                  "Fishermen on the Nadzab river saw the aircraft."])
def test_a_landform_named_like_an_airfield_is_no_airfield(gaz, text):
    from geo.toponyms import find_toponyms

    assert not [t for t in find_toponyms(text, gaz) if t.kind == "site"]


def test_forces_serving_alongside_others_are_where_those_are(gaz):
    text = ("Lithuania hosts a battlegroup led by Germany, whose soldiers train at Rukla. The "
            "German contingent includes tanks, and Dutch and Norwegian troops serve alongside it.")
    got = {(c.operator, c.place.split()[0]) for c in claims_of(gaz, text)}
    assert {("NLD", "Rukla"), ("NOR", "Rukla")} <= got


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("The U.S. Navy may pre-position equipment at Ramsund naval station in the north.", "NOR"),
        ("Engineers from the U.S. Army dug Camp Century into the ice sheet in 1959.", "GRL"),
        ("Australian sailors rotate through the Lombrum naval base on Manus.", "PNG"),
    ],
)
def test_curated_sites_shared_across_corpora(gaz, text, iso3):
    claims = claims_of(gaz, text)
    assert [(c.precision, c.host) for c in claims] == [("site", iso3)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # background history does not decide the present status
        ("Under the pact, American troops will have access to the naval base at Subic Bay. The bay "
         "was a huge American naval base during the Cold War, and Subic Bay is busy again.",
         "proposed"),
        # but the claim stays when the article says nothing else of the place
        ("Subic Bay was a huge American naval base during the Cold War.", None),
    ],
)
def test_a_base_of_a_past_era_is_background(gaz, text, status):
    claims = [c for c in claims_of(gaz, text) if c.operator == "USA"]
    assert claims
    if status is not None:
        assert {c.status for c in claims} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 300 U.S. troops are deploying to Garoua. The government has also had to pay for a "
         "campaign that involves several thousand troops in the Far North.", {("USA", "Garoua")}),
        # a named operator still holds in such a sentence
        ("About 300 U.S. troops are deploying to Garoua. The army said French troops are based in "
         "Maroua.", {("USA", "Garoua"), ("FRA", "Maroua")}),
    ],
)
def test_troops_of_the_hosts_government_take_no_carried_operator(gaz, text, expected):
    assert {(c.operator, c.place) for c in claims_of(gaz, text)} == expected


def test_a_table_row_labelled_with_a_country_whose_base_lies_elsewhere(gaz):
    text = ("The table lists the air detachments at foreign bases.\n\n"
            "| Country | Jets | Base |\n| --- | --- | --- |\n"
            "| Sweden | 8 Gripens | Sigonella, Sicily |\n"
            "| Portugal | 4 F-16s | Souda Bay, Crete |\n"
            "| Greece | 10 Mirages | Souda Bay, Crete |\n")
    found = {(c.operator, c.place) for c in claims_of(gaz, text)}
    assert ("SWE", "Naval Air Station Sigonella") in found
    assert ("PRT", "Naval Support Activity Souda Bay") in found
    assert not any(op == "GRC" for op, _ in found)  # a host's own row is no foreign presence
    assert not any(op == "SWE" and "Souda" in place for op, place in found)
