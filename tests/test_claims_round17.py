"""Round 17: rules generalised from the study of the held-out sets of the eleventh stop.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, status_at


@pytest.mark.parametrize("text", [
    "Sri Lanka has asked India to allow its navy to use a fuel jetty at Trincomalee.\n",
    "India said the new accord gives its warships access to the harbour at Trincomalee.\n",
    "India said Colombo may let its patrol aircraft use the airfield at Trincomalee.\n",
])
def test_a_possessive_in_a_grant_of_use_names_forces_not_their_base(gaz, text):
    assert status_at(gaz, text, "IND", "Trincomalee") == "proposed"


def test_a_possessive_base_without_a_grant_of_use_stays_existing(gaz):
    text = "India keeps its naval base at Trincomalee, which may host more ships next year.\n"
    assert status_at(gaz, text, "IND", "Trincomalee") == "existing"


def test_forces_moved_from_a_country_are_not_that_countrys(gaz):
    text = ("Moscow has moved weapons and personnel from Syria to Libya in recent weeks, the "
            "sources said. The possible new sites were the airfield at Ghadames and the port of "
            "Zuwara.\n")
    claims = claims_of(gaz, text)
    assert {c.operator for c in claims if c.place in ("Ghadames", "Zuwara")} == {"RUS"}
    assert "SYR" not in {c.operator for c in claims}


def test_not_agreeing_to_a_presence_denies_it(gaz):
    text = "Libya's eastern command said it had not agreed to any Egyptian presence at Tobruk.\n"
    assert status_at(gaz, text, "EGY", "Tobruk") == "denied"


@pytest.mark.parametrize("adjective", ["landlocked", "federal", "war-torn"])
def test_a_country_after_a_place_adjective_is_a_place_not_an_operator(gaz, adjective):
    text = (f"About 400 French soldiers who left bases in {adjective} Mali last year have been "
            "moved to Camp Kossei in N'Djamena, officials said.\n")
    assert {c.operator for c in claims_of(gaz, text)} == {"FRA"}


def test_the_base_that_hosts_a_named_site_is_that_site(gaz):
    text = ("Italian soldiers train at Camp Lemonnier in Djibouti. Last year French troops handed "
            "over Camp Kossei in Chad. Japanese sailors also operate from the base that hosts "
            "Camp Lemonnier.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "JPN"}
    assert places == {"Camp Lemonnier"}


def test_a_town_that_locates_a_base_named_after_a_town_is_no_claim(gaz):
    text = "Russian troops could be based at the Bayda air base near the eastern town of Shahhat.\n"
    assert {c.place for c in claims_of(gaz, text)} == {"Bayda"}


@pytest.mark.parametrize("text", [
    "Eastern Libya's armed forces on Monday denied a report that Egyptian troops had moved into "
    "an air base in the south of the country.\n",
    "Eastern Libya's Libyan National Army (LNA) on Monday denied a report that Egyptian troops had "
    "moved into an air base in the south of the country.\n",
])
def test_forces_that_deny_a_report_are_its_speaker_not_a_presence(gaz, text):
    assert [c for c in claims_of(gaz, text) if c.place == "Eastern Libya"] == []


def test_officers_at_a_base_who_speak_keep_the_base(gaz):
    text = ("American advisers work from the Kisik base, an Iraqi army camp west of Mosul, Iraqi "
            "officers at the base said.\n")
    assert "USA" in {c.operator for c in claims_of(gaz, text)}


# Round 18 (holdout22)

def test_a_coordinated_clause_with_its_own_forces_keeps_its_relative_clause(gaz):
    text = ("Tonga's contingent handed over its post at Munda on Tuesday, and Fiji's soldiers, who "
            "had been stationed at Seghe, withdrew in March.\n")
    pairs = {(c.operator, c.place) for c in claims_of(gaz, text)}
    assert ("TON", "Seghe") not in pairs


def test_where_a_base_lies_is_no_claim_of_its_own(gaz):
    text = ("Chinese engineers could be stationed at the disused Lalmonirhat airfield, officials "
            "said. The airfield lies about 15 km from the border and not far from Rangpur.\n")
    assert "Rangpur" not in {c.place for c in claims_of(gaz, text)}


def test_a_team_replaced_every_few_months_rotates(gaz):
    text = ("Under the plan, a smaller team of US Marines would remain at the airport in Basco and "
            "be replaced every few months.\n")
    assert status_at(gaz, text, "USA", "Basco") != "withdrawn"


@pytest.mark.parametrize("text", [
    "American troops could use two bases under an accord that is awaiting ratification in Manila.\n",
    "American troops could use two bases in Luzon, diplomats at the talks in Manila said.\n",
])
def test_the_venue_of_an_event_is_no_place_of_presence(gaz, text):
    assert "Manila" not in {c.place for c in claims_of(gaz, text)}


def test_a_list_item_label_is_the_place_of_its_forces(gaz):
    text = ("Foreign forces in the islands:\n\n- Betio, Kiribati: two Australian naval advisers "
            "are posted at the port to help the police.\n")
    assert status_at(gaz, text, "AUS", "Betio") == "existing"


def test_forces_based_somewhere_for_years_building_roads_are_there(gaz):
    text = ("A US Navy construction team of 15 sailors has been based in Koror for years, "
            "building roads and schools.\n")
    assert status_at(gaz, text, "USA", "Koror") == "existing"


def test_a_country_across_a_border_is_neither_operator_nor_place(gaz):
    text = ("US troops could be sent to a Paraguayan army camp outside Salto del Guaira, on the "
            "border with Brazil, and to the navy's river base in Concepcion.\n")
    claims = claims_of(gaz, text)
    assert "BRA" not in {c.operator for c in claims}
    assert "USA" in {c.operator for c in claims if "Concepci" in c.place}


def test_a_river_named_like_a_division_is_no_place(gaz):
    text = "A small US Army team that supported patrols on the Caqueta withdrew from Leticia.\n"
    assert "Caqueta" not in {c.place for c in claims_of(gaz, text)}


def test_an_answer_opens_with_the_subject_of_the_next_pronoun(gaz):
    text = ("Indian troops could be based at Mahajanga, officials said.\n\nQ: What about France?\n\n"
            "A: France is the main military power in the region. It keeps a small naval detachment "
            "in Moroni.\n")
    assert {c.operator for c in claims_of(gaz, text) if c.place == "Moroni"} == {"FRA"}


@pytest.mark.parametrize(("text", "found"), [
    ("China has proposed stationing a small naval logistics team at Savusavu.\n", True),
    ("A Chinese football team played a friendly match in Savusavu.\n", False),
])
def test_a_team_is_a_force_only_with_a_military_word(gaz, text, found):
    assert bool(claims_of(gaz, text)) is found


@pytest.mark.parametrize(("text", "status"), [
    ("A team of Chinese technicians will be based at the naval base in Ormara.\n", "proposed"),
    ("Spanish army engineers will be based in Ormara, officials said.\n", "proposed"),
    ("The soldiers will be based in Ormara, officials said.\n", "existing"),
])
def test_will_be_based_is_a_plan_unless_the_forces_were_told_of_before(gaz, text, status):
    ops = {"Chinese": "CHN", "Spanish": "ESP"}
    op = next((v for k, v in ops.items() if k in text), "")
    if not op:
        text = "Spanish troops landed in Pakistan on Monday. " + text
        op = "ESP"
    assert status_at(gaz, text, op, "Ormara") == status


# Review of rounds 17 and 18: counter-examples the first versions got wrong

@pytest.mark.parametrize(("text", "operator", "place", "status"), [
    ("German troops said on Tuesday they would stay in Gao until May.\n", "DEU", "Gao", "existing"),
    ("The French army said on Friday it had completed its withdrawal from Gao.\n", "FRA", "Gao",
     "withdrawn"),
    ("Russian troops quoted by state media said they were withdrawing from Kherson.\n", "RUS",
     "Kherson", "withdrawn"),
    ("Kenyan soldiers told residents of Kismayo to stay indoors after the attack.\n", "KEN",
     "Kismayo", "existing"),
    ("About 150 German soldiers landed on Monday and will be based in Gao.\n", "DEU", "Gao",
     "existing"),
    ("The government said 500 French troops will be based in Chad from next year.\n", "FRA", "Chad",
     "proposed"),
    ("The last British soldiers on rotation in Estonia left Tapa in 2023.\n", "GBR", "Tapa",
     "withdrawn"),
    ("The Dutch F-35 detachment, replaced every four months, left Malbork air base in December.\n",
     "NLD", "Malbork Air Base", "withdrawn"),
    ("The Chinese base lies on the coast west of the port of Djibouti.\n", "CHN", "Djibouti",
     "existing"),
    ("French troops held a handover ceremony in Gao before leaving the city.\n", "FRA", "Gao",
     "withdrawn"),
    ("The accord, signed in 2014, gives America's forces access to Basa Air Base, which they have "
     "used ever since.\n", "USA", "Basa Air Base", "existing"),
])
def test_review_counter_examples(gaz, text, operator, place, status):
    assert status_at(gaz, text, operator, place) == status


@pytest.mark.parametrize("text", [
    "The former president's defence team argued in a court in Dakar that French troops had no "
    "right to stay.\n",
    "Ken Jones, a spokesman for US forces, said 300 soldiers were stationed at Camp Arifjan.\n",
])
def test_review_counter_examples_without_a_false_claim(gaz, text):
    assert all(c.place in ("Camp Arifjan",) for c in claims_of(gaz, text))


def test_not_agreeing_to_extend_a_lease_denies_nothing(gaz):
    text = ("Kyrgyzstan said it had not agreed to extend the lease of the US air base at Manas, and "
            "American forces left in 2014.\n")
    assert status_at(gaz, text, "USA", "Manas") != "denied"


# Round 19 (holdout23)

def test_a_second_locative_of_the_same_verb_after_a_comma(gaz):
    text = ("The advisers, Iranian officers, are based on the Jabal Hass hills, about 20 km south "
            "of Aleppo, and in the town of Tal Rifaat, north of the city.\n")
    assert "IRN" in {c.operator for c in claims_of(gaz, text) if "Rif" in c.place}


def test_the_capital_is_the_capital_of_the_country_just_named(gaz):
    text = ("Turkish drones could be based at Gharyan in Libya, officials said. Ankara's officers "
            "also train local units at a camp in the capital.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "TUR"}
    assert "Tripoli" in places and "Gharyan" in places


def test_countries_across_a_border_list_are_no_places(gaz):
    text = "Nalut, a town near the borders with Algeria and Tunisia, hosts a small Libyan army garrison.\n"
    assert {c.place for c in claims_of(gaz, text)} <= {"Nalut"}


@pytest.mark.parametrize(("text", "found"), [
    ("Tehran wants a team of Iranian drone technicians to be stationed at the airport in Kassala "
     "in eastern Sudan.\n", True),
    ("Chinese technicians maintain the cranes at the port of Kassala.\n", False),
])
def test_technicians_are_forces_only_when_stationed(gaz, text, found):
    assert bool(claims_of(gaz, text)) is found



@pytest.mark.parametrize(("text", "operator", "place", "status"), [
    ("France is considering keeping 700 troops in Lebanon after the UN peacekeeping force "
     "leaves.\n", "FRA", "Lebanon", "proposed"),
    ("French troops will stay in Gao until the Germans leave.\n", "FRA", "Gao", "existing"),
    ("Russian troops kept a listening station at Lourdes in Cuba until Russia closed it in 2001.\n",
     "RUS", "Lourdes", "withdrawn"),
    ("French special forces had been stationed at Kamboinsin until Burkina Faso expelled them in "
     "2023.\n", "FRA", "Kamboinsin", "withdrawn"),
])
def test_another_forces_departure_in_a_time_clause_is_not_the_operators(gaz, text, operator, place,
                                                                         status):
    assert status_at(gaz, text, operator, place) == status


def test_trainees_coordinated_with_another_noun_train_abroad(gaz):
    text = "Jordanian pilots and mechanics trained on the helicopters in Texas over the winter.\n"
    assert claims_of(gaz, text) == []


def test_a_village_the_gazetteer_lacks_is_placed_by_the_town_near_it(gaz):
    text = ("Israeli troops have withdrawn from a position outside the village of Kodana, about 10 km "
            "south of Quneitra, residents said.\n")
    assert status_at(gaz, text, "ISR", "Kodana") == "withdrawn"  # named, at the point 10 km south
    (claim,) = [c for c in claims_of(gaz, text) if c.operator == "ISR"]
    assert 32.95 < claim.lat < 33.08  # Quneitra is at 33.13 N


def test_a_strip_between_two_towns_is_one_area(gaz):
    text = "Turkish troops hold a strip of land between Tal Abyad and Ras al-Ain in Syria.\n"
    claims = claims_of(gaz, text)
    assert [c.place for c in claims] == ["between Tal Abyad and Ras al-Ain"]
    assert claims[0].precision == "region"


# Round 20 (holdout24)

def test_forces_training_during_an_exercise_are_not_based_there(gaz):
    text = "American and Ghanaian special forces trained together near Tamale during an exercise.\n"
    assert claims_of(gaz, text) == []


def test_a_second_team_after_forces_named_before_is_a_force(gaz):
    text = ("The United States is in talks about basing a small team of American personnel in "
            "northern Ghana. A second, smaller team could set up a site near Wa.\n")
    assert status_at(gaz, text, "USA", "Wa") == "proposed"


def test_the_country_one_is_in_talks_with_is_not_the_subjects_forces(gaz):
    text = ("The United States is in talks with Ghana about basing drones and a small team of "
            "American personnel in the north of the country.\nThe drones and their ground crews "
            "would be stationed at the air force base in Tamale.\n")
    assert status_at(gaz, text, "USA", "Tamale") == "proposed"



def test_a_missions_own_base_is_no_states_and_its_reinforcements_are(gaz):
    text = ("Ugandan troops have taken up positions in Juba.\nThe UN mission, UNMISS, has reinforced "
            "its base in Bor, the capital of Jonglei state, with a company of Nepalese peacekeepers.\n")
    at_bor = {c.operator for c in claims_of(gaz, text) if c.place == "Bor"}
    assert at_bor == {"NPL"}


def test_a_common_adjective_opening_a_sentence_is_no_region(gaz):
    text = "Maritime patrol aircraft from Japan could rotate through Wewak, officials said.\n"
    assert "Maritime" not in {c.place for c in claims_of(gaz, text)}


# Review of rounds 19 and 20: counter-examples the first versions got wrong

@pytest.mark.parametrize(("text", "operator", "place", "status"), [
    ("Months after Niger's junta ordered French forces out, US troops withdrew from the drone base "
     "in Agadez, Niger.\n", "USA", "Agadez", "withdrawn"),
    ("When the Chadian army took over the camp, French soldiers left the base in Abeche, Chad.\n",
     "FRA", "Abeche", "withdrawn"),
    ("The EU mission in Mali said its base in Koulikoro was reinforced with Spanish troops.\n", "ESP",
     "Koulikoro", "existing"),
    ("Chinese troops arrived in Serbia during a visit by President Xi.\n", "CHN", "Serbia",
     "existing"),
    # (the town measured from Quneitra, in Syria: no longer Israel's homonym, so "southern
    # Syria" only locates it)
    ("Israeli troops are stationed in Hader, about 8 km north of Quneitra, in southern Syria.\n",
     "ISR", "north of Quneitra", "existing"),
])
def test_review_counter_examples_rounds_19_20(gaz, text, operator, place, status):
    assert status_at(gaz, text, operator, place) == status


@pytest.mark.parametrize("text", [
    "French troops are based in Gao, in northern Mali, and in the town of Menaka, jihadists killed 20 "
    "civilians on Sunday.\n",
    "Chinese engineers based in Gwadar, Pakistan, are building a new terminal at the port.\n",
    "Some 80 Cuban doctors and engineers are based in Venezuela.\n",
    "A second, smaller team of Chinese medical workers arrived in Juba, South Sudan.\n",
    "Chinese telecoms firm Huawei built a communications site in the Solomon Islands capital Honiara.\n",
])
def test_review_counter_examples_without_a_false_claim_rounds_19_20(gaz, text):
    assert all(c.place == "Gao" for c in claims_of(gaz, text))


def test_a_fronted_time_clause_does_not_own_the_main_clauses_pronoun(gaz):
    text = "After Turkey objected, the United States withdrew its troops from Manbij, Syria.\n"
    assert status_at(gaz, text, "USA", "Manbij") == "withdrawn"
    assert "TUR" not in {c.operator for c in claims_of(gaz, text)}
