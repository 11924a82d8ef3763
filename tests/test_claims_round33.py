"""Round 33: rules generalised from the study of the held-out sets of the fourteenth stop.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of, status_at


@pytest.mark.parametrize("gap", ["on the coast east of", "along the coastal road east of",
                                 "east of"])
def test_a_town_placed_by_a_direction_from_another_keeps_the_claim(gaz, gap):
    text = (f"Egyptian troops have set up a camp outside Bin Jawad, {gap} Sirte, two "
            "officials said.\n")
    assert {c.place for c in claims_of(gaz, text) if c.operator == "EGY"} == {"Bin Jawad"}


@pytest.mark.parametrize(("text", "kept"), [
    ("Kenyan officers have also been sent to Turkey for training on drones.\n", False),
    ("Malian cadets were sent to Russia for courses.\n", False),
    ("Russian instructors were sent to Libya for training courses.\n", True),
])
def test_officers_sent_abroad_for_training_are_trainees(gaz, text, kept):
    host = {"Kenyan": "TUR", "Malian": "RUS", "Russian": "LBY"}[text.split()[0]]
    operators = {c.operator for c in claims_of(gaz, text)}
    assert (bool(operators) and host not in operators) is kept


@pytest.mark.parametrize("text", [
    "A squadron of Bayraktar TB2 and Akinci drones could be based near Jabrayil.\n",
    "The battalion brought Pantsir systems and Iskander missiles to the base.\n",
])
def test_a_place_name_before_a_weapon_noun_is_the_weapon(gaz, text):
    names = {t.name for t in find_toponyms(text, gaz)}
    assert not names & {"Akinci", "Pantsir", "Iskander"}


def test_a_place_name_before_a_base_word_is_still_a_place(gaz):
    names = {t.name for t in find_toponyms("Jets flew from the Akinci air base.\n", gaz)}
    assert names & {"Akinci", "Akinci air base"}


@pytest.mark.parametrize("spelling", ["Gubadli", "Qubadli"])
def test_azerbaijani_q_is_read_as_g(gaz, spelling):
    text = (f"Turkish instructors could be based at a camp outside the town of {spelling}, "
            "Azerbaijani officials said.\n")
    claims = [c for c in claims_of(gaz, text) if c.operator == "TUR"]
    assert [c.place for c in claims] == [spelling]
    assert claims[0].lat == pytest.approx(39.34, abs=0.05)


def test_the_azerbaijani_reading_of_q_stays_in_azerbaijan(gaz):
    text = ("Israel and Lebanon. Italy may keep helicopters at the air base near the town of "
            "Qlayaat, officials said.\n")
    assert not [t for t in find_toponyms(text, gaz) if t.name == "Qlayaat" and t.iso3 == "ISR"]


@pytest.mark.parametrize("verb", ["would join", "will join", "could join"])
def test_the_forces_a_new_contingent_joins_are_already_there(gaz, verb):
    text = f"Qatari instructors {verb} Turkish officers at a camp near Zliten, sources said.\n"
    assert status_at(gaz, text, "QAT", "Zliten") == "proposed"
    assert status_at(gaz, text, "TUR", "Zliten") == "existing"


@pytest.mark.parametrize("agent", ["American helicopters", "the US Air Force", "Chinese warships"])
def test_a_place_that_could_be_used_by_named_forces_is_a_plan(gaz, agent):
    operator = {"American": "USA", "the": "USA", "Chinese": "CHN"}[agent.split()[0]]
    text = f"An airstrip near the town of Dukan could be used by {agent}, an official said.\n"
    assert status_at(gaz, text, operator, "Dukan") == "proposed"


def test_a_place_that_could_be_used_to_strike_stays_hypothetical(gaz):
    text = "Iran fears the airstrip near Dukan could be used to strike its territory.\n"
    assert not claims_of(gaz, text)


@pytest.mark.parametrize("text", [
    "The Saudi-led coalition is also considering a second position near Tarim, an official said.\n",
    "Saudi units are weighing a forward position outside Tarim, an official said.\n",
])
def test_a_position_with_a_place_after_it_is_a_presence_noun(gaz, text):
    assert status_at(gaz, text, "SAU", "Tarim") == "proposed"


@pytest.mark.parametrize("text", [
    "The island's position between Sicily and Libya makes it a stopping point for American flights.\n",
    "Tarim is their main position outside the capital, a Saudi officer said.\n",
])
def test_a_position_that_is_a_stance_or_owned_is_no_presence_noun(gaz, text):
    assert not claims_of(gaz, text)


def test_an_observation_post_is_a_presence_noun(gaz):
    text = "The Turkish army has handed over an observation post near Sarmin to Syrian troops.\n"
    assert status_at(gaz, text, "TUR", "Sarmin") == "withdrawn"


def test_a_two_word_airfield_name_is_one_place_not_a_person(gaz):
    text = ("Australia wants to fly patrol aircraft from the Gong Kedak air base. About 80 "
            "Australian personnel would be deployed to Gong Kedak for several weeks.\n")
    claims = [c for c in claims_of(gaz, text) if c.operator == "AUS"]
    assert [(c.place, c.status) for c in claims] == [("Gong Kedak Airport", "proposed")]


@pytest.mark.parametrize(("sentence", "status"), [
    ("The base is home to a Malaysian air force squadron.", "proposed"),
    ("The base is home to an Australian air force squadron.", "existing"),
])
def test_a_base_home_to_the_hosts_forces_says_nothing_of_the_guests(gaz, sentence, status):
    text = f"About 80 Australian personnel would be deployed to the Gong Kedak air base. {sentence}\n"
    assert status_at(gaz, text, "AUS", "Gong Kedak") == status


@pytest.mark.parametrize(("clause", "kept"), [
    ("which US forces could use for surveillance flights", True),
    ("which US forces used in the 1990s", False),
])
def test_a_place_that_forces_could_use_is_a_plan(gaz, clause, kept):
    text = f"A second site is the airport at Kalemie, on the lake shore, {clause}, sources said.\n"
    assert ("USA" in {c.operator for c in claims_of(gaz, text)}) is kept


def test_an_air_base_named_after_its_town_is_that_military_airfield(gaz):
    text = "Congo has offered the United States access to the Kamina air base in the south.\n"
    claims = [c for c in claims_of(gaz, text) if c.operator == "USA"]
    assert [c.place for c in claims] == ["Kamina Base Airport"]
    assert claims[0].lat == pytest.approx(-8.642, abs=0.01)


def test_an_air_base_is_not_snapped_to_another_countrys_airfield(gaz):
    text = "Russia keeps warships at the Tartus naval base and jets at an air base near Tartus.\n"
    assert "Rene Mouawad Air Base" not in {c.place for c in claims_of(gaz, text)}


@pytest.mark.parametrize("noun", ["police officers", "civilian experts"])
def test_civilians_of_a_state_are_no_forces(gaz, noun):
    text = f"Chinese {noun} train local forces in Honiara.\n"
    assert "CHN" not in {c.operator for c in claims_of(gaz, text)}


def test_a_multinational_mission_named_in_a_country_keeps_its_troops(gaz):
    text = ("The United States has no troops in Congo. The United Nations mission in Congo has "
            "about 11,000 troops, most of them in North Kivu and Ituri provinces.\n")
    assert {c.place for c in claims_of(gaz, text)} == {"Congo"}


@pytest.mark.parametrize("link", ["long defence ties to", "close relations with", "its alliance with"])
def test_a_capital_a_state_has_ties_to_is_its_government(gaz, link):
    text = f"A Chinese naval presence in Oman would sit awkwardly with {link} Washington.\n"
    assert "Washington" not in {c.place for c in claims_of(gaz, text)}


def test_the_place_aircraft_arrive_from_is_no_presence(gaz):
    text = ("Russian troops are at al-Qatrun. Transport aircraft arrive from eastern Libya "
            "roughly twice a week.\n")
    assert {c.place for c in claims_of(gaz, text) if c.operator == "RUS"} == {"al-Qatrun"}


@pytest.mark.parametrize(("text", "operator", "place", "status"), [
    ("France is considering setting up a small coastal surveillance post near Khor Angar in "
     "northern Djibouti.\n",
     "FRA", "Khor Angar", "proposed"),
    ("Emirati troops handed a coastal post at Ahwar to local forces last week.\n",
     "ARE", "Ahwar", "withdrawn"),
])
def test_a_post_with_a_place_after_it_is_a_presence_noun(gaz, text, operator, place, status):
    assert status_at(gaz, text, operator, place) == status


@pytest.mark.parametrize("text", [
    "The French ambassador returned to his post in Niamey.\n",
    "A French diplomat took up her post at the embassy in Kabul.\n",
])
def test_a_post_that_is_a_job_is_no_presence_noun(gaz, text):
    assert not claims_of(gaz, text)


@pytest.mark.parametrize("purpose", ["for joint drills", "for an exercise", "for annual exercises"])
def test_forces_let_in_for_drills_are_no_presence(gaz, purpose):
    text = f"The agreement will let Japanese troops enter the Philippines {purpose}.\n"
    assert "JPN" not in {c.operator for c in claims_of(gaz, text)}


@pytest.mark.parametrize("text", [
    "US special forces have trained with Nigerien troops at their base in Agadez, where about "
    "1,000 Americans are stationed.\n",
    "Syrian Kurdish fighters train with US troops at the al-Tanf garrison in eastern Syria.\n",
])
def test_training_with_others_says_nothing_against_a_presence(gaz, text):
    assert "USA" in {c.operator for c in claims_of(gaz, text)}


def test_a_sea_port_is_the_towns(gaz):
    text = "Turkish warships are based at Mogadishu Sea Port.\n"
    assert status_at(gaz, text, "TUR", "Mogadishu") == "existing"


@pytest.mark.parametrize("sea", ["the Sulu Sea", "the Banda Sea"])
def test_a_sea_the_gazetteer_lacks_is_not_the_town_it_is_named_after(gaz, sea):
    text = f"US Marines help local forces near Bongao track smuggling boats in {sea}.\n"
    names = {t.name for t in find_toponyms(text, gaz)}
    assert "Bongao" in names
    assert not names & {"Sulu", "Banda"}


def test_an_armed_service_named_before_a_hosts_base_is_the_operator(gaz):
    text = "A small US Navy team is based at Honduras's naval station on the island of Guanaja.\n"
    assert {(c.operator, c.place) for c in claims_of(gaz, text)} == {("USA", "Guanaja")}


def test_a_bases_name_before_jets_stays_the_base(gaz):
    names = {t.name for t in find_toponyms("Russian Hmeimim jets bombed Idlib on Sunday.\n", gaz)}
    assert "Hmeimim" in names


@pytest.mark.parametrize("text", [
    "Polish troops would join American forces at a base that is yet to be built near Poznan.\n",
    "Greek troops will join French forces to be deployed at Constanta next year.\n",
])
def test_forces_joined_where_they_are_not_yet_are_planned_too(gaz, text):
    assert {c.status for c in claims_of(gaz, text)} == {"proposed"}


@pytest.mark.parametrize("text", [
    "The Russian position in Syria has weakened since the fall of Assad.\n",
    "The Russian trading post at Fort Ross in California dates to 1812.\n",
    "The Washington Post in Kabul reported on the talks.\n",
    "Egypt's border post at Rafah was closed after the fighting.\n",
])
def test_a_position_or_post_in_another_sense_is_no_presence(gaz, text):
    assert not claims_of(gaz, text)


@pytest.mark.parametrize("text", [
    "French civilian and military personnel left Niger in December, the ministry said.\n",
    "Turkish police and army units were deployed to Afrin in 2018.\n",
])
def test_civilians_named_with_the_military_keep_the_military(gaz, text):
    assert claims_of(gaz, text)


@pytest.mark.parametrize("text", [
    "Moscow labels the Ukrainian troops in Kursk as terrorists.\n",
    "About 500 British troops will remain in Estonia after the exercise, while the rest will "
    "return home.\n",
])
def test_review_cases_of_round_34_keep_their_claims(gaz, text):
    assert claims_of(gaz, text)


@pytest.mark.parametrize(("text", "operator"), [
    ("The US Navy said Iran's naval base in Bandar Abbas hosts Russian ships.\n", "USA"),
    ("The Pentagon will fund upgrades to Poland's Powidz air base.\n", "USA"),
])
def test_an_armed_service_that_speaks_or_pays_is_not_at_a_hosts_base(gaz, text, operator):
    assert operator not in {c.operator for c in claims_of(gaz, text)}


@pytest.mark.parametrize("text", [
    "Dutch soldiers will join German forces already in Lithuania next year.\n",
    "Spanish troops will join Italian forces in Latvia later this month.\n",
])
def test_a_time_after_the_joined_forces_is_the_joinings(gaz, text):
    operator = "DEU" if "German" in text else "ITA"
    assert {c.status for c in claims_of(gaz, text) if c.operator == operator} == {"existing"}


def test_a_hosts_possessive_does_not_make_the_guests_plan_a_presence(gaz):
    text = "A small US Navy team will be based at Honduras's naval station on the island of Guanaja.\n"
    assert status_at(gaz, text, "USA", "Guanaja") == "proposed"


@pytest.mark.parametrize(("text", "status"), [
    ("American soldiers will rotate through the garrison at Arvidsjaur from next winter.\n", "proposed"),
    ("American soldiers rotate through the garrison at Arvidsjaur every winter.\n", "existing"),
])
def test_rotations_from_a_coming_season_are_planned(gaz, text, status):
    assert status_at(gaz, text, "USA", "Arvidsjaur") == status


@pytest.mark.parametrize(("text", "status"), [
    ("A team of Emirati drone operators had been working from the airport at Gode until March, "
     "when they left.\n", "withdrawn"),
    ("French troops had been stationed in Gao until last year.\n", "withdrawn"),
    ("French troops had been stationed in Gao since 2013.\n", "existing"),
    ("French troops are stationed in Gao until March.\n", "existing"),
])
def test_a_past_perfect_presence_until_a_date_is_over(gaz, text, status):
    operator = "ARE" if "Emirati" in text else "FRA"
    place = "Gode" if "Gode" in text else "Gao"
    assert status_at(gaz, text, operator, place) == status


@pytest.mark.parametrize(("text", "status"), [
    ("In Chad, the United Arab Emirates runs a field hospital in the town of Amdjarass, which "
     "officials say has been used to supply the rebels, a charge Abu Dhabi denies.\n", "existing"),
    ("In Chad, the UAE has troops in Amdjarass, an accusation Abu Dhabi denies.\n", "denied"),
])
def test_a_charge_denied_after_another_clause_is_that_clauses(gaz, text, status):
    assert status_at(gaz, text, "ARE", "Amdjarass") == status


@pytest.mark.parametrize(("noun", "place"), [("base", "Kamina Base Airport"), ("camp", "Kamina")])
def test_a_plain_base_at_a_town_is_the_airbase_named_after_it(gaz, noun, place):
    text = f"In Congo, US troops could use a {noun} at Kamina, officials said.\n"
    assert {c.place for c in claims_of(gaz, text) if c.operator == "USA"} == {place}


def test_the_camp_after_a_refugee_camp_is_that_camp(gaz):
    text = ("American troops handed over the Harir air base to the Iraqi army this year. Turkish "
            "drones have struck targets near the Makhmur refugee camp. Ankara regards the camp as "
            "a PKK stronghold.\n")
    assert "TUR" not in {c.operator for c in claims_of(gaz, text)}


def test_forces_at_a_former_refugee_camp_are_still_there(gaz):
    text = "Turkish troops are based at a former refugee camp near Idlib.\n"
    assert status_at(gaz, text, "TUR", "Idlib") == "existing"


@pytest.mark.parametrize(("text", "place", "status"), [
    ("The agreement allows up to 110 American soldiers to be stationed at the Vaziani base.\n",
     "Vaziani", "proposed"),
    ("The treaty allows US troops to be based in Japan.\n", "Japan", "proposed"),
    ("About 50,000 US troops are stationed in Japan, and the treaty allows US troops to be based "
     "there.\n", "Japan", "existing"),
])
def test_an_agreement_that_allows_stationing_is_a_plan(gaz, text, place, status):
    assert status_at(gaz, text, "USA", place) == status
